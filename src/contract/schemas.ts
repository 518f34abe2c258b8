import { z } from 'zod';
import { MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH, assessPassphrase } from '../domain/passphrase';
import { toepassingsgebieden } from '../domain/toepassingsgebied';
import { zaaknummerProblem, normalizeZaaknummer, ZAAKNUMMER_MAX_LENGTH } from '../domain/zaaknummer';
import { besluitsoortIds } from '../domain/besluitsoorten';
import { uitkomstIds } from '../domain/uitkomsten';
import { verstrekkingGrondslagIds } from '../domain/verstrekking';
import { betrokkeneSoorten, isValidBsn, isValidKvkNummer, naamOntbreektMelding, relatieSoortIds, rolIds } from '../domain/betrokkenen';

/** Calls that take no arguments still take an object, and nothing else: unknown keys are malformed. */
export const noInput = z.strictObject({});

/** A single line: no control characters at all. */
export const noControlCharacters = /^[^\u0000-\u001f\u007f]*$/;
/** Text that may span lines: no control characters but tab, line feed and carriage return. */
export const noControlCharactersExceptNewlines = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

const TEXT_NOT_ALLOWED = 'De tekst bevat tekens die niet zijn toegestaan.';

/** Text that may span lines and may be empty: trimmed, at most `max` characters. */
export const freeText = (max: number) => z.string().trim().max(max, { error: `Hoogstens ${max} tekens.` }).regex(noControlCharactersExceptNewlines, { error: TEXT_NOT_ALLOWED });

/** Text that may span lines and must be filled in; `what` completes "Vul … in." */
export const requiredText = (what: string, max: number) =>
  z
    .string({ error: `Vul ${what} in.` })
    .trim()
    .min(1, { error: `Vul ${what} in.` })
    .max(max, { error: `Hoogstens ${max} tekens.` })
    .regex(noControlCharactersExceptNewlines, { error: TEXT_NOT_ALLOWED });

/** A new passphrase: long enough, and hard enough to guess for whoever copies the key file (see assessPassphrase). */
export const passphraseSchema = z
  .string({ error: 'Vul een wachtwoordzin in.' })
  .min(MIN_PASSPHRASE_LENGTH, { error: `Een wachtwoordzin heeft minstens ${MIN_PASSPHRASE_LENGTH} tekens.` })
  .max(MAX_PASSPHRASE_LENGTH, { error: `Een wachtwoordzin heeft hoogstens ${MAX_PASSPHRASE_LENGTH} tekens.` })
  .superRefine((passphrase, context) => {
    // Length has its own messages above; this adds the one for a passphrase of good length that is easy to guess.
    const assessment = assessPassphrase(passphrase);
    if (assessment.strength === 'zwak') context.addIssue({ code: 'custom', message: assessment.hint });
  });

/** An existing passphrase is checked against the vault, not against today's rules. */
export const enteredPassphraseSchema = z
  .string({ error: 'Vul uw wachtwoordzin in.' })
  .min(1, { error: 'Vul uw wachtwoordzin in.' })
  .max(MAX_PASSPHRASE_LENGTH, { error: 'Deze wachtwoordzin is te lang.' });

export const recoveryKeyTextSchema = z
  .string({ error: 'Vul de herstelsleutel in.' })
  .min(1, { error: 'Vul de herstelsleutel in.' })
  .max(200, { error: 'Dit is geen herstelsleutel: die is korter.' });

export const vaultStateSchema = z.enum(['absent', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof vaultStateSchema>;

export const vaultStatusSchema = z.strictObject({
  state: vaultStateSchema,
  /** False until the coordinator has confirmed that the recovery key was stored. */
  recoveryKeyConfirmed: z.boolean().optional(),
});

export const IDLE_TIMEOUT_MINUTES_MIN = 1;
export const IDLE_TIMEOUT_MINUTES_MAX = 240;
export const DEFAULT_IDLE_TIMEOUT_MINUTES = 10;

export const idleTimeoutMinutesSchema = z
  .number({ error: 'Vul een aantal minuten in.' })
  .int({ error: 'Vul een heel aantal minuten in.' })
  .min(IDLE_TIMEOUT_MINUTES_MIN, { error: `Minimaal ${IDLE_TIMEOUT_MINUTES_MIN} minuut.` })
  .max(IDLE_TIMEOUT_MINUTES_MAX, { error: `Maximaal ${IDLE_TIMEOUT_MINUTES_MAX} minuten.` });


export const AANVRAGER_NAAM_MAX_LENGTH = 400;

export const aanvragerNaamSchema = z
  .string({ error: 'Vul de naam van de aanvrager in.' })
  .trim()
  .min(1, { error: 'Vul de naam van de aanvrager in.' })
  .max(AANVRAGER_NAAM_MAX_LENGTH, { error: `Een naam heeft hoogstens ${AANVRAGER_NAAM_MAX_LENGTH} tekens.` })
  .regex(noControlCharacters, { error: 'De naam bevat tekens die niet zijn toegestaan.' });

export const zaaknummerSchema = z
  .string({ error: 'Vul een zaaknummer in.' })
  .max(ZAAKNUMMER_MAX_LENGTH * 4, { error: `Een zaaknummer is hoogstens ${ZAAKNUMMER_MAX_LENGTH} tekens lang.` })
  .transform(normalizeZaaknummer)
  .superRefine((value, ctx) => {
    const problem = zaaknummerProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const toepassingsgebiedSchema = z.enum(toepassingsgebieden, {
  error: 'Kies een toepassingsgebied: omgevingsvergunning, horeca of vastgoed.',
});

export const dossierIdSchema = z.uuid({ error: 'Onbekend dossier.' });
export const betrokkeneIdSchema = z.uuid({ error: 'Onbekende betrokkene.' });

/** A calendar date as 'YYYY-MM-DD'. */
export const isoDateSchema = z
  .string({ error: 'Vul een datum in.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Vul een datum in als jjjj-mm-dd.' })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, { error: 'Deze datum bestaat niet.' });

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} heeft hoogstens ${max} tekens.` })
    .regex(noControlCharactersExceptNewlines, { error: `${label} bevat tekens die niet zijn toegestaan.` });

export const besluitsoortSchema = z.enum(besluitsoortIds, { error: 'Kies de soort besluit.' });

/** The BAG identificatie of an address (verblijfsobject or nummeraanduiding): 16 digits. */
export const bagIdSchema = z.string().trim().regex(/^\d{16}$/, { error: 'Een BAG-identificatie bestaat uit 16 cijfers.' });

export const dossierDetailsSchema = z.strictObject({
  besluitsoort: besluitsoortSchema.nullable(),
  ontvangenOp: isoDateSchema.nullable(),
  locatieAdres: optionalText(300, 'Het adres'),
  bagId: bagIdSchema.nullable(),
  coordinator: optionalText(120, 'De naam van de coördinator'),
  notities: optionalText(20_000, 'De notities'),
  uitkomst: z.enum(uitkomstIds, { error: 'Kies een uitkomst uit de lijst.' }).nullable(),
});

export const newDossierSchema = z.strictObject({
  /** Empty or absent: the next number of the municipality's scheme. */
  zaaknummer: zaaknummerSchema.optional(),
  toepassingsgebied: toepassingsgebiedSchema,
  aanvragerNaam: aanvragerNaamSchema,
  aanvragerSoort: z.enum(betrokkeneSoorten).optional(),
  /** The aanvrager's postal address, KvK-nummer (rechtspersoon) or BSN (natuurlijk persoon), stored on its betrokkene record. */
  aanvragerAdres: optionalText(300, 'Het adres').optional(),
  aanvragerKvkNummer: z.string().trim().refine(isValidKvkNummer, { error: 'Een KvK-nummer bestaat uit 8 cijfers.' }).optional(),
  aanvragerBsn: z.string().trim().refine(isValidBsn, { error: 'Dit is geen geldig BSN (elfproef).' }).optional(),
  /** Use this existing betrokkene as the aanvrager instead of creating a new record. */
  bestaandeAanvragerId: z.uuid({ error: 'Onbekende betrokkene.' }).optional(),
  besluitsoort: besluitsoortSchema.optional(),
  ontvangenOp: isoDateSchema.optional(),
  locatieAdres: optionalText(300, 'Het adres').optional(),
  bagId: bagIdSchema.optional(),
  coordinator: optionalText(120, 'De naam van de coördinator').optional(),
  notities: optionalText(20_000, 'De notities').optional(),
});
export type NewDossier = z.input<typeof newDossierSchema>;

export const dossierSchema = z.strictObject({
  id: z.string(),
  zaaknummer: z.string(),
  toepassingsgebied: toepassingsgebiedSchema,
  aanvragerNaam: z.string(),
  createdAt: z.string(),
  besluitsoort: z.string().nullable(),
  ontvangenOp: z.string().nullable(),
  locatieAdres: z.string(),
  bagId: z.string().nullable(),
  coordinator: z.string(),
  notities: z.string(),
  fase: z.string(),
  uitkomst: z.string().nullable(),
  uitersteBeslisdatum: z.string().nullable(),
  beslisdatumVoorlopig: z.boolean(),
});
export type Dossier = z.infer<typeof dossierSchema>;

export const dossierSortSchema = z.enum(['aangemaakt', 'zaaknummer', 'beslisdatum', 'fase']);

export const dossierFilterSchema = z.strictObject({
  fase: z.string().max(40).optional(),
  toepassingsgebied: toepassingsgebiedSchema.optional(),
  coordinator: z.string().max(120).optional(),
  deadlineWithinDays: z.number({ error: 'Vul een aantal dagen in.' }).int({ error: 'Vul een heel aantal dagen in.' }).min(0, { error: 'Vul 0 of meer dagen in.' }).max(366, { error: 'Hoogstens 366 dagen.' }).optional(),
  overdue: z.boolean().optional(),
  sort: dossierSortSchema.optional(),
  limit: z.number().int().min(1).max(500).optional(),
  offset: z.number().int().min(0).optional(),
});
export type DossierFilter = z.infer<typeof dossierFilterSchema>;

/**
 * The name of a betrokkene: an empty one is refused by whoever knows the role ({@link betrokkeneInputSchemaVoor},
 * the betrokkenen.add call), so that the message names it ("Vul de naam van de bestuurder in."), not always the aanvrager.
 */
const betrokkeneNaamSchema = z
  .string({ error: naamOntbreektMelding() })
  .trim()
  .max(AANVRAGER_NAAM_MAX_LENGTH, { error: `Een naam heeft hoogstens ${AANVRAGER_NAAM_MAX_LENGTH} tekens.` })
  .regex(noControlCharacters, { error: 'De naam bevat tekens die niet zijn toegestaan.' });

/** The data of a new betrokkene, with every check but the one for an empty name. */
export const betrokkeneGegevensSchema = z
  .strictObject({
    soort: z.enum(betrokkeneSoorten, { error: 'Kies: natuurlijk persoon of rechtspersoon.' }),
    naam: betrokkeneNaamSchema,
    geboortedatum: isoDateSchema.optional(),
    geboorteplaats: optionalText(120, 'De geboorteplaats').optional(),
    bsn: z.string().trim().refine(isValidBsn, { error: 'Dit is geen geldig BSN (elfproef).' }).optional(),
    kvkNummer: z.string().trim().refine(isValidKvkNummer, { error: 'Een KvK-nummer bestaat uit 8 cijfers.' }).optional(),
    rechtsvorm: optionalText(80, 'De rechtsvorm').optional(),
    adres: optionalText(300, 'Het adres').optional(),
  })
  .superRefine((value, ctx) => {
    if (value.soort === 'persoon' && (value.kvkNummer || value.rechtsvorm)) {
      ctx.addIssue({ code: 'custom', path: ['kvkNummer'], message: 'Een KvK-nummer en rechtsvorm horen bij een rechtspersoon.' });
    }
    if (value.soort === 'rechtspersoon' && (value.bsn || value.geboortedatum)) {
      ctx.addIssue({ code: 'custom', path: ['bsn'], message: 'Een BSN en geboortedatum horen bij een natuurlijk persoon.' });
    }
  });

/** A new betrokkene in the given role: an empty name is refused with a message that names the role. */
export function betrokkeneInputSchemaVoor(rol?: string) {
  return betrokkeneGegevensSchema.superRefine((value, ctx) => {
    if (value.naam === '') ctx.addIssue({ code: 'custom', path: ['naam'], message: naamOntbreektMelding(rol) });
  });
}

export const betrokkeneInputSchema = betrokkeneInputSchemaVoor();
export type BetrokkeneInput = z.infer<typeof betrokkeneInputSchema>;

export const rolSchema = z.enum(rolIds, { error: 'Kies een rol.' });

export const betrokkeneSchema = z.strictObject({
  id: z.string(),
  soort: z.enum(betrokkeneSoorten),
  naam: z.string(),
  geboortedatum: z.string().nullable(),
  geboorteplaats: z.string().nullable(),
  /** Only the last three digits ever leave main. */
  bsnGemaskeerd: z.string().nullable(),
  kvkNummer: z.string().nullable(),
  rechtsvorm: z.string().nullable(),
  adres: z.string(),
});
export type Betrokkene = z.infer<typeof betrokkeneSchema>;

export const dossierBetrokkeneSchema = z.strictObject({
  betrokkene: betrokkeneSchema,
  rollen: z.array(z.strictObject({ rol: rolSchema, aandeelPercentage: z.number().nullable(), toelichting: z.string() })),
  /** The other dossiers this person or company appears in. */
  ookInDossiers: z.array(
    z.strictObject({ id: z.string(), zaaknummer: z.string(), rollen: z.array(z.string()), toepassingsgebied: toepassingsgebiedSchema, fase: z.string(), uitkomst: z.string().nullable() }),
  ),
});

export const relatieSchema = z.strictObject({
  id: z.string(),
  vanId: z.string(),
  naarId: z.string(),
  soort: z.enum(relatieSoortIds),
  percentage: z.number().nullable(),
});

export const timelineEventSchema = z.strictObject({
  at: z.string(),
  soort: z.string(),
  omschrijving: z.string(),
});

export const deadlineViewSchema = z.strictObject({
  deadline: z.string().nullable(),
  provisional: z.boolean(),
  explanation: z.string(),
  steps: z.array(z.strictObject({ description: z.string(), legalBasis: z.string(), date: z.string().optional(), days: z.number().optional() })),
  warnings: z.array(z.strictObject({ code: z.string(), message: z.string() })),
});

export const transitionOptionSchema = z.strictObject({ to: z.string(), label: z.string(), allowed: z.boolean(), reason: z.string().optional() });

export const herstelverzoekSchema = z.strictObject({
  id: z.string(),
  verzondenOp: z.string(),
  termijnTot: z.string(),
  ontbrekend: z.array(z.strictObject({ omschrijving: z.string(), waarom: z.string() })),
  aangevuldOp: z.string().nullable(),
  aanvulling: z.enum(['volledig', 'onvolledig']).nullable(),
});

export const buitenBehandelingVoorstelSchema = z.strictObject({
  reden: z.enum(['onvolledig-aangevuld', 'termijn-ongebruikt-verstreken']),
  toelichting: z.string(),
  bekendmakenUiterlijk: z.string(),
  uitleg: z.string(),
  legalBasis: z.string(),
});

export const dossierDetailSchema = z.strictObject({
  dossier: dossierSchema,
  betrokkenen: z.array(dossierBetrokkeneSchema),
  relaties: z.array(relatieSchema),
  tijdlijn: z.array(timelineEventSchema),
  termijn: deadlineViewSchema,
  overgangen: z.array(transitionOptionSchema),
  herstelverzoeken: z.array(herstelverzoekSchema),
  /** The suspensions and the verdaging recorded, each with what it says: the coordinator can withdraw a mistake. */
  termijnGebeurtenissen: z.array(z.strictObject({ id: z.string(), omschrijving: z.string() })),
  buitenBehandelingVoorstel: buitenBehandelingVoorstelSchema.nullable(),
  /** A closed dossier: the date of its besluit when one is recorded, and the day it was closed; null while open. */
  afsluiting: z.strictObject({ besluitOp: isoDateSchema.nullable(), afgeslotenOp: isoDateSchema.nullable() }).nullable(),
  /** What the law requires next, most urgent first (issue 23 §1); none for a closed dossier. */
  volgendeStappen: z.array(
    z.strictObject({ wat: z.string(), uiterlijk: z.string().optional(), artikel: z.string(), sectie: z.string(), brief: z.string().optional() }),
  ),
});
export type DossierDetail = z.infer<typeof dossierDetailSchema>;

export const termijnGebeurtenisSchema = z.discriminatedUnion('soort', [
  z.strictObject({
    soort: z.literal('verdaging'),
    weken: z.number({ error: 'Vul het aantal weken in.' }).int({ error: 'Vul een heel aantal weken in.' }).min(1, { error: 'Minstens 1 week.' }).max(52, { error: 'Hoogstens 52 weken.' }),
    besluitOp: isoDateSchema,
  }),
  z.strictObject({
    soort: z.enum(['instemming-aanvrager', 'vertraging-aanvrager', 'overmacht']),
    van: isoDateSchema,
    tot: isoDateSchema.nullable(),
  }),
  /** Awb 4:14 lid 3: the notice, within the eight weeks, that the decision comes later, naming a reasonable term. */
  z.strictObject({
    soort: z.literal('mededeling-4-14-lid-3'),
    verzondenOp: isoDateSchema,
    tegemoetTeZienOp: isoDateSchema,
  }),
]);
export type TermijnGebeurtenisInput = z.infer<typeof termijnGebeurtenisSchema>;

export const searchHitSchema = z.strictObject({
  soort: z.enum(['dossier', 'betrokkene']),
  id: z.string(),
  titel: z.string(),
  dossiers: z.array(z.strictObject({ id: z.string(), zaaknummer: z.string() })),
});

export const auditEntrySchema = z.strictObject({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  details: z.string(),
});

export const zaaknummerPrefixSchema = z
  .string({ error: 'Vul een voorvoegsel in.' })
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9]{0,11}$/, { error: 'Een voorvoegsel bestaat uit 1 tot 12 letters en cijfers en begint met een letter.' });

/** The municipality's term settings (../shared/bibob-domain.md §5): decreed Atw days and its APV's term. */
export const termSettingsSchema = z.strictObject({
  decreedDays: z.array(isoDateSchema).max(200, { error: 'Hoogstens 200 vastgestelde dagen.' }),
  apvWeeks: z.number().int().min(1, { error: 'Minstens 1 week.' }).max(26, { error: 'Hoogstens 26 weken.' }),
  apvExtensionWeeks: z.number().int().min(0, { error: 'Vul 0 of meer weken in.' }).max(26, { error: 'Hoogstens 26 weken.' }),
  apvAtw: z.boolean(),
  /** Whether the LBB suspension of art. 31 Wet Bibob also counts for a redelijke termijn (unsettled; default yes). */
  art31SuspendsRedelijkeTermijn: z.boolean().optional(),
});

export const settingsSchema = z.strictObject({
  dataFolder: z.string(),
  idleTimeoutMinutes: idleTimeoutMinutesSchema,
  zaaknummerPrefix: zaaknummerPrefixSchema,
  termijnen: termSettingsSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsUpdateSchema = z
  .strictObject({
    idleTimeoutMinutes: idleTimeoutMinutesSchema.optional(),
    zaaknummerPrefix: zaaknummerPrefixSchema.optional(),
    termijnen: termSettingsSchema.optional(),
  })
  .refine((update) => Object.values(update).some((value) => value !== undefined), { error: 'Er is niets om op te slaan.' });

/**
 * Whom an export goes to and on what basis: a category of the closed list of art. 28 lid 2 Wet Bibob (with art. 7a
 * lid 6), or a provision of its own (art. 9 with 7a lid 4 and art. 7a lid 7/8 with 11a for the LBB, art. 7c for the
 * Belastingdienst), and the recipient's name. Every export names one and is kept in the disclosure register;
 * without it, it is refused.
 */
export const verstrekkingSchema = z.strictObject(
  {
    categorie: z.enum(verstrekkingGrondslagIds, { error: 'Kies aan wie de gegevens worden verstrekt en op welke grond (art. 28 lid 2 Wet Bibob of een eigen bepaling); aan anderen mag niet.' }),
    ontvanger: z
      .string({ error: 'Noem de ontvanger.' })
      .trim()
      .min(1, { error: 'Noem de ontvanger.' })
      .max(300, { error: 'Hoogstens 300 tekens.' })
      .regex(noControlCharacters, { error: 'De naam bevat tekens die niet zijn toegestaan.' }),
  },
  { error: 'Kies aan wie de gegevens worden verstrekt (art. 28 lid 2 Wet Bibob); een export zonder ontvanger wordt geweigerd.' },
);
export type VerstrekkingInput = z.infer<typeof verstrekkingSchema>;

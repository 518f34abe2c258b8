/**
 * The assessment (beoordeling) of Wet Bibob art. 3 and 3a as plain data (../shared/bibob-domain.md §2 and §4
 * step 7): findings per betrokkene → the relation of a betrokkene to each finding (art. 3 lid 4) → the degree of
 * danger per ground (art. 3 lid 1 sub a and b, weighed on the factors of lid 2 and lid 3) → lid 6 → evenredigheid
 * (lid 5) → voorschriften (lid 7) → the proposed measure.
 *
 * Checked against the text of the Wet Bibob as in force from 16 July 2025 (BWBR0013798). The rules that judge an
 * assessment live in ./rules.ts; the library of voorschriften in ./voorschriften.ts.
 */
import { gebruiksbeperkingen, type Gebruiksbeperking } from '../gebruiksbeperkingen';
import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../termijnen';
import type { Outcome } from '../workflow';
import type { Probleem } from '../probleem';

// ─── Bevindingen (art. 3a) ────────────────────────────────────────────────────────────────────────────────────

/**
 * How a kind of finding bears on the degree of danger:
 * - 'wijst-op': one of the facts art. 3a lid 1 lists as facts "die erop wijzen" that the betrokkene is in relation
 *   to strafbare feiten;
 * - 'vermoeden': facts that "redelijkerwijs doen vermoeden" (art. 3 lid 2 and 3, sub a); then the seriousness of
 *   the suspicion is a factor of its own (sub b);
 * - 'overig': other facts and circumstances of art. 3 lid 2 and 3 sub a (open sources, registers, RIEC);
 * - 'ernstig-gevaar': counts as ernstig gevaar by law (art. 4); not a strafbaar feit, so no relation of lid 4;
 * - 'uitgesloten': the degree of danger is not established on that fact (art. 3a lid 3).
 */
export const bevindingWerkingen = ['wijst-op', 'vermoeden', 'overig', 'ernstig-gevaar', 'uitgesloten'] as const;
export type BevindingWerking = (typeof bevindingWerkingen)[number];

export interface BevindingSoortInfo {
  readonly label: string;
  readonly legalBasis: string;
  /** Whether the degree of danger may be established (wholly or partly) on a finding of this kind. */
  readonly usableForDegree: boolean;
  readonly werking: BevindingWerking;
  /** What the coordinator should know when recording one, in Dutch. */
  readonly toelichting: string;
}

export const bevindingSoorten = {
  // Art. 3a lid 1 sub a. Unlike sub b and d, the law does not require the conviction to be final.
  veroordeling: {
    label: 'Veroordeling wegens een strafbaar feit',
    legalBasis: 'art. 3a lid 1 sub a Wet Bibob',
    usableForDegree: true,
    werking: 'wijst-op',
    toelichting: 'Een veroordeling telt als feit dat op een relatie wijst; de wet eist hier geen onherroepelijkheid.',
  },
  strafbeschikking: {
    label: 'Onherroepelijke strafbeschikking',
    legalBasis: 'art. 3a lid 1 sub b Wet Bibob',
    usableForDegree: true,
    werking: 'wijst-op',
    toelichting: 'Alleen een onherroepelijke strafbeschikking valt onder art. 3a lid 1 sub b; een strafbeschikking waartegen verzet loopt, legt u vast als verdenking.',
  },
  transactie: {
    label: 'Transactie (recht tot strafvordering vervallen)',
    legalBasis: 'art. 3a lid 1 sub c Wet Bibob; art. 74 Wetboek van Strafrecht',
    usableForDegree: true,
    werking: 'wijst-op',
    toelichting: 'Het recht tot strafvordering is vervallen doordat aan de voorwaarden van een transactie is voldaan.',
  },
  // Art. 1 lid 5 makes an overtreding with a bestuurlijke boete a strafbaar feit for the rest of the law, but not
  // for art. 3a: there only the two boetes of lid 1 sub d and e count as facts that indicate a relation.
  'bestuurlijke-boete': {
    label: 'Bestuurlijke boete (onherroepelijk, of in beroep met uitspraak in eerste aanleg)',
    legalBasis: 'art. 3a lid 1 sub d en e Wet Bibob; art. 1 lid 5 Wet Bibob',
    usableForDegree: true,
    werking: 'wijst-op',
    toelichting:
      'Telt als de boetebeschikking onherroepelijk is (sub d), of als er beroep tegen is ingesteld en de bestuursrechter in eerste aanleg uitspraak heeft gedaan (sub e). Een boete die nog in bezwaar ligt, legt u vast als verdenking.',
  },
  verdenking: {
    label: 'Verdenking of ander vermoeden van een strafbaar feit',
    legalBasis: 'art. 3 lid 2 en 3, sub a en b Wet Bibob',
    usableForDegree: true,
    werking: 'vermoeden',
    toelichting: 'Feiten die redelijkerwijs doen vermoeden dat de betrokkene in relatie staat tot strafbare feiten; weeg de ernst van het vermoeden (sub b).',
  },
  sepot: {
    label: 'Niet vervolgd of vervolging niet voortgezet (sepot)',
    legalBasis: 'art. 3a lid 2 Wet Bibob',
    usableForDegree: true,
    werking: 'vermoeden',
    toelichting: 'Dat een strafbaar feit niet is vervolgd, staat er niet aan in de weg de mate van gevaar (mede) op dat feit te baseren.',
  },
  vrijspraak: {
    label: 'Vrijspraak of ontslag van alle rechtsvervolging',
    legalBasis: 'art. 3a lid 3 Wet Bibob',
    usableForDegree: false,
    werking: 'uitgesloten',
    toelichting: 'De mate van gevaar wordt niet op grond van dit strafbare feit vastgesteld. U kunt de uitspraak vastleggen voor het volledige beeld.',
  },
  'weigering-vragenformulier': {
    label: 'Weigering het vragenformulier volledig in te vullen (intrekkingsonderzoek)',
    legalBasis: 'art. 4 lid 1 Wet Bibob; art. 7a lid 3 Wet Bibob',
    usableForDegree: true,
    werking: 'ernstig-gevaar',
    toelichting:
      'Alleen in een onderzoek met het oog op intrekking geldt de weigering van de vergunninghouder, begunstigde of subsidie-ontvanger als ernstig gevaar. Bij een aanvraag is de route buiten behandeling laten (art. 4:5 Awb).',
  },
  'weigering-aanvullende-gegevens-lbb': {
    label: 'Weigering aanvullende gegevens aan het Landelijk Bureau Bibob te verschaffen',
    legalBasis: 'art. 4 lid 2 Wet Bibob; art. 12 lid 3 Wet Bibob',
    usableForDegree: true,
    werking: 'ernstig-gevaar',
    toelichting:
      'De weigering van de aanvrager, vergunninghouder, begunstigde of subsidie-ontvanger om de nadere gegevens te verschaffen die het Bureau op grond van art. 12 lid 3 vraagt, geldt als ernstig gevaar.',
  },
  'overig-feit': {
    label: 'Ander feit of andere omstandigheid',
    legalBasis: 'art. 3 lid 2 en 3, sub a Wet Bibob',
    usableForDegree: true,
    werking: 'overig',
    toelichting: 'Bijvoorbeeld gegevens uit open bronnen, registers of van het RIEC die erop wijzen of redelijkerwijs doen vermoeden dat de betrokkene in relatie staat tot strafbare feiten.',
  },
} as const satisfies Record<string, BevindingSoortInfo>;

export type BevindingSoort = keyof typeof bevindingSoorten;
export const bevindingSoortIds = Object.keys(bevindingSoorten) as [BevindingSoort, ...BevindingSoort[]];

/**
 * The seriousness of a finding: the app's own scale, not the law's. The law asks to weigh "de ernst" of a
 * suspicion (art. 3 lid 2 and 3, sub b) and of the strafbare feiten (lid 5 sub b, lid 6, lid 7) without grading it.
 */
export const ernstNiveaus = {
  gering: {
    label: 'Gering',
    omschrijving: 'Een enkele overtreding of een licht vergrijp zonder ondermijnend karakter, bijvoorbeeld een bestuurlijke boete van beperkte omvang.',
  },
  aanzienlijk: {
    label: 'Aanzienlijk',
    omschrijving: 'Een misdrijf of herhaalde overtredingen, of feiten die samenhangen met de activiteit waarvoor de beschikking wordt gevraagd.',
  },
  zwaar: {
    label: 'Zwaar',
    omschrijving: 'Ernstige of ondermijnende criminaliteit, zoals drugshandel, witwassen, mensenhandel, geweld of deelname aan een criminele organisatie.',
  },
} as const satisfies Record<string, { label: string; omschrijving: string }>;

export type Ernst = keyof typeof ernstNiveaus;
export const ernstIds = Object.keys(ernstNiveaus) as [Ernst, ...Ernst[]];

/** A finding of the eigen onderzoek or the LBB advice, recorded against the betrokkene it concerns. */
export interface Bevinding {
  readonly id: string;
  /** The betrokkene the finding is about: who committed the fact, or who refused (art. 4). */
  readonly betrokkeneId: string;
  readonly soort: BevindingSoort;
  readonly omschrijving: string;
  /** Where it comes from, e.g. 'Justitiële documentatie', 'RIEC', 'Handelsregister'. */
  readonly bron: string;
  readonly datum: IsoDate;
  readonly ernst: Ernst;
  /** Use restrictions the source set (../gebruiksbeperkingen.ts); absent or empty: none. */
  readonly beperkingen?: readonly Gebruiksbeperking[];
}

// ─── Relaties (art. 3 lid 4) ──────────────────────────────────────────────────────────────────────────────────

/** The position through which the relation runs: in sub b of the betrokkene towards the legal person, in sub c of the other towards the betrokkene. */
export const hoedanigheden = ['leiding', 'zeggenschap', 'vermogen', 'zakelijk-samenwerkingsverband'] as const;
export type Hoedanigheid = (typeof hoedanigheden)[number];

export interface RelatieGrondslagInfo {
  readonly label: string;
  readonly legalBasis: string;
  /** Whom `via` names; null when the relation runs through nobody (sub a). */
  readonly via: string | null;
  /** The positions the law names for this grondslag, with their Dutch wording. */
  readonly hoedanigheden: Readonly<Partial<Record<Hoedanigheid, string>>>;
}

export const relatieGrondslagen = {
  a: {
    label: 'De betrokkene heeft de strafbare feiten zelf begaan',
    legalBasis: 'art. 3 lid 4 sub a Wet Bibob',
    via: null,
    hoedanigheden: {},
  },
  b: {
    label: 'De betrokkene geeft leiding aan, heeft zeggenschap over of verschaft vermogen aan een rechtspersoon die de strafbare feiten heeft begaan',
    legalBasis: 'art. 3 lid 4 sub b Wet Bibob',
    via: 'de rechtspersoon (art. 51 Wetboek van Strafrecht) die de strafbare feiten heeft begaan',
    hoedanigheden: {
      leiding: 'geeft of gaf direct of indirect leiding aan de rechtspersoon',
      zeggenschap: 'heeft of had zeggenschap over de rechtspersoon',
      vermogen: 'verschaft of verschafte vermogen aan de rechtspersoon',
    },
  },
  c: {
    label: 'Een ander heeft de strafbare feiten gepleegd en staat in een van de genoemde posities tot de betrokkene',
    legalBasis: 'art. 3 lid 4 sub c Wet Bibob',
    via: 'de persoon die de strafbare feiten heeft gepleegd',
    hoedanigheden: {
      leiding: 'is leidinggevende van betrokkene',
      zeggenschap: 'is zeggenschaphebbende over betrokkene',
      vermogen: 'is vermogensverschaffer van betrokkene',
      'zakelijk-samenwerkingsverband': 'staat of stond in een zakelijk samenwerkingsverband tot betrokkene',
    },
  },
} as const satisfies Record<string, RelatieGrondslagInfo>;

export type RelatieGrondslag = keyof typeof relatieGrondslagen;
export const relatieGrondslagIds = Object.keys(relatieGrondslagen) as [RelatieGrondslag, ...RelatieGrondslag[]];

/** Whether the law names this position for this grondslag (art. 3 lid 4 sub b: three positions; sub c: four). */
export function hoedanigheidPast(grondslag: RelatieGrondslag, hoedanigheid: Hoedanigheid): boolean {
  const allowed: Readonly<Partial<Record<Hoedanigheid, string>>> = relatieGrondslagen[grondslag].hoedanigheden;
  return allowed[hoedanigheid] !== undefined;
}

/** "Staat in relatie tot strafbare feiten" (art. 3 lid 4): how a betrokkene is linked to one finding. */
export interface Relatie {
  readonly bevindingId: string;
  readonly betrokkeneId: string;
  readonly grondslag: RelatieGrondslag;
  /** Sub b: the legal person that committed the facts; sub c: the other who committed them. Absent for sub a. */
  readonly via?: { readonly betrokkeneId: string; readonly naam: string };
  /** Sub b and c: the position the law names. Absent for sub a. */
  readonly hoedanigheid?: Hoedanigheid;
  /** The nature of the relation, a factor of its own (art. 3 lid 2 and 3, sub c). */
  readonly toelichting: string;
}

// ─── Gevaar per grond (art. 3 lid 1–3) ──────────────────────────────────────────────────────────────────────────

export const gronden = {
  a: {
    label: 'uit gepleegde strafbare feiten verkregen of te verkrijgen, op geld waardeerbare voordelen te benutten',
    legalBasis: 'art. 3 lid 1 sub a Wet Bibob',
    factorenBasis: 'art. 3 lid 2 Wet Bibob',
  },
  b: {
    label: 'strafbare feiten te plegen',
    legalBasis: 'art. 3 lid 1 sub b Wet Bibob',
    factorenBasis: 'art. 3 lid 3 Wet Bibob',
  },
} as const;

export type Grond = keyof typeof gronden;
export const grondIds = Object.keys(gronden) as [Grond, ...Grond[]];

export const gevaarMaten = {
  geen: 'geen gevaar',
  'mindere-mate': 'mindere mate van gevaar',
  ernstig: 'ernstig gevaar',
} as const;

/** The same values as the workflow's dangerConclusion. */
export type GevaarMate = keyof typeof gevaarMaten;
export const gevaarMaatIds = Object.keys(gevaarMaten) as [GevaarMate, ...GevaarMate[]];

export interface GevaarFactor {
  readonly grond: Grond;
  /** The law's own wording. */
  readonly tekst: string;
  readonly legalBasis: string;
}

/** The factors on which the degree of danger is established: lid 2 for grond a, lid 3 for grond b. */
export const gevaarFactoren = {
  'lid2-a': {
    grond: 'a',
    tekst: 'feiten en omstandigheden die erop wijzen of redelijkerwijs doen vermoeden dat de betrokkene in relatie staat tot strafbare feiten als bedoeld in het eerste lid, onderdeel a',
    legalBasis: 'art. 3 lid 2 sub a Wet Bibob',
  },
  'lid2-b': { grond: 'a', tekst: 'ingeval van vermoeden de ernst daarvan', legalBasis: 'art. 3 lid 2 sub b Wet Bibob' },
  'lid2-c': { grond: 'a', tekst: 'de aard van de relatie', legalBasis: 'art. 3 lid 2 sub c Wet Bibob' },
  'lid2-d': { grond: 'a', tekst: 'de grootte van de verkregen of te verkrijgen voordelen', legalBasis: 'art. 3 lid 2 sub d Wet Bibob' },
  'lid3-a': {
    grond: 'b',
    tekst:
      'feiten en omstandigheden die erop wijzen of redelijkerwijs doen vermoeden dat de betrokkene in relatie staat tot strafbare feiten die zijn gepleegd bij activiteiten die overeenkomen of samenhangen met activiteiten waarvoor de beschikking wordt aangevraagd dan wel is gegeven',
    legalBasis: 'art. 3 lid 3 sub a Wet Bibob',
  },
  'lid3-b': { grond: 'b', tekst: 'ingeval van vermoeden de ernst daarvan', legalBasis: 'art. 3 lid 3 sub b Wet Bibob' },
  'lid3-c': { grond: 'b', tekst: 'de aard van de relatie', legalBasis: 'art. 3 lid 3 sub c Wet Bibob' },
  'lid3-d': { grond: 'b', tekst: 'het aantal van de gepleegde strafbare feiten', legalBasis: 'art. 3 lid 3 sub d Wet Bibob' },
} as const satisfies Record<string, GevaarFactor>;

export type GevaarFactorId = keyof typeof gevaarFactoren;
export const gevaarFactorIds = Object.keys(gevaarFactoren) as [GevaarFactorId, ...GevaarFactorId[]];

/** The factor "ingeval van vermoeden de ernst daarvan" of each grond (art. 3 lid 2 sub b, lid 3 sub b). */
export const vermoedenFactor: Readonly<Record<Grond, GevaarFactorId>> = { a: 'lid2-b', b: 'lid3-b' };

/** The coordinator's judgment on one ground of art. 3 lid 1. */
export interface GevaarOordeel {
  readonly grond: Grond;
  readonly mate: GevaarMate;
  /** The factors of lid 2 (grond a) or lid 3 (grond b) that were weighed. */
  readonly factoren: readonly GevaarFactorId[];
  readonly motivering: string;
}

/** Art. 3 lid 6: facts indicate that a strafbaar feit was committed to obtain or keep the beschikking. */
export interface Lid6Oordeel {
  readonly vanToepassing: boolean;
  readonly motivering: string;
}

/** A voorschrift attached to this decision: a copy of the text, so that later edits of the library do not change it. */
export interface GekozenVoorschrift {
  /** The library entry it was taken from; null when written for this case. */
  readonly voorschriftId: string | null;
  readonly tekst: string;
  /** What danger it removes or limits (art. 3 lid 7, second sentence). */
  readonly wegneemtGevaar: string;
}

export interface Beoordeling {
  readonly bevindingen: readonly Bevinding[];
  readonly relaties: readonly Relatie[];
  /** One judgment per grond; a grond not listed counts as 'geen'. */
  readonly gevaar: readonly GevaarOordeel[];
  readonly lid6: Lid6Oordeel;
  /** The weighing of art. 3 lid 5 (and lid 6, second sentence; lid 7, third sentence). */
  readonly evenredigheid: string;
  readonly voorschriften: readonly GekozenVoorschrift[];
  /** For the measure 'schorsen': the weeks of the suspension, at most 12 (Alcoholwet art. 32 lid 1). */
  readonly schorsingWeken?: number;
}

/** A fresh assessment: both grounds 'geen', nothing recorded. */
export const EMPTY_BEOORDELING: Beoordeling = {
  bevindingen: [],
  relaties: [],
  gevaar: [
    { grond: 'a', mate: 'geen', factoren: [], motivering: '' },
    { grond: 'b', mate: 'geen', factoren: [], motivering: '' },
  ],
  lid6: { vanToepassing: false, motivering: '' },
  evenredigheid: '',
  voorschriften: [],
};

// ─── Maatregelen ──────────────────────────────────────────────────────────────────────────────────────────────

/** The measures an assessment can propose: the workflow's decisions on the matter. */
export const maatregelen = [
  'verlenen',
  'verlenen-met-voorschriften',
  'weigeren',
  'intrekken',
  'niet-contracteren',
  'contract-ontbinden',
  'schorsen',
  'voorschriften-wijzigen',
] as const satisfies readonly Outcome[];

export type Maatregel = (typeof maatregelen)[number];
/** null while no measure is proposed. */
export type ProposedMeasure = Maatregel | null;

/** A problem with an assessment: where (a path into the Beoordeling, or 'maatregel') and what, in Dutch. */
export type AssessmentProblem = Probleem;

// ─── Schemas (for stored and IPC data) ────────────────────────────────────────────────────────────────────────

const MAX_ID = 200;
const MAX_SHORT = 500;
const MAX_TEXT = 20_000;

const idSchema = (wat: string) =>
  z
    .string({ error: `${wat} ontbreekt.` })
    .trim()
    .min(1, { error: `${wat} mag niet leeg zijn.` })
    .max(MAX_ID, { error: `${wat} is te lang (hoogstens ${MAX_ID} tekens).` });

/** Required, non-empty text. */
const requiredText = (wat: string, max = MAX_TEXT) =>
  z
    .string({ error: `Vul ${wat} in.` })
    .trim()
    .min(1, { error: `Vul ${wat} in.` })
    .max(max, { error: `${wat.charAt(0).toUpperCase()}${wat.slice(1)} is te lang (hoogstens ${max} tekens).` });

/** Text that may still be empty in a draft; the rules say when it must be filled. */
const draftText = (wat: string, max = MAX_TEXT) =>
  z
    .string({ error: `Hier hoort tekst: ${wat}.` })
    .max(max, { error: `${wat.charAt(0).toUpperCase()}${wat.slice(1)} is te lang (hoogstens ${max} tekens).` });

/** One of a fixed list; `basis` names the article the list comes from. */
const choice = <T extends readonly [string, ...string[]]>(values: T, wat: string, basis?: string) => {
  const waar = basis ? ` (${basis})` : '';
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `Kies een ${wat}${waar}: ${values.join(', ')}.`
        : `Onbekende ${wat} ${JSON.stringify(issue.input)}${waar}. Kies uit: ${values.join(', ')}.`,
  });
};

/** A strict object with Dutch messages for a missing object and for unknown fields. */
const record = <S extends z.core.$ZodLooseShape>(shape: S, wat: string) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `Onbekend veld in ${wat}: ${issue.keys.join(', ')}.` : `Hier hoort ${wat}.`,
  });

const isoDateSchema = z
  .string({ error: 'Vul een datum in.' })
  .refine((value) => isIsoDate(value), { error: 'Vul een bestaande datum in als jjjj-mm-dd.' });

export const bevindingSchema = record(
  {
    id: idSchema('Het id van de bevinding'),
    betrokkeneId: idSchema('De betrokkene van de bevinding'),
    soort: choice(bevindingSoortIds, 'soort bevinding', 'art. 3a en 4 Wet Bibob'),
    omschrijving: requiredText('een omschrijving van de bevinding'),
    bron: requiredText('de bron van de bevinding', MAX_SHORT),
    datum: isoDateSchema,
    ernst: choice(ernstIds, 'ernstniveau'),
    beperkingen: z.array(choice(gebruiksbeperkingen, 'gebruiksbeperking'), { error: 'Hier hoort een lijst van gebruiksbeperkingen.' }).max(3).optional(),
  },
  'een bevinding',
);

export const relatieSchema = record(
  {
    bevindingId: idSchema('De bevinding van de relatie'),
    betrokkeneId: idSchema('De betrokkene van de relatie'),
    grondslag: choice(relatieGrondslagIds, 'grondslag', 'art. 3 lid 4 Wet Bibob'),
    via: record({ betrokkeneId: idSchema('De betrokkene via wie de relatie loopt'), naam: requiredText('de naam', MAX_SHORT) }, 'een betrokkene met naam').optional(),
    hoedanigheid: choice(hoedanigheden, 'hoedanigheid', 'art. 3 lid 4 sub b en c Wet Bibob').optional(),
    toelichting: draftText('de toelichting op de relatie'),
  },
  'een relatie',
);

export const gevaarOordeelSchema = record(
  {
    grond: choice(grondIds, 'grond', 'art. 3 lid 1 Wet Bibob'),
    mate: choice(gevaarMaatIds, 'mate van gevaar', 'art. 3 lid 1 en 7 Wet Bibob'),
    factoren: z.array(choice(gevaarFactorIds, 'factor', 'art. 3 lid 2 en 3 Wet Bibob'), { error: 'Hier hoort een lijst van factoren.' }),
    motivering: draftText('de motivering van de mate van gevaar'),
  },
  'een oordeel over een grond',
);

export const gekozenVoorschriftSchema = record(
  {
    voorschriftId: idSchema('Het id van het voorschrift').nullable(),
    tekst: draftText('de tekst van het voorschrift'),
    wegneemtGevaar: draftText('het gevaar dat het voorschrift wegneemt of beperkt'),
  },
  'een voorschrift',
);

export const beoordelingSchema: z.ZodType<Beoordeling, unknown> = record(
  {
    bevindingen: z.array(bevindingSchema, { error: 'Hier hoort een lijst van bevindingen.' }),
    relaties: z.array(relatieSchema, { error: 'Hier hoort een lijst van relaties.' }),
    gevaar: z.array(gevaarOordeelSchema, { error: 'Hier hoort een lijst met een oordeel per grond.' }),
    lid6: record({ vanToepassing: z.boolean({ error: 'Geef aan of art. 3 lid 6 van toepassing is (true of false).' }), motivering: draftText('de motivering van art. 3 lid 6') }, 'het oordeel over art. 3 lid 6'),
    evenredigheid: draftText('de evenredigheidsafweging'),
    voorschriften: z.array(gekozenVoorschriftSchema, { error: 'Hier hoort een lijst van voorschriften.' }),
    schorsingWeken: z.number({ error: 'Vul het aantal weken van de schorsing in.' }).int({ error: 'Vul een geheel aantal weken in.' }).optional(),
  },
  'een beoordeling',
);

export const proposedMeasureSchema = z.enum(maatregelen, { error: (issue) => `Onbekende maatregel ${JSON.stringify(issue.input)}. Kies uit: ${maatregelen.join(', ')}.` }).nullable();

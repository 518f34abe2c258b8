import { z } from 'zod';
import { call } from './call';
import { BEDRAG_FORMAAT, BEDRAG_NEGATIEF, BEDRAG_TE_GROOT, MAX_BEDRAG_EURO } from '../domain/bedrag';
import { betrokkeneIdSchema, dossierBetrokkeneSchema, dossierIdSchema, isoDateSchema, noControlCharactersExceptNewlines, rolSchema } from './schemas';
import { betrokkeneSoorten } from '../domain/betrokkenen';
import { itemStatuses, questionSetSchema, statusRecordSchema, type Answers } from '../domain/vragenformulier';

/** The most an imported question set file may hold: the official form is far smaller. */
export const MAX_QUESTION_SET_CHARS = 2 * 1024 * 1024;
/** The most the answers of one dossier may take as JSON. */
export const MAX_ANSWERS_CHARS = 2 * 1024 * 1024;
const MAX_ANSWER_TEXT = 10_000;
const MAX_PERSONS_PER_ANSWER = 200;
const MAX_ANSWERS_PER_RECORD = 2_000;
const MAX_PERSON_RECORDS = 500;

const QUESTION_NUMBER = /^\d+(\.(\d+|[a-z]))+$/;
/** A PersonEntry id: it becomes part of item keys ('5.9@p-17'), so no '@' or '#'. */
const PERSON_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** An item key (see itemKey): question number, optionally '#attachment-id', optionally '@person-id'. */
export const ITEM_KEY = /^(\d+(?:\.(?:\d+|[a-z]))+)(?:#([a-z0-9]+(?:-[a-z0-9]+)*))?(?:@([A-Za-z0-9_-]{1,64}))?$/;

const questionNumberSchema = z
  .string({ error: 'Een vraag wordt aangeduid met haar nummer.' })
  .max(40, { error: 'Dit is geen vraagnummer.' })
  .regex(QUESTION_NUMBER, { error: 'Een vraagnummer bestaat uit cijfers en kleine letters gescheiden door punten, zoals 3.2 of 3.2.a.' });

const questionNumbersSchema = z.array(questionNumberSchema, { error: 'Geef de vragen als lijst van nummers.' }).max(2_000, { error: 'Hoogstens 2000 vragen tegelijk.' });

const setIdSchema = z.string({ error: 'Vul de vragenset in.' }).trim().min(1, { error: 'Vul de vragenset in.' }).max(200, { error: 'Dit is geen vragenset.' });
const versieSchema = z.string({ error: 'Vul de versie in.' }).trim().min(1, { error: 'Vul de versie in.' }).max(200, { error: 'Dit is geen versie.' });

export const itemKeySchema = z
  .string({ error: 'Kies een onderdeel van de vragenlijst.' })
  .max(300, { error: 'Dit is geen onderdeel van de vragenlijst.' })
  .regex(ITEM_KEY, { error: 'Dit is geen onderdeel van de vragenlijst: gebruik een vraagnummer, eventueel met #bijlage en @persoon, zoals 8.2#leningsovereenkomst.' });

const personEntrySchema = z.strictObject({
  id: z.string({ error: 'Elke persoon heeft een id.' }).regex(PERSON_ID, { error: 'Een persoons-id bestaat uit 1 tot 64 letters, cijfers, - of _.' }),
  naam: z.string({ error: 'Vul de naam in.' }).trim().min(1, { error: 'Vul de naam in van iedere genoemde persoon of onderneming.' }).max(400, { error: 'Een naam heeft hoogstens 400 tekens.' }).regex(noControlCharactersExceptNewlines, { error: 'De naam bevat tekens die niet zijn toegestaan.' }),
  soort: z.enum(betrokkeneSoorten, { error: 'Kies: natuurlijk persoon of rechtspersoon.' }).optional(),
  adres: z.string().trim().max(300, { error: 'Een adres heeft hoogstens 300 tekens.' }).optional(),
  geboortedatum: isoDateSchema.optional(),
  kvkNummer: z.string().trim().max(20, { error: 'Dit is geen KvK-nummer.' }).optional(),
  percentage: z.number({ error: 'Vul een percentage in.' }).gt(0, { error: 'Meer dan 0 procent.' }).max(100, { error: 'Hoogstens 100 procent.' }).optional(),
});

const answerValueSchema = z.union(
  [
    z.string().max(MAX_ANSWER_TEXT, { error: `Een antwoord heeft hoogstens ${MAX_ANSWER_TEXT} tekens.` }).regex(noControlCharactersExceptNewlines, { error: 'Het antwoord bevat tekens die niet zijn toegestaan.' }),
    z.number({ error: BEDRAG_FORMAAT }).finite({ error: BEDRAG_FORMAAT }).min(0, { error: BEDRAG_NEGATIEF }).max(MAX_BEDRAG_EURO, { error: BEDRAG_TE_GROOT }),
    z.array(personEntrySchema).max(MAX_PERSONS_PER_ANSWER, { error: `Hoogstens ${MAX_PERSONS_PER_ANSWER} personen per antwoord.` }),
  ],
  { error: 'Een antwoord is een tekst, een bedrag of een lijst van personen.' },
);

const answerRecordSchema = z
  .record(questionNumberSchema, answerValueSchema, { error: 'Geef de antwoorden per vraagnummer.' })
  .refine((record) => Object.keys(record).length <= MAX_ANSWERS_PER_RECORD, { error: `Hoogstens ${MAX_ANSWERS_PER_RECORD} antwoorden.` });

/**
 * The Answers shape of src/domain/vragenformulier: `algemeen` per question number, `perPersoon` per person id
 * (a PersonEntry id from the 'personen' answer that named the person) and question number. Size-bounded.
 */
export const answersSchema: z.ZodType<Answers, unknown> = z
  .strictObject({
    algemeen: answerRecordSchema,
    perPersoon: z
      .record(z.string().regex(PERSON_ID, { error: 'Een persoons-id bestaat uit 1 tot 64 letters, cijfers, - of _.' }), answerRecordSchema, { error: 'Geef de antwoorden per persoon.' })
      .refine((record) => Object.keys(record).length <= MAX_PERSON_RECORDS, { error: `Hoogstens ${MAX_PERSON_RECORDS} personen.` }),
  })
  .refine((answers) => JSON.stringify(answers).length <= MAX_ANSWERS_CHARS, { error: 'De antwoorden zijn te groot (hoogstens 2 MB).' });

/** The fields of one item's status, in the single and in the batch call. */
const itemStatusFields = {
  sleutel: itemKeySchema,
  status: z.enum(itemStatuses, { error: 'Kies een status: ontvangen, ontbreekt, onvolledig of niet van toepassing.' }),
  notitie: z.string({ error: 'Een notitie is tekst.' }).trim().max(2000, { error: 'Een notitie heeft hoogstens 2000 tekens.' }).optional(),
};

/** The rules of the domain's statusRecordSchema: a note is required for 'onvolledig' and 'niet-van-toepassing'. */
function checkStatusNote(input: { status: (typeof itemStatuses)[number]; notitie?: string | undefined }, ctx: z.RefinementCtx): void {
  const checked = statusRecordSchema.safeParse({ status: input.status, ...(input.notitie !== undefined ? { notitie: input.notitie } : {}) });
  if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
}

const statusInputSchema = z.strictObject({ dossierId: dossierIdSchema, ...itemStatusFields }).superRefine(checkStatusNote);

/** At most this many items in one setItemStatuses call (a full form with its attachments has a few hundred). */
export const MAX_STATUS_BATCH = 500;

const statusBatchInputSchema = z.strictObject({
  dossierId: dossierIdSchema,
  items: z
    .array(
      z.strictObject(itemStatusFields).superRefine(checkStatusNote),
      { error: 'Geef de onderdelen als lijst.' },
    )
    .min(1, { error: 'Kies ten minste één onderdeel.' })
    .max(MAX_STATUS_BATCH, { error: `Hoogstens ${MAX_STATUS_BATCH} onderdelen tegelijk.` })
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        if (seen.has(item.sleutel)) ctx.addIssue({ code: 'custom', path: [index, 'sleutel'], message: 'Dit onderdeel staat twee keer in de lijst.' });
        seen.add(item.sleutel);
      });
    }),
});

const attachmentLinkSchema = z.strictObject({
  dossierId: dossierIdSchema,
  sleutel: itemKeySchema,
  bijlageId: z.uuid({ error: 'Onbekende bijlage.' }),
});

const blockPersonSchema = z.strictObject({ id: z.string(), naam: z.string(), rol: rolSchema });

export const vraagsetInfoSchema = z.strictObject({
  id: z.string(),
  versie: z.string(),
  titel: z.string(),
  bron: z.string(),
  /** The set shipped with the app; always available, never stored. */
  meegeleverd: z.boolean(),
  geimporteerdOp: z.string().nullable(),
  geimporteerdDoor: z.string().nullable(),
  aantalVragen: z.number(),
  /** The set that a new dossier's vragenlijst starts from. */
  standaard: z.boolean(),
});

export const completenessItemSchema = z.strictObject({
  sleutel: z.string(),
  soort: z.enum(['vraag', 'bijlage']),
  nummer: z.string(),
  bijlageId: z.string().optional(),
  persoon: blockPersonSchema.optional(),
  omschrijving: z.string(),
  status: z.enum(itemStatuses),
  /** No status recorded: derived from the answers and the linked files, still to be confirmed. */
  afgeleid: z.boolean(),
  verplicht: z.boolean(),
  waarom: z.string(),
  notitie: z.string().optional(),
  bestanden: z.array(z.string()),
});

export const missingItemSchema = z.strictObject({
  sleutel: z.string(),
  nummer: z.string(),
  omschrijving: z.string(),
  status: z.enum(['ontbreekt', 'onvolledig']),
  waarom: z.string(),
  melding: z.string(),
});

export const proposedBetrokkeneSchema = z.strictObject({
  rol: rolSchema,
  naam: z.string(),
  soort: z.enum(betrokkeneSoorten).optional(),
  adres: z.string().optional(),
  geboortedatum: z.string().optional(),
  kvkNummer: z.string().optional(),
  percentage: z.number().optional(),
  bron: z.string(),
  persoonId: z.string().optional(),
  genoemdDoor: blockPersonSchema.optional(),
  /** Already confirmed as a betrokkene of this dossier. */
  bevestigd: z.boolean(),
  /** The dossier's aanvrager this proposal names (same KvK-nummer or name): linking to it beats a second record. */
  bestaandeAanvrager: z.strictObject({ id: z.string(), naam: z.string() }).nullable(),
});

/** A dossier's vragenformulier as the questionnaire page shows it. */
export const vragenformulierSchema = z.strictObject({
  dossierId: z.string(),
  /** standaard: nothing chosen yet, the default is shown; concept: adjusted, not sent; verzonden; ontvangen. */
  stand: z.enum(['standaard', 'concept', 'verzonden', 'ontvangen']),
  setId: z.string(),
  versie: z.string(),
  setTitel: z.string(),
  selectie: z.array(z.string()),
  /** False once sent: the dossier keeps the version and selection it was sent with. */
  selectieWijzigbaar: z.boolean(),
  verzondenOp: z.string().nullable(),
  ontvangenOp: z.string().nullable(),
  /** The questions as selected (sections without a selected question left out). */
  vragenlijst: questionSetSchema.nullable(),
  /** Problems of the selection (an incoherent default of an imported set); empty when it can be sent. */
  selectieProblemen: z.array(z.strictObject({ nummer: z.string(), melding: z.string() })),
  antwoorden: z.strictObject({ algemeen: z.record(z.string(), z.unknown()), perPersoon: z.record(z.string(), z.record(z.string(), z.unknown())) }),
  volledigheid: z.strictObject({
    items: z.array(completenessItemSchema),
    ontbreekt: z.array(missingItemSchema),
    /** Required items answered or with a file, whose derived status the coordinator has not confirmed yet. */
    teBevestigen: z.number(),
    compleet: z.boolean(),
  }),
  voorgesteldeBetrokkenen: z.array(proposedBetrokkeneSchema),
  /** Only in a revocation investigation (an ambtshalve besluitsoort). */
  weigeringMogelijk: z.boolean(),
  weigering: z.strictObject({ op: z.string(), bevinding: z.string(), grondslag: z.string(), gevolg: z.string() }).nullable(),
});
export type VragenformulierView = z.infer<typeof vragenformulierSchema>;

/** The contract calls of the Bibob-vragenformulier per dossier (issue 10). */
export const questionnaireCalls = {
  'vragenformulier.sets': call(z.strictObject({}), z.strictObject({ sets: z.array(vraagsetInfoSchema) })),
  'vragenformulier.importSet': call(
    z.strictObject({
      json: z
        .string({ error: 'Kies een bestand met een vragenset (JSON).' })
        .min(1, { error: 'Het bestand is leeg.' })
        .max(MAX_QUESTION_SET_CHARS, { error: 'Het bestand is te groot voor een vragenset (hoogstens 2 MB).' }),
    }),
    vraagsetInfoSchema,
  ),
  'vragenformulier.get': call(z.strictObject({ dossierId: dossierIdSchema }), vragenformulierSchema),
  'vragenformulier.setSelection': call(
    z
      .strictObject({
        dossierId: dossierIdSchema,
        /** Start the vragenlijst (again) from this version's default selection, then apply the changes. */
        setId: setIdSchema.optional(),
        versie: versieSchema.optional(),
        selecteer: questionNumbersSchema.optional(),
        deselecteer: questionNumbersSchema.optional(),
      })
      .superRefine((input, ctx) => {
        if ((input.setId === undefined) !== (input.versie === undefined)) {
          ctx.addIssue({ code: 'custom', path: [input.setId === undefined ? 'setId' : 'versie'], message: 'Kies zowel de vragenset als de versie.' });
        }
        if (input.setId === undefined && !input.selecteer?.length && !input.deselecteer?.length) {
          ctx.addIssue({ code: 'custom', path: ['selecteer'], message: 'Er is niets om te wijzigen: selecteer of deselecteer een vraag.' });
        }
      }),
    vragenformulierSchema,
  ),
  'vragenformulier.send': call(
    z
      .strictObject({ dossierId: dossierIdSchema, verzondenOp: isoDateSchema, setId: setIdSchema.optional(), versie: versieSchema.optional() })
      .superRefine((input, ctx) => {
        if ((input.setId === undefined) !== (input.versie === undefined)) {
          ctx.addIssue({ code: 'custom', path: [input.setId === undefined ? 'setId' : 'versie'], message: 'Kies zowel de vragenset als de versie.' });
        }
      }),
    vragenformulierSchema,
  ),
  'vragenformulier.recordReceived': call(z.strictObject({ dossierId: dossierIdSchema, ontvangenOp: isoDateSchema }), vragenformulierSchema),
  'vragenformulier.recordAnswers': call(z.strictObject({ dossierId: dossierIdSchema, antwoorden: answersSchema }), vragenformulierSchema),
  'vragenformulier.setItemStatus': call(statusInputSchema, vragenformulierSchema),
  /** Several items' statuses at once, in one transaction with one audit record. */
  'vragenformulier.setItemStatuses': call(statusBatchInputSchema, vragenformulierSchema),
  /** Records every derived 'ontvangen' (answered question, attachment with a file) as the coordinator's status. */
  'vragenformulier.confirmDerivedStatuses': call(z.strictObject({ dossierId: dossierIdSchema }), vragenformulierSchema),
  'vragenformulier.linkAttachment': call(attachmentLinkSchema, vragenformulierSchema),
  'vragenformulier.unlinkAttachment': call(attachmentLinkSchema, vragenformulierSchema),
  'vragenformulier.confirmProposedBetrokkene': call(
    z.strictObject({
      dossierId: dossierIdSchema,
      /** The question whose answer names the betrokkene. */
      bron: questionNumberSchema,
      /** The PersonEntry id in that answer (for a 'personen' answer). */
      persoonId: z.string().regex(PERSON_ID, { error: 'Onbekende persoon.' }).optional(),
      /** Inside a block repeated per person: whose block named the betrokkene. */
      genoemdDoor: z.string().regex(PERSON_ID, { error: 'Onbekende persoon.' }).optional(),
      /** Overrides the kind of person when the answer does not say it. */
      soort: z.enum(betrokkeneSoorten, { error: 'Kies: natuurlijk persoon of rechtspersoon.' }).optional(),
      /** Link the proposal to this existing record instead of creating one (after POSSIBLE_DUPLICATE). */
      bestaandeId: betrokkeneIdSchema.optional(),
      /** Create a new record although a similar one exists (after POSSIBLE_DUPLICATE). */
      bevestigNieuw: z.boolean({ error: 'Kies ja of nee.' }).optional(),
    }),
    z.strictObject({ betrokkeneId: z.string(), betrokkenen: z.array(dossierBetrokkeneSchema), vragenformulier: vragenformulierSchema }),
  ),
  'vragenformulier.recordRefusal': call(z.strictObject({ dossierId: dossierIdSchema, op: isoDateSchema }), vragenformulierSchema),
} as const;

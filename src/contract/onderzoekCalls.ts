import { z } from 'zod';
import { call } from './call';
import { BEDRAG_FORMAAT, BEDRAG_NEGATIEF, BEDRAG_NUL, BEDRAG_TE_GROOT, MAX_BEDRAG_CENT } from '../domain/bedrag';
import { betrokkeneIdSchema, dossierIdSchema, freeText, isoDateSchema, requiredText } from './schemas';
import { aanleidingenArt28m, bronIds, gegevensHerkomsten, herkomstSoorten } from '../domain/eigenOnderzoek';

/*
 * The contract calls of the eigen onderzoek (issue 11; Wet Bibob art. 7a, 7b, 7c, 28 lid 2 sub m): research notes,
 * the financing check, information from another bestuursorgaan, and the formulier bevindingen eigen onderzoek
 * that an LBB advice request needs (art. 7a lid 4). Every change returns the whole view, with the composed form
 * and what it still lacks.
 */

/** An investment or its origin: more than € 0 (a zero amount says nothing), at most the ceiling of src/domain/bedrag.ts. */
const bedragCentSchema = z
  .number({ error: BEDRAG_FORMAAT })
  .finite({ error: BEDRAG_FORMAAT })
  .int({ error: BEDRAG_FORMAAT })
  .min(0, { error: BEDRAG_NEGATIEF })
  .refine((cents) => cents !== 0, { error: BEDRAG_NUL })
  .refine((cents) => cents <= MAX_BEDRAG_CENT, { error: BEDRAG_TE_GROOT });

/** The parts of the formulier bevindingen eigen onderzoek the coordinator writes; the rest comes from the dossier. */
export const formulierGegevensSchema = z.strictObject({
  /** Onderdeel 1: the betrokkene the form is about (usually the aanvrager); '' while not chosen. */
  betrokkeneId: z.union([betrokkeneIdSchema, z.literal('')]),
  handelsnamen: z.array(requiredText('een handelsnaam', 300)).max(50, { error: 'Hoogstens 50 handelsnamen.' }),
  /** Onderdeel 2. */
  besluit: freeText(2000),
  besluitGenomen: z.boolean({ error: 'Kies ja of nee.' }),
  ondernemingInBedrijf: z.boolean({ error: 'Kies ja, nee of onbekend.' }).nullable(),
  /** Onderdeel 3. */
  aanleiding: z.strictObject({ berichtArt26: z.boolean(), riecAdvies: z.boolean(), toelichting: freeText(5000) }),
  /** Onderdeel 5. */
  onderzoeksvragen: z.array(requiredText('een onderzoeksvraag', 2000)).max(50, { error: 'Hoogstens 50 onderzoeksvragen.' }),
  /** Onderdeel 7 and art. 7a lid 4: the betrokkene's data and documents go along. */
  vragenformulierMetBijlagen: z.boolean({ error: 'Kies ja of nee.' }),
  overigeBijlagen: z.array(requiredText('een bijlage', 300)).max(100, { error: 'Hoogstens 100 bijlagen.' }),
  /** The coordinator has put every investment against its origin (art. 7a lid 2 sub h). */
  financieringGecontroleerd: z.boolean({ error: 'Kies ja of nee.' }),
});
export type FormulierGegevens = z.infer<typeof formulierGegevensSchema>;

const problemSchema = z.strictObject({ pad: z.string(), melding: z.string() });

export const onderzoekViewSchema = z.strictObject({
  notities: z.array(
    z.strictObject({
      id: z.string(),
      betrokkeneId: z.string(),
      betrokkeneNaam: z.string(),
      bron: z.enum(bronIds),
      bronLabel: z.string(),
      geraadpleegdOp: z.string(),
      bevinding: z.string(),
      kenmerk: z.string().nullable(),
    }),
  ),
  financiering: z.strictObject({
    investeringen: z.array(z.strictObject({ id: z.string(), omschrijving: z.string(), bedragCent: z.number() })),
    herkomsten: z.array(
      z.strictObject({
        id: z.string(),
        omschrijving: z.string(),
        soort: z.enum(herkomstSoorten),
        bedragCent: z.number(),
        bewijs: z.array(z.strictObject({ id: z.string(), bestandsnaam: z.string().nullable() })),
        verstrekker: z.strictObject({ id: z.string(), naam: z.string() }).nullable(),
        onderbouwd: z.boolean(),
      }),
    ),
    investeringCent: z.number(),
    onderbouwdCent: z.number(),
    onverklaardCent: z.number(),
    toelichting: z.array(z.string()),
    legalBasis: z.string(),
  }),
  anderBestuursorgaan: z.array(
    z.strictObject({
      id: z.string(),
      betrokkeneId: z.string(),
      betrokkeneNaam: z.string(),
      verstrekkendOrgaan: z.string(),
      omschrijving: z.string(),
      verkregenOp: z.string(),
      verstrektOp: z.string(),
    }),
  ),
  formulier: formulierGegevensSchema,
  bevindingenFormulier: z.strictObject({
    titel: z.string(),
    vertrouwelijk: z.string(),
    legalBasis: z.string(),
    sections: z.array(z.strictObject({ titel: z.string(), regels: z.array(z.string()) })),
  }),
  /** What the form still lacks before an advice request can go to the LBB (art. 7a lid 4, art. 9 lid 5). */
  problemen: z.array(problemSchema),
});
export type OnderzoekView = z.infer<typeof onderzoekViewSchema>;

export const postIdSchema = z.uuid({ error: 'Onbekende regel.' });

export const onderzoekCalls = {
  'onderzoek.get': call(z.strictObject({ dossierId: dossierIdSchema }), onderzoekViewSchema),
  'onderzoek.addNote': call(
    z.strictObject({
      dossierId: dossierIdSchema,
      betrokkeneId: betrokkeneIdSchema,
      bron: z.enum(bronIds, { error: 'Kies de bron.' }),
      geraadpleegdOp: isoDateSchema,
      bevinding: requiredText('de bevinding (leverde de bron niets op: "niets gevonden")', 5000),
      kenmerk: freeText(300).optional(),
    }),
    onderzoekViewSchema,
  ),
  'onderzoek.deleteNote': call(z.strictObject({ notitieId: postIdSchema }), onderzoekViewSchema),
  'onderzoek.addInvestering': call(z.strictObject({ dossierId: dossierIdSchema, omschrijving: requiredText('de investering', 500), bedragCent: bedragCentSchema }), onderzoekViewSchema),
  'onderzoek.addHerkomst': call(
    z.strictObject({
      dossierId: dossierIdSchema,
      omschrijving: requiredText('de herkomst', 500),
      soort: z.enum(herkomstSoorten, { error: 'Kies de soort herkomst.' }),
      bedragCent: bedragCentSchema,
      bewijs: z.array(z.uuid({ error: 'Onbekende bijlage.' })).max(50, { error: 'Hoogstens 50 stukken.' }),
      verstrekkerBetrokkeneId: betrokkeneIdSchema.optional(),
    }),
    onderzoekViewSchema,
  ),
  'onderzoek.deletePost': call(z.strictObject({ postId: postIdSchema }), onderzoekViewSchema),
  'onderzoek.addAnderBestuursorgaan': call(
    z.strictObject({
      dossierId: dossierIdSchema,
      betrokkeneId: betrokkeneIdSchema,
      verstrekkendOrgaan: requiredText('het verstrekkende bestuursorgaan', 300),
      omschrijving: requiredText('wat de gegevens inhouden', 5000),
      aanleiding: z.enum(aanleidingenArt28m, { error: 'Kies waaruit blijkt dat het andere bestuursorgaan dezelfde persoon onderzocht.' }).nullable(),
      zelfdePersoon: z.boolean({ error: 'Kies ja of nee.' }),
      herkomst: z.enum(gegevensHerkomsten, { error: 'Kies waar het andere bestuursorgaan de gegevens vandaan heeft.' }),
      verkregenOp: isoDateSchema,
      verstrektOp: isoDateSchema,
      zelfVerkrijgbaar: z.boolean({ error: 'Kies ja of nee.' }),
      noodzakelijk: z.boolean({ error: 'Kies ja of nee.' }),
    }),
    onderzoekViewSchema,
  ),
  'onderzoek.deleteAnderBestuursorgaan': call(z.strictObject({ gegevensId: postIdSchema }), onderzoekViewSchema),
  'onderzoek.updateFormulier': call(z.strictObject({ dossierId: dossierIdSchema, formulier: formulierGegevensSchema }), onderzoekViewSchema),
  /** Issue 18 §2: a research note corrected with the reason; the audit trail keeps old → new. */
  'onderzoek.correctNote': call(
    z.strictObject({
      notitieId: postIdSchema,
      betrokkeneId: betrokkeneIdSchema,
      bron: z.enum(bronIds, { error: 'Kies de bron.' }),
      geraadpleegdOp: isoDateSchema,
      bevinding: requiredText('de bevinding (leverde de bron niets op: "niets gevonden")', 5000),
      kenmerk: freeText(300).optional(),
      reden: requiredText('de reden van de correctie', 2000),
    }),
    onderzoekViewSchema,
  ),
  /** Issue 18 §2: a note entered by mistake withdrawn with the reason: kept in the audit trail, counted nowhere. */
  'onderzoek.withdrawNote': call(z.strictObject({ notitieId: postIdSchema, reden: requiredText('de reden van het intrekken', 2000) }), onderzoekViewSchema),
} as const;

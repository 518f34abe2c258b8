import { z } from 'zod';
import { call } from './call';
import { dossierIdSchema, requiredText } from './schemas';
import { MAX_BEDRAG_CENT } from '../domain/bedrag';
import { beleidsregelSchema, gebiedsbeleidSchema } from '../domain/beleid';

/*
 * The municipality's Bibob-beleid (issue 23 §4): the beleidsregel in the vault's settings, edited or imported as
 * JSON and exported through the save dialog; and per dossier the beleidstoets at intake, with the coordinator's
 * decision and any departure's reason (Awb 4:84), correctable with a reason.
 */

/** Far above any real beleidsregel (the example is some 8,000 characters). */
export const MAX_BELEID_CHARS = 500_000;

const versieSchema = z.strictObject({ naam: z.string(), versie: z.string(), vastgesteldOp: z.string(), voorbeeld: z.boolean() });

export const beleidViewSchema = z.strictObject({
  beleid: beleidsregelSchema,
  /** The beleid as its JSON file, for the editor and the export. */
  json: z.string(),
  /** True while no beleid is stored: the example shipped with the app is in use. */
  meegeleverd: z.boolean(),
  gewijzigdOp: z.string().nullable(),
  gewijzigdDoor: z.string().nullable(),
});
export type BeleidView = z.infer<typeof beleidViewSchema>;

const criteriumId = z.string({ error: 'Kies een criterium uit de lijst.' }).max(60, { error: 'Onbekend criterium.' });
const idLijst = z.array(criteriumId).max(100, { error: 'Te veel criteria.' });

export const intakeAntwoordenSchema = z.strictObject({
  categorieen: idLijst,
  signalen: idLijst,
  bedragen: z
    .array(
      z.strictObject({
        drempel: criteriumId,
        bedragCent: z
          .number({ error: 'Vul een bedrag in.' })
          .int({ error: 'Een bedrag is een geheel aantal eurocenten.' })
          .positive({ error: 'Vul een bedrag groter dan € 0 in.' })
          .max(MAX_BEDRAG_CENT, { error: 'Dit bedrag is groter dan € 10.000.000.000. Controleer het aantal cijfers.' }),
        verlaagd: idLijst,
      }),
    )
    .max(20, { error: 'Te veel bedragen.' }),
  wisselingExploitant: z.boolean({ error: 'Zeg of er een nieuwe ondernemer of wisseling van exploitant is.' }),
});

const redenSchema = z.strictObject({
  criterium: z.enum(['categorie', 'drempel', 'signaal', 'wisseling-exploitant']),
  artikel: z.string(),
  citaat: z.string(),
  toelichting: z.string(),
});

const beslissing = {
  toepassen: z.boolean({ error: 'Kies of de Wet Bibob wordt toegepast.' }),
  afwijkingReden: z.string().trim().max(2000, { error: 'Hoogstens 2000 tekens.' }).optional(),
};

export const beleidstoetsViewSchema = z.strictObject({
  /** The recorded toets, or null before intake. */
  toets: z
    .strictObject({
      beleid: versieSchema,
      criteria: gebiedsbeleidSchema.nullable(),
      antwoorden: intakeAntwoordenSchema,
      adviesToepassen: z.boolean(),
      conclusie: z.string(),
      redenen: z.array(redenSchema),
      toepassen: z.boolean(),
      afwijking: z.boolean(),
      afwijkingReden: z.string().nullable(),
      vastgelegdOp: z.string(),
      vastgelegdDoor: z.string(),
      gecorrigeerdOp: z.string().nullable(),
      gecorrigeerdDoor: z.string().nullable(),
      correctieReden: z.string().nullable(),
    })
    .nullable(),
  /** The beleid in force now and its criteria for the dossier's toepassingsgebied (null: it does not cover it). */
  huidig: z.strictObject({ beleid: versieSchema, criteria: gebiedsbeleidSchema.nullable() }),
});
export type BeleidstoetsView = z.infer<typeof beleidstoetsViewSchema>;

export const beleidCalls = {
  'beleid.get': call(z.strictObject({}), beleidViewSchema),
  /** Replaces the beleidsregel, from the editor or an imported file: all or nothing, every problem at its place. */
  'beleid.save': call(
    z.strictObject({
      json: z
        .string({ error: 'Vul de beleidsregel in (JSON).' })
        .min(1, { error: 'De beleidsregel is leeg.' })
        .max(MAX_BELEID_CHARS, { error: 'De beleidsregel is te groot (hoogstens 500.000 tekens).' }),
    }),
    beleidViewSchema,
  ),
  'beleid.export': call(z.strictObject({}), z.strictObject({ exported: z.boolean() })),
  'beleidstoets.get': call(z.strictObject({ dossierId: dossierIdSchema }), beleidstoetsViewSchema),
  'beleidstoets.record': call(z.strictObject({ dossierId: dossierIdSchema, antwoorden: intakeAntwoordenSchema, ...beslissing }), beleidstoetsViewSchema),
  'beleidstoets.correct': call(
    z.strictObject({ dossierId: dossierIdSchema, antwoorden: intakeAntwoordenSchema, ...beslissing, reden: requiredText('de reden van de correctie', 2000) }),
    beleidstoetsViewSchema,
  ),
} as const;

import { z } from 'zod';
import { call } from './call';
import { dossierIdSchema, freeText, isoDateSchema, noControlCharactersExceptNewlines, requiredText } from './schemas';
import { beoordelingSchema, bevindingSchema, gevaarMaatIds, maatregelen, nieuwVoorschriftSchema, proposedMeasureSchema, voorschriftSchema } from '../domain/beoordeling';


/*
 * The contract calls of the assessment (issue 11; Wet Bibob art. 3, 3a, 4), the coordinator's library of
 * voorschriften (art. 3 lid 7), and the melding to the LBB (art. 7a lid 7 and 8).
 */


export const beoordelingViewSchema = z.strictObject({
  beoordeling: beoordelingSchema,
  voorgesteldeMaatregel: proposedMeasureSchema,
  /** The measures this toepassingsgebied knows (a vastgoedtransactie has no beschikking). */
  maatregelen: z.array(z.enum(maatregelen)),
  conclusie: z.enum(gevaarMaatIds),
  vastgelegd: z.boolean(),
  terugtrekking: z.strictObject({ vermoed: z.boolean(), toelichting: z.string() }),
  melding: z.strictObject({
    /** Art. 7a lid 7 or 8 requires a melding for the current conclusion that is not recorded yet. */
    vereist: z.boolean(),
    grondslag: z.string().nullable(),
    meldingen: z.array(z.strictObject({ id: z.string(), grondslag: z.string(), conclusie: z.string().nullable(), gemeldOp: z.string(), kenmerk: z.string() })),
  }),
  lbbAdviesOntvangen: z.boolean(),
});
export type BeoordelingView = z.infer<typeof beoordelingViewSchema>;

const voorschriftenViewSchema = z.strictObject({
  voorschriften: z.array(voorschriftSchema),
  /** Ids of the coordinator's own entries (the others ship with the app). */
  eigen: z.array(z.string()),
});

export const beoordelingCalls = {
  'beoordeling.get': call(z.strictObject({ dossierId: dossierIdSchema }), beoordelingViewSchema),
  'beoordeling.save': call(z.strictObject({ dossierId: dossierIdSchema, beoordeling: beoordelingSchema, voorgesteldeMaatregel: proposedMeasureSchema }), beoordelingViewSchema),
  'beoordeling.setTerugtrekking': call(
    z.strictObject({
      dossierId: dossierIdSchema,
      vermoed: z.boolean({ error: 'Kies ja of nee.' }),
      toelichting: freeText(5000),
    }),
    beoordelingViewSchema,
  ),
  'beoordeling.recordMelding': call(
    z.strictObject({
      dossierId: dossierIdSchema,
      gemeldOp: isoDateSchema,
      kenmerk: z.string().trim().max(300, { error: 'Hoogstens 300 tekens.' }).regex(noControlCharactersExceptNewlines, { error: 'Het kenmerk bevat tekens die niet zijn toegestaan.' }).optional(),
    }),
    beoordelingViewSchema,
  ),
  'voorschriften.list': call(z.strictObject({}), voorschriftenViewSchema),
  /** An own voorschrift: its text, aim and toepassingsgebieden; main derives its id from the text. */
  'voorschriften.add': call(z.strictObject({ voorschrift: nieuwVoorschriftSchema }), voorschriftenViewSchema),
  /** Issue 18 §2: a finding corrected (same id) with the reason; the audit trail keeps old → new. */
  'beoordeling.correctBevinding': call(z.strictObject({ dossierId: dossierIdSchema, bevinding: bevindingSchema, reden: requiredText('de reden van de correctie', 2000) }), beoordelingViewSchema),
  /** Issue 18 §2: a finding entered by mistake withdrawn with the reason; refused while the assessment rests on it. */
  'beoordeling.withdrawBevinding': call(
    z.strictObject({ dossierId: dossierIdSchema, bevindingId: z.string({ error: 'Onbekende bevinding.' }).trim().min(1, { error: 'Onbekende bevinding.' }).max(100, { error: 'Onbekende bevinding.' }), reden: requiredText('de reden van het intrekken', 2000) }),
    beoordelingViewSchema,
  ),
} as const;

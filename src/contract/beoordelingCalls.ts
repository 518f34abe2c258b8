import { z } from 'zod';
import { call } from './call';
import { dossierIdSchema, freeText, isoDateSchema, noControlCharactersExceptNewlines } from './schemas';
import { beoordelingSchema, gevaarMaatIds, maatregelen, proposedMeasureSchema, voorschriftSchema } from '../domain/beoordeling';


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
  'voorschriften.add': call(z.strictObject({ voorschrift: voorschriftSchema }), voorschriftenViewSchema),
} as const;

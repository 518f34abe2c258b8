import { z } from 'zod';
import { call } from './call';
import { dossierIdSchema, noInput, requiredText } from './schemas';
import { MAXIMUM_JAREN } from '../domain/bewaartermijn';
import { uitkomstIds } from '../domain/uitkomsten';

/*
 * Retention and destruction (issue 24 §4): the bewaartermijnen per uitkomst in the settings, the list of dossiers
 * past their period, their vernietiging with a reason, and the vernietigingsrecords that stay (no personal data).
 */

const jarenSchema = z
  .number({ error: 'Vul een aantal jaren in.' })
  .int({ error: 'Vul een geheel aantal jaren in.' })
  .min(1, { error: 'Ten minste 1 jaar.' })
  .max(MAXIMUM_JAREN, { error: `Hoogstens ${MAXIMUM_JAREN} jaar.` });

const perUitkomstSchema = z.strictObject(Object.fromEntries(uitkomstIds.map((id) => [id, jarenSchema])) as Record<(typeof uitkomstIds)[number], typeof jarenSchema>);

export const bewaartermijnenSchema = z.strictObject({
  perUitkomst: perUitkomstSchema,
  metAdviesOfBevindingen: jarenSchema,
});

export const bewaartermijnenViewSchema = z.strictObject({
  termijnen: bewaartermijnenSchema,
  standaard: bewaartermijnenSchema,
  /** Per uitkomst: its Dutch label and where the default comes from. */
  uitkomsten: z.array(z.strictObject({ uitkomst: z.enum(uitkomstIds), label: z.string(), bron: z.string() })),
  bronMetAdviesOfBevindingen: z.string(),
});
export type BewaartermijnenView = z.infer<typeof bewaartermijnenViewSchema>;

export const teVernietigenSchema = z.strictObject({
  dossierId: z.string(),
  zaaknummer: z.string(),
  toepassingsgebied: z.enum(['wabo', 'horeca', 'vastgoed']),
  uitkomst: z.string(),
  afgeslotenOp: z.string(),
  bewarenTot: z.string(),
  regel: z.string(),
});
export type TeVernietigenView = z.infer<typeof teVernietigenSchema>;

export const vernietigingsrecordSchema = z.strictObject({
  id: z.string(),
  zaaknummer: z.string(),
  toepassingsgebied: z.string(),
  uitkomst: z.string().nullable(),
  ontvangenOp: z.string().nullable(),
  aangemaaktOp: z.string(),
  afgeslotenOp: z.string(),
  bewarenTot: z.string(),
  termijnJaren: z.number(),
  regel: z.string(),
  reden: z.string(),
  vernietigdDoor: z.string(),
  vernietigdOp: z.string(),
  /** What went, as counts per kind (betrokkenen, bijlagen, brieven, auditregels gewist, …). */
  aantallen: z.record(z.string(), z.number()),
});
export type VernietigingsrecordView = z.infer<typeof vernietigingsrecordSchema>;

export const vernietigingenViewSchema = z.strictObject({
  teVernietigen: z.array(teVernietigenSchema),
  records: z.array(vernietigingsrecordSchema),
});
export type VernietigingenView = z.infer<typeof vernietigingenViewSchema>;

export const bewaarCalls = {
  'bewaartermijnen.get': call(noInput, bewaartermijnenViewSchema),
  /** Refused below 5 years for a dossier with an LBB advice or own findings (Wet Bibob art. 29). */
  'bewaartermijnen.save': call(bewaartermijnenSchema, bewaartermijnenViewSchema),
  'vernietigingen.list': call(noInput, vernietigingenViewSchema),
  /**
   * Destroys the dossiers, each past its period (refused otherwise, and then none is destroyed), in one transaction,
   * and leaves a vernietigingsrecord per dossier.
   */
  'vernietigingen.destroy': call(
    z.strictObject({
      dossierIds: z.array(dossierIdSchema).min(1, { error: 'Kies ten minste één dossier.' }).max(200, { error: 'Hoogstens 200 dossiers tegelijk.' }),
      reden: requiredText('de reden van de vernietiging', 2000),
      bevestigd: z.literal(true, { error: 'Bevestig dat de gegevens definitief worden vernietigd.' }),
    }),
    vernietigingenViewSchema.extend({ vernietigd: z.array(vernietigingsrecordSchema) }),
  ),
} as const;

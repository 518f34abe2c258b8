import { z } from 'zod';
import { call } from './call';
import { dossierIdSchema, verstrekkingSchema } from './schemas';
import { briefhoofdSchema } from '../domain/brieven/briefhoofd';

/*
 * Generated letters (issue 12, first part): the internal Bibob advice built from the assessment, kept in the vault
 * and exported only through the save dialog to a registered recipient (art. 28 lid 2 Wet Bibob). Restricted findings
 * stay out unless the coordinator overrides with a reason, which is audited (issue 11).
 */

const doorbrekingSchema = z.strictObject({
  bevindingId: z.string({ error: 'Kies de bevinding.' }).min(1, { error: 'Kies de bevinding.' }).max(200),
  reden: z
    .string({ error: 'Leg vast waarom de beperkte bevinding toch in de brief komt.' })
    .trim()
    .min(1, { error: 'Leg vast waarom de beperkte bevinding toch in de brief komt.' })
    .max(2000, { error: 'Hoogstens 2000 tekens.' })
    .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, { error: 'De tekst bevat tekens die niet zijn toegestaan.' }),
});

export const brievenViewSchema = z.strictObject({
  brieven: z.array(
    z.strictObject({
      id: z.string(),
      soort: z.string(),
      titel: z.string(),
      sha256: z.string(),
      grootte: z.number(),
      gemaaktOp: z.string(),
      gemaaktDoor: z.string(),
      doorbrekingen: z.array(z.strictObject({ bevindingId: z.string(), reden: z.string() })),
    }),
  ),
  /** The assessment's findings with a use restriction: left out of letters unless overridden. */
  beperkteBevindingen: z.array(z.strictObject({ bevindingId: z.string(), omschrijving: z.string(), beperkingen: z.string() })),
});
export type BrievenView = z.infer<typeof brievenViewSchema>;

export const briefCalls = {
  'brieven.list': call(z.strictObject({ dossierId: dossierIdSchema }), brievenViewSchema),
  'brieven.internAdvies': call(
    z.strictObject({ dossierId: dossierIdSchema, doorbrekingen: z.array(doorbrekingSchema).max(200, { error: 'Hoogstens 200 doorbrekingen.' }) }),
    brievenViewSchema,
  ),
  'brieven.herstel': call(z.strictObject({ herstelId: z.uuid({ error: 'Onbekend herstelverzoek.' }) }), brievenViewSchema),
  'brieven.mededelingAdvies': call(z.strictObject({ verzoekId: z.uuid({ error: 'Onbekende adviesaanvraag.' }) }), brievenViewSchema),
  'briefhoofd.get': call(z.strictObject({}), z.strictObject({ briefhoofd: briefhoofdSchema.nullable() })),
  'briefhoofd.update': call(z.strictObject({ briefhoofd: briefhoofdSchema }), z.strictObject({ briefhoofd: briefhoofdSchema.nullable() })),
  'brieven.export': call(z.strictObject({ briefId: z.uuid({ error: 'Onbekende brief.' }), verstrekking: verstrekkingSchema }), z.strictObject({ exported: z.boolean() })),
} as const;

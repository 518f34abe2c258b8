import { z } from 'zod';
import { call } from './call';
import { enteredPassphraseSchema, noInput, passphraseSchema, recoveryKeyTextSchema, vaultStatusSchema } from './schemas';
import { MAX_BEWAREN, MIN_BEWAREN } from '../domain/reservekopie';

/*
 * Reservekopieën (issue 24 §2). The renderer never names a folder: main asks with a folder dialog (the preview with its
 * development folder) and keeps what was chosen. A snapshot to restore is named by its vault and time, as listed.
 */

export const backupRecordSchema = z.strictObject({
  id: z.string(),
  gemaaktOp: z.string(),
  snapshot: z.string().nullable(),
  aanleiding: z.enum(['handmatig', 'ontgrendelen', 'vergrendelen']),
  geslaagd: z.boolean(),
  grootte: z.number(),
  bijlagenGekopieerd: z.number(),
  /** Attachments whose file was already missing from the vault when the backup was made, so not in it. */
  bijlagenOntbraken: z.number(),
  melding: z.string(),
});
export type BackupRecordView = z.infer<typeof backupRecordSchema>;

export const backupStatusSchema = z.strictObject({
  /** The chosen backup folder, null while none is chosen. */
  map: z.string().nullable(),
  bewaren: z.number(),
  laatste: backupRecordSchema.nullable(),
  laatsteGeslaagd: backupRecordSchema.nullable(),
  achterstallig: z.boolean(),
  melding: z.string(),
  recent: z.array(backupRecordSchema),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

const snapshotListingSchema = z.strictObject({ vaultId: z.string(), naam: z.string(), gemaaktOp: z.string().nullable(), compleet: z.boolean() });
export type SnapshotListingView = z.infer<typeof snapshotListingSchema>;

const bewarenSchema = z
  .number({ error: 'Vul een aantal in.' })
  .int({ error: 'Vul een heel aantal in.' })
  .min(MIN_BEWAREN, { error: `Bewaar minstens ${MIN_BEWAREN} reservekopie.` })
  .max(MAX_BEWAREN, { error: `Hoogstens ${MAX_BEWAREN} reservekopieën.` });

const restoreKeySchema = z.union([
  z.strictObject({ wachtwoordzin: enteredPassphraseSchema }),
  z.strictObject({ herstelsleutel: recoveryKeyTextSchema, nieuweWachtwoordzin: passphraseSchema }),
]);

export const backupCalls = {
  'reservekopie.status': call(noInput, backupStatusSchema),
  'reservekopie.chooseFolder': call(noInput, backupStatusSchema),
  'reservekopie.setKeep': call(z.strictObject({ bewaren: bewarenSchema }), backupStatusSchema),
  'reservekopie.make': call(noInput, z.strictObject({ reservekopie: backupRecordSchema, status: backupStatusSchema })),
  'reservekopie.chooseRestoreFolder': call(
    noInput,
    z.strictObject({ gekozen: z.boolean(), snapshots: z.array(snapshotListingSchema), kluisAanwezig: z.boolean() }),
    true,
  ),
  'reservekopie.restore': call(
    z.strictObject({
      vaultId: z.uuid({ error: 'Kies een reservekopie uit de lijst.' }),
      snapshot: z.string({ error: 'Kies een reservekopie uit de lijst.' }).min(1, { error: 'Kies een reservekopie uit de lijst.' }).max(100),
      sleutel: restoreKeySchema,
      vervangBestaandeKluis: z.boolean().optional(),
    }),
    z.strictObject({ status: vaultStatusSchema, vorigeKluisOpzij: z.boolean() }),
    true,
  ),
};

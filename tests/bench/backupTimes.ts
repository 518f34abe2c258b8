import { performance } from 'node:perf_hooks';

/*
 * Backups (issue 24 §2): the time of a first backup into an empty backup folder and of a second one right after it, of
 * the same vault, through the dispatcher: checkpoint, copy of the database and key file, attachment files not yet
 * there, the sealed manifest, and the verification (integrity_check, cipher_integrity_check, row counts, attachment
 * files) plus the audited record. The second copies the database again but no attachment file.
 */

export interface BackupTimes {
  readonly firstMs: number;
  readonly secondMs: number;
  /** Bytes of the snapshot: the database copy plus the attachment files it names. */
  readonly snapshotBytes: number;
  readonly firstCopiedFiles: number;
  readonly secondCopiedFiles: number;
}

interface BackupRecord {
  readonly geslaagd: boolean;
  readonly grootte: number;
  readonly bijlagenGekopieerd: number;
  readonly melding: string;
}

/** `call` goes through the dispatcher of an app whose folder dialog of the backups chooses an empty folder. */
export async function measureBackupTimes(call: (name: string, payload: unknown) => Promise<unknown>): Promise<BackupTimes> {
  await call('reservekopie.chooseFolder', {});
  const timed = async () => {
    const start = performance.now();
    const { reservekopie } = (await call('reservekopie.make', {})) as { reservekopie: BackupRecord };
    const ms = performance.now() - start;
    if (!reservekopie.geslaagd) throw new Error(`backup failed: ${reservekopie.melding}`);
    return { ms, reservekopie };
  };
  const first = await timed();
  const second = await timed();
  return {
    firstMs: first.ms,
    secondMs: second.ms,
    snapshotBytes: second.reservekopie.grootte,
    firstCopiedFiles: first.reservekopie.bijlagenGekopieerd,
    secondCopiedFiles: second.reservekopie.bijlagenGekopieerd,
  };
}

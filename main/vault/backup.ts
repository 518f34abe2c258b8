import { closeSync, constants, copyFileSync, fsyncSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import type { VaultDatabase } from './database';
import { fsyncDirectory, writeFileAtomic } from './atomicWrite';
import type { AuditAnchor } from './keyFile';

/** What a backup's manifest says about it; no dossier data. */
export interface BackupManifest {
  readonly vaultId: string;
  readonly schemaVersion: number;
  readonly createdAt: string;
  /** The audit trail as it stood in the copy: its last record and hash, under the anchor key's MAC. */
  readonly auditAnchor: AuditAnchor;
}

/**
 * Writes a copy of the encrypted vault file beside it. The WAL is checkpointed into the main file first and
 * nothing else writes meanwhile (the vault is being opened), so the copy is complete. The copy is the same
 * ciphertext: it opens only with the vault key. (db.backup() is not used: it opens its target without a key.)
 * A manifest beside it names the vault, the schema version and the audit anchor of the copy.
 */
export function backupEncryptedVault(
  db: VaultDatabase,
  vaultFile: string,
  backupsFolder: string,
  label: string,
  now: Date,
  manifest: BackupManifest,
): string {
  db.pragma('wal_checkpoint(TRUNCATE)');
  mkdirSync(backupsFolder, { recursive: true, mode: 0o700 });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = path.join(backupsFolder, `vault-${label}-${stamp}.db`);
  copyFileSync(vaultFile, target, constants.COPYFILE_EXCL);
  const fd = openSync(target, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  // Beside the copy: what it is and how far its audit trail went, so that a restore can tell it from a copy cut short.
  writeFileAtomic(target.replace(/\.db$/, '.manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  fsyncDirectory(backupsFolder);
  return target;
}

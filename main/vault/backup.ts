import { closeSync, constants, copyFileSync, fsyncSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import type { VaultDatabase } from './database';
import { fsyncDirectory } from './atomicWrite';

/**
 * Writes a copy of the encrypted vault file beside it. The WAL is checkpointed into the main file first and
 * nothing else writes meanwhile (the vault is being opened), so the copy is complete. The copy is the same
 * ciphertext: it opens only with the vault key. (db.backup() is not used: it opens its target without a key.)
 */
export function backupEncryptedVault(db: VaultDatabase, vaultFile: string, backupsFolder: string, label: string, now: Date): string {
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
  fsyncDirectory(backupsFolder);
  return target;
}

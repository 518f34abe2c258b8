import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { derivePassphraseKey, unwrapKey } from '../../main/vault/keyCrypto';
import { readKeyFile } from '../../main/vault/keyFile';
import { createHandlers } from '../../main/ipc/handlers';
import { createDispatcher, type Dispatch } from '../../main/ipc/dispatch';
import { IdleLock } from '../../main/services/idleLock';
import type { ServiceContext } from '../../main/services/context';
import { configureVaultConnection, openEncryptedDatabase, type VaultDatabase } from '../../main/vault/database';
import { Vault, type VaultOptions } from '../../main/vault/vault';
import { setAuditChainKey } from '../../main/vault/repositories/auditLog';
import { useAttachmentFolder } from '../../main/files/attachmentStore';

/*
 * The comparison of issue 13: the same database, decrypted into a plain SQLite file with SQLCipher's own export,
 * served by the same services and dispatcher. The ratio encrypted/plain is then the cost of the encryption alone.
 */

/**
 * Writes a plaintext copy of a vault's database to `file`: the checkpointed file is copied, opened with the vault
 * key (unwrapped from the key file with the passphrase, as unlocking does) and decrypted in place with PRAGMA rekey.
 * Returns the time it took in ms.
 */
export async function exportPlainCopy(files: { database: string; keyFile: string }, passphrase: string, file: string): Promise<number> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const start = performance.now();
  const keyFile = readKeyFile(files.keyFile);
  const wrappingKey = await derivePassphraseKey(passphrase, Buffer.from(keyFile.passphrase.salt, 'base64'), keyFile.passphrase.iterations);
  const vaultKey = unwrapKey(keyFile.passphrase.wrapped, wrappingKey, keyFile.vaultId, 'passphrase');
  if (!vaultKey) throw new Error('wrong passphrase for the benchmark vault');
  copyFileSync(files.database, file);
  const copy = openEncryptedDatabase(file, vaultKey, { mustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    copy.pragma("rekey = ''");
  } finally {
    copy.close();
    vaultKey.fill(0);
  }
  return performance.now() - start;
}

/** A vault whose database is a plain SQLite file: always unlocked, no key. For the benchmark only. */
class PlainVault extends Vault {
  constructor(
    private readonly plain: VaultDatabase,
    options: VaultOptions,
  ) {
    super(options);
  }
  override state() {
    return 'unlocked' as const;
  }
  override database(): VaultDatabase {
    return this.plain;
  }
  override transaction<T>(work: (db: VaultDatabase) => T): T {
    return this.plain.transaction(() => work(this.plain)).immediate();
  }
  override lock(): void {
    if (this.plain.open) this.plain.close();
  }
}

/** Opens the plain copy with the vault's pragmas and composes the same services around it. */
export function openPlainApp(file: string, options: { dataFolder: string; now: () => Date }): { dispatch: Dispatch; db: VaultDatabase; close(): void; openMs: number } {
  const start = performance.now();
  const db = new Database(file, { fileMustExist: true });
  configureVaultConnection(db);
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  // Audit records are chained with an HMAC (issue 21 §2): the copy gets a chain key of its own, so that each write
  // costs what it costs in the vault; the copy's chain is never verified.
  setAuditChainKey(db, randomBytes(32));
  // Attachments are files beside the database (issue 24 §1): the copy writes them into a folder of its own.
  useAttachmentFolder(db, path.join(options.dataFolder, 'bijlagen'));
  const openMs = performance.now() - start;
  const vault = new PlainVault(db, { dataFolder: options.dataFolder, now: options.now });
  const ctx: ServiceContext = { vault, actor: 'benchmark', now: options.now };
  const idle = new IdleLock(() => options.now().getTime(), () => undefined);
  const dispatch = createDispatcher({ handlers: createHandlers(ctx, idle), vault, isTrustedSender: () => true, onActivity: () => undefined, reportInternalError: (call, name) => console.error(`[bench] ${call}: ${name}`) });
  return { dispatch, db, openMs, close: () => vault.lock() };
}

import Database from 'better-sqlite3-multiple-ciphers';
import { BibobError } from '../../src/contract/errors';
import { cacheStatements } from './statementCache';

export type VaultDatabase = Database.Database;

/**
 * Opens a SQLCipher 4 database (the SQLCipher v4 scheme with legacy=4, so any SQLCipher 4 tool opens it with
 * the vault key) keyed with a raw 256-bit key. Cipher and key are set before any other statement, and the key
 * is checked with a read, because PRAGMA key accepts a wrong key silently.
 */
export function openEncryptedDatabase(file: string, vaultKey: Buffer, options: { mustExist: boolean; readonly?: boolean }): VaultDatabase {
  const db = new Database(file, { fileMustExist: options.mustExist, readonly: options.readonly ?? false });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${vaultKey.toString('hex')}'"`);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch {
    db.close();
    throw new BibobError(
      'VAULT_DAMAGED',
      'De kluis past niet bij het sleutelbestand of is beschadigd. Zet beide bestanden uit dezelfde back-up terug.',
    );
  }
  return db;
}

/**
 * The settings of a connection the services use: durability, no plaintext outside the encrypted file (temp
 * tables in memory, freed pages overwritten), and one prepared statement per SQL text.
 */
export function configureVaultConnection(db: VaultDatabase): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = ON');
  // 64 MiB of decrypted page cache (in memory only): lists and searches stay off the decryption path.
  db.pragma('cache_size = -65536');
  cacheStatements(db);
}

export function schemaVersion(db: VaultDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}

import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { openEncryptedDatabase } from '../../main/vault/database';
import { KEY_FILE_FORMAT } from '../../main/vault/keyFile';
import { MAX_PBKDF2_ITERATIONS, deriveAuditKeys } from '../../main/vault/keyCrypto';
import { currentAnchor } from '../../main/vault/auditAnchor';
import type { BackupManifest } from '../../main/vault/backup';
import { applyMigrations, latestVersion, migrations } from '../../main/vault/migrations';
import type { Migration } from '../../main/vault/migrations';
import { folderFingerprint, removeTempFolders, sha256OfFile, tempFolder } from '../support/tempFolders';
import { OTHER_PASSPHRASE, PASSPHRASE, testApp, testVault, trustedSender, vaultKeyFor } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

function addDossierRow(db: Database.Database, zaaknummer: string): void {
  db.prepare(
    "INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at) VALUES (?, ?, 'horeca', 'Testcafé B.V.', '2026-11-23', '2026-11-23')",
  ).run(`id-${zaaknummer}`, zaaknummer);
}

function zaaknummers(db: Database.Database): string[] {
  return (db.prepare('SELECT zaaknummer FROM dossier ORDER BY zaaknummer').all() as { zaaknummer: string }[]).map((r) => r.zaaknummer);
}

/** Opens a file as an attacker without a key would. */
function readsWithoutKey(file: string): boolean {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

describe('vault', () => {
  it('is absent in an empty data folder, and unlocked right after creation with a recovery key to write down', async () => {
    const folder = tempFolder();
    const vault = testVault({ dataFolder: folder });
    expect(vault.state()).toBe('absent');
    const { recoveryKey } = await vault.create(PASSPHRASE);
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(vault.state()).toBe('unlocked');
    expect(existsSync(path.join(folder, 'vault.db'))).toBe(true);
    expect(existsSync(path.join(folder, 'vault.keys.json'))).toBe(true);
    await expect(vault.create(PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_EXISTS' });
  });

  it('applies the durability and no-plaintext pragmas', async () => {
    const vault = testVault({ dataFolder: tempFolder() });
    await vault.create(PASSPHRASE);
    const db = vault.database();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('locks, and unlocks again with the passphrase with its content intact', async () => {
    const folder = tempFolder();
    const vault = testVault({ dataFolder: folder });
    await vault.create(PASSPHRASE);
    addDossierRow(vault.database(), 'Z-1');
    vault.lock();
    expect(vault.state()).toBe('locked');
    expect(() => vault.database()).toThrow(expect.objectContaining({ code: 'VAULT_LOCKED' }));

    const reopened = testVault({ dataFolder: folder });
    expect(reopened.state()).toBe('locked');
    await reopened.unlock(PASSPHRASE);
    expect(zaaknummers(reopened.database())).toEqual(['Z-1']);
  });

  it('refuses a wrong passphrase with a Dutch message and writes nothing but the count of failed attempts', async () => {
    const folder = tempFolder();
    const vault = testVault({ dataFolder: folder, now: () => new Date('2026-11-23T10:00:00Z') });
    await vault.create(PASSPHRASE);
    vault.lock();
    const before = folderFingerprint(folder);
    const error = await vault.unlock(OTHER_PASSPHRASE).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect((error as Error).message).toMatch(/wachtwoordzin klopt niet/);
    expect(vault.state()).toBe('locked');
    const { 'vault.attempts.json': attempts, ...after } = folderFingerprint(folder);
    expect(after).toEqual(before);
    expect(attempts).toBeDefined();
    // Only how many attempts failed and when: no passphrase, key or salt.
    expect(JSON.parse(readFileSync(path.join(folder, 'vault.attempts.json'), 'utf8'))).toEqual({ failures: 1, lastFailureAt: Date.parse('2026-11-23T10:00:00Z') });
    await vault.unlock(PASSPHRASE);
    expect(existsSync(path.join(folder, 'vault.attempts.json'))).toBe(false);
  });

  it('keeps the wait after wrong passphrases across a restart of the app', async () => {
    let clock = Date.parse('2026-11-23T10:00:00Z');
    const folder = tempFolder();
    const now = () => new Date(clock);
    const first = testVault({ dataFolder: folder, now });
    await first.create(PASSPHRASE);
    first.lock();
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await expect(first.unlock(OTHER_PASSPHRASE)).rejects.toMatchObject({ code: attempt < 3 ? 'WRONG_PASSPHRASE' : 'TOO_MANY_ATTEMPTS' });
    }
    // A new app on the same folder: the third failure's second of waiting still holds, also for the right passphrase.
    const restarted = testVault({ dataFolder: folder, now });
    await expect(restarted.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/over 1 seconde/) });
    await expect(restarted.unlockWithRecoveryKey('ABCD', OTHER_PASSPHRASE)).rejects.toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    clock += 1000;
    await restarted.unlock(PASSPHRASE);
    expect(restarted.state()).toBe('unlocked');
    restarted.lock();
    // The success cleared the count: the next restart starts afresh.
    await expect(testVault({ dataFolder: folder, now }).unlock(OTHER_PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });

  it('a new vault does not inherit the failed attempts of an earlier one in the folder', async () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, 'vault.attempts.json'), JSON.stringify({ failures: 12, lastFailureAt: Date.parse('2026-11-23T10:00:00Z') }));
    const vault = testVault({ dataFolder: folder, now: () => new Date('2026-11-23T10:00:01Z') });
    await vault.create(PASSPHRASE);
    vault.lock();
    await vault.unlock(PASSPHRASE);
    expect(vault.state()).toBe('unlocked');
  });

  it('a clock set back does not make the wait longer than the delay', async () => {
    let clock = Date.parse('2026-11-23T10:00:00Z');
    const folder = tempFolder();
    const vault = testVault({ dataFolder: folder, now: () => new Date(clock) });
    await vault.create(PASSPHRASE);
    vault.lock();
    for (let attempt = 0; attempt < 3; attempt += 1) await expect(vault.unlock(OTHER_PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    clock -= 24 * 3600_000;
    await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'TOO_MANY_ATTEMPTS', details: { retryAfterMs: 1000 } });
  });

  it('takes twenty simultaneous attempts in turn: the third failure makes the rest wait', async () => {
    const folder = tempFolder();
    const vault = testVault({ dataFolder: folder, now: () => new Date('2026-11-23T10:00:00Z') });
    await vault.create(PASSPHRASE);
    vault.lock();
    const results = await Promise.all(Array.from({ length: 20 }, () => vault.unlock(OTHER_PASSPHRASE).then(() => 'ok', (error: { code: string }) => error.code)));
    expect(results).toEqual([...Array<string>(3).fill('WRONG_PASSPHRASE'), ...Array<string>(17).fill('TOO_MANY_ATTEMPTS')]);
    expect(JSON.parse(readFileSync(path.join(folder, 'vault.attempts.json'), 'utf8'))).toMatchObject({ failures: 3 });
  });

  it('makes repeated wrong passphrases wait longer and longer, even for the right one', async () => {
    let clock = Date.parse('2026-11-23T10:00:00Z');
    const vault = testVault({ dataFolder: tempFolder(), now: () => new Date(clock) });
    await vault.create(PASSPHRASE);
    vault.lock();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await expect(vault.unlock(OTHER_PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    }
    // Third failure: one second of waiting.
    await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    clock += 1000;
    await expect(vault.unlock(OTHER_PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    // Fourth failure: two seconds; one is not enough.
    clock += 1000;
    await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/over 1 seconde/) });
    clock += 1000;
    await vault.unlock(PASSPHRASE);
    expect(vault.state()).toBe('unlocked');
  });

  it('unlocks with the recovery key and sets a new passphrase; the old one no longer opens the vault', async () => {
    const folder = tempFolder();
    const vault = testVault({ dataFolder: folder });
    const { recoveryKey } = await vault.create(PASSPHRASE);
    addDossierRow(vault.database(), 'Z-2');
    vault.lock();

    await expect(vault.unlockWithRecoveryKey('0000-'.repeat(12) + '0000', OTHER_PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_RECOVERY_KEY' });
    await expect(vault.unlockWithRecoveryKey('geen sleutel', OTHER_PASSPHRASE)).rejects.toMatchObject({ code: 'VALIDATION' });
    // Written on paper: lower case and spaces instead of hyphens are accepted.
    await vault.unlockWithRecoveryKey(recoveryKey.toLowerCase().replace(/-/g, ' '), OTHER_PASSPHRASE);
    expect(zaaknummers(vault.database())).toEqual(['Z-2']);
    vault.lock();

    await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await vault.unlock(OTHER_PASSPHRASE);
    expect(vault.state()).toBe('unlocked');
  });

  it('changes the passphrase by rewrapping the same vault key, without re-encrypting the database', async () => {
    const folder = tempFolder();
    const vault = testVault({ dataFolder: folder });
    const { recoveryKey } = await vault.create(PASSPHRASE);
    const keyBefore = await vaultKeyFor(folder, PASSPHRASE);

    await expect(vault.changePassphrase(OTHER_PASSPHRASE, 'nog een andere zin 123')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await vault.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE);
    expect(await vaultKeyFor(folder, OTHER_PASSPHRASE)).toEqual(keyBefore);
    await expect(vaultKeyFor(folder, PASSPHRASE)).rejects.toThrow();
    vault.lock();

    await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await vault.unlock(OTHER_PASSPHRASE);
    vault.lock();
    // The recovery key still opens it.
    await vault.unlockWithRecoveryKey(recoveryKey, 'derde wachtwoordzin hier');
    expect(vault.state()).toBe('unlocked');
  });

  it.each([
    { crashPoint: 'afterTempWritten' as const, opensWith: 'old' },
    { crashPoint: 'afterRename' as const, opensWith: 'new' },
  ])('a crash during a passphrase change ($crashPoint) leaves a vault that opens with the $opensWith passphrase', async ({ crashPoint, opensWith }) => {
    const folder = tempFolder();
    const crash = () => {
      throw new Error('simulated crash');
    };
    const vault = testVault({ dataFolder: folder, keyFileWriteHooks: { [crashPoint]: crash } });
    await vault.create(PASSPHRASE);
    addDossierRow(vault.database(), 'Z-3');
    await expect(vault.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE)).rejects.toThrow('simulated crash');
    vault.lock();

    // "Restart": a new process reads what is on disk.
    const restarted = testVault({ dataFolder: folder });
    const [works, fails] = opensWith === 'old' ? [PASSPHRASE, OTHER_PASSPHRASE] : [OTHER_PASSPHRASE, PASSPHRASE];
    await expect(restarted.unlock(fails)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await restarted.unlock(works);
    expect(zaaknummers(restarted.database())).toEqual(['Z-3']);
    expect(readdirSync(folder).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('refuses a vault written by a newer app version and leaves it untouched', async () => {
    const folder = tempFolder();
    const vault = testVault({ dataFolder: folder });
    await vault.create(PASSPHRASE);
    vault.database().pragma('user_version = 99');
    vault.lock();
    const before = folderFingerprint(folder);

    const error = await vault.unlock(PASSPHRASE).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VAULT_TOO_NEW' });
    expect((error as Error).message).toMatch(/nieuwere versie/);
    expect(vault.state()).toBe('locked');
    expect(folderFingerprint(folder)).toEqual(before);
  });

  it('refuses a key file from a newer app version', async () => {
    const folder = tempFolder();
    const vault = testVault({ dataFolder: folder });
    await vault.create(PASSPHRASE);
    vault.lock();
    writeFileSync(path.join(folder, 'vault.keys.json'), JSON.stringify({ format: KEY_FILE_FORMAT + 1 }));
    await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_TOO_NEW' });
  });

  it.each([
    ['2^31−1 (hung an unlock for minutes)', 2 ** 31 - 1],
    ['10^10 (more than pbkdf2 takes: INTERNAL)', 1e10],
    ['one more than the maximum', MAX_PBKDF2_ITERATIONS + 1],
  ])('refuses a key file asking for %s iterations as damaged, without deriving a key', async (_, iterations) => {
    const folder = tempFolder();
    const vault = testVault({ dataFolder: folder });
    await vault.create(PASSPHRASE);
    vault.lock();
    const keyFile = path.join(folder, 'vault.keys.json');
    const content = JSON.parse(readFileSync(keyFile, 'utf8')) as { passphrase: { iterations: number } };
    content.passphrase.iterations = iterations;
    writeFileSync(keyFile, JSON.stringify(content));
    const started = Date.now();
    const error = await vault.unlock(PASSPHRASE).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VAULT_DAMAGED', message: expect.stringContaining('5.000.000 rondes') });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(vault.state()).toBe('locked');
  });

  it('never overwrites a database whose key file is missing', async () => {
    const folder = tempFolder();
    const vault = testVault({ dataFolder: folder });
    await vault.create(PASSPHRASE);
    vault.lock();
    const database = path.join(folder, 'vault.db');
    const hash = sha256OfFile(database);
    writeFileSync(path.join(folder, 'moved-away.json'), '');
    const keyFile = path.join(folder, 'vault.keys.json');
    const { renameSync } = await import('node:fs');
    renameSync(keyFile, `${keyFile}.elsewhere`);
    const fresh = testVault({ dataFolder: folder });
    expect(fresh.state()).toBe('locked');
    await expect(fresh.create(PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_EXISTS' });
    await expect(fresh.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_DAMAGED' });
    expect(sha256OfFile(database)).toBe(hash);
  });
});

describe('new passphrases through the dispatcher', () => {
  it('refuses one that is easy to guess, at its field, with how fast it falls, for a new vault, a passphrase change and a reset', async () => {
    const folder = tempFolder();
    const app = testApp(folder);
    const weak = await app.dispatch('vault.create', { passphrase: 'welkom123456' }, trustedSender);
    expect(weak).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const issues = (weak as { error: { details: { issues: { path: string; message: string }[] } } }).error.details.issues;
    expect(issues).toEqual([{ path: 'passphrase', message: expect.stringMatching(/^Te makkelijk te raden: .*met één videokaart in /) }]);
    expect(existsSync(path.join(folder, 'vault.keys.json'))).toBe(false);

    const { recoveryKey } = await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
    const change = await app.dispatch('vault.changePassphrase', { currentPassphrase: PASSPHRASE, newPassphrase: 'Wachtwoord2026!' }, trustedSender);
    expect(change).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'newPassphrase' }] } } });
    await callOk(app, 'vault.lock');
    const reset = await app.dispatch('vault.unlockWithRecoveryKey', { recoveryKey, newPassphrase: 'aaaaaaaaaaaa' }, trustedSender);
    expect(reset).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'newPassphrase' }] } } });
    // Nothing changed: the first passphrase still opens the vault.
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    app.shutdown();
  });
});

describe('vault migrations', () => {
  const LATEST = latestVersion(migrations);
  const addNotes: Migration = {
    version: LATEST + 1,
    name: 'test: notities',
    up(db) {
      db.exec('CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    },
  };
  const failing: Migration = {
    version: LATEST + 1,
    name: 'test: faalt halverwege',
    up(db) {
      db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY)');
      throw new Error('migration failed');
    },
  };

  it('writes an encrypted backup beside the vault before migrating, and the backup opens only with the key', async () => {
    const folder = tempFolder();
    const oldApp = testVault({ dataFolder: folder, migrations });
    await oldApp.create(PASSPHRASE);
    addDossierRow(oldApp.database(), 'Z-4');
    oldApp.lock();

    const newApp = testVault({ dataFolder: folder, migrations: [...migrations, addNotes] });
    await newApp.unlock(PASSPHRASE);
    expect(newApp.database().pragma('user_version', { simple: true })).toBe(LATEST + 1);
    expect(newApp.database().prepare("SELECT name FROM sqlite_master WHERE name = 'note'").get()).toBeTruthy();
    const backup = newApp.lastBackup!;
    expect(path.dirname(backup)).toBe(path.join(folder, 'backups'));
    newApp.lock();

    expect(readsWithoutKey(backup)).toBe(false);
    const key = await vaultKeyFor(folder, PASSPHRASE);
    const restored = openEncryptedDatabase(backup, key, { mustExist: true });
    try {
      expect(restored.pragma('user_version', { simple: true })).toBe(LATEST);
      expect(zaaknummers(restored)).toEqual(['Z-4']);
      // Its manifest names the vault and anchors the copy's audit trail, with a MAC under the vault's anchor key.
      const manifest = JSON.parse(readFileSync(backup.replace(/\.db$/, '.manifest.json'), 'utf8')) as BackupManifest;
      const keyFile = JSON.parse(readFileSync(path.join(folder, 'vault.keys.json'), 'utf8')) as { vaultId: string };
      expect(manifest).toMatchObject({ vaultId: keyFile.vaultId, schemaVersion: LATEST });
      const { anchorKey } = deriveAuditKeys(key, keyFile.vaultId);
      expect(manifest.auditAnchor).toEqual(currentAnchor(restored, anchorKey, keyFile.vaultId));
    } finally {
      restored.close();
    }
    const wrongKey = Buffer.alloc(32, 7);
    expect(() => openEncryptedDatabase(backup, wrongKey, { mustExist: true })).toThrow(expect.objectContaining({ code: 'VAULT_DAMAGED' }));
  });

  it('does not back up or migrate a vault that is already current', async () => {
    const folder = tempFolder();
    const vault = testVault({ dataFolder: folder });
    await vault.create(PASSPHRASE);
    vault.lock();
    await vault.unlock(PASSPHRASE);
    expect(vault.lastBackup).toBeNull();
    expect(existsSync(path.join(folder, 'backups'))).toBe(false);
  });

  it('rolls a failing migration back completely and leaves the vault at its previous version', async () => {
    const folder = tempFolder();
    const vault = testVault({ dataFolder: folder });
    await vault.create(PASSPHRASE);
    vault.lock();

    const broken = testVault({ dataFolder: folder, migrations: [...migrations, failing] });
    await expect(broken.unlock(PASSPHRASE)).rejects.toThrow('migration failed');
    expect(broken.state()).toBe('locked');

    const current = testVault({ dataFolder: folder });
    await current.unlock(PASSPHRASE);
    expect(current.database().pragma('user_version', { simple: true })).toBe(LATEST);
    expect(current.database().prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
  });

  it('applyMigrations refuses a list whose numbers do not rise', async () => {
    const folder = tempFolder();
    const key = Buffer.alloc(32, 1);
    const db = openEncryptedDatabase(path.join(folder, 'gap.db'), key, { mustExist: false });
    try {
      expect(() => applyMigrations(db, [migrations[0]!, { ...addNotes, version: 1 }])).toThrow(/expected more than 1/);
      expect(() => applyMigrations(db, [migrations[1]!, migrations[0]!])).toThrow(/expected more than 2/);
    } finally {
      db.close();
    }
  });
});

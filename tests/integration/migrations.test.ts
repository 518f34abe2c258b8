import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { openEncryptedDatabase, type VaultDatabase } from '../../main/vault/database';
import { applyMigrations, migrations } from '../../main/vault/migrations';
import { removeTempFolders, tempFolder } from '../support/tempFolders';

afterEach(removeTempFolders);

/** A vault database at version `version - 1`, ready for migration `version` alone. */
function databaseBefore(version: number): VaultDatabase {
  const db = openEncryptedDatabase(path.join(tempFolder('migration'), 'vault.db'), Buffer.alloc(32, 9), { mustExist: false });
  applyMigrations(db, migrations.slice(0, version - 1));
  return db;
}

function tableNames(db: VaultDatabase): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

describe('migration 001: dossiers and audit trail', () => {
  it('creates the dossier table with a unique zaaknummer and a closed list of toepassingsgebieden', () => {
    const db = databaseBefore(1);
    applyMigrations(db, migrations.slice(0, 1));
    expect(tableNames(db)).toEqual(['audit_log', 'dossier']);
    const insert = db.prepare("INSERT INTO dossier VALUES (?, ?, ?, 'Naam', 'x', 'x')");
    insert.run('a', 'Z-1', 'wabo');
    expect(() => insert.run('b', 'Z-1', 'horeca')).toThrow(/UNIQUE/);
    expect(() => insert.run('c', 'Z-2', 'subsidie')).toThrow(/CHECK/);
    db.close();
  });

  it('makes the audit log append-only', () => {
    const db = databaseBefore(1);
    applyMigrations(db, migrations.slice(0, 1));
    db.prepare("INSERT INTO audit_log (at, actor, action, entity_type, entity_id, details, prev_hash, hash) VALUES ('t', 'a', 'x', 'dossier', NULL, '{}', 'p', 'h')").run();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'b'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.close();
  });
});

describe('migration 002: settings', () => {
  it('adds a key/value settings table to a version-1 vault without touching its dossiers', () => {
    const db = databaseBefore(2);
    db.prepare("INSERT INTO dossier VALUES ('a', 'Z-1', 'vastgoed', 'Naam', 'x', 'x')").run();
    applyMigrations(db, migrations.slice(0, 2));
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(tableNames(db)).toContain('setting');
    expect(db.prepare('SELECT count(*) AS n FROM dossier').get()).toEqual({ n: 1 });
    db.close();
  });
});

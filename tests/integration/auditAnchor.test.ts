import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { App } from '../../main/app';
import { auditChainKey, auditHash, GENESIS_HASH, listAudit } from '../../main/vault/repositories/auditLog';
import { migrations } from '../../main/vault/migrations';
import { legacyAuditHash } from '../../main/vault/migrations/035_bewaren_en_vernietigen';
import type { VaultDatabase } from '../../main/vault/database';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, testApp, testVault } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

async function appWithHistory(): Promise<{ app: App; folder: string }> {
  const folder = tempFolder('anchor');
  const app = testApp(folder);
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
  for (const naam of ['Eerste B.V.', 'Tweede B.V.', 'Derde B.V.']) {
    await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: naam });
  }
  return { app, folder };
}

/** Someone who bypasses the app: drops the append-only guards. */
function dropGuards(db: VaultDatabase): void {
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
}

function lastSeq(db: VaultDatabase): number {
  return (db.prepare('SELECT MAX(seq) AS seq FROM audit_log').get() as { seq: number }).seq;
}

describe('the audit trail anchored in the key file (issue 21 §2)', () => {
  it('is written at every lock and verifies as in order', async () => {
    const { app, folder } = await appWithHistory();
    await callOk(app, 'vault.lock');
    const anchored = JSON.parse(readFileSync(path.join(folder, 'vault.keys.json'), 'utf8')) as { format: number; auditAnchor: { seq: number } };
    expect(anchored.format).toBe(2);
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    const result = await callOk(app, 'audit.verify');
    expect(result).toMatchObject({ intact: true, firstBrokenSeq: null, anker: { toestand: 'in-orde' } });
    // The first write after unlocking (the unlock's own record) brought the anchor up to date.
    expect(result.anker.volgnummer).toBeGreaterThan(anchored.auditAnchor.seq);
    app.shutdown();
  });

  it('sees the last records deleted: the chain alone still verifies, the anchor does not', async () => {
    const { app } = await appWithHistory();
    await callOk(app, 'vault.lock');
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    const db = app.vault.database();
    const before = lastSeq(db);
    dropGuards(db);
    // Cut away the unlock and the last dossier's records: fewer records than the key file names.
    db.prepare('DELETE FROM audit_log WHERE seq > ?').run(before - 3);
    const result = await callOk(app, 'audit.verify');
    expect(result.intact).toBe(true);
    expect(result.anker.toestand).toBe('ingekort');
    expect(result.anker.melding).toMatch(/^De audittrail is ingekort of teruggezet: het sleutelbestand legde regels vast tot en met nummer \d+, de kluis heeft er \d+\.$/);
    app.shutdown();
  });

  it('sees a record rewritten with the later hashes recomputed: without the chain key the chain breaks, with it the anchor', async () => {
    const { app } = await appWithHistory();
    await callOk(app, 'vault.lock');
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    const db = app.vault.database();
    dropGuards(db);
    const entries = listAudit(db);
    const target = entries.find((entry) => entry.action === 'dossier.aangemaakt')!;
    const rechain = (key: Buffer | null) => {
      let previous = target.seq === 1 ? GENESIS_HASH : entries[target.seq - 2]!.hash;
      for (const entry of entries.filter((e) => e.seq >= target.seq)) {
        const changed = entry.seq === target.seq ? { ...entry, actor: 'iemand anders' } : entry;
        const hash = auditHash(previous, changed, key);
        db.prepare('UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(changed.actor, previous, hash, entry.seq);
        previous = hash;
      }
    };
    // With the database file alone (plain SHA-256, as anyone could recompute it): the chain breaks at the record.
    rechain(null);
    expect(await callOk(app, 'audit.verify')).toMatchObject({ intact: false, firstBrokenSeq: target.seq });
    // Even with the chain key (someone who has the vault key): the anchor names a record that is no longer there.
    rechain(auditChainKey(db));
    const result = await callOk(app, 'audit.verify');
    expect(result.anker.toestand).toBe('herschreven');
    expect(result.anker.melding).toContain('De audittrail is herschreven of teruggezet');
    app.shutdown();
  });

  it('sees an older copy of vault.db put back beside the current key file', async () => {
    const { app, folder } = await appWithHistory();
    await callOk(app, 'vault.lock');
    const database = path.join(folder, 'vault.db');
    const older = path.join(tempFolder('older'), 'vault.db');
    copyFileSync(database, older);
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    await callOk(app, 'dossiers.create', { toepassingsgebied: 'wabo', aanvragerNaam: 'Vierde B.V.' });
    await callOk(app, 'vault.lock');
    app.shutdown();

    copyFileSync(older, database);
    rmSync(`${database}-wal`, { force: true });
    rmSync(`${database}-shm`, { force: true });
    const restarted = testApp(folder);
    await callOk(restarted, 'vault.unlock', { passphrase: PASSPHRASE });
    const result = await callOk(restarted, 'audit.verify');
    expect(result.intact).toBe(true);
    expect(result.anker.toestand).toBe('ingekort');
    // The key file keeps the evidence: working on, locking and unlocking again does not anchor the older copy.
    await callOk(restarted, 'dossiers.create', { toepassingsgebied: 'wabo', aanvragerNaam: 'Vijfde B.V.' });
    await callOk(restarted, 'vault.lock');
    await callOk(restarted, 'vault.unlock', { passphrase: PASSPHRASE });
    expect((await callOk(restarted, 'audit.verify')).anker.toestand).not.toBe('in-orde');
    restarted.shutdown();
  });

  it('sees an anchor edited in the key file', async () => {
    const { app, folder } = await appWithHistory();
    await callOk(app, 'vault.lock');
    const keyFile = path.join(folder, 'vault.keys.json');
    const content = JSON.parse(readFileSync(keyFile, 'utf8')) as { auditAnchor: { seq: number } };
    content.auditAnchor.seq -= 1;
    writeFileSync(keyFile, JSON.stringify(content));
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    expect((await callOk(app, 'audit.verify')).anker.toestand).toBe('ongeldig');
    app.shutdown();
  });

  it('keeps verifying the SHA-256 records of a vault from before the chain key, and covers them by the first keyed record', async () => {
    const folder = tempFolder('legacy');
    // A vault of the previous schema with two records as the previous version wrote them (plain SHA-256).
    const legacy = testVault({ dataFolder: folder, migrations: migrations.filter((m) => m.version < 24) });
    await legacy.create(PASSPHRASE);
    const db = legacy.database();
    let previous = GENESIS_HASH;
    for (const action of ['dossier.aangemaakt', 'dossier.bekeken']) {
      const entry = { at: '2026-11-01T10:00:00.000Z', actor: 'C. Grasmuis', action, entityType: 'dossier', entityId: 'd1', details: {} };
      const hash = legacyAuditHash(previous, entry, null);
      db.prepare('INSERT INTO audit_log (at, actor, action, entity_type, entity_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
        entry.at, entry.actor, entry.action, entry.entityType, entry.entityId, '{}', previous, hash,
      );
      previous = hash;
    }
    legacy.lock();

    const app = testApp(folder);
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Nieuw B.V.' });
    expect(await callOk(app, 'audit.verify')).toMatchObject({ intact: true, firstBrokenSeq: null });

    // Rewriting an old record and its SHA-256 hash breaks the chain at the first keyed record, whose HMAC covers it.
    const current = app.vault.database();
    dropGuards(current);
    const first = listAudit(current)[0]!;
    const rewritten = { ...first, actor: 'iemand anders' };
    current.prepare('UPDATE audit_log SET actor = ?, hash = ? WHERE seq = 1').run(rewritten.actor, auditHash(GENESIS_HASH, rewritten, null));
    current.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = 2').run(
      auditHash(GENESIS_HASH, rewritten, null),
      auditHash(auditHash(GENESIS_HASH, rewritten, null), listAudit(current)[1]!, null),
    );
    expect(await callOk(app, 'audit.verify')).toMatchObject({ intact: false, firstBrokenSeq: 3 });
    app.shutdown();
  });
});

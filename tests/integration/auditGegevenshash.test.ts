import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { latestVersion, migrations } from '../../main/vault/migrations';
import { schemaVersion } from '../../main/vault/database';
import { auditChainKey, GENESIS_HASH, listAudit } from '../../main/vault/repositories/auditLog';
import { legacyAuditHash } from '../../main/vault/migrations/035_bewaren_en_vernietigen';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, testApp, testVault } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

interface Verification {
  intact: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  anker: { toestand: string; volgnummer: number | null };
}

const before035 = migrations.filter((migration) => migration.version < 35);

/**
 * A vault of the version before 035 with records as that version wrote them (HMAC under the chain key over the
 * details themselves), locked, so its key file anchors them.
 */
async function vaultBefore035(): Promise<{ folder: string; records: number }> {
  const folder = tempFolder('gegevenshash');
  const old = testVault({ dataFolder: folder, migrations: before035 });
  await old.create(PASSPHRASE);
  const db = old.database();
  const key = auditChainKey(db);
  const insert = db.prepare('INSERT INTO audit_log (at, actor, action, entity_type, entity_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  let previous = GENESIS_HASH;
  const records = [
    { action: 'dossier.aangemaakt', details: { aanvragerNaam: 'Café De Oude Keten B.V.', zaaknummer: 'BIBOB-2026-001' } },
    { action: 'dossier.bekeken', details: {} },
    { action: 'dossier.gewijzigd', details: { notities: ['', 'Eigenaar ook bekend van Grill Oost'] } },
  ];
  for (const record of records) {
    const entry = { at: '2026-11-01T10:00:00.000Z', actor: 'C. Grasmuis', action: record.action, entityType: 'dossier', entityId: 'd1', details: record.details };
    const hash = legacyAuditHash(previous, entry, key);
    insert.run(entry.at, entry.actor, entry.action, entry.entityType, entry.entityId, JSON.stringify(entry.details), previous, hash);
    previous = hash;
  }
  old.lock();
  return { folder, records: records.length };
}

describe('migration 035: the audit chain over a hash of each record’s details', () => {
  it('converts the chain of a vault made at the previous version: it verifies, its anchor is in order, every record has its details hash', async () => {
    const { folder, records } = await vaultBefore035();
    const app = testApp(folder);
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    const db = app.vault.database();
    expect(schemaVersion(db)).toBe(latestVersion(migrations));
    const entries = listAudit(db);
    expect(entries.length).toBeGreaterThan(records);
    for (const entry of entries) {
      expect(entry.detailsHash).toMatch(/^[0-9a-f]{64}$/);
      expect(entry.detailsSalt).toMatch(/^[0-9a-f]{32}$/);
    }
    // The details themselves are unchanged by the conversion.
    expect(entries.find((entry) => entry.action === 'dossier.gewijzigd')?.details).toEqual({ notities: ['', 'Eigenaar ook bekend van Grill Oost'] });
    expect(await callOk(app, 'audit.verify')).toMatchObject({ intact: true, firstBrokenSeq: null, anker: { toestand: 'in-orde' } });
    // And again after a lock and unlock: the key file anchors the converted chain.
    await callOk(app, 'vault.lock');
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    expect(await callOk(app, 'audit.verify')).toMatchObject({ intact: true, anker: { toestand: 'in-orde' } });
    app.shutdown();
  });

  it('does not make a chain that was broken before whole: the break stays at the same record', async () => {
    const { folder } = await vaultBefore035();
    // Someone changed record 2 behind the app's back, in the previous version.
    const tamper = testVault({ dataFolder: folder, migrations: before035 });
    await tamper.unlock(PASSPHRASE);
    const oldDb = tamper.database();
    oldDb.exec('DROP TRIGGER audit_log_no_update');
    oldDb.prepare("UPDATE audit_log SET actor = 'iemand anders' WHERE seq = 2").run();
    tamper.lock();
    const keyFileBefore = JSON.parse(readFileSync(path.join(folder, 'vault.keys.json'), 'utf8')) as { auditAnchor: unknown };

    const app = testApp(folder);
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    expect(await callOk(app, 'audit.verify')).toMatchObject({ intact: false, firstBrokenSeq: 2 });
    expect(listAudit(app.vault.database()).every((entry) => /^[0-9a-f]{64}$/.test(entry.detailsHash))).toBe(true);
    // The anchor was in order (record 2 was changed, the last one not), so it moves to the converted chain; the break
    // itself is what verification reports.
    app.shutdown();
    expect(keyFileBefore.auditAnchor).toBeDefined();
  });

  it('detects a record whose details were changed, and one whose details were wiped without a vernietiging', async () => {
    const folder = tempFolder('gegevenshash');
    const app = testApp(folder);
    await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
    await callOk(app, 'dossiers.create', { toepassingsgebied: 'wabo', aanvragerNaam: 'Bouwbedrijf Van Dam B.V.' });
    await callOk(app, 'dossiers.create', { toepassingsgebied: 'wabo', aanvragerNaam: 'Sloopbedrijf De Wit B.V.' });
    const db = app.vault.database();
    const created = listAudit(db).filter((entry) => entry.action === 'dossier.aangemaakt');
    // The trigger allows no change but a wipe.
    expect(() => db.prepare("UPDATE audit_log SET details = '{\"aanvragerNaam\":\"X\"}' WHERE seq = ?").run(created[0]!.seq)).toThrow(/append-only/);
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET details = '{\"aanvragerNaam\":\"Iemand Anders B.V.\"}' WHERE seq = ?").run(created[0]!.seq);
    expect(await callOk(app, 'audit.verify')).toMatchObject({ intact: false, firstBrokenSeq: created[0]!.seq });
    db.prepare("UPDATE audit_log SET details = '{}', details_salt = NULL WHERE seq = ?").run(created[0]!.seq);
    expect(await callOk(app, 'audit.verify')).toMatchObject({ intact: false, firstBrokenSeq: created[0]!.seq });
    app.shutdown();
  });
});

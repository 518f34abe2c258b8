import { afterEach, describe, expect, it } from 'vitest';
import { READ_MAX_BYTES } from '../../src/contract/attachmentCalls';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { App } from '../../main/app';
import { listAudit } from '../../main/vault/repositories/auditLog';
import { vaultFiles } from '../../main/vault/vaultFiles';
import { listSnapshots, SNAPSHOT_DATABASE } from '../../main/vault/snapshot';
import { fileContains } from '../support/plaintextScan';
import { filesBelow, folderFingerprint, removeTempFolders, tempFolder } from '../support/tempFolders';
import { call, OTHER_PASSPHRASE, PASSPHRASE, testApp } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

const apps: App[] = [];
afterEach(() => {
  while (apps.length > 0) apps.pop()!.shutdown();
});

/** A clock the test moves on, so that every snapshot has its own time and "today" is known. */
function clock(start = '2026-12-01T08:00:00.000Z') {
  let at = Date.parse(start);
  return { now: () => new Date(at), advance: (ms: number) => (at += ms) };
}

function appWith(dataFolder: string, backupFolder: string, now: () => Date): App {
  const app = testApp(dataFolder, { now, backupFolders: { chooseFolder: async () => backupFolder } });
  apps.push(app);
  return app;
}

/** Stands in for the encrypted attachment files of issue 24 §1: random names, random (ciphertext-like) bytes. */
function addAttachmentFile(dataFolder: string, size: number): { naam: string; bytes: Buffer } {
  const folder = vaultFiles(dataFolder).attachments;
  mkdirSync(folder, { recursive: true });
  const naam = randomBytes(16).toString('hex');
  const bytes = randomBytes(size);
  writeFileSync(path.join(folder, naam), bytes);
  return { naam, bytes };
}

/**
 * Imports a text attachment of about `size` bytes through the app and returns the encrypted file it became: its name
 * in the data folder's bijlagen/ and its bytes (the ciphertext, which a backup copies as it is).
 */
async function importAttachment(app: App, dataFolder: string, dossierId: string, size: number): Promise<{ naam: string; bytes: Buffer }> {
  const folder = vaultFiles(dataFolder).attachments;
  const before = new Set(existsSync(folder) ? readdirSync(folder) : []);
  const source = path.join(tempFolder('bronbestand'), `bijlage-${size}.txt`);
  writeFileSync(source, `${randomBytes(Math.ceil(size / 2)).toString('hex').slice(0, size)}\n`);
  await callOk(app, 'bijlagen.importPaths', { dossierId, paden: [source] });
  const [naam] = readdirSync(folder).filter((name) => !before.has(name));
  return { naam: naam!, bytes: readFileSync(path.join(folder, naam!)) };
}

async function vaultWithDossiers(app: App): Promise<{ recoveryKey: string }> {
  const created = await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
  await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Eetcafé Reservekopie B.V.', besluitsoort: 'exploitatievergunning' });
  await callOk(app, 'dossiers.create', { toepassingsgebied: 'wabo', aanvragerNaam: 'Bouwbedrijf Terugzet B.V.' });
  return created;
}

/** The attachments of a dossier as the coordinator sees them: name, size and content. */
async function storedAttachments(app: App, dossierId: string) {
  const { bijlagen } = await callOk(app, 'bijlagen.list', { dossierId });
  const out = [];
  for (const bijlage of bijlagen) {
    // Read in the largest ranges the contract allows (READ_MAX_BYTES).
    const parts: string[] = [];
    for (let offset = 0; offset === 0 || offset < bijlage.grootte; offset += READ_MAX_BYTES) {
      const length = Math.max(1, Math.min(READ_MAX_BYTES, bijlage.grootte - offset));
      parts.push((await callOk(app, 'bijlagen.read', { bijlageId: bijlage.id, offset, length })).data);
    }
    out.push({ naam: bijlage.bestandsnaam, grootte: bijlage.grootte, data: parts });
  }
  return out;
}

/** A vault with two dossiers in its own data folder, an app whose folder dialog chooses `backups`, and the test's clock. */
async function setUp(start?: string) {
  const time = clock(start);
  const data = tempFolder('bron');
  const backups = tempFolder('reservekopieen');
  const app = appWith(data, backups, time.now);
  const { recoveryKey } = await vaultWithDossiers(app);
  return { time, data, backups, app, recoveryKey };
}

function snapshotFolders(backupFolder: string, vaultId: string): string[] {
  const folder = path.join(backupFolder, vaultId, 'snapshots');
  return readdirSync(folder).filter((name) => !name.startsWith('.')).sort().map((name) => path.join(folder, name));
}

describe('reservekopie: backup and restore', () => {
  it('backs up, and restores with the recovery key into a fresh data folder after the original is gone: dossiers, attachments and audit trail identical', async () => {
    const { time, data: original, backups, app, recoveryKey } = await setUp();
    // An attachment imported the app's own way, whatever its storage.
    const sources = tempFolder('bronbestanden');
    writeFileSync(path.join(sources, 'verklaring.txt'), 'Verklaring omtrent de herkomst van het vermogen.\n');
    const [eerste] = (await callOk(app, 'dossiers.list', {})).dossiers;
    await callOk(app, 'bijlagen.importPaths', { dossierId: eerste!.id, paden: [path.join(sources, 'verklaring.txt')] });
    const files = [await importAttachment(app, original, eerste!.id, 3000), await importAttachment(app, original, eerste!.id, 1024 * 1024 + 7)];
    // An import in progress leaves a temporary file: it is not committed, so it is not copied.
    writeFileSync(path.join(vaultFiles(original).attachments, `${files[0]!.naam}.tmp-abc123`), 'half');

    expect((await callOk(app, 'reservekopie.status')).map).toBeNull();
    expect(await call(app, 'reservekopie.make')).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Kies eerst een map voor de reservekopieën.' } });
    expect((await callOk(app, 'reservekopie.chooseFolder')).map).toBe(path.resolve(backups));

    time.advance(60_000);
    const first = (await callOk(app, 'reservekopie.make')).reservekopie;
    // The imported attachment is an encrypted file of its own too (issue 24 §1): it and the two files are copied, the
    // temporary file is not.
    const committed = readdirSync(vaultFiles(original).attachments).filter((name) => !name.includes('.tmp-')).sort();
    expect(committed).toHaveLength(3);
    expect(committed).toEqual(expect.arrayContaining(files.map((f) => f.naam)));
    expect(first).toMatchObject({ geslaagd: true, bijlagenGekopieerd: 3, aanleiding: 'handmatig' });
    expect(first.grootte).toBeGreaterThan(1024 * 1024 + 3000);
    expect(readdirSync(path.join(backups, app.vault.vaultId(), 'bijlagen')).sort()).toEqual(committed);

    // A second backup of the unchanged vault copies no attachment file.
    time.advance(60_000);
    const second = (await callOk(app, 'reservekopie.make')).reservekopie;
    expect(second).toMatchObject({ geslaagd: true, bijlagenGekopieerd: 0 });
    // A new attachment file: only that one is copied.
    files.push(await importAttachment(app, original, eerste!.id, 500));
    time.advance(60_000);
    const third = await callOk(app, 'reservekopie.make');
    expect(third.reservekopie.bijlagenGekopieerd).toBe(1);
    expect(third.status.laatsteGeslaagd?.snapshot).toBe(third.reservekopie.snapshot);

    // Nothing in the backup folder is plaintext: no dossier name in any file.
    for (const file of filesBelow(backups)) {
      expect(fileContains(file, Buffer.from('Eetcafé Reservekopie'))).toBe(false);
      expect(fileContains(file, Buffer.from('SQLite format 3'))).toBe(false);
    }

    const dossiersBefore = await callOk(app, 'dossiers.list', {});
    const detailsBefore = [];
    for (const { id } of dossiersBefore.dossiers) detailsBefore.push(await callOk(app, 'dossiers.get', { id }));
    const attachmentsBefore = await storedAttachments(app, dossiersBefore.dossiers[0]!.id);
    expect(attachmentsBefore.map((bijlage) => bijlage.naam).sort()).toEqual(['bijlage-1048583.txt', 'bijlage-3000.txt', 'bijlage-500.txt', 'verklaring.txt']);
    const committedBefore = readdirSync(vaultFiles(original).attachments).filter((name) => !name.includes('.tmp-')).sort();
    expect(committedBefore).toHaveLength(4);
    const auditBefore = listAudit(app.vault.database());
    const vaultId = app.vault.vaultId();
    time.advance(60_000);
    // Locking makes a backup too: the trail up to the lock.
    await callOk(app, 'vault.lock');
    app.shutdown();
    rmSync(original, { recursive: true, force: true });

    const fresh = path.join(tempFolder('nieuw'), 'gegevens');
    const restored = appWith(fresh, backups, time.now);
    expect((await callOk(restored, 'vault.status')).state).toBe('absent');
    const listing = await callOk(restored, 'reservekopie.chooseRestoreFolder');
    expect(listing.kluisAanwezig).toBe(false);
    expect(listing.snapshots).toHaveLength(4);
    expect(listing.snapshots.every((s) => s.compleet && s.vaultId === vaultId)).toBe(true);
    const newest = listing.snapshots[0]!;

    expect(await call(restored, 'reservekopie.restore', { vaultId, snapshot: newest.naam, sleutel: { wachtwoordzin: OTHER_PASSPHRASE } })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    expect(existsSync(fresh)).toBe(false);
    const result = await callOk(restored, 'reservekopie.restore', {
      vaultId,
      snapshot: newest.naam,
      sleutel: { herstelsleutel: recoveryKey, nieuweWachtwoordzin: OTHER_PASSPHRASE },
    });
    expect(result).toEqual({ status: { state: 'unlocked', recoveryKeyConfirmed: false }, vorigeKluisOpzij: false });

    expect(await callOk(restored, 'dossiers.list', {})).toEqual(dossiersBefore);
    const detailsAfter = [];
    for (const { id } of dossiersBefore.dossiers) detailsAfter.push(await callOk(restored, 'dossiers.get', { id }));
    expect(detailsAfter).toEqual(detailsBefore);
    expect(await storedAttachments(restored, dossiersBefore.dossiers[0]!.id)).toEqual(attachmentsBefore);
    for (const file of files) expect(readFileSync(path.join(vaultFiles(fresh).attachments, file.naam))).toEqual(file.bytes);
    expect(readdirSync(vaultFiles(fresh).attachments).sort()).toEqual(committedBefore);
    // The trail: every record of the original up to the backup is there unchanged, and the whole chain verifies.
    const auditAfter = listAudit(restored.vault.database());
    expect(auditAfter.slice(0, auditBefore.length)).toEqual(auditBefore);
    expect(auditAfter.map((entry) => entry.action)).toContain('reservekopie.teruggezet');
    expect(await callOk(restored, 'audit.verify')).toMatchObject({ intact: true, firstBrokenSeq: null, anker: { toestand: 'in-orde' } });
    // The new passphrase opens the restored vault.
    await callOk(restored, 'vault.lock');
    await callOk(restored, 'vault.unlock', { passphrase: OTHER_PASSPHRASE });
  });

  it('refuses a corrupted or incomplete backup with a Dutch message and writes nothing in the data folder', async () => {
    const { time, data, backups, app } = await setUp();
    const attachment = addAttachmentFile(data, 4096);
    await callOk(app, 'reservekopie.chooseFolder');
    time.advance(1000);
    const { reservekopie } = await callOk(app, 'reservekopie.make');
    time.advance(1000);
    const later = (await callOk(app, 'reservekopie.make')).reservekopie;
    const vaultId = app.vault.vaultId();
    const snapshot = path.join(backups, vaultId, 'snapshots', reservekopie.snapshot!);
    app.shutdown();
    // The folder of one vault may be chosen as well as the backup folder itself: the same snapshots.
    expect(listSnapshots(path.join(backups, vaultId))).toEqual(listSnapshots(backups));
    expect(listSnapshots(backups).map((listing) => listing.naam)).toEqual([later.snapshot, reservekopie.snapshot]);

    // The target: a data folder that already holds another vault, which must stay exactly as it is.
    const target = tempFolder('doel');
    const other = appWith(target, backups, time.now);
    await callOk(other, 'vault.create', { passphrase: OTHER_PASSPHRASE });
    await callOk(other, 'vault.lock');
    const before = folderFingerprint(target);
    const listing = await callOk(other, 'reservekopie.chooseRestoreFolder');
    expect(listing.kluisAanwezig).toBe(true);
    const restore = (extra: object = { vervangBestaandeKluis: true }) =>
      call(other, 'reservekopie.restore', { vaultId, snapshot: reservekopie.snapshot, sleutel: { wachtwoordzin: PASSPHRASE }, ...extra });

    // Over an existing vault only with explicit confirmation.
    expect(await restore({})).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { issues: [{ path: 'vervangBestaandeKluis' }] } } });

    // Bytes flipped in the database copy.
    const db = path.join(snapshot, SNAPSHOT_DATABASE);
    const original = readFileSync(db);
    const flipped = Buffer.from(original);
    for (let i = 5000; i < 5016; i += 1) flipped[i] = flipped[i]! ^ 0xff;
    writeFileSync(db, flipped);
    expect(await restore()).toMatchObject({ ok: false, error: { code: 'VAULT_DAMAGED', message: expect.stringMatching(/beschadigd.*Er is niets teruggezet\.$/) } });
    expect(folderFingerprint(target)).toEqual(before);
    writeFileSync(db, original);

    // An attachment file missing from the shared folder.
    const shared = path.join(backups, vaultId, 'bijlagen', attachment.naam);
    rmSync(shared);
    expect(await restore()).toMatchObject({ ok: false, error: { code: 'VAULT_DAMAGED', message: expect.stringMatching(/onvolledig: een bijlagebestand/) } });
    expect(folderFingerprint(target)).toEqual(before);
    writeFileSync(shared, attachment.bytes);

    // The manifest gone: the snapshot is listed as incomplete and refused.
    const manifest = readFileSync(path.join(snapshot, 'manifest.json'));
    rmSync(path.join(snapshot, 'manifest.json'));
    expect((await callOk(other, 'reservekopie.chooseRestoreFolder')).snapshots.find((s) => s.naam === reservekopie.snapshot)!.compleet).toBe(false);
    expect(await restore()).toMatchObject({ ok: false, error: { code: 'VAULT_DAMAGED', message: expect.stringMatching(/manifest\.json/) } });
    expect(folderFingerprint(target)).toEqual(before);
    // The manifest of the later snapshot put in this one: it is bound to its own snapshot and refused.
    writeFileSync(path.join(snapshot, 'manifest.json'), readFileSync(path.join(backups, vaultId, 'snapshots', later.snapshot!, 'manifest.json')));
    expect(await restore()).toMatchObject({ ok: false, error: { code: 'VAULT_DAMAGED', message: expect.stringMatching(/gewijzigd of beschadigd/) } });
    expect(folderFingerprint(target)).toEqual(before);
    writeFileSync(path.join(snapshot, 'manifest.json'), manifest);

    // Whole again: restored, and the vault that was there is moved aside, not deleted.
    expect(await restore()).toMatchObject({ ok: true, value: { vorigeKluisOpzij: true, status: { state: 'unlocked' } } });
    const aside = readdirSync(target).filter((name) => name.startsWith('vorige-kluis-'));
    expect(aside).toHaveLength(1);
    expect(readdirSync(path.join(target, aside[0]!))).toEqual(expect.arrayContaining(['vault.db', 'vault.keys.json']));
    expect((await callOk(other, 'dossiers.list', {})).total).toBe(2);
  });

  it('records a backup that could not be written in the vault, audited, without failing the call', async () => {
    const { backups, app } = await setUp();
    await callOk(app, 'reservekopie.chooseFolder');
    // The folder becomes unwritable: the backup fails, is recorded and audited, and nothing is thrown at the caller.
    rmSync(backups, { recursive: true, force: true });
    writeFileSync(backups, 'geen map');
    const failed = await callOk(app, 'reservekopie.make');
    expect(failed.reservekopie).toMatchObject({ geslaagd: false, snapshot: null });
    expect(failed.reservekopie.melding).toMatch(/^De reservekopie is niet gemaakt/);
    expect(failed.status.laatsteGeslaagd).toBeNull();
    expect(listAudit(app.vault.database()).at(-1)).toMatchObject({ action: 'reservekopie.mislukt' });
  });

  it('rotation keeps the newest N snapshots and removes attachment files no kept snapshot names', async () => {
    const { time, data, backups, app } = await setUp();
    await callOk(app, 'reservekopie.chooseFolder');
    expect(await call(app, 'reservekopie.setKeep', { bewaren: 0 })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'bewaren' }] } } });
    await callOk(app, 'reservekopie.setKeep', { bewaren: 2 });
    const gone = addAttachmentFile(data, 100);
    const stays = addAttachmentFile(data, 200);
    const made: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      time.advance(3_600_000);
      if (i === 1) rmSync(path.join(vaultFiles(data).attachments, gone.naam));
      made.push((await callOk(app, 'reservekopie.make')).reservekopie.snapshot!);
    }
    const vaultId = app.vault.vaultId();
    expect(snapshotFolders(backups, vaultId).map((folder) => path.basename(folder))).toEqual(made.slice(2));
    // `gone` was named only by the first snapshot, which rotation removed.
    expect(readdirSync(path.join(backups, app.vault.vaultId(), 'bijlagen'))).toEqual([stays.naam]);
  });

  it('backs up automatically at the first unlock of a day and at every lock, once a folder is chosen', async () => {
    const { time, backups, app } = await setUp('2026-12-01T07:00:00.000Z');
    const vaultId = app.vault.vaultId();
    await callOk(app, 'vault.lock');
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    // No folder chosen: nothing happened.
    expect((await callOk(app, 'reservekopie.status')).laatsteGeslaagd).toBeNull();
    await callOk(app, 'reservekopie.chooseFolder');
    time.advance(60_000);
    await callOk(app, 'vault.lock');
    expect(snapshotFolders(backups, vaultId)).toHaveLength(1);
    // Same day: the unlock makes none (the lock's backup was today).
    time.advance(60_000);
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    expect(snapshotFolders(backups, vaultId)).toHaveLength(1);
    // The next day (Amsterdam): the first unlock makes one.
    await callOk(app, 'vault.lock');
    time.advance(24 * 3_600_000);
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    const status = await callOk(app, 'reservekopie.status');
    expect(status.laatste?.aanleiding).toBe('ontgrendelen');
    expect(status.achterstallig).toBe(false);
    expect(snapshotFolders(backups, vaultId)).toHaveLength(3);
    // Eight days on without a backup: the dashboard's status warns.
    time.advance(8 * 24 * 3_600_000);
    expect(await callOk(app, 'reservekopie.status')).toMatchObject({ achterstallig: true, melding: 'De laatste geslaagde reservekopie is 8 dagen oud. Maak een nieuwe reservekopie.' });
  });
});

describe('reservekopie: attachment files checked in the backup', () => {
  it('an attachment file already missing in the vault: the backup is made, says how many are missing, and stops saying so once the file is imported again', async () => {
    const { time, data, backups, app } = await setUp();
    const [dossier] = (await callOk(app, 'dossiers.list', {})).dossiers;
    const kept = await importAttachment(app, data, dossier!.id, 2000);
    const source = path.join(tempFolder('verloren-bron'), 'verloren.txt');
    writeFileSync(source, `Een verklaring die verloren gaat ${randomBytes(8).toString('hex')}.\n`);
    await callOk(app, 'bijlagen.importPaths', { dossierId: dossier!.id, paden: [source] });
    const lost = readdirSync(vaultFiles(data).attachments).find((name) => name !== kept.naam)!;
    await callOk(app, 'reservekopie.chooseFolder');
    time.advance(60_000);
    await callOk(app, 'vault.lock');
    rmSync(path.join(vaultFiles(data).attachments, lost));
    time.advance(60_000);
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });

    time.advance(60_000);
    const { reservekopie, status } = await callOk(app, 'reservekopie.make');
    expect(reservekopie).toMatchObject({ geslaagd: true, bijlagenOntbraken: 1 });
    expect(reservekopie.melding).toBe(
      'De reservekopie is gemaakt en gecontroleerd. 1 bijlage ontbrak al in de kluis en zit daarom niet in deze reservekopie (zie de melding over bijlagen zonder bestand op de startpagina).',
    );
    expect(status.recent[0]).toMatchObject({ id: reservekopie.id, bijlagenOntbraken: 1 });
    const audit = listAudit(app.vault.database()).filter((entry) => entry.action === 'reservekopie.gemaakt').at(-1)!;
    expect(audit.details).toMatchObject({ bijlagenOntbraken: 1 });

    // Not failing for ever: the next backup is made too, and still says so.
    time.advance(60_000);
    expect((await callOk(app, 'reservekopie.make')).reservekopie).toMatchObject({ geslaagd: true, bijlagenOntbraken: 1 });

    // The file imported again: the backup holds it (one file copied) and nothing is missing any more.
    await callOk(app, 'bijlagen.importPaths', { dossierId: dossier!.id, paden: [source] });
    time.advance(60_000);
    const healed = (await callOk(app, 'reservekopie.make')).reservekopie;
    expect(healed).toMatchObject({ geslaagd: true, bijlagenOntbraken: 0, bijlagenGekopieerd: 1, melding: 'De reservekopie is gemaakt en gecontroleerd.' });
    const restored = readdirSync(vaultFiles(data).attachments).find((name) => name !== kept.naam)!;
    expect(readdirSync(path.join(backups, app.vault.vaultId(), 'bijlagen'))).toContain(restored);
  });

  it('an attachment file in the backup folder with a changed byte fails the check of the next backup instead of passing by its size', async () => {
    const { time, backups, data, app } = await setUp();
    const [dossier] = (await callOk(app, 'dossiers.list', {})).dossiers;
    const file = await importAttachment(app, data, dossier!.id, 3000);
    await callOk(app, 'reservekopie.chooseFolder');
    time.advance(60_000);
    expect((await callOk(app, 'reservekopie.make')).reservekopie.geslaagd).toBe(true);
    // One byte of the first record's ciphertext changed, the size the same: "already copied" by name and size.
    const copy = path.join(backups, app.vault.vaultId(), 'bijlagen', file.naam);
    const bytes = readFileSync(copy);
    bytes[40] = bytes[40]! ^ 0xff;
    writeFileSync(copy, bytes);
    time.advance(60_000);
    const damaged = (await callOk(app, 'reservekopie.make')).reservekopie;
    expect(damaged).toMatchObject({ geslaagd: false, snapshot: null });
    expect(damaged.melding).toBe(`De controle van de reservekopie faalde: De reservekopie is onvolledig of beschadigd: het bijlagebestand ${file.naam} ontbreekt of is niet echt (de controle van de versleuteling faalt).`);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import path from 'node:path';
import { HEADER_BYTES, RECORD_OVERHEAD, recordOffset } from '../../main/files/attachmentCipher';
import {
  CHUNK_SIZE,
  attachmentFolder,
  deleteAttachment,
  exportAttachmentTo,
  importAttachment,
  purgeUnusedContent,
  readAttachmentChunks,
  readAttachmentRange,
} from '../../main/files/attachmentStore';
import { missingAttachments } from '../../main/files/missingFiles';
import type { VaultDatabase } from '../../main/vault/database';
import { latestVersion, migrations } from '../../main/vault/migrations';
import { listAudit } from '../../main/vault/repositories/auditLog';
import type { Vault } from '../../main/vault/vault';
import { fileContains } from '../support/plaintextScan';
import { filesBelow, removeTempFolders, sourceFiles, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, call, testApp, testVault } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

const NOW = new Date('2026-12-02T08:00:00.000Z');
const MAX = 64 * 1024 * 1024;
const project = path.resolve(__dirname, '../..');

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
const pdf = (body: Buffer) => Buffer.concat([Buffer.from('%PDF-1.7\n'), body, Buffer.from('\n%%EOF\n')]);

function addDossier(db: VaultDatabase, id: string): void {
  db.prepare(
    "INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at) VALUES (?, ?, 'horeca', 'Café Test B.V.', '2026-12-02', '2026-12-02')",
  ).run(id, `BIBOB-2026-${id}`);
}

async function freshVault(options: { migrations?: typeof migrations } = {}): Promise<{ folder: string; vault: Vault; sources: string; file(name: string, content: Buffer): string }> {
  const folder = tempFolder('bijlagen-bestanden');
  const vault = testVault({ dataFolder: folder, ...options });
  await vault.create(PASSPHRASE);
  addDossier(vault.database(), 'd1');
  const sources = sourceFiles();
  return { folder, vault, sources: sources.folder, file: sources.file };
}

/** An app with a vault, dossier 'd1' and one attachment in it, for the calls through the dispatcher. */
async function appWithAttachment(name: string, content: Buffer) {
  const app = testApp(tempFolder('bijlagen-app'));
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
  const db = app.vault.database();
  addDossier(db, 'd1');
  const imported = await importAttachment(db, importInput(sourceFiles().file(name, content), name));
  return { app, db, imported };
}

function importInput(sourcePath: string, fileName = 'stuk.pdf') {
  return { dossierId: 'd1', sourcePath, fileName, importer: 'C. Grasmuis', now: NOW, maxBytes: MAX };
}

function fileIdOf(db: VaultDatabase, sha: string): string {
  return (db.prepare('SELECT bestand_id AS id FROM bestand_inhoud WHERE sha256 = ?').get(sha) as { id: string }).id;
}

function readBytes(file: string, offset: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, length, offset);
  } finally {
    closeSync(fd);
  }
  return buffer;
}

function writeBytes(file: string, offset: number, data: Buffer): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, data, 0, data.length, offset);
  } finally {
    closeSync(fd);
  }
}

describe('attachments as separately encrypted files', () => {
  it('import writes one file named by a random id, of header plus 28 bytes per 1 MiB record; view, export and delete work from it', async () => {
    const { vault, file, sources } = await freshVault();
    const db = vault.database();
    // 2.5 MiB plus the PDF framing: three records of 1 MiB, 1 MiB and the rest.
    const content = pdf(randomBytes(Math.floor(2.5 * CHUNK_SIZE)));
    const imported = await importAttachment(db, importInput(file('jaarrekening.pdf', content)));
    const names = readdirSync(attachmentFolder(db));
    expect(names).toEqual([fileIdOf(db, imported.sha256)]);
    expect(names[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(names[0]).not.toBe(imported.sha256.slice(0, 32));
    const stored = path.join(attachmentFolder(db), names[0]!);
    expect(statSync(stored).size).toBe(HEADER_BYTES + 3 * RECORD_OVERHEAD + content.length);
    // The key lives in the database, 32 random bytes of its own.
    const key = (db.prepare('SELECT sleutel FROM bestand_inhoud').get() as { sleutel: Buffer }).sleutel;
    expect(key.length).toBe(32);

    // View: a range across the first record boundary, and the stream of a protocol handler.
    expect(readAttachmentRange(db, imported.id, CHUNK_SIZE - 7, 20).equals(content.subarray(CHUNK_SIZE - 7, CHUNK_SIZE + 13))).toBe(true);
    expect(Buffer.concat([...readAttachmentChunks(db, imported.id, { start: 5, end: content.length })]).equals(content.subarray(5))).toBe(true);

    // Export: byte for byte, nothing else left in the target folder.
    const exportFolder = path.join(sources, 'export');
    mkdirSync(exportFolder);
    await exportAttachmentTo(db, imported.id, path.join(exportFolder, 'uit.pdf'));
    expect(readFileSync(path.join(exportFolder, 'uit.pdf')).equals(content)).toBe(true);
    expect(readdirSync(exportFolder)).toEqual(['uit.pdf']);

    // Delete: the row with its key goes in the transaction, the file right after.
    deleteAttachment(db, imported.id);
    expect(db.prepare('SELECT count(*) AS n FROM bestand_inhoud').get()).toEqual({ n: 0 });
    expect(await purgeUnusedContent(db)).toBe(1);
    expect(existsSync(stored)).toBe(false);
    expect(() => readAttachmentRange(db, imported.id, 0, 5)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
  });

  it('identical content is found by its keyed hash: one file, and the HMAC is not the plain SHA-256', async () => {
    const { vault, file } = await freshVault();
    const db = vault.database();
    const content = pdf(randomBytes(1000));
    const first = await importAttachment(db, importInput(file('a.pdf', content)));
    const second = await importAttachment(db, importInput(file('b.pdf', content)));
    expect(second.alBekend).toBe(true);
    expect(readdirSync(attachmentFolder(db))).toHaveLength(1);
    const row = db.prepare('SELECT hmac, sha256 FROM bestand_inhoud').get() as { hmac: string; sha256: string };
    expect(row.sha256).toBe(sha256(content));
    expect(row.hmac).toMatch(/^[0-9a-f]{64}$/);
    expect(row.hmac).not.toBe(row.sha256);
    expect(readAttachmentRange(db, second.id, 0, content.length).equals(readAttachmentRange(db, first.id, 0, content.length))).toBe(true);
  });
});

describe('a damaged attachment file is detected, with a structured error in Dutch', () => {
  async function twoStored() {
    const setup = await freshVault();
    const db = setup.vault.database();
    const content = pdf(randomBytes(3 * CHUNK_SIZE));
    const other = pdf(randomBytes(3 * CHUNK_SIZE));
    const a = await importAttachment(db, importInput(setup.file('a.pdf', content), 'a.pdf'));
    const b = await importAttachment(db, importInput(setup.file('b.pdf', other), 'b.pdf'));
    const fileA = path.join(attachmentFolder(db), fileIdOf(db, a.sha256));
    const fileB = path.join(attachmentFolder(db), fileIdOf(db, b.sha256));
    const key = (db.prepare('SELECT sleutel FROM bestand_inhoud WHERE sha256 = ?').get(a.sha256) as { sleutel: Buffer }).sleutel.toString('hex');
    return { ...setup, db, a, fileA, fileB, key, content };
  }
  const record = CHUNK_SIZE + RECORD_OVERHEAD;

  function caught(work: () => unknown): { code: string; message: string; details: unknown } {
    try {
      work();
    } catch (error) {
      return error as { code: string; message: string; details: unknown };
    }
    throw new Error('no error');
  }

  it('two records swapped: the first record read at the wrong place fails', async () => {
    const { db, a, fileA, key } = await twoStored();
    const first = readBytes(fileA, recordOffset(CHUNK_SIZE, 0), record);
    const second = readBytes(fileA, recordOffset(CHUNK_SIZE, 1), record);
    writeBytes(fileA, recordOffset(CHUNK_SIZE, 0), second);
    writeBytes(fileA, recordOffset(CHUNK_SIZE, 1), first);
    const error = caught(() => readAttachmentRange(db, a.id, 0, 10));
    expect(error).toMatchObject({ code: 'VAULT_DAMAGED', details: { reden: 'gewijzigd', volgnummer: 0 } });
    expect(error.message).toBe('Het versleutelde bestand van bijlage "a.pdf" is gewijzigd of beschadigd: deel 1 klopt niet. Zet de kluis terug uit een reservekopie.');
    expect(JSON.stringify(error.details) + error.message).not.toContain(key);
    // The untouched last record still reads: the damage is pinned to its place.
    expect(readAttachmentRange(db, a.id, 2 * CHUNK_SIZE, 10).length).toBe(10);
  });

  it('a record copied from another attachment file at the same place fails', async () => {
    const { db, a, fileA, fileB } = await twoStored();
    writeBytes(fileA, recordOffset(CHUNK_SIZE, 1), readBytes(fileB, recordOffset(CHUNK_SIZE, 1), record));
    expect(caught(() => readAttachmentRange(db, a.id, CHUNK_SIZE, 10))).toMatchObject({ code: 'VAULT_DAMAGED', details: { reden: 'gewijzigd', volgnummer: 1 } });
    expect(readAttachmentRange(db, a.id, 0, 10).length).toBe(10);
  });

  it('a file cut off, at a record boundary or within a record, is refused as incomplete', async () => {
    const { db, a, fileA } = await twoStored();
    truncateSync(fileA, recordOffset(CHUNK_SIZE, 2));
    const error = caught(() => readAttachmentRange(db, a.id, 0, 10));
    expect(error).toMatchObject({ code: 'VAULT_DAMAGED', details: { reden: 'afgekapt' } });
    expect(error.message).toBe('Het versleutelde bestand van bijlage "a.pdf" is ingekort of onvolledig. Zet de kluis terug uit een reservekopie.');
    truncateSync(fileA, recordOffset(CHUNK_SIZE, 1) + 100);
    expect(caught(() => [...readAttachmentChunks(db, a.id)])).toMatchObject({ code: 'VAULT_DAMAGED', details: { reden: 'afgekapt' } });
  });

  it('a flipped bit in the last record fails, and an export of the damaged file leaves nothing behind', async () => {
    const { db, a, fileA, sources } = await twoStored();
    const at = recordOffset(CHUNK_SIZE, 2) + 40;
    writeBytes(fileA, at, Buffer.from([readBytes(fileA, at, 1)[0]! ^ 1]));
    expect(caught(() => readAttachmentRange(db, a.id, 2 * CHUNK_SIZE + 5, 10))).toMatchObject({ code: 'VAULT_DAMAGED', details: { reden: 'gewijzigd', volgnummer: 2 } });
    const target = path.join(sources, 'uit.pdf');
    await expect(exportAttachmentTo(db, a.id, target)).rejects.toMatchObject({ code: 'VAULT_DAMAGED' });
    expect(readdirSync(sources).filter((name) => !/^\d+$/.test(name))).toEqual([]);
  });

  it('through the dispatcher: the viewer gets the structured error with its Dutch message', async () => {
    const { app, db, imported } = await appWithAttachment('stuk.pdf', pdf(randomBytes(2000)));
    const stored = path.join(app.vault.files.attachments, fileIdOf(db, imported.sha256));
    writeBytes(stored, HEADER_BYTES + 20, Buffer.from('XX'));
    const result = await call(app, 'bijlagen.read', { bijlageId: imported.id, offset: 0, length: 1024 });
    expect(result).toEqual({ ok: false, error: { code: 'VAULT_DAMAGED', message: expect.stringContaining('"stuk.pdf" is gewijzigd of beschadigd'), details: { reden: 'gewijzigd', volgnummer: 0 } } });
    app.shutdown();
  });
});

describe('a crash between file write and row commit', () => {
  it('a child process killed after the rename: the next unlock removes the orphan and keeps every confirmed attachment', async () => {
    const { folder, vault, file } = await freshVault();
    const confirmedContent = pdf(randomBytes(CHUNK_SIZE + 10));
    const confirmed = await importAttachment(vault.database(), importInput(file('bevestigd.pdf', confirmedContent), 'bevestigd.pdf'));
    const confirmedFile = fileIdOf(vault.database(), confirmed.sha256);
    vault.lock();
    const source = file('onderbroken.pdf', pdf(randomBytes(2 * CHUNK_SIZE)));

    const child = spawn(process.execPath, [path.join(project, 'node_modules/tsx/dist/cli.mjs'), path.join(project, 'tests/support/crashingImport.ts'), folder, source], {
      cwd: project,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (data: Buffer) => (errors += data.toString()));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const orphan = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (data: Buffer) => {
        out += data.toString();
        const match = /hernoemd ([0-9a-f]{32})/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`child ended (${code}) before the rename: ${errors}`)));
    });
    child.kill('SIGKILL');
    await exited;
    // The killed import left its renamed file, which no row knows.
    const bijlagen = path.join(folder, 'bijlagen');
    expect(readdirSync(bijlagen).sort()).toEqual([confirmedFile, orphan].sort());

    await vault.unlock(PASSPHRASE);
    const db = vault.database();
    expect(readdirSync(bijlagen)).toEqual([confirmedFile]);
    expect(db.prepare('SELECT bestandsnaam FROM bijlage').all()).toEqual([{ bestandsnaam: 'bevestigd.pdf' }]);
    expect(readAttachmentRange(db, confirmed.id, 0, confirmedContent.length).equals(confirmedContent)).toBe(true);
    expect(missingAttachments(db)).toEqual([]);
  }, 60_000);

  it('an import stopped after the rename in this process, then the vault locked: the orphan is gone after unlocking', async () => {
    const { vault, file } = await freshVault();
    const db = vault.database();
    let renamed: string | null = null;
    void importAttachment(db, importInput(file('stil.pdf', pdf(randomBytes(500)))), {
      afterRename: (fileId) => {
        renamed = fileId;
        return new Promise<void>(() => undefined);
      },
    });
    await expect.poll(() => renamed).not.toBeNull();
    // A purge while the import is running spares its file.
    expect(await purgeUnusedContent(db)).toBe(0);
    expect(readdirSync(vault.files.attachments)).toEqual([renamed]);
    vault.lock();
    await vault.unlock(PASSPHRASE);
    expect(readdirSync(vault.files.attachments)).toEqual([]);
    expect(vault.database().prepare('SELECT count(*) AS n FROM bijlage').get()).toEqual({ n: 0 });
  });
});

describe('an attachment whose file is missing', () => {
  it('is reported at unlock, not dropped: its row stays and reading it says the file is missing', async () => {
    const { vault, file } = await freshVault();
    const db = vault.database();
    const kept = await importAttachment(db, importInput(file('blijft.pdf', pdf(randomBytes(100))), 'blijft.pdf'));
    const lost = await importAttachment(db, importInput(file('kwijt.pdf', pdf(randomBytes(100))), 'kwijt.pdf'));
    const lostFile = path.join(vault.files.attachments, fileIdOf(db, lost.sha256));
    vault.lock();
    rmSync(lostFile);
    await vault.unlock(PASSPHRASE);
    const again = vault.database();
    expect(missingAttachments(again)).toEqual([{ bijlageId: lost.id, dossierId: 'd1', zaaknummer: 'BIBOB-2026-d1', bestandsnaam: 'kwijt.pdf' }]);
    expect(again.prepare('SELECT count(*) AS n FROM bijlage').get()).toEqual({ n: 2 });
    expect(() => readAttachmentRange(again, lost.id, 0, 5)).toThrow(
      expect.objectContaining({ code: 'VAULT_DAMAGED', details: { reden: 'ontbreekt' }, message: 'Het versleutelde bestand van bijlage "kwijt.pdf" ontbreekt in de map bijlagen van de kluis. Zet de kluis terug uit een reservekopie.' }),
    );
    expect(readAttachmentRange(again, kept.id, 0, 5).toString()).toBe('%PDF-');
  });
});

describe('bijlagen.ontbrekend through the dispatcher', () => {
  it('lists nothing while every file is there, and names the attachment and its dossier after a file was lost; one audit record at unlock, none per view', async () => {
    const { app, db, imported: lost } = await appWithAttachment('kwijt.pdf', pdf(randomBytes(300)));
    expect(await callOk(app, 'bijlagen.ontbrekend', {})).toEqual({ ontbrekend: [] });
    const lostFile = path.join(app.vault.files.attachments, fileIdOf(db, lost.sha256));
    await callOk(app, 'vault.lock');
    rmSync(lostFile);
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    const expected = { ontbrekend: [{ bijlageId: lost.id, dossierId: 'd1', zaaknummer: 'BIBOB-2026-d1', bestandsnaam: 'kwijt.pdf' }] };
    const auditCount = () => listAudit(app.vault.database()).length;
    const before = auditCount();
    for (let view = 0; view < 3; view += 1) expect(await callOk(app, 'bijlagen.ontbrekend', {})).toEqual(expected);
    expect(auditCount()).toBe(before);
    const audit = listAudit(app.vault.database()).filter((entry) => entry.action === 'bijlagen.ontbrekend-gecontroleerd');
    expect(audit.map((entry) => entry.details)).toEqual([{ aantal: 1, bijlagen: [lost.id] }]);
    expect(await call(app, 'bijlagen.ontbrekend', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    app.shutdown();
  });

  it('is read from the folder at unlock only: a view does not list the folder again', async () => {
    const { app } = await appWithAttachment('stuk.pdf', pdf(randomBytes(100)));
    await callOk(app, 'vault.lock');
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    // A stray file appearing in the folder meanwhile would change nothing; the folder moved away would make a
    // readdir fail. The call answers from what the unlock found.
    const folder = app.vault.files.attachments;
    const aside = `${folder}-opzij`;
    renameSync(folder, aside);
    try {
      expect(await callOk(app, 'bijlagen.ontbrekend', {})).toEqual({ ontbrekend: [] });
    } finally {
      renameSync(aside, folder);
    }
    app.shutdown();
  });

  it('follows the session: a deleted attachment leaves the list, importing the lost file again (in any dossier) restores it', async () => {
    const content = pdf(randomBytes(400));
    const { app, db, imported: lost } = await appWithAttachment('kwijt.pdf', content);
    const d2 = '7c0e6a52-4f4b-4d8e-9d3c-2b1f0a9e8d71';
    addDossier(db, d2);
    const other = await importAttachment(db, importInput(sourceFiles().file('ander.pdf', pdf(randomBytes(50))), 'ander.pdf'));
    const lostFiles = [lost, other].map((bijlage) => path.join(app.vault.files.attachments, fileIdOf(db, bijlage.sha256)));
    await callOk(app, 'vault.lock');
    for (const file of lostFiles) rmSync(file);
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    const names = async () => ((await callOk(app, 'bijlagen.ontbrekend', {})) as { ontbrekend: { zaaknummer: string; bestandsnaam: string }[] }).ontbrekend.map((entry) => `${entry.zaaknummer}/${entry.bestandsnaam}`);
    expect(await names()).toEqual(['BIBOB-2026-d1/ander.pdf', 'BIBOB-2026-d1/kwijt.pdf']);

    await callOk(app, 'bijlagen.delete', { bijlageId: other.id });
    expect(await names()).toEqual(['BIBOB-2026-d1/kwijt.pdf']);

    // The same content imported in another dossier: known content, still without file, so that one is missing too.
    const source = sourceFiles().file('terug.pdf', content);
    const restored = (await callOk(app, 'bijlagen.importPaths', { dossierId: d2, paden: [source] })) as { geimporteerd: { id: string; alBekend: boolean }[] };
    expect(restored.geimporteerd).toHaveLength(1);
    expect(restored.geimporteerd[0]!.alBekend).toBe(true);
    // ... but this import's file took the lost one's place: both attachments read again, nothing is missing.
    expect(await names()).toEqual([]);
    const again = app.vault.database();
    expect(readAttachmentRange(again, lost.id, 0, content.length).equals(content)).toBe(true);
    expect(readAttachmentRange(again, restored.geimporteerd[0]!.id, 0, content.length).equals(content)).toBe(true);
    // And the next unlock finds it so too.
    await callOk(app, 'vault.lock');
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    expect(await names()).toEqual([]);
    app.shutdown();
  });
});

describe('migration 029: attachments move out of the database into files', () => {
  const before29 = migrations.filter((migration) => migration.version < 29);

  /** Stores content the way the vault did before migration 029: chunk rows of at most 1 MiB in bestand_chunk. */
  function storeTheOldWay(db: VaultDatabase, id: string, bestandsnaam: string, content: Buffer): void {
    const chunks = Math.ceil(content.length / CHUNK_SIZE);
    const inhoud = Number(
      db.prepare("INSERT INTO bestand_inhoud (sha256, grootte, type, mime, chunks, chunk_grootte, created_at) VALUES (?, ?, 'pdf', 'application/pdf', ?, ?, 't')").run(sha256(content), content.length, chunks, CHUNK_SIZE)
        .lastInsertRowid,
    );
    for (let index = 0; index < chunks; index += 1) {
      db.prepare('INSERT INTO bestand_chunk (inhoud_id, volgnummer, data) VALUES (?, ?, ?)').run(inhoud, index, content.subarray(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE));
    }
    db.prepare(
      "INSERT INTO bijlage (id, dossier_id, sha256, bestandsnaam, type, grootte, geimporteerd_door, geimporteerd_op) VALUES (?, 'd1', ?, ?, 'pdf', ?, 'c', '2026-01-01T00:00:00.000Z')",
    ).run(id, sha256(content), bestandsnaam, content.length);
  }

  async function oldVault() {
    const setup = await freshVault({ migrations: before29 });
    const db = setup.vault.database();
    const marker = `MIGRATIE-MARKER-${randomBytes(6).toString('hex')}`;
    const large = pdf(Buffer.concat([randomBytes(CHUNK_SIZE), Buffer.from(marker), randomBytes(CHUNK_SIZE)]));
    const small = pdf(Buffer.from(`klein ${marker}`));
    storeTheOldWay(db, 'b-groot', 'groot.pdf', large);
    storeTheOldWay(db, 'b-klein', 'klein.pdf', small);
    // What an import interrupted before migration 029 staged: a content without hash.
    db.prepare("INSERT INTO bestand_inhoud (id, sha256, grootte, chunks, chunk_grootte, created_at) VALUES (77, NULL, 0, 0, ?, 't')").run(CHUNK_SIZE);
    db.prepare('INSERT INTO bestand_chunk (inhoud_id, volgnummer, data) VALUES (77, 0, ?)').run(randomBytes(50));
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(before29));
    setup.vault.lock();
    return { ...setup, large, small, marker };
  }

  it('on unlock: backup first, every content in its own encrypted file, the chunks gone from the database, the bytes unchanged', async () => {
    const { folder, file, large, small, marker } = await oldVault();
    const vault = testVault({ dataFolder: folder });
    await vault.unlock(PASSPHRASE);
    const db = vault.database();
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
    expect(vault.lastBackup).toMatch(new RegExp(`vault-v${latestVersion(before29)}-`));
    expect(existsSync(vault.lastBackup!)).toBe(true);

    expect(db.prepare('SELECT count(*) AS n FROM bestand_chunk').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM bestand_inhoud').get()).toEqual({ n: 2 });
    const rows = db.prepare('SELECT bestand_id, length(sleutel) AS sleutel, hmac FROM bestand_inhoud ORDER BY id').all() as { bestand_id: string; sleutel: number; hmac: string }[];
    expect(rows.every((row) => /^[0-9a-f]{32}$/.test(row.bestand_id) && row.sleutel === 32 && /^[0-9a-f]{64}$/.test(row.hmac))).toBe(true);
    expect(readdirSync(vault.files.attachments).sort()).toEqual(rows.map((row) => row.bestand_id).sort());
    expect(readAttachmentRange(db, 'b-groot', 0, large.length).equals(large)).toBe(true);
    expect(Buffer.concat([...readAttachmentChunks(db, 'b-klein')]).equals(small)).toBe(true);
    expect(missingAttachments(db)).toEqual([]);

    // Identical content imported after the migration is recognised by the keyed hash the move computed.
    const again = await importAttachment(db, importInput(file('nogmaals.pdf', large)));
    expect(again.alBekend).toBe(true);

    // No plaintext in any file of the data folder: the database, the backup, the attachment files.
    vault.lock();
    const leaks = filesBelow(folder).filter((f) => fileContains(f, Buffer.from(marker)));
    expect(leaks).toEqual([]);
    // A second unlock moves nothing and removes nothing.
    const names = readdirSync(vault.files.attachments).sort();
    await vault.unlock(PASSPHRASE);
    expect(readdirSync(vault.files.attachments).sort()).toEqual(names);
  });

  it('a crash in the middle of the move loses nothing: the next unlock removes the half-moved file and completes the move', async () => {
    const { folder, large, small } = await oldVault();
    let renamed = 0;
    const crashing = testVault({
      dataFolder: folder,
      attachmentMoveHooks: {
        afterRename() {
          renamed += 1;
          if (renamed === 2) throw new Error('stroom uitgevallen');
        },
      },
    });
    await expect(crashing.unlock(PASSPHRASE)).rejects.toThrow('stroom uitgevallen');
    // The first content was moved; the second's file has its name, but its row was never updated.
    const attachments = path.join(folder, 'bijlagen');
    const afterCrash = readdirSync(attachments);
    expect(afterCrash).toHaveLength(2);
    const vault = testVault({ dataFolder: folder });
    await vault.unlock(PASSPHRASE);
    const db = vault.database();
    expect(db.prepare('SELECT count(*) AS n FROM bestand_chunk').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM bestand_inhoud WHERE bestand_id IS NULL').get()).toEqual({ n: 0 });
    const files = readdirSync(attachments);
    expect(files).toHaveLength(2);
    // One of the two files of the crash was the orphan: it is gone, the content moved anew under another id.
    expect(files.filter((name) => afterCrash.includes(name))).toHaveLength(1);
    expect(readAttachmentRange(db, 'b-groot', 0, large.length).equals(large)).toBe(true);
    expect(readAttachmentRange(db, 'b-klein', 0, small.length).equals(small)).toBe(true);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, chmodSync, closeSync, copyFileSync, createReadStream, existsSync, openSync, readFileSync, readSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import {
  CHUNK_SIZE,
  MAX_RANGE_BYTES,
  attachmentFolder,
  attachmentInfo,
  deleteAttachment,
  exportAttachmentTo,
  importAttachment,
  listAttachments,
  purgeUnusedContent,
  readAttachmentChunks,
  readAttachmentRange,
  type ImportAttachmentInput,
  type ImportTestHooks,
} from '../../main/files/attachmentStore';
import { rejectionForSystemError } from '../../main/files/rejections';
import { openEncryptedDatabase, type VaultDatabase } from '../../main/vault/database';
import { applyMigrations, migrations } from '../../main/vault/migrations';
import { appendAudit, setAuditChainKey } from '../../main/vault/repositories/auditLog';
import type { Vault } from '../../main/vault/vault';
import { filesBelow, removeTempFolders, sourceFiles, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, testVault } from '../support/testVault';
import { SCAN_TIMEOUT_MS, fileContains } from '../support/plaintextScan';

afterEach(removeTempFolders);

const NOW = new Date('2026-11-23T10:15:00.000Z');
const MAX = 50 * 1024 * 1024;

interface Bench {
  readonly folder: string;
  readonly vault: Vault;
  readonly db: VaultDatabase;
  readonly sources: string;
  file(name: string, content: Buffer): string;
  importFile(name: string, content: Buffer, extra?: Partial<ImportAttachmentInput>, hooks?: ImportTestHooks): ReturnType<typeof importAttachment>;
}

function addDossier(db: VaultDatabase, id: string): void {
  db.prepare(
    "INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at) VALUES (?, ?, 'horeca', 'Café Test B.V.', '2026-11-23', '2026-11-23')",
  ).run(id, `BIBOB-2026-${id}`);
}

async function bench(): Promise<Bench> {
  const folder = tempFolder('files');
  const vault = testVault({ dataFolder: folder });
  await vault.create(PASSPHRASE);
  const db = vault.database();
  addDossier(db, 'd1');
  addDossier(db, 'd2');
  const { folder: sources, file } = sourceFiles();
  return {
    folder,
    vault,
    db,
    sources,
    file,
    importFile: (name, content, extra = {}, hooks = {}) =>
      importAttachment(db, { dossierId: 'd1', sourcePath: file(name, content), fileName: name, importer: 'C. Grasmuis', now: NOW, maxBytes: MAX, ...extra }, hooks),
  };
}

/** Rows of bijlagen and of contents, and the files in the attachment folder (one per content once committed). */
function counts(db: VaultDatabase): { bijlagen: number; inhoud: number; bestanden: number } {
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { bijlagen: count('bijlage'), inhoud: count('bestand_inhoud'), bestanden: readdirSync(attachmentFolder(db)).length };
}

const chunksOf = (db: VaultDatabase, sha: string) => (db.prepare('SELECT chunks FROM bestand_inhoud WHERE sha256 = ?').get(sha) as { chunks: number }).chunks;

const nothing = { bijlagen: 0, inhoud: 0, bestanden: 0 };
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
const text = (value: string) => Buffer.from(value, 'utf8');

/** A stored (uncompressed) ZIP with the given entry names: enough to be a docx or an xlsx for detection. */
function zip(names: string[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of names) {
    const data = text(`<?xml version="1.0"?><${entry.replace(/\W/g, '')}/>`);
    const name = text(entry);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt32LE(crc32(data), 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    central.push(header, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

const pdf = (body: Buffer | string = 'BT /F1 12 Tf (Verklaring) Tj ET') => Buffer.concat([text('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), Buffer.isBuffer(body) ? body : text(body), text('\n%%EOF\n')]);
const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), text('IHDR'), randomBytes(64)]);
const elf = (size = 256) => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(8), randomBytes(size - 16)]);
const email = text('From: info@voorbeeld.nl\r\nTo: bibob@gemeente.nl\r\nSubject: Stukken\r\nDate: Mon, 23 Nov 2026 10:00:00 +0100\r\n\r\nZie bijlage.\r\n');


async function sha256OfFileStreamed(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const piece of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(piece as Buffer);
  return hash.digest('hex');
}

describe('migration 004: attachments', () => {
  it('adds content, chunk and bijlage tables to a version-3 vault without touching its dossiers', () => {
    const db = openEncryptedDatabase(path.join(tempFolder('migration'), 'vault.db'), Buffer.alloc(32, 4), { mustExist: false });
    applyMigrations(db, migrations.slice(0, 3));
    addDossier(db, 'd1');
    applyMigrations(db, migrations.slice(0, 4));
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('bestand_inhoud', 'bestand_chunk', 'bijlage') ORDER BY name").all()).toEqual([
      { name: 'bestand_chunk' },
      { name: 'bestand_inhoud' },
      { name: 'bijlage' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM dossier').get()).toEqual({ n: 1 });
    db.pragma('foreign_keys = ON');
    expect(() =>
      db.prepare("INSERT INTO bijlage VALUES ('b', 'onbekend', '" + 'a'.repeat(64) + "', 'x.pdf', 'pdf', 1, 'c', 't', NULL)").run(),
    ).toThrow(/FOREIGN KEY/);
    // Completed content needs its type, and a hash of 64 hex characters.
    expect(() => db.prepare("INSERT INTO bestand_inhoud (sha256, grootte, chunks, chunk_grootte, created_at) VALUES (?, 1, 1, 1, 't')").run('a'.repeat(64))).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO bestand_inhoud (sha256, grootte, type, mime, chunks, chunk_grootte, created_at) VALUES ('XYZ', 1, 'pdf', 'm', 1, 1, 't')").run()).toThrow(/CHECK/);
    db.close();
  });
});

describe('importing attachments', () => {
  const allowed: [string, () => Buffer, string, string][] = [
    ['verklaring.pdf', () => pdf(), 'pdf', 'application/pdf'],
    ['pand.png', png, 'png', 'image/png'],
    ['pand.jpg', () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), text('JFIF\0'), randomBytes(64), Buffer.from([0xff, 0xd9])]), 'jpeg', 'image/jpeg'],
    ['logo.gif', () => Buffer.concat([text('GIF89a'), randomBytes(32)]), 'gif', 'image/gif'],
    ['gevel.webp', () => Buffer.concat([text('RIFF'), Buffer.from([36, 0, 0, 0]), text('WEBPVP8 '), randomBytes(28)]), 'webp', 'image/webp'],
    ['ondernemingsplan.docx', () => zip(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']), 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['exploitatie.xlsx', () => zip(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']), 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['mail.eml', () => email, 'eml', 'message/rfc822'],
    ['aantekeningen.txt', () => text('Gesprek met aanvrager Čović op 23-11-2026.\n'), 'txt', 'text/plain'],
  ];

  it.each(allowed)('imports %s and detects it as %s', async (name, make, type, mime) => {
    const { db, importFile } = await bench();
    const content = make();
    const imported = await importFile(name, content);
    expect(imported).toMatchObject({
      dossierId: 'd1',
      bestandsnaam: name,
      type,
      mime,
      grootte: content.length,
      sha256: sha256(content),
      geimporteerdDoor: 'C. Grasmuis',
      geimporteerdOp: NOW.toISOString(),
      waarschuwing: null,
      alBekend: false,
    });
    const { alBekend: _alBekend, ...info } = imported;
    expect(attachmentInfo(db, imported.id)).toEqual(info);
    expect(listAttachments(db, 'd1')).toEqual([info]);
    expect(readAttachmentRange(db, imported.id, 0, content.length).equals(content)).toBe(true);
    expect(counts(db)).toEqual({ bijlagen: 1, inhoud: 1, bestanden: 1 });
  });

  it('detects a file whose extension lies about its type, stores it as what it is and keeps a warning', async () => {
    const { db, importFile } = await bench();
    const imported = await importFile('uittreksel-kvk.pdf', png());
    expect(imported.type).toBe('png');
    expect(imported.mime).toBe('image/png');
    expect(imported.waarschuwing).toBe('De naam "uittreksel-kvk.pdf" eindigt op .pdf (een PDF-document), maar de inhoud is een PNG-afbeelding. Controleer of dit het juiste bestand is.');
    expect(attachmentInfo(db, imported.id)?.waarschuwing).toBe(imported.waarschuwing);
  });

  it('refuses a program renamed to .pdf before writing anything, and leaves nothing behind', async () => {
    const { db, importFile } = await bench();
    const written: number[] = [];
    const error = await importFile('jaarrekening.pdf', elf(3 * CHUNK_SIZE), {}, { afterChunkWritten: (n) => void written.push(n) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'FILE_REJECTED', details: { reden: 'type-niet-toegestaan', bestandsnaam: 'jaarrekening.pdf' } });
    expect((error as Error).message).toMatch(/niet is toegestaan.*PDF.*niet geïmporteerd/);
    expect(written).toEqual([]);
    expect(counts(db)).toEqual(nothing);
  });

  it('refuses a macro-enabled Office file, and a ZIP that is no Office file only after reading it, removing what it staged', async () => {
    const { db, importFile } = await bench();
    const macro = zip(['[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin']);
    await expect(importFile('contract.docx', macro)).rejects.toMatchObject({ code: 'FILE_REJECTED', details: { reden: 'type-niet-toegestaan' } });
    // 2.5 MiB: the central directory that decides is at the end, so three chunks are staged first.
    const written: number[] = [];
    await expect(importFile('stukken.docx', zipWithPadding(['foto.jpg', 'notities.txt'], Math.floor(2.5 * CHUNK_SIZE)), {}, { afterChunkWritten: (n) => void written.push(n) })).rejects.toMatchObject({
      code: 'FILE_REJECTED',
      details: { reden: 'type-niet-toegestaan' },
    });
    expect(written).toEqual([0, 1, 2]);
    expect(counts(db)).toEqual(nothing);
    // The same construction with Office parts is accepted: the test above fails for the right reason.
    await expect(importFile('stukken.docx', zipWithPadding(['[Content_Types].xml', 'word/document.xml'], Math.floor(2.5 * CHUNK_SIZE)))).resolves.toMatchObject({ type: 'docx' });
  });

  it('refuses an empty file', async () => {
    const { db, importFile } = await bench();
    await expect(importFile('leeg.pdf', Buffer.alloc(0))).rejects.toMatchObject({
      code: 'FILE_REJECTED',
      message: 'Het bestand "leeg.pdf" is leeg. Het is niet geïmporteerd.',
      details: { reden: 'leeg' },
    });
    expect(counts(db)).toEqual(nothing);
  });

  it('refuses a file larger than the configured maximum, with both sizes in the message', async () => {
    const { db, importFile } = await bench();
    await expect(importFile('groot.pdf', pdf(randomBytes(2_000_000)), { maxBytes: 1_000_000 })).rejects.toMatchObject({
      code: 'FILE_REJECTED',
      message: expect.stringMatching(/groter dan het maximum van 1 MB \(het is 2 MB\)/),
      details: { reden: 'te-groot', maximum: 1_000_000 },
    });
    expect(counts(db)).toEqual(nothing);
  });

  it('accepts a file of exactly the maximum size', async () => {
    const { importFile } = await bench();
    const content = pdf(randomBytes(5000));
    await expect(importFile('precies.pdf', content, { maxBytes: content.length })).resolves.toMatchObject({ grootte: content.length });
  });

  it('refuses a missing file and a folder', async () => {
    const { db, sources } = await bench();
    const base = { dossierId: 'd1', importer: 'C. Grasmuis', now: NOW, maxBytes: MAX };
    await expect(importAttachment(db, { ...base, sourcePath: path.join(sources, 'weg.pdf'), fileName: 'weg.pdf' })).rejects.toMatchObject({
      code: 'FILE_REJECTED',
      message: expect.stringContaining('"weg.pdf" is niet gevonden'),
      details: { reden: 'niet-gevonden' },
    });
    await expect(importAttachment(db, { ...base, sourcePath: sources, fileName: 'bronnen' })).rejects.toMatchObject({
      code: 'FILE_REJECTED',
      details: { reden: 'geen-bestand' },
    });
    expect(counts(db)).toEqual(nothing);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a file it may not read', async () => {
    const { db, file } = await bench();
    const source = file('geheim.pdf', pdf());
    chmodSync(source, 0o000);
    await expect(importAttachment(db, { dossierId: 'd1', sourcePath: source, fileName: 'geheim.pdf', importer: 'c', now: NOW, maxBytes: MAX })).rejects.toMatchObject({
      code: 'FILE_REJECTED',
      details: { reden: 'geen-toegang' },
    });
    expect(counts(db)).toEqual(nothing);
  });

  it('words file system errors as rejections (also where the test cannot provoke them, e.g. as root)', () => {
    const errno = (code: string) => Object.assign(new Error(code), { code, syscall: 'open' });
    expect(rejectionForSystemError(errno('EACCES'), 'a.pdf').toAppError()).toMatchObject({ code: 'FILE_REJECTED', details: { reden: 'geen-toegang' } });
    expect(rejectionForSystemError(errno('EPERM'), 'a.pdf').toAppError()).toMatchObject({ details: { reden: 'geen-toegang' } });
    expect(rejectionForSystemError(errno('EISDIR'), 'a.pdf').toAppError()).toMatchObject({ details: { reden: 'geen-bestand' } });
    expect(rejectionForSystemError(errno('EIO'), 'a.pdf').toAppError()).toMatchObject({ details: { reden: 'onleesbaar' } });
  });

  it('refuses an unknown dossier and an invalid maximum', async () => {
    const { db, importFile } = await bench();
    await expect(importFile('a.pdf', pdf(), { dossierId: 'bestaat-niet' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(importFile('a.pdf', pdf(), { maxBytes: 0 })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(counts(db)).toEqual(nothing);
  });

  it('keeps only the name of the file, not the folder it came from', async () => {
    const { importFile } = await bench();
    await expect(importFile('brief.pdf', pdf(), { fileName: 'C:\\Users\\cg\\Documents\\brief\u0007.pdf' })).resolves.toMatchObject({ bestandsnaam: 'brief.pdf' });
    await expect(importFile('brief2.pdf', pdf(), { fileName: '   ' })).resolves.toMatchObject({ bestandsnaam: 'brief2.pdf' });
  });
});

/** A ZIP of about `size` bytes: a stored entry of random bytes, followed by the directory of all `names`. */
function zipWithPadding(names: string[], size: number): Buffer {
  const small = zip(names);
  const filler = randomBytes(size);
  const name = text('opvulling.bin');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc32(filler), 14);
  local.writeUInt32LE(filler.length, 18);
  local.writeUInt32LE(filler.length, 22);
  local.writeUInt16LE(name.length, 26);
  // The small ZIP's offsets are shifted by the filler entry; its directory is rewritten with the new offsets.
  const shift = local.length + name.length + filler.length;
  const end = small.subarray(small.length - 22);
  const directoryOffset = end.readUInt32LE(16);
  const directory = Buffer.from(small.subarray(directoryOffset, small.length - 22));
  for (let at = 0; at < directory.length; ) {
    directory.writeUInt32LE(directory.readUInt32LE(at + 42) + shift, at + 42);
    at += 46 + directory.readUInt16LE(at + 28) + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
  }
  const newEnd = Buffer.from(end);
  newEnd.writeUInt32LE(directoryOffset + shift, 16);
  return Buffer.concat([local, name, filler, small.subarray(0, directoryOffset), directory, newEnd]);
}

describe('failures while importing leave nothing behind', () => {
  const content = () => pdf(randomBytes(Math.floor(3.5 * CHUNK_SIZE)));

  it('an error after some chunks were written', async () => {
    const { db, importFile } = await bench();
    const hooks: ImportTestHooks = {
      afterChunkWritten(n) {
        if (n === 2) throw new Error('schijf vol (gesimuleerd)');
      },
    };
    await expect(importFile('rapport.pdf', content(), {}, hooks)).rejects.toThrow('schijf vol (gesimuleerd)');
    expect(counts(db)).toEqual(nothing);
  });

  it('a file that grows while it is read', async () => {
    const { db, file } = await bench();
    const source = file('groeit.pdf', content());
    const hooks: ImportTestHooks = {
      afterChunkWritten(n) {
        if (n === 0) appendFileSync(source, randomBytes(CHUNK_SIZE));
      },
    };
    await expect(importAttachment(db, { dossierId: 'd1', sourcePath: source, fileName: 'groeit.pdf', importer: 'c', now: NOW, maxBytes: MAX }, hooks)).rejects.toMatchObject({
      code: 'FILE_REJECTED',
      details: { reden: 'gewijzigd' },
    });
    expect(counts(db)).toEqual(nothing);
  });

  it('a file that grows beyond the maximum while it is read', async () => {
    const { db, file } = await bench();
    const original = content();
    const source = file('groeit.pdf', original);
    const hooks: ImportTestHooks = {
      afterChunkWritten(n) {
        if (n === 0) appendFileSync(source, randomBytes(2 * CHUNK_SIZE));
      },
    };
    await expect(
      importAttachment(db, { dossierId: 'd1', sourcePath: source, fileName: 'groeit.pdf', importer: 'c', now: NOW, maxBytes: original.length }, hooks),
    ).rejects.toMatchObject({ code: 'FILE_REJECTED', details: { reden: 'te-groot' } });
    expect(counts(db)).toEqual(nothing);
  });

  it('a file that shrinks while it is read', async () => {
    const { db, file } = await bench();
    const source = file('krimpt.pdf', content());
    const hooks: ImportTestHooks = {
      afterChunkWritten(n) {
        if (n === 0) writeFileSync(source, pdf());
      },
    };
    await expect(importAttachment(db, { dossierId: 'd1', sourcePath: source, fileName: 'krimpt.pdf', importer: 'c', now: NOW, maxBytes: MAX }, hooks)).rejects.toMatchObject({
      code: 'FILE_REJECTED',
      details: { reden: 'gewijzigd' },
    });
    expect(counts(db)).toEqual(nothing);
  });

  it('the dossier removed while the file is read', async () => {
    const { db, importFile } = await bench();
    const hooks: ImportTestHooks = {
      afterChunkWritten(n) {
        if (n === 0) db.prepare("DELETE FROM dossier WHERE id = 'd1'").run();
      },
    };
    await expect(importFile('rapport.pdf', content(), {}, hooks)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(counts(db)).toEqual(nothing);
  });

  it('an error in the final transaction (e.g. of the audit record) undoes the import', async () => {
    const { db, importFile } = await bench();
    const inFinalTransaction = () => {
      throw new Error('audit mislukt');
    };
    await expect(importFile('rapport.pdf', content(), { inFinalTransaction })).rejects.toThrow('audit mislukt');
    expect(counts(db)).toEqual(nothing);
  });

  it('the audit record written in the final transaction is committed with the import', async () => {
    const { db, importFile } = await bench();
    const imported = await importFile('rapport.pdf', content(), {
      inFinalTransaction(tx, result) {
        setAuditChainKey(tx, randomBytes(32));
        appendAudit(tx, { at: NOW.toISOString(), actor: 'C. Grasmuis', action: 'bijlage.geimporteerd', entityType: 'bijlage', entityId: result.id, details: { sha256: result.sha256 } });
      },
    });
    expect(db.prepare("SELECT entity_id FROM audit_log WHERE action = 'bijlage.geimporteerd'").all()).toEqual([{ entity_id: imported.id }]);
  });

  it('the vault locked during an import: refused as locked; nothing is left after unlocking', async () => {
    const { vault, file } = await bench();
    const source = file('rapport.pdf', content());
    const hooks: ImportTestHooks = {
      afterChunkWritten(n) {
        if (n === 1) vault.lock();
      },
    };
    const input = { dossierId: 'd1', sourcePath: source, fileName: 'rapport.pdf', importer: 'c', now: NOW, maxBytes: MAX };
    await expect(importAttachment(vault.database(), input, hooks)).rejects.toMatchObject({
      code: 'VAULT_LOCKED',
    });
    await vault.unlock(PASSPHRASE);
    const db = vault.database();
    expect(counts(db)).toEqual(nothing);
    const imported = await importAttachment(db, { ...input, sourcePath: file('ander.txt', text('ander bestand\n')), fileName: 'ander.txt' });
    expect(counts(db)).toEqual({ bijlagen: 1, inhoud: 1, bestanden: 1 });
    expect(imported.alBekend).toBe(false);
  });

  it('purgeUnusedContent removes what a crashed import left, and leaves running imports alone', async () => {
    const { db, importFile } = await bench();
    // What a crash leaves: a part file, and a renamed file whose row was never committed.
    writeFileSync(path.join(attachmentFolder(db), `${'a'.repeat(32)}.deel`), randomBytes(100));
    writeFileSync(path.join(attachmentFolder(db), 'b'.repeat(32)), randomBytes(100));
    let duringImport: { bestanden: number; purged: number } | null = null;
    const imported = await importFile('rapport.pdf', content(), {}, {
      async afterChunkWritten(n) {
        if (n === 1) duringImport = { purged: await purgeUnusedContent(db), bestanden: counts(db).bestanden };
      },
    });
    // The leftovers were purged when the import started; the running import's own part file survived a purge.
    expect(duringImport).toEqual({ purged: 0, bestanden: 1 });
    expect(counts(db)).toEqual({ bijlagen: 1, inhoud: 1, bestanden: 1 });
    expect(chunksOf(db, imported.sha256)).toBe(4);
  });
});

describe('identical content is stored once', () => {
  it('a second import of the same bytes (other name, other dossier) adds only a bijlage', async () => {
    const { db, importFile } = await bench();
    const content = pdf(randomBytes(Math.floor(2.5 * CHUNK_SIZE)));
    const first = await importFile('verklaring.pdf', content);
    const second = await importFile('verklaring-kopie.pdf', content, { dossierId: 'd2' });
    expect(first.alBekend).toBe(false);
    expect(second.alBekend).toBe(true);
    expect(second.sha256).toBe(first.sha256);
    expect(second.id).not.toBe(first.id);
    expect(counts(db)).toEqual({ bijlagen: 2, inhoud: 1, bestanden: 1 });
    expect(chunksOf(db, first.sha256)).toBe(3);
    expect(listAttachments(db, 'd2').map((a) => a.bestandsnaam)).toEqual(['verklaring-kopie.pdf']);
    expect(readAttachmentRange(db, second.id, 0, content.length).equals(content)).toBe(true);
  });
});

describe('reading attachments back', () => {
  it('range reads across chunk boundaries equal the original bytes', async () => {
    const { db, importFile } = await bench();
    const content = pdf(randomBytes(3 * CHUNK_SIZE + 123));
    const { id, sha256: hash } = await importFile('scan.pdf', content);
    expect(chunksOf(db, hash)).toBe(4);
    const ranges: [number, number][] = [
      [0, 10],
      [CHUNK_SIZE - 5, 10],
      [CHUNK_SIZE - 1, CHUNK_SIZE + 2],
      [CHUNK_SIZE, CHUNK_SIZE],
      [123, 2 * CHUNK_SIZE],
      [content.length - 7, 7],
      [0, content.length],
    ];
    for (const [offset, length] of ranges) {
      expect(readAttachmentRange(db, id, offset, length).equals(content.subarray(offset, offset + length)), `${offset}+${length}`).toBe(true);
    }
    expect(readAttachmentRange(db, id, content.length - 3, 100).equals(content.subarray(content.length - 3))).toBe(true);
    expect(readAttachmentRange(db, id, content.length, 10).length).toBe(0);
    expect(() => readAttachmentRange(db, id, content.length + 1, 1)).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => readAttachmentRange(db, id, -1, 1)).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => readAttachmentRange(db, id, 0, MAX_RANGE_BYTES + 1)).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => readAttachmentRange(db, 'onbekend', 0, 1)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('streams a range chunk by chunk for a protocol handler', async () => {
    const { db, importFile } = await bench();
    const content = pdf(randomBytes(2 * CHUNK_SIZE + 50));
    const { id } = await importFile('scan.pdf', content);
    const parts = [...readAttachmentChunks(db, id, { start: 100, end: 2 * CHUNK_SIZE + 10 })];
    expect(parts.map((part) => part.length)).toEqual([CHUNK_SIZE - 100, CHUNK_SIZE, 10]);
    expect(Buffer.concat(parts).equals(content.subarray(100, 2 * CHUNK_SIZE + 10))).toBe(true);
    expect(Buffer.concat([...readAttachmentChunks(db, id)]).equals(content)).toBe(true);
    expect(() => readAttachmentChunks(db, id, { start: 10, end: content.length + 1 })).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });

  it('exports an attachment to a chosen file, complete and without leftovers', async () => {
    const { db, importFile } = await bench();
    const content = pdf(randomBytes(2 * CHUNK_SIZE + 77));
    const { id } = await importFile('scan.pdf', content);
    const target = path.join(tempFolder('export'), 'scan-export.pdf');
    writeFileSync(target, 'oude inhoud');
    await expect(exportAttachmentTo(db, id, target)).resolves.toEqual({ grootte: content.length, sha256: sha256(content) });
    expect(readFileSync(target).equals(content)).toBe(true);
    expect(readdirSync(path.dirname(target))).toEqual(['scan-export.pdf']);
    await expect(exportAttachmentTo(db, 'onbekend', path.join(path.dirname(target), 'x.pdf'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(readdirSync(path.dirname(target))).toEqual(['scan-export.pdf']);
  });
});

describe('deleting attachments', () => {
  it('keeps content that another bijlage uses, and garbage-collects it with the last one', async () => {
    const { db, importFile } = await bench();
    const content = pdf(randomBytes(2 * CHUNK_SIZE));
    const first = await importFile('a.pdf', content);
    const second = await importFile('b.pdf', content, { dossierId: 'd2' });
    const other = await importFile('c.txt', text('iets anders\n'));
    expect(counts(db)).toEqual({ bijlagen: 3, inhoud: 2, bestanden: 2 });

    expect(deleteAttachment(db, first.id)).toEqual({ inhoudVrijgegeven: false });
    expect(await purgeUnusedContent(db)).toBe(0);
    expect(counts(db)).toEqual({ bijlagen: 2, inhoud: 2, bestanden: 2 });
    expect(readAttachmentRange(db, second.id, 0, 5).toString()).toBe('%PDF-');

    expect(deleteAttachment(db, second.id)).toEqual({ inhoudVrijgegeven: true });
    expect(attachmentInfo(db, second.id)).toBeNull();
    expect(() => readAttachmentRange(db, second.id, 0, 5)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(await purgeUnusedContent(db)).toBe(1);
    expect(counts(db)).toEqual({ bijlagen: 1, inhoud: 1, bestanden: 1 });
    expect(listAttachments(db, 'd1').map((a) => a.id)).toEqual([other.id]);

    expect(() => deleteAttachment(db, first.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    // The same bytes imported again are stored afresh.
    await expect(importFile('a.pdf', content)).resolves.toMatchObject({ alBekend: false });
    expect(counts(db)).toEqual({ bijlagen: 2, inhoud: 2, bestanden: 2 });
  });

  it('is undone with the transaction it runs in', async () => {
    const { db, importFile } = await bench();
    const { id } = await importFile('a.pdf', pdf());
    expect(() =>
      db.transaction(() => {
        deleteAttachment(db, id);
        throw new Error('audit mislukt');
      })(),
    ).toThrow('audit mislukt');
    expect(attachmentInfo(db, id)).not.toBeNull();
    expect(readAttachmentRange(db, id, 0, 5).toString()).toBe('%PDF-');
  });
});

describe('large files', () => {
  it('imports a 200 MB file with memory growth far below its size', async () => {
    const { db, sources } = await bench();
    const size = 200 * 1024 * 1024;
    const source = path.join(sources, 'groot-dossier.pdf');
    const fd = openSync(source, 'w');
    const block = Buffer.alloc(CHUNK_SIZE);
    for (let written = 0; written < size; written += block.length) {
      randomBytes(block.length).copy(block);
      if (written === 0) block.write('%PDF-1.7\n');
      writeSync(fd, block);
    }
    closeSync(fd);
    const expectedHash = await sha256OfFileStreamed(source);

    const copyStart = performance.now();
    copyFileSync(source, path.join(sources, 'kopie.pdf'));
    const copySeconds = (performance.now() - copyStart) / 1000;
    rmSync(path.join(sources, 'kopie.pdf'));

    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    const importStart = performance.now();
    const imported = await importAttachment(db, { dossierId: 'd1', sourcePath: source, fileName: 'groot-dossier.pdf', importer: 'c', now: NOW, maxBytes: 1024 * 1024 * 1024 }).finally(() =>
      clearInterval(sampler),
    );
    const importSeconds = (performance.now() - importStart) / 1000;
    peak = Math.max(peak, process.memoryUsage().rss);
    const growthMb = (peak - before) / 1024 / 1024;
    const mb = size / 1024 / 1024;
    console.log(
      `200 MB import: ${(mb / importSeconds).toFixed(0)} MB/s (${importSeconds.toFixed(2)} s); fs.copyFile: ${(mb / copySeconds).toFixed(0)} MB/s (${copySeconds.toFixed(2)} s); ` +
        `ratio ${(copySeconds / importSeconds).toFixed(2)}; peak RSS growth ${growthMb.toFixed(1)} MB`,
    );

    expect(imported).toMatchObject({ type: 'pdf', grootte: size, sha256: expectedHash });
    expect(counts(db)).toEqual({ bijlagen: 1, inhoud: 1, bestanden: 1 });
    expect(chunksOf(db, imported.sha256)).toBe(200);
    expect(growthMb).toBeLessThan(100);
    // Spot checks of the stored bytes against the file, at a chunk boundary and at the end.
    const fromFile = (offset: number, length: number) => {
      const buffer = Buffer.alloc(length);
      const handle = openSync(source, 'r');
      readSync(handle, buffer, 0, length, offset);
      closeSync(handle);
      return buffer;
    };
    for (const offset of [0, 77 * CHUNK_SIZE - 10, size - 1000]) {
      expect(readAttachmentRange(db, imported.id, offset, 1000).equals(fromFile(offset, 1000))).toBe(true);
    }
  }, 180_000);
});

describe('no plaintext on disk', () => {
  it('after importing and viewing a PDF with a marker and locking, the marker is in no file of the data folder or the OS temp folder', async () => {
    const marker = `BIJLAGE-MARKER-${randomBytes(8).toString('hex')}`;
    const { folder, vault, db, file } = await bench();
    const content = pdf(Buffer.concat([randomBytes(CHUNK_SIZE - 20), text(`BT (${marker}) Tj ET`), randomBytes(CHUNK_SIZE)]));
    const source = file('verklaring.pdf', content);
    const needles = [text(marker), Buffer.from(marker, 'utf16le')];
    // The scanner finds the marker where it is in plaintext: the source file.
    expect(fileContains(source, needles[0]!)).toBe(true);

    const first = await importAttachment(db, { dossierId: 'd1', sourcePath: source, fileName: 'verklaring.pdf', importer: 'c', now: NOW, maxBytes: MAX });
    // A duplicate (staged, then discarded) and a viewer reading it.
    await importAttachment(db, { dossierId: 'd2', sourcePath: source, fileName: 'kopie.pdf', importer: 'c', now: NOW, maxBytes: MAX });
    expect(readAttachmentRange(db, first.id, 0, content.length).includes(needles[0]!)).toBe(true);
    expect(Buffer.concat([...readAttachmentChunks(db, first.id)]).equals(content)).toBe(true);
    vault.lock();
    rmSync(source);

    const dataFiles = filesBelow(folder);
    // The database, its key file, and one encrypted file for the one content (named by a random id, not its hash).
    expect(dataFiles.map((f) => path.relative(folder, f)).sort()).toEqual([expect.stringMatching(/^bijlagen[\\/][0-9a-f]{32}$/), 'vault.db', 'vault.keys.json']);
    expect(dataFiles.some((f) => path.basename(f) === first.sha256)).toBe(false);
    const scanned = [...dataFiles, ...filesBelow(os.tmpdir()).filter((f) => !f.startsWith(folder))];
    const leaks = scanned.filter((f) => existsSync(f) && needles.some((needle) => fileContains(f, needle)));
    expect(leaks).toEqual([]);
    // Scanning the whole OS temp folder of a shared CI machine takes long: the time limit is the scan's, not a speed claim.
  }, SCAN_TIMEOUT_MS);
});

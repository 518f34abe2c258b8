import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { callNames, contract } from '../../src/contract';
import { attachmentCalls } from '../../src/contract/attachmentCalls';
import { createApp, type App } from '../../main/app';
import { listAudit } from '../../main/vault/repositories/auditLog';
import { verstrekkingenOfDossier } from '../../main/vault/repositories/verstrekkingen';
import { timelineOfDossier } from '../../main/vault/repositories/timeline';
import type { ExportTarget, ImportSource } from '../../main/services/context';
import { malformedAttachmentPayloads } from '../support/malformedAttachmentPayloads';
import { filesBelow, removeTempFolders, sourceFiles, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, TEST_ITERATIONS, call, trustedSender } from '../support/testVault';
import { callOk } from '../support/call';
import { SCAN_TIMEOUT_MS, fileContains } from '../support/plaintextScan';

afterEach(removeTempFolders);

interface Imported {
  id: string;
  bestandsnaam: string;
  type: string;
  grootte: number;
  sha256: string;
  alBekend: boolean;
}
interface Bench {
  app: App;
  folder: string;
  /** How often the open dialog was shown. */
  dialogsOpened(): number;
  dossierId: string;
  sources: string;
  exportsFolder: string;
  file(name: string, content: Buffer | string): string;
  /** What the fake open dialog returns next; null: the coordinator cancels. */
  choose(files: string[] | null): void;
  /** What the fake save dialog returns next. */
  saveAs(name: string | null): void;
}

async function bench(): Promise<Bench> {
  const folder = tempFolder('bijlagen');
  const sources = sourceFiles();
  const exportsFolder = tempFolder('exports');
  let nextChoice: string[] | null = [];
  let nextSave: string | null = null;
  let dialogs = 0;
  const importSource: ImportSource = {
    async chooseFiles() {
      dialogs += 1;
      return (nextChoice ?? []).map((file) => ({ path: file, name: path.basename(file) }));
    },
  };
  const exportTarget: ExportTarget = {
    async saveText() {
      return null;
    },
    async chooseSavePath() {
      return nextSave === null ? null : path.join(exportsFolder, nextSave);
    },
  };
  const app = createApp({
    dataFolder: folder,
    actor: 'testcoördinator',
    pbkdf2Iterations: TEST_ITERATIONS,
    exportTarget,
    importSource,
    isTrustedSender: (sender) => sender.url === trustedSender.url && sender.isMainFrame,
  });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
  const dossier = await callOk(app, 'dossiers.create', { zaaknummer: 'BIBOB-2026-300', toepassingsgebied: 'horeca', aanvragerNaam: 'Eetcafé De Brug B.V.' });
  return {
    app,
    folder,
    dialogsOpened: () => dialogs,
    dossierId: dossier.id,
    sources: sources.folder,
    exportsFolder,
    file: sources.file,
    choose(files) {
      nextChoice = files;
    },
    saveAs(name) {
      nextSave = name;
    },
  };
}

/** A minimal ZIP writer: entries stored or deflated, with local headers, central directory and end record. */
function zip(entries: { name: string; data: Buffer; deflate?: boolean; damage?: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = Buffer.from(entry.deflate ? deflateRawSync(entry.data) : entry.data);
    // Damaged content (its headers intact): inflating it fails or its CRC does not match.
    if (entry.damage) body.fill(0xff, 5, Math.min(body.length, 17));
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function docx(body: string, options: { corruptDocument?: boolean } = {}): Buffer {
  const document = Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  const entries = [
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>') },
    { name: '_rels/.rels', data: Buffer.from('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>') },
    { name: 'word/document.xml', data: document, deflate: true, damage: options.corruptDocument ?? false },
  ];
  return zip(entries);
}

function pdf(marker = ''): Buffer {
  return Buffer.concat([Buffer.from(`%PDF-1.7\n% ${marker}\n1 0 obj << /Type /Catalog >> endobj\n`), randomBytes(2.5 * 1024 * 1024), Buffer.from('\n%%EOF\n')]);
}


const actions = (app: App, dossierId: string) => listAudit(app.vault.database(), { entityType: 'dossier', entityId: dossierId });

describe('attachments through the contract', () => {
  it('imports the files chosen in the open dialog; a refused file does not stop the others; audited without paths', async () => {
    const b = await bench();
    const files = [
      b.file('jaarrekening 2025.pdf', pdf()),
      b.file('programma.exe', Buffer.concat([Buffer.from('MZ'), randomBytes(4000)])),
      b.file('leeg.txt', ''),
      b.file('notitie.txt', 'Lening zonder aflossingsschema.\n'),
    ];
    b.choose(files);
    const result = await callOk(b.app, 'bijlagen.importViaDialog', { dossierId: b.dossierId });
    expect(result.geannuleerd).toBe(false);
    expect(result.geimporteerd.map((item) => [item.bestandsnaam, item.type])).toEqual([
      ['jaarrekening 2025.pdf', 'pdf'],
      ['notitie.txt', 'txt'],
    ]);
    expect(result.geweigerd).toEqual([
      { bestandsnaam: 'programma.exe', reden: 'type-niet-toegestaan', melding: expect.stringContaining('niet is toegestaan') },
      { bestandsnaam: 'leeg.txt', reden: 'leeg', melding: expect.stringContaining('is leeg') },
    ]);

    const audit = actions(b.app, b.dossierId).filter((entry) => entry.action === 'bijlage.geimporteerd');
    expect(audit.map((entry) => entry.details.bestandsnaam)).toEqual(['jaarrekening 2025.pdf', 'notitie.txt']);
    expect(audit[0]!.details).toMatchObject({ bijlageId: result.geimporteerd[0]!.id, sha256: result.geimporteerd[0]!.sha256, bron: 'dialoog' });
    expect(JSON.stringify(listAudit(b.app.vault.database()))).not.toContain(b.sources);
    const timeline = timelineOfDossier(b.app.vault.database(), b.dossierId).filter((event) => event.soort === 'bijlage.geimporteerd');
    expect(timeline.map((event) => event.omschrijving)).toEqual([expect.stringContaining('"jaarrekening 2025.pdf" geïmporteerd (een PDF-document'), expect.stringContaining('"notitie.txt"')]);

    b.choose(null);
    expect(await callOk(b.app, 'bijlagen.importViaDialog', { dossierId: b.dossierId })).toEqual({ geannuleerd: true, geimporteerd: [], geweigerd: [] });
    expect(await call(b.app, 'bijlagen.importViaDialog', { dossierId: '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    b.app.shutdown();
  });

  it('importPaths (drag and drop) takes absolute paths of regular files only: directories, devices, missing files and relative paths are refused', async () => {
    const b = await bench();
    const good = b.file('brief.txt', 'Geachte heer, ...\n');
    const folder = path.join(b.sources, 'een map');
    mkdirSync(folder);
    const result = await callOk(b.app, 'bijlagen.importPaths', {
      dossierId: b.dossierId,
      paden: [folder, path.join(b.sources, 'bestaat-niet.pdf'), '/dev/null', good],
    });
    expect(result.geimporteerd.map((item) => item.bestandsnaam)).toEqual(['brief.txt']);
    expect(result.geweigerd.map((item) => [item.bestandsnaam, item.reden])).toEqual([
      ['een map', 'geen-bestand'],
      ['bestaat-niet.pdf', 'niet-gevonden'],
      ['null', 'geen-bestand'],
    ]);
    for (const refusal of result.geweigerd) expect(refusal.melding).not.toContain(b.sources);

    const relative = await call(b.app, 'bijlagen.importPaths', { dossierId: b.dossierId, paden: ['stukken/brief.txt'] });
    expect(relative).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const audit = actions(b.app, b.dossierId).filter((entry) => entry.action === 'bijlage.geimporteerd');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ bestandsnaam: 'brief.txt', bron: 'slepen' });
    expect(JSON.stringify(audit)).not.toContain(b.sources);
    b.app.shutdown();
  });

  it('lists the attachments of a dossier with their note counts', async () => {
    const b = await bench();
    b.choose([b.file('a.pdf', pdf()), b.file('b.txt', 'tekst\n')]);
    const { geimporteerd } = await callOk(b.app, 'bijlagen.importViaDialog', { dossierId: b.dossierId });
    await callOk(b.app, 'bijlagen.addNote', { bijlageId: geimporteerd[0]!.id, pagina: 2, tekst: 'Handtekening ontbreekt.' });
    const { bijlagen } = await callOk(b.app, 'bijlagen.list', { dossierId: b.dossierId });
    expect(bijlagen.map((item) => [item.bestandsnaam, item.mime, item.notities])).toEqual([
      ['a.pdf', 'application/pdf', 1],
      ['b.txt', 'text/plain', 0],
    ]);
    expect(actions(b.app, b.dossierId).some((entry) => entry.action === 'bijlagen.lijst-bekeken')).toBe(true);
    b.app.shutdown();
  });

  it('serves an attachment to the viewer in chunks that reassemble the original bytes; the first read is audited', async () => {
    const b = await bench();
    const original = pdf();
    b.choose([b.file('groot.pdf', original)]);
    const [attachment] = (await callOk(b.app, 'bijlagen.importViaDialog', { dossierId: b.dossierId })).geimporteerd;
    const parts: Buffer[] = [];
    for (let offset = 0; ; ) {
      const chunk = await callOk(b.app, 'bijlagen.read', { bijlageId: attachment!.id, offset, length: 700 * 1024 });
      expect(chunk.totaal).toBe(original.length);
      expect(chunk.offset).toBe(offset);
      const bytes = Buffer.from(chunk.data, 'base64');
      parts.push(bytes);
      offset += bytes.length;
      if (offset >= chunk.totaal) break;
    }
    expect(parts.length).toBe(4);
    expect(Buffer.concat(parts).equals(original)).toBe(true);
    const views = actions(b.app, b.dossierId).filter((entry) => entry.action === 'bijlage.bekeken');
    expect(views).toHaveLength(1);
    expect(views[0]!.details).toEqual({ bijlageId: attachment!.id, bestandsnaam: 'groot.pdf' });

    expect(await call(b.app, 'bijlagen.read', { bijlageId: attachment!.id, offset: original.length + 1, length: 10 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call(b.app, 'bijlagen.read', { bijlageId: '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b', offset: 0, length: 10 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    b.app.shutdown();
  });

  it('shows plain text, e-mail and Word documents as text, cut off at 200,000 characters; refuses a damaged .docx with a Dutch message', async () => {
    const b = await bench();
    const eml = [
      'From: "Jansen, P." <p.jansen@example.nl>',
      'To: bibob@gemeente.example',
      'Subject: =?UTF-8?Q?Aanvulling_op_de_aanvraag_=E2=80=93_Caf=C3=A9?=',
      'Date: Mon, 23 Nov 2026 10:15:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="grens"',
      '',
      '--grens',
      'Content-Type: multipart/alternative; boundary="alt"',
      '',
      '--alt',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Hierbij de leningsovereenkomst van =E2=82=AC 250.000 zonder aflossingssche=',
      'ma.',
      '--alt',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>HTML-versie</p>',
      '--alt--',
      '--grens',
      'Content-Type: application/pdf; name="lening.pdf"',
      'Content-Disposition: attachment; filename="lening.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('%PDF-1.4 nep').toString('base64'),
      '--grens--',
      '',
    ].join('\r\n');
    const word = docx(
      '<w:p><w:r><w:t>Leningsovereenkomst</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t xml:space="preserve">Bedrag: </w:t></w:r><w:r><w:tab/><w:t>€ 250.000 &amp; rente</w:t></w:r></w:p>' +
        '<w:p><w:r><w:delText>verwijderd</w:delText><w:t>Geen aflossingsschema.</w:t></w:r></w:p>',
    );
    b.choose([
      b.file('brief.txt', '\uFEFFRegel één\r\nRegel twee\r\n'),
      b.file('bericht.eml', eml),
      b.file('overeenkomst.docx', word),
      b.file('kapot.docx', docx('<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(50), { corruptDocument: true })),
      b.file('lang.txt', 'abcdefghij'.repeat(25_000)),
      b.file('scan.pdf', pdf()),
    ]);
    const { geimporteerd, geweigerd } = await callOk(b.app, 'bijlagen.importViaDialog', { dossierId: b.dossierId });
    expect(geweigerd).toEqual([]);
    const id = (name: string) => geimporteerd.find((item) => item.bestandsnaam === name)!.id;
    const preview = (name: string) => callOk(b.app, 'bijlagen.textPreview', { bijlageId: id(name) });

    expect(await preview('brief.txt')).toEqual({ soort: 'txt', tekst: 'Regel één\nRegel twee\n', ingekort: false });

    const mail = await preview('bericht.eml');
    expect(mail.soort).toBe('eml');
    expect(mail.ingekort).toBe(false);
    expect(mail.tekst).toContain('Van: "Jansen, P." <p.jansen@example.nl>');
    expect(mail.tekst).toContain('Onderwerp: Aanvulling op de aanvraag – Café');
    expect(mail.tekst).toContain('Hierbij de leningsovereenkomst van € 250.000 zonder aflossingsschema.');
    expect(mail.tekst).not.toContain('HTML-versie');
    expect(mail.tekst).toContain('Bijlagen in dit bericht: lening.pdf');

    expect(await preview('overeenkomst.docx')).toEqual({
      soort: 'docx',
      tekst: 'Leningsovereenkomst\nBedrag: \t€ 250.000 & rente\nGeen aflossingsschema.',
      ingekort: false,
    });

    const damaged = await call(b.app, 'bijlagen.textPreview', { bijlageId: id('kapot.docx') });
    expect(damaged).toMatchObject({ ok: false, error: { code: 'FILE_REJECTED', details: { reden: 'beschadigd', bestandsnaam: 'kapot.docx' } } });
    if (!damaged.ok) expect(damaged.error.message).toMatch(/^Van het Word-document "kapot.docx" kan geen tekstweergave worden gemaakt/);

    const long = await preview('lang.txt');
    expect(long.tekst.length).toBe(200_000);
    expect(long.ingekort).toBe(true);

    expect(await call(b.app, 'bijlagen.textPreview', { bijlageId: id('scan.pdf') })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const views = actions(b.app, b.dossierId).filter((entry) => entry.action === 'bijlage.bekeken');
    expect(views.map((entry) => entry.details.bestandsnaam)).toEqual(['brief.txt', 'bericht.eml', 'overeenkomst.docx', 'lang.txt']);
    b.app.shutdown();
  });

  it('exports an attachment only where the save dialog points, byte for byte, and audits it; cancelling exports nothing', async () => {
    const b = await bench();
    const original = pdf();
    b.choose([b.file('jaarrekening.pdf', original)]);
    const [attachment] = (await callOk(b.app, 'bijlagen.importViaDialog', { dossierId: b.dossierId })).geimporteerd;

    const verstrekking = { categorie: 'e' as const, ontvanger: 'Commissie bezwaarschriften' };
    // Without a recipient of art. 28 lid 2 nothing is exported.
    b.saveAs('export.pdf');
    expect(await call(b.app, 'bijlagen.export', { bijlageId: attachment!.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call(b.app, 'bijlagen.export', { bijlageId: attachment!.id, verstrekking: { categorie: 'z', ontvanger: 'De buurman' } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(filesBelow(b.exportsFolder)).toEqual([]);

    b.saveAs(null);
    expect(await callOk(b.app, 'bijlagen.export', { bijlageId: attachment!.id, verstrekking })).toEqual({ exported: false });
    expect(filesBelow(b.exportsFolder)).toEqual([]);
    expect(actions(b.app, b.dossierId).some((entry) => entry.action === 'bijlage.geexporteerd')).toBe(false);

    b.saveAs('export.pdf');
    expect(await callOk(b.app, 'bijlagen.export', { bijlageId: attachment!.id, verstrekking })).toEqual({ exported: true });
    expect(filesBelow(b.exportsFolder)).toEqual([path.join(b.exportsFolder, 'export.pdf')]);
    expect(readFileSync(path.join(b.exportsFolder, 'export.pdf')).equals(original)).toBe(true);
    const exported = actions(b.app, b.dossierId).filter((entry) => entry.action === 'bijlage.geexporteerd');
    expect(exported).toHaveLength(1);
    expect(exported[0]!.details).toEqual({ bijlageId: attachment!.id, bestandsnaam: 'jaarrekening.pdf', sha256: attachment!.sha256, grootte: original.length, ...verstrekking });
    expect(verstrekkingenOfDossier(b.app.vault.database(), b.dossierId)).toEqual([expect.objectContaining({ wat: 'Bijlage "jaarrekening.pdf"', categorie: 'e', ontvanger: 'Commissie bezwaarschriften' })]);
    expect(timelineOfDossier(b.app.vault.database(), b.dossierId).some((event) => event.soort === 'bijlage.geexporteerd')).toBe(true);
    b.app.shutdown();
  });

  it('deletes an attachment with its notes, audits it and purges its content when no other attachment uses it', async () => {
    const b = await bench();
    const content = pdf();
    b.choose([b.file('een.pdf', content), b.file('twee.pdf', content)]);
    const [first, second] = (await callOk(b.app, 'bijlagen.importViaDialog', { dossierId: b.dossierId })).geimporteerd;
    expect(second!.alBekend).toBe(true);
    await callOk(b.app, 'bijlagen.addNote', { bijlageId: first!.id, pagina: 1, tekst: 'Eerste pagina.' });
    const db = () => b.app.vault.database();
    const contents = () => (db().prepare('SELECT count(*) AS n FROM bestand_inhoud').get() as { n: number }).n;
    const attachmentFiles = () => readdirSync(b.app.vault.files.attachments);
    expect(attachmentFiles()).toHaveLength(1);

    expect(await callOk(b.app, 'bijlagen.delete', { bijlageId: first!.id })).toEqual({ dossierId: b.dossierId, verwijderd: true });
    expect(contents()).toBe(1);
    expect((db().prepare('SELECT count(*) AS n FROM bijlage_notitie').get() as { n: number }).n).toBe(0);
    await callOk(b.app, 'bijlagen.delete', { bijlageId: second!.id });
    expect(contents()).toBe(0);
    // Crypto-shredding: the row with the file's key is gone, and so is the file.
    expect(attachmentFiles()).toEqual([]);
    expect((await callOk(b.app, 'bijlagen.list', { dossierId: b.dossierId })).bijlagen).toEqual([]);

    const deleted = actions(b.app, b.dossierId).filter((entry) => entry.action === 'bijlage.verwijderd');
    expect(deleted.map((entry) => [entry.details.bestandsnaam, entry.details.notities])).toEqual([
      ['een.pdf', 1],
      ['twee.pdf', 0],
    ]);
    expect(await call(b.app, 'bijlagen.delete', { bijlageId: first!.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    b.app.shutdown();
  });

  it('keeps notes on pages of a document, in page order, audited and on the timeline', async () => {
    const b = await bench();
    b.choose([b.file('jaarrekening.pdf', pdf()), b.file('foto.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(100)]))]);
    const [document, photo] = (await callOk(b.app, 'bijlagen.importViaDialog', { dossierId: b.dossierId })).geimporteerd;
    await callOk(b.app, 'bijlagen.addNote', { bijlageId: document!.id, pagina: 4, tekst: '  lening zonder aflossingsschema ' });
    await callOk(b.app, 'bijlagen.addNote', { bijlageId: document!.id, pagina: 2, tekst: 'Eigen vermogen negatief.' });
    const { notities } = await callOk(b.app, 'bijlagen.addNote', {
      bijlageId: document!.id,
      tekst: 'Opgevraagd bij de accountant.',
    });
    expect(notities.map((note) => [note.pagina, note.tekst])).toEqual([
      [null, 'Opgevraagd bij de accountant.'],
      [2, 'Eigen vermogen negatief.'],
      [4, 'lening zonder aflossingsschema'],
    ]);
    expect(notities[0]!.gemaaktDoor).toBe('testcoördinator');
    expect((await callOk(b.app, 'bijlagen.notes', { bijlageId: document!.id })).notities).toEqual(notities);

    const onPhoto = await call(b.app, 'bijlagen.addNote', { bijlageId: photo!.id, pagina: 1, tekst: 'Gevel.' });
    expect(onPhoto).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'pagina' }] } } });
    await callOk(b.app, 'bijlagen.addNote', { bijlageId: photo!.id, tekst: 'Gevel van het pand.' });

    const timeline = timelineOfDossier(b.app.vault.database(), b.dossierId).filter((event) => event.soort === 'bijlage.notitie');
    expect(timeline[0]!.omschrijving).toBe('Notitie bij "jaarrekening.pdf", p. 4: lening zonder aflossingsschema');
    const audit = actions(b.app, b.dossierId).filter((entry) => entry.action === 'bijlage.notitie-toegevoegd');
    expect(audit).toHaveLength(4);
    expect(audit[0]!.details).toMatchObject({ bestandsnaam: 'jaarrekening.pdf', pagina: 4, tekst: [null, 'lening zonder aflossingsschema'] });
    b.app.shutdown();
  });

  it('after importing and reading a PDF with a marker and locking, the marker is in no file of the data folder or the OS temp folder', async () => {
    const b = await bench();
    const marker = `MARKER-${randomBytes(8).toString('hex')}`;
    const source = b.file('geheim.pdf', pdf(marker));
    const docxSource = b.file('geheim.docx', docx(`<w:p><w:r><w:t>${marker}</w:t></w:r></w:p>`));
    b.choose([source, docxSource]);
    const [attachment, word] = (await callOk(b.app, 'bijlagen.importViaDialog', { dossierId: b.dossierId })).geimporteerd;
    const first = await callOk(b.app, 'bijlagen.read', { bijlageId: attachment!.id, offset: 0, length: 1024 * 1024 });
    expect(Buffer.from(first.data, 'base64').includes(Buffer.from(marker))).toBe(true);
    expect((await callOk(b.app, 'bijlagen.textPreview', { bijlageId: word!.id })).tekst).toBe(marker);
    await callOk(b.app, 'vault.lock');
    // The sources were the coordinator's own files; they are not part of what the app wrote.
    rmSync(b.sources, { recursive: true, force: true });
    expect(existsSync(source)).toBe(false);

    const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
    const dataFiles = filesBelow(b.folder);
    // The database, its key file and one encrypted file per content, named by a random id.
    expect(dataFiles.map((file) => path.relative(b.folder, file)).sort()).toEqual([
      expect.stringMatching(/^bijlagen[\\/][0-9a-f]{32}$/),
      expect.stringMatching(/^bijlagen[\\/][0-9a-f]{32}$/),
      'vault.db',
      'vault.keys.json',
    ]);
    const scanned = [...dataFiles, ...filesBelow(os.tmpdir()).filter((file) => !file.startsWith(b.folder))];
    const leaks = scanned.filter((file) => needles.some((needle) => fileContains(file, needle)));
    expect(leaks).toEqual([]);
    b.app.shutdown();
  }, SCAN_TIMEOUT_MS);

  it('refuses malformed payloads of every attachment call with VALIDATION before any service runs', async () => {
    const names = callNames.filter((name) => name in attachmentCalls);
    expect(names).toHaveLength(Object.keys(attachmentCalls).length);
    for (const name of names) {
      const shape = (contract[name].input as { shape?: object }).shape;
      if (shape && Object.keys(shape).length > 0) expect(malformedAttachmentPayloads[name], name).toBeDefined();
    }
    const b = await bench();
    b.choose([b.file('a.txt', 'a\n')]);
    const before = () => ({
      audit: listAudit(b.app.vault.database()).length,
      bijlagen: (b.app.vault.database().prepare('SELECT count(*) AS n FROM bijlage').get() as { n: number }).n,
    });
    const snapshot = before();
    for (const name of names) {
      for (const payload of [null, 'tekst', 42, [], { onbekendVeld: 1 }, ...(malformedAttachmentPayloads[name] ?? [])]) {
        const result = await call(b.app, name, payload);
        expect(result, `${name} with ${JSON.stringify(payload)?.slice(0, 80)}`).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
        if (!result.ok) expect(result.error.message).toMatch(/invoer/);
      }
    }
    expect(before()).toEqual(snapshot);
    expect(b.dialogsOpened()).toBe(0);
    await callOk(b.app, 'vault.lock');
    expect(await call(b.app, 'bijlagen.list', { dossierId: b.dossierId })).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    b.app.shutdown();
  });
});

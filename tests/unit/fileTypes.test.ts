import { describe, expect, it } from 'vitest';
import { crc32 } from 'node:zlib';
import {
  HEAD_BYTES,
  TAIL_BYTES,
  detectFileType,
  detectFromHead,
  extensionMismatch,
  extensionOf,
  zipEntryNames,
  type AttachmentType,
  type ContentSample,
} from '../../main/files/fileTypes';

/** A stored (uncompressed) ZIP, optionally with data descriptors, ZIP64 end records or a trailing comment. */
function zip(entries: { name: string; data?: Buffer }[], options: { dataDescriptor?: boolean; zip64?: boolean; comment?: string } = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = entry.data ?? Buffer.from(`<inhoud van ${entry.name}/>`);
    const name = Buffer.from(entry.name);
    const crc = crc32(data);
    const flags = options.dataDescriptor ? 0x08 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt32LE(options.dataDescriptor ? 0 : crc, 14);
    local.writeUInt32LE(options.dataDescriptor ? 0 : data.length, 18);
    local.writeUInt32LE(options.dataDescriptor ? 0 : data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(options.dataDescriptor ? 16 : 0);
    if (options.dataDescriptor) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(data.length, 8);
      descriptor.writeUInt32LE(data.length, 12);
    }
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    parts.push(local, name, data, descriptor);
    offset += local.length + name.length + data.length + descriptor.length;
  }
  const directory = Buffer.concat(central);
  const comment = Buffer.from(options.comment ?? '');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(options.zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : directory.length, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  end.writeUInt16LE(comment.length, 20);
  const zip64: Buffer[] = [];
  if (options.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    zip64.push(record, locator);
  }
  return Buffer.concat([...parts, directory, ...zip64, end, comment]);
}

const contentTypes = { name: '[Content_Types].xml' };
const docxEntries = [contentTypes, { name: '_rels/.rels' }, { name: 'docProps/core.xml' }, { name: 'word/document.xml' }, { name: 'word/styles.xml' }];
const xlsxEntries = [contentTypes, { name: '_rels/.rels' }, { name: 'xl/workbook.xml' }, { name: 'xl/worksheets/sheet1.xml' }];

/** What the importer hands to detection: the head, and the tail when the file is longer than the head. */
function sampleOf(content: Buffer): ContentSample {
  return { head: content.subarray(0, HEAD_BYTES), tail: content.subarray(Math.max(0, content.length - TAIL_BYTES)), size: content.length };
}

const bytes = (...values: number[]) => Buffer.from(values);
const text = (value: string) => Buffer.from(value, 'utf8');
const utf16le = (value: string) => Buffer.concat([bytes(0xff, 0xfe), Buffer.from(value, 'utf16le')]);
const utf16be = (value: string) => Buffer.concat([bytes(0xfe, 0xff), Buffer.from(value, 'utf16le').swap16()]);
const pseudoRandom = (length: number, seed = 7) => {
  const out = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
};

const email = [
  'Return-Path: <info@voorbeeld.nl>',
  'Received: from mail.voorbeeld.nl (mail.voorbeeld.nl [192.0.2.1])',
  '\tby mx.gemeente.nl; Mon, 23 Nov 2026 10:00:00 +0100',
  'From: "Café Čović" <info@voorbeeld.nl>',
  'To: bibob@gemeente.nl',
  'Subject: Aanvullende stukken',
  'Date: Mon, 23 Nov 2026 10:00:00 +0100',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Geachte heer, mevrouw,',
  '',
  'Bijgaand de gevraagde stukken.',
].join('\r\n');

const cases: [string, Buffer, AttachmentType | null][] = [
  ['a PDF', text('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n'), 'pdf'],
  ['a PNG', Buffer.concat([bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), text('IHDR'), pseudoRandom(40)]), 'png'],
  ['a JPEG (JFIF)', Buffer.concat([bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16), text('JFIF\0'), pseudoRandom(40), bytes(0xff, 0xd9)]), 'jpeg'],
  ['a JPEG (Exif)', Buffer.concat([bytes(0xff, 0xd8, 0xff, 0xe1, 0, 16), text('Exif\0\0'), pseudoRandom(40)]), 'jpeg'],
  ['a GIF89a', Buffer.concat([text('GIF89a'), pseudoRandom(30)]), 'gif'],
  ['a GIF87a', Buffer.concat([text('GIF87a'), pseudoRandom(30)]), 'gif'],
  ['a WebP', Buffer.concat([text('RIFF'), bytes(36, 0, 0, 0), text('WEBPVP8 '), pseudoRandom(28)]), 'webp'],
  ['a RIFF that is not WebP (WAV)', Buffer.concat([text('RIFF'), bytes(36, 0, 0, 0), text('WAVEfmt '), pseudoRandom(28)]), null],
  ['a docx', zip(docxEntries), 'docx'],
  ['an xlsx', zip(xlsxEntries), 'xlsx'],
  ['a docx written with data descriptors (names only in the central directory)', zip(docxEntries, { dataDescriptor: true }), 'docx'],
  ['an xlsx with ZIP64 end records', zip(xlsxEntries, { zip64: true }), 'xlsx'],
  ['a docx with a comment after the directory', zip(docxEntries, { comment: 'gemaakt door een scanner' }), 'docx'],
  ['a docx whose first part is larger than the head', zip([contentTypes, { name: 'media/scan.png', data: pseudoRandom(3 * HEAD_BYTES) }, { name: 'word/document.xml' }]), 'docx'],
  ['a macro-enabled Word file (.docm)', zip([...docxEntries, { name: 'word/vbaProject.bin' }]), null],
  ['a macro-enabled Excel file (.xlsm)', zip([...xlsxEntries, { name: 'xl/vbaProject.bin' }]), null],
  ['an OpenDocument text', zip([{ name: 'mimetype', data: text('application/vnd.oasis.opendocument.text') }, { name: 'content.xml' }]), null],
  ['a ZIP without [Content_Types].xml', zip([{ name: 'word/document.xml' }]), null],
  ['a package with both word/ and xl/', zip([contentTypes, { name: 'word/document.xml' }, { name: 'xl/workbook.xml' }]), null],
  ['a plain ZIP archive', zip([{ name: 'foto.jpg' }, { name: 'notities.txt' }]), null],
  ['a truncated ZIP (no end record)', zip(docxEntries).subarray(0, 40), null],
  ['an e-mail', text(email), 'eml'],
  ['an e-mail with LF line ends and an mbox From line', text(`From info@voorbeeld.nl Mon Nov 23 10:00:00 2026\n${email.replace(/\r\n/g, '\n')}`), 'eml'],
  ['an e-mail with a Latin-1 body', Buffer.concat([text('From: a@voorbeeld.nl\r\nSubject: Caf\r\n\r\n'), bytes(0x43, 0x61, 0x66, 0xe9)]), 'eml'],
  ['text whose first lines look like headers but not of e-mail', text('Notitie: gesprek met aanvrager\nDatum: 23-11-2026\n\nTekst.'), 'txt'],
  ['a text starting with a URL', text('https://www.justis.nl/bibob\nZie de website.'), 'txt'],
  ['one mail header only', text('Subject: losse regel\n\nTekst'), 'txt'],
  ['UTF-8 text with diacritics', text('Café Čović B.V., Ĳsselmonde — “aanvraag” €\n'), 'txt'],
  ['UTF-8 text with a BOM', Buffer.concat([bytes(0xef, 0xbb, 0xbf), text('Aantekeningen\r\n')]), 'txt'],
  ['UTF-16LE text with a BOM', utf16le('Aantekeningen Čović\r\n'), 'txt'],
  ['UTF-16BE text with a BOM', utf16be('Aantekeningen Čović\r\n'), 'txt'],
  ['UTF-16 with a NUL character', utf16le('a\0b'), null],
  ['UTF-16 with an odd number of bytes', Buffer.concat([utf16le('abc'), bytes(0x41)]), null],
  ['text with tabs, form feeds and ANSI colours', text('kolom\tkolom\f\x1b[1mvet\x1b[0m\n'), 'txt'],
  ['text with a NUL byte', text('tekst\0tekst'), null],
  ['text with another control character', text('tekst\x07tekst'), null],
  ['invalid UTF-8', bytes(0x61, 0xc3, 0x28, 0x62), null],
  ['Latin-1 text (not UTF-8)', bytes(0x43, 0x61, 0x66, 0xe9, 0x0a), null],
  ['a Linux executable (ELF)', Buffer.concat([bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0), Buffer.alloc(8), pseudoRandom(100)]), null],
  ['a Windows executable (MZ)', Buffer.concat([text('MZ'), bytes(0x90, 0, 3, 0), Buffer.alloc(58), text('PE\0\0')]), null],
  ['an old Office or encrypted Office file (OLE)', Buffer.concat([bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), Buffer.alloc(100)]), null],
  ['a PDF header after binary bytes (polyglot)', Buffer.concat([bytes(0, 1, 2, 3), text('%PDF-1.4\n')]), null],
  ['random bytes', pseudoRandom(4096), null],
];

describe('detectFileType: the type comes from the content', () => {
  it.each(cases)('%s', (_label, content, expected) => {
    const found = detectFileType(sampleOf(content));
    expect(found?.type ?? null).toBe(expected);
  });

  it('gives the MIME type with the type', () => {
    expect(detectFileType(sampleOf(text('%PDF-1.4\n')))).toEqual({ type: 'pdf', mime: 'application/pdf' });
    expect(detectFileType(sampleOf(zip(docxEntries)))).toEqual({
      type: 'docx',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(detectFileType(sampleOf(text(email)))?.mime).toBe('message/rfc822');
  });

  it('refuses empty content', () => {
    expect(detectFileType({ head: new Uint8Array(0), size: 0 })).toBeNull();
  });

  it('accepts a multi-byte character cut off by the end of the head of a longer file, but not at the end of a whole file', () => {
    const partial = Buffer.concat([text('tekst '), text('ć').subarray(0, 1)]); // the first of the two bytes of 'ć'
    expect(detectFromHead(partial, partial.length + 100)).toEqual({ kind: 'decided', detected: { type: 'txt', mime: 'text/plain' } });
    expect(detectFromHead(partial, partial.length)).toEqual({ kind: 'decided', detected: null });
  });

  it('decides from the head alone except for a ZIP, which needs the tail', () => {
    expect(detectFromHead(zip(docxEntries).subarray(0, 100), 5000)).toEqual({ kind: 'zip' });
    expect(detectFromHead(text('%PDF-1.7'), 5000)).toEqual({ kind: 'decided', detected: { type: 'pdf', mime: 'application/pdf' } });
    expect(detectFromHead(bytes(0x7f, 0x45, 0x4c, 0x46), 5000)).toEqual({ kind: 'decided', detected: null });
  });

  it('reads the entry names of a large package from the central directory in the tail only', () => {
    const big = zip([contentTypes, { name: 'media/video.bin', data: pseudoRandom(2 * TAIL_BYTES) }, { name: 'xl/workbook.xml' }], { dataDescriptor: true });
    const names = zipEntryNames(sampleOf(big));
    expect([...names].sort()).toEqual(['[Content_Types].xml', 'media/video.bin', 'xl/workbook.xml']);
    expect(detectFileType(sampleOf(big))?.type).toBe('xlsx');
  });
});

describe('extensionMismatch', () => {
  const pdf = { type: 'pdf', mime: 'application/pdf' } as const;
  const png = { type: 'png', mime: 'image/png' } as const;
  const jpeg = { type: 'jpeg', mime: 'image/jpeg' } as const;
  const txt = { type: 'txt', mime: 'text/plain' } as const;

  it.each([
    ['rapport.pdf', pdf],
    ['RAPPORT.PDF', pdf],
    ['foto.JPG', jpeg],
    ['foto.jpeg', jpeg],
    ['aantekeningen.txt', txt],
    ['export.csv', txt],
    ['zonder-extensie', pdf],
    ['.verborgen', pdf],
  ] as const)('%s with the content of %o: no warning', (name, found) => {
    expect(extensionMismatch(name, found)).toBeNull();
  });

  it('warns in Dutch when the extension names another allowed type', () => {
    const warning = extensionMismatch('uittreksel-kvk.pdf', png);
    expect(warning).toBe('De naam "uittreksel-kvk.pdf" eindigt op .pdf (een PDF-document), maar de inhoud is een PNG-afbeelding. Controleer of dit het juiste bestand is.');
  });

  it('warns when the extension names no allowed type at all', () => {
    expect(extensionMismatch('scan.exe', pdf)).toBe('De naam "scan.exe" eindigt op .exe, maar de inhoud is een PDF-document. Controleer of dit het juiste bestand is.');
  });

  it('reads the extension of the last path segment only', () => {
    expect(extensionOf('C:\\stukken.v2\\rapport')).toBe('');
    expect(extensionOf('/tmp/map.d/brief.DOCX')).toBe('docx');
    expect(extensionOf('archief.tar.gz')).toBe('gz');
  });
});

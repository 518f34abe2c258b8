import { Readable, pipeline } from 'node:stream';
import { createInflateRaw, crc32 } from 'node:zlib';
import { BibobError } from '../../src/contract/errors';

/*
 * The text of a Word document (.docx) for the preview, read from the stored bytes without any file: the ZIP's
 * central directory is located from its end, the main document part is found through the package relationships,
 * inflated with bounded output and stripped of its XML to paragraphs. Every read and every buffer is bounded.
 */

/** The stored bytes of an attachment, read by range (from the vault). */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Buffer;
  /** The bytes [start, end) as a sequence of parts of at most one chunk each. */
  parts(start: number, end: number): Iterable<Buffer>;
}

/** The most central directory that is read: far above any ordinary document's. */
const MAX_DIRECTORY_BYTES = 8 * 1024 * 1024;
/** The most XML of the main part that is inflated: many times the XML of 200,000 characters of text. */
const MAX_XML_BYTES = 24 * 1024 * 1024;
/** The most of a small part (the relationships) that is read. */
const MAX_SMALL_PART_BYTES = 1024 * 1024;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

export function damagedDocx(bestandsnaam: string, waarom: string): BibobError {
  return new BibobError(
    'FILE_REJECTED',
    `Van het Word-document "${bestandsnaam}" kan geen tekstweergave worden gemaakt: ${waarom} Exporteer het en open het in Word om het te bekijken.`,
    { reden: 'beschadigd', bestandsnaam },
  );
}

const u64 = (bytes: Buffer, at: number): number => bytes.readUInt32LE(at) + bytes.readUInt32LE(at + 4) * 0x100000000;

/** The entries of the ZIP's central directory. */
function readDirectory(source: ByteSource, fail: (why: string) => BibobError): ZipEntry[] {
  const tailLength = Math.min(source.size, 22 + 0xffff + 20);
  const tail = source.read(source.size - tailLength, tailLength);
  let eocd = -1;
  for (let at = tail.length - 22; at >= 0; at -= 1) {
    if (tail.readUInt32LE(at) === EOCD && at + 22 + tail.readUInt16LE(at + 20) === tail.length) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw fail('het einde van het ZIP-pakket ontbreekt.');
  let count = tail.readUInt16LE(eocd + 10);
  let directorySize = tail.readUInt32LE(eocd + 12);
  let directoryOffset = tail.readUInt32LE(eocd + 16);
  if ((directorySize === MAX32 || directoryOffset === MAX32 || count === 0xffff) && eocd >= 20 && tail.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const zip64EndOffset = u64(tail, eocd - 20 + 8);
    if (zip64EndOffset + 56 > source.size) throw fail('het ZIP-pakket is onvolledig.');
    const zip64End = source.read(zip64EndOffset, 56);
    if (zip64End.readUInt32LE(0) !== ZIP64_END) throw fail('het ZIP-pakket is onvolledig.');
    count = u64(zip64End, 32);
    directorySize = u64(zip64End, 40);
    directoryOffset = u64(zip64End, 48);
  }
  if (directorySize > MAX_DIRECTORY_BYTES) throw fail('het bevat ongewoon veel onderdelen.');
  if (directoryOffset + directorySize > source.size) throw fail('de inhoudsopgave van het ZIP-pakket valt buiten het bestand.');
  const directory = source.read(directoryOffset, directorySize);
  const entries: ZipEntry[] = [];
  let at = 0;
  while (at + 46 <= directory.length && entries.length < count) {
    if (directory.readUInt32LE(at) !== CENTRAL) throw fail('de inhoudsopgave van het ZIP-pakket is beschadigd.');
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    if (at + 46 + nameLength + extraLength > directory.length) throw fail('de inhoudsopgave van het ZIP-pakket is beschadigd.');
    let compressedSize = directory.readUInt32LE(at + 20);
    let size = directory.readUInt32LE(at + 24);
    let localOffset = directory.readUInt32LE(at + 42);
    // ZIP64: the sizes and offset that do not fit in 32 bits are in the extra field 0x0001, in this order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = directory.readUInt16LE(extra);
      const length = directory.readUInt16LE(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        const take = () => {
          if (field + 8 > extra + 4 + length) throw fail('de inhoudsopgave van het ZIP-pakket is beschadigd.');
          const value = u64(directory, field);
          field += 8;
          return value;
        };
        if (size === MAX32) size = take();
        if (compressedSize === MAX32) compressedSize = take();
        if (localOffset === MAX32) localOffset = take();
      }
      extra += 4 + length;
    }
    entries.push({
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      flags: directory.readUInt16LE(at + 8),
      method: directory.readUInt16LE(at + 10),
      crc: directory.readUInt32LE(at + 16),
      compressedSize,
      size,
      localOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's data starts, from its local header. */
function dataStart(source: ByteSource, entry: ZipEntry, fail: (why: string) => BibobError): number {
  if (entry.localOffset + 30 > source.size) throw fail(`het onderdeel ${entry.name} valt buiten het bestand.`);
  const local = source.read(entry.localOffset, 30);
  if (local.readUInt32LE(0) !== LOCAL) throw fail(`het onderdeel ${entry.name} is beschadigd.`);
  const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (start + entry.compressedSize > source.size) throw fail(`het onderdeel ${entry.name} valt buiten het bestand.`);
  return start;
}

/** An entry's content, at most `limit` bytes of it; `cut` when there was more. Checks the CRC of a complete entry. */
async function entryContent(source: ByteSource, entry: ZipEntry, limit: number, fail: (why: string) => BibobError): Promise<{ data: Buffer; cut: boolean }> {
  if ((entry.flags & 0x01) !== 0) throw fail('het is versleuteld.');
  const start = dataStart(source, entry, fail);
  let data: Buffer;
  let cut = false;
  if (entry.method === 0) {
    cut = entry.compressedSize > limit;
    data = source.read(start, Math.min(entry.compressedSize, limit));
  } else if (entry.method === 8) {
    const chunks: Buffer[] = [];
    let total = 0;
    const inflated = pipeline(Readable.from(source.parts(start, start + entry.compressedSize)), createInflateRaw(), () => undefined);
    try {
      for await (const chunk of inflated as AsyncIterable<Buffer>) {
        const take = Math.min(chunk.length, limit - total);
        chunks.push(chunk.subarray(0, take));
        total += take;
        if (total >= limit) {
          cut = true;
          break;
        }
      }
    } catch (error) {
      if (error instanceof BibobError) throw error;
      throw fail(`het onderdeel ${entry.name} kan niet worden uitgepakt.`);
    } finally {
      inflated.destroy();
    }
    data = Buffer.concat(chunks);
  } else {
    throw fail('het gebruikt een compressiemethode die niet wordt ondersteund.');
  }
  if (!cut && (data.length !== entry.size || crc32(data) !== entry.crc)) throw fail(`het onderdeel ${entry.name} klopt niet met zijn controlegetal.`);
  return { data, cut };
}

const xmlEntities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return xmlEntities[name] ?? whole;
  });
}

/** The part the package's relationships name as the main document; word/document.xml when they name none. */
function mainPartName(relationships: string | null): string {
  if (relationships) {
    for (const match of relationships.matchAll(/<(?:[A-Za-z0-9_]+:)?Relationship\b([^>]*)>/g)) {
      const attributes = match[1]!;
      const type = /\bType\s*=\s*"([^"]*)"/.exec(attributes)?.[1] ?? '';
      const target = /\bTarget\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
      if (target && type.endsWith('/officeDocument') && !/\bTargetMode\s*=\s*"External"/.test(attributes)) {
        return decodeXmlEntities(target).replace(/^\/+/, '');
      }
    }
  }
  return 'word/document.xml';
}

/**
 * The text of WordprocessingML: the content of text elements (w:t, and DrawingML a:t in text boxes), a line per
 * paragraph, tabs and breaks kept. Deleted text, field codes, tab-stop definitions and the fallback copies of text
 * boxes are left out. Works on a cut-off document as well.
 */
export function wordXmlToText(xml: string, maxChars: number): { tekst: string; ingekort: boolean } {
  let out = '';
  let inText = false;
  let skipDepth = 0;
  let ingekort = false;
  const tokens = /<[^>]*>|[^<]+/g;
  for (let match = tokens.exec(xml); match; match = tokens.exec(xml)) {
    const token = match[0];
    if (token[0] !== '<') {
      if (inText && skipDepth === 0) out += decodeXmlEntities(token);
    } else if (token.startsWith('<?') || token.startsWith('<!')) {
      continue;
    } else {
      const closing = token[1] === '/';
      const selfClosing = token.endsWith('/>');
      const local = (/^<\/?([^\s/>]+)/.exec(token)?.[1] ?? '').replace(/^.*:/, '');
      if (local === 'tabs' || local === 'Fallback' || local === 'delText' || local === 'instrText') {
        if (!selfClosing) skipDepth += closing ? -1 : 1;
        if (skipDepth < 0) skipDepth = 0;
        continue;
      }
      if (skipDepth > 0) continue;
      if (local === 't') inText = !closing && !selfClosing;
      else if (local === 'tab' && !closing) out += '\t';
      else if ((local === 'br' || local === 'cr') && !closing) out += '\n';
      else if (local === 'noBreakHyphen' && !closing) out += '-';
      else if (local === 'p' && (closing || selfClosing)) out += '\n';
    }
    if (out.length > maxChars) {
      ingekort = true;
      break;
    }
  }
  const normalized = out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  const tekst = cutAt(normalized, maxChars);
  return { tekst, ingekort: ingekort || tekst.length < normalized.length };
}

/** At most `max` characters, without cutting a surrogate pair in two. */
export function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** The text of a .docx from its stored bytes. */
export async function docxText(source: ByteSource, bestandsnaam: string, maxChars: number): Promise<{ tekst: string; ingekort: boolean }> {
  const fail = (why: string) => damagedDocx(bestandsnaam, why);
  const entries = readDirectory(source, fail);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const relationshipsEntry = byName.get('_rels/.rels');
  const relationships = relationshipsEntry ? (await entryContent(source, relationshipsEntry, MAX_SMALL_PART_BYTES, fail)).data.toString('utf8') : null;
  const main = byName.get(mainPartName(relationships));
  if (!main) throw fail('het hoofddocument ontbreekt in het pakket.');
  const { data, cut } = await entryContent(source, main, MAX_XML_BYTES, fail);
  const encoding = data[0] === 0xff && data[1] === 0xfe ? 'utf-16le' : data[0] === 0xfe && data[1] === 0xff ? 'utf-16be' : 'utf-8';
  const xml = new TextDecoder(encoding).decode(data);
  const text = wordXmlToText(xml, maxChars);
  return { tekst: text.tekst, ingekort: text.ingekort || cut };
}

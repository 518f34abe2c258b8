/**
 * What an imported file is, decided from its bytes and never from its name. Pure functions of a bounded prefix
 * (and, for ZIP-based Office files, a bounded suffix) of the content: the importer hands in what it has already
 * read while streaming, so detection costs no extra reads and judges exactly the bytes that are stored.
 */

export type AttachmentType = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'docx' | 'xlsx' | 'eml' | 'txt';

export interface DetectedType {
  readonly type: AttachmentType;
  readonly mime: string;
}

export const attachmentTypes: Readonly<Record<AttachmentType, { mime: string; extensions: readonly string[]; omschrijving: string }>> = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'], omschrijving: 'een PDF-document' },
  png: { mime: 'image/png', extensions: ['png'], omschrijving: 'een PNG-afbeelding' },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'], omschrijving: 'een JPEG-afbeelding' },
  gif: { mime: 'image/gif', extensions: ['gif'], omschrijving: 'een GIF-afbeelding' },
  webp: { mime: 'image/webp', extensions: ['webp'], omschrijving: 'een WebP-afbeelding' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], omschrijving: 'een Word-document (.docx)' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], omschrijving: 'een Excel-werkmap (.xlsx)' },
  eml: { mime: 'message/rfc822', extensions: ['eml'], omschrijving: 'een e-mailbericht (.eml)' },
  txt: { mime: 'text/plain', extensions: ['txt', 'text', 'log', 'csv'], omschrijving: 'een tekstbestand' },
};

/** For messages to the coordinator. */
export const allowedTypesText = 'PDF, afbeeldingen (PNG, JPEG, GIF, WebP), Word (.docx), Excel (.xlsx), e-mail (.eml) en platte tekst (.txt)';

/** How much of the start of a file detection looks at. */
export const HEAD_BYTES = 64 * 1024;
/**
 * How much of the end of a file detection looks at for a ZIP's central directory: the end-of-central-directory
 * record plus its longest possible comment (22 + 65,535 bytes) and room for the directory of any ordinary
 * Office file. A larger directory is still read in part, together with the local headers in the head.
 */
export const TAIL_BYTES = 256 * 1024;

/** The content's first bytes and, when the file is longer than those, its last bytes. */
export interface ContentSample {
  /** The first min(size, HEAD_BYTES) bytes (fewer is allowed: detection uses what it gets). */
  readonly head: Uint8Array;
  /** The last bytes of the content (up to TAIL_BYTES); needed only for ZIP-based files. */
  readonly tail?: Uint8Array;
  /** The content's total size in bytes. */
  readonly size: number;
}

/** What the head alone says: a final answer, or "a ZIP: look at the tail as well". */
export type HeadVerdict = { readonly kind: 'decided'; readonly detected: DetectedType | null } | { readonly kind: 'zip' };

const detected = (type: AttachmentType): DetectedType => ({ type, mime: attachmentTypes[type].mime });

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((byte, index) => bytes[at + index] === byte);
}

const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));

const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GIF87 = ascii('GIF87a');
const GIF89 = ascii('GIF89a');
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];

/**
 * Decides from the first bytes. Binary formats by their magic number at offset 0 (a PDF header further in, which
 * some readers tolerate, is refused: that is how polyglot files slip through). A ZIP needs the tail too.
 */
export function detectFromHead(head: Uint8Array, size: number): HeadVerdict {
  if (head.length === 0) return { kind: 'decided', detected: null };
  if (startsWith(head, PDF)) return { kind: 'decided', detected: detected('pdf') };
  if (startsWith(head, PNG)) return { kind: 'decided', detected: detected('png') };
  if (startsWith(head, JPEG)) return { kind: 'decided', detected: detected('jpeg') };
  if (startsWith(head, GIF87) || startsWith(head, GIF89)) return { kind: 'decided', detected: detected('gif') };
  if (startsWith(head, RIFF) && startsWith(head, WEBP, 8)) return { kind: 'decided', detected: detected('webp') };
  if (startsWith(head, ZIP_LOCAL)) return { kind: 'zip' };
  const complete = head.length >= size;
  if (looksLikeEmail(head, complete)) return { kind: 'decided', detected: detected('eml') };
  if (isPlainText(head, complete)) return { kind: 'decided', detected: detected('txt') };
  return { kind: 'decided', detected: null };
}

/** The type of the content, or null when it is not one of the allowed types. */
export function detectFileType(sample: ContentSample): DetectedType | null {
  const verdict = detectFromHead(sample.head, sample.size);
  if (verdict.kind === 'decided') return verdict.detected;
  return officeTypeOfZip(zipEntryNames(sample));
}

/**
 * docx and xlsx are ZIP packages with `[Content_Types].xml` and their main part under `word/` or `xl/`. A package
 * with a VBA project is macro-enabled (.docm/.xlsm), which is not an allowed type; so is one that claims both.
 */
export function officeTypeOfZip(names: ReadonlySet<string>): DetectedType | null {
  if (!names.has('[Content_Types].xml')) return null;
  const all = [...names];
  const word = all.some((name) => name.startsWith('word/'));
  const excel = all.some((name) => name.startsWith('xl/'));
  if (all.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) return null;
  if (word && !excel) return detected('docx');
  if (excel && !word) return detected('xlsx');
  return null;
}

const readU16 = (bytes: Uint8Array, at: number): number => bytes[at]! | (bytes[at + 1]! << 8);
const readU32 = (bytes: Uint8Array, at: number): number => (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16)) + bytes[at + 3]! * 0x1000000;
const readU64 = (bytes: Uint8Array, at: number): number => readU32(bytes, at) + readU32(bytes, at + 4) * 0x100000000;

const utf8 = new TextDecoder('utf-8');
const entryName = (bytes: Uint8Array, start: number, length: number): string => utf8.decode(bytes.subarray(start, start + length));

/**
 * The names of the entries of a ZIP, as far as the sample shows them: the central directory (located through the
 * end-of-central-directory record in the tail, ZIP64 included), and the local file headers at the start of the head.
 */
export function zipEntryNames(sample: ContentSample): Set<string> {
  const names = new Set<string>();
  const tail = sample.tail ?? (sample.head.length >= sample.size ? sample.head : new Uint8Array(0));
  const tailStart = sample.size - tail.length;
  const directory = centralDirectoryRange(tail, tailStart);
  if (directory) {
    // Where the directory starts before the tail, read the entries that the tail holds (found by signature).
    let at = Math.max(directory.offset - tailStart, 0);
    const end = Math.min(directory.offset + directory.size - tailStart, tail.length);
    if (directory.offset < tailStart) at = nextSignature(tail, CENTRAL_HEADER, at, end);
    while (at >= 0 && at + 46 <= end && startsWith(tail, CENTRAL_HEADER, at)) {
      const nameLength = readU16(tail, at + 28);
      const next = at + 46 + nameLength + readU16(tail, at + 30) + readU16(tail, at + 32);
      if (at + 46 + nameLength > tail.length) break;
      names.add(entryName(tail, at + 46, nameLength));
      at = next;
    }
  }
  // Local headers in order from offset 0, as long as their sizes allow skipping over the data.
  const head = sample.head;
  let at = 0;
  while (at + 30 <= head.length && startsWith(head, ZIP_LOCAL, at)) {
    const flags = readU16(head, at + 6);
    const compressedSize = readU32(head, at + 18);
    const nameLength = readU16(head, at + 26);
    const extraLength = readU16(head, at + 28);
    if (at + 30 + nameLength > head.length) break;
    names.add(entryName(head, at + 30, nameLength));
    // Sizes in a trailing data descriptor (flag bit 3) or in a ZIP64 extra field: the next header cannot be found.
    if ((flags & 0x08) !== 0 || compressedSize === 0xffffffff) break;
    at += 30 + nameLength + extraLength + compressedSize;
  }
  return names;
}

const CENTRAL_HEADER = [0x50, 0x4b, 0x01, 0x02];
const END_OF_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];
const ZIP64_LOCATOR = [0x50, 0x4b, 0x06, 0x07];
const ZIP64_END = [0x50, 0x4b, 0x06, 0x06];

function nextSignature(bytes: Uint8Array, signature: readonly number[], from: number, end: number): number {
  for (let at = from; at + signature.length <= end; at += 1) if (startsWith(bytes, signature, at)) return at;
  return -1;
}

/** The central directory's offset and size in the file, from the end-of-central-directory record in the tail. */
function centralDirectoryRange(tail: Uint8Array, tailStart: number): { offset: number; size: number } | null {
  // The record is 22 bytes plus a comment of at most 65,535: search backwards from the end.
  for (let at = tail.length - 22; at >= Math.max(0, tail.length - 22 - 0xffff); at -= 1) {
    if (!startsWith(tail, END_OF_DIRECTORY, at)) continue;
    if (at + 22 + readU16(tail, at + 20) !== tail.length) continue;
    let size = readU32(tail, at + 12);
    let offset = readU32(tail, at + 16);
    if ((size === 0xffffffff || offset === 0xffffffff) && at >= 20 && startsWith(tail, ZIP64_LOCATOR, at - 20)) {
      const zip64End = readU64(tail, at - 20 + 8) - tailStart;
      if (zip64End >= 0 && zip64End + 56 <= tail.length && startsWith(tail, ZIP64_END, zip64End)) {
        size = readU64(tail, zip64End + 40);
        offset = readU64(tail, zip64End + 48);
      }
    }
    return { offset, size };
  }
  return null;
}

/** The C0 control characters that ordinary text may contain (DEL and the others it may not): tab, LF, VT, FF, CR, SUB (old DOS end of file), ESC. */
const allowedControls = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a, 0x1b]);

function hasForbiddenControl(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && !allowedControls.has(code)) || code === 0x7f) return true;
  }
  return false;
}

/**
 * Text: valid UTF-8 (with or without BOM), or UTF-16 with a BOM, without NUL or other control characters in the
 * sample. `complete` says whether the sample is the whole file; if it is not, a multi-byte character cut off at the
 * end of the sample is not an error.
 */
export function isPlainText(sample: Uint8Array, complete: boolean): boolean {
  const text = decodeText(sample, complete);
  return text !== null && !hasForbiddenControl(text);
}

function decodeText(sample: Uint8Array, complete: boolean): string | null {
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let body = sample;
  if (startsWith(sample, [0xff, 0xfe])) encoding = 'utf-16le';
  else if (startsWith(sample, [0xfe, 0xff])) encoding = 'utf-16be';
  if (encoding !== 'utf-8') {
    body = sample.subarray(2);
    if (body.length % 2 === 1 && complete) return null;
  } else if (sample.includes(0)) {
    return null;
  }
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(body, { stream: !complete });
  } catch {
    return null;
  }
}

/** Header fields that only e-mail has; a text starting with two header lines but none of these is just text. */
const mailHeaders = new Set([
  'from', 'to', 'cc', 'bcc', 'subject', 'date', 'received', 'mime-version', 'message-id', 'return-path', 'reply-to',
  'sender', 'delivered-to', 'in-reply-to', 'references', 'content-type', 'content-transfer-encoding', 'dkim-signature',
  'x-mailer', 'user-agent', 'thread-topic', 'authentication-results', 'arc-seal', 'x-originating-ip',
]);
/** An RFC 5322 field name: printable US-ASCII except the colon. */
const fieldLine = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:/;

/**
 * An e-mail message (RFC 5322, saved as .eml): its first lines are header fields (continuation lines folded in),
 * up to an empty line or the end of the sample, with at least two fields of which at least two are e-mail headers
 * (From, To, Subject, Date, Received, MIME-Version …). An mbox "From " line before the headers is tolerated.
 * Header bytes are UTF-8 (RFC 6532); the body may be in another 8-bit charset, but the sample holds no NUL or other
 * control characters.
 */
export function looksLikeEmail(sample: Uint8Array, complete: boolean): boolean {
  if (sample.includes(0)) return false;
  const text = new TextDecoder('latin1').decode(sample);
  if (hasForbiddenControl(text)) return false;
  const lines = text.split(/\r?\n/);
  if (!complete && lines.length > 1) lines.pop(); // the last line of a partial sample may be cut off
  let index = lines[0]?.startsWith('From ') ? 1 : 0;
  const fields: string[] = [];
  let headerBytes = 0;
  for (; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line === '') break;
    headerBytes += line.length + 1;
    if (/^[ \t]/.test(line) && fields.length > 0) continue;
    const match = fieldLine.exec(line);
    if (!match) return false;
    fields.push(match[1]!.toLowerCase());
  }
  if (fields.length < 2 || new Set(fields.filter((field) => mailHeaders.has(field))).size < 2) return false;
  // The header block itself must be valid UTF-8.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, Math.min(headerBytes, sample.length)), { stream: true });
  } catch {
    return false;
  }
  return true;
}

/** The extension of a file name, lower case without the dot; '' when there is none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/**
 * A Dutch warning when the name's extension says something other than the content, or null when it agrees. A name
 * without extension gets no warning (the type is shown beside it anyway).
 */
export function extensionMismatch(fileName: string, found: DetectedType): string | null {
  const extension = extensionOf(fileName);
  if (extension === '' || attachmentTypes[found.type].extensions.includes(extension)) return null;
  const claimed = (Object.keys(attachmentTypes) as AttachmentType[]).find((type) => attachmentTypes[type].extensions.includes(extension));
  const claim = claimed ? ` (${attachmentTypes[claimed].omschrijving})` : '';
  return `De naam "${fileName}" eindigt op .${extension}${claim}, maar de inhoud is ${attachmentTypes[found.type].omschrijving}. Controleer of dit het juiste bestand is.`;
}

import { cutAt, decodeXmlEntities } from './attachmentDocx';

/*
 * Text previews of plain text and e-mail messages (.eml), pure functions of a bounded prefix of the stored bytes.
 * An e-mail shows its main headers and its text body: quoted-printable and base64 text parts are decoded, HTML is
 * reduced to text when there is no plain text, and the names of its attachments are listed. A message that cannot
 * be taken apart is shown as its raw text.
 */

/** Plain text in UTF-8 (with or without BOM) or UTF-16 with a BOM; `complete` says whether `bytes` is the whole file. */
export function decodePlainText(bytes: Buffer, complete: boolean): string {
  let encoding = 'utf-8';
  let body = bytes;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, body] = ['utf-16le', bytes.subarray(2)];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, body] = ['utf-16be', bytes.subarray(2)];
  // `stream` leaves out a character cut off at the end of a partial read instead of showing a replacement.
  return new TextDecoder(encoding).decode(body, { stream: !complete }).replace(/\r\n?/g, '\n');
}

export function plainTextPreview(bytes: Buffer, complete: boolean, maxChars: number): { tekst: string; ingekort: boolean } {
  const text = decodePlainText(bytes, complete);
  const tekst = cutAt(text, maxChars);
  return { tekst, ingekort: !complete || tekst.length < text.length };
}

interface MimePart {
  readonly headers: Map<string, string>;
  /** The body as a binary string: one character per byte. */
  readonly body: string;
}

const MAX_DEPTH = 6;

/** Decodes bytes in a charset named by the message; UTF-8 when the name is unknown. */
function decodeCharset(bytes: Buffer, charset: string | undefined): string {
  try {
    return new TextDecoder(charset?.trim() || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Header bytes: UTF-8 (RFC 6532) when valid, otherwise Windows-1252. */
function decodeHeaderBytes(binary: string): string {
  const bytes = Buffer.from(binary, 'latin1');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** RFC 2047 encoded words (=?charset?B|Q?…?=); whitespace between two encoded words is dropped. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g, (whole, charset: string, encoding: string, text: string) => {
      const name = charset.split('*')[0];
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))), 'latin1');
      try {
        return new TextDecoder(name).decode(bytes);
      } catch {
        return whole;
      }
    });
}

/** Splits headers and body at the first empty line; folded header lines are unfolded. First occurrence wins. */
function parsePart(binary: string): MimePart {
  const split = /\r?\n\r?\n/.exec(binary);
  const headerBlock = split ? binary.slice(0, split.index) : binary;
  const body = split ? binary.slice(split.index + split[0].length) : '';
  const headers = new Map<string, string>();
  const lines = headerBlock.split(/\r?\n/);
  if (lines[0]?.startsWith('From ')) lines.shift(); // an mbox separator line
  let current: [string, string] | null = null;
  const flush = () => {
    if (current && !headers.has(current[0])) headers.set(current[0], current[1].trim());
  };
  for (const line of lines) {
    if (/^[ \t]/.test(line) && current) {
      current[1] += ` ${line.trim()}`;
      continue;
    }
    flush();
    const match = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:(.*)$/.exec(line);
    current = match ? [match[1]!.toLowerCase(), match[2]!] : null;
  }
  flush();
  return { headers, body };
}

/** A header value's main value and its parameters (name lower case, quotes removed). */
function headerParameters(value: string | undefined): { value: string; params: Map<string, string> } {
  const params = new Map<string, string>();
  if (!value) return { value: '', params };
  const [main, ...rest] = value.split(';');
  for (const param of rest) {
    const match = /^\s*([^=\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s;]*))/.exec(param);
    if (match) params.set(match[1]!.toLowerCase().replace(/\*$/, ''), match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]!);
  }
  return { value: main!.trim().toLowerCase(), params };
}

/** The bytes of a body after its Content-Transfer-Encoding; null for an encoding that is not understood. */
function transferDecoded(part: MimePart): Buffer | null {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').trim().toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (encoding === 'quoted-printable') {
    return Buffer.from(
      part.body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
      'latin1',
    );
  }
  if (encoding === '7bit' || encoding === '8bit' || encoding === 'binary') return Buffer.from(part.body, 'latin1');
  return null;
}

const htmlEntities: Record<string, string> = { nbsp: ' ', euro: '€', copy: '©', reg: '®', hellip: '…', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', eacute: 'é', euml: 'ë', iuml: 'ï', ouml: 'ö', uuml: 'ü' };

/** Readable text from HTML: scripts and styles removed, block ends as line breaks, tags stripped. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|tr|li|h[1-6]|table|blockquote)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&([a-zA-Z]+);/g, (whole, name: string) => htmlEntities[name.toLowerCase()] ?? whole);
  return decodeXmlEntities(text)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The parts of a multipart body (a body cut off before its closing delimiter keeps what it has). */
function multipartParts(body: string, boundary: string): MimePart[] {
  const delimiter = `--${boundary}`;
  const parts: MimePart[] = [];
  const pieces = body.split(new RegExp(`(?:^|\\r?\\n)${delimiter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  for (const piece of pieces.slice(1)) {
    if (piece.startsWith('--')) break;
    parts.push(parsePart(piece.replace(/^[ \t]*\r?\n/, '')));
  }
  return parts;
}

function attachmentName(part: MimePart): string | null {
  const disposition = headerParameters(part.headers.get('content-disposition'));
  const type = headerParameters(part.headers.get('content-type'));
  const name = disposition.params.get('filename') ?? type.params.get('name');
  if (name) return decodeEncodedWords(decodeHeaderBytes(name));
  return disposition.value === 'attachment' ? '(naamloos)' : null;
}

interface BodyText {
  text: string | null;
  bijlagen: string[];
}

/** The best text of a part: plain text before HTML; the names of the parts that are attachments. */
function bodyOf(part: MimePart, depth: number): BodyText {
  const type = headerParameters(part.headers.get('content-type') ?? 'text/plain');
  const name = depth > 0 ? attachmentName(part) : null;
  const disposition = headerParameters(part.headers.get('content-disposition')).value;
  if (type.value.startsWith('multipart/') && type.params.get('boundary') && depth < MAX_DEPTH) {
    const children = multipartParts(part.body, type.params.get('boundary')!).map((child) => bodyOf(child, depth + 1));
    const bijlagen = children.flatMap((child) => child.bijlagen);
    if (type.value === 'multipart/alternative') {
      const parts = multipartParts(part.body, type.params.get('boundary')!);
      const plainIndex = parts.findIndex((child) => headerParameters(child.headers.get('content-type') ?? 'text/plain').value === 'text/plain');
      const chosen = plainIndex >= 0 ? children[plainIndex] : children.find((child) => child.text !== null);
      return { text: chosen?.text ?? null, bijlagen };
    }
    return { text: children.find((child) => child.text !== null)?.text ?? null, bijlagen };
  }
  if (disposition === 'attachment' || (name && !type.value.startsWith('text/'))) return { text: null, bijlagen: name ? [name] : [] };
  if (type.value === 'message/rfc822' && depth < MAX_DEPTH) return { text: null, bijlagen: [name ?? 'doorgestuurd bericht'] };
  if (type.value === 'text/plain' || type.value === 'text/html' || type.value === '') {
    const bytes = transferDecoded(part);
    if (!bytes) return { text: null, bijlagen: name ? [name] : [] };
    const text = decodeCharset(bytes, type.params.get('charset')).replace(/\r\n?/g, '\n');
    return { text: type.value === 'text/html' ? htmlToText(text) : text, bijlagen: [] };
  }
  return { text: null, bijlagen: name ? [name] : [] };
}

const shownHeaders: readonly [string, string][] = [
  ['from', 'Van'],
  ['to', 'Aan'],
  ['cc', 'Cc'],
  ['date', 'Datum'],
  ['subject', 'Onderwerp'],
];

/** The text of an e-mail message: its main headers, its text body and the names of its attachments. */
export function emailPreview(bytes: Buffer, complete: boolean, maxChars: number): { tekst: string; ingekort: boolean } {
  const binary = bytes.toString('latin1');
  const message = parsePart(binary);
  const lines = shownHeaders.flatMap(([field, label]) => {
    const value = message.headers.get(field);
    return value ? [`${label}: ${decodeEncodedWords(decodeHeaderBytes(value))}`] : [];
  });
  const body = bodyOf(message, 0);
  // Nothing readable found (an unusual structure or encoding): the raw text of the body.
  const text = body.text ?? decodePlainText(Buffer.from(message.body, 'latin1'), complete);
  const sections = [lines.join('\n'), text.trim()];
  if (body.bijlagen.length > 0) sections.push(`Bijlagen in dit bericht: ${body.bijlagen.join(', ')}`);
  const full = sections.filter((section) => section !== '').join('\n\n');
  const tekst = cutAt(full, maxChars);
  return { tekst, ingekort: !complete || tekst.length < full.length };
}

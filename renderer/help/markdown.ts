/**
 * A small Markdown reader for the user guide (docs/handleiding.md): the subset the guide uses and nothing more —
 * headings (#, ##, ###), paragraphs, bullet lists (- ) and numbered lists (1. ), **bold** and `code`. It produces
 * plain data; `MarkdownView` turns that into React elements, so text is always text and no HTML is ever parsed.
 */

export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'strong'; readonly children: readonly Inline[] }
  | { readonly kind: 'code'; readonly text: string };

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly id: string; readonly text: string; readonly content: readonly Inline[] }
  | { readonly kind: 'paragraph'; readonly content: readonly Inline[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Inline[])[] };

/** Inline marks: `code` first (nothing inside it is a mark), then **bold**; an unclosed mark is plain text. */
export function parseInline(text: string, allowStrong = true): Inline[] {
  const result: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain !== '') result.push({ kind: 'text', text: plain });
    plain = '';
  };
  let at = 0;
  while (at < text.length) {
    if (text[at] === '`') {
      const end = text.indexOf('`', at + 1);
      if (end > at + 1) {
        flush();
        result.push({ kind: 'code', text: text.slice(at + 1, end) });
        at = end + 1;
        continue;
      }
    }
    if (allowStrong && text.startsWith('**', at)) {
      const end = text.indexOf('**', at + 2);
      if (end > at + 2) {
        flush();
        result.push({ kind: 'strong', children: parseInline(text.slice(at + 2, end), false) });
        at = end + 2;
        continue;
      }
    }
    plain += text[at];
    at += 1;
  }
  flush();
  return result;
}

/** The text of inline content without its marks (for a heading's id and the table of contents). */
export function plainText(content: readonly Inline[]): string {
  return content.map((part) => (part.kind === 'strong' ? plainText(part.children) : part.text)).join('');
}

/** A readable, unique id for a heading: "De kluis, de wachtwoordzin" → "de-kluis-de-wachtwoordzin". */
export function headingId(text: string, used: Set<string>): string {
  const base =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'sectie';
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
}

const headingPattern = /^(#{1,3})\s+(.*)$/;
const bulletPattern = /^[-*]\s+(.*)$/;
const numberPattern = /^\d+[.)]\s+(.*)$/;

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  const used = new Set<string>();
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', content: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const endList = () => {
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map((item) => parseInline(item)) });
    list = null;
  };

  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      endParagraph();
      endList();
      continue;
    }
    const heading = headingPattern.exec(line);
    if (heading && !/^\s/.test(raw)) {
      endParagraph();
      endList();
      const content = parseInline(heading[2]!.trim());
      const text = plainText(content);
      blocks.push({ kind: 'heading', level: heading[1]!.length as 1 | 2 | 3, id: headingId(text, used), text, content });
      continue;
    }
    const bullet = /^\s/.test(raw) ? null : bulletPattern.exec(line);
    const numbered = /^\s/.test(raw) ? null : numberPattern.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      endParagraph();
      const ordered = numbered !== null && bullet === null;
      if (list && list.ordered !== ordered) endList();
      list ??= { ordered, items: [] };
      list.items.push(item[1]!.trim());
      continue;
    }
    // An indented line after a list item continues that item; any other line continues the paragraph.
    if (list && /^\s/.test(raw)) {
      const items = list.items;
      items[items.length - 1] = `${items[items.length - 1]} ${line}`;
      continue;
    }
    endList();
    paragraph.push(line);
  }
  endParagraph();
  endList();
  return blocks;
}

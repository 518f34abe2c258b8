import { foldLettersForSearch } from '../../src/domain/zoektekst';

/** One place where the search term occurs in a document's text. */
export interface TextMatch {
  /** 1-based page number. */
  readonly pagina: number;
  /** The words around the match as the document writes them, for the list of results. */
  readonly fragment: string;
}

const CONTEXT_CHARS = 40;

interface NormalisedText {
  readonly text: string;
  /** For each character of `text`, the index of the original character it came from. */
  readonly origin: readonly number[];
}

/** Lower case, accents removed, letters such as ı and ß folded (see foldLettersForSearch) and white space collapsed, remembering where each character came from. */
function normalise(text: string): NormalisedText {
  let out = '';
  const origin: number[] = [];
  let previousWasSpace = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (/\s/.test(character)) {
      if (!previousWasSpace) {
        out += ' ';
        origin.push(index);
      }
      previousWasSpace = true;
      continue;
    }
    previousWasSpace = false;
    for (const piece of foldLettersForSearch(character).normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase()) {
      out += piece;
      origin.push(index);
    }
  }
  return { text: out, origin };
}

/** The term as the search compares it: "Één  Lening" finds "een lening". */
export function normaliseForSearch(text: string): string {
  return normalise(text).text;
}

/**
 * Every occurrence of `term` in the pages' text, in page order, case- and accent-insensitive and with any run of
 * white space matching one space. A blank term finds nothing. `limit` bounds the list for documents that repeat
 * the term thousands of times.
 */
export function findInPages(pages: readonly string[], term: string, limit = 500): TextMatch[] {
  const needle = normaliseForSearch(term).trim();
  if (needle === '') return [];
  const matches: TextMatch[] = [];
  pages.forEach((pageText, index) => {
    const haystack = normalise(pageText);
    let from = haystack.text.indexOf(needle);
    while (from !== -1 && matches.length < limit) {
      const first = haystack.origin[from]!;
      const last = haystack.origin[from + needle.length - 1]!;
      const start = Math.max(0, first - CONTEXT_CHARS);
      const end = Math.min(pageText.length, last + 1 + CONTEXT_CHARS);
      const words = pageText.slice(start, end).replace(/\s+/g, ' ').trim();
      matches.push({ pagina: index + 1, fragment: `${start > 0 ? '…' : ''}${words}${end < pageText.length ? '…' : ''}` });
      from = haystack.text.indexOf(needle, from + needle.length);
    }
  });
  return matches;
}

import type { Blok, Brief } from './types';

/**
 * The typography a letter needs whatever the template or the dossier's data put into it (issue 20 §4), applied to
 * the letter model so that every writer (Word, HTML/PDF) gets the same text:
 *   - an amount never splits from its euro sign at a line end: "€ 5.000" gets a non-breaking space (U+00A0);
 *   - a name that ends in an abbreviation's period ("Horeca Noord B.V.") followed by the sentence's period does not
 *     show two periods ("B.V.."): the abbreviation's period ends the sentence (an ellipsis "..." stays);
 *   - a municipality's 14-number ("14 071", "14 0515") never splits at a line end either.
 */
export const HARDE_SPATIE = '\u00a0';

export function zetTekst(tekst: string): string {
  return tekst
    .replace(/€[ \u00a0\t]*(?=[0-9[])/g, `€${HARDE_SPATIE}`)
    .replace(/(?<!\p{L})(\p{L}\.)\.(?!\.)/gu, '$1')
    .replace(/(?<=\b14) (?=0\d{2,3}\b)/g, HARDE_SPATIE);
}

/**
 * The part after a dash in a list item ("Uittreksel KvK — nodig om …") is the same sentence: it starts in lower
 * case. A word that is not a plain capitalised word (an abbreviation such as "KvK", "BSN", "UBO") keeps its case.
 */
export function naStreep(deel: string): string {
  const woord = /^\p{Lu}\p{Ll}*(?=[\s,.;:]|$)/u.exec(deel.trimStart());
  if (!woord || woord[0].length < 2) return deel.trimStart();
  const begin = deel.trimStart();
  return `${begin.charAt(0).toLowerCase()}${begin.slice(1)}`;
}

function zetBlok(blok: Blok): Blok {
  return blok.soort === 'lijst' ? { soort: 'lijst', items: blok.items.map(zetTekst) } : { soort: blok.soort, tekst: zetTekst(blok.tekst) };
}

/** The whole letter set: title, blocks and the list of enclosures. */
export function zetBrief(brief: Brief): Brief {
  return { ...brief, titel: zetTekst(brief.titel), blokken: brief.blokken.map(zetBlok), bijlagen: (brief.bijlagen ?? []).map(zetTekst) };
}

/** The heading of the enclosures at a letter's end: "Bijlage" for one, "Bijlagen" for more; null without any. */
export function bijlagenKop(bijlagen: readonly string[] | undefined): string | null {
  const aantal = bijlagen?.length ?? 0;
  return aantal === 0 ? null : aantal === 1 ? 'Bijlage:' : 'Bijlagen:';
}

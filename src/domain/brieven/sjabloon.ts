/**
 * Letter templates the coordinator edits (issue 12): text with named merge fields such as {aanvrager.naam} or
 * {termijn.zienswijze}. A literal brace is written twice ({{ or }}). Parsing reports every error with its line and
 * column — an unknown field, a field that is never closed, a closing brace without an opening one — so that the
 * editor can show it where it is.
 */

export type SjabloonDeel = { readonly soort: 'tekst'; readonly tekst: string } | { readonly soort: 'veld'; readonly naam: string };

export interface SjabloonFout {
  /** 1-based; null for an error of the template as a whole (a required field that is missing). */
  readonly regel: number | null;
  /** 1-based, in characters; null with regel. */
  readonly kolom: number | null;
  readonly melding: string;
}

export type SjabloonResultaat = { readonly ok: true; readonly delen: readonly SjabloonDeel[] } | { readonly ok: false; readonly fouten: readonly SjabloonFout[] };

const VELDNAAM = /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)*$/;

function positie(tekst: string, index: number): { regel: number; kolom: number } {
  let regel = 1;
  let begin = 0;
  for (let at = 0; at < index; at += 1) {
    if (tekst[at] === '\n') {
      regel += 1;
      begin = at + 1;
    }
  }
  return { regel, kolom: index - begin + 1 };
}

/** The closest known field, for "bedoelt u …?" (at most two edits away). */
function suggestie(naam: string, velden: ReadonlySet<string>): string | null {
  let best: { veld: string; afstand: number } | null = null;
  for (const veld of velden) {
    const afstand = editDistance(naam, veld);
    if (afstand <= 2 && (best === null || afstand < best.afstand)) best = { veld, afstand };
  }
  return best?.veld ?? null;
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j]!;
      previous[j] = Math.min(previous[j]! + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** Splits a template into text and fields, or lists every error with its place. */
export function parseSjabloon(tekst: string, velden: ReadonlySet<string>): SjabloonResultaat {
  const delen: SjabloonDeel[] = [];
  const fouten: SjabloonFout[] = [];
  let buffer = '';
  let index = 0;
  const fout = (at: number, melding: string) => fouten.push({ ...positie(tekst, at), melding });
  while (index < tekst.length) {
    const teken = tekst[index]!;
    if (teken === '{' && tekst[index + 1] === '{') {
      buffer += '{';
      index += 2;
    } else if (teken === '}' && tekst[index + 1] === '}') {
      buffer += '}';
      index += 2;
    } else if (teken === '}') {
      fout(index, "Een '}' zonder '{' ervoor. Schrijf '}}' voor een accolade in de tekst.");
      index += 1;
    } else if (teken === '{') {
      const einde = tekst.indexOf('}', index + 1);
      const volgende = tekst.indexOf('{', index + 1);
      const regelEinde = tekst.indexOf('\n', index + 1);
      if (einde === -1 || (volgende !== -1 && volgende < einde) || (regelEinde !== -1 && regelEinde < einde)) {
        fout(index, "Dit veld wordt niet afgesloten: de '}' ontbreekt. Schrijf '{{' voor een accolade in de tekst.");
        index += 1;
        continue;
      }
      const naam = tekst.slice(index + 1, einde).trim();
      if (!VELDNAAM.test(naam)) {
        fout(index, `"{${naam}}" is geen veldnaam. Een veld ziet eruit als {aanvrager.naam}.`);
      } else if (!velden.has(naam)) {
        const bedoeld = suggestie(naam, velden);
        fout(index, `Onbekend veld {${naam}}.${bedoeld ? ` Bedoelt u {${bedoeld}}?` : ''}`);
      } else {
        if (buffer !== '') delen.push({ soort: 'tekst', tekst: buffer });
        buffer = '';
        delen.push({ soort: 'veld', naam });
      }
      index = einde + 1;
    } else {
      buffer += teken;
      index += 1;
    }
  }
  if (buffer !== '') delen.push({ soort: 'tekst', tekst: buffer });
  return fouten.length > 0 ? { ok: false, fouten } : { ok: true, delen };
}

/** Fills the fields; a field without a value stays visible as [veldnaam] so that a gap is never silent. */
export function vulSjabloon(delen: readonly SjabloonDeel[], waarden: Readonly<Record<string, string>>): string {
  return delen.map((deel) => (deel.soort === 'tekst' ? deel.tekst : (waarden[deel.naam] ?? `[${deel.naam}]`))).join('');
}

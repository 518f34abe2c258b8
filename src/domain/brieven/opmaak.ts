import { parseSjabloon, vulSjabloon, type SjabloonDeel, type SjabloonFout } from './sjabloon';
import type { Blok } from './types';

/**
 * How a letter template becomes the blocks of a letter (issue 12). A template is plain text:
 *   - a blank line separates paragraphs; the lines of one paragraph are joined with a space;
 *   - a line that starts with "# " is a heading, one that starts with "- " a bullet;
 *   - {veld} is replaced by its value. A list field ({ontbrekend}) or a block field ({formulier}) stands alone on
 *     its line and becomes bullets or headings and paragraphs;
 *   - a paragraph whose fields are all empty is left out, and so is a heading with nothing under it (before the
 *     next heading or the end), so optional parts disappear without a trace.
 * The rules that a letter type adds (fields it must contain) are checked here too, with their place.
 */

export type VeldSoort = 'tekst' | 'lijst' | 'blokken';
export type VeldWaarde = string | readonly string[] | readonly Blok[];

export interface VeldDefinitie {
  readonly soort: VeldSoort;
  readonly omschrijving: string;
}

export type Velden = Readonly<Record<string, VeldDefinitie>>;

/** A field the letter type cannot do without, and the rule that says so (shown when it is missing). */
export interface VerplichtVeld {
  readonly veld: string;
  readonly waarom: string;
  /** Must be in the template, but may be empty for a dossier (the secrecy warning without an LBB advice). */
  readonly magLeeg?: boolean;
}

export interface SjabloonTekst {
  readonly onderwerp: string;
  readonly tekst: string;
}

const LOS_VELD = /^\s*\{\s*([a-z][a-zA-Z0-9.]*)\s*\}\s*$/;

function veldenIn(delen: readonly SjabloonDeel[]): string[] {
  return delen.flatMap((deel) => (deel.soort === 'veld' ? [deel.naam] : []));
}

/** Every error of a template with its place: unknown fields, unbalanced braces, list fields inside a sentence, missing required fields. */
export function controleerSjabloon(sjabloon: SjabloonTekst, velden: Velden, verplicht: readonly VerplichtVeld[]): { onderwerp: SjabloonFout[]; tekst: SjabloonFout[] } {
  const namen = new Set(Object.keys(velden));
  const onderwerp = parseSjabloon(sjabloon.onderwerp, namen);
  const onderwerpFouten: SjabloonFout[] = onderwerp.ok ? [] : [...onderwerp.fouten];
  if (sjabloon.onderwerp.includes('\n')) onderwerpFouten.push({ regel: 2, kolom: 1, melding: 'Het onderwerp is één regel.' });
  if (sjabloon.onderwerp.trim() === '') onderwerpFouten.push({ regel: null, kolom: null, melding: 'Vul het onderwerp in.' });
  if (onderwerp.ok) {
    for (const naam of veldenIn(onderwerp.delen)) {
      if (velden[naam]!.soort !== 'tekst') onderwerpFouten.push({ regel: 1, kolom: sjabloon.onderwerp.indexOf(`{${naam}`) + 1, melding: `{${naam}} is een lijst en past niet in het onderwerp.` });
    }
  }

  const tekst = parseSjabloon(sjabloon.tekst, namen);
  const tekstFouten: SjabloonFout[] = tekst.ok ? [] : [...tekst.fouten];
  const gebruikt = new Set<string>();
  sjabloon.tekst.split('\n').forEach((regel, index) => {
    const opRegel = parseSjabloon(regel, namen);
    if (!opRegel.ok) return; // reported above, with the same place
    for (const naam of veldenIn(opRegel.delen)) {
      gebruikt.add(naam);
      const soort = velden[naam]!.soort;
      if (soort !== 'tekst' && !LOS_VELD.test(regel)) {
        tekstFouten.push({
          regel: index + 1,
          kolom: regel.indexOf(`{${naam}`) + 1,
          melding: `{${naam}} is ${soort === 'lijst' ? 'een opsomming' : 'een reeks alinea’s'} en moet alleen op een eigen regel staan.`,
        });
      }
    }
  });
  if (sjabloon.tekst.trim() === '') tekstFouten.push({ regel: null, kolom: null, melding: 'Het sjabloon is leeg.' });
  for (const { veld, waarom } of verplicht) {
    if (!gebruikt.has(veld)) tekstFouten.push({ regel: null, kolom: null, melding: `Het sjabloon moet {${veld}} bevatten: ${waarom}` });
  }
  return { onderwerp: onderwerpFouten, tekst: tekstFouten };
}

function alsTekst(waarde: VeldWaarde | undefined): string | undefined {
  if (waarde === undefined) return undefined;
  if (typeof waarde === 'string') return waarde;
  return waarde.map((item) => (typeof item === 'string' ? item : item.soort === 'lijst' ? item.items.join('; ') : item.tekst)).join('; ');
}

function vul(regel: string, namen: ReadonlySet<string>, waarden: Readonly<Record<string, VeldWaarde>>): string {
  const resultaat = parseSjabloon(regel, namen);
  if (!resultaat.ok) return regel;
  const tekstwaarden: Record<string, string> = {};
  for (const naam of veldenIn(resultaat.delen)) {
    const waarde = alsTekst(waarden[naam]);
    if (waarde !== undefined) tekstwaarden[naam] = waarde;
  }
  return vulSjabloon(resultaat.delen, tekstwaarden);
}

/** Fills the subject line. */
export function vulOnderwerp(onderwerp: string, velden: Velden, waarden: Readonly<Record<string, VeldWaarde>>): string {
  return vul(onderwerp, new Set(Object.keys(velden)), waarden).replace(/\s+/g, ' ').trim();
}

/** Turns a (checked) template and the values of its fields into the blocks of a letter. */
export function vulBrief(tekst: string, velden: Velden, waarden: Readonly<Record<string, VeldWaarde>>): Blok[] {
  const namen = new Set(Object.keys(velden));
  const blokken: Blok[] = [];
  let alinea: string[] = [];
  let opsomming: string[] = [];
  const sluitAlinea = () => {
    if (alinea.length === 0) return;
    const gevuld = alinea.join(' ');
    alinea = [];
    for (const deel of gevuld.split(/\n[ \t]*\n/)) {
      const schoon = deel.replace(/\s*\n\s*/g, ' ').trim();
      if (schoon !== '') blokken.push({ soort: 'alinea', tekst: schoon });
    }
  };
  const sluitOpsomming = () => {
    if (opsomming.length > 0) blokken.push({ soort: 'lijst', items: opsomming });
    opsomming = [];
  };
  for (const regel of tekst.split('\n')) {
    const los = LOS_VELD.exec(regel);
    const losVeld = los && velden[los[1]!] ? los[1]! : null;
    if (regel.trim() === '') {
      sluitAlinea();
      sluitOpsomming();
    } else if (regel.startsWith('# ')) {
      sluitAlinea();
      sluitOpsomming();
      const kop = vul(regel.slice(2), namen, waarden).trim();
      if (kop !== '') blokken.push({ soort: 'kop', tekst: kop });
    } else if (regel.startsWith('- ')) {
      sluitAlinea();
      const item = vul(regel.slice(2), namen, waarden).trim();
      if (item !== '') opsomming.push(item);
    } else if (losVeld && velden[losVeld]!.soort !== 'tekst') {
      sluitAlinea();
      sluitOpsomming();
      const waarde = waarden[losVeld];
      if (velden[losVeld]!.soort === 'lijst') {
        const items = Array.isArray(waarde) ? (waarde as readonly string[]).filter((item) => item.trim() !== '') : [];
        if (items.length > 0) blokken.push({ soort: 'lijst', items });
      } else if (Array.isArray(waarde)) {
        blokken.push(...(waarde as readonly Blok[]));
      }
    } else {
      sluitOpsomming();
      alinea.push(vul(regel, namen, waarden));
    }
  }
  sluitAlinea();
  sluitOpsomming();
  return blokken.filter((blok, index) => blok.soort !== 'kop' || (blokken[index + 1] !== undefined && blokken[index + 1]!.soort !== 'kop'));
}

/** Whether a value counts as given: required fields must have one before a letter is made. */
export function heeftWaarde(waarde: VeldWaarde | undefined): boolean {
  if (waarde === undefined) return false;
  if (typeof waarde === 'string') return waarde.trim() !== '';
  return waarde.length > 0;
}

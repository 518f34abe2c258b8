/**
 * Voorschriften (Wet Bibob art. 3 lid 7): conditions attached to a beschikking at a lesser degree of danger — or at
 * ernstig gevaar when the seriousness of the offences does not justify refusal — "gericht op het wegnemen of
 * beperken van dergelijk gevaar". The bestuursorgaan may change them later, and may revoke the beschikking when
 * one is not complied with (lid 7, fourth and fifth sentence). For a vastgoedtransactie the same conditions are
 * contract clauses.
 *
 * The app ships a small default library; a municipality adds its own entries. Texts in [brackets] are filled in
 * per case.
 */
import { z } from 'zod';
import { toepassingsgebieden, type Toepassingsgebied } from '../toepassingsgebied';
import type { AssessmentProblem, GekozenVoorschrift } from './types';

export interface Voorschrift {
  /** Stable, unique in the library: kebab-case. */
  readonly id: string;
  readonly tekst: string;
  /** What danger it removes or limits (art. 3 lid 7, second sentence), with the grond of art. 3 lid 1. */
  readonly wegneemtGevaar: string;
  readonly toepassingsgebieden: readonly Toepassingsgebied[];
}

export const DEFAULT_VOORSCHRIFTEN: readonly Voorschrift[] = [
  {
    id: 'persoon-uitgesloten',
    tekst:
      '[Naam] is op geen enkele wijze, direct of indirect, betrokken bij de exploitatie van de onderneming: hij geeft er geen leiding aan, heeft er geen zeggenschap over, verschaft er geen vermogen aan en is er niet werkzaam.',
    wegneemtGevaar:
      'Neemt het gevaar weg dat de onderneming via deze persoon in relatie staat tot diens strafbare feiten (art. 3 lid 4 sub c) en daarmee wordt gebruikt om strafbare feiten te plegen of uit strafbare feiten verkregen voordelen te benutten (art. 3 lid 1 sub a en b).',
    toepassingsgebieden: ['horeca', 'wabo', 'vastgoed'],
  },
  {
    id: 'wijziging-betrokkenen-melden',
    tekst:
      'De vergunninghouder meldt een voorgenomen wijziging van bestuurders, leidinggevenden, aandeelhouders, zeggenschaphebbenden of vermogensverschaffers ten minste vier weken vooraf schriftelijk aan het bestuursorgaan, met de gegevens van de nieuwe persoon.',
    wegneemtGevaar:
      'Beperkt het gevaar dat na de verlening ongemerkt personen met antecedenten leiding of zeggenschap krijgen of vermogen verschaffen (art. 3 lid 1 sub a en b, lid 4 sub b en c).',
    toepassingsgebieden: ['horeca', 'wabo'],
  },
  {
    id: 'financiering-melden',
    tekst:
      'Nieuwe leningen, giften, kapitaalstortingen of andere financiering van de onderneming meldt de vergunninghouder binnen twee weken schriftelijk aan het bestuursorgaan, met de overeenkomst, de naam van de verstrekker en bewijs van de herkomst van het geld.',
    wegneemtGevaar:
      'Beperkt het gevaar dat uit strafbare feiten verkregen geld in de onderneming wordt gestoken of benut (art. 3 lid 1 sub a), en maakt nieuwe vermogensverschaffers zichtbaar (art. 3 lid 4 sub c).',
    toepassingsgebieden: ['horeca', 'wabo'],
  },
  {
    id: 'girale-betalingen',
    tekst:
      'Alle betalingen voor de exploitatie boven € [bedrag] lopen via een bankrekening op naam van de vergunninghouder bij een in Nederland gevestigde bank; contante betalingen boven dat bedrag worden niet gedaan of aangenomen.',
    wegneemtGevaar:
      'Beperkt het gevaar dat contant geld uit strafbare feiten via de onderneming wordt witgewassen of benut (art. 3 lid 1 sub a).',
    toepassingsgebieden: ['horeca'],
  },
  {
    id: 'administratie-ter-inzage',
    tekst:
      'De vergunninghouder voert een deugdelijke administratie (omzet, kas, inkoop, personeel en financiering) en stelt die op eerste verzoek ter inzage aan het bestuursorgaan of de door hem aangewezen toezichthouder.',
    wegneemtGevaar:
      'Maakt toezicht mogelijk op witwassen via de onderneming (art. 3 lid 1 sub a) en op strafbare feiten in de bedrijfsvoering (art. 3 lid 1 sub b).',
    toepassingsgebieden: ['horeca', 'wabo'],
  },
  {
    id: 'aannemers-melden',
    tekst:
      'De vergunninghouder meldt vóór de start van de werkzaamheden welke aannemers en onderaannemers het bouwwerk uitvoeren, met hun KvK-nummer, en meldt een wisseling binnen een week.',
    wegneemtGevaar:
      'Beperkt het gevaar dat bij de uitvoering strafbare feiten worden gepleegd door of via (onder)aannemers, zoals illegale tewerkstelling of fraude (art. 3 lid 1 sub b).',
    toepassingsgebieden: ['wabo'],
  },
  {
    id: 'gebruik-en-verhuur-melden',
    tekst:
      'Het pand wordt alleen gebruikt voor het doel waarvoor de vergunning of overeenkomst is verleend of gesloten. Verhuur of ingebruikgeving aan een derde meldt de vergunninghouder of wederpartij vooraf schriftelijk, met de naam en het KvK-nummer van de gebruiker.',
    wegneemtGevaar:
      'Beperkt het gevaar dat het pand wordt gebruikt om strafbare feiten te plegen, zoals hennepteelt, illegale prostitutie of huisjesmelkerij (art. 3 lid 1 sub b).',
    toepassingsgebieden: ['wabo', 'vastgoed'],
  },
  {
    id: 'doorverkoop-toestemming',
    tekst:
      'Voor vervreemding, bezwaring of het vestigen of wijzigen van een zakelijk recht op de onroerende zaak binnen [aantal] jaar is vooraf schriftelijke toestemming van de gemeente nodig; de gemeente mag de beoogd verkrijger daarbij aan een Bibob-toets onderwerpen. Deze verplichting wordt als kettingbeding aan rechtsopvolgers opgelegd.',
    wegneemtGevaar:
      'Beperkt het gevaar dat het vastgoed alsnog in handen komt van iemand die in relatie staat tot strafbare feiten, of wordt gebruikt om uit strafbare feiten verkregen geld te benutten (art. 3 lid 1 sub a en b, via art. 9 lid 3; toestemming als bedoeld in art. 1, vastgoedtransactie onder 6°).',
    toepassingsgebieden: ['vastgoed'],
  },
];

export type LibraryResult =
  | { readonly ok: true; readonly voorschriften: readonly Voorschrift[] }
  | { readonly ok: false; readonly problems: readonly AssessmentProblem[] };

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The library the coordinator chooses from: the defaults followed by the municipality's own entries. Refused,
 * with every problem, when an own entry reuses an id (of a default or of another own entry), has no id of the
 * right form, an empty text, no description of the danger it removes (art. 3 lid 7), or no toepassingsgebied.
 */
export function voorschriftenLibrary(defaults: readonly Voorschrift[], own: readonly Voorschrift[]): LibraryResult {
  const problems: AssessmentProblem[] = [];
  const ids = new Set(defaults.map((voorschrift) => voorschrift.id));
  own.forEach((voorschrift, index) => {
    const at = (field: string) => `eigen[${index}].${field}`;
    if (!ID_PATTERN.test(voorschrift.id)) {
      problems.push({ pad: at('id'), melding: 'Een voorschrift-id bestaat uit kleine letters, cijfers en streepjes, zoals "camera-toezicht".' });
    } else if (ids.has(voorschrift.id)) {
      problems.push({
        pad: at('id'),
        melding: `Er is al een voorschrift met id "${voorschrift.id}". Geef uw eigen voorschrift een ander id; een standaardvoorschrift wordt niet overschreven.`,
      });
    }
    ids.add(voorschrift.id);
    problems.push(...voorschriftTekstProblemen(voorschrift, at));
    if (voorschrift.toepassingsgebieden.length === 0) {
      problems.push({ pad: at('toepassingsgebieden'), melding: 'Kies ten minste één toepassingsgebied waarvoor het voorschrift bedoeld is.' });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, voorschriften: [...defaults, ...own] };
}

/**
 * Art. 3 lid 7 Wet Bibob: a voorschrift has a text and names the danger it takes away or limits; for a library
 * entry and for one attached to a decision alike. `at` gives the path of a field.
 */
export function voorschriftTekstProblemen(voorschrift: { readonly tekst: string; readonly wegneemtGevaar: string }, at: (veld: string) => string): AssessmentProblem[] {
  const problems: AssessmentProblem[] = [];
  if (voorschrift.tekst.trim() === '') problems.push({ pad: at('tekst'), melding: 'Vul de tekst van het voorschrift in (art. 3 lid 7 Wet Bibob).' });
  if (voorschrift.wegneemtGevaar.trim() === '') {
    problems.push({
      pad: at('wegneemtGevaar'),
      melding: 'Voorschriften zijn gericht op het wegnemen of beperken van het gevaar (art. 3 lid 7 Wet Bibob). Beschrijf welk gevaar dit voorschrift wegneemt of beperkt.',
    });
  }
  return problems;
}

/** The entries meant for a toepassingsgebied, in library order. */
export function voorschriftenVoor(library: readonly Voorschrift[], gebied: Toepassingsgebied): readonly Voorschrift[] {
  return library.filter((voorschrift) => voorschrift.toepassingsgebieden.includes(gebied));
}

/** A library entry as attached to one decision: a copy of its texts, which the coordinator may then adapt. */
export function kiesVoorschrift(voorschrift: Voorschrift): GekozenVoorschrift {
  return { voorschriftId: voorschrift.id, tekst: voorschrift.tekst, wegneemtGevaar: voorschrift.wegneemtGevaar };
}

/** Letters that Unicode decomposition does not fold to a basic Latin letter. */
const FOLD: Readonly<Record<string, string>> = { ß: 'ss', ı: 'i', ł: 'l', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe', þ: 'th' };
const MAX_ID_LENGTE = 48;

/** The text as kebab-case words, without diacritics: "Géén cameratoezicht!" → "geen-cameratoezicht". */
function slugWoorden(tekst: string): string[] {
  const gevouwen = [...tekst.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')].map((teken) => FOLD[teken] ?? teken).join('');
  return gevouwen.split(/[^a-z0-9]+/).filter((woord) => woord !== '');
}

/**
 * The id of a new own entry, derived from its text (the coordinator never types one): its first words in kebab-case,
 * at most 48 characters, made unique against the ids in use with "-2", "-3", … An id is never reused, so a
 * decision that copied an entry keeps pointing at it; existing entries keep the id they have.
 */
export function voorschriftIdVoor(tekst: string, bestaand: Iterable<string>): string {
  const inGebruik = new Set(bestaand);
  let basis = '';
  for (const woord of slugWoorden(tekst)) {
    const langer = basis === '' ? woord : `${basis}-${woord}`;
    if (langer.length > MAX_ID_LENGTE) {
      if (basis === '') basis = woord.slice(0, MAX_ID_LENGTE);
      break;
    }
    basis = langer;
  }
  if (basis === '') basis = 'voorschrift';
  if (!inGebruik.has(basis)) return basis;
  for (let volgnummer = 2; ; volgnummer += 1) {
    const kandidaat = `${basis}-${volgnummer}`;
    if (!inGebruik.has(kandidaat)) return kandidaat;
  }
}

function zelfdeTekst(a: string, b: string): boolean {
  const gewoon = (tekst: string) => tekst.trim().replace(/\s+/g, ' ').toLowerCase();
  return gewoon(a) === gewoon(b);
}

export type NieuwVoorschriftResult = { readonly ok: true; readonly voorschrift: Voorschrift } | { readonly ok: false; readonly problems: readonly AssessmentProblem[] };

/**
 * A new own entry for the library: its id derived from the text (voorschriftIdVoor); refused when the library
 * already holds the same text, which would offer the coordinator one voorschrift twice.
 */
export function nieuwVoorschrift(library: readonly Voorschrift[], invoer: Omit<Voorschrift, 'id'>): NieuwVoorschriftResult {
  const dubbel = library.find((voorschrift) => zelfdeTekst(voorschrift.tekst, invoer.tekst));
  if (dubbel) return { ok: false, problems: [{ pad: 'tekst', melding: 'Dit voorschrift staat al met dezelfde tekst in de bibliotheek.' }] };
  return { ok: true, voorschrift: { ...invoer, id: voorschriftIdVoor(invoer.tekst, library.map((voorschrift) => voorschrift.id)) } };
}

/** An own library entry as stored in the settings; voorschriftenLibrary checks the rules between entries. */
export const voorschriftSchema = z.strictObject(
  {
    id: z.string({ error: 'Vul een id voor het voorschrift in.' }).trim().regex(ID_PATTERN, { error: 'Een voorschrift-id bestaat uit kleine letters, cijfers en streepjes, zoals "camera-toezicht".' }),
    tekst: z.string({ error: 'Vul de tekst van het voorschrift in.' }).trim().min(1, { error: 'Vul de tekst van het voorschrift in (art. 3 lid 7 Wet Bibob).' }).max(5_000, { error: 'De tekst van een voorschrift heeft hoogstens 5000 tekens.' }),
    wegneemtGevaar: z
      .string({ error: 'Beschrijf welk gevaar het voorschrift wegneemt of beperkt.' })
      .trim()
      .min(1, { error: 'Beschrijf welk gevaar het voorschrift wegneemt of beperkt (art. 3 lid 7 Wet Bibob).' })
      .max(5_000, { error: 'De beschrijving van het gevaar heeft hoogstens 5000 tekens.' }),
    toepassingsgebieden: z
      .array(z.enum(toepassingsgebieden, { error: `Kies een toepassingsgebied: ${toepassingsgebieden.join(', ')}.` }), { error: 'Hier hoort een lijst van toepassingsgebieden.' })
      .min(1, { error: 'Kies ten minste één toepassingsgebied waarvoor het voorschrift bedoeld is.' }),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `Onbekend veld in een voorschrift: ${issue.keys.join(', ')}.` : 'Hier hoort een voorschrift.') },
);

/** A new own entry as the coordinator enters it: no id, which main derives from the text (nieuwVoorschrift). */
export const nieuwVoorschriftSchema = voorschriftSchema.omit({ id: true });

/**
 * The beleidstoets at intake: the coordinator answers the beleidsregel's questions for the dossier's
 * toepassingsgebied, and this says whether the beleid says to apply the Wet Bibob, and why, quoting each criterion
 * that is met with its article in the beleidsregel.
 *
 * It advises; it does not decide. The power to screen is discretionary (art. 3 lid 1 Wet Bibob: "kunnen"); the
 * bestuursorgaan follows its beleidsregel (Awb 4:84) but may depart from it where following it would, by special
 * circumstances, be out of proportion to the rule's aims (same article), and a beleidsregel does not exhaust the
 * power either. A departure is therefore recorded with its reason.
 */
import { formatEuro } from '../eigenOnderzoek/financing';
import type { Probleem } from '../probleem';
import type { BeleidsDrempel, Gebiedsbeleid } from './beleidsregel';

/** What the coordinator answered: the ids of the criteria that apply, and the amounts that are known. */
export interface IntakeAntwoorden {
  readonly categorieen: string[];
  readonly signalen: string[];
  /** Per threshold the amount in euro cents, and which of its risk categories or areas apply. */
  readonly bedragen: { readonly drempel: string; readonly bedragCent: number; readonly verlaagd: string[] }[];
  readonly wisselingExploitant: boolean;
}

/** Nothing applies: the answers a new intake starts from. */
export function geenAntwoorden(): IntakeAntwoorden {
  return { categorieen: [], signalen: [], bedragen: [], wisselingExploitant: false };
}

export type CriteriumSoort = 'categorie' | 'drempel' | 'signaal' | 'wisseling-exploitant';

/** One criterion of the beleid that is met: which, where it stands, its text, and how the answers meet it. */
export interface BeleidsReden {
  readonly criterium: CriteriumSoort;
  readonly artikel: string;
  readonly citaat: string;
  readonly toelichting: string;
}

export interface BeleidsAdvies {
  readonly toepassen: boolean;
  readonly redenen: readonly BeleidsReden[];
  /** One Dutch sentence: the conclusion as the dossier page shows it. */
  readonly conclusie: string;
}

export type ToetsUitkomst = { ok: true; advies: BeleidsAdvies } | { ok: false; problemen: Probleem[] };

/** The threshold that applies: the lowered one when one of its risk categories or areas applies. */
function toepasselijkeDrempel(drempel: BeleidsDrempel, verlaagd: readonly string[]): { vanafCent: number; artikel: string; omdat: string[] } {
  const wanneer = drempel.verlaagd?.wanneer.filter((item) => verlaagd.includes(item.id)) ?? [];
  if (drempel.verlaagd && wanneer.length > 0) return { vanafCent: drempel.verlaagd.vanafEuro * 100, artikel: drempel.verlaagd.artikel, omdat: wanneer.map((item) => item.omschrijving) };
  return { vanafCent: drempel.vanafEuro * 100, artikel: drempel.artikel, omdat: [] };
}

/** Answers that point at criteria this beleid does not have (an edited beleid, a tampered call) are refused. */
function antwoordProblemen(beleid: Gebiedsbeleid, antwoorden: IntakeAntwoorden): Probleem[] {
  const problemen: Probleem[] = [];
  const onbekend = (lijst: readonly string[], bekend: readonly { id: string }[], pad: string, wat: string) =>
    lijst.forEach((id, index) => {
      if (!bekend.some((item) => item.id === id)) problemen.push({ pad: `${pad}[${index}]`, melding: `De beleidsregel kent ${wat} "${id}" niet.` });
    });
  onbekend(antwoorden.categorieen, beleid.categorieen, 'antwoorden.categorieen', 'de categorie');
  onbekend(antwoorden.signalen, beleid.signalen, 'antwoorden.signalen', 'het signaal');
  const gezien = new Set<string>();
  antwoorden.bedragen.forEach((antwoord, index) => {
    const pad = `antwoorden.bedragen[${index}]`;
    const drempel = beleid.drempels.find((item) => item.id === antwoord.drempel);
    if (!drempel) {
      problemen.push({ pad: `${pad}.drempel`, melding: `De beleidsregel kent de drempel "${antwoord.drempel}" niet.` });
      return;
    }
    if (gezien.has(drempel.id)) problemen.push({ pad: `${pad}.drempel`, melding: `Het bedrag voor "${drempel.omschrijving}" staat er twee keer.` });
    gezien.add(drempel.id);
    onbekend(antwoord.verlaagd, drempel.verlaagd?.wanneer ?? [], `${pad}.verlaagd`, `bij "${drempel.omschrijving}" de risicocategorie of het gebied`);
  });
  if (antwoorden.wisselingExploitant && beleid.wisselingExploitant === null) {
    problemen.push({ pad: 'antwoorden.wisselingExploitant', melding: 'Deze beleidsregel stelt geen vraag over een nieuwe ondernemer of wisseling van exploitant.' });
  }
  return problemen;
}

const GEEN_GEBIED =
  'De beleidsregel zegt niets over dit toepassingsgebied: zij schrijft hier geen Bibob-toets voor. Het bestuursorgaan kan de Wet Bibob toch toepassen (art. 3 lid 1 Wet Bibob: "kunnen").';

/**
 * Applies the beleidsregel of the dossier's toepassingsgebied (null: the beleid does not cover it) to the answers.
 * Each criterion met is a reason; one reason is enough for the beleid to say "apply".
 */
export function toetsBeleid(beleid: Gebiedsbeleid | null, antwoorden: IntakeAntwoorden): ToetsUitkomst {
  if (beleid === null) {
    const beantwoord = antwoorden.categorieen.length + antwoorden.signalen.length + antwoorden.bedragen.length > 0 || antwoorden.wisselingExploitant;
    if (beantwoord) return { ok: false, problemen: [{ pad: 'antwoorden', melding: 'De beleidsregel stelt voor dit toepassingsgebied geen vragen.' }] };
    return { ok: true, advies: { toepassen: false, redenen: [], conclusie: GEEN_GEBIED } };
  }
  const problemen = antwoordProblemen(beleid, antwoorden);
  if (problemen.length > 0) return { ok: false, problemen };

  const redenen: BeleidsReden[] = [];
  for (const categorie of beleid.categorieen) {
    if (!antwoorden.categorieen.includes(categorie.id)) continue;
    redenen.push({ criterium: 'categorie', artikel: categorie.artikel, citaat: categorie.omschrijving, toelichting: 'Een categorie waarin de beleidsregel de Wet Bibob altijd toepast.' });
  }
  for (const drempel of beleid.drempels) {
    const antwoord = antwoorden.bedragen.find((item) => item.drempel === drempel.id);
    if (!antwoord) continue;
    const geldend = toepasselijkeDrempel(drempel, antwoord.verlaagd);
    // "Vanaf" € 500.000: the threshold itself counts.
    if (antwoord.bedragCent < geldend.vanafCent) continue;
    const waarom = geldend.omdat.length > 0 ? ` (verlaagde drempel: ${geldend.omdat.join('; ')})` : '';
    redenen.push({
      criterium: 'drempel',
      artikel: geldend.artikel,
      citaat: `${drempel.omschrijving} vanaf ${formatEuro(geldend.vanafCent)}${waarom}`,
      toelichting: `${drempel.omschrijving}: ${formatEuro(antwoord.bedragCent)}, niet minder dan de drempel van ${formatEuro(geldend.vanafCent)}.`,
    });
  }
  for (const signaal of beleid.signalen) {
    if (!antwoorden.signalen.includes(signaal.id)) continue;
    redenen.push({ criterium: 'signaal', artikel: signaal.artikel, citaat: signaal.omschrijving, toelichting: 'Een signaal waarbij de beleidsregel de Wet Bibob toepast.' });
  }
  if (antwoorden.wisselingExploitant && beleid.wisselingExploitant) {
    redenen.push({ criterium: 'wisseling-exploitant', artikel: beleid.wisselingExploitant.artikel, citaat: beleid.wisselingExploitant.omschrijving, toelichting: 'Een nieuwe ondernemer of een wisseling van exploitant.' });
  }
  const toepassen = redenen.length > 0;
  const conclusie = toepassen
    ? `Volgens de beleidsregel wordt de Wet Bibob toegepast: ${redenen.length === 1 ? 'aan één criterium' : `aan ${redenen.length} criteria`} is voldaan.`
    : 'Aan geen van de criteria van de beleidsregel is voldaan: de beleidsregel schrijft geen Bibob-toets voor. Het bestuursorgaan kan de Wet Bibob toch toepassen (art. 3 lid 1 Wet Bibob: "kunnen").';
  return { ok: true, advies: { toepassen, redenen, conclusie } };
}

/** What the coordinator decides: to apply the Wet Bibob or not, and, when that departs from the advice, why. */
export interface BeleidsBeslissing {
  readonly toepassen: boolean;
  readonly afwijkingReden?: string | undefined;
}

export function isAfwijking(advies: BeleidsAdvies, beslissing: BeleidsBeslissing): boolean {
  return advies.toepassen !== beslissing.toepassen;
}

export const AFWIJKING_ZONDER_REDEN =
  'U wijkt af van de beleidsregel: schrijf op waarom. Afwijken mag als het volgen van de beleidsregel door bijzondere omstandigheden onevenredig zou uitpakken (art. 4:84 Awb).';

/** A departure from the beleidsregel needs its reason (Awb 4:84 allows it only for special circumstances). */
export function beslissingProblemen(advies: BeleidsAdvies, beslissing: BeleidsBeslissing): Probleem[] {
  if (!isAfwijking(advies, beslissing)) return [];
  return (beslissing.afwijkingReden ?? '').trim() === '' ? [{ pad: 'afwijkingReden', melding: AFWIJKING_ZONDER_REDEN }] : [];
}

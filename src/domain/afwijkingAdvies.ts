import { gevaarMaten, type GevaarMate } from './beoordeling';
import type { Probleem } from './probleem';
import type { Outcome } from './workflow';

/**
 * Awb 3:50: "Indien het bestuursorgaan een besluit neemt dat afwijkt van een met het oog daarop krachtens wettelijk
 * voorschrift uitgebracht advies, wordt zulks met de redenen voor de afwijking in de motivering vermeld." The LBB
 * advice (Wet Bibob art. 9) establishes a degree of danger; the decision departs from it when it rests on another
 * degree than the advice found, or when the outcome does not fit the advice's degree under art. 3 Wet Bibob:
 * - a refusal or revocation (and the other negative outcomes) needs ernstig gevaar (art. 3 lid 1);
 * - voorschriften fit a mindere mate (art. 3 lid 7, first sentence) and an ernstig gevaar whose offences do not
 *   justify a refusal (lid 7, third sentence), not an advice of no danger;
 * - a plain grant fits no danger and a mindere mate (lid 7 "kan": voorschriften are a power), not ernstig gevaar.
 * Buiten behandeling is no decision on the advice.
 */

const NEGATIEF: readonly Outcome[] = ['weigeren', 'intrekken', 'schorsen', 'niet-contracteren', 'contract-ontbinden'];
const VOORSCHRIFTEN: readonly Outcome[] = ['verlenen-met-voorschriften', 'voorschriften-wijzigen'];

/** Whether this outcome fits an advice of this degree (art. 3 lid 1 and 7 Wet Bibob). */
function pastBij(advies: GevaarMate, uitkomst: Outcome): boolean {
  if (NEGATIEF.includes(uitkomst)) return advies === 'ernstig';
  if (VOORSCHRIFTEN.includes(uitkomst)) return advies !== 'geen';
  if (uitkomst === 'verlenen') return advies !== 'ernstig';
  return true;
}

/**
 * How the decision departs from the LBB advice, in Dutch for the letter and the coordinator, or null when it does
 * not (or there is no advice, or the outcome is no decision on it).
 */
export function afwijkingVanAdvies(advies: GevaarMate | null, uitkomst: Outcome | null, eigenConclusie: GevaarMate): string | null {
  if (advies === null || uitkomst === null || uitkomst === 'buiten-behandeling') return null;
  const delen: string[] = [];
  if (eigenConclusie !== advies) delen.push(`het besluit gaat uit van ${gevaarMaten[eigenConclusie]}, het advies van ${gevaarMaten[advies]}`);
  if (!pastBij(advies, uitkomst)) {
    delen.push(
      NEGATIEF.includes(uitkomst)
        ? `een weigering of intrekking vraagt ernstig gevaar (artikel 3, eerste lid, van de Wet Bibob), het advies stelt ${gevaarMaten[advies]} vast`
        : VOORSCHRIFTEN.includes(uitkomst)
          ? 'het advies stelt geen gevaar vast, terwijl het besluit voorschriften verbindt (artikel 3, zevende lid, van de Wet Bibob)'
          : 'het advies stelt ernstig gevaar vast, terwijl het besluit de vergunning zonder voorschriften verleent',
    );
  }
  return delen.length === 0 ? null : delen.join('; ');
}

/** A departure needs its recorded reasons (Awb 3:50); an advice received needs its degree recorded to tell. */
export function afwijkingProblemen(input: { lbbAdviesOntvangen: boolean; adviesMate: GevaarMate | null; uitkomst: Outcome | null; eigenConclusie: GevaarMate; reden: string }): Probleem[] {
  if (!input.lbbAdviesOntvangen || input.uitkomst === null || input.uitkomst === 'buiten-behandeling') return [];
  if (input.adviesMate === null) {
    return [{ pad: 'lbbAdviesMate', melding: 'Leg bij het besluit vast tot welke mate van gevaar het advies van het Landelijk Bureau Bibob komt: een besluit dat van het advies afwijkt, vermeldt dat met de redenen (art. 3:50 Awb).' }];
  }
  const afwijking = afwijkingVanAdvies(input.adviesMate, input.uitkomst, input.eigenConclusie);
  if (afwijking !== null && input.reden.trim() === '') {
    return [{ pad: 'afwijkingLbbReden', melding: `Het besluit wijkt af van het advies van het Landelijk Bureau Bibob (${afwijking}). Leg de redenen voor die afwijking vast; het besluit vermeldt ze (art. 3:50 Awb).` }];
  }
  return [];
}

const ZELFSTANDIG: Partial<Record<Outcome, string>> = { weigeren: 'een weigering', intrekken: 'een intrekking', schorsen: 'een schorsing' };

/**
 * The departure as the besluit states it (Awb 3:50), in the voice of the body that decides: the advice's degree once,
 * then what the decision rests on and why the outcome does not fit the advice, then the recorded reasons — not the
 * coordinator's summary with its nested parentheses. Null when the decision does not depart from the advice.
 */
export function afwijkingInBrief(advies: GevaarMate | null, uitkomst: Outcome | null, eigenConclusie: GevaarMate, stem: 'ik' | 'wij', reden: string): string | null {
  if (afwijkingVanAdvies(advies, uitkomst, eigenConclusie) === null || advies === null || uitkomst === null) return null;
  const ik = stem === 'ik';
  const delen: string[] = [];
  if (eigenConclusie !== advies) delen.push(`${ik ? 'ik ga' : 'wij gaan'} uit van ${gevaarMaten[eigenConclusie]}`);
  if (!pastBij(advies, uitkomst)) {
    delen.push(
      NEGATIEF.includes(uitkomst)
        ? `${ZELFSTANDIG[uitkomst] ?? 'deze beslissing'} vraagt ernstig gevaar (artikel 3, eerste lid, van de Wet Bibob)`
        : VOORSCHRIFTEN.includes(uitkomst)
          ? `voorschriften vragen gevaar dat zij wegnemen of beperken (artikel 3, zevende lid, van de Wet Bibob)`
          : `${ik ? 'ik verleen' : 'wij verlenen'} de vergunning toch zonder voorschriften`,
    );
  }
  const redenen = reden.trim().replace(/\.$/, '');
  return `Het Landelijk Bureau Bibob kwam in zijn advies tot ${gevaarMaten[advies]}. ${ik ? 'Ik wijk' : 'Wij wijken'} daarvan af: ${delen.join(', en ')}. ${ik ? 'Mijn' : 'Onze'} redenen daarvoor: ${redenen} (artikel 3:50 van de Algemene wet bestuursrecht).`;
}

import type { BeslistermijnSoort } from '../besluitsoorten';
import { buitenBehandelingToets, type BuitenBehandelingContext, type Herstelverzoek } from '../herstel';
import { compareDates, formatDutchDate, type HolidayData, type IsoDate } from '../termijnen';
import type { Outcome } from '../workflow';

/**
 * When a letter may be made at all: the rules on dates and outcomes that a letter type adds to the required fields
 * (../shared/bibob-domain.md §10). Each returns Dutch refusals; an empty list means the letter may be made.
 */

export interface TermijnNietHaalbaarInput {
  readonly termijn: BeslistermijnSoort | null;
  readonly ontvangenOp: IsoDate | null;
  readonly uitersteBeslisdatum: IsoDate | null;
  /** For a redelijke termijn: the last day for the notice of Awb 4:14 lid 3 as the deadline engine computes it
   *  (DeadlineResult.mededelingUiterlijk: Atw and the suspensions of Awb 4:15 applied). */
  readonly mededelingUiterlijk: IsoDate | null;
  readonly vandaag: IsoDate;
  readonly nieuweDatum: IsoDate | null;
}

/** Awb 4:14: lid 1 for a statutory term, lid 3 (within the 8 weeks) for a redelijke termijn; none without a term. */
export function termijnNietHaalbaarProblemen(input: TermijnNietHaalbaarInput): string[] {
  if (input.termijn === null || input.termijn === 'geen') return ['Dit besluit heeft geen beslistermijn; een mededeling op grond van art. 4:14 Awb hoort er niet bij.'];
  if (!input.ontvangenOp) return ['Vul eerst de datum van ontvangst van de aanvraag in.'];
  const problemen: string[] = [];
  if (!input.nieuweDatum) problemen.push('Noem de datum waarop het besluit wel tegemoet kan worden gezien (art. 4:14 Awb).');
  else if (compareDates(input.nieuweDatum, input.vandaag) <= 0) problemen.push('De nieuwe datum moet na vandaag liggen.');
  if (input.termijn === 'redelijk') {
    // Awb 4:14 lid 3: "deelt het bestuursorgaan dit binnen deze termijn [acht weken] aan de aanvrager mede" — the
    // eight weeks of 4:13 lid 2, a formal-law term: the engine's date, with the Atw and the suspensions of 4:15.
    const uiterlijk = input.mededelingUiterlijk;
    if (uiterlijk && compareDates(input.vandaag, uiterlijk) > 0) {
      problemen.push(`Bij een redelijke termijn moet deze mededeling binnen acht weken na ontvangst worden gedaan (met de opschortingen en de Algemene termijnenwet), dus uiterlijk op ${formatDutchDate(uiterlijk)} (art. 4:13 lid 2 en 4:14 lid 3 Awb).`);
    }
  } else if (input.nieuweDatum && input.uitersteBeslisdatum && compareDates(input.nieuweDatum, input.uitersteBeslisdatum) <= 0) {
    problemen.push(`De nieuwe datum ligt niet na de uiterste beslisdatum (${formatDutchDate(input.uitersteBeslisdatum)}): dan is de termijn wel haalbaar.`);
  }
  return problemen;
}

/** The paragraph of the notice, with its basis: lid 1 names "een zo kort mogelijke termijn", lid 3 "een redelijke termijn". */
export function termijnNietHaalbaarTekst(termijn: 'wettelijk' | 'redelijk', besluit: string, grondslag: string): string {
  return termijn === 'wettelijk'
    ? `Wij kunnen niet binnen de wettelijke termijn (${grondslag}) beslissen op uw aanvraag voor ${besluit}. Dat laten wij u weten op grond van artikel 4:14, eerste lid, van de Algemene wet bestuursrecht, met een zo kort mogelijke termijn waarbinnen u het besluit wel tegemoet kunt zien.`
    : `Wij kunnen niet binnen acht weken beslissen op uw aanvraag voor ${besluit}. Dat laten wij u weten op grond van artikel 4:14, derde lid, van de Algemene wet bestuursrecht, met een redelijke termijn waarbinnen u het besluit wel tegemoet kunt zien.`;
}

/**
 * Awb 4:5: whether the besluit "buiten behandeling" may be made — the same computation as the workflow and the
 * dossier page (buitenBehandelingToets). Only a refusal blocks; a decision after the four weeks of lid 4 is
 * possible (the Awb attaches no sanction to it), so the dossier page warns instead.
 */
export function buitenBehandelingProblemen(
  herstelverzoeken: readonly Herstelverzoek[],
  vandaag: IsoDate,
  holidays: HolidayData,
  context: BuitenBehandelingContext,
): string[] {
  const toets = buitenBehandelingToets(herstelverzoeken, vandaag, holidays, context);
  return toets.mag ? [] : [toets.melding];
}

/** Which besluit letter fits an outcome; null when the outcome has no besluit letter of this kind. */
export function besluitDictum(uitkomst: Outcome, besluit: string, aanvrager: string, schorsingWeken?: number): string | null {
  switch (uitkomst) {
    case 'voorschriften-wijzigen':
      // Wet Bibob art. 3 lid 7, fourth sentence (for an omgevingsvergunning with Ow 5.40 lid 1 onder b).
      return `Wij wijzigen de voorschriften die op grond van artikel 3, zevende lid, van de Wet Bibob aan de vergunning van ${aanvrager} zijn verbonden. Zij luiden voortaan zoals hieronder.`;
    case 'schorsen':
      // Alcoholwet art. 32 lid 1: the licence itself is suspended, for at most 12 weeks.
      return schorsingWeken ? `Wij schorsen de alcoholwetvergunning van ${aanvrager} voor ${schorsingWeken === 1 ? '1 week' : `${schorsingWeken} weken`} (artikel 32, eerste lid, van de Alcoholwet).` : null;
    case 'verlenen':
      return `Wij verlenen ${aanvrager} de gevraagde ${besluit}.`;
    case 'verlenen-met-voorschriften':
      return `Wij verlenen ${aanvrager} de gevraagde ${besluit}, met de voorschriften hieronder.`;
    case 'weigeren':
      return `Wij weigeren de gevraagde ${besluit}.`;
    case 'intrekken':
      return `Wij trekken de ${besluit} van ${aanvrager} in.`;
    case 'buiten-behandeling':
      return `Wij behandelen uw aanvraag voor ${besluit} niet (artikel 4:5 van de Algemene wet bestuursrecht).`;
    default:
      return null;
  }
}

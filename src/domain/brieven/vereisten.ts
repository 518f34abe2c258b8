import type { BeslistermijnSoort } from '../besluitsoorten';
import { buitenBehandelingToets, type BuitenBehandelingContext, type Herstelverzoek } from '../herstel';
import { compareDates, formatDutchDate, type HolidayData, type IsoDate } from '../termijnen';
import type { Outcome } from '../workflow';
import { kies, type Stem } from './bestuursorgaan';

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

/**
 * The decision itself, in the voice of the body that takes it ("ik" for the burgemeester, "wij" for the college;
 * see ./bestuursorgaan.ts); null when the outcome has no besluit letter of this kind.
 */
export function besluitDictum(uitkomst: Outcome, besluit: string, aanvrager: string, stem: Stem, schorsingWeken?: number): string | null {
  switch (uitkomst) {
    case 'voorschriften-wijzigen':
      // Wet Bibob art. 3 lid 7, fourth sentence (for an omgevingsvergunning with Ow 5.40 lid 1 onder b).
      return `${kies(stem, 'Ik wijzig', 'Wij wijzigen')} de voorschriften die op grond van artikel 3, zevende lid, van de Wet Bibob aan de vergunning van ${aanvrager} zijn verbonden. Zij luiden voortaan zoals hieronder.`;
    case 'schorsen':
      // Alcoholwet art. 32 lid 1: the licence itself is suspended, for at most 12 weeks.
      return schorsingWeken ? `${kies(stem, 'Ik schors', 'Wij schorsen')} de alcoholwetvergunning van ${aanvrager} voor ${schorsingWeken === 1 ? '1 week' : `${schorsingWeken} weken`} (artikel 32, eerste lid, van de Alcoholwet).` : null;
    case 'verlenen':
      return `${kies(stem, 'Ik verleen', 'Wij verlenen')} ${aanvrager} de gevraagde ${besluit}.`;
    case 'verlenen-met-voorschriften':
      return `${kies(stem, 'Ik verleen', 'Wij verlenen')} ${aanvrager} de gevraagde ${besluit}, met de voorschriften hieronder.`;
    case 'weigeren':
      return `${kies(stem, 'Ik weiger', 'Wij weigeren')} de gevraagde ${besluit}.`;
    case 'intrekken':
      return `${kies(stem, 'Ik trek', 'Wij trekken')} de ${besluit} van ${aanvrager} in.`;
    case 'buiten-behandeling':
      return `${kies(stem, 'Ik behandel', 'Wij behandelen')} uw aanvraag voor een ${besluit} niet (artikel 4:5 van de Algemene wet bestuursrecht).`;
    default:
      return null;
  }
}

/**
 * What the voornemen announces (art. 33 lid 1 Wet Bibob: "de voorgenomen beschikking"), as the rest of a sentence
 * "Ik ben van plan …". `aanvrager` null for a third party: he is told the intended decision, not who applied (art. 28
 * lid 1 and 3 Wet Bibob: he receives only what concerns him).
 */
export function voornemenHandeling(uitkomst: Outcome, vergunning: string, aanvrager: string | null, schorsingWeken?: number): string | null {
  const van = aanvrager ? ` van ${aanvrager}` : '';
  switch (uitkomst) {
    case 'verlenen':
      return `de gevraagde ${vergunning}${aanvrager ? ` aan ${aanvrager}` : ''} te verlenen`;
    case 'verlenen-met-voorschriften':
      return `de gevraagde ${vergunning}${aanvrager ? ` aan ${aanvrager}` : ''} te verlenen met voorschriften`;
    case 'weigeren':
      return `de gevraagde ${vergunning} te weigeren`;
    case 'intrekken':
      return `de ${vergunning}${van} in te trekken`;
    case 'schorsen':
      return schorsingWeken ? `de alcoholwetvergunning${van} te schorsen voor ${schorsingWeken === 1 ? '1 week' : `${schorsingWeken} weken`} (artikel 32, eerste lid, van de Alcoholwet)` : null;
    case 'voorschriften-wijzigen':
      return `de voorschriften te wijzigen die op grond van artikel 3, zevende lid, van de Wet Bibob aan de vergunning${van} zijn verbonden`;
    case 'niet-contracteren':
      return `de voorgenomen vastgoedtransactie${aanvrager ? ` met ${aanvrager}` : ''} niet aan te gaan`;
    case 'contract-ontbinden':
      return `de overeenkomst${aanvrager ? ` met ${aanvrager}` : ''} te ontbinden of op te schorten`;
    default:
      return null;
  }
}

/**
 * The application decided on (../shared/bibob-domain.md §10: "the application it decides on (date, what was
 * asked)"); a revocation or other ambtshalve decision has none and says so.
 */
export function aanvraagZin(input: { stem: Stem; brief: 'besluit' | 'voornemen'; ontvangenOp: string | null; besluit: string; ambtshalve: boolean }): string {
  const { stem } = input;
  if (input.ambtshalve) {
    return `${input.brief === 'besluit' ? 'Dit besluit' : 'Dit voornemen'} gaat niet over een aanvraag: ${kies(stem, 'ik neem', 'wij nemen')} ${input.brief === 'besluit' ? 'het' : 'het besluit'} uit eigen beweging, over ${input.besluit} waarvan u houder bent.`;
  }
  const wanneer = input.ontvangenOp ? `Op ${input.ontvangenOp} ${kies(stem, 'heb ik', 'hebben wij')}` : kies(stem, 'Ik heb', 'Wij hebben');
  return `${wanneer} uw aanvraag ontvangen. U vraagt daarin om ${input.besluit}. ${input.brief === 'besluit' ? `Met deze brief ${kies(stem, 'beslis ik', 'beslissen wij')} op die aanvraag.` : `Met deze brief ${kies(stem, 'laat ik u weten wat ik van plan ben', 'laten wij u weten wat wij van plan zijn')} te beslissen.`}`;
}

/**
 * Single terms around the decision: the term the bestuursorgaan sets itself (herstel, zienswijze), the term to
 * make a buiten-behandelingbesluit known, and the bezwaartermijn. Each is counted like the beslistermijn:
 * from the day after the event, ending on the same weekday N weeks later (../shared/bibob-domain.md §5).
 */
import { LEGAL_BASIS } from './legalBasis';
import { addDays, addWeeks, formatDutchDate, type IsoDate } from './calendar';
import { applyAtw } from './atw';
import { DEFAULT_HOLIDAY_DATA, nextWorkingDay, type HolidayData } from './holidays';
import type { DatedStep } from './types';

/** Awb 4:5 lid 4: "binnen vier weken nadat de aanvraag is aangevuld of … ongebruikt is verstreken". */
export const BUITEN_BEHANDELING_WEEKS = 4;
/** Awb 6:7: "De termijn voor het indienen van een bezwaar- of beroepschrift bedraagt zes weken." */
export const BEZWAARTERMIJN_WEEKS = 6;

function requireWholeWeeks(weeks: number): void {
  if (!Number.isInteger(weeks) || weeks < 1) throw new RangeError(`Een termijn is een geheel aantal weken ≥ 1: ${weeks}`);
}

/**
 * The end of a term the bestuursorgaan sets itself (hersteltermijn, zienswijzetermijn): `from` + `weeks`, moved to
 * the next working day when it would end on a Saturday, Sunday or Atw holiday. The Atw does not apply to such a
 * term, but the app never proposes one that ends on a non-working day (§5).
 */
export function proposeMunicipalTermEnd(from: IsoDate, weeks: number, holidays: HolidayData): IsoDate {
  requireWholeWeeks(weeks);
  return nextWorkingDay(addWeeks(from, weeks), holidays);
}

/** A statutory term of `weeks` weeks from the day after `event`, with art. 1 lid 1 and art. 2 Atw. */
function statutoryTermEnd(event: IsoDate, weeks: number, holidays: HolidayData) {
  const counted = addWeeks(event, weeks);
  const atw = applyAtw(addDays(event, 1), counted, holidays);
  const atwText = atw.moved
    ? ` = ${formatDutchDate(counted, true)}; die dag is geen werkdag, dus volgens de Algemene termijnenwet ${formatDutchDate(atw.end, true)}`
    : '';
  const atwBasis = atw.steps.map((step) => step.legalBasis).join('; ');
  return { end: atw.end, atwText, atwBasis };
}

/**
 * Awb 4:5 lid 4: a decision not to consider the application is made known within four weeks after the
 * application was completed, or after the hersteltermijn passed unused (pass its last day). A term set in a
 * formal law of at most 12 weeks, so art. 1 Atw applies. `holidays` defaults to the decreed days of §5.
 */
export function buitenBehandelingDeadline(
  completedOrLapsedOn: IsoDate,
  holidays: HolidayData = DEFAULT_HOLIDAY_DATA,
): DatedStep {
  const { end, atwText, atwBasis } = statutoryTermEnd(completedOrLapsedOn, BUITEN_BEHANDELING_WEEKS, holidays);
  return {
    description: `Een besluit om de aanvraag niet te behandelen wordt bekendgemaakt binnen vier weken na ${formatDutchDate(completedOrLapsedOn, true)} (aanvulling of ongebruikt verstrijken van de hersteltermijn)${atwText}: uiterlijk ${formatDutchDate(end, true)}.`,
    legalBasis: atwBasis ? `${LEGAL_BASIS.awb4_5Lid4}; ${atwBasis}` : LEGAL_BASIS.awb4_5Lid4,
    date: end,
    days: 7 * BUITEN_BEHANDELING_WEEKS,
  };
}

/**
 * Awb 6:7 and 6:8 lid 1: the bezwaartermijn is six weeks and starts on the day after the decision was made known
 * in the prescribed way; with art. 1 lid 1 Atw. Returns its last day.
 */
export function bezwaartermijnEnd(bekendgemaaktOn: IsoDate, holidays: HolidayData): DatedStep {
  const { end, atwText, atwBasis } = statutoryTermEnd(bekendgemaaktOn, BEZWAARTERMIJN_WEEKS, holidays);
  const basis = `${LEGAL_BASIS.awb6_7}; ${LEGAL_BASIS.awb6_8Lid1}`;
  return {
    description: `Bezwaartermijn: zes weken vanaf de dag na de bekendmaking op ${formatDutchDate(bekendgemaaktOn, true)}${atwText}. Laatste dag: ${formatDutchDate(end, true)}.`,
    legalBasis: atwBasis ? `${basis}; ${atwBasis}` : basis,
    date: end,
    days: 7 * BEZWAARTERMIJN_WEEKS,
  };
}

/**
 * The Algemene termijnenwet (Atw) as it bears on one term: whether it applies (art. 1, 4 and 5) and what it does
 * to the last day (art. 1 lid 1 and art. 2). It acts only on the final date of a term, never on the days
 * inside it.
 */
import { LEGAL_BASIS } from './legalBasis';
import { addDays, dayDifference, formatDutchDate, type IsoDate } from './calendar';
import { atwHolidayOn, isAtwNonWorkingDay, nextWorkingDay, type AtwHoliday, type HolidayData } from './holidays';
import type { DeadlineStep } from './types';

/** Art. 4 sub a: the Atw does not apply to terms "omschreven … in meer dan twaalf weken". */
export const ATW_MAX_WEEKS = 12;

export interface AtwScope {
  readonly applies: boolean;
  /** True when the law leaves open whether the Atw applies (a term extended beyond 12 weeks in total). */
  readonly uncertain: boolean;
  /** Why it does or does not apply, when that needs saying. */
  readonly step: DeadlineStep | null;
}

/**
 * Whether the Atw moves the end of a decision term of `baseWeeks` weeks, extended by `extensionWeeks`.
 * `termInLawOrAmvb` is the TermSpec's `atw` flag: a term in a formal law (art. 1) or an AMvB (art. 5);
 * a municipal verordening (APV) only when it says so itself.
 */
export function atwScope(
  termInLawOrAmvb: boolean,
  baseWeeks: number,
  extensionWeeks: number,
  applyWhenExtendedBeyond12Weeks: boolean,
): AtwScope {
  if (!termInLawOrAmvb) {
    return {
      applies: false,
      uncertain: false,
      step: {
        description:
          'De Algemene termijnenwet is niet van toepassing: de termijn staat niet in een wet of algemene maatregel van bestuur (bijvoorbeeld een APV-termijn); de laatste dag schuift niet op.',
        legalBasis: `${LEGAL_BASIS.atw1Lid1}; ${LEGAL_BASIS.atw5}`,
      },
    };
  }
  if (baseWeeks > ATW_MAX_WEEKS) {
    return {
      applies: false,
      uncertain: false,
      step: {
        description: `De Algemene termijnenwet is niet van toepassing op een termijn van meer dan twaalf weken (${baseWeeks} weken); de laatste dag schuift niet op.`,
        legalBasis: LEGAL_BASIS.atw4SubA,
      },
    };
  }
  if (baseWeeks + extensionWeeks > ATW_MAX_WEEKS) {
    return {
      applies: applyWhenExtendedBeyond12Weeks,
      uncertain: true,
      step: {
        description: applyWhenExtendedBeyond12Weeks
          ? `Door de verlenging is de termijn samen ${baseWeeks + extensionWeeks} weken. Of de Algemene termijnenwet dan nog geldt, is niet uitgemaakt; toegepast is de standaardinstelling: de Atw geldt voor de termijn en zijn verlenging.`
          : `Door de verlenging is de termijn samen ${baseWeeks + extensionWeeks} weken. Of de Algemene termijnenwet dan nog geldt, is niet uitgemaakt; volgens de instelling van de gemeente is de Atw niet toegepast.`,
        legalBasis: LEGAL_BASIS.atw4SubA,
      },
    };
  }
  return { applies: true, uncertain: false, step: null };
}

export interface AtwOutcome {
  readonly end: IsoDate;
  readonly moved: boolean;
  readonly steps: readonly DeadlineStep[];
}

/**
 * Applies art. 1 lid 1 and art. 2 Atw to a term that runs from `firstDay` through `end`: a last day on a
 * Saturday, Sunday or algemeen erkende feestdag runs on to the next day that is none of those (art. 1 lid 1);
 * a term of at least three days contains at least two such days (art. 2). Not for terms counted backwards
 * (art. 1 lid 2): callers only pass terms counted forwards.
 */
export function applyAtw(firstDay: IsoDate, end: IsoDate, holidays: HolidayData): AtwOutcome {
  const steps: DeadlineStep[] = [];
  let result = nextWorkingDay(end, holidays);
  if (result !== end) {
    const skipped: { date: IsoDate; holiday: AtwHoliday | null }[] = [];
    for (let day = end; day !== result; day = addDays(day, 1)) skipped.push({ date: day, holiday: atwHolidayOn(day, holidays) });
    const named = ({ date, holiday }: { date: IsoDate; holiday: AtwHoliday | null }) =>
      `${formatDutchDate(date, true)}${holiday ? ` (${holiday.name})` : ''}`;
    const laterHolidays = skipped.slice(1).filter((day) => day.holiday !== null);
    const also = laterHolidays.length === 0
      ? ''
      : `; ook ${laterHolidays.map(named).join(' en ')} ${laterHolidays.length === 1 ? 'is' : 'zijn'} geen werkdag`;
    const bases: string[] = [LEGAL_BASIS.atw1Lid1];
    for (const { holiday } of skipped) if (holiday && !bases.includes(holiday.legalBasis)) bases.push(holiday.legalBasis);
    steps.push({
      description: `De laatste dag valt op ${named(skipped[0]!)}${also}: de termijn loopt door tot en met ${formatDutchDate(result, true)}.`,
      legalBasis: bases.join('; '),
      date: result,
      days: dayDifference(end, result),
    });
  }
  if (dayDifference(firstDay, end) + 1 >= 3) {
    const beforeArt2 = result;
    while (workingDaysWithin(firstDay, result, holidays) < 2) result = nextWorkingDay(addDays(result, 1), holidays);
    if (result !== beforeArt2) {
      steps.push({
        description: `De termijn bevat minder dan twee werkdagen en loopt door tot en met ${formatDutchDate(result, true)}.`,
        legalBasis: LEGAL_BASIS.atw2,
        date: result,
        days: dayDifference(beforeArt2, result),
      });
    }
  }
  return { end: result, moved: result !== end, steps };
}

/** Working days in firstDay…last, counted up to 2 (all that art. 2 Atw asks). */
function workingDaysWithin(firstDay: IsoDate, last: IsoDate, holidays: HolidayData): number {
  let count = 0;
  for (let day = firstDay; dayDifference(day, last) >= 0 && count < 2; day = addDays(day, 1)) {
    if (!isAtwNonWorkingDay(day, holidays)) count += 1;
  }
  return count;
}

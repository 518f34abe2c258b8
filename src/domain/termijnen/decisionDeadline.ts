/**
 * The uiterste beslisdatum of an application (../shared/bibob-domain.md §5):
 *   1. the term: the regulation's weeks (Awb 4:13 lid 1), or for a redelijke termijn the 8-week backstop
 *      (Awb 4:13 lid 2), counted from the day after receipt: receipt + 7·N days;
 *   2. the one extension the regulation allows, if made known within the running term (Ow 16.64 lid 2; APV);
 *   3. suspended days (Awb 4:15; Wet Bibob art. 31) inside the running term, each calendar day once;
 *   4. the Algemene termijnenwet on the final date only, where it applies (art. 1, 2, 4, 5 Atw).
 * Every step names its article; warnings name what the coordinator must do or know.
 */
import { LEGAL_BASIS } from './legalBasis';
import { addDays, addMonths, compareDates, dayDifference, dutchDays, dutchMonths, formatDutchDate, parseIsoDate, type IsoDate } from './calendar';
import { applyAtw, atwScope, type AtwOutcome } from './atw';
import { atwHolidayOn, isAtwNonWorkingDay, type HolidayData } from './holidays';
import { evaluateExtension } from './extension';
import { explainDeadline, type ExplainedPeriod } from './explanation';
import { runningTermEnd, type DayPeriod } from './runningTerm';
import { periodLength, resolveSuspension, type SuspensionPeriod } from './suspensions';
import type { DeadlineInput, DeadlineResult, DeadlineSettings, DeadlineStep, DeadlineWarning, TermSpec } from './types';

/** Awb 4:13 lid 2: a redelijke termijn has in any case passed after eight weeks (unless 4:14 lid 3). */
export const REDELIJKE_TERMIJN_WEEKS = 8;
/** Default lead time of the reminders for the notices of Awb 4:14 lid 1 and lid 3. */
export const DEFAULT_REMINDER_DAYS = 14;

const DEFAULT_SETTINGS: Required<DeadlineSettings> = {
  art31SuspendsRedelijkeTermijn: true,
  atwForTermExtendedBeyond12Weeks: true,
  reminderDays: DEFAULT_REMINDER_DAYS,
};

export function decisionDeadline(input: DeadlineInput): DeadlineResult {
  parseIsoDate(input.receivedOn);
  parseIsoDate(input.today);
  if (input.decidedOn) parseIsoDate(input.decidedOn);
  if (input.term.kind === 'geen') return noDecisionTerm(input.term);
  const settings: Required<DeadlineSettings> = {
    art31SuspendsRedelijkeTermijn: input.settings?.art31SuspendsRedelijkeTermijn ?? DEFAULT_SETTINGS.art31SuspendsRedelijkeTermijn,
    atwForTermExtendedBeyond12Weeks: input.settings?.atwForTermExtendedBeyond12Weeks ?? DEFAULT_SETTINGS.atwForTermExtendedBeyond12Weeks,
    reminderDays: input.settings?.reminderDays ?? DEFAULT_SETTINGS.reminderDays,
  };
  const term = input.term;
  // A term in months (Awb 3:18 lid 1: six months) runs as the calendar days from receipt to the same date N months on.
  const months = termMonths(term);
  const baseWeeks = months === null ? termWeeks(term) : 0;
  const baseLegalBasis = term.kind === 'redelijk' ? LEGAL_BASIS.awb4_13Lid2 : term.legalBasis;
  const { receivedOn, holidays, today } = input;
  const baseDays = months === null ? 7 * baseWeeks : dayDifference(receivedOn, addMonths(receivedOn, months));

  const periods = input.suspensions.map((event, index) => resolveSuspension(event, index, today, holidays));
  const lbbExcluded = term.kind === 'redelijk' && !settings.art31SuspendsRedelijkeTermijn;
  const counted: DayPeriod[] = periods.map((p) => (lbbExcluded && p.kind === 'lbb-advies' ? { first: null, last: null } : p));

  // The running term before any extension: the extension must be made known within it (Ow 16.64 lid 2).
  const unextended = runningTermEnd(receivedOn, baseDays, counted);
  const unextendedEnd = endWithAtw(term.atw, baseWeeks, 0, true, receivedOn, unextended.end, holidays).end;
  const extension = evaluateExtension(term, input.extension, unextendedEnd);

  const running = extension.weeks > 0 ? runningTermEnd(receivedOn, baseDays + 7 * extension.weeks, counted) : unextended;
  const scope = months === null ? atwScope(term.atw, baseWeeks, extension.weeks, settings.atwForTermExtendedBeyond12Weeks) : monthsAtwScope(months);
  const atw: AtwOutcome = scope.applies
    ? applyAtw(addDays(receivedOn, 1), running.end, holidays)
    : { end: running.end, moved: false, steps: [] };
  const deadline = atw.end;
  const provisional = periods.some((p, i) => p.provisional && running.daysInTerm[i]! > 0 && !(lbbExcluded && p.kind === 'lbb-advies'));

  const warnings: DeadlineWarning[] = [...periods.flatMap((p) => p.warnings), ...extension.warnings];
  const steps: DeadlineStep[] = [
    {
      description: `Aanvraag ontvangen op ${formatDutchDate(receivedOn, true)}; de termijn loopt vanaf de dag daarna.`,
      legalBasis: LEGAL_BASIS.weekCounting,
      date: receivedOn,
    },
    baseStep(term, baseWeeks, receivedOn, months),
    ...extension.steps,
    ...periods.flatMap((p, i) => [periodStep(p, running.addedDays[i]!, running.daysInTerm[i]!, lbbExcluded), ...p.notes]),
    ...(scope.step ? [scope.step] : []),
    ...atw.steps,
  ];

  if (scope.uncertain) {
    const alternative = scope.applies ? running.end : applyAtw(addDays(receivedOn, 1), running.end, holidays).end;
    if (alternative !== deadline) {
      warnings.push({
        code: 'ATW_OVER_12_WEKEN_ONZEKER',
        message: `Door de verlenging is de beslistermijn samen ${baseWeeks + extension.weeks} weken. Of de Algemene termijnenwet dan nog geldt, is niet uitgemaakt (art. 4 sub a Atw: niet voor termijnen van meer dan twaalf weken). Met de Atw is de laatste dag ${formatDutchDate(scope.applies ? deadline : alternative, true)}, zonder de Atw ${formatDutchDate(scope.applies ? alternative : deadline, true)}. Beslis uiterlijk op de vroegste van beide.`,
      });
    }
  }

  // The notice of Awb 4:14 lid 3 is due before the backstop as it stands without the contested LBB suspension.
  let noticeDue = deadline;
  if (term.kind === 'redelijk' && periods.some((p) => p.kind === 'lbb-advies' && periodLength(p) > 0)) {
    const withoutLbb = periods.map((p) => (p.kind === 'lbb-advies' ? { first: null, last: null } : p));
    const withLbbEnd = endWithAtw(term.atw, baseWeeks, 0, true, receivedOn, runningTermEnd(receivedOn, baseDays, periods).end, holidays).end;
    const withoutLbbEnd = endWithAtw(term.atw, baseWeeks, 0, true, receivedOn, runningTermEnd(receivedOn, baseDays, withoutLbb).end, holidays).end;
    if (withLbbEnd !== withoutLbbEnd) {
      noticeDue = withoutLbbEnd;
      warnings.push({
        code: 'ART31_REDELIJKE_TERMIJN_ONZEKER',
        message: settings.art31SuspendsRedelijkeTermijn
          ? `Of de opschorting voor het LBB-advies (art. 31 Wet Bibob: "de wettelijke termijn") ook een redelijke termijn opschort, is niet uitgemaakt. Hier is zij meegeteld (${formatDutchDate(withLbbEnd, true)}); zonder die opschorting is de redelijke termijn op ${formatDutchDate(withoutLbbEnd, true)} in ieder geval verstreken. Doe daarom uiterlijk ${formatDutchDate(withoutLbbEnd, true)} de mededeling van art. 4:14 lid 3 Awb.`
          : `Of de opschorting voor het LBB-advies (art. 31 Wet Bibob: "de wettelijke termijn") ook een redelijke termijn opschort, is niet uitgemaakt. Volgens de instelling van de gemeente is zij niet meegeteld (${formatDutchDate(withoutLbbEnd, true)}); met de opschorting zou het ${formatDutchDate(withLbbEnd, true)} zijn. Doe uiterlijk ${formatDutchDate(withoutLbbEnd, true)} de mededeling van art. 4:14 lid 3 Awb.`,
      });
    }
  }

  const decided = input.decidedOn ?? null;
  let effectiveEnd = deadline;
  if (term.kind === 'redelijk') {
    const notice = input.mededelingRedelijkeTermijn ?? null;
    if (notice) {
      parseIsoDate(notice.sentOn);
      parseIsoDate(notice.expectedBy);
      const inTime = compareDates(notice.sentOn, noticeDue) <= 0;
      steps.push({
        description: inTime
          ? `Mededeling op ${formatDutchDate(notice.sentOn, true)}, binnen de acht weken: de beschikking komt niet binnen acht weken en is tegemoet te zien uiterlijk ${formatDutchDate(notice.expectedBy, true)}.`
          : `Mededeling op ${formatDutchDate(notice.sentOn, true)}: te laat, want na ${formatDutchDate(noticeDue, true)}; de redelijke termijn was toen al in ieder geval verstreken (art. 4:13 lid 2 Awb).`,
        legalBasis: LEGAL_BASIS.awb4_14Lid3,
        date: notice.sentOn,
      });
      if (inTime) effectiveEnd = notice.expectedBy;
      else warnings.push({ code: 'MEDEDELING_4_14_LID_3_TE_LAAT', message: steps[steps.length - 1]!.description });
    } else if (decided === null && withinReminder(today, noticeDue, settings.reminderDays)) {
      warnings.push({
        code: 'AWB_4_14_LID_3_MEDEDELING',
        message: `Deze aanvraag heeft geen wettelijke beslistermijn. Kan de beschikking niet uiterlijk ${formatDutchDate(noticeDue, true)} worden gegeven, deel dat dan vóór of op die dag aan de aanvrager mee en noem een redelijke termijn waarbinnen zij wel tegemoet kan worden gezien (art. 4:14 lid 3 Awb). Zonder die mededeling is de redelijke termijn daarna in ieder geval verstreken (art. 4:13 lid 2 Awb).`,
      });
    }
  } else if (decided === null && withinReminder(today, deadline, settings.reminderDays)) {
    const canExtend = term.extension && input.extension === null
      ? ` Verlengen kan nog eenmaal met ten hoogste ${term.extension.maxWeeks} weken, als het verlengingsbesluit uiterlijk ${formatDutchDate(deadline, true)} is bekendgemaakt (${term.extension.legalBasis}).`
      : '';
    warnings.push({
      code: 'AWB_4_14_LID_1_MEDEDELING',
      message: `De beslistermijn eindigt op ${formatDutchDate(deadline, true)}. Lukt beslissen niet op tijd, deel dat dan mee aan de aanvrager en noem een zo kort mogelijke termijn waarbinnen de beschikking wel tegemoet kan worden gezien (art. 4:14 lid 1 Awb); die mededeling verlengt de termijn niet.${canExtend}`,
    });
  }
  if (decided === null && compareDates(today, effectiveEnd) > 0) {
    warnings.push({
      code: 'OVERDUE',
      message: `${effectiveEnd === deadline ? 'De uiterste beslisdatum' : 'De in de mededeling genoemde termijn'} ${formatDutchDate(effectiveEnd, true)} is verstreken (${dutchDays(dayDifference(effectiveEnd, today))} geleden). Beslis zo spoedig mogelijk: na een schriftelijke ingebrekestelling verbeurt het bestuursorgaan een dwangsom aan de aanvrager voor elke dag dat het in gebreke is (art. 4:17 lid 1 Awb).`,
    });
  }
  if (decided !== null && compareDates(decided, effectiveEnd) > 0) {
    warnings.push({
      code: 'BESLUIT_NA_TERMIJN',
      message: `Het besluit van ${formatDutchDate(decided, true)} is genomen na de uiterste beslisdatum ${formatDutchDate(effectiveEnd, true)}.`,
    });
  }

  const explainedPeriods: ExplainedPeriod[] = periods.map((p, i) => ({
    kind: p.kind,
    label: p.label,
    legalBasis: p.legalBasis,
    first: p.first,
    last: p.last,
    addedDays: running.addedDays[i]!,
    daysInTerm: running.daysInTerm[i]!,
    provisional: p.provisional,
    excluded: lbbExcluded && p.kind === 'lbb-advies',
  }));
  const holiday = atwHolidayOn(running.end, holidays);
  const atwBasis = atw.steps.map((step) => step.legalBasis).join('; ');
  const explanation = explainDeadline({
    kind: term.kind === 'redelijk' ? 'redelijk' : 'wettelijk',
    deadline,
    receivedOn,
    baseWeeks,
    ...(months === null ? {} : { baseMonths: months }),
    baseLegalBasis,
    baseEnd: addDays(receivedOn, baseDays),
    extension: extension.weeks > 0 ? { weeks: extension.weeks, legalBasis: extension.legalBasis! } : null,
    periods: explainedPeriods,
    rawEnd: running.end,
    atw: atw.moved
      ? { outcome: 'moved', holidayName: holiday?.name ?? null, legalBasis: atwBasis }
      : !scope.applies && isAtwNonWorkingDay(running.end, holidays)
        ? {
            outcome: 'not-applicable-on-non-working-day',
            holidayName: holiday?.name ?? null,
            reason: `de Algemene termijnenwet is op deze termijn niet toegepast (${scope.step?.legalBasis ?? LEGAL_BASIS.atw1Lid1})`,
          }
        : { outcome: 'none' },
    provisional,
  });

  const legalBasis = uniqueBases([
    baseLegalBasis,
    extension.legalBasis,
    ...periods.filter((p, i) => running.addedDays[i]! > 0).map((p) => p.legalBasis),
    atwBasis,
  ]);
  steps.push({
    description: `Uiterste beslisdatum${term.kind === 'redelijk' ? ' (vangnet redelijke termijn)' : ''}: ${formatDutchDate(deadline, true)}${provisional ? ' (voorlopig)' : ''}.`,
    legalBasis,
    date: deadline,
    days: dayDifference(receivedOn, deadline),
  });
  return { deadline, provisional, suspendedDays: running.suspendedDays, steps, explanation, warnings, legalBasis, mededelingUiterlijk: term.kind === 'redelijk' ? noticeDue : null };
}

function termWeeks(term: TermSpec): number {
  if (term.kind === 'redelijk') return REDELIJKE_TERMIJN_WEEKS;
  if (term.weeks === undefined || !Number.isInteger(term.weeks) || term.weeks < 1) {
    throw new RangeError(`Een wettelijke beslistermijn is een geheel aantal weken ≥ 1: ${String(term.weeks)}`);
  }
  return term.weeks;
}

function endWithAtw(
  termInLawOrAmvb: boolean,
  baseWeeks: number,
  extensionWeeks: number,
  applyWhenExtendedBeyond12Weeks: boolean,
  receivedOn: IsoDate,
  end: IsoDate,
  holidays: HolidayData,
): { end: IsoDate } {
  const scope = atwScope(termInLawOrAmvb, baseWeeks, extensionWeeks, applyWhenExtendedBeyond12Weeks);
  return scope.applies ? applyAtw(addDays(receivedOn, 1), end, holidays) : { end };
}

function withinReminder(today: IsoDate, due: IsoDate, reminderDays: number): boolean {
  const daysLeft = dayDifference(today, due);
  return daysLeft >= 0 && daysLeft <= reminderDays;
}

/** A term in months, or null for one in weeks (or a redelijke termijn). */
function termMonths(term: TermSpec): number | null {
  if (term.kind !== 'wettelijk' || term.months === undefined) return null;
  if (!Number.isInteger(term.months) || term.months < 1) throw new RangeError(`Een beslistermijn in maanden is een geheel aantal ≥ 1: ${String(term.months)}`);
  return term.months;
}

/** Art. 4 sub a Atw: the Atw does not apply to a term "in meer dan drie maanden". */
function monthsAtwScope(months: number): ReturnType<typeof atwScope> {
  if (months <= 3) throw new RangeError('Een beslistermijn van ten hoogste drie maanden is nog niet ondersteund.');
  return {
    applies: false,
    uncertain: false,
    step: { description: `De Algemene termijnenwet is niet van toepassing op een termijn van meer dan drie maanden (${dutchMonths(months)}); de laatste dag schuift niet op.`, legalBasis: LEGAL_BASIS.atw4SubA },
  };
}

function baseStep(term: TermSpec, baseWeeks: number, receivedOn: IsoDate, months: number | null = null): DeadlineStep {
  if (months !== null) {
    const monthsEnd = addMonths(receivedOn, months);
    return { description: `Beslistermijn ${dutchMonths(months)} na ontvangst: ${formatDutchDate(monthsEnd, true)}.`, legalBasis: term.legalBasis, date: monthsEnd, days: dayDifference(receivedOn, monthsEnd) };
  }
  const end = addDays(receivedOn, 7 * baseWeeks);
  if (term.kind === 'redelijk') {
    return {
      description: `Geen wettelijke beslistermijn (${term.legalBasis}): beslissen binnen een redelijke termijn, die in ieder geval verstreken is 8 weken na ontvangst, op ${formatDutchDate(end, true)}, tenzij vóór die dag de mededeling van art. 4:14 lid 3 Awb is gedaan.`,
      legalBasis: `${LEGAL_BASIS.awb4_13Lid1}; ${LEGAL_BASIS.awb4_13Lid2}; ${LEGAL_BASIS.awb4_14Lid3}`,
      date: end,
      days: 7 * baseWeeks,
    };
  }
  return {
    description: `Beslistermijn ${baseWeeks} weken na ontvangst: ${formatDutchDate(end, true)}.`,
    legalBasis: term.legalBasis,
    date: end,
    days: 7 * baseWeeks,
  };
}

function periodStep(period: SuspensionPeriod, added: number, inTerm: number, lbbExcluded: boolean): DeadlineStep {
  const length = periodLength(period);
  const facts: string[] = [period.description];
  if (lbbExcluded && period.kind === 'lbb-advies' && length > 0) {
    facts.push('Volgens de instelling van de gemeente telt deze opschorting niet voor een redelijke termijn (art. 31 Wet Bibob spreekt van "de wettelijke termijn").');
  } else if (length > 0 && inTerm === 0) {
    facts.push('Deze dagen vallen buiten de lopende beslistermijn en tellen niet.');
  } else if (length > 0) {
    const outside = length - inTerm;
    const overlap = inTerm - added;
    if (outside > 0) facts.push(`${dutchDays(outside)} ${outside === 1 ? 'valt' : 'vallen'} vóór de termijn begon en ${outside === 1 ? 'telt' : 'tellen'} niet.`);
    if (overlap > 0) facts.push(`${dutchDays(overlap)} ${overlap === 1 ? 'valt' : 'vallen'} al onder een eerdere opschorting en ${overlap === 1 ? 'telt' : 'tellen'} één keer.`);
    facts.push(`De beslisdatum schuift ${dutchDays(added)} op.`);
  }
  return {
    description: facts.join(' '),
    legalBasis: period.legalBasis,
    ...(period.last !== null ? { date: period.last } : {}),
    days: lbbExcluded && period.kind === 'lbb-advies' ? 0 : added,
  };
}

function noDecisionTerm(term: TermSpec): DeadlineResult {
  const description = `Geen beslistermijn (${term.legalBasis}): de regeling kent geen termijn voor deze beslissing, dus er is geen uiterste beslisdatum.`;
  return {
    deadline: null,
    provisional: false,
    suspendedDays: 0,
    steps: [{ description, legalBasis: term.legalBasis }],
    explanation: description,
    warnings: [],
    legalBasis: term.legalBasis,
    mededelingUiterlijk: null,
  };
}

function uniqueBases(bases: readonly (string | null)[]): string {
  const seen: string[] = [];
  for (const basis of bases) {
    for (const part of (basis ?? '').split('; ')) if (part && !seen.includes(part)) seen.push(part);
  }
  return seen.join('; ');
}

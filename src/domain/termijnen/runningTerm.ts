/**
 * The clock of a term counted in days after receipt: it runs on every calendar day except suspended ones.
 * A term of N running days therefore ends on the day on which the N-th unsuspended day after receipt falls;
 * a suspended day inside the term moves the end one day, however many suspensions cover it; a suspended day
 * after the end (or on or before the day of receipt) changes nothing (Awb 4:15; Wet Bibob art. 31;
 * ../shared/bibob-domain.md §5).
 */
import { fromDayNumber, toDayNumber, type IsoDate } from './calendar';

export interface DayPeriod {
  readonly first: IsoDate | null;
  readonly last: IsoDate | null;
}

export interface RunningTerm {
  /** Last day of the term, before any Algemene termijnenwet move. */
  readonly end: IsoDate;
  /** Suspended calendar days inside the term, each counted once. */
  readonly suspendedDays: number;
  /** Per period, in input order: the days it added. A day two periods cover counts for the one that began first. */
  readonly addedDays: readonly number[];
  /** Per period, in input order: its days inside the term (after receipt, up to the end). */
  readonly daysInTerm: readonly number[];
}

export function runningTermEnd(receivedOn: IsoDate, runningDays: number, periods: readonly DayPeriod[]): RunningTerm {
  if (!Number.isInteger(runningDays) || runningDays < 1) throw new RangeError(`Geen geldige termijn in dagen: ${runningDays}`);
  const received = toDayNumber(receivedOn);
  const spans = periods.map((p) => (p.first === null || p.last === null ? null : { from: toDayNumber(p.first), to: toDayNumber(p.last) }));
  const byStart = spans
    .map((span, index) => ({ span, index }))
    .filter((entry): entry is { span: { from: number; to: number }; index: number } => entry.span !== null)
    .sort((a, b) => a.span.from - b.span.from || a.index - b.index);
  const addedDays = periods.map(() => 0);
  let day = received;
  let running = 0;
  let suspended = 0;
  while (running < runningDays) {
    day += 1;
    const owner = byStart.find(({ span }) => span.from <= day && day <= span.to);
    if (owner) {
      addedDays[owner.index]! += 1;
      suspended += 1;
    } else {
      running += 1;
    }
  }
  const daysInTerm = spans.map((span) => {
    if (span === null) return 0;
    const from = Math.max(span.from, received + 1);
    const to = Math.min(span.to, day);
    return to >= from ? to - from + 1 : 0;
  });
  return { end: fromDayNumber(day), suspendedDays: suspended, addedDays, daysInTerm };
}

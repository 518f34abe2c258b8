/**
 * Calendar arithmetic on plain ISO dates ('YYYY-MM-DD'). A term in Dutch administrative law is counted in whole
 * calendar days, so dates here carry no time and no time zone: each date maps to a day number (days since
 * 1970-01-01 in the proleptic Gregorian calendar) and back. No Date objects, so no local-time surprises.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;
const MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Splits an ISO date; throws a RangeError with a Dutch message when it is not a real calendar date. */
export function parseIsoDate(date: IsoDate): CalendarDate {
  const match = ISO_DATE.exec(date);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { year, month, day };
    }
  }
  throw new RangeError(`Geen geldige datum (JJJJ-MM-DD): ${String(date)}`);
}

export function isIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The ISO date of a day number (H. Hinnant's civil_from_days). */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`Geen geheel dagnummer: ${dayNumber}`);
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1 || year > 9999) throw new RangeError(`Datum buiten het bereik 0001–9999 (dagnummer ${dayNumber})`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return fromDayNumber(toDayNumber(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Geen geheel aantal dagen: ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** "N weken na <date>": the same weekday N weeks later (date + 7·N days). */
export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  if (!Number.isInteger(weeks)) throw new RangeError(`Geen geheel aantal weken: ${weeks}`);
  return addDays(date, 7 * weeks);
}

/**
 * "N maanden na <date>": the same day of the month N months later; when that month has no such day, its last day
 * (31 August + 6 months → 28 or 29 February).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`Geen geheel aantal maanden: ${months}`);
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return isoDate(targetYear, targetMonth, Math.min(day, lastDay));
}

/** Days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function dayDifference(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

export function laterDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) >= 0 ? a : b;
}

export function earlierDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 (day 0) was a Thursday. */
export function weekday(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

export function dutchWeekdayName(date: IsoDate): string {
  return WEEKDAYS[weekday(date)]!;
}

/** "8 maart 2027", or with the weekday "maandag 8 maart 2027". */
export function formatDutchDate(date: IsoDate, withWeekday = false): string {
  const { year, month, day } = parseIsoDate(date);
  const text = `${day} ${MONTHS[month - 1]!} ${year}`;
  return withWeekday ? `${dutchWeekdayName(date)} ${text}` : text;
}

/** The first date written as formatDutchDate writes it ("2 november 2026") in `text`, or null. */
export function findDutchDate(text: string): IsoDate | null {
  const match = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})\\b`).exec(text);
  if (!match) return null;
  const month = MONTHS.indexOf(match[2] as (typeof MONTHS)[number]) + 1;
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
}

/** A period of days, as short as it reads unambiguously: "19–25 januari 2027", "28 januari–3 februari 2027". */
export function formatDutchDateRange(first: IsoDate, last: IsoDate): string {
  const a = parseIsoDate(first);
  const b = parseIsoDate(last);
  if (first === last) return formatDutchDate(first);
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${MONTHS[b.month - 1]!} ${b.year}`;
  if (a.year === b.year) return `${a.day} ${MONTHS[a.month - 1]!}–${formatDutchDate(last)}`;
  return `${formatDutchDate(first)}–${formatDutchDate(last)}`;
}

/** "1 dag", "7 dagen". */
export function dutchDays(count: number): string {
  return count === 1 ? '1 dag' : `${count} dagen`;
}

/** "1 maand", "6 maanden". */
export function dutchMonths(count: number): string {
  return count === 1 ? '1 maand' : `${count} maanden`;
}

/** "1 week", "8 weken". */
export function dutchWeeks(count: number): string {
  return count === 1 ? '1 week' : `${count} weken`;
}

/**
 * The days the Algemene termijnenwet treats like a Sunday (art. 3). Lid 1 and lid 2 are rules, computed for
 * every year; the days of lid 3 are equalised by royal decree a few years ahead and are therefore data that the
 * coordinator can correct in the settings, never a rule.
 *
 * Do not replace this with a general holiday library: those classify 5 mei and Goede Vrijdag as non-public,
 * while the Atw counts both (art. 3 lid 1 and lid 2).
 */
import { LEGAL_BASIS } from './legalBasis';
import { addDays, isoDate, isWeekend, parseIsoDate, weekday, type IsoDate } from './calendar';

export interface HolidayData {
  /** Days equalised by royal decree (art. 3 lid 3 Atw, published in the Staatscourant). */
  readonly decreedDays: readonly IsoDate[];
}

/**
 * The decreed days for 2026–2028 (Stcrt. 2025, 24713, read from a secondary source; ../shared/bibob-domain.md
 * §5). Data for the settings' initial value: the coordinator can correct them.
 */
export const DEFAULT_DECREED_DAYS: readonly IsoDate[] = Object.freeze([
  '2026-01-02',
  '2026-05-15',
  '2027-05-07',
  '2028-04-28',
  '2028-05-26',
]);

export const DEFAULT_HOLIDAY_DATA: HolidayData = Object.freeze({ decreedDays: DEFAULT_DECREED_DAYS });

/** The day from which the King's birthday is celebrated on 27 April (Koningsdag); earlier years are not supported. */
export const FIRST_KONINGSDAG_YEAR = 2014;

export interface AtwHoliday {
  readonly date: IsoDate;
  readonly name: string;
  readonly legalBasis: string;
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus of Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`Pasen wordt berekend voor de jaren 1583–9999, niet voor ${year}`);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/**
 * Koningsdag, "de dag waarop de verjaardag van de Koning wordt gevierd" (art. 3 lid 1 Atw): 27 April, or
 * 26 April when the 27th is a Sunday (../shared/bibob-domain.md §5).
 */
export function koningsdag(year: number): IsoDate {
  if (year < FIRST_KONINGSDAG_YEAR) {
    throw new RangeError(`Koningsdag wordt berekend vanaf ${FIRST_KONINGSDAG_YEAR}, niet voor ${year}`);
  }
  const april27 = isoDate(year, 4, 27);
  return weekday(april27) === 0 ? isoDate(year, 4, 26) : april27;
}

/** Every Atw holiday of `year` with its name and article, sorted; a day that is two holidays appears once. */
export function atwHolidayCalendar(year: number, holidays: HolidayData): AtwHoliday[] {
  const easter = easterSunday(year);
  const lid1 = LEGAL_BASIS.atw3Lid1;
  const all: AtwHoliday[] = [
    { date: isoDate(year, 1, 1), name: 'Nieuwjaarsdag', legalBasis: lid1 },
    { date: addDays(easter, -2), name: 'Goede Vrijdag', legalBasis: LEGAL_BASIS.atw3Lid2 },
    { date: addDays(easter, 1), name: 'tweede Paasdag', legalBasis: lid1 },
    { date: koningsdag(year), name: 'Koningsdag', legalBasis: lid1 },
    { date: isoDate(year, 5, 5), name: '5 mei', legalBasis: lid1 },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag', legalBasis: lid1 },
    { date: addDays(easter, 50), name: 'tweede Pinksterdag', legalBasis: lid1 },
    { date: isoDate(year, 12, 25), name: 'eerste Kerstdag', legalBasis: lid1 },
    { date: isoDate(year, 12, 26), name: 'tweede Kerstdag', legalBasis: lid1 },
    ...holidays.decreedDays
      .filter((date) => parseIsoDate(date).year === year)
      .map((date) => ({ date, name: 'bij koninklijk besluit gelijkgestelde dag', legalBasis: LEGAL_BASIS.atw3Lid3 })),
  ];
  const byDate = new Map<IsoDate, AtwHoliday>();
  for (const holiday of all) if (!byDate.has(holiday.date)) byDate.set(holiday.date, holiday);
  return [...byDate.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** The dates of art. 3 lid 1 and lid 2 Atw in `year`, plus the decreed days (lid 3) that fall in it; sorted. */
export function atwHolidays(year: number, holidays: HolidayData): IsoDate[] {
  return atwHolidayCalendar(year, holidays).map((holiday) => holiday.date);
}

/** The Atw holiday on `date`, or null. */
export function atwHolidayOn(date: IsoDate, holidays: HolidayData): AtwHoliday | null {
  return atwHolidayCalendar(parseIsoDate(date).year, holidays).find((holiday) => holiday.date === date) ?? null;
}

/** Saturday, Sunday or algemeen erkende feestdag (art. 1 lid 1 with art. 3 Atw). */
export function isAtwNonWorkingDay(date: IsoDate, holidays: HolidayData): boolean {
  return isWeekend(date) || atwHolidayOn(date, holidays) !== null;
}

/** Why `date` is not a working day, in Dutch ("een zaterdag", "Koningsdag"), or null when it is one. */
export function nonWorkingDayReason(date: IsoDate, holidays: HolidayData): string | null {
  const holiday = atwHolidayOn(date, holidays);
  if (holiday) return holiday.name;
  const day = weekday(date);
  if (day === 6) return 'een zaterdag';
  if (day === 0) return 'een zondag';
  return null;
}

/**
 * `date` itself when it is a working day, otherwise the first day after it that is none of Saturday, Sunday or
 * Atw holiday — the move of art. 1 lid 1 Atw ("tot en met de eerstvolgende dag die niet …").
 */
export function nextWorkingDay(date: IsoDate, holidays: HolidayData): IsoDate {
  let day = date;
  while (isAtwNonWorkingDay(day, holidays)) day = addDays(day, 1);
  return day;
}

/** The first working day strictly after `date`. */
export function firstWorkingDayAfter(date: IsoDate, holidays: HolidayData): IsoDate {
  return nextWorkingDay(addDays(date, 1), holidays);
}

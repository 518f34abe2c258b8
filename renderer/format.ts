const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const shortDateTimeFormat = new Intl.DateTimeFormat('nl-NL', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
// A calendar date ('2027-03-01') is a day, not a moment: format it in UTC so that no time zone moves it.
const calendarDateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const calendarDateWithWeekdayFormat = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "23 november 2026" for an ISO timestamp. */
export function formatDate(isoTimestamp: string): string {
  return dateFormat.format(new Date(isoTimestamp));
}

/** "23 november 2026 om 15:42" for an ISO timestamp, in the computer's time zone. */
export function formatDateTime(isoTimestamp: string): string {
  return dateTimeFormat.format(new Date(isoTimestamp));
}

/** "23-11-2026 15:42:07" for an ISO timestamp: compact, for tables of many moments. */
export function formatShortDateTime(isoTimestamp: string): string {
  return shortDateTimeFormat.format(new Date(isoTimestamp));
}

function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** "1 maart 2027" for a calendar date 'YYYY-MM-DD'. */
export function formatCalendarDate(isoDate: string): string {
  return calendarDateFormat.format(calendarDate(isoDate));
}

/** "maandag 1 maart 2027" for a calendar date 'YYYY-MM-DD'. */
export function formatCalendarDateWithWeekday(isoDate: string): string {
  return calendarDateWithWeekdayFormat.format(calendarDate(isoDate));
}

/**
 * A date typed as the Dutch write it, "5-10-2026" (also with / or . between, or as 2026-10-05), as 'YYYY-MM-DD';
 * null when it does not have that shape. Whether the day exists is the service's check.
 */
export function parseTypedDate(text: string): string | null {
  const typed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(typed)) return typed;
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(typed);
  if (!dutch) return null;
  const [, day, month, year] = dutch;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

/** Today on this computer as 'YYYY-MM-DD'. */
export function todayIsoDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const fileSizeFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** "0,4 kB", "12,3 kB", "1,4 MB": the size of a file, in units of 1024. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${fileSizeFormat.format(Math.max(bytes / 1024, 0.1))} kB`;
  return `${fileSizeFormat.format(bytes / (1024 * 1024))} MB`;
}

/** "1 dossier", "3 dossiers". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

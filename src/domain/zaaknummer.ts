/**
 * A zaaknummer identifies a dossier within the vault. The municipality's own numbering scheme decides its
 * form; the app only asks that it is short, printable and free of characters that break file names or letters.
 */
export const ZAAKNUMMER_MAX_LENGTH = 40;

const allowedZaaknummer = /^[A-Za-z0-9][A-Za-z0-9 ._\/-]*$/;

export function normalizeZaaknummer(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ');
}

/** Returns a Dutch explanation when the zaaknummer is not acceptable, or null when it is. */
export function zaaknummerProblem(raw: string): string | null {
  const value = normalizeZaaknummer(raw);
  if (value.length === 0) return 'Vul een zaaknummer in.';
  if (value.length > ZAAKNUMMER_MAX_LENGTH) {
    return `Een zaaknummer is hoogstens ${ZAAKNUMMER_MAX_LENGTH} tekens lang.`;
  }
  if (!allowedZaaknummer.test(value)) {
    return 'Een zaaknummer bestaat uit letters, cijfers, spaties en de tekens . _ / -, en begint met een letter of cijfer.';
  }
  return null;
}

/**
 * The municipality's own numbering: "<prefix>-<year>-<nnn>", the sequence per year following the highest number
 * already used with that prefix and year (so numbers are never reused after a gap).
 */
export function nextZaaknummer(prefix: string, year: number, existing: readonly string[]): string {
  const stem = `${prefix}-${year}-`;
  const highest = existing
    .filter((number) => number.toUpperCase().startsWith(stem.toUpperCase()))
    .map((number) => Number.parseInt(number.slice(stem.length), 10))
    .filter((sequence) => Number.isInteger(sequence) && sequence > 0)
    .reduce((max, sequence) => Math.max(max, sequence), 0);
  return `${stem}${String(highest + 1).padStart(3, '0')}`;
}

export const DEFAULT_ZAAKNUMMER_PREFIX = 'BIBOB';

export function zaaknummerPrefixProblem(prefix: string): string | null {
  return /^[A-Za-z][A-Za-z0-9]{0,11}$/.test(prefix) ? null : 'Een voorvoegsel bestaat uit 1 tot 12 letters en cijfers en begint met een letter.';
}

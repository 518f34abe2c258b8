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

/**
 * Rules for the vault passphrase. Pure, so the renderer can show the hint while typing and main can enforce
 * the same minimum.
 */
export const MIN_PASSPHRASE_LENGTH = 12;
export const MAX_PASSPHRASE_LENGTH = 1024;

export type PassphraseStrength = 'te kort' | 'zwak' | 'redelijk' | 'sterk';

export interface PassphraseAssessment {
  readonly strength: PassphraseStrength;
  readonly acceptable: boolean;
  readonly hint: string;
}

function characterClasses(passphrase: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(passphrase)).length;
}

function distinctCharacters(passphrase: string): number {
  return new Set(passphrase).size;
}

export function assessPassphrase(passphrase: string): PassphraseAssessment {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE_LENGTH) {
    return {
      strength: 'te kort',
      acceptable: false,
      hint: `Gebruik minstens ${MIN_PASSPHRASE_LENGTH} tekens (nog ${MIN_PASSPHRASE_LENGTH - length} te gaan).`,
    };
  }
  if (length > MAX_PASSPHRASE_LENGTH) {
    return { strength: 'te kort', acceptable: false, hint: `Gebruik hoogstens ${MAX_PASSPHRASE_LENGTH} tekens.` };
  }
  const variety = characterClasses(passphrase);
  const distinct = distinctCharacters(passphrase);
  if (distinct < 6) {
    return {
      strength: 'zwak',
      acceptable: true,
      hint: 'Veel herhaalde tekens. Een zin van vier of meer losse woorden is sterker en goed te onthouden.',
    };
  }
  if (length >= 20 || (length >= 16 && variety >= 3)) {
    return { strength: 'sterk', acceptable: true, hint: 'Sterke wachtwoordzin.' };
  }
  return {
    strength: 'redelijk',
    acceptable: true,
    hint: 'Redelijk. Maak de zin langer (20 tekens of meer) voor een sterke wachtwoordzin.',
  };
}

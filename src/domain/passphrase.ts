import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnDutch from '@zxcvbn-ts/language-nl-be';

/**
 * Rules for the vault passphrase. Pure, so the renderer can show the hint while typing and main can enforce the
 * same rule on every new passphrase.
 *
 * Strength is what an attacker with a copy of the key file must spend: each guess costs one PBKDF2-HMAC-SHA512 derivation
 * of 600,000 iterations, and one current GPU does about 2,300 of those per second. zxcvbn (with its common and Dutch
 * dictionaries) estimates how many guesses a cracker needs, counting dictionary words, names, dates, keyboard
 * patterns and repetitions as the cheap guesses they are.
 */
export const MIN_PASSPHRASE_LENGTH = 12;
export const MAX_PASSPHRASE_LENGTH = 1024;

/** Guesses per second against the key file by one GPU, at the vault's 600,000 PBKDF2 iterations. */
export const OFFLINE_GUESSES_PER_SECOND = 2_300;

/** At least 10^11 estimated guesses: about 1.4 years on one GPU (10^10, zxcvbn's top score, would be 50 days). */
export const MIN_ACCEPTED_GUESSES = 1e11;
/** From 10^13 guesses on (about 140 years on one GPU) the passphrase is called strong. */
const STRONG_GUESSES = 1e13;

/** Words an attacker tries first against this app's key file. */
const APP_WORDS = ['bibob', 'werkbank', 'bibobwerkbank', 'gemeente', 'kluis', 'wachtwoordzin', 'wachtwoord', 'coordinator', 'riec', 'lbb'];

export type PassphraseStrength = 'te kort' | 'te lang' | 'zwak' | 'redelijk' | 'sterk';

export interface PassphraseAssessment {
  readonly strength: PassphraseStrength;
  readonly acceptable: boolean;
  readonly hint: string;
}

let estimator: ZxcvbnFactory | undefined;

/** Built on first use: the dictionaries take some milliseconds to index. */
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnDutch.dictionary, userInputs: APP_WORDS },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnDutch.translations,
  });
  return estimator;
}

/** "ongeveer 3 uur", "ongeveer 40 jaar": how long one GPU needs for `guesses`. */
export function crackTimeText(guesses: number): string {
  const seconds = guesses / OFFLINE_GUESSES_PER_SECOND;
  const units: readonly [number, string, string][] = [
    [365.25 * 24 * 3600, 'jaar', 'jaar'],
    [24 * 3600, 'dag', 'dagen'],
    [3600, 'uur', 'uur'],
    [60, 'minuut', 'minuten'],
  ];
  if (seconds >= 1e6 * units[0]![0]) return 'meer dan een miljoen jaar';
  for (const [size, one, many] of units) {
    if (seconds >= size) {
      const count = Math.round(seconds / size);
      return `ongeveer ${count.toLocaleString('nl-NL')} ${count === 1 ? one : many}`;
    }
  }
  return 'minder dan een minuut';
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
    return { strength: 'te lang', acceptable: false, hint: `Gebruik hoogstens ${MAX_PASSPHRASE_LENGTH} tekens.` };
  }
  const result = strengthEstimator().check(passphrase);
  const time = crackTimeText(result.guesses);
  if (result.guesses < MIN_ACCEPTED_GUESSES) {
    const pattern = result.feedback.warning ? ` ${result.feedback.warning}` : '';
    return {
      strength: 'zwak',
      acceptable: false,
      hint:
        `Te makkelijk te raden: wie een kopie van het sleutelbestand heeft, vindt deze wachtwoordzin met één videokaart in ${time}.${pattern} ` +
        'Kies een zin van vier of meer losse, ongewone woorden.',
    };
  }
  if (result.guesses < STRONG_GUESSES) {
    return {
      strength: 'redelijk',
      acceptable: true,
      hint: `Redelijk: met één videokaart ${time} raden. Een extra ongewoon woord maakt hem sterk.`,
    };
  }
  return { strength: 'sterk', acceptable: true, hint: `Sterke wachtwoordzin: met één videokaart ${time} raden.` };
}

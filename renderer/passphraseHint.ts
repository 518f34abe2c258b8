import { assessPassphrase } from '../src/domain/passphrase';

/** The live hint under a new passphrase: "Sterkte: redelijk. Maak de zin langer …". */
export function passphraseHint(passphrase: string): string {
  const { strength, hint } = assessPassphrase(passphrase);
  return `Sterkte: ${strength}. ${hint}`;
}

import type { Besluitsoort, Bestuursorgaan } from '../besluitsoorten';

/**
 * Who takes the decision, and so in whose voice the voornemen and the besluit speak, who signs and who hears the
 * bezwaar (../shared/bibob-domain.md §10): the burgemeester ("ik") for the Alcoholwet licence (Alcoholwet art. 3 lid
 * 1: "vergunning van de burgemeester") and for the APV permits the besluitsoort names him for (Wet Bibob art. 7 lid 1:
 * "het college van burgemeester en wethouders respectievelijk de burgemeester", as the APV says); the college ("wij")
 * for the omgevingsvergunning (Ow 5.8) and for the municipality's real estate.
 */

/** The grammatical person of the letter: the burgemeester writes "ik", the college "wij". */
export type Stem = 'ik' | 'wij';

export function stemVan(orgaan: Bestuursorgaan): Stem {
  return orgaan === 'burgemeester' ? 'ik' : 'wij';
}

/** The sentence in the letter's voice: the burgemeester's wording or the college's. */
export function kies(stem: Stem, ik: string, wij: string): string {
  return stem === 'ik' ? ik : wij;
}

/** The place name of the letterhead's "Gemeente Proefstad" (or of "Proefstad" as it stands). */
function plaatsnaam(gemeente: string): string {
  return gemeente.trim().replace(/^gemeente\s+/i, '');
}

/** The body by its name: "de burgemeester van Proefstad", "het college van burgemeester en wethouders van Proefstad". */
export function orgaanNaam(orgaan: Bestuursorgaan, gemeente: string): string {
  const plaats = plaatsnaam(gemeente);
  const van = plaats ? ` van ${plaats}` : '';
  return orgaan === 'burgemeester' ? `de burgemeester${van}` : `het college van burgemeester en wethouders${van}`;
}

/** The body a besluitsoort's decision belongs to; without a besluitsoort the college. */
export function orgaanVan(soort: Pick<Besluitsoort, 'bestuursorgaan'> | undefined): Bestuursorgaan {
  return soort?.bestuursorgaan ?? 'college';
}

/**
 * The signature of a decision: by the body itself when the signatory's function is the body ("de burgemeester van
 * Proefstad" signing a burgemeester's decision), otherwise on its behalf under mandate (Awb 10:10: "namens") with the
 * signatory's name and function from the letterhead settings.
 */
export function ondertekening(orgaan: Bestuursorgaan, gemeente: string, ondertekenaar: string, functie: string): string[] {
  const naam = orgaanNaam(orgaan, gemeente);
  const zelf = functie.trim().toLowerCase().replace(/^(de|het)\s+/, '') === naam.toLowerCase().replace(/^(de|het)\s+/, '');
  if (zelf) return [`${naam.charAt(0).toUpperCase()}${naam.slice(1)},`, '', ondertekenaar];
  return [`Namens ${naam},`, '', ondertekenaar, functie];
}

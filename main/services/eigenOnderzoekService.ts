import type { VaultDatabase } from '../vault/database';

/**
 * What the formulier bevindingen eigen onderzoek still lacks before an advice request can go to the LBB (art. 7a
 * lid 4 Wet Bibob; without it the LBB may decline, art. 9 lid 5). The eigen onderzoek is not stored in the vault
 * yet, so nothing can be sent along: the request is refused until it is.
 */
export function lbbBevindingenProblemen(_db: VaultDatabase, _dossierId: string): string[] {
  return ['er is nog geen eigen onderzoek vastgelegd'];
}

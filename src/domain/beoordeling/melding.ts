import type { Rol } from '../betrokkenen';
import { countsAsErnstigGevaar, findingUsable } from './rules';
import type { Beoordeling, GevaarMate } from './types';

/**
 * The persons a melding of art. 7a lid 7 names under art. 11a lid 2 sub b Wet Bibob: "de identiteit van de
 * onderzochte natuurlijke en rechtspersonen, bedoeld in het eerste lid, onder b tot en met f, voor zover door hen
 * gepleegde strafbare feiten ten grondslag zijn gelegd aan de conclusie van een ernstig gevaar of mindere mate van
 * gevaar". So, per person:
 * - the offence is his own: the finding is recorded about him (bevinding.betrokkeneId);
 * - it underlies the conclusion: a relation of art. 3 lid 4 rests on it, and the conclusion is a degree of danger;
 * - it is a strafbaar feit that may count: not a vrijspraak or ontslag van alle rechtsvervolging (art. 3a lid 3) and
 *   not a refusal of art. 4, which is no offence;
 * - he is one of lid 1 onder b–f: leidinggevende, zeggenschaphebbende, vermogensverschaffer, the leidinggevende or
 *   beheerder named on the beschikking, or whoever is equated with the betrokkene by his actual influence. The
 *   betrokkene himself is sub a and named apart; a verhuurder, onderaannemer or other business partner is not in the
 *   list unless he also holds one of those roles.
 * A melding of lid 8 alone carries no conclusion of danger, so it names nobody under sub b.
 */
export const rollenArt11aLid1SubBTotF: readonly Rol[] = ['bestuurder', 'vennoot', 'leidinggevende', 'aandeelhouder', 'ubo', 'zeggenschaphebbende', 'vermogensverschaffer', 'gelijkgestelde'];

export function meldingPersonen(
  beoordeling: Beoordeling,
  conclusie: GevaarMate,
  betrokkenen: readonly { readonly id: string; readonly rollen: readonly string[] }[],
): string[] {
  if (conclusie === 'geen') return [];
  const bevindingen = new Map(beoordeling.bevindingen.map((bevinding) => [bevinding.id, bevinding]));
  const daders = new Set<string>();
  for (const relatie of beoordeling.relaties) {
    const bevinding = bevindingen.get(relatie.bevindingId);
    if (bevinding && findingUsable(bevinding.soort) && !countsAsErnstigGevaar(bevinding.soort)) daders.add(bevinding.betrokkeneId);
  }
  return betrokkenen
    .filter((betrokkene) => daders.has(betrokkene.id) && !betrokkene.rollen.includes('aanvrager') && betrokkene.rollen.some((rol) => (rollenArt11aLid1SubBTotF as readonly string[]).includes(rol)))
    .map((betrokkene) => betrokkene.id);
}

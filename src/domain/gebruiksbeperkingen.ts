/**
 * Use restrictions on what comes back from partners and on findings (../shared/bibob-domain.md §7): closed-source
 * information (RIEC, politie, OM, Belastingdienst, LBB) often may be used only for this assessment, may not reach
 * the betrokkene without the source's consent, or touches a third party's interest. The LBB itself leaves out of
 * its advice what a provider says may not be made known to the person concerned (art. 14 lid 1 sub a Wet Bibob).
 * Restricted material is marked wherever it appears and left out of letters unless the coordinator overrides it
 * with a recorded reason.
 */
export const gebruiksbeperkingen = ['alleen-deze-beoordeling', 'niet-aan-betrokkene', 'derdenbelang'] as const;
export type Gebruiksbeperking = (typeof gebruiksbeperkingen)[number];

export const gebruiksbeperkingLabels: Readonly<Record<Gebruiksbeperking, string>> = {
  'alleen-deze-beoordeling': 'Alleen voor deze beoordeling',
  'niet-aan-betrokkene': 'Niet aan betrokkene verstrekken zonder toestemming van de bron',
  derdenbelang: 'Derdenbelang',
};

/** "Alleen voor deze beoordeling; derdenbelang", or '' without restrictions. */
export function beperkingenTekst(beperkingen: readonly Gebruiksbeperking[]): string {
  return beperkingen.map((beperking) => gebruiksbeperkingLabels[beperking]).join('; ');
}

/**
 * The three toepassingsgebieden this product covers (../shared/bibob-domain.md §3).
 * Kept as data so that later kinds of decision can hang off each entry.
 */
export const toepassingsgebieden = ['wabo', 'horeca', 'vastgoed'] as const;

export type Toepassingsgebied = (typeof toepassingsgebieden)[number];

export interface ToepassingsgebiedInfo {
  readonly label: string;
  /** The statutory powers that make a Bibob screening possible in this area. */
  readonly legalBasis: string;
}

export const toepassingsgebiedInfo: Readonly<Record<Toepassingsgebied, ToepassingsgebiedInfo>> = {
  wabo: {
    // Since 1 January 2024 the omgevingsvergunning falls under the Omgevingswet; coordinators still say "Wabo".
    label: 'Omgevingsvergunning (voorheen Wabo)',
    legalBasis: 'art. 5.31 Omgevingswet',
  },
  horeca: {
    label: 'Horeca (Alcoholwet- of exploitatievergunning)',
    legalBasis: 'art. 27 lid 3 Alcoholwet; art. 7 Wet Bibob',
  },
  vastgoed: {
    label: 'Vastgoedtransactie van de gemeente',
    legalBasis: 'art. 5a Wet Bibob',
  },
};

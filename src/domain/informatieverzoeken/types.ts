/**
 * Requests for information during the Bibob investigation (../shared/bibob-domain.md §4 steps 4–6): to the RIEC
 * (in the Den Haag region every request for politie, OM and Belastingdienst information goes through it), to the
 * Belastingdienst for vergrijpboetes, to another bestuursorgaan, to Justitiële documentatie, and the advice request
 * to the Landelijk Bureau Bibob. The LBB request carries its own tracking (art. 15, 31, 32 Wet Bibob).
 */

export const geadresseerden = ['riec', 'belastingdienst-vergrijpboetes', 'ander-bestuursorgaan', 'justitiele-documentatie', 'lbb'] as const;
export type Geadresseerde = (typeof geadresseerden)[number];

export const verzoekStatussen = ['concept', 'verzonden', 'verlengd', 'beantwoord', 'ingetrokken'] as const;
export type VerzoekStatus = (typeof verzoekStatussen)[number];

/** A request of the LBB itself for missing or additional data (art. 15 lid 2 Wet Bibob). */
export interface LbbGegevensverzoek {
  readonly id: string;
  readonly omschrijving: string;
  /** The day the LBB asked: its advice term is suspended from that day. */
  readonly verzochtOp: string;
  /** The day the data reached the LBB: the suspension runs until that day. */
  readonly ontvangenOp: string | null;
}

/** What only an advice request to the LBB records. */
export interface LbbTracking {
  readonly gegevensverzoeken: readonly LbbGegevensverzoek[];
  /** The LBB's notice that it needs longer, with the extra weeks (art. 15 lid 3: at most 4, once). */
  readonly verlenging: { readonly gemeldOp: string; readonly weken: number } | null;
  /** The day the betrokkene was told that the LBB was asked (art. 32 Wet Bibob). */
  readonly betrokkeneGeinformeerdOp: string | null;
}

export interface Informatieverzoek {
  readonly id: string;
  readonly geadresseerde: Geadresseerde;
  /** For 'ander-bestuursorgaan': which one. */
  readonly geadresseerdeNaam: string;
  readonly betrokkeneIds: readonly string[];
  readonly vragen: string;
  readonly status: VerzoekStatus;
  readonly verzondenOp: string | null;
  readonly uiterlijkOp: string | null;
  readonly antwoord: { readonly ontvangenOp: string; readonly samenvatting: string } | null;
  readonly lbb: LbbTracking | null;
}

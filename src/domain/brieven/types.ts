import type { BriefOmslag } from './briefhoofd';
import type { Huisstijl } from './huisstijl';

/**
 * A generated letter as plain content, before it becomes a .docx: a title, whether it is confidential, and blocks.
 * Letters are built by pure functions from the dossier's data (../shared/bibob-domain.md §10); main/letters turns
 * them into Word documents.
 */
export type Blok =
  | { readonly soort: 'kop'; readonly tekst: string }
  | { readonly soort: 'alinea'; readonly tekst: string }
  | { readonly soort: 'lijst'; readonly items: readonly string[] };

export interface Brief {
  readonly titel: string;
  /** Bibob content: "Vertrouwelijk" in header and footer. */
  readonly vertrouwelijk: boolean;
  readonly blokken: readonly Blok[];
  /**
   * What goes with the letter (the form with the toezending, a copy of the LBB advice with the voornemen or the
   * besluit): listed under "Bijlage(n)" at its end. Optional: a letter kept before this was data has none.
   */
  readonly bijlagen?: readonly string[];
}

/** The coordinator's decision to put restricted material in a letter anyway, with the reason (audited). */
export interface Doorbreking {
  readonly bevindingId: string;
  readonly reden: string;
}

/** A letter as it was made: content, kenmerk, house style and envelope — enough to print it again exactly. */
export interface BriefOpmaak {
  readonly brief: Brief;
  readonly kenmerk: string;
  readonly huisstijl: Huisstijl;
  readonly omslag?: BriefOmslag | undefined;
}

/**
 * The beslistermijnen of the product's toepassingsgebieden as TermSpec data (../shared/bibob-domain.md §3, §5).
 * An APV term is the municipality's own: build it with `apvTerm` from the settings.
 */
import { LEGAL_BASIS } from './legalBasis';
import type { TermSpec } from './types';

/** Omgevingsvergunning, regular procedure: 8 weeks, extendable once by at most 6 weeks (Ow 16.64 lid 1, 2). */
export const OMGEVINGSVERGUNNING_TERM: TermSpec = Object.freeze({
  kind: 'wettelijk',
  weeks: 8,
  legalBasis: LEGAL_BASIS.ow16_64Lid1,
  atw: true,
  extension: Object.freeze({ maxWeeks: 6, legalBasis: LEGAL_BASIS.ow16_64Lid2 }),
});

/** Omgevingsvergunning whose intended decision needs instemming (art. 16.16 Ow): 12 weeks (Ow 16.64 lid 1, 2). */
export const OMGEVINGSVERGUNNING_MET_INSTEMMING_TERM: TermSpec = Object.freeze({
  ...OMGEVINGSVERGUNNING_TERM,
  weeks: 12,
});

/**
 * A decision on an application prepared with the uniforme openbare voorbereidingsprocedure (Awb afd. 3.4): "zo
 * spoedig mogelijk, doch uiterlijk zes maanden na ontvangst van de aanvraag" (Awb 3:18 lid 1). Set in a formal law,
 * but a term of more than three months: the Atw does not apply (art. 4 sub a Atw). The extension of 3:18 lid 2 (a
 * redelijke termijn, decided within eight weeks) has no fixed length and is not offered as a verdaging here.
 */
export const UNIFORME_VOORBEREIDING_TERM: TermSpec = Object.freeze({
  kind: 'wettelijk',
  months: 6,
  legalBasis: LEGAL_BASIS.awb3_18Lid1,
  atw: false,
  extension: null,
});

/** No term in the regulation (e.g. the Alcoholwet-vergunning unless the APV sets one): a redelijke termijn. */
export const REDELIJKE_TERMIJN: TermSpec = Object.freeze({
  kind: 'redelijk',
  legalBasis: LEGAL_BASIS.awb4_13Lid1,
  atw: true,
  extension: null,
});

/** Vastgoedtransactie: a civil-law decision of the municipality as rechtspersoon (Wet Bibob art. 5a), no beslistermijn. */
export const VASTGOED_GEEN_BESLISTERMIJN: TermSpec = Object.freeze({
  kind: 'geen',
  legalBasis: 'art. 5a Wet Bibob (privaatrechtelijke beslissing, geen beschikking)',
  atw: false,
  extension: null,
});

export interface ApvTermSettings {
  /** e.g. 'art. 2:30 lid 1 APV Leiden' */
  readonly legalBasis: string;
  readonly weeks: number;
  /** The one extension the APV allows (commonly 8 weeks), or null. */
  readonly extension: { readonly maxWeeks: number; readonly legalBasis: string } | null;
  /** Only when the APV itself declares the Algemene termijnenwet applicable; default false. */
  readonly atw?: boolean;
}

export function apvTerm(settings: ApvTermSettings): TermSpec {
  return {
    kind: 'wettelijk',
    weeks: settings.weeks,
    legalBasis: settings.legalBasis,
    atw: settings.atw ?? false,
    extension: settings.extension ? { ...settings.extension } : null,
  };
}

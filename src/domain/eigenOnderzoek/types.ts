/**
 * The eigen onderzoek (Wet Bibob art. 7a lid 1): the bestuursorgaan that may ask the Landelijk Bureau Bibob (LBB)
 * for advice may also investigate the facts and circumstances of art. 3 lid 2–6 itself. Its findings go with an
 * advice request (art. 7a lid 4) on the formulier bevindingen eigen onderzoek (art. 7a lid 5).
 *
 * Plain data only; the rules live in sources.ts, financing.ts, otherBestuursorgaan.ts and bevindingenFormulier.ts.
 */
import type { IsoDate } from '../termijnen';

/** An amount of money in whole euro cents: integers, so sums never suffer from floating point. */
export type Cents = number;

export type { Probleem } from '../probleem';

/** A betrokkene as the eigen onderzoek sees it. `rollen` are role ids of ../betrokkenen (e.g. 'aanvrager'). */
export interface BetrokkeneRef {
  readonly id: string;
  readonly naam: string;
  readonly rollen: readonly string[];
}

// ── Research sources (sources.ts) ───────────────────────────────────────────────────────────────────────────

export const bronIds = [
  'kvk',
  'kadaster',
  'brp',
  'insolventieregister',
  'media',
  'bibob-register',
  'belastingdienst-vergrijpboetes',
  'overig',
] as const;
export type BronId = (typeof bronIds)[number];

/** One finding of the eigen onderzoek: what was found about whom, where and when. */
export interface OnderzoeksNotitie {
  readonly id: string;
  readonly betrokkeneId: string;
  readonly bron: BronId;
  /** The day the source was consulted. */
  readonly geraadpleegdOp: IsoDate;
  readonly bevinding: string;
  /** The source's own reference (KvK-nummer, kadastrale aanduiding, URL, kenmerk of the answer …). */
  readonly kenmerk?: string;
}

// ── Financing (financing.ts) ────────────────────────────────────────────────────────────────────────────────

export interface Investering {
  readonly id: string;
  readonly omschrijving: string;
  readonly bedragCent: Cents;
}

export const herkomstSoorten = ['eigen-vermogen', 'lening', 'schenking', 'omzet', 'overig'] as const;
export type HerkomstSoort = (typeof herkomstSoorten)[number];

/** Where (part of) the money for the investments comes from. */
export interface Herkomst {
  readonly id: string;
  readonly omschrijving: string;
  readonly soort: HerkomstSoort;
  readonly bedragCent: Cents;
  /** Ids of the stored attachments that prove this origin (bank statements, loan agreement …); may be empty. */
  readonly bewijs: readonly string[];
  /** The lender or donor, as a betrokkene of the dossier. */
  readonly verstrekkerBetrokkeneId?: string;
}

export type HerkomstStatus = 'onderbouwd' | 'niet-onderbouwd';

export interface HerkomstBeoordeling {
  readonly herkomstId: string;
  readonly status: HerkomstStatus;
  /** A loan or gift whose lender or donor is not named. */
  readonly verstrekkerOntbreekt: boolean;
  /** Dutch explanation of this origin, amounts included. */
  readonly regels: readonly string[];
}

export interface FinancingCheck {
  readonly investeringCent: Cents;
  /** Origins with at least one piece of evidence. */
  readonly onderbouwdCent: Cents;
  /** Origins without any evidence. */
  readonly nietOnderbouwdCent: Cents;
  /** Investment not covered by documented origin: investering − onderbouwd, never negative. */
  readonly onverklaardCent: Cents;
  /** Documented origin beyond the investment: onderbouwd − investering, never negative. */
  readonly overschotCent: Cents;
  /** Investment for which no origin is stated at all: investering − (onderbouwd + niet onderbouwd), never negative. */
  readonly zonderHerkomstCent: Cents;
  readonly herkomsten: readonly HerkomstBeoordeling[];
  /** The whole check in Dutch: totals first, then one line per origin, then the signals. */
  readonly toelichting: readonly string[];
  readonly legalBasis: string;
}

export interface Financiering {
  readonly investeringen: readonly Investering[];
  readonly herkomsten: readonly Herkomst[];
}

// ── Information from another bestuursorgaan (otherBestuursorgaan.ts) ──────────────────────────────────────

/**
 * How it appears that the providing bestuursorgaan investigated the same person before (art. 28 lid 2 sub m 1°):
 * a Bibob-register answer of the LBB (art. 11a), a notice of the officier van justitie or another bestuursorgaan
 * (art. 26), or a RIEC participant (art. 28 lid 2 sub d).
 */
export const aanleidingenArt28m = ['art-11a', 'art-26', 'riec'] as const;
export type AanleidingArt28m = (typeof aanleidingenArt28m)[number];

/** Where the providing bestuursorgaan got the data: only eigen onderzoek or an LBB advice qualify (sub m 2°). */
export const gegevensHerkomsten = ['eigen-onderzoek', 'advies-lbb', 'anders'] as const;
export type GegevensHerkomst = (typeof gegevensHerkomsten)[number];

export interface AnderBestuursorgaanInformatie {
  readonly id: string;
  /** The person in this eigen onderzoek whom the data concern. */
  readonly betrokkeneId: string;
  readonly verstrekkendOrgaan: string;
  readonly omschrijving: string;
  readonly aanleiding: AanleidingArt28m | null;
  /** The data concern the same person that this eigen onderzoek investigates (sub m 1° and 3°). */
  readonly zelfdePersoon: boolean;
  readonly herkomst: GegevensHerkomst;
  /** The day the providing bestuursorgaan obtained the data from its eigen onderzoek or the LBB advice. */
  readonly verkregenOp: IsoDate;
  /** The day the data were (or are) provided to this bestuursorgaan; omitted: provided today. */
  readonly verstrektOp?: IsoDate;
  /** This bestuursorgaan could obtain the same data by its own eigen onderzoek or an LBB advice (sub m 3°). */
  readonly zelfVerkrijgbaar: boolean;
  /** The data are needed for this eigen onderzoek (sub m 4°). */
  readonly noodzakelijk: boolean;
}

// ── Formulier bevindingen eigen onderzoek (bevindingenFormulier.ts) ──────────────────────────────────────

export interface AndereDossierVermelding {
  readonly betrokkeneId: string;
  /** The municipality's reference of the other dossier. */
  readonly dossier: string;
}

/**
 * Everything the formulier bevindingen eigen onderzoek is composed from. The parts follow the official form
 * (Regeling Bibob-formulieren, bijlage 6 of 2013; bijlage 2 of 2024): 1 betrokkene, 2 besluit, 3 aanleiding,
 * 4 bevindingen, 5 onderzoeksvragen, 6 identificatie, 7 bijlagen.
 */
export interface BevindingenFormulierInput {
  /** The day the form is drawn up; research dates may not lie after it. */
  readonly opgesteldOp: IsoDate;
  /** Onderdeel 1: the betrokkene the form is about (usually the aanvrager); one of `betrokkenen`. */
  readonly betrokkeneId: string;
  readonly handelsnamen: readonly string[];
  /** Onderdeel 2: the decision, e.g. 'Alcoholwet-vergunning voor café De Hoek, Hoofdstraat 1'. */
  readonly besluit: string;
  /** Onderdeel 2: already granted (revocation investigation) or still to be decided. */
  readonly besluitGenomen: boolean;
  /** Onderdeel 2: the business is open; null when it does not apply or is unknown. */
  readonly ondernemingInBedrijf: boolean | null;
  /** Onderdeel 3: the reason for the advice request. */
  readonly aanleiding: {
    readonly berichtArt26: boolean;
    readonly riecAdvies: boolean;
    readonly toelichting: string;
  };
  readonly betrokkenen: readonly BetrokkeneRef[];
  readonly notities: readonly OnderzoeksNotitie[];
  /** Null: the financing check was not done. */
  readonly financiering: Financiering | null;
  readonly anderBestuursorgaan: readonly AnderBestuursorgaanInformatie[];
  /** Onderdeel 4: the betrokkenen also appear in these dossiers of the municipality. */
  readonly andereDossiers: readonly AndereDossierVermelding[];
  /** Onderdeel 5: what the eigen onderzoek could not clarify and the LBB is asked to look into. */
  readonly onderzoeksvragen: readonly string[];
  /** Onderdeel 7. */
  readonly bijlagen: {
    /** The completed Bibob-vragenformulier with the attachments received (art. 7a lid 4). */
    readonly vragenformulierMetBijlagen: boolean;
    readonly overige: readonly string[];
  };
}

export interface FormulierSectie {
  readonly titel: string;
  readonly regels: readonly string[];
}

export interface BevindingenFormulier {
  readonly titel: string;
  readonly vertrouwelijk: string;
  readonly legalBasis: string;
  readonly sections: readonly FormulierSectie[];
}

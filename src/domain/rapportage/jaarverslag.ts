import { dayDifference, type IsoDate } from '../termijnen';
import type { Toepassingsgebied } from '../toepassingsgebied';
import { isClosed, type Outcome, type Phase } from '../workflow';

/**
 * The annual Bibob report (issue 13; ../shared/bibob-domain.md §8): what municipalities publish each year, computed
 * from the vault's history rather than from today's state, so that the report for a past year stays what it was.
 *
 * Definitions (shown with the figures):
 * - started in a year: the dossier was created in that year;
 * - running at year end: created by 31 December and open on that day;
 * - completed in a year: closed on 31 December, by a closing in that year. A dossier that is reopened and closed
 *   again counts in every year at whose end it stood closed by a closing in that year; once when it is reopened and
 *   closed within one year;
 * - lead time: from receipt of the application (or creation of the dossier) to the closing, in calendar days;
 * - after the beslistermijn: the decision date (or the closing) later than the uiterste beslisdatum.
 * - per decision (issue 19 item 12): a dossier may hold several decisions (an exploitatievergunning and an
 *   Alcoholwet licence). The outcomes and "after the beslistermijn" count decisions, each further decision of a
 *   completed dossier with its own outcome and its own term; the counts of investigations (started, running,
 *   completed, lead time) count the dossier once, and an investigation has an effect when any of its decisions has.
 */

export const uitkomstCategorieen = ['verleend', 'voorschriften', 'geweigerd-ingetrokken', 'buiten-behandeling', 'aanvraag-ingetrokken', 'geschorst'] as const;
export type UitkomstCategorie = (typeof uitkomstCategorieen)[number];

export const categorieLabels: Readonly<Record<UitkomstCategorie, string>> = {
  verleend: 'Vergunning verleend / geen gevolg',
  voorschriften: 'Voorschriften',
  'geweigerd-ingetrokken': 'Geweigerd of ingetrokken',
  'buiten-behandeling': 'Buiten behandeling gesteld',
  'aanvraag-ingetrokken': 'Aanvraag ingetrokken door aanvrager',
  geschorst: 'Vergunning geschorst (art. 32 Alcoholwet)',
};

/** Which outcome categories count as an effect of the instrument. Default: every one but "verleend zonder gevolg". */
export interface EffectDefinitie {
  readonly effect: readonly UitkomstCategorie[];
}
export const STANDAARD_EFFECT: EffectDefinitie = { effect: ['voorschriften', 'geweigerd-ingetrokken', 'buiten-behandeling', 'aanvraag-ingetrokken', 'geschorst'] };

export interface RapportDossier {
  readonly toepassingsgebied: Toepassingsgebied;
  readonly gestartOp: IsoDate;
  readonly ontvangenOp: IsoDate | null;
  /** The phase changes, oldest first (the date in the Netherlands): at least every closing and every reopening. */
  readonly faseWissels: readonly { readonly op: IsoDate; readonly naar: Phase }[];
  readonly uitkomst: Outcome | null;
  readonly besluitOp: IsoDate | null;
  readonly uitersteBeslisdatum: IsoDate | null;
  /** The dossier's further decisions (not withdrawn), each with its outcome, besluitdatum and its own last day. */
  readonly verdereBesluiten?: readonly RapportBesluit[];
}

export interface RapportBesluit {
  readonly uitkomst: Outcome | null;
  readonly besluitOp: IsoDate | null;
  readonly uitersteBeslisdatum: IsoDate | null;
}

export interface RapportVerzoek {
  readonly lbb: boolean;
  readonly verzondenOp: IsoDate | null;
  readonly beantwoordOp: IsoDate | null;
}

export interface RapportMelding {
  readonly grondslag: string;
  readonly gemeldOp: IsoDate;
}

export type PerGebied<T> = Readonly<Record<Toepassingsgebied, T>> & { readonly totaal: T };

export interface Jaarverslag {
  readonly jaar: number;
  readonly gestart: PerGebied<number>;
  readonly lopendEindeJaar: PerGebied<number>;
  readonly afgerond: PerGebied<number>;
  readonly uitkomsten: Readonly<Record<UitkomstCategorie, number>>;
  /** Share of the completed investigations with an effect; null when none was completed. */
  readonly effectiviteit: { readonly ratio: number | null; readonly met: number; readonly van: number; readonly definitie: string };
  readonly verzoeken: { readonly verzonden: number; readonly beantwoord: number };
  readonly lbb: { readonly adviesaanvragen: number; readonly meldingenLid7: number; readonly meldingenLid8: number };
  /** Median lead time in days of the investigations completed in the year; null without any. */
  readonly doorlooptijdMediaan: PerGebied<number | null>;
  readonly naBeslistermijn: number;
}

const inJaar = (datum: IsoDate | null, jaar: number) => datum !== null && datum.startsWith(`${jaar}-`);

/** The phase a dossier was in at the end of a day, from its history; null when it did not exist yet. */
function faseOp(dossier: RapportDossier, datum: IsoDate): { fase: Phase; sinds: IsoDate } | null {
  if (dossier.gestartOp > datum) return null;
  let stand: { fase: Phase; sinds: IsoDate } = { fase: 'intake', sinds: dossier.gestartOp };
  for (const wissel of dossier.faseWissels) {
    if (wissel.op > datum) break;
    // The closing date is the first day of an unbroken closed stretch.
    if (!(isClosed(wissel.naar) && isClosed(stand.fase))) stand = { fase: wissel.naar, sinds: wissel.op };
    else stand = { fase: wissel.naar, sinds: stand.sinds };
  }
  return stand;
}

export function categorieVan(fase: Phase, uitkomst: Outcome | null): UitkomstCategorie {
  if (fase === 'buiten-behandeling') return 'buiten-behandeling';
  if (fase === 'ingetrokken') return 'aanvraag-ingetrokken';
  switch (uitkomst) {
    case 'verlenen-met-voorschriften':
    case 'voorschriften-wijzigen':
      return 'voorschriften';
    case 'weigeren':
    case 'intrekken':
    case 'niet-contracteren':
    case 'contract-ontbinden':
      return 'geweigerd-ingetrokken';
    case 'buiten-behandeling':
      return 'buiten-behandeling';
    case 'schorsen':
      return 'geschorst';
    case 'ingetrokken':
      return 'aanvraag-ingetrokken';
    default:
      return 'verleend';
  }
}

function perGebied<T>(waarde: (gebied: Toepassingsgebied | 'totaal') => T): PerGebied<T> {
  return { wabo: waarde('wabo'), horeca: waarde('horeca'), vastgoed: waarde('vastgoed'), totaal: waarde('totaal') };
}

export function mediaan(waarden: readonly number[]): number | null {
  if (waarden.length === 0) return null;
  const gesorteerd = [...waarden].sort((a, b) => a - b);
  const midden = Math.floor(gesorteerd.length / 2);
  return gesorteerd.length % 2 === 1 ? gesorteerd[midden]! : (gesorteerd[midden - 1]! + gesorteerd[midden]!) / 2;
}

export function effectDefinitieTekst(definitie: EffectDefinitie): string {
  const namen = definitie.effect.map((categorie) => categorieLabels[categorie].toLowerCase());
  return `Effectiviteitsratio: het aandeel van de in het jaar afgeronde onderzoeken dat leidde tot ${namen.length === 0 ? 'niets (geen categorie gekozen)' : namen.length === 1 ? namen[0] : `${namen.slice(0, -1).join(', ')} of ${namen.at(-1)}`}.`;
}

export function jaarverslag(input: {
  readonly jaar: number;
  readonly dossiers: readonly RapportDossier[];
  readonly verzoeken: readonly RapportVerzoek[];
  readonly meldingen: readonly RapportMelding[];
  readonly definitie: EffectDefinitie;
}): Jaarverslag {
  const { jaar, dossiers, definitie } = input;
  const einde = `${jaar}-12-31`;
  const standen = dossiers.map((dossier) => ({ dossier, stand: faseOp(dossier, einde) }));
  const afgerond = standen.flatMap(({ dossier, stand }) => {
    if (!stand || !isClosed(stand.fase) || !inJaar(stand.sinds, jaar)) return [];
    // The lead time once per dossier: the medians per toepassingsgebied and in total read it.
    return [{ dossier, op: stand.sinds, categorie: categorieVan(stand.fase, dossier.uitkomst), doorlooptijd: dayDifference(dossier.ontvangenOp ?? dossier.gestartOp, stand.sinds) }];
  });
  const tel = <T extends { toepassingsgebied: Toepassingsgebied }>(lijst: readonly T[]) =>
    perGebied((gebied) => lijst.filter((entry) => gebied === 'totaal' || entry.toepassingsgebied === gebied).length);
  // Per decision: the dossier's own, then each further decided one (its outcome alone decides its category).
  const besluiten = afgerond.flatMap((entry) => [
    { categorie: entry.categorie, besluitOp: entry.dossier.besluitOp ?? entry.op, uiterste: entry.dossier.uitersteBeslisdatum },
    ...(entry.dossier.verdereBesluiten ?? [])
      .filter((besluit) => besluit.uitkomst !== null)
      .map((besluit) => ({ categorie: categorieVan('afgerond', besluit.uitkomst), besluitOp: besluit.besluitOp ?? entry.op, uiterste: besluit.uitersteBeslisdatum })),
  ]);
  const uitkomsten = Object.fromEntries(uitkomstCategorieen.map((categorie) => [categorie, besluiten.filter((besluit) => besluit.categorie === categorie).length])) as Record<UitkomstCategorie, number>;
  const met = afgerond.filter(
    (entry) => definitie.effect.includes(entry.categorie) || (entry.dossier.verdereBesluiten ?? []).some((besluit) => besluit.uitkomst !== null && definitie.effect.includes(categorieVan('afgerond', besluit.uitkomst))),
  ).length;
  return {
    jaar,
    gestart: tel(dossiers.filter((dossier) => inJaar(dossier.gestartOp, jaar))),
    lopendEindeJaar: tel(standen.filter(({ stand }) => stand !== null && !isClosed(stand.fase)).map(({ dossier }) => dossier)),
    afgerond: tel(afgerond.map((entry) => entry.dossier)),
    uitkomsten,
    effectiviteit: { ratio: afgerond.length === 0 ? null : met / afgerond.length, met, van: afgerond.length, definitie: effectDefinitieTekst(definitie) },
    verzoeken: {
      verzonden: input.verzoeken.filter((verzoek) => !verzoek.lbb && inJaar(verzoek.verzondenOp, jaar)).length,
      beantwoord: input.verzoeken.filter((verzoek) => !verzoek.lbb && inJaar(verzoek.beantwoordOp, jaar)).length,
    },
    lbb: {
      adviesaanvragen: input.verzoeken.filter((verzoek) => verzoek.lbb && inJaar(verzoek.verzondenOp, jaar)).length,
      meldingenLid7: input.meldingen.filter((melding) => inJaar(melding.gemeldOp, jaar) && melding.grondslag.includes('lid 7')).length,
      meldingenLid8: input.meldingen.filter((melding) => inJaar(melding.gemeldOp, jaar) && melding.grondslag.includes('lid 8')).length,
    },
    doorlooptijdMediaan: perGebied((gebied) =>
      mediaan(afgerond.filter((entry) => gebied === 'totaal' || entry.dossier.toepassingsgebied === gebied).map((entry) => entry.doorlooptijd)),
    ),
    naBeslistermijn: besluiten.filter((besluit) => besluit.categorie !== 'aanvraag-ingetrokken' && besluit.uiterste !== null && besluit.besluitOp > besluit.uiterste).length,
  };
}

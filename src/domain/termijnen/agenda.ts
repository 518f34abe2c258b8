/**
 * The running terms of one dossier as agenda items: the hersteltermijn (Awb 4:5 lid 1), the four weeks to make a
 * buiten-behandelingbesluit known (Awb 4:5 lid 4), each zienswijzetermijn (art. 33 Wet Bibob with Awb 4:9–4:12) and
 * the bezwaartermijn after the besluit (Awb 6:7 and 6:8). Each date comes from the one function that computes it
 * everywhere else (buitenBehandelingToets, bezwaartermijnEnd); the terms the bestuursorgaan set itself are stored.
 * The beslistermijn, the 4:14 lid 3 notice and the information requests come from the agenda service, which has
 * the deadline engine's result; they carry the same `soort` list.
 */
import { buitenBehandelingToets, type Herstelverzoek } from '../herstel';
import type { ZienswijzePartij } from '../zienswijze';
import { compareDates, type IsoDate } from './calendar';
import type { HolidayData } from './holidays';
import { bezwaartermijnEnd } from './otherTerms';

export const agendaSoorten = [
  'beslistermijn',
  'mededeling-4-14',
  'hersteltermijn',
  'buiten-behandeling',
  'informatieverzoek',
  'lbb-advies',
  'mededeling-art-32',
  'zienswijzetermijn',
  'bezwaartermijn',
] as const;
export type AgendaSoort = (typeof agendaSoorten)[number];

/** The kind of term in Dutch, as the filter and the calendar file name it (no dossier details). */
export const agendaSoortLabels: Record<AgendaSoort, string> = {
  beslistermijn: 'Beslistermijn',
  'mededeling-4-14': 'Mededeling nieuwe redelijke termijn',
  hersteltermijn: 'Hersteltermijn',
  'buiten-behandeling': 'Bekendmaken buiten behandeling',
  informatieverzoek: 'Antwoord op informatieverzoek',
  'lbb-advies': 'Advies LBB',
  'mededeling-art-32': 'Mededeling adviesaanvraag LBB',
  zienswijzetermijn: 'Zienswijzetermijn',
  bezwaartermijn: 'Bezwaartermijn',
};

export interface AgendaItem {
  readonly dossierId: string;
  readonly zaaknummer: string;
  readonly soort: AgendaSoort;
  readonly datum: IsoDate;
  readonly artikel: string;
  readonly omschrijving: string;
}

export interface DossierTermFacts {
  readonly dossierId: string;
  readonly zaaknummer: string;
  /** Afgerond, buiten behandeling gesteld or ingetrokken: only the bezwaartermijn can still run. */
  readonly gesloten: boolean;
  /** An ambtshalve decision (a revocation) has no aanvraag to leave undealt with (Awb 4:5 lid 1). */
  readonly ambtshalve: boolean;
  /** The herstelverzoeken that count (withdrawn ones left out), oldest first. */
  readonly herstelverzoeken: readonly Herstelverzoek[];
  /** The zienswijze invitations that count (withdrawn ones left out). */
  readonly zienswijzen: readonly Pick<ZienswijzePartij, 'rol' | 'termijnTot' | 'ontvangenOp'>[];
  /** The day the besluit was made known (Awb 6:8 lid 1 counts the bezwaartermijn from the day after); null: none yet. */
  readonly besluitBekendgemaaktOp: IsoDate | null;
}

/**
 * The terms of the dossier that are running on `vandaag`, earliest first. A term of someone else (herstel,
 * zienswijze, bezwaar) is listed until its last day; once it passed it no longer runs. The four weeks of Awb 4:5
 * lid 4 are the bestuursorgaan's own, so they stay listed after their last day, as overdue.
 */
export function lopendeTermijnen(feiten: DossierTermFacts, vandaag: IsoDate, holidays: HolidayData): AgendaItem[] {
  const base = { dossierId: feiten.dossierId, zaaknummer: feiten.zaaknummer };
  const items: AgendaItem[] = [];
  if (!feiten.gesloten) {
    for (const verzoek of feiten.herstelverzoeken) {
      if (verzoek.aangevuldOp !== null || compareDates(vandaag, verzoek.termijnTot) > 0) continue;
      items.push({ ...base, soort: 'hersteltermijn', datum: verzoek.termijnTot, artikel: 'art. 4:5 lid 1 Awb', omschrijving: 'Einde van de hersteltermijn voor de aanvrager' });
    }
    const toets = buitenBehandelingToets(feiten.herstelverzoeken, vandaag, holidays, { ambtshalve: feiten.ambtshalve });
    if (toets.mag) {
      items.push({
        ...base,
        soort: 'buiten-behandeling',
        datum: toets.bekendmakenUiterlijk.date,
        artikel: toets.bekendmakenUiterlijk.legalBasis,
        omschrijving: 'Laatste dag om een besluit tot buiten behandeling stellen bekend te maken',
      });
    }
    for (const partij of feiten.zienswijzen) {
      if (partij.ontvangenOp !== null || compareDates(vandaag, partij.termijnTot) > 0) continue;
      items.push({
        ...base,
        soort: 'zienswijzetermijn',
        datum: partij.termijnTot,
        artikel: 'art. 33 Wet Bibob; art. 4:9–4:12 Awb',
        omschrijving: partij.rol === 'betrokkene' ? 'Einde van de zienswijzetermijn van de betrokkene' : 'Einde van de zienswijzetermijn van een derde',
      });
    }
  }
  if (feiten.besluitBekendgemaaktOp !== null) {
    const bezwaar = bezwaartermijnEnd(feiten.besluitBekendgemaaktOp, holidays);
    if (compareDates(vandaag, bezwaar.date) <= 0) {
      items.push({ ...base, soort: 'bezwaartermijn', datum: bezwaar.date, artikel: bezwaar.legalBasis, omschrijving: 'Einde van de bezwaartermijn' });
    }
  }
  return items.sort((a, b) => compareDates(a.datum, b.datum));
}

/** One decision's beslistermijn as the engine computed it, for the agenda (issue 19 item 12: one per decision). */
export interface BeslistermijnFeiten {
  /** The decision's name when the dossier holds more than one ("Alcoholwetvergunning"); null when it holds one. */
  readonly naam: string | null;
  readonly redelijk: boolean;
  readonly deadline: IsoDate;
  readonly provisional: boolean;
  /** The besluitsoort's own legal basis for its term. */
  readonly legalBasis: string;
  /** For a redelijke termijn: the last day for the 4:14 lid 3 notice as the engine computes it. */
  readonly mededelingUiterlijk: IsoDate | null;
  /** The 4:14 lid 3 notice recorded for this decision. */
  readonly mededeling: { readonly verzondenOp: IsoDate; readonly tegemoetTeZienOp: IsoDate } | null;
}

/**
 * The agenda item of one decision's term: for a redelijke termijn the 4:14 lid 3 notice by the engine's last day, or,
 * once that notice was sent in time, the decision by the term it named (Awb 4:13 lid 1, 4:14 lid 3); otherwise the
 * uiterste beslisdatum. Named by the decision when the dossier holds several.
 */
export function beslistermijnItem(feiten: BeslistermijnFeiten): Omit<AgendaItem, 'dossierId' | 'zaaknummer'> & { readonly voorlopig: boolean } {
  const van = feiten.naam === null ? '' : ` (${feiten.naam})`;
  if (feiten.redelijk && feiten.mededelingUiterlijk !== null) {
    const notice = feiten.mededeling;
    if (notice && compareDates(notice.verzondenOp, feiten.mededelingUiterlijk) <= 0) {
      return {
        soort: 'beslistermijn',
        datum: notice.tegemoetTeZienOp,
        artikel: 'art. 4:13 lid 1 en 4:14 lid 3 Awb',
        omschrijving: `Besluit${van} tegemoet te zien volgens de mededeling van een nieuwe redelijke termijn (art. 4:14 lid 3 Awb)`,
        voorlopig: false,
      };
    }
    return {
      soort: 'mededeling-4-14',
      datum: feiten.mededelingUiterlijk,
      artikel: 'art. 4:13 lid 2 en 4:14 lid 3 Awb',
      omschrijving: `Laatste dag voor de mededeling van een nieuwe redelijke termijn${van} (art. 4:14 lid 3 Awb)`,
      voorlopig: feiten.provisional,
    };
  }
  return { soort: 'beslistermijn', datum: feiten.deadline, artikel: feiten.legalBasis, omschrijving: `Uiterste beslisdatum${van}`, voorlopig: feiten.provisional };
}

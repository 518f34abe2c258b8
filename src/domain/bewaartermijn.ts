import { addDays, addMonths, type IsoDate } from './termijnen/calendar';
import { outcomeLabel, type Outcome } from './workflow';
import type { Toepassingsgebied } from './toepassingsgebied';
import { uitkomstIds } from './uitkomsten';

/*
 * How long a closed dossier is kept before it is destroyed (issue 24 §4; ../shared/bibob-domain.md §7).
 *
 * - The period is the municipality's to set, per uitkomst, counted from the closing of the dossier (AVG art. 5 lid 1
 *   onder e: no longer than needed). The defaults follow the nearest generic rules of the Selectielijst gemeenten en
 *   intergemeentelijke organen 2020 (VNG), which has no Bibob category of its own.
 * - Wet Bibob art. 29: the bestuursorgaan may use an LBB advice "gedurende vijf jaren nadat het is uitgebracht" for
 *   another decision, and the same holds for the findings of its own research and the data they rest on. A dossier
 *   with an LBB advice or own findings is therefore kept at least five years; counted from the closing, which comes
 *   after the advice, that covers the five years of art. 29. The municipality may keep such dossiers longer, never
 *   shorter.
 * - "N jaar na afsluiting": kept up to and including the same day N years later (a closing on 29 February: the 28th),
 *   destroyable from the day after.
 */

/** Wet Bibob art. 29: an LBB advice and the own findings may be used for five years. */
export const MINIMUM_JAREN_ART_29 = 5;
export const MAXIMUM_JAREN = 100;

export interface Bewaartermijnen {
  /** Years after closing, per uitkomst. */
  readonly perUitkomst: Readonly<Record<Outcome, number>>;
  /** Years after closing for a dossier with an LBB advice or own findings: at least MINIMUM_JAREN_ART_29. */
  readonly metAdviesOfBevindingen: number;
}

const vergunningLoopt =
  'Selectielijst gemeenten 2020: 1 jaar na het einde van de vergunning. De app kent dat einde niet; daarom 5 jaar na afsluiting als voorzichtige standaard. Zet hem hoger voor vergunningen die langer lopen.';
const geweigerd = 'Selectielijst gemeenten 2020: vergunning geweigerd — 5 jaar.';

/** Where each default comes from, as the settings screen shows it. */
export const bewaarbronnen: Readonly<Record<Outcome, string>> = {
  verlenen: vergunningLoopt,
  'verlenen-met-voorschriften': vergunningLoopt,
  weigeren: geweigerd,
  intrekken: `${geweigerd} Een intrekking volgt de weigering (de Selectielijst heeft geen eigen regel).`,
  'buiten-behandeling': 'Selectielijst gemeenten 2020: aanvraag niet behandeld — 1 jaar.',
  ingetrokken: 'Selectielijst gemeenten 2020: aanvraag ingetrokken — 1 jaar.',
  'niet-contracteren': `${geweigerd} Niet contracteren volgt de weigering.`,
  'contract-ontbinden': `${geweigerd} Ontbinden volgt de weigering.`,
  schorsen: `${vergunningLoopt} Een schorsing betreft een lopende vergunning.`,
  'voorschriften-wijzigen': `${vergunningLoopt} Het wijzigen van voorschriften betreft een lopende vergunning.`,
};

export const bronMetAdviesOfBevindingen =
  'Wet Bibob art. 29: een LBB-advies en de bevindingen van eigen onderzoek mogen vijf jaar worden gebruikt voor een andere beslissing; Selectielijst gemeenten 2020: advies uitgebracht — 5 jaar.';

export const standaardBewaartermijnen: Bewaartermijnen = {
  perUitkomst: {
    verlenen: 5,
    'verlenen-met-voorschriften': 5,
    weigeren: 5,
    intrekken: 5,
    'buiten-behandeling': 1,
    ingetrokken: 1,
    'niet-contracteren': 5,
    'contract-ontbinden': 5,
    schorsen: 5,
    'voorschriften-wijzigen': 5,
  },
  metAdviesOfBevindingen: MINIMUM_JAREN_ART_29,
};

export interface BewaarProbleem {
  readonly pad: string;
  readonly melding: string;
}

/** What is wrong with a set of periods; empty when it may be stored. */
export function bewaartermijnProblemen(termijnen: Bewaartermijnen): BewaarProbleem[] {
  const problemen: BewaarProbleem[] = [];
  const heleJaren = (jaren: number) => Number.isInteger(jaren) && jaren >= 1 && jaren <= MAXIMUM_JAREN;
  for (const uitkomst of uitkomstIds) {
    if (!heleJaren(termijnen.perUitkomst[uitkomst])) problemen.push({ pad: `perUitkomst.${uitkomst}`, melding: `Vul een geheel aantal jaren in, van 1 tot en met ${MAXIMUM_JAREN}.` });
  }
  if (!heleJaren(termijnen.metAdviesOfBevindingen) || termijnen.metAdviesOfBevindingen < MINIMUM_JAREN_ART_29) {
    problemen.push({
      pad: 'metAdviesOfBevindingen',
      melding: `Ten minste ${MINIMUM_JAREN_ART_29} jaar: een LBB-advies en de bevindingen van eigen onderzoek mogen vijf jaar worden gebruikt voor een andere beslissing (art. 29 Wet Bibob).`,
    });
  }
  return problemen;
}

export type AfsluitFase = 'afgerond' | 'buiten-behandeling' | 'ingetrokken';

export interface AfgeslotenDossier {
  readonly toepassingsgebied: Toepassingsgebied;
  /** The recorded uitkomst; null when the dossier was closed without one. */
  readonly uitkomst: Outcome | null;
  readonly fase: AfsluitFase;
  /** The day of the (last) closing. */
  readonly afgeslotenOp: IsoDate;
  /** An LBB advice was received, or the dossier holds findings of own research (Wet Bibob art. 29). */
  readonly adviesOfBevindingen: boolean;
}

export interface Bewaaruitkomst {
  /** Kept up to and including this day. */
  readonly bewarenTot: IsoDate;
  /** The first day the dossier may be destroyed. */
  readonly vernietigingsdatum: IsoDate;
  readonly jaren: number;
  /** The rule applied, in Dutch, as the list and the vernietigingsrecord show it. */
  readonly regel: string;
}

/** The uitkomst the period follows: the recorded one, or the one its closed phase stands for. */
function uitkomstVan(dossier: AfgeslotenDossier): Outcome | null {
  if (dossier.uitkomst) return dossier.uitkomst;
  if (dossier.fase === 'buiten-behandeling') return 'buiten-behandeling';
  if (dossier.fase === 'ingetrokken') return 'ingetrokken';
  return null;
}

/** A closed dossier's retention: its period, its last day and the rule, from the settings (see above). */
export function bewaartermijn(dossier: AfgeslotenDossier, termijnen: Bewaartermijnen): Bewaaruitkomst {
  const uitkomst = uitkomstVan(dossier);
  const langste = Math.max(...uitkomstIds.map((id) => termijnen.perUitkomst[id]));
  const eigen = uitkomst ? termijnen.perUitkomst[uitkomst] : langste;
  const grond = uitkomst
    ? `${capitalise(outcomeLabel(uitkomst, dossier.toepassingsgebied))}: ${jaarTekst(eigen)} na afsluiting`
    : `Uitkomst niet vastgelegd: de langste termijn, ${jaarTekst(eigen)} na afsluiting`;
  const minimum = Math.max(termijnen.metAdviesOfBevindingen, MINIMUM_JAREN_ART_29);
  const verlengd = dossier.adviesOfBevindingen && minimum > eigen;
  const jaren = verlengd ? minimum : eigen;
  const bewarenTot = addMonths(dossier.afgeslotenOp, 12 * jaren);
  const regel = verlengd ? `${grond}; met LBB-advies of eigen bevindingen ${jaarTekst(jaren)} (art. 29 Wet Bibob)` : grond;
  return { bewarenTot, vernietigingsdatum: addDays(bewarenTot, 1), jaren, regel: `${regel}.` };
}

/** Whether the period has passed on `vandaag`: from the day after the last day kept. */
export function termijnVerstreken(uitkomst: Bewaaruitkomst, vandaag: IsoDate): boolean {
  return vandaag >= uitkomst.vernietigingsdatum;
}

function jaarTekst(jaren: number): string {
  return `${jaren} jaar`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

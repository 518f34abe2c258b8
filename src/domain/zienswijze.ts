import { addWeeks, compareDates, formatDutchDate, type IsoDate } from './termijnen';
import type { Probleem } from './probleem';
import type { Outcome } from './workflow';

/**
 * The zienswijze step of Wet Bibob art. 33: before attaching voorschriften (art. 3 lid 7) or taking a negative
 * decision on art. 3 grounds, the bestuursorgaan gives the betrokkene **and every third party named in the intended
 * decision** the opportunity to give a zienswijze (lid 1; lid 2 for a vastgoedtransactie), with Awb 4:9–4:12
 * applying (lid 3). Art. 28 lid 3: it gives them a copy of the LBB advice — a third party only the part that
 * concerns him — and points them in writing to their duty of secrecy (art. 28 lid 1).
 *
 * The term is not set by law; the municipality sets it (../shared/bibob-domain.md §5: default 2 weeks, never
 * shorter without a recorded reason, and a proposed end never on a non-working day).
 */

export const DEFAULT_ZIENSWIJZE_WEEKS = 2;

export const partijRollen = ['betrokkene', 'derde'] as const;
export type PartijRol = (typeof partijRollen)[number];

export interface ZienswijzePartij {
  readonly betrokkeneId: string;
  readonly rol: PartijRol;
  readonly uitgenodigdOp: IsoDate;
  readonly termijnTot: IsoDate;
  /** Required when the term is shorter than the default. */
  readonly redenKorteTermijn: string;
  /** A copy of the LBB advice was given: the whole advice to the betrokkene, only his part to a third party. */
  readonly afschriftAdvies: boolean;
  /** The written warning of the duty of secrecy of art. 28 lid 1 was given with the copy (art. 28 lid 3). */
  readonly geheimhoudingGewezen: boolean;
  readonly ontvangenOp: IsoDate | null;
  readonly samenvatting: string;
  /**
   * The bestuursorgaan's answer to the zienswijze, which the besluit gives (Awb 3:46 with 4:8 and art. 33 Wet Bibob:
   * a zienswijze given must be weighed and answered in the motivation). Absent or empty: not answered yet.
   */
  readonly reactie?: string;
  /**
   * The intended outcome the invitation was for. Art. 33 lid 1 gives the opportunity on "de voorgenomen
   * beschikking": a zienswijze on intended voorschriften is no zienswijze on an intended refusal. Null for an
   * invitation made before any outcome was recorded: it counts for no round.
   */
  readonly uitkomst: Outcome | null;
  /**
   * The intended outcome of each further decision of the dossier (by its id) when the invitation went out: the
   * voornemen announces them too, and a further decision's round is the invitations made on its present outcome.
   * Absent: the invitation concerned the dossier's own decision only.
   */
  readonly verdereUitkomsten?: Readonly<Record<string, Outcome>>;
}

export type PartijProblem = Probleem;

/** What an invitation to give a zienswijze lacks. `lbbAdvies`: an LBB advice was received and must go along. */
export function invitationProblems(partij: Omit<ZienswijzePartij, 'ontvangenOp' | 'samenvatting'>, lbbAdvies: boolean): PartijProblem[] {
  const problems: PartijProblem[] = [];
  if (compareDates(partij.termijnTot, partij.uitgenodigdOp) <= 0) {
    problems.push({ pad: 'termijnTot', melding: 'De zienswijzetermijn moet na de uitnodiging eindigen.' });
  } else if (compareDates(partij.termijnTot, addWeeks(partij.uitgenodigdOp, DEFAULT_ZIENSWIJZE_WEEKS)) < 0 && partij.redenKorteTermijn.trim() === '') {
    problems.push({
      pad: 'redenKorteTermijn',
      melding: `Een zienswijzetermijn korter dan ${DEFAULT_ZIENSWIJZE_WEEKS} weken (tot ${formatDutchDate(addWeeks(partij.uitgenodigdOp, DEFAULT_ZIENSWIJZE_WEEKS))}) vraagt een vastgelegde reden.`,
    });
  }
  if (lbbAdvies && !partij.afschriftAdvies) {
    problems.push({
      pad: 'afschriftAdvies',
      melding:
        partij.rol === 'derde'
          ? 'Geef de derde een afschrift van het deel van het LBB-advies dat op hem betrekking heeft (art. 28 lid 3 Wet Bibob).'
          : 'Geef de betrokkene een afschrift van het LBB-advies (art. 28 lid 3 Wet Bibob).',
    });
  }
  if (lbbAdvies && !partij.geheimhoudingGewezen) {
    problems.push({ pad: 'geheimhoudingGewezen', melding: 'Wijs schriftelijk op de geheimhoudingsplicht van art. 28 lid 1 Wet Bibob wanneer u het advies verstrekt (art. 28 lid 3).' });
  }
  return problems;
}

/**
 * One invitation per person per round (art. 33 Wet Bibob gives each betrokkene and third party one opportunity for
 * the intended decision): a second invitation of the same person while the first is still open, or on the same day,
 * is a mistake. A later round, after the first invitation's term ended or was answered, is not refused here.
 */
function sameOutcomes(a: Readonly<Record<string, Outcome>> | undefined, b: Readonly<Record<string, Outcome>> | undefined): boolean {
  const left = Object.entries(a ?? {});
  return left.length === Object.keys(b ?? {}).length && left.every(([id, uitkomst]) => b?.[id] === uitkomst);
}

export function doubleInvitationProblem(
  nieuw: Pick<ZienswijzePartij, 'betrokkeneId' | 'uitgenodigdOp' | 'uitkomst' | 'verdereUitkomsten'>,
  bestaande: readonly Pick<ZienswijzePartij, 'betrokkeneId' | 'uitgenodigdOp' | 'termijnTot' | 'ontvangenOp' | 'uitkomst' | 'verdereUitkomsten'>[],
  naam: string,
): PartijProblem | null {
  // A round belongs to one intended outcome (of each decision in the dossier): an invitation on a changed outcome is
  // a new round, not a double.
  const open = bestaande.find(
    (partij) =>
      partij.betrokkeneId === nieuw.betrokkeneId &&
      partij.uitkomst === nieuw.uitkomst &&
      sameOutcomes(partij.verdereUitkomsten, nieuw.verdereUitkomsten) &&
      (partij.uitgenodigdOp === nieuw.uitgenodigdOp || (partij.ontvangenOp === null && compareDates(partij.termijnTot, nieuw.uitgenodigdOp) >= 0)),
  );
  if (!open) return null;
  return {
    pad: 'betrokkeneId',
    melding: `${naam} is al op ${formatDutchDate(open.uitgenodigdOp)} uitgenodigd voor een zienswijze, met een termijn tot en met ${formatDutchDate(open.termijnTot)}. Nodig iemand eenmaal per ronde uit.`,
  };
}

/** A zienswijze arrives on or after the invitation. */
export function responseProblems(partij: ZienswijzePartij, ontvangenOp: IsoDate, samenvatting: string): PartijProblem[] {
  const problems: PartijProblem[] = [];
  if (compareDates(ontvangenOp, partij.uitgenodigdOp) < 0) problems.push({ pad: 'ontvangenOp', melding: `De zienswijze kan niet vóór de uitnodiging (${formatDutchDate(partij.uitgenodigdOp)}) zijn ontvangen.` });
  if (samenvatting.trim() === '') problems.push({ pad: 'samenvatting', melding: 'Vat de zienswijze samen.' });
  return problems;
}

/** The invitations of the round on this intended outcome. */
export function rondeVan<P extends Pick<ZienswijzePartij, 'uitkomst'>>(partijen: readonly P[], uitkomst: Outcome | null): P[] {
  return uitkomst === null ? [] : partijen.filter((partij) => partij.uitkomst === uitkomst);
}

/** A round is done when the betrokkene was invited and each invitee answered or let the term pass (its last day still counts as open). */
function rondeAfgerond(ronde: readonly ZienswijzePartij[], today: IsoDate): boolean {
  if (!ronde.some((partij) => partij.rol === 'betrokkene')) return false;
  return ronde.every((partij) => partij.ontvangenOp !== null || compareDates(partij.termijnTot, today) < 0);
}

/**
 * The coordinator's record that no new round is held for a changed intended outcome: Awb 4:11 onder b (applying
 * through art. 33 lid 3 Wet Bibob) lets the bestuursorgaan leave the hearing out where the belanghebbende was given
 * the opportunity before and no new facts or circumstances arose since. The reason says why that holds.
 */
export interface GeenNieuweRonde {
  readonly uitkomst: Outcome;
  /** The outcome of the earlier round relied on. */
  readonly eerdereUitkomst: Outcome;
  readonly reden: string;
}

/** The earlier rounds (on another outcome) that are done: the ones Awb 4:11 onder b can rely on. */
export function afgerondeEerdereRondes(partijen: readonly ZienswijzePartij[], uitkomst: Outcome | null, today: IsoDate): Outcome[] {
  const eerder = new Set(partijen.map((partij) => partij.uitkomst).filter((andere): andere is Outcome => andere !== null && andere !== uitkomst));
  return [...eerder].filter((andere) => rondeAfgerond(rondeVan(partijen, andere), today));
}

/**
 * The step is done for the current intended outcome when its own round is done (the betrokkene and every third
 * party invited on this outcome answered or let the term pass), or when the coordinator recorded for this outcome
 * why Awb 4:11 onder b excuses a new round and the earlier round it relies on is done. Invitations on an earlier
 * outcome do not count otherwise: the zienswijze belongs to the intended decision it was asked on (art. 33 lid 1).
 */
export function zienswijzeStepDone(partijen: readonly ZienswijzePartij[], today: IsoDate, uitkomst: Outcome | null, geenNieuweRonde: GeenNieuweRonde | null = null): boolean {
  if (uitkomst === null) return false;
  if (rondeAfgerond(rondeVan(partijen, uitkomst), today)) return true;
  return geenNieuweRonde !== null && geenNieuweRonde.uitkomst === uitkomst && afgerondeEerdereRondes(partijen, uitkomst, today).includes(geenNieuweRonde.eerdereUitkomst);
}

/**
 * The art. 33 step for a further decision of the dossier (issue 19 item 12): its own round is the invitations made
 * while its intended outcome was the present one (art. 33 lid 1 Wet Bibob: the opportunity is given on "de
 * voorgenomen beschikking"); the round is done when the betrokkene was invited and every invitee answered or let the
 * term pass. An invitation made while this decision had another or no intended outcome does not count for it.
 */
export function verderBesluitStapGedaan(partijen: readonly ZienswijzePartij[], besluitId: string, uitkomst: Outcome | null, today: IsoDate): boolean {
  if (uitkomst === null) return false;
  return rondeAfgerond(
    partijen.filter((partij) => partij.verdereUitkomsten?.[besluitId] === uitkomst),
    today,
  );
}

/**
 * What stands in the way of leaving out a new round (Awb 4:11 onder b with art. 33 lid 3 Wet Bibob): there must
 * have been an earlier opportunity — a finished round on another intended outcome — and the coordinator writes
 * down why no new facts or circumstances arose since.
 */
export function geenNieuweRondeProblems(partijen: readonly ZienswijzePartij[], uitkomst: Outcome | null, eerdereUitkomst: Outcome, reden: string, today: IsoDate): PartijProblem[] {
  const problems: PartijProblem[] = [];
  if (uitkomst === null) {
    problems.push({ pad: 'eerdereUitkomst', melding: 'Leg eerst de voorgenomen uitkomst vast.' });
  } else if (!afgerondeEerdereRondes(partijen, uitkomst, today).includes(eerdereUitkomst)) {
    problems.push({
      pad: 'eerdereUitkomst',
      melding:
        'Een nieuwe ronde kan alleen achterwege blijven als de betrokkene al eerder in de gelegenheid is gesteld een zienswijze te geven (art. 4:11 onder b Awb, via art. 33 lid 3 Wet Bibob). Kies een eerdere ronde die is afgerond.',
    });
  }
  if (reden.trim() === '') {
    problems.push({ pad: 'reden', melding: 'Schrijf op waarom zich sinds de eerdere ronde geen nieuwe feiten of omstandigheden hebben voorgedaan (art. 4:11 onder b Awb).' });
  }
  return problems;
}

/**
 * The zienswijzen of the current round that were given but have no answer yet: the besluit answers every zienswijze
 * (Awb 3:46 with art. 33 lid 3 Wet Bibob), so it cannot be made while one of these remains.
 */
export function onbeantwoordeZienswijzen<P extends Pick<ZienswijzePartij, 'uitkomst' | 'ontvangenOp' | 'reactie'>>(partijen: readonly P[], uitkomst: Outcome | null): P[] {
  return rondeVan(partijen, uitkomst).filter((partij) => partij.ontvangenOp !== null && (partij.reactie ?? '').trim() === '');
}

/** An answer is given to a zienswijze that was received, and says something. */
export function reactieProblems(partij: Pick<ZienswijzePartij, 'ontvangenOp'>, reactie: string): PartijProblem[] {
  if (partij.ontvangenOp === null) return [{ pad: 'reactie', melding: 'Leg eerst de zienswijze zelf vast; daarna de reactie van het bestuursorgaan.' }];
  if (reactie.trim() === '') return [{ pad: 'reactie', melding: 'Schrijf de reactie van het bestuursorgaan op deze zienswijze: het besluit gaat op elke zienswijze in (art. 3:46 Awb).' }];
  return [];
}

/**
 * Herstel (Awb 4:5): when the application or the Bibob-vragenformulier is incomplete, the applicant is invited to
 * complete it within a term. That term suspends the beslistermijn (Awb 4:15 lid 1 sub a; no term → no
 * suspension, ABRvS 21-9-2016, ECLI:NL:RVS:2016:2527). When it is completed incompletely, or the term passes
 * unused, the bestuursorgaan may decide not to consider the application (Awb 4:5 lid 1), made known within four
 * weeks (lid 4). A holder's refusal to complete the form in a revocation investigation is not this route: it
 * counts as ernstig gevaar (Wet Bibob art. 4 lid 1).
 */
import {
  buitenBehandelingDeadline,
  compareDates,
  proposeMunicipalTermEnd,
  type DatedStep,
  type HolidayData,
  type IsoDate,
  type SuspensionEvent,
} from './termijnen';

/** The default hersteltermijn the app proposes (a setting of the municipality's Bibob-beleid). */
export const DEFAULT_HERSTELTERMIJN_WEEKS = 2;

export type Aanvulling = 'volledig' | 'onvolledig';

export interface Herstelverzoek {
  readonly verzondenOp: IsoDate;
  /** The last day of the hersteltermijn. Required: without a term the beslistermijn is not suspended. */
  readonly termijnTot: IsoDate;
  readonly aangevuldOp: IsoDate | null;
  readonly aanvulling: Aanvulling | null;
}

/** A proposed end of the hersteltermijn: weeks after sending, never on a non-working day (§5). */
export function proposeHersteltermijn(verzondenOp: IsoDate, weeks: number, holidays: HolidayData): IsoDate {
  return proposeMunicipalTermEnd(verzondenOp, weeks, holidays);
}

/** Why a herstelverzoek cannot be registered as given, in Dutch; null when it can. */
export function herstelverzoekProblem(verzoek: Pick<Herstelverzoek, 'verzondenOp' | 'termijnTot'>): string | null {
  if (compareDates(verzoek.termijnTot, verzoek.verzondenOp) <= 0) {
    return 'De hersteltermijn moet na de dag van verzending eindigen.';
  }
  return null;
}

/** The suspension of the beslistermijn that the herstelverzoek causes (Awb 4:15 lid 1 sub a). */
export function herstelSuspension(verzoek: Herstelverzoek): SuspensionEvent {
  return { kind: 'herstel', invitedOn: verzoek.verzondenOp, termEndsOn: verzoek.termijnTot, completedOn: verzoek.aangevuldOp };
}

export interface BuitenBehandelingVoorstel {
  readonly reden: 'onvolledig-aangevuld' | 'termijn-ongebruikt-verstreken';
  readonly toelichting: string;
  /** Awb 4:5 lid 4: the decision is made known by this date. */
  readonly bekendmakenUiterlijk: DatedStep;
  readonly legalBasis: string;
}

/**
 * Whether the app proposes "buiten behandeling laten" for this herstelverzoek today: after an incomplete
 * completion, or once the term has passed without one. The coordinator decides; the proposal only says so.
 */
export function buitenBehandelingVoorstel(verzoek: Herstelverzoek, today: IsoDate, holidays: HolidayData): BuitenBehandelingVoorstel | null {
  if (verzoek.aanvulling === 'onvolledig' && verzoek.aangevuldOp) {
    return {
      reden: 'onvolledig-aangevuld',
      toelichting: 'De aanvulling is onvolledig. U kunt besluiten de aanvraag niet te behandelen.',
      bekendmakenUiterlijk: buitenBehandelingDeadline(verzoek.aangevuldOp, holidays),
      legalBasis: 'art. 4:5 lid 1 en lid 4 Awb',
    };
  }
  if (verzoek.aanvulling === null && compareDates(today, verzoek.termijnTot) > 0) {
    return {
      reden: 'termijn-ongebruikt-verstreken',
      toelichting: 'De hersteltermijn is ongebruikt verstreken. U kunt besluiten de aanvraag niet te behandelen.',
      bekendmakenUiterlijk: buitenBehandelingDeadline(verzoek.termijnTot, holidays),
      legalBasis: 'art. 4:5 lid 1 en lid 4 Awb',
    };
  }
  return null;
}

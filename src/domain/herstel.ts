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
  formatDutchDate,
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

/** Whether the law allows "buiten behandeling laten" today, and if so by when it is made known (Awb 4:5). */
export type BuitenBehandelingToets =
  | { readonly mag: false; readonly melding: string }
  | {
      readonly mag: true;
      readonly reden: BuitenBehandelingVoorstel['reden'];
      /** Awb 4:5 lid 4 with art. 1 and 2 Atw. */
      readonly bekendmakenUiterlijk: DatedStep;
      /** Set once that day has passed: a warning, not a refusal (the Awb attaches no sanction to a late decision). */
      readonly teLaat: string | null;
    };

export interface BuitenBehandelingContext {
  /** An ambtshalve decision (a revocation) has no aanvraag to leave undealt with. */
  readonly ambtshalve: boolean;
}

/**
 * The one computation behind every check of "buiten behandeling" (workflow, letter, dossier page):
 * - Awb 4:5 lid 1: the bestuursorgaan may decide not to consider *an application* when the data are insufficient
 *   (sub c), "mits de aanvrager de gelegenheid heeft gehad de aanvraag binnen een door het bestuursorgaan gestelde
 *   termijn aan te vullen": so only after a herstelverzoek with a term (the latest one counts), once that term has
 *   passed unused or the application was completed insufficiently; never after a completion recorded as volledig.
 * - There is no aanvraag in a revocation: a holder who refuses to complete the form there falls under Wet Bibob
 *   art. 4 lid 1 ("aangemerkt als ernstig gevaar"), not under Awb 4:5.
 * - Awb 4:5 lid 4: the decision is made known "binnen vier weken nadat de aanvraag is aangevuld of nadat de daarvoor
 *   gestelde termijn ongebruikt is verstreken" — a term in a formal law, so art. 1 lid 1 and art. 2 Atw apply
 *   (buitenBehandelingDeadline). The Awb attaches no consequence to a later decision: past that day the result warns.
 */
export function buitenBehandelingToets(
  verzoeken: readonly Herstelverzoek[],
  today: IsoDate,
  holidays: HolidayData,
  context: BuitenBehandelingContext,
): BuitenBehandelingToets {
  if (context.ambtshalve) {
    return {
      mag: false,
      melding:
        'Bij een intrekking is er geen aanvraag, dus ook geen buiten behandeling stellen (art. 4:5 lid 1 Awb gaat over een aanvraag). Weigert de vergunninghouder het vragenformulier volledig in te vullen, dan geldt dat als ernstig gevaar (art. 4 lid 1 Wet Bibob).',
    };
  }
  const verzoek = verzoeken.at(-1);
  if (!verzoek) return { mag: false, melding: 'Buiten behandeling stellen kan alleen na een herstelverzoek met een termijn (art. 4:5 lid 1 Awb).' };
  if (verzoek.aanvulling === 'volledig') {
    return {
      mag: false,
      melding: `De aanvraag is${verzoek.aangevuldOp ? ` op ${formatDutchDate(verzoek.aangevuldOp)}` : ''} volledig aangevuld. Dan kan zij niet buiten behandeling worden gesteld (art. 4:5 lid 1 Awb): beslis op de aanvraag zelf.`,
    };
  }
  const onvolledig = verzoek.aanvulling === 'onvolledig' && verzoek.aangevuldOp !== null;
  if (!onvolledig && compareDates(today, verzoek.termijnTot) <= 0) {
    return { mag: false, melding: `De hersteltermijn loopt nog tot en met ${formatDutchDate(verzoek.termijnTot)}; pas daarna kan de aanvraag buiten behandeling worden gesteld (art. 4:5 lid 1 Awb).` };
  }
  const vanaf = onvolledig ? verzoek.aangevuldOp! : verzoek.termijnTot;
  const bekendmakenUiterlijk = buitenBehandelingDeadline(vanaf, holidays);
  const teLaat =
    compareDates(today, bekendmakenUiterlijk.date) > 0
      ? `Het besluit om de aanvraag niet te behandelen had uiterlijk op ${formatDutchDate(bekendmakenUiterlijk.date)} bekendgemaakt moeten zijn (art. 4:5 lid 4 Awb, met de Algemene termijnenwet). De Awb verbindt aan een later besluit geen gevolg, dus het kan nog; maar de aanvrager mocht er na die dag op rekenen dat zijn aanvraag wordt behandeld. Overweeg op de aanvraag zelf te beslissen.`
      : null;
  return { mag: true, reden: onvolledig ? 'onvolledig-aangevuld' : 'termijn-ongebruikt-verstreken', bekendmakenUiterlijk, teLaat };
}

/**
 * Whether the app proposes "buiten behandeling laten" today on the herstel history (the latest herstelverzoek
 * counts): the same computation as every other check (buitenBehandelingToets). The coordinator decides; the
 * proposal only says so, and says so too when the four weeks have passed.
 */
export function buitenBehandelingVoorstel(
  verzoeken: Herstelverzoek | readonly Herstelverzoek[],
  today: IsoDate,
  holidays: HolidayData,
  context: BuitenBehandelingContext = { ambtshalve: false },
): BuitenBehandelingVoorstel | null {
  const toets = buitenBehandelingToets(Array.isArray(verzoeken) ? verzoeken : [verzoeken as Herstelverzoek], today, holidays, context);
  if (!toets.mag) return null;
  const grond = toets.reden === 'onvolledig-aangevuld' ? 'De aanvulling is onvolledig.' : 'De hersteltermijn is ongebruikt verstreken.';
  return {
    reden: toets.reden,
    toelichting: `${grond} U kunt besluiten de aanvraag niet te behandelen.${toets.teLaat ? ` ${toets.teLaat}` : ''}`,
    bekendmakenUiterlijk: toets.bekendmakenUiterlijk,
    legalBasis: 'art. 4:5 lid 1 en lid 4 Awb',
  };
}

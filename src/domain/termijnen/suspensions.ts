/**
 * Each suspension event as the period of calendar days on which the beslistermijn does not run
 * (../shared/bibob-domain.md §5). Periods are inclusive; overlapping periods are merged later, where the
 * running term is counted (runningTerm.ts), so that a day covered twice counts once.
 */
import { LEGAL_BASIS } from './legalBasis';
import {
  addDays,
  compareDates,
  dayDifference,
  dutchDays,
  dutchWeeks,
  earlierDate,
  formatDutchDate,
  parseIsoDate,
  type IsoDate,
} from './calendar';
import type { HolidayData } from './holidays';
import { buitenBehandelingDeadline } from './otherTerms';
import type { DeadlineStep, DeadlineWarning, SuspensionEvent } from './types';

/** Art. 15 lid 1 Wet Bibob: the LBB advises within 8 weeks of the request. */
export const LBB_ADVICE_WEEKS = 8;
/** Art. 15 lid 3 Wet Bibob: the one extension the LBB may announce is at most 4 weeks. */
export const LBB_MAX_EXTENSION_WEEKS = 4;

/** The LBB's term in days (art. 15 Wet Bibob): 8 weeks (lid 1), the days it waited for data (lid 2), its one extension of at most 4 weeks (lid 3). */
export function lbbAdviceDays(waitingDays: number, extensionWeeks: number): number {
  return 7 * LBB_ADVICE_WEEKS + waitingDays + 7 * Math.min(extensionWeeks, LBB_MAX_EXTENSION_WEEKS);
}

/**
 * Art. 15 lid 3 Wet Bibob: "Indien het advies niet binnen acht weken kan worden gegeven, stelt het Bureau het
 * bestuursorgaan … daarvan in kennis en noemt hij daarbij een termijn … Deze termijn bedraagt niet meer dan vier
 * weken." The extension is that notice, so it counts only when given within the LBB's eight weeks (art. 15 lid 1,
 * counted from the day after the request, with the waiting days of lid 2). A notice given later does not lengthen
 * the suspension of art. 31 afterwards. A notice without a recorded date (older records) counts as given in time.
 */
export function lbbExtensionInTime(requestedOn: IsoDate, waitingDays: number, noticeOn: IsoDate | null | undefined): boolean {
  if (noticeOn === null || noticeOn === undefined) return true;
  return compareDates(noticeOn, addDays(requestedOn, lbbAdviceDays(waitingDays, 0))) <= 0;
}

/**
 * The last day the art. 31 suspension can last: the request day is its first day, and it lasts at most the LBB's
 * term of art. 15 lid 1 and 2 plus the one extension of lid 3 when that was announced in time. The same date the
 * deadline engine uses; the art. 32 notice names it.
 */
export function lbbSuspensionLastDay(event: Extract<SuspensionEvent, { kind: 'lbb-advies' }>): IsoDate {
  const extensionWeeks = lbbExtensionInTime(event.requestedOn, event.lbbWaitingDays, event.extensionNoticeOn) ? Math.min(event.extensionWeeks, LBB_MAX_EXTENSION_WEEKS) : 0;
  return addDays(event.requestedOn, lbbAdviceDays(event.lbbWaitingDays, extensionWeeks) - 1);
}

export interface SuspensionPeriod {
  /** Position of the event in the input. */
  readonly index: number;
  readonly kind: SuspensionEvent['kind'];
  /** Short Dutch name for the explanation: "herstel", "LBB-advies", … */
  readonly label: string;
  readonly legalBasis: string;
  /** First and last suspended day (inclusive); null when the event suspends no day. */
  readonly first: IsoDate | null;
  readonly last: IsoDate | null;
  /** Still running: `last` is the latest end the rules allow (or today, where they set no end). */
  readonly provisional: boolean;
  /** Dutch: what happened and which days it suspends. */
  readonly description: string;
  /** Notices and follow-up terms the event triggers. */
  readonly notes: readonly DeadlineStep[];
  readonly warnings: readonly DeadlineWarning[];
}

export function resolveSuspension(
  event: SuspensionEvent,
  index: number,
  today: IsoDate,
  holidays: HolidayData,
): SuspensionPeriod {
  switch (event.kind) {
    case 'herstel':
      return herstelPeriod(event, index, today, holidays);
    case 'lbb-advies':
      return lbbPeriod(event, index, today);
    case 'instemming-aanvrager':
    case 'vertraging-aanvrager':
    case 'overmacht':
      return awb4_15Lid2Period(event, index, today);
  }
}

function period(
  base: Omit<SuspensionPeriod, 'first' | 'last' | 'notes' | 'warnings'> & {
    first: IsoDate | null;
    last: IsoDate | null;
    notes?: DeadlineStep[];
    warnings?: DeadlineWarning[];
  },
): SuspensionPeriod {
  const empty = base.first === null || base.last === null || compareDates(base.first, base.last) > 0;
  return {
    ...base,
    first: empty ? null : base.first,
    last: empty ? null : base.last,
    notes: base.notes ?? [],
    warnings: base.warnings ?? [],
  };
}

function requireOrder(earlier: IsoDate, later: IsoDate, message: string): void {
  parseIsoDate(earlier);
  parseIsoDate(later);
  if (compareDates(earlier, later) > 0) throw new RangeError(message);
}

/**
 * Awb 4:15 lid 1 sub a: suspended "met ingang van de dag na die waarop het bestuursorgaan de aanvrager krachtens
 * artikel 4:5 uitnodigt de aanvraag aan te vullen, tot de dag waarop de aanvraag is aangevuld of de daarvoor
 * gestelde termijn ongebruikt is verstreken". Read as §5 prescribes: the completion day itself is not
 * suspended; when the term passes unused, its last day still is. A herstelverzoek without a term does not
 * suspend (ABRvS 21-9-2016, ECLI:NL:RVS:2016:2527).
 */
function herstelPeriod(
  event: Extract<SuspensionEvent, { kind: 'herstel' }>,
  index: number,
  today: IsoDate,
  holidays: HolidayData,
): SuspensionPeriod {
  const common = { index, kind: event.kind, label: 'herstel', legalBasis: LEGAL_BASIS.awb4_15Lid1SubA } as const;
  const invited = `uitnodiging tot aanvulling van ${formatDutchDate(event.invitedOn, true)}`;
  parseIsoDate(event.invitedOn);
  if (event.completedOn !== null) {
    requireOrder(event.invitedOn, event.completedOn, 'De aanvulling ligt vóór de uitnodiging tot aanvulling.');
  }
  if (event.termEndsOn === null) {
    return period({
      ...common,
      legalBasis: LEGAL_BASIS.herstelZonderTermijn,
      first: null,
      last: null,
      provisional: false,
      description: `Herstel: ${invited} zonder hersteltermijn; de beslistermijn is daardoor niet opgeschort.`,
      warnings: [
        {
          code: 'HERSTEL_ZONDER_TERMIJN',
          message: `Het herstelverzoek van ${formatDutchDate(event.invitedOn)} noemt geen termijn. Zonder termijn schort het de beslistermijn niet op (ABRvS 21-9-2016, ECLI:NL:RVS:2016:2527). Stuur een herstelverzoek met termijn als de opschorting nodig is.`,
        },
      ],
    });
  }
  requireOrder(event.invitedOn, event.termEndsOn, 'De hersteltermijn eindigt vóór de uitnodiging tot aanvulling.');
  const first = addDays(event.invitedOn, 1);
  const termText = `hersteltermijn tot en met ${formatDutchDate(event.termEndsOn)}`;
  if (event.completedOn !== null && compareDates(event.completedOn, event.termEndsOn) <= 0) {
    return period({
      ...common,
      first,
      last: addDays(event.completedOn, -1),
      provisional: false,
      description: `Herstel: ${invited} (${termText}), aangevuld op ${formatDutchDate(event.completedOn, true)}. Opgeschort vanaf de dag na de uitnodiging tot de dag van aanvulling; de dag van aanvulling zelf telt niet als opgeschort (de lezing die de minste dagen opschort).`,
    });
  }
  const lapsed = event.completedOn !== null || compareDates(today, event.termEndsOn) > 0;
  if (!lapsed) {
    return period({
      ...common,
      first,
      last: event.termEndsOn,
      provisional: true,
      description: `Herstel: ${invited} (${termText}), nog niet aangevuld. Voorlopig opgeschort tot en met de laatste dag van de hersteltermijn, het uiterste einde; wordt eerder aangevuld, dan eindigt de opschorting op de dag vóór de aanvulling.`,
    });
  }
  const lapsedText =
    event.completedOn !== null
      ? `pas aangevuld op ${formatDutchDate(event.completedOn, true)}, na afloop van de hersteltermijn`
      : 'niet aangevuld; de hersteltermijn is ongebruikt verstreken';
  const notes: DeadlineStep[] = [];
  if (event.completedOn === null) {
    const buitenBehandeling = buitenBehandelingDeadline(event.termEndsOn, holidays);
    notes.push(buitenBehandeling);
  }
  return period({
    ...common,
    first,
    last: event.termEndsOn,
    provisional: false,
    description: `Herstel: ${invited} (${termText}), ${lapsedText}. Opgeschort vanaf de dag na de uitnodiging tot en met de laatste dag van de hersteltermijn.`,
    notes,
  });
}

/**
 * Wet Bibob art. 31: the wettelijke termijn is suspended "voor de duur van de periode die begint met de dag
 * waarop het advies is aangevraagd en eindigt met de dag waarop dat advies is ontvangen", at most for the LBB's
 * term of art. 15 lid 1 and 2 (8 weeks, plus the days the LBB waits for missing data) plus the one extension of
 * art. 15 lid 3 (at most 4 weeks). The maximum is a duration: the request day is its first day.
 */
function lbbPeriod(
  event: Extract<SuspensionEvent, { kind: 'lbb-advies' }>,
  index: number,
  today: IsoDate,
): SuspensionPeriod {
  parseIsoDate(event.requestedOn);
  if (event.receivedOn !== null) {
    requireOrder(event.requestedOn, event.receivedOn, 'Het LBB-advies is ontvangen vóór de adviesaanvraag.');
  }
  if (!Number.isInteger(event.lbbWaitingDays) || event.lbbWaitingDays < 0) {
    throw new RangeError(`Het aantal dagen dat het LBB op gegevens wacht moet een geheel getal ≥ 0 zijn: ${event.lbbWaitingDays}`);
  }
  if (!Number.isInteger(event.extensionWeeks) || event.extensionWeeks < 0) {
    throw new RangeError(`De verlenging door het LBB moet een geheel aantal weken ≥ 0 zijn: ${event.extensionWeeks}`);
  }
  if (event.extensionNoticeOn) parseIsoDate(event.extensionNoticeOn);
  const warnings: DeadlineWarning[] = [];
  const inTime = lbbExtensionInTime(event.requestedOn, event.lbbWaitingDays, event.extensionNoticeOn);
  if (event.extensionWeeks > 0 && !inTime) {
    const eightWeeksEnd = addDays(event.requestedOn, lbbAdviceDays(event.lbbWaitingDays, 0));
    warnings.push({
      code: 'LBB_VERLENGING_NA_ACHT_WEKEN',
      message: `Het LBB meldde de verlenging van zijn adviestermijn pas op ${formatDutchDate(event.extensionNoticeOn!)}, na afloop van zijn acht weken op ${formatDutchDate(eightWeeksEnd)} (art. 15 lid 1 en 3 Wet Bibob). Die verlenging verlengt de opschorting van de beslistermijn niet achteraf: de opschorting van art. 31 Wet Bibob eindigde op ${formatDutchDate(addDays(eightWeeksEnd, -1))}.`,
    });
  }
  const extensionWeeks = inTime ? Math.min(event.extensionWeeks, LBB_MAX_EXTENSION_WEEKS) : 0;
  if (inTime && event.extensionWeeks > LBB_MAX_EXTENSION_WEEKS) {
    warnings.push({
      code: 'LBB_VERLENGING_TE_LANG',
      message: `Het LBB kan zijn adviestermijn eenmaal met ten hoogste 4 weken verlengen (art. 15 lid 3 Wet Bibob); geregistreerd is ${dutchWeeks(event.extensionWeeks)}. Voor de opschorting is met 4 weken gerekend.`,
    });
  }
  const maxDays = lbbAdviceDays(event.lbbWaitingDays, extensionWeeks);
  const capLast = lbbSuspensionLastDay(event);
  const parts = [`8 weken`];
  if (event.lbbWaitingDays > 0) parts.push(`${dutchDays(event.lbbWaitingDays)} wachten op gegevens`);
  if (extensionWeeks > 0) parts.push(`${dutchWeeks(extensionWeeks)} verlenging`);
  const maximum = `De opschorting duurt ten hoogste ${dutchDays(maxDays)} (${parts.join(' + ')}), dus uiterlijk tot en met ${formatDutchDate(capLast)}.`;
  const requested = `Advies gevraagd aan het Landelijk Bureau Bibob op ${formatDutchDate(event.requestedOn, true)}`;
  const common = {
    index,
    kind: event.kind,
    label: 'LBB-advies',
    legalBasis: `${LEGAL_BASIS.bibob31}; ${LEGAL_BASIS.bibob15}`,
    first: event.requestedOn,
  } as const;
  if (event.receivedOn !== null) {
    const received = `${requested}, ontvangen op ${formatDutchDate(event.receivedOn, true)}.`;
    const capped = compareDates(event.receivedOn, capLast) > 0;
    return period({
      ...common,
      last: earlierDate(event.receivedOn, capLast),
      provisional: false,
      description: capped
        ? `${received} ${maximum} Het advies kwam later, dus de opschorting eindigde op ${formatDutchDate(capLast)}.`
        : `${received} Opgeschort vanaf de dag van de aanvraag tot en met de dag van ontvangst. ${maximum}`,
      warnings,
    });
  }
  const pending = `${requested}, nog niet ontvangen. Opgeschort vanaf de dag van de aanvraag. ${maximum}`;
  if (compareDates(today, capLast) < 0) {
    return period({
      ...common,
      last: capLast,
      provisional: true,
      description: `${pending} Voorlopig is met dat uiterste einde gerekend; komt het advies eerder, dan eindigt de opschorting op de dag van ontvangst.`,
      warnings,
    });
  }
  warnings.push({
    code: 'LBB_OPSCHORTING_MAXIMUM_BEREIKT',
    message: `Het LBB-advies is nog niet ontvangen, maar de opschorting van art. 31 Wet Bibob is op ${formatDutchDate(capLast)} geëindigd (${dutchDays(maxDays)}). De beslistermijn loopt weer.`,
  });
  return period({
    ...common,
    last: capLast,
    provisional: false,
    description: `${pending} Dat maximum is bereikt.`,
    warnings,
  });
}

const AWB_4_15_LID_2 = {
  'instemming-aanvrager': {
    label: 'instemming aanvrager',
    what: 'uitstel waarmee de aanvrager schriftelijk heeft ingestemd',
    legalBasis: LEGAL_BASIS.awb4_15Lid2SubA,
  },
  'vertraging-aanvrager': {
    label: 'vertraging aanvrager',
    what: 'vertraging die aan de aanvrager kan worden toegerekend',
    legalBasis: LEGAL_BASIS.awb4_15Lid2SubB,
  },
  overmacht: {
    label: 'overmacht',
    what: 'overmacht van het bestuursorgaan',
    legalBasis: LEGAL_BASIS.awb4_15Lid2SubC,
  },
} as const;

/**
 * Awb 4:15 lid 2: suspended during the term the applicant consented to in writing (a), as long as the delay is
 * attributable to the applicant (b), as long as overmacht prevents a decision (c). `from` and `to` are both
 * suspended days. Without an end the period runs through today and the deadline is provisional: the law sets
 * no latest end. Notices: lid 3 (overmacht, at once) and lid 4 (end of b or c).
 */
function awb4_15Lid2Period(
  event: Extract<SuspensionEvent, { kind: 'instemming-aanvrager' | 'vertraging-aanvrager' | 'overmacht' }>,
  index: number,
  today: IsoDate,
): SuspensionPeriod {
  const rule = AWB_4_15_LID_2[event.kind];
  parseIsoDate(event.from);
  if (event.to !== null) requireOrder(event.from, event.to, 'De opschorting eindigt vóór zij begint.');
  const notes: DeadlineStep[] = [];
  if (event.kind === 'overmacht') {
    notes.push({
      description:
        'Deel de aanvrager zo spoedig mogelijk mee dat de beslistermijn door overmacht is opgeschort en binnen welke termijn de beschikking wel tegemoet kan worden gezien.',
      legalBasis: LEGAL_BASIS.awb4_15Lid3,
      date: event.from,
    });
  }
  if (event.kind !== 'instemming-aanvrager' && event.to !== null && compareDates(event.to, today) <= 0) {
    notes.push({
      description:
        'De opschorting is geëindigd: deel dat de aanvrager zo spoedig mogelijk mee, met de termijn waarbinnen de beschikking alsnog moet worden gegeven.',
      legalBasis: LEGAL_BASIS.awb4_15Lid4,
      date: event.to,
    });
  }
  const common = { index, kind: event.kind, label: rule.label, legalBasis: rule.legalBasis, first: event.from, notes };
  if (event.to !== null) {
    return period({
      ...common,
      last: event.to,
      provisional: false,
      description: `Opgeschort wegens ${rule.what}, van ${formatDutchDate(event.from, true)} tot en met ${formatDutchDate(event.to, true)}.`,
    });
  }
  const started = compareDates(today, event.from) >= 0;
  return period({
    ...common,
    last: started ? today : null,
    provisional: true,
    description: started
      ? `Opgeschort wegens ${rule.what}, vanaf ${formatDutchDate(event.from, true)}; nog niet beëindigd. Voorlopig meegeteld tot en met vandaag (${formatDutchDate(today)}): elke verdere dag schuift de beslisdatum een dag op.`
      : `Opschorting wegens ${rule.what} vanaf ${formatDutchDate(event.from, true)}; die is nog niet begonnen.`,
  });
}

/** Number of days in a period (0 when it suspends nothing). */
export function periodLength(period: Pick<SuspensionPeriod, 'first' | 'last'>): number {
  return period.first === null || period.last === null ? 0 : dayDifference(period.first, period.last) + 1;
}

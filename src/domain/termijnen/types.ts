/**
 * The plain data the deadline engine takes and returns (../shared/bibob-domain.md §5). Every result carries the
 * articles it rests on; user-facing texts are Dutch.
 */
import type { IsoDate } from './calendar';
import type { HolidayData } from './holidays';

export type { IsoDate } from './calendar';
export type { HolidayData } from './holidays';

export interface TermSpec {
  /** 'wettelijk': a term in weeks set by the regulation (e.g. Ow 16.64 lid 1: 8 weeks; an APV term);
   *  'redelijk': no term in the regulation (Awb 4:13 lid 2, backstop 8 weeks, 4:14 lid 3 notice);
   *  'geen': no beslistermijn at all (vastgoed: a civil-law decision). */
  kind: 'wettelijk' | 'redelijk' | 'geen';
  /** For 'wettelijk': the number of weeks. */
  weeks?: number;
  /**
   * For 'wettelijk' instead of weeks: a term in months, as the uniforme openbare voorbereidingsprocedure's six
   * months after receipt (Awb 3:18 lid 1). A term of more than three months gets no Atw (art. 4 sub a Atw).
   */
  months?: number;
  /** e.g. 'art. 16.64 lid 1 Omgevingswet' */
  legalBasis: string;
  /** Whether the Algemene termijnenwet applies (term set in a formal law or AMvB). APV terms: false by default. */
  atw: boolean;
  /** The one extension the regulation allows, if any: Ow 16.64 lid 2 → 6 weeks; APV commonly 8 weeks. */
  extension?: { maxWeeks: number; legalBasis: string } | null;
}

export type SuspensionEvent =
  /** Awb 4:5 + 4:15 lid 1 sub a */
  | { kind: 'herstel'; invitedOn: IsoDate; termEndsOn: IsoDate | null; completedOn: IsoDate | null }
  /** Wet Bibob art. 31 with art. 15 lid 1–3 */
  | {
      kind: 'lbb-advies';
      requestedOn: IsoDate;
      receivedOn: IsoDate | null;
      lbbWaitingDays: number;
      extensionWeeks: number;
      /** The day the LBB gave notice of its extension (art. 15 lid 3); unknown (older records) counts as in time. */
      extensionNoticeOn?: IsoDate | null;
    }
  /** Awb 4:15 lid 2 a–c */
  | { kind: 'instemming-aanvrager' | 'vertraging-aanvrager' | 'overmacht'; from: IsoDate; to: IsoDate | null };

export interface TermExtension {
  weeks: number;
  /** The day the extension decision was made known (Ow 16.64 lid 2: "bekendgemaakt binnen de beslistermijn"). */
  decidedOn: IsoDate;
}

/** The notice of Awb 4:14 lid 3 (redelijke termijn): sent on `sentOn`, naming a decision by `expectedBy`. */
export interface RedelijkeTermijnMededeling {
  sentOn: IsoDate;
  expectedBy: IsoDate;
}

/** Choices on points the law leaves open (../shared/bibob-domain.md §5, "unsettled"); each has a default. */
export interface DeadlineSettings {
  /** Whether the LBB suspension of art. 31 Wet Bibob ("de wettelijke termijn") also suspends a redelijke termijn.
   *  Default true, with the caveat ART31_REDELIJKE_TERMIJN_ONZEKER. */
  art31SuspendsRedelijkeTermijn?: boolean;
  /** Whether the Atw still moves a term that an extension made longer than 12 weeks in total (Atw art. 4 sub a).
   *  Default true (§5: the Atw applies to the Ow 16.64 term and its extension), with ATW_OVER_12_WEKEN_ONZEKER. */
  atwForTermExtendedBeyond12Weeks?: boolean;
  /** How many days before the date the notices of Awb 4:14 are due the engine starts to remind. Default 14. */
  reminderDays?: number;
}

export interface DeadlineInput {
  receivedOn: IsoDate;
  term: TermSpec;
  suspensions: readonly SuspensionEvent[];
  extension: TermExtension | null;
  holidays: HolidayData;
  today: IsoDate;
  /** The day the decision was made known, when it was: ends the reminders and the OVERDUE warning. */
  decidedOn?: IsoDate | null;
  /** For a redelijke termijn: the notice of Awb 4:14 lid 3, when it was sent. */
  mededelingRedelijkeTermijn?: RedelijkeTermijnMededeling | null;
  settings?: DeadlineSettings;
}

export interface DeadlineStep {
  description: string;
  legalBasis: string;
  date?: IsoDate;
  days?: number;
}

/** A step that always has a date: the result of the single-term helpers. */
export interface DatedStep extends DeadlineStep {
  date: IsoDate;
}

/** `message` is Dutch, for the coordinator; `code` is stable, for tests and the UI. */
export interface DeadlineWarning {
  code: string;
  message: string;
}

export interface DeadlineResult {
  /** The uiterste beslisdatum (for 'redelijk': the 8-week backstop date), null for 'geen'. */
  deadline: IsoDate | null;
  /** True while a suspension is still running (herstel not completed and term not passed, LBB advice not
   *  received…): the deadline then assumes the latest end the rules allow. */
  provisional: boolean;
  /** Suspended calendar days within the running term, each counted once. */
  suspendedDays: number;
  steps: readonly DeadlineStep[];
  /** One Dutch sentence in the form of the worked example of §5, plus the caveats it needs. */
  explanation: string;
  warnings: readonly DeadlineWarning[];
  /** The articles the deadline as a whole rests on. */
  legalBasis: string;
  /** For a redelijke termijn: the last day for the notice of Awb 4:14 lid 3 (Atw and the suspensions of Awb 4:15
   *  applied; without the contested LBB suspension of art. 31 Wet Bibob, the safe date). Null for a wettelijke term. */
  mededelingUiterlijk: IsoDate | null;
}

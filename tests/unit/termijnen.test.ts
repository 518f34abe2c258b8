import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWeeks,
  apvTerm,
  atwHolidays,
  bezwaartermijnEnd,
  buitenBehandelingDeadline,
  dayDifference,
  decisionDeadline,
  DEFAULT_DECREED_DAYS,
  easterSunday,
  findDutchDate,
  formatDutchDate,
  isAtwNonWorkingDay,
  nextWorkingDay,
  OMGEVINGSVERGUNNING_MET_INSTEMMING_TERM,
  OMGEVINGSVERGUNNING_TERM,
  proposeMunicipalTermEnd,
  REDELIJKE_TERMIJN,
  VASTGOED_GEEN_BESLISTERMIJN,
  type DeadlineInput,
  type HolidayData,
  type TermSpec,
} from '../../src/domain/termijnen';

/**
 * The deadline engine against ../shared/bibob-domain.md §5. Every expected date below was worked out by hand
 * from the rules (the arithmetic is in the comment on each row) and its weekday checked against a calendar;
 * none was produced by the engine.
 */
const H: HolidayData = { decreedDays: DEFAULT_DECREED_DAYS };
const NO_DECREED: HolidayData = { decreedDays: [] };
const OW = OMGEVINGSVERGUNNING_TERM;
const APV_8: TermSpec = apvTerm({ legalBasis: 'art. 2:30 APV', weeks: 8, extension: { maxWeeks: 8, legalBasis: 'art. 2:30 lid 2 APV' } });
const AMVB_13_WEKEN: TermSpec = { kind: 'wettelijk', weeks: 13, legalBasis: 'art. X AMvB', atw: true, extension: null };

function input(overrides: Partial<DeadlineInput> & Pick<DeadlineInput, 'receivedOn'>): DeadlineInput {
  return {
    term: OW,
    suspensions: [],
    extension: null,
    holidays: H,
    today: overrides.receivedOn,
    ...overrides,
  };
}

interface Row {
  /** The rule the row checks, with its article. */
  rule: string;
  input: DeadlineInput;
  deadline: string | null;
  suspendedDays?: number;
  provisional?: boolean;
  /** The exact set of warning codes. */
  warnings?: string[];
}

const rows: Row[] = [
  // ── Counting weeks: receipt + 7·N days (Awb 6:8 counting; Ow 16.64 lid 1) ──
  {
    rule: 'plain term: 8 weeks after receipt (Ow 16.64 lid 1)',
    // Mon 4 Jan 2027 + 56: Jan 4→31 = 27, +28 Feb = 55 (28 Feb), +1 = Mon 1 Mar 2027.
    input: input({ receivedOn: '2027-01-04' }),
    deadline: '2027-03-01',
  },
  // ── Atw art. 1 lid 1 with art. 3 on the final date ──
  {
    rule: 'Atw art. 1 lid 1: last day on a Saturday → Monday',
    // Sat 9 Jan 2027 + 56 = Sat 6 Mar 2027 → Sun 7 Mar → Mon 8 Mar 2027.
    input: input({ receivedOn: '2027-01-09' }),
    deadline: '2027-03-08',
  },
  {
    rule: 'Atw art. 1 lid 1: last day on a Sunday → Monday',
    // Sun 10 Jan 2027 + 56 = Sun 7 Mar 2027 → Mon 8 Mar 2027.
    input: input({ receivedOn: '2027-01-10' }),
    deadline: '2027-03-08',
  },
  {
    rule: 'Atw art. 3 lid 1: Koningsdag 27 April',
    // Tue 2 Mar 2027 + 56: +29 = 31 Mar, +27 = Tue 27 Apr 2027 (Koningsdag) → Wed 28 Apr 2027.
    input: input({ receivedOn: '2027-03-02' }),
    deadline: '2027-04-28',
  },
  {
    rule: 'Atw art. 3 lid 1: Koningsdag on 26 April when 27 April is a Sunday (2025)',
    // Sat 1 Mar 2025 + 56: +30 = 31 Mar, +26 = Sat 26 Apr 2025 (Koningsdag) → Sun 27 Apr → Mon 28 Apr 2025.
    input: input({ receivedOn: '2025-03-01' }),
    deadline: '2025-04-28',
  },
  {
    rule: 'Atw art. 3 lid 1: 5 mei, every year',
    // Tue 10 Mar 2026 + 56: +21 = 31 Mar, +30 = 30 Apr, +5 = Tue 5 May 2026 → Wed 6 May 2026.
    input: input({ receivedOn: '2026-03-10' }),
    deadline: '2026-05-06',
  },
  {
    rule: 'Atw art. 3: 5 mei, then Hemelvaartsdag, then a decreed day, then the weekend',
    // Wed 10 Mar 2027 + 56 = Wed 5 May 2027 (5 mei) → Thu 6 May (Hemelvaart: Easter 28 Mar + 39)
    // → Fri 7 May (decreed, art. 3 lid 3) → Sat 8, Sun 9 → Mon 10 May 2027.
    input: input({ receivedOn: '2027-03-10' }),
    deadline: '2027-05-10',
  },
  {
    rule: 'Atw art. 3 lid 2: Goede Vrijdag, then Easter weekend and tweede Paasdag',
    // Fri 29 Jan 2027 + 56: +2 = 31 Jan, +28 = 28 Feb, +26 = Fri 26 Mar 2027 (Goede Vrijdag: Easter 28 Mar − 2)
    // → Sat 27, Sun 28, Mon 29 (tweede Paasdag) → Tue 30 Mar 2027.
    input: input({ receivedOn: '2027-01-29' }),
    deadline: '2027-03-30',
  },
  {
    rule: 'Atw art. 3 lid 1 and lid 3: Hemelvaartsdag and the decreed day right after it',
    // Thu 11 Mar 2027 + 56 = Thu 6 May 2027 (Hemelvaart) → Fri 7 May (decreed) → Sat, Sun → Mon 10 May 2027.
    input: input({ receivedOn: '2027-03-11' }),
    deadline: '2027-05-10',
  },
  {
    rule: 'Atw art. 3 lid 3: decreed days are data — without them 7 May 2027 is a working day',
    // Thu 11 Mar 2027 + 56 = Thu 6 May 2027 (Hemelvaart) → Fri 7 May 2027 (no decreed days given).
    input: input({ receivedOn: '2027-03-11', holidays: NO_DECREED }),
    deadline: '2027-05-07',
  },
  {
    rule: 'Atw art. 3 lid 1: tweede Paasdag',
    // Mon 9 Feb 2026 + 56: +19 = 28 Feb, +31 = 31 Mar, +6 = Mon 6 Apr 2026 (Easter 5 Apr + 1) → Tue 7 Apr 2026.
    input: input({ receivedOn: '2026-02-09' }),
    deadline: '2026-04-07',
  },
  {
    rule: 'Atw art. 3 lid 1: tweede Pinksterdag',
    // Mon 22 Mar 2027 + 56: +9 = 31 Mar, +30 = 30 Apr, +17 = Mon 17 May 2027 (Easter 28 Mar + 50) → Tue 18 May 2027.
    input: input({ receivedOn: '2027-03-22' }),
    deadline: '2027-05-18',
  },
  {
    rule: 'Atw art. 3 lid 1: both Christmas days',
    // Mon 30 Oct 2028 + 56: +1 = 31 Oct, +30 = 30 Nov, +25 = Mon 25 Dec 2028 → Tue 26 Dec → Wed 27 Dec 2028.
    input: input({ receivedOn: '2028-10-30' }),
    deadline: '2028-12-27',
  },
  {
    rule: 'Atw art. 3 lid 1: Nieuwjaarsdag, then the weekend',
    // Fri 6 Nov 2026 + 56: +24 = 30 Nov, +31 = 31 Dec, +1 = Fri 1 Jan 2027 → Sat 2, Sun 3 → Mon 4 Jan 2027.
    input: input({ receivedOn: '2026-11-06' }),
    deadline: '2027-01-04',
  },
  {
    rule: 'Atw art. 3 lid 1 and lid 3: Nieuwjaarsdag 2026 and the decreed 2 January',
    // Thu 6 Nov 2025 + 56 = Thu 1 Jan 2026 → Fri 2 Jan (decreed) → Sat 3, Sun 4 → Mon 5 Jan 2026.
    input: input({ receivedOn: '2025-11-06' }),
    deadline: '2026-01-05',
  },
  {
    rule: 'Ow 16.64 lid 1: 12 weeks with instemming; Atw applies to 12 weeks (art. 4 sub a: only "meer dan")',
    // Mon 4 Jan 2027 + 84: +27 = 31 Jan, +28 = 28 Feb, +29 = Mon 29 Mar 2027 (tweede Paasdag) → Tue 30 Mar 2027.
    input: input({ receivedOn: '2027-01-04', term: OMGEVINGSVERGUNNING_MET_INSTEMMING_TERM }),
    deadline: '2027-03-30',
  },
  {
    rule: 'Atw art. 4 sub a: a term of more than twelve weeks is not moved',
    // Sat 9 Jan 2027 + 91: +22 = 31 Jan, +28 = 28 Feb, +31 = 31 Mar, +10 = Sat 10 Apr 2027; stays.
    input: input({ receivedOn: '2027-01-09', term: AMVB_13_WEKEN }),
    deadline: '2027-04-10',
  },
  {
    rule: 'APV term (atw false): the Atw does not move it (art. 1 and 5 Atw: law and AMvB only)',
    // Sat 9 Jan 2027 + 56 = Sat 6 Mar 2027; not moved.
    input: input({ receivedOn: '2027-01-09', term: APV_8 }),
    deadline: '2027-03-06',
  },
  {
    rule: 'APV term that declares the Atw applicable is moved (setting per term)',
    // Sat 9 Jan 2027 + 56 = Sat 6 Mar 2027 → Mon 8 Mar 2027.
    input: input({ receivedOn: '2027-01-09', term: { ...APV_8, atw: true } }),
    deadline: '2027-03-08',
  },
  // ── Herstel: Awb 4:5 with 4:15 lid 1 sub a ──
  {
    rule: 'worked example §5: herstel completed; the completion day is not suspended',
    // Base Mon 1 Mar 2027. Invited Mon 18 Jan, completed Tue 26 Jan → suspended 19–25 Jan = 7 days → Mon 8 Mar 2027.
    input: input({
      receivedOn: '2027-01-04',
      today: '2027-01-27',
      suspensions: [{ kind: 'herstel', invitedOn: '2027-01-18', termEndsOn: '2027-02-01', completedOn: '2027-01-26' }],
    }),
    deadline: '2027-03-08',
    suspendedDays: 7,
  },
  {
    rule: 'herstel term passed unused: suspended through its last day inclusive',
    // Suspended 19 Jan–1 Feb 2027 = 13 + 1 = 14 days; 1 Mar + 14 = Mon 15 Mar 2027.
    input: input({
      receivedOn: '2027-01-04',
      today: '2027-02-10',
      suspensions: [{ kind: 'herstel', invitedOn: '2027-01-18', termEndsOn: '2027-02-01', completedOn: null }],
    }),
    deadline: '2027-03-15',
    suspendedDays: 14,
    provisional: false,
  },
  {
    rule: 'herstel still running: provisional, assumes the latest end (the term’s last day)',
    // Today 25 Jan, term to 1 Feb: assume 19 Jan–1 Feb = 14 days → Mon 15 Mar 2027.
    input: input({
      receivedOn: '2027-01-04',
      today: '2027-01-25',
      suspensions: [{ kind: 'herstel', invitedOn: '2027-01-18', termEndsOn: '2027-02-01', completedOn: null }],
    }),
    deadline: '2027-03-15',
    suspendedDays: 14,
    provisional: true,
  },
  {
    rule: 'herstel without a term does not suspend (ABRvS 21-9-2016, ECLI:NL:RVS:2016:2527)',
    // No suspension: Mon 1 Mar 2027.
    input: input({
      receivedOn: '2027-01-04',
      today: '2027-01-27',
      suspensions: [{ kind: 'herstel', invitedOn: '2027-01-18', termEndsOn: null, completedOn: '2027-01-26' }],
    }),
    deadline: '2027-03-01',
    suspendedDays: 0,
    warnings: ['HERSTEL_ZONDER_TERMIJN'],
  },
  {
    rule: 'herstel completed after its term: suspension ended when the term passed unused',
    // Term to 1 Feb, completed 5 Feb → suspended 19 Jan–1 Feb = 14 days → Mon 15 Mar 2027.
    input: input({
      receivedOn: '2027-01-04',
      today: '2027-02-10',
      suspensions: [{ kind: 'herstel', invitedOn: '2027-01-18', termEndsOn: '2027-02-01', completedOn: '2027-02-05' }],
    }),
    deadline: '2027-03-15',
    suspendedDays: 14,
  },
  {
    rule: 'herstel completed the day after the invitation: no day suspended',
    // From 19 Jan "until" 19 Jan = 0 days → Mon 1 Mar 2027.
    input: input({
      receivedOn: '2027-01-04',
      today: '2027-01-27',
      suspensions: [{ kind: 'herstel', invitedOn: '2027-01-18', termEndsOn: '2027-02-01', completedOn: '2027-01-19' }],
    }),
    deadline: '2027-03-01',
    suspendedDays: 0,
  },
  {
    rule: 'herstel completed on the last day of its term, then Atw on the final date',
    // Suspended 19–31 Jan = 13 days (1 Feb itself not) → 1 Mar + 13 = Sun 14 Mar 2027 → Mon 15 Mar 2027.
    input: input({
      receivedOn: '2027-01-04',
      today: '2027-02-02',
      suspensions: [{ kind: 'herstel', invitedOn: '2027-01-18', termEndsOn: '2027-02-01', completedOn: '2027-02-01' }],
    }),
    deadline: '2027-03-15',
    suspendedDays: 13,
  },
  {
    rule: 'a herstel started after the term ended suspends nothing (suspension only within the running term)',
    // Term ended Mon 1 Mar 2027; herstel from 3 Mar. Today 5 Mar > 1 Mar, not decided → OVERDUE.
    input: input({
      receivedOn: '2027-01-04',
      today: '2027-03-05',
      suspensions: [{ kind: 'herstel', invitedOn: '2027-03-02', termEndsOn: '2027-03-16', completedOn: null }],
    }),
    deadline: '2027-03-01',
    suspendedDays: 0,
    provisional: false,
    warnings: ['OVERDUE'],
  },
  // ── LBB advice: Wet Bibob art. 31 with art. 15 lid 1–3 ──
  {
    rule: 'LBB advice received early: from the request day through the receipt day',
    // Requested Mon 1 Feb, received Sun 21 Feb: 1–21 Feb = 21 days → 1 Mar + 21 = Mon 22 Mar 2027.
    input: input({
      receivedOn: '2027-01-04',
      today: '2027-02-22',
      suspensions: [{ kind: 'lbb-advies', requestedOn: '2027-02-01', receivedOn: '2027-02-21', lbbWaitingDays: 0, extensionWeeks: 0 }],
    }),
    deadline: '2027-03-22',
    suspendedDays: 21,
  },
  {
    rule: 'LBB advice late, capped at 8 weeks (art. 31 with art. 15 lid 1)',
    // Cap 56 days: 1 Feb–28 Mar (1 Feb + 55). Advice on 2 Apr is later → 56 days → 1 Mar + 56 = Mon 26 Apr 2027.
    input: input({
      receivedOn: '2027-01-04',
      today: '2027-04-02',
      suspensions: [{ kind: 'lbb-advies', requestedOn: '2027-02-01', receivedOn: '2027-04-02', lbbWaitingDays: 0, extensionWeeks: 0 }],
    }),
    deadline: '2027-04-26',
    suspendedDays: 56,
  },
  {
    rule: 'LBB advice late, capped at 8 + 4 weeks with the LBB’s extension (art. 15 lid 3)',
    // Cap 84 days: 1 Feb–25 Apr. Advice 3 May is later → 84 days → 1 Mar + 84: +30 = 31 Mar, +30 = 30 Apr, +24 = Mon 24 May 2027.
    input: input({
      receivedOn: '2027-01-04',
      today: '2027-05-03',
      suspensions: [{ kind: 'lbb-advies', requestedOn: '2027-02-01', receivedOn: '2027-05-03', lbbWaitingDays: 0, extensionWeeks: 4 }],
    }),
    deadline: '2027-05-24',
    suspendedDays: 84,
  },
  {
    rule: 'LBB advice pending with 14 waiting days (art. 15 lid 2): provisional, latest end',
    // Cap 56 + 14 = 70 days: 1 Feb–11 Apr → 1 Mar + 70: +30 = 31 Mar, +30 = 30 Apr, +10 = Mon 10 May 2027.
    input: input({
      receivedOn: '2027-01-04',
      today: '2027-03-01',
      suspensions: [{ kind: 'lbb-advies', requestedOn: '2027-02-01', receivedOn: null, lbbWaitingDays: 14, extensionWeeks: 0 }],
    }),
    deadline: '2027-05-10',
    suspendedDays: 70,
    provisional: true,
  },
  {
    rule: 'LBB advice pending after the maximum: suspension ended, not provisional',
    // Cap 56 days ended 28 Mar; today 1 Apr → 1 Mar + 56 = Mon 26 Apr 2027.
    input: input({
      receivedOn: '2027-01-04',
      today: '2027-04-01',
      suspensions: [{ kind: 'lbb-advies', requestedOn: '2027-02-01', receivedOn: null, lbbWaitingDays: 0, extensionWeeks: 0 }],
    }),
    deadline: '2027-04-26',
    suspendedDays: 56,
    provisional: false,
    warnings: ['LBB_OPSCHORTING_MAXIMUM_BEREIKT'],
  },
  {
    rule: 'LBB extension of 6 weeks counts for at most 4 (art. 15 lid 3)',
    // As the 8 + 4 weeks row: 84 days → Mon 24 May 2027.
    input: input({
      receivedOn: '2027-01-04',
      today: '2027-05-03',
      suspensions: [{ kind: 'lbb-advies', requestedOn: '2027-02-01', receivedOn: '2027-05-03', lbbWaitingDays: 0, extensionWeeks: 6 }],
    }),
    deadline: '2027-05-24',
    suspendedDays: 84,
    warnings: ['LBB_VERLENGING_TE_LANG'],
  },
  {
    rule: 'overlapping herstel and LBB: each suspended day counts once',
    // Herstel 19–25 Jan (7), LBB 22 Jan–11 Feb (21); union 19 Jan–11 Feb = 13 + 11 = 24 days
    // → 1 Mar + 24 = Thu 25 Mar 2027.
    input: input({
      receivedOn: '2027-01-04',
      today: '2027-02-12',
      suspensions: [
        { kind: 'herstel', invitedOn: '2027-01-18', termEndsOn: '2027-02-01', completedOn: '2027-01-26' },
        { kind: 'lbb-advies', requestedOn: '2027-01-22', receivedOn: '2027-02-11', lbbWaitingDays: 0, extensionWeeks: 0 },
      ],
    }),
    deadline: '2027-03-25',
    suspendedDays: 24,
  },
  // ── Awb 4:15 lid 2 ──
  {
    rule: 'Awb 4:15 lid 2 sub a: consented delay, both ends included',
    // 1–14 Feb = 14 days → 1 Mar + 14 = Mon 15 Mar 2027.
    input: input({
      receivedOn: '2027-01-04',
      today: '2027-02-15',
      suspensions: [{ kind: 'instemming-aanvrager', from: '2027-02-01', to: '2027-02-14' }],
    }),
    deadline: '2027-03-15',
    suspendedDays: 14,
  },
  {
    rule: 'Awb 4:15 lid 2 sub c: overmacht still running counts through today, provisional',
    // 1–10 Feb = 10 days → 1 Mar + 10 = Thu 11 Mar 2027.
    input: input({
      receivedOn: '2027-01-04',
      today: '2027-02-10',
      suspensions: [{ kind: 'overmacht', from: '2027-02-01', to: null }],
    }),
    deadline: '2027-03-11',
    suspendedDays: 10,
    provisional: true,
  },
  {
    rule: 'Awb 4:15 lid 2 sub b: days on or before receipt are not within the term',
    // 1–10 Jan, receipt 4 Jan: only 5–10 Jan = 6 days → 1 Mar + 6 = Sun 7 Mar 2027 → Atw → Mon 8 Mar 2027.
    input: input({
      receivedOn: '2027-01-04',
      today: '2027-01-11',
      suspensions: [{ kind: 'vertraging-aanvrager', from: '2027-01-01', to: '2027-01-10' }],
    }),
    deadline: '2027-03-08',
    suspendedDays: 6,
  },
  // ── The one extension (Ow 16.64 lid 2; APV) ──
  {
    rule: 'extension plus suspension: 8 + 6 weeks + 7 suspended days',
    // 56 + 42 + 7 = 105 days: 8 Mar + 42: +23 = 31 Mar, +19 = Mon 19 Apr 2027 (a working day: no Atw question).
    input: input({
      receivedOn: '2027-01-04',
      today: '2027-03-01',
      suspensions: [{ kind: 'herstel', invitedOn: '2027-01-18', termEndsOn: '2027-02-01', completedOn: '2027-01-26' }],
      extension: { weeks: 6, decidedOn: '2027-03-01' },
    }),
    deadline: '2027-04-19',
    suspendedDays: 7,
  },
  {
    rule: 'extension made known after the running term ended is refused (Ow 16.64 lid 2)',
    // Term ended Mon 1 Mar 2027; extension of 2 Mar not applied. Today 2 Mar → also OVERDUE.
    input: input({ receivedOn: '2027-01-04', today: '2027-03-02', extension: { weeks: 6, decidedOn: '2027-03-02' } }),
    deadline: '2027-03-01',
    warnings: ['EXTENSION_TOO_LATE', 'OVERDUE'],
  },
  {
    rule: 'extension on the last day as moved by the Atw is in time; 14 weeks: Atw unsettled (default: applies)',
    // Unextended: Sat 6 Mar → Atw Mon 8 Mar; extension of 8 Mar in time. 9 Jan + 98 = 6 Mar + 42 = Sat 17 Apr 2027
    // → Atw (default) → Mon 19 Apr 2027, with the caveat.
    input: input({ receivedOn: '2027-01-09', today: '2027-03-08', extension: { weeks: 6, decidedOn: '2027-03-08' } }),
    deadline: '2027-04-19',
    warnings: ['ATW_OVER_12_WEKEN_ONZEKER'],
  },
  {
    rule: 'setting: no Atw for a term extended beyond 12 weeks',
    // As above without the Atw: Sat 17 Apr 2027.
    input: input({
      receivedOn: '2027-01-09',
      today: '2027-03-08',
      extension: { weeks: 6, decidedOn: '2027-03-08' },
      settings: { atwForTermExtendedBeyond12Weeks: false },
    }),
    deadline: '2027-04-17',
    warnings: ['ATW_OVER_12_WEKEN_ONZEKER'],
  },
  {
    rule: 'extension longer than allowed counts for the maximum (Ow 16.64 lid 2: 6 weeks)',
    // 8 weeks asked, 6 applied: 4 Jan + 98 = 1 Mar + 42 = Mon 12 Apr 2027.
    input: input({ receivedOn: '2027-01-04', today: '2027-02-15', extension: { weeks: 8, decidedOn: '2027-02-15' } }),
    deadline: '2027-04-12',
    warnings: ['EXTENSION_TOO_LONG'],
  },
  {
    rule: 'APV term with its 8-week extension, no Atw',
    // 4 Jan + 112 = 1 Mar + 56 = Mon 26 Apr 2027.
    input: input({ receivedOn: '2027-01-04', term: APV_8, today: '2027-02-01', extension: { weeks: 8, decidedOn: '2027-02-01' } }),
    deadline: '2027-04-26',
  },
  {
    rule: 'a redelijke termijn has no extension decision (Awb 4:14 lid 3 instead)',
    // Backstop 4 Jan + 56 = Mon 1 Mar 2027; extension refused.
    input: input({ receivedOn: '2027-01-04', term: REDELIJKE_TERMIJN, today: '2027-01-20', extension: { weeks: 4, decidedOn: '2027-01-20' } }),
    deadline: '2027-03-01',
    warnings: ['EXTENSION_NOT_ALLOWED'],
  },
  // ── Redelijke termijn (Awb 4:13 lid 2, 4:14 lid 3) ──
  {
    rule: 'redelijke termijn: 8-week backstop and the 4:14 lid 3 reminder within 14 days of it',
    // 4 Jan + 56 = Mon 1 Mar 2027; today 20 Feb is 9 days before → reminder.
    input: input({ receivedOn: '2027-01-04', term: REDELIJKE_TERMIJN, today: '2027-02-20' }),
    deadline: '2027-03-01',
    warnings: ['AWB_4_14_LID_3_MEDEDELING'],
  },
  {
    rule: 'redelijke termijn: no reminder yet 40 days before the backstop',
    // Mon 1 Mar 2027; today 20 Jan is 40 days before.
    input: input({ receivedOn: '2027-01-04', term: REDELIJKE_TERMIJN, today: '2027-01-20' }),
    deadline: '2027-03-01',
    warnings: [],
  },
  {
    rule: 'redelijke termijn with LBB suspension: applied by default, art. 31 caveat, notice due at the unsuspended date',
    // With LBB 1–21 Feb (21 days): 1 Mar + 21 = Mon 22 Mar 2027. Without: Mon 1 Mar (9 days after today 20 Feb).
    input: input({
      receivedOn: '2027-01-04',
      term: REDELIJKE_TERMIJN,
      today: '2027-02-20',
      suspensions: [{ kind: 'lbb-advies', requestedOn: '2027-02-01', receivedOn: '2027-02-21', lbbWaitingDays: 0, extensionWeeks: 0 }],
    }),
    deadline: '2027-03-22',
    suspendedDays: 21,
    warnings: ['ART31_REDELIJKE_TERMIJN_ONZEKER', 'AWB_4_14_LID_3_MEDEDELING'],
  },
  {
    rule: 'setting: art. 31 does not suspend a redelijke termijn',
    // LBB not counted: Mon 1 Mar 2027.
    input: input({
      receivedOn: '2027-01-04',
      term: REDELIJKE_TERMIJN,
      today: '2027-02-20',
      suspensions: [{ kind: 'lbb-advies', requestedOn: '2027-02-01', receivedOn: '2027-02-21', lbbWaitingDays: 0, extensionWeeks: 0 }],
      settings: { art31SuspendsRedelijkeTermijn: false },
    }),
    deadline: '2027-03-01',
    suspendedDays: 0,
    warnings: ['ART31_REDELIJKE_TERMIJN_ONZEKER', 'AWB_4_14_LID_3_MEDEDELING'],
  },
  {
    rule: 'redelijke termijn: 4:14 lid 3 notice sent in time replaces the backstop for OVERDUE',
    // Backstop Mon 1 Mar 2027; notice 25 Feb naming 1 May; today 10 Mar → not overdue.
    input: input({
      receivedOn: '2027-01-04',
      term: REDELIJKE_TERMIJN,
      today: '2027-03-10',
      mededelingRedelijkeTermijn: { sentOn: '2027-02-25', expectedBy: '2027-05-01' },
    }),
    deadline: '2027-03-01',
    warnings: [],
  },
  {
    rule: 'redelijke termijn passed without decision or notice',
    // Mon 1 Mar 2027; today 2 Mar.
    input: input({ receivedOn: '2027-01-04', term: REDELIJKE_TERMIJN, today: '2027-03-02' }),
    deadline: '2027-03-01',
    warnings: ['OVERDUE'],
  },
  // ── No term, overdue, reminders ──
  {
    rule: "kind 'geen': a vastgoedtransactie has no beslistermijn (art. 5a Wet Bibob)",
    input: input({ receivedOn: '2027-01-04', term: VASTGOED_GEEN_BESLISTERMIJN, today: '2027-06-01' }),
    deadline: null,
    suspendedDays: 0,
    warnings: [],
  },
  {
    rule: 'OVERDUE: today after the deadline, no decision',
    // Mon 1 Mar 2027; today Tue 2 Mar.
    input: input({ receivedOn: '2027-01-04', today: '2027-03-02' }),
    deadline: '2027-03-01',
    warnings: ['OVERDUE'],
  },
  {
    rule: 'decided in time: no warnings after the deadline',
    // Mon 1 Mar 2027; decided 26 Feb.
    input: input({ receivedOn: '2027-01-04', today: '2027-03-10', decidedOn: '2027-02-26' }),
    deadline: '2027-03-01',
    warnings: [],
  },
  {
    rule: 'decided after the deadline',
    // Mon 1 Mar 2027; decided 3 Mar.
    input: input({ receivedOn: '2027-01-04', today: '2027-03-10', decidedOn: '2027-03-03' }),
    deadline: '2027-03-01',
    warnings: ['BESLUIT_NA_TERMIJN'],
  },
  {
    rule: 'Awb 4:14 lid 1 reminder within 14 days of a statutory deadline',
    // Mon 1 Mar 2027; today 20 Feb is 9 days before.
    input: input({ receivedOn: '2027-01-04', today: '2027-02-20' }),
    deadline: '2027-03-01',
    warnings: ['AWB_4_14_LID_1_MEDEDELING'],
  },
];

describe('decisionDeadline (bibob-domain.md §5)', () => {
  it.each(rows)('$rule', (row) => {
    const result = decisionDeadline(row.input);
    expect(result.deadline).toBe(row.deadline);
    if (row.suspendedDays !== undefined) expect(result.suspendedDays).toBe(row.suspendedDays);
    if (row.provisional !== undefined) expect(result.provisional).toBe(row.provisional);
    expect(result.warnings.map((w) => w.code).sort()).toEqual([...(row.warnings ?? [])].sort());
    for (const warning of result.warnings) expect(warning.message.length).toBeGreaterThan(20);
    for (const step of result.steps) expect(step.legalBasis).not.toBe('');
    if (row.deadline !== null) expect(result.steps.at(-1)?.date).toBe(row.deadline);
  });

  it('explains the worked example of §5 in its own words', () => {
    const result = decisionDeadline(rows.find((row) => row.rule.startsWith('worked example'))!.input);
    expect(result.explanation).toMatch(
      /^Uiterste beslisdatum maandag 8 maart 2027: 8 weken na ontvangst op 4 januari 2027 \(art\. 16\.64 lid 1 Omgevingswet\) = maandag 1 maart 2027, \+ 7 dagen opschorting herstel 19–25 januari 2027 \(art\. 4:15 lid 1 sub a Awb\)\./,
    );
    // §5: say that the reading of 4:15 chosen is the one that suspends fewer days.
    expect(result.explanation).toContain('minste dagen');
    expect(result.provisional).toBe(false);
    expect(result.legalBasis).toBe('art. 16.64 lid 1 Omgevingswet; art. 4:15 lid 1 sub a Awb');
  });

  it('names the Atw move in the explanation and the steps', () => {
    // Sat 6 Mar 2027 → Mon 8 Mar 2027.
    const result = decisionDeadline(input({ receivedOn: '2027-01-09' }));
    expect(result.explanation).toContain('= zaterdag 6 maart 2027');
    expect(result.explanation).toContain('tot en met maandag 8 maart 2027 (art. 1 lid 1 Algemene termijnenwet)');
    expect(result.steps.some((step) => step.legalBasis === 'art. 1 lid 1 Algemene termijnenwet' && step.date === '2027-03-08')).toBe(true);
  });

  it('says that an APV term is not moved', () => {
    const result = decisionDeadline(input({ receivedOn: '2027-01-09', term: APV_8 }));
    expect(result.explanation).toContain('schuift niet op');
  });

  it('shows overlapping days once in the explanation', () => {
    // LBB 22 Jan–11 Feb: 21 days, of which 22–25 Jan (4) already under the herstel → + 17 dagen.
    const overlap = rows.find((row) => row.rule.startsWith('overlapping'))!;
    const result = decisionDeadline(overlap.input);
    expect(result.explanation).toContain('+ 7 dagen opschorting herstel 19–25 januari 2027');
    expect(result.explanation).toContain('+ 17 dagen opschorting LBB-advies 22 januari–11 februari 2027');
    expect(result.explanation).toContain('4 dagen vallen al onder een eerdere opschorting');
  });

  it('puts the buiten-behandeling term in the steps when the herstel term lapsed (Awb 4:5 lid 4)', () => {
    // Term lapsed Mon 1 Feb 2027 + 28 = Mon 1 Mar 2027.
    const lapsed = rows.find((row) => row.rule.startsWith('herstel term passed unused'))!;
    const step = decisionDeadline(lapsed.input).steps.find((s) => s.legalBasis.startsWith('art. 4:5 lid 4 Awb'));
    expect(step?.date).toBe('2027-03-01');
  });

  it('warns that the 4:14 lid 3 notice is due at the backstop without the LBB suspension', () => {
    const lbb = rows.find((row) => row.rule.startsWith('redelijke termijn with LBB'))!;
    const warning = decisionDeadline(lbb.input).warnings.find((w) => w.code === 'AWB_4_14_LID_3_MEDEDELING');
    expect(warning?.message).toContain('maandag 1 maart 2027');
  });

  it('rejects impossible input', () => {
    expect(() => decisionDeadline(input({ receivedOn: '2027-02-29' }))).toThrow(RangeError);
    expect(() =>
      decisionDeadline(
        input({ receivedOn: '2027-01-04', suspensions: [{ kind: 'herstel', invitedOn: '2027-01-18', termEndsOn: '2027-01-10', completedOn: null }] }),
      ),
    ).toThrow(RangeError);
    expect(() => decisionDeadline(input({ receivedOn: '2027-01-04', term: { ...OW, weeks: undefined } }))).toThrow(RangeError);
  });
});

describe('calendar helpers', () => {
  it.each([
    // [from, days, expected] — leap years: 2028 and 2000 are, 2100 is not.
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-03-01', -1, '2027-02-28'],
  ])('addDays(%s, %i) = %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });

  it('addWeeks and dayDifference', () => {
    expect(addWeeks('2027-01-04', 8)).toBe('2027-03-01'); // 56 days, worked out above
    expect(dayDifference('2027-01-04', '2027-03-08')).toBe(63); // 56 + 7
    expect(dayDifference('2027-03-08', '2027-01-04')).toBe(-63);
  });

  it('formats Dutch dates', () => {
    expect(formatDutchDate('2027-03-08', true)).toBe('maandag 8 maart 2027');
    expect(formatDutchDate('2027-03-08', false)).toBe('8 maart 2027');
    expect(formatDutchDate('2026-12-25', true)).toBe('vrijdag 25 december 2026');
  });
});

describe('Atw holidays (art. 3)', () => {
  it.each([
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'], // latest possible Easter
    [2285, '2285-03-22'], // earliest possible Easter
  ])('easterSunday(%i) = %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('lists the days of lid 1, lid 2 and the decreed days of lid 3 for 2027', () => {
    // Easter 28 Mar: Goede Vrijdag 26 Mar, tweede Paasdag 29 Mar, Hemelvaart 6 May (+39), tweede Pinksterdag 17 May (+50);
    // Koningsdag Tue 27 Apr; 5 mei; decreed 7 May.
    expect(atwHolidays(2027, H)).toEqual([
      '2027-01-01', '2027-03-26', '2027-03-29', '2027-04-27', '2027-05-05',
      '2027-05-06', '2027-05-07', '2027-05-17', '2027-12-25', '2027-12-26',
    ]);
  });

  it('uses 26 April for Koningsdag when 27 April is a Sunday (2025), and no decreed days when none are given', () => {
    // Easter 20 Apr 2025: Goede Vrijdag 18 Apr, tweede Paasdag 21 Apr, Hemelvaart 29 May, tweede Pinksterdag 9 Jun.
    expect(atwHolidays(2025, NO_DECREED)).toEqual([
      '2025-01-01', '2025-04-18', '2025-04-21', '2025-04-26', '2025-05-05',
      '2025-05-29', '2025-06-09', '2025-12-25', '2025-12-26',
    ]);
  });

  it('adds the decreed days of 2028 (28 April and 26 May)', () => {
    // Easter 16 Apr 2028: 14 Apr, 17 Apr; Koningsdag Thu 27 Apr; Hemelvaart 25 May; tweede Pinksterdag 5 Jun.
    expect(atwHolidays(2028, H)).toEqual([
      '2028-01-01', '2028-04-14', '2028-04-17', '2028-04-27', '2028-04-28', '2028-05-05',
      '2028-05-25', '2028-05-26', '2028-06-05', '2028-12-25', '2028-12-26',
    ]);
  });

  it.each([
    ['2031-04-26', true], // Sat; 27 Apr 2031 is a Sunday, so Koningsdag is the 26th
    ['2031-04-28', false], // Mon after
    ['2032-04-27', true], // Koningsdag on a Tuesday
    ['2032-04-26', false], // Monday before
    ['2027-05-07', true], // decreed day
    ['2027-05-04', false], // ordinary Tuesday
  ])('isAtwNonWorkingDay(%s) = %s', (date, expected) => {
    expect(isAtwNonWorkingDay(date, H)).toBe(expected);
  });

  it('nextWorkingDay keeps a working day and moves a non-working one', () => {
    expect(nextWorkingDay('2027-05-04', H)).toBe('2027-05-04');
    expect(nextWorkingDay('2027-05-05', H)).toBe('2027-05-10'); // 5 mei, Hemelvaart, decreed, Sat, Sun
  });

  it('keeps the decreed days of §5 as data', () => {
    expect(DEFAULT_DECREED_DAYS).toEqual(['2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26']);
  });
});

describe('other terms', () => {
  it.each([
    // [from, weeks, expected]
    ['2027-01-18', 2, '2027-02-01'], // Mon + 14 = Mon 1 Feb: the herstel term of the worked example
    ['2027-01-16', 2, '2027-02-01'], // Sat + 14 = Sat 30 Jan → Mon 1 Feb
    ['2027-04-13', 2, '2027-04-28'], // Tue + 14 = Tue 27 Apr (Koningsdag) → Wed 28 Apr
    ['2027-04-22', 2, '2027-05-10'], // Thu + 14 = Thu 6 May (Hemelvaart) → Fri 7 May decreed → Mon 10 May
  ])('proposeMunicipalTermEnd(%s, %i weeks) = %s (never on a non-working day, §5)', (from, weeks, expected) => {
    expect(proposeMunicipalTermEnd(from, weeks, H)).toBe(expected);
  });

  it.each([
    ['2027-01-18', '2027-03-01'], // Mon + 42 = Mon 1 Mar
    ['2027-03-24', '2027-05-10'], // Wed + 42: +7 = 31 Mar, +30 = 30 Apr, +5 = Wed 5 May (5 mei) → 6, 7, 8, 9 → Mon 10 May
    ['2028-11-13', '2028-12-27'], // Mon + 42: +17 = 30 Nov, +25 = Mon 25 Dec → Tue 26 Dec → Wed 27 Dec
  ])('bezwaartermijnEnd(%s) = %s (Awb 6:7, 6:8 with Atw)', (bekendgemaakt, expected) => {
    const end = bezwaartermijnEnd(bekendgemaakt, H);
    expect(end.date).toBe(expected);
    expect(end.legalBasis).toContain('art. 6:7 Awb');
    expect(end.days).toBe(42);
  });

  it.each([
    ['2027-02-01', '2027-03-01'], // Mon + 28 = Mon 1 Mar
    ['2027-03-30', '2027-04-28'], // Tue + 28: +1 = 31 Mar, +27 = Tue 27 Apr (Koningsdag) → Wed 28 Apr
  ])('buitenBehandelingDeadline(%s) = %s (Awb 4:5 lid 4: 4 weeks)', (from, expected) => {
    const step = buitenBehandelingDeadline(from);
    expect(step.date).toBe(expected);
    expect(step.legalBasis).toContain('art. 4:5 lid 4 Awb');
    expect(step.days).toBe(28);
  });
});

describe('findDutchDate: a date as the app writes it, read back from a sentence', () => {
  it.each([
    ["Van fase 'Intake' naar fase 'Vragenformulier uitgezet' (op 2 november 2026, bij verzending)", '2026-11-02'],
    ['op 31 december 2026', '2026-12-31'],
    ['uiterlijk 1 maart 2027.', '2027-03-01'],
    ['geen datum hier', null],
    ['2 nov 2026', null],
  ] as const)('%s → %s', (text, expected) => {
    expect(findDutchDate(text)).toBe(expected);
  });
});

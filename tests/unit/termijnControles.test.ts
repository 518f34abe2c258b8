import { describe, expect, it } from 'vitest';
import { buitenBehandelingProblemen, termijnNietHaalbaarProblemen } from '../../src/domain/brieven';
import { buitenBehandelingToets, buitenBehandelingVoorstel, type Herstelverzoek } from '../../src/domain/herstel';
import { lbbNoticeWarning, type Informatieverzoek } from '../../src/domain/informatieverzoeken';
import {
  DEFAULT_DECREED_DAYS,
  decisionDeadline,
  lbbSuspensionLastDay,
  OMGEVINGSVERGUNNING_TERM,
  REDELIJKE_TERMIJN,
  verdagingRefusal,
  type DeadlineInput,
  type SuspensionEvent,
} from '../../src/domain/termijnen';
import { transition, type WorkflowFacts } from '../../src/domain/workflow';
import { BASE_FACTS } from '../support/workflowFacts';

/**
 * Issue 19 (legal review round 2), items 1–8: every expected date below is worked out by hand from the article
 * named in the row (Awb version 2026-07-01, Wet Bibob 2025-07-16, Atw), not taken from the code's output. Counting
 * "binnen N weken na X" = X + 7·N days (../shared/bibob-domain.md §5). Calendar 2027: Koningsdag Tue 27 April,
 * the decreed day Fri 7 May (art. 3 lid 3 Atw, in DEFAULT_DECREED_DAYS).
 */
const holidays = { decreedDays: DEFAULT_DECREED_DAYS };
const noAmbtshalve = { ambtshalve: false };

const verzoek = (changes: Partial<Herstelverzoek> = {}): Herstelverzoek => ({
  verzondenOp: '2027-03-16',
  termijnTot: '2027-03-30',
  aangevuldOp: null,
  aanvulling: null,
  ...changes,
});

describe('item 1 — buiten behandeling is made known within 4 weeks, with the Atw (Awb 4:5 lid 4; Atw art. 1 lid 1, 2)', () => {
  it.each([
    // Term passed unused: last day Tue 30 March 2027; + 28 days = Tue 27 April 2027 = Koningsdag (art. 3 lid 1
    // Atw) → art. 1 lid 1 Atw: the next day that is no Saturday, Sunday or holiday, Wed 28 April 2027.
    ['term lapsed 30 Mar, Koningsdag', verzoek(), '2027-03-31', '2027-04-28'],
    // Completed insufficiently Fri 9 April 2027; + 28 days = Fri 7 May 2027, a decreed day (art. 3 lid 3 Atw),
    // then Sat 8 and Sun 9 May → Mon 10 May 2027.
    ['incomplete completion 9 Apr, decreed day + weekend', verzoek({ aangevuldOp: '2027-04-09', aanvulling: 'onvolledig' }), '2027-04-09', '2027-05-10'],
    // Completed insufficiently Tue 20 April 2027; + 28 days = Tue 18 May 2027, a working day: no Atw.
    ['incomplete completion 20 Apr, working day', verzoek({ aangevuldOp: '2027-04-20', aanvulling: 'onvolledig' }), '2027-04-20', '2027-05-18'],
  ])('%s → made known by %s', (_label, herstel, today, lastDay) => {
    const toets = buitenBehandelingToets([herstel], today, holidays, noAmbtshalve);
    expect(toets.mag && toets.bekendmakenUiterlijk.date).toBe(lastDay);
    // The dossier page's proposal and the letter check use this same date.
    expect(buitenBehandelingVoorstel([herstel], today, holidays)?.bekendmakenUiterlijk.date).toBe(lastDay);
  });

  it('lets the letter be made on the Atw-extended last day (Wed 28 April 2027), where 30 March + 4 weeks alone would refuse it', () => {
    expect(buitenBehandelingProblemen([verzoek()], '2027-04-28', holidays, noAmbtshalve)).toEqual([]);
    const toets = buitenBehandelingToets([verzoek()], '2027-04-28', holidays, noAmbtshalve);
    expect(toets.mag && toets.teLaat).toBeNull();
  });

  it('after the last day it warns and says why, but does not block: the Awb attaches no sanction to a late decision', () => {
    // Thu 29 April 2027 is the day after Wed 28 April.
    expect(buitenBehandelingProblemen([verzoek()], '2027-04-29', holidays, noAmbtshalve)).toEqual([]);
    const toets = buitenBehandelingToets([verzoek()], '2027-04-29', holidays, noAmbtshalve);
    expect(toets.mag && toets.teLaat).toMatch(/uiterlijk op 28 april 2027 bekendgemaakt.*art\. 4:5 lid 4 Awb.*geen gevolg/);
    expect(buitenBehandelingVoorstel([verzoek()], '2027-04-29', holidays)?.toelichting).toMatch(/28 april 2027/);
  });
});

describe('item 2 — buiten behandeling only when Awb 4:5 lid 1 allows it', () => {
  it.each([
    // Lid 1: "mits de aanvrager de gelegenheid heeft gehad de aanvraag binnen een … gestelde termijn aan te vullen".
    ['no herstelverzoek at all', [], '2027-04-01', /alleen na een herstelverzoek met een termijn/],
    // The term runs through Tue 30 March 2027: on that day the applicant may still complete.
    ['term still running on its last day', [verzoek()], '2027-03-30', /loopt nog tot en met 30 maart 2027/],
    // A completion recorded as volledig: the ground of lid 1 sub c (insufficient data) is gone.
    ['completed fully on 25 March', [verzoek({ aangevuldOp: '2027-03-25', aanvulling: 'volledig' })], '2027-04-01', /volledig aangevuld/],
    // The latest herstelverzoek counts: an earlier lapsed one does not outlive a later complete completion.
    [
      'an earlier lapsed one, then a complete completion',
      [verzoek({ verzondenOp: '2027-02-01', termijnTot: '2027-02-15' }), verzoek({ aangevuldOp: '2027-03-25', aanvulling: 'volledig' })],
      '2027-04-01',
      /volledig aangevuld/,
    ],
  ] as const)('refused: %s', (_label, verzoeken, today, message) => {
    const toets = buitenBehandelingToets(verzoeken, today, holidays, noAmbtshalve);
    expect(toets.mag).toBe(false);
    expect(!toets.mag && toets.melding).toMatch(message);
    expect(buitenBehandelingProblemen(verzoeken, today, holidays, noAmbtshalve)).toHaveLength(1);
  });

  it.each([
    ['the term passed unused (the day after 30 March)', verzoek(), '2027-03-31', 'termijn-ongebruikt-verstreken'],
    ['an insufficient completion, even within the term', verzoek({ aangevuldOp: '2027-03-25', aanvulling: 'onvolledig' }), '2027-03-25', 'onvolledig-aangevuld'],
  ] as const)('allowed: %s', (_label, herstel, today, reden) => {
    const toets = buitenBehandelingToets([herstel], today, holidays, noAmbtshalve);
    expect(toets.mag && toets.reden).toBe(reden);
  });

  const base = BASE_FACTS;

  it.each([
    ['volledigheid', { buitenBehandelingBeletsel: 'De aanvraag is op 25 maart 2027 volledig aangevuld.' }, false, /volledig aangevuld/],
    ['vragenformulier-uitgezet', { buitenBehandelingBeletsel: 'Buiten behandeling stellen kan alleen na een herstelverzoek met een termijn (art. 4:5 lid 1 Awb).' }, false, /herstelverzoek/],
    // Art. 7a lid 8 Wet Bibob: a suspected withdrawal because of the investigation is reported to the LBB first.
    ['volledigheid', { withdrawalSuspected: true }, false, /eerst een melding \(art\. 7a lid 8 Wet Bibob\)/],
    ['volledigheid', { withdrawalSuspected: true, meldingLbbRecorded: true }, true, null],
    ['volledigheid', {}, true, null],
  ] as const)('the workflow from %s to buiten behandeling with %o: allowed %s', (from, changes, allowed, message) => {
    const outcome = transition(from, { to: 'buiten-behandeling' }, { ...base, ...changes });
    expect(outcome.ok).toBe(allowed);
    if (!outcome.ok && message) expect(outcome.message).toMatch(message);
  });
});

describe('item 3 — no buiten behandeling in a revocation (no aanvraag; Wet Bibob art. 4 lid 1)', () => {
  it('is refused whatever the herstel history, and the refusal names art. 4 lid 1 Wet Bibob', () => {
    const toets = buitenBehandelingToets([verzoek()], '2027-04-01', holidays, { ambtshalve: true });
    expect(toets.mag).toBe(false);
    expect(!toets.mag && toets.melding).toMatch(/intrekking.*geen aanvraag.*art\. 4 lid 1 Wet Bibob/);
    expect(buitenBehandelingVoorstel([verzoek()], '2027-04-01', holidays, { ambtshalve: true })).toBeNull();
  });
});

function redelijk(changes: Partial<DeadlineInput>): DeadlineInput {
  return { receivedOn: '2027-01-04', term: REDELIJKE_TERMIJN, suspensions: [], extension: null, holidays, today: '2027-01-05', ...changes };
}

describe('item 4 — the last day for the 4:14 lid 3 notice: Atw and Awb 4:15, one computation for engine and letter', () => {
  it.each([
    // Received Tue 2 March 2027; 8 weeks (Awb 4:13 lid 2) = Tue 27 April 2027 = Koningsdag → Atw art. 1 lid 1 →
    // Wed 28 April 2027.
    ['received 2 Mar, ends on Koningsdag', redelijk({ receivedOn: '2027-03-02', today: '2027-03-03' }), '2027-04-28'],
    // Received Mon 4 Jan 2027 → Mon 1 March 2027. Herstelverzoek Mon 18 Jan (term 1 Feb), completed Tue 26 Jan:
    // suspended 19–25 Jan = 7 days (Awb 4:15 lid 1 sub a, completion day not suspended) → Mon 8 March 2027.
    [
      'herstel suspends 7 days',
      redelijk({ suspensions: [{ kind: 'herstel', invitedOn: '2027-01-18', termEndsOn: '2027-02-01', completedOn: '2027-01-26' }], today: '2027-02-01' }),
      '2027-03-08',
    ],
    // Received Mon 4 Jan 2027; written consent to a delay 1–10 Feb 2027 (Awb 4:15 lid 2 sub a), 10 days → Thu 11 March 2027.
    ['consent suspends 10 days', redelijk({ suspensions: [{ kind: 'instemming-aanvrager', from: '2027-02-01', to: '2027-02-10' }], today: '2027-02-11' }), '2027-03-11'],
  ])('%s → %s', (_label, input, lastDay) => {
    expect(decisionDeadline(input).mededelingUiterlijk).toBe(lastDay);
  });

  it('a statutory term has no 4:14 lid 3 notice date', () => {
    expect(decisionDeadline({ ...redelijk({}), term: OMGEVINGSVERGUNNING_TERM }).mededelingUiterlijk).toBeNull();
  });

  it.each([
    // The engine's date for receipt 2 March 2027 is Wed 28 April: the notice can still be made that day …
    ['2027-04-28', []],
    // … and is refused the day after, naming that same date (receipt + 8 weeks alone would say 27 April).
    ['2027-04-29', [expect.stringMatching(/uiterlijk op 28 april 2027 \(art\. 4:13 lid 2 en 4:14 lid 3 Awb\)/)]],
  ])('the letter check on %s uses the engine date', (vandaag, problemen) => {
    const mededelingUiterlijk = decisionDeadline(redelijk({ receivedOn: '2027-03-02', today: vandaag })).mededelingUiterlijk;
    expect(termijnNietHaalbaarProblemen({ termijn: 'redelijk', ontvangenOp: '2027-03-02', uitersteBeslisdatum: null, mededelingUiterlijk, vandaag, nieuweDatum: '2027-06-30' })).toEqual(problemen);
  });
});

describe('item 5 — art. 31 and the redelijke termijn: the setting and the recorded notice reach the engine', () => {
  // Received Mon 4 Jan 2027 → backstop Mon 1 March 2027. LBB asked Mon 18 Jan, advice in Mon 1 Feb: art. 31 counts
  // 18 Jan–1 Feb, request day and receipt day included = 15 days → with that suspension Tue 16 March 2027.
  const lbb: SuspensionEvent = { kind: 'lbb-advies', requestedOn: '2027-01-18', receivedOn: '2027-02-01', lbbWaitingDays: 0, extensionWeeks: 0 };

  it.each([
    // Default (art. 31 counted, with the warning): backstop 16 March, but the safe notice date is 1 March.
    ['default', undefined, '2027-03-16', '2027-03-01'],
    ['art. 31 counted', true, '2027-03-16', '2027-03-01'],
    // Not counted: backstop and notice date are both Mon 1 March 2027.
    ['art. 31 not counted', false, '2027-03-01', '2027-03-01'],
  ])('%s: backstop %s, notice by %s', (_label, art31, deadline, notice) => {
    const result = decisionDeadline(redelijk({ suspensions: [lbb], today: '2027-02-20', ...(art31 === undefined ? {} : { settings: { art31SuspendsRedelijkeTermijn: art31 } }) }));
    expect(result.deadline).toBe(deadline);
    expect(result.mededelingUiterlijk).toBe(notice);
    if (art31 !== false) expect(result.warnings.find((w) => w.code === 'ART31_REDELIJKE_TERMIJN_ONZEKER')?.message).toMatch(/uiterlijk maandag 1 maart 2027 de mededeling/);
  });

  it('a notice recorded in time replaces the reminder; one after the safe date is late', () => {
    const inTime = decisionDeadline(redelijk({ suspensions: [lbb], today: '2027-02-20', mededelingRedelijkeTermijn: { sentOn: '2027-02-19', expectedBy: '2027-04-30' } }));
    expect(inTime.warnings.map((w) => w.code)).not.toContain('AWB_4_14_LID_3_MEDEDELING');
    // Sent Tue 2 March 2027: after the safe date of Mon 1 March.
    const late = decisionDeadline(redelijk({ suspensions: [lbb], today: '2027-03-02', mededelingRedelijkeTermijn: { sentOn: '2027-03-02', expectedBy: '2027-04-30' } }));
    expect(late.warnings.map((w) => w.code)).toContain('MEDEDELING_4_14_LID_3_TE_LAAT');
  });
});

describe('item 6 — the LBB extension is the notice of art. 15 lid 3, given within the eight weeks', () => {
  // Omgevingsvergunning received Mon 4 Jan 2027 → 8 weeks (Ow 16.64 lid 1) = Mon 1 March 2027. LBB asked Mon 11 Jan
  // 2027; its eight weeks (art. 15 lid 1, from the day after the request) end Mon 8 March 2027. The art. 31
  // suspension starts on the request day: 56 days = 11 Jan–Sun 7 March; with 4 weeks' extension 84 days = 11 Jan–
  // Sun 4 April. Advice received Tue 20 April 2027, after both caps.
  const lbb = (extensionNoticeOn: string | null): SuspensionEvent => ({ kind: 'lbb-advies', requestedOn: '2027-01-11', receivedOn: '2027-04-20', lbbWaitingDays: 0, extensionWeeks: 4, extensionNoticeOn });
  const input = (event: SuspensionEvent): DeadlineInput => ({ receivedOn: '2027-01-04', term: OMGEVINGSVERGUNNING_TERM, suspensions: [event], extension: null, holidays, today: '2027-04-21' });

  it.each([
    // Notice on the last day of the eight weeks: 84 suspended days → 1 March + 84 = Mon 24 May 2027.
    ['notice Mon 8 March (in time)', '2027-03-08', '2027-05-24', '2027-04-04', false],
    // Notice the day after: the suspension ended at the cap of 56 days → 1 March + 56 = Mon 26 April 2027.
    ['notice Tue 9 March (late)', '2027-03-09', '2027-04-26', '2027-03-07', true],
    // An extension recorded without its notice date (older records) counts as in time.
    ['notice date unknown', null, '2027-05-24', '2027-04-04', false],
  ])('%s → deadline %s, suspension through %s', (_label, noticeOn, deadline, lastSuspended, warned) => {
    const result = decisionDeadline(input(lbb(noticeOn)));
    expect(result.deadline).toBe(deadline);
    expect(lbbSuspensionLastDay(lbb(noticeOn) as Extract<SuspensionEvent, { kind: 'lbb-advies' }>)).toBe(lastSuspended);
    const warning = result.warnings.find((w) => w.code === 'LBB_VERLENGING_NA_ACHT_WEKEN');
    expect(warning !== undefined).toBe(warned);
    if (warning) expect(warning.message).toMatch(/pas op 9 maart 2027, na afloop van zijn acht weken op 8 maart 2027.*eindigde op 7 maart 2027/);
  });
});

describe('item 7 — one verdaging, never longer than the maximum, not before receipt (Ow 16.64 lid 2; APV)', () => {
  const ow = { maxWeeks: 6, legalBasis: 'art. 16.64 lid 2 Omgevingswet' };
  const apv = { maxWeeks: 8, legalBasis: 'verdaging volgens de APV' };
  it.each([
    ['a second verdaging', ow, true, { weeks: 2, decidedOn: '2027-02-15' }, 'soort', /maar één keer/],
    // Ow 16.64 lid 2: "ten hoogste zes weken" — 7 weeks is refused, not shortened to 6.
    ['7 weeks under the Omgevingswet', ow, false, { weeks: 7, decidedOn: '2027-02-15' }, 'weken', /ten hoogste 6 weken.*ingevuld is 7 weken/],
    ['9 weeks under an APV of 8', apv, false, { weeks: 9, decidedOn: '2027-02-15' }, 'weken', /ten hoogste 8 weken/],
    // Received Mon 4 Jan 2027: a decision of Sun 3 Jan cannot be made known within the running term.
    ['decided before receipt', ow, false, { weeks: 6, decidedOn: '2027-01-03' }, 'besluitOp', /vóór de ontvangst van de aanvraag \(4 januari 2027\)/],
  ] as const)('refused: %s, at its field', (_label, extension, already, verdaging, field, message) => {
    const refusal = verdagingRefusal(extension, already, verdaging, '2027-01-04');
    expect(refusal?.field).toBe(field);
    expect(refusal?.message).toMatch(message);
  });

  it.each([
    ['6 weeks under the Omgevingswet', ow, { weeks: 6, decidedOn: '2027-02-15' }],
    ['8 weeks under an APV of 8', apv, { weeks: 8, decidedOn: '2027-01-04' }],
  ])('allowed: %s', (_label, extension, verdaging) => {
    expect(verdagingRefusal(extension, false, verdaging, '2027-01-04')).toBeNull();
  });
});

describe('item 8 — the art. 32 notice: its maximum from the engine, and a warning while it is missing', () => {
  // LBB asked Mon 11 Jan 2027; the request day is the first suspended day (art. 31).
  const event = (changes: Partial<Extract<SuspensionEvent, { kind: 'lbb-advies' }>>) =>
    ({ kind: 'lbb-advies', requestedOn: '2027-01-11', receivedOn: null, lbbWaitingDays: 0, extensionWeeks: 0, ...changes }) as Extract<SuspensionEvent, { kind: 'lbb-advies' }>;
  it.each([
    // 8 weeks = 56 days from 11 Jan inclusive → Sun 7 March 2027.
    ['8 weeks', event({}), '2027-03-07'],
    // + 5 days the LBB waited for data (art. 15 lid 2) → 61 days → Fri 12 March 2027.
    ['8 weeks + 5 waiting days', event({ lbbWaitingDays: 5 }), '2027-03-12'],
    // + 5 waiting days; the eight weeks then end 11 Jan + 56 + 5 = Sat 13 March; notice that day is in time:
    // 89 days → Fri 9 April 2027.
    ['waiting days and an extension announced on 13 March', event({ lbbWaitingDays: 5, extensionWeeks: 4, extensionNoticeOn: '2027-03-13' }), '2027-04-09'],
    // Announced Sun 14 March: after the eight weeks, so no extension of the suspension → Fri 12 March 2027.
    ['an extension announced after the eight weeks', event({ lbbWaitingDays: 5, extensionWeeks: 4, extensionNoticeOn: '2027-03-14' }), '2027-03-12'],
  ])('%s → suspended at most through %s', (_label, lbb, lastDay) => {
    expect(lbbSuspensionLastDay(lbb)).toBe(lastDay);
  });

  const request = (changes: Partial<Informatieverzoek>): Informatieverzoek => ({
    id: 'v1',
    geadresseerde: 'lbb',
    geadresseerdeNaam: '',
    betrokkeneIds: ['b1'],
    vragen: 'Advies over de mate van gevaar.',
    status: 'verzonden',
    verzondenOp: '2027-01-11',
    uiterlijkOp: '2027-03-08',
    antwoord: null,
    lbb: { gegevensverzoeken: [], verlenging: null, betrokkeneGeinformeerdOp: null },
    ...changes,
  });
  it.each([
    ['asked, notice not recorded', [request({})], /11 januari 2027 om advies gevraagd.*art\. 32 Wet Bibob.*vóór het besluit of het afsluiten/],
    ['asked, notice recorded', [request({ lbb: { gegevensverzoeken: [], verlenging: null, betrokkeneGeinformeerdOp: '2027-01-12' } })], null],
    ['request withdrawn', [request({ status: 'ingetrokken' })], null],
    ['not sent yet', [request({ status: 'concept', verzondenOp: null, uiterlijkOp: null })], null],
  ])('%s', (_label, verzoeken, message) => {
    const warning = lbbNoticeWarning(verzoeken);
    if (message === null) expect(warning).toBeNull();
    else expect(warning?.message).toMatch(message);
  });
});

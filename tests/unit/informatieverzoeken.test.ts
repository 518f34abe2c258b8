import { describe, expect, it } from 'vitest';
import {
  answerProblems,
  defaultDueDate,
  extendProblems,
  isOverdue,
  lbbAdviceAuthority,
  lbbAdviceDue,
  lbbExtensionProblems,
  lbbNoticeDue,
  lbbSendProblems,
  lbbSuspension,
  lbbWaitingDays,
  newRequestProblems,
  sendProblems,
  transitionRefusal,
  type Informatieverzoek,
  type VerzoekStatus,
} from '../../src/domain/informatieverzoeken';
import { decisionDeadline, OMGEVINGSVERGUNNING_TERM, DEFAULT_HOLIDAY_DATA } from '../../src/domain/termijnen';

const lbbRequest = (changes: Partial<Informatieverzoek> = {}): Informatieverzoek => ({
  id: 'v1',
  geadresseerde: 'lbb',
  geadresseerdeNaam: '',
  betrokkeneIds: ['b1'],
  vragen: 'Advies over de mate van gevaar.',
  status: 'verzonden',
  verzondenOp: '2027-01-04',
  uiterlijkOp: '2027-03-01',
  antwoord: null,
  lbb: { gegevensverzoeken: [], verlenging: null, betrokkeneGeinformeerdOp: null },
  ...changes,
});

describe('the LBB advice term (art. 15 Wet Bibob)', () => {
  it.each([
    // requested, waiting days, extension weeks, due — worked out by hand: 4 Jan + 56 days = 1 March 2027
    ['2027-01-04', 0, 0, '2027-03-01'],
    ['2027-01-04', 10, 0, '2027-03-11'],
    ['2027-01-04', 0, 4, '2027-03-29'],
    ['2027-01-04', 10, 4, '2027-04-08'],
    // more than the 4 weeks of lid 3 do not count
    ['2027-01-04', 0, 6, '2027-03-29'],
    // across a leap day: 2028-02-01 + 56 = 2028-03-28
    ['2028-02-01', 0, 0, '2028-03-28'],
  ] as const)('asked %s, %i days waiting, %i weeks extension: due %s', (requested, waiting, extension, due) => {
    expect(lbbAdviceDue(requested, waiting, extension)).toBe(due);
  });

  it.each([
    ['one request, received', [{ verzochtOp: '2027-01-10', ontvangenOp: '2027-01-20' }], '2027-02-01', 10],
    ['received the same day: no waiting', [{ verzochtOp: '2027-01-10', ontvangenOp: '2027-01-10' }], '2027-02-01', 0],
    ['two overlapping requests count each day once', [{ verzochtOp: '2027-01-10', ontvangenOp: '2027-01-20' }, { verzochtOp: '2027-01-15', ontvangenOp: '2027-01-25' }], '2027-02-01', 15],
    ['two separate requests add up', [{ verzochtOp: '2027-01-10', ontvangenOp: '2027-01-12' }, { verzochtOp: '2027-01-20', ontvangenOp: '2027-01-23' }], '2027-02-01', 5],
    ['a request still open counts through today', [{ verzochtOp: '2027-02-01', ontvangenOp: null }], '2027-02-03', 3],
  ] as const)('%s', (_label, requests, today, days) => {
    expect(lbbWaitingDays(requests.map((request, index) => ({ id: `g${index}`, omschrijving: 'x', ...request })), today)).toBe(days);
  });

  it('suspends the beslistermijn from the request day through the day the advice is received (art. 31)', () => {
    const answered = lbbRequest({ status: 'beantwoord', antwoord: { ontvangenOp: '2027-02-14', samenvatting: 'Mindere mate van gevaar.' } });
    const suspension = lbbSuspension(answered, '2027-03-01');
    expect(suspension).toEqual({ kind: 'lbb-advies', requestedOn: '2027-01-04', receivedOn: '2027-02-14', lbbWaitingDays: 0, extensionWeeks: 0, extensionNoticeOn: null });
    // Omgevingsvergunning received 4 January 2027 (8 weeks → 1 March); 4 Jan–14 Feb suspended = 42 days → 12 April 2027.
    const result = decisionDeadline({
      receivedOn: '2027-01-04',
      term: OMGEVINGSVERGUNNING_TERM,
      suspensions: [suspension!],
      extension: null,
      holidays: DEFAULT_HOLIDAY_DATA,
      today: '2027-03-01',
    });
    expect(result.deadline).toBe('2027-04-12');
  });

  it.each([
    ['a concept', { status: 'concept' as const, verzondenOp: null }],
    ['a withdrawn request', { status: 'ingetrokken' as const }],
    ['a request to the RIEC', { geadresseerde: 'riec' as const, lbb: null }],
  ])('%s suspends nothing', (_label, changes) => {
    expect(lbbSuspension(lbbRequest(changes), '2027-03-01')).toBeNull();
  });

  it.each([
    ['sent, betrokkene not yet told', {}, true],
    ['told', { lbb: { gegevensverzoeken: [], verlenging: null, betrokkeneGeinformeerdOp: '2027-01-05' } }, false],
    ['still a concept', { status: 'concept' as const, verzondenOp: null }, false],
    ['withdrawn', { status: 'ingetrokken' as const }, false],
  ])('art. 32 notice to the betrokkene — %s: due %s', (_label, changes, due) => {
    expect(lbbNoticeDue(lbbRequest(changes))).toBe(due);
  });

  it.each([
    ['4 weeks, first time', {}, '2027-02-20', 4, []],
    ['5 weeks', {}, '2027-02-20', 5, ['weken']],
    ['0 weeks', {}, '2027-02-20', 0, ['weken']],
    ['a second extension', { lbb: { gegevensverzoeken: [], verlenging: { gemeldOp: '2027-02-01', weken: 2 }, betrokkeneGeinformeerdOp: null } }, '2027-02-20', 2, ['weken']],
    ['announced before the request', {}, '2027-01-03', 2, ['gemeldOp']],
  ] as const)('extension (art. 15 lid 3): %s', (_label, changes, gemeldOp, weken, paths) => {
    expect(lbbExtensionProblems(lbbRequest(changes), gemeldOp, weken).map((problem) => problem.pad)).toEqual(paths);
  });
});

describe('which kinds of decision allow an LBB advice (art. 9 lid 1 Wet Bibob)', () => {
  it.each([
    ['omgevingsvergunning', 'art. 5.31 lid 3 Omgevingswet'],
    ['alcoholwetvergunning', 'art. 27 lid 4 Alcoholwet'],
    ['exploitatievergunning', 'art. 7 lid 2 Wet Bibob'],
  ])('%s: %s', (id, power) => {
    expect(lbbAdviceAuthority(id)).toEqual({ ok: true, bevoegdheid: power });
  });

  it.each([[null], ['subsidie-zonder-bevoegdheid']])('refused when the kind of decision is %s', (id) => {
    const result = lbbAdviceAuthority(id);
    expect(result.ok).toBe(false);
  });

  it('the request needs the power, complete findings of the eigen onderzoek and no other running request', () => {
    expect(lbbSendProblems('omgevingsvergunning', [], false)).toEqual([]);
    const problems = lbbSendProblems(null, ['geen onderzoeksnotitie over J. Jansen'], true);
    expect(problems.map((problem) => problem.pad)).toEqual(['geadresseerde', 'bevindingen', 'geadresseerde']);
    expect(problems[1]!.melding).toContain('art. 7a lid 4');
    expect(problems[1]!.melding).toContain('geen onderzoeksnotitie over J. Jansen');
  });
});

describe('the life of a request', () => {
  const statuses: VerzoekStatus[] = ['concept', 'verzonden', 'verlengd', 'beantwoord', 'ingetrokken'];
  const allowed: Record<VerzoekStatus, VerzoekStatus[]> = {
    concept: ['verzonden'],
    verzonden: ['verlengd', 'beantwoord', 'ingetrokken'],
    verlengd: ['verlengd', 'beantwoord', 'ingetrokken'],
    beantwoord: [],
    ingetrokken: [],
  };
  it.each(statuses.flatMap((from) => statuses.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    const refusal = transitionRefusal(from, to);
    if (allowed[from].includes(to)) expect(refusal).toBeNull();
    else expect(refusal).toMatch(/\S/);
  });

  it.each([
    ['before the due date', '2027-01-31', 'verzonden', false],
    ['on the due date', '2027-02-01', 'verzonden', false],
    ['a day after', '2027-02-02', 'verzonden', true],
    ['extended and late', '2027-02-02', 'verlengd', true],
    ['answered', '2027-03-01', 'beantwoord', false],
  ] as const)('overdue %s', (_label, today, status, overdue) => {
    expect(isOverdue({ status, uiterlijkOp: '2027-02-01' }, today)).toBe(overdue);
  });

  it.each([
    ['riec', '2027-01-04', '2027-02-01'],
    ['justitiele-documentatie', '2027-01-04', '2027-01-18'],
    ['lbb', '2027-01-04', '2027-03-01'],
  ] as const)('a request to %s sent %s is due %s by default', (geadresseerde, sent, due) => {
    expect(defaultDueDate(geadresseerde, sent)).toBe(due);
  });

  it.each([
    ['complete', { geadresseerde: 'riec', geadresseerdeNaam: '', betrokkeneIds: ['b1'], vragen: 'Antecedenten?' }, []],
    ['another bestuursorgaan without its name', { geadresseerde: 'ander-bestuursorgaan', geadresseerdeNaam: ' ', betrokkeneIds: ['b1'], vragen: 'x' }, ['geadresseerdeNaam']],
    ['no betrokkene', { geadresseerde: 'riec', geadresseerdeNaam: '', betrokkeneIds: [], vragen: 'x' }, ['betrokkeneIds']],
    ['a betrokkene of another dossier', { geadresseerde: 'riec', geadresseerdeNaam: '', betrokkeneIds: ['b9'], vragen: 'x' }, ['betrokkeneIds']],
    ['no question', { geadresseerde: 'riec', geadresseerdeNaam: '', betrokkeneIds: ['b1'], vragen: '  ' }, ['vragen']],
  ] as const)('a new request: %s', (_label, input, paths) => {
    expect(newRequestProblems(input, new Set(['b1', 'b2'])).map((problem) => problem.pad)).toEqual(paths);
  });

  it('refuses a due date before sending, an earlier new due date, an LBB due date set by hand, and an answer before sending', () => {
    expect(sendProblems({ verzondenOp: '2027-01-04', uiterlijkOp: '2027-01-03' }).map((p) => p.pad)).toEqual(['uiterlijkOp']);
    expect(sendProblems({ verzondenOp: '2027-01-04', uiterlijkOp: '2027-01-04' })).toEqual([]);
    const riec = lbbRequest({ geadresseerde: 'riec', lbb: null, uiterlijkOp: '2027-02-01' });
    expect(extendProblems(riec, '2027-02-01').map((p) => p.pad)).toEqual(['uiterlijkOp']);
    expect(extendProblems(riec, '2027-02-15')).toEqual([]);
    expect(extendProblems(lbbRequest(), '2027-04-01')[0]!.melding).toContain('art. 15 lid 3');
    expect(answerProblems(riec, '2027-01-03', 'x').map((p) => p.pad)).toEqual(['ontvangenOp']);
    expect(answerProblems(riec, '2027-01-10', ' ').map((p) => p.pad)).toEqual(['samenvatting']);
  });
});

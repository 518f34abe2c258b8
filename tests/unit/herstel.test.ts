import { describe, expect, it } from 'vitest';
import { buitenBehandelingVoorstel, herstelSuspension, herstelverzoekProblem, proposeHersteltermijn, type Herstelverzoek } from '../../src/domain/herstel';
import { DEFAULT_DECREED_DAYS, decisionDeadline, OMGEVINGSVERGUNNING_TERM } from '../../src/domain/termijnen';

const holidays = { decreedDays: DEFAULT_DECREED_DAYS };

describe('hersteltermijn proposal (§5: never propose a term ending on a non-working day)', () => {
  it.each([
    // Mon 18 Jan 2027 + 2 weeks = Mon 1 Feb 2027, a working day.
    ['2027-01-18', 2, '2027-02-01'],
    // Fri 16 Apr 2027 + 2 weeks = Fri 30 Apr 2027, a working day.
    ['2027-04-16', 2, '2027-04-30'],
    // Tue 13 Apr 2027 + 2 weeks = Tue 27 Apr 2027, Koningsdag → Wed 28 Apr 2027.
    ['2027-04-13', 2, '2027-04-28'],
    // Thu 22 Apr 2027 + 2 weeks = Thu 6 May 2027, Hemelvaartsdag; Fri 7 May 2027 decreed; → Mon 10 May 2027.
    ['2027-04-22', 2, '2027-05-10'],
    // Sat 2 Jan 2027 + 1 week = Sat 9 Jan 2027 → Mon 11 Jan 2027.
    ['2027-01-02', 1, '2027-01-11'],
  ])('sent %s, %i weeks → %s', (sent, weeks, end) => {
    expect(proposeHersteltermijn(sent, weeks, holidays)).toBe(end);
  });

  it('refuses a term that does not end after the day of sending', () => {
    expect(herstelverzoekProblem({ verzondenOp: '2027-01-18', termijnTot: '2027-01-18' })).toMatch(/na de dag van verzending/);
    expect(herstelverzoekProblem({ verzondenOp: '2027-01-18', termijnTot: '2027-02-01' })).toBeNull();
  });
});

describe('herstel suspends the beslistermijn (Awb 4:15 lid 1 sub a)', () => {
  const received = '2027-01-04';
  const deadline = (verzoek: Herstelverzoek, today = '2027-01-20') =>
    decisionDeadline({ receivedOn: received, term: OMGEVINGSVERGUNNING_TERM, suspensions: [herstelSuspension(verzoek)], extension: null, holidays, today });

  it('completed on 26 January: 19–25 January suspended, 8 March 2027 (the worked example of §5)', () => {
    expect(deadline({ verzondenOp: '2027-01-18', termijnTot: '2027-02-01', aangevuldOp: '2027-01-26', aanvulling: 'volledig' }).deadline).toBe('2027-03-08');
  });

  it('term passing unused: 19 January through 1 February suspended (14 days) → 15 March 2027', () => {
    // 1 March 2027 + 14 days = Monday 15 March 2027.
    expect(deadline({ verzondenOp: '2027-01-18', termijnTot: '2027-02-01', aangevuldOp: null, aanvulling: null }, '2027-02-10').deadline).toBe('2027-03-15');
  });
});

describe('buiten behandeling (Awb 4:5 lid 1 and 4)', () => {
  const verzoek: Herstelverzoek = { verzondenOp: '2027-01-18', termijnTot: '2027-02-01', aangevuldOp: null, aanvulling: null };

  it('is not proposed while the term runs, nor after a complete completion', () => {
    expect(buitenBehandelingVoorstel(verzoek, '2027-02-01', holidays)).toBeNull();
    expect(buitenBehandelingVoorstel({ ...verzoek, aangevuldOp: '2027-01-26', aanvulling: 'volledig' }, '2027-03-01', holidays)).toBeNull();
  });

  it('is proposed the day after the term passed unused, to be made known within 4 weeks: 1 Feb + 28 days = Mon 1 March 2027', () => {
    const voorstel = buitenBehandelingVoorstel(verzoek, '2027-02-02', holidays);
    expect(voorstel?.reden).toBe('termijn-ongebruikt-verstreken');
    expect(voorstel?.bekendmakenUiterlijk.date).toBe('2027-03-01');
    expect(voorstel?.legalBasis).toMatch(/4:5/);
  });

  it('is proposed after an incomplete completion: completed Fri 29 Jan 2027 + 28 days = Fri 26 Feb 2027', () => {
    const voorstel = buitenBehandelingVoorstel({ ...verzoek, aangevuldOp: '2027-01-29', aanvulling: 'onvolledig' }, '2027-01-29', holidays);
    expect(voorstel?.reden).toBe('onvolledig-aangevuld');
    expect(voorstel?.bekendmakenUiterlijk.date).toBe('2027-02-26');
  });
});

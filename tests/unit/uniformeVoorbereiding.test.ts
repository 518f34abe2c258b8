import { describe, expect, it } from 'vitest';
import { addMonths, decisionDeadline, DEFAULT_DECREED_DAYS, UNIFORME_VOORBEREIDING_TERM, type DeadlineInput } from '../../src/domain/termijnen';

/*
 * The uniforme openbare voorbereidingsprocedure (Awb afd. 3.4; issue 19 item 10). Awb 3:18 lid 1: "Indien het een
 * besluit op aanvraag betreft, neemt het bestuursorgaan het besluit zo spoedig mogelijk, doch uiterlijk zes maanden
 * na ontvangst van de aanvraag." Atw art. 4 sub a: the Atw "geldt niet voor termijnen omschreven ... in meer dan
 * drie maanden", so a last day on a weekend stays where it is. Every date below was counted by hand.
 */
const input = (overrides: Partial<DeadlineInput> & Pick<DeadlineInput, 'receivedOn'>): DeadlineInput => ({
  term: UNIFORME_VOORBEREIDING_TERM,
  suspensions: [],
  extension: null,
  holidays: { decreedDays: DEFAULT_DECREED_DAYS },
  today: overrides.receivedOn,
  ...overrides,
});

describe('six months after receipt (Awb 3:18 lid 1)', () => {
  it.each([
    // Mon 4 Jan 2027 + 6 months = 4 Jul 2027; Jan 4 → Jul 4 is 181 days, 181 = 25·7 + 6: Monday + 6 = Sunday.
    // Not moved to Monday 5 July: no Atw for a term of more than three months.
    ['received Monday 4 January 2027: Sunday 4 July 2027, not moved', input({ receivedOn: '2027-01-04' }), '2027-07-04', 0],
    // Tue 31 Aug 2027 + 6 months: February 2028 has no 31st; 2028 is a leap year → Tuesday 29 February 2028.
    ['received 31 August 2027: the last day of February 2028 (29, a leap year)', input({ receivedOn: '2027-08-31' }), '2028-02-29', 0],
    // Herstel as in the domain reference's worked example: invited Mon 18 Jan, completed Tue 26 Jan → suspended
    // 19–25 Jan, 7 days (Awb 4:15 lid 1 sub a) → Sun 4 Jul + 7 = Sunday 11 July 2027.
    [
      'a herstel of 7 days moves it to Sunday 11 July 2027',
      input({ receivedOn: '2027-01-04', suspensions: [{ kind: 'herstel', invitedOn: '2027-01-18', termEndsOn: '2027-02-01', completedOn: '2027-01-26' }] }),
      '2027-07-11',
      7,
    ],
  ] as const)('%s', (_label, deadlineInput, deadline, suspendedDays) => {
    const result = decisionDeadline(deadlineInput);
    expect(result.deadline).toBe(deadline);
    expect(result.suspendedDays).toBe(suspendedDays);
    expect(result.legalBasis).toContain('art. 3:18 lid 1 Awb');
  });

  it('explains the six months and why the Atw does not move the Sunday', () => {
    const result = decisionDeadline(input({ receivedOn: '2027-01-04' }));
    expect(result.explanation).toContain('6 maanden na ontvangst op 4 januari 2027 (art. 3:18 lid 1 Awb)');
    expect(result.steps.map((step) => step.description).join(' ')).toContain('niet van toepassing op een termijn van meer dan drie maanden');
    expect(result.steps.map((step) => step.legalBasis)).toContain('art. 4 sub a Algemene termijnenwet');
  });

  it.each([
    ['2027-01-31', 1, '2027-02-28'], // no 31 February in 2027
    ['2027-03-15', 6, '2027-09-15'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2027-12-31', 6, '2028-06-30'],
  ])('%s + %i months = %s', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });
});

import { describe, expect, it } from 'vitest';
import { decisionDeadline, DEFAULT_DECREED_DAYS, OMGEVINGSVERGUNNING_TERM } from '../../src/domain/termijnen';

/*
 * Awb 4:17 lid 1: "Indien een beschikking op aanvraag niet tijdig wordt gegeven, verbeurt het bestuursorgaan aan de
 * aanvrager een dwangsom voor elke dag dat het in gebreke is". The bestuursorgaan forfeits it, the aanvrager receives
 * it (issue 19 item 16): the overdue warning must not say it the other way round.
 */
describe('the overdue warning names who forfeits the dwangsom (Awb 4:17 lid 1)', () => {
  // Received Mon 4 Jan 2027; 8 weeks → Mon 1 Mar 2027 (Ow 16.64 lid 1); today Fri 5 Mar: overdue.
  const result = decisionDeadline({ receivedOn: '2027-01-04', today: '2027-03-05', term: OMGEVINGSVERGUNNING_TERM, suspensions: [], extension: null, holidays: { decreedDays: DEFAULT_DECREED_DAYS } });
  const overdue = result.warnings.find((warning) => warning.code === 'OVERDUE');

  it('the bestuursorgaan forfeits it to the aanvrager', () => {
    expect(overdue?.message).toContain('verbeurt het bestuursorgaan een dwangsom aan de aanvrager');
    expect(overdue?.message).toContain('art. 4:17 lid 1 Awb');
  });

  it('never the aanvrager forfeiting it', () => {
    expect(overdue?.message).not.toMatch(/aanvrager een dwangsom verbeur/);
  });
});

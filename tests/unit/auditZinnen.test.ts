import { describe, expect, it } from 'vitest';
import { actionSentence, detailLines } from '../../src/domain/auditZinnen';

describe('the audit trail in Dutch sentences', () => {
  it.each([
    ['dossier.aangemaakt', 'C. Grasmuis maakte het dossier aan.'],
    ['herstel.ingetrokken', 'C. Grasmuis trok een herstelverzoek in.'],
    ['lbb.betrokkene-geinformeerd', 'C. Grasmuis legde de mededeling van art. 32 Wet Bibob vast.'],
    // An action the table does not (yet) name is read from its code, never dropped.
    ['verzoek.antwoord-gecorrigeerd', 'C. Grasmuis — verzoek: antwoord gecorrigeerd.'],
  ])('%s → %s', (action, sentence) => {
    expect(actionSentence('C. Grasmuis', action)).toBe(sentence);
  });

  it('leaves out ids that are not named so, such as the two ends of a relation', () => {
    expect(
      detailLines({
        van: '6e6f044f-eb03-436a-9ef1-b038ab1b5b33',
        naar: ['2c19453c-0ddd-43ad-9baa-c23dfb64c19a', null],
        soort: 'ubo-van',
        percentage: 100,
      }),
    ).toEqual(['soort: ubo-van', 'percentage: 100']);
  });

  it('shows a change as old → new, a first value as the value, a cleared one as (leeg), yes/no in Dutch; leaves ids and unchanged fields out', () => {
    expect(
      detailLines({
        betrokkeneId: 'b-1',
        aanvragerNaam: ['Eetcafe De Leew B.V.', 'Eetcafé De Leeuw B.V.'],
        kvkNummer: [null, '12345678'],
        adres: ['Markt 1', null],
        notities: [null, null],
        rol: ['bestuurder', 'bestuurder'],
        ontvangenOp: ['2026-10-05', '2026-10-06'],
        bevestigd: true,
        reden: 'Tikfout',
      }),
    ).toEqual([
      'aanvrager naam: Eetcafe De Leew B.V. → Eetcafé De Leeuw B.V.',
      'kvk nummer: 12345678',
      'adres: Markt 1 → (leeg)',
      'ontvangen op: 5 oktober 2026 → 6 oktober 2026',
      'bevestigd: ja',
      'reden: Tikfout',
    ]);
  });
});

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

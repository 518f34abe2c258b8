import { describe, expect, it } from 'vitest';
import { datumProblemen, datumRegels, type DatumFeiten } from '../../src/domain/datumregels';
import { DEFAULT_HOLIDAY_DATA } from '../../src/domain/termijnen/holidays';
import { isCallName } from '../../src/contract';

// Today is Tuesday 1 December 2026 in every row. 5 December 2026 is a Saturday, 6 December a Sunday, 25 December
// eerste Kerstdag (Atw art. 3 lid 1).
const VANDAAG = '2026-12-01';

interface Row {
  readonly rule: string;
  readonly call: string;
  readonly input: unknown;
  readonly feiten?: DatumFeiten;
  /** The field refused and a part of its message; null when the input is plausible. */
  readonly refused: { readonly pad: string; readonly says: string } | null;
}

const rows: Row[] = [
  // The application
  { rule: 'receipt of the application today', call: 'dossiers.create', input: { ontvangenOp: '2026-12-01' }, refused: null },
  { rule: 'receipt of the application in the future', call: 'dossiers.create', input: { ontvangenOp: '2026-12-02' }, refused: { pad: 'ontvangenOp', says: 'De ontvangstdatum van de aanvraag ligt na vandaag (1 december 2026)' } },
  { rule: 'receipt corrected into the future', call: 'dossiers.update', input: { details: { ontvangenOp: '2027-01-04' } }, refused: { pad: 'details.ontvangenOp', says: 'na vandaag (1 december 2026)' } },
  // The vragenformulier
  { rule: 'form sent after receipt', call: 'vragenformulier.send', input: { verzondenOp: '2026-09-02' }, feiten: { aanvraagOntvangen: '2026-09-01' }, refused: null },
  { rule: 'form sent on the day of receipt', call: 'vragenformulier.send', input: { verzondenOp: '2026-09-01' }, feiten: { aanvraagOntvangen: '2026-09-01' }, refused: null },
  { rule: 'form sent before the application was received', call: 'vragenformulier.send', input: { verzondenOp: '2026-08-31' }, feiten: { aanvraagOntvangen: '2026-09-01' }, refused: { pad: 'verzondenOp', says: 'ligt vóór de ontvangst van de aanvraag (1 september 2026)' } },
  { rule: 'form sent in the future', call: 'vragenformulier.send', input: { verzondenOp: '2026-12-03' }, feiten: { aanvraagOntvangen: '2026-09-01' }, refused: { pad: 'verzondenOp', says: 'na vandaag' } },
  { rule: 'form received before it was sent', call: 'vragenformulier.recordReceived', input: { ontvangenOp: '2026-09-10' }, feiten: { vragenformulierVerzonden: '2026-09-15' }, refused: { pad: 'ontvangenOp', says: 'ligt vóór de verzending van het vragenformulier (15 september 2026)' } },
  { rule: 'form received after it was sent', call: 'vragenformulier.recordReceived', input: { ontvangenOp: '2026-10-01' }, feiten: { vragenformulierVerzonden: '2026-09-15' }, refused: null },
  // Herstel (Awb 4:5)
  { rule: 'herstelverzoek before the form came back', call: 'herstel.register', input: { verzondenOp: '2026-08-31', termijnTot: '2026-12-14' }, feiten: { aanvraagOntvangen: '2026-08-01', vragenformulierOntvangen: '2026-09-01' }, refused: { pad: 'verzondenOp', says: 'Het herstelverzoek ligt vóór de ontvangst van het vragenformulier (1 september 2026)' } },
  { rule: 'herstelverzoek after the form came back, term on a Monday', call: 'herstel.register', input: { verzondenOp: '2026-11-16', termijnTot: '2026-12-14' }, feiten: { vragenformulierOntvangen: '2026-09-01' }, refused: null },
  { rule: 'hersteltermijn ending on a Saturday', call: 'herstel.register', input: { verzondenOp: '2026-11-16', termijnTot: '2026-12-05' }, refused: { pad: 'termijnTot', says: 'valt op 5 december 2026, een zaterdag' } },
  { rule: 'hersteltermijn ending on eerste Kerstdag', call: 'herstel.register', input: { verzondenOp: '2026-11-16', termijnTot: '2026-12-25' }, refused: { pad: 'termijnTot', says: 'Kerstdag' } },
  { rule: 'hersteltermijn ending on the day it was sent', call: 'herstel.register', input: { verzondenOp: '2026-11-16', termijnTot: '2026-11-16' }, refused: { pad: 'termijnTot', says: 'valt op de verzending van het herstelverzoek' } },
  { rule: 'completion before the herstelverzoek', call: 'herstel.recordCompletion', input: { aangevuldOp: '2026-11-10' }, feiten: { herstelVerzonden: '2026-11-16' }, refused: { pad: 'aangevuldOp', says: 'ligt vóór de verzending van het herstelverzoek (16 november 2026)' } },
  { rule: 'completion in the future', call: 'herstel.recordCompletion', input: { aangevuldOp: '2026-12-10' }, feiten: { herstelVerzonden: '2026-11-16' }, refused: { pad: 'aangevuldOp', says: 'na vandaag' } },
  // Requests to the RIEC and the LBB
  { rule: 'RIEC answer in the future', call: 'verzoeken.recordAnswer', input: { ontvangenOp: '2026-12-08' }, feiten: { verzoekVerzonden: '2026-10-01' }, refused: { pad: 'ontvangenOp', says: 'De ontvangstdatum van het antwoord ligt na vandaag (1 december 2026)' } },
  { rule: 'LBB advice received before the request', call: 'verzoeken.recordAnswer', input: { ontvangenOp: '2026-09-30' }, feiten: { verzoekVerzonden: '2026-10-01' }, refused: { pad: 'ontvangenOp', says: 'ligt vóór de verzending van het verzoek (1 oktober 2026)' } },
  { rule: 'answer received today', call: 'verzoeken.recordAnswer', input: { ontvangenOp: '2026-12-01' }, feiten: { verzoekVerzonden: '2026-10-01' }, refused: null },
  { rule: 'a due date for the answer in the future is what the law means', call: 'verzoeken.send', input: { verzondenOp: '2026-12-01', uiterlijkOp: '2027-01-12' }, refused: null },
  { rule: 'a due date before sending', call: 'verzoeken.send', input: { verzondenOp: '2026-12-01', uiterlijkOp: '2026-11-30' }, refused: { pad: 'uiterlijkOp', says: 'ligt vóór de verzending van het verzoek' } },
  { rule: 'LBB advice corrected to a day before the request', call: 'verzoeken.correctAnswer', input: { ontvangenOp: '2026-09-29' }, feiten: { verzoekVerzonden: '2026-10-01' }, refused: { pad: 'ontvangenOp', says: 'ligt vóór de verzending van het verzoek (1 oktober 2026)' } },
  { rule: 'LBB advice corrected into the future', call: 'verzoeken.correctAnswer', input: { ontvangenOp: '2026-12-02' }, feiten: { verzoekVerzonden: '2026-10-01' }, refused: { pad: 'ontvangenOp', says: 'na vandaag' } },
  { rule: 'LBB advice corrected to a later past day', call: 'verzoeken.correctAnswer', input: { ontvangenOp: '2026-11-20' }, feiten: { verzoekVerzonden: '2026-10-01' }, refused: null },
  { rule: 'research note corrected to a day after today', call: 'onderzoek.correctNote', input: { geraadpleegdOp: '2026-12-02' }, refused: { pad: 'geraadpleegdOp', says: 'De datum van raadpleging ligt na vandaag' } },
  { rule: 'finding corrected to a day after today', call: 'beoordeling.correctBevinding', input: { bevinding: { datum: '2027-01-05' } }, refused: { pad: 'bevinding.datum', says: 'De datum van de bevinding ligt na vandaag' } },
  { rule: 'finding corrected to a past day', call: 'beoordeling.correctBevinding', input: { bevinding: { datum: '2024-06-01' } }, refused: null },
  { rule: 'LBB data received before they were asked', call: 'verzoeken.lbbDataReceived', input: { ontvangenOp: '2026-11-01' }, feiten: { lbbGegevensVerzocht: '2026-11-05' }, refused: { pad: 'ontvangenOp', says: 'het verzoek van het LBB om gegevens (5 november 2026)' } },
  // Zienswijze and besluit (art. 33 Wet Bibob)
  { rule: 'zienswijzetermijn ending on a Sunday', call: 'zienswijze.invite', input: { uitgenodigdOp: '2026-11-20', termijnTot: '2026-12-06' }, refused: { pad: 'termijnTot', says: 'een zondag' } },
  { rule: 'zienswijzetermijn ending on a Friday', call: 'zienswijze.invite', input: { uitgenodigdOp: '2026-11-20', termijnTot: '2026-12-04' }, refused: null },
  { rule: 'invitation in the future', call: 'zienswijze.invite', input: { uitgenodigdOp: '2026-12-02', termijnTot: '2026-12-16' }, refused: { pad: 'uitgenodigdOp', says: 'na vandaag' } },
  { rule: 'zienswijze received before the invitation', call: 'zienswijze.recordResponse', input: { ontvangenOp: '2026-11-19' }, feiten: { uitgenodigd: '2026-11-20' }, refused: { pad: 'ontvangenOp', says: 'ligt vóór de uitnodiging voor de zienswijze (20 november 2026)' } },
  { rule: 'besluit in the future', call: 'besluit.save', input: { besluit: { besluitOp: '2026-12-15' } }, refused: { pad: 'besluitOp', says: 'De datum van het besluit ligt na vandaag' } },
  { rule: 'besluit before the zienswijzetermijn ended, not everyone answered', call: 'besluit.save', input: { besluit: { besluitOp: '2026-11-27' } }, feiten: { openZienswijzetermijnEinde: '2026-11-30' }, refused: { pad: 'besluitOp', says: 'ligt vóór het einde van de zienswijzetermijn (30 november 2026), terwijl nog niet iedereen die is uitgenodigd een zienswijze heeft gegeven (art. 33 Wet Bibob)' } },
  { rule: 'besluit on the last day of the zienswijzetermijn', call: 'besluit.save', input: { besluit: { besluitOp: '2026-11-30' } }, feiten: { openZienswijzetermijnEinde: '2026-11-30' }, refused: { pad: 'besluitOp', says: 'valt op het einde van de zienswijzetermijn' } },
  { rule: 'besluit before the term, everyone answered (no open term)', call: 'besluit.save', input: { besluit: { besluitOp: '2026-11-27' } }, feiten: { openZienswijzetermijnEinde: null }, refused: null },
  { rule: 'bezwaar in the future', call: 'besluit.save', input: { besluit: { besluitOp: '2026-11-27', bezwaar: { ingediendOp: '2026-12-20' } } }, refused: { pad: 'bezwaar.ingediendOp', says: 'De datum van het bezwaarschrift ligt na vandaag' } },
  // Betrokkenen
  { rule: 'birth date in the future', call: 'betrokkenen.add', input: { wie: { nieuw: { geboortedatum: '2027-03-01' } } }, refused: { pad: 'wie.nieuw.geboortedatum', says: 'De geboortedatum ligt na vandaag' } },
  { rule: 'birth date before 1900', call: 'betrokkenen.add', input: { wie: { nieuw: { geboortedatum: '1899-12-31' } } }, refused: { pad: 'wie.nieuw.geboortedatum', says: 'ligt vóór 1 januari 1900' } },
  { rule: 'plausible birth date', call: 'betrokkenen.add', input: { wie: { nieuw: { geboortedatum: '1971-05-04' } } }, refused: null },
  { rule: 'existing betrokkene: no date to check', call: 'betrokkenen.add', input: { wie: { bestaandeId: 'x' } }, refused: null },
  // Terms of the beslistermijn (Ow 16.64, Awb 4:15)
  { rule: 'verdaging decided before the application arrived', call: 'dossiers.addTermEvent', input: { gebeurtenis: { besluitOp: '2026-08-01' } }, feiten: { aanvraagOntvangen: '2026-09-01' }, refused: { pad: 'gebeurtenis.besluitOp', says: 'ligt vóór de ontvangst van de aanvraag' } },
  { rule: 'a suspension agreed until a future day', call: 'dossiers.addTermEvent', input: { gebeurtenis: { van: '2026-11-02', tot: '2027-01-15' } }, feiten: { aanvraagOntvangen: '2026-09-01' }, refused: null },
  { rule: 'a suspension ending before it starts', call: 'dossiers.addTermEvent', input: { gebeurtenis: { van: '2026-11-02', tot: '2026-10-15' } }, refused: { pad: 'gebeurtenis.tot', says: 'ligt vóór het begin van de opschorting' } },
];

describe('dates of what happened (src/domain/datumregels.ts)', () => {
  it.each(rows)('$rule', ({ call, input, feiten, refused }) => {
    const problemen = datumProblemen(datumRegels[call] ?? [], input, feiten ?? {}, VANDAAG, DEFAULT_HOLIDAY_DATA);
    if (refused === null) {
      expect(problemen).toEqual([]);
    } else {
      expect(problemen).toHaveLength(1);
      expect(problemen[0]!.pad).toBe(refused.pad);
      expect(problemen[0]!.melding).toContain(refused.says);
    }
  });

  it('names only calls of the contract and checks a field the contract has', () => {
    for (const name of Object.keys(datumRegels)) expect(isCallName(name), name).toBe(true);
  });

  it('never says only "Controleer de datum": every message names the date it concerns', () => {
    for (const row of rows.filter((candidate) => candidate.refused)) {
      const [probleem] = datumProblemen(datumRegels[row.call] ?? [], row.input, row.feiten ?? {}, VANDAAG, DEFAULT_HOLIDAY_DATA);
      expect(probleem!.melding).toMatch(/\d{1,2} [a-z]+ \d{4}/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import {
  bewaartermijn,
  bewaartermijnProblemen,
  standaardBewaartermijnen,
  termijnVerstreken,
  type AfgeslotenDossier,
  type Bewaartermijnen,
} from '../../src/domain/bewaartermijn';

const dossier = (fields: Partial<AfgeslotenDossier>): AfgeslotenDossier => ({
  toepassingsgebied: 'horeca',
  uitkomst: 'weigeren',
  fase: 'afgerond',
  afgeslotenOp: '2020-03-10',
  adviesOfBevindingen: false,
  ...fields,
});

const langer: Bewaartermijnen = { ...standaardBewaartermijnen, perUitkomst: { ...standaardBewaartermijnen.perUitkomst, ingetrokken: 2 }, metAdviesOfBevindingen: 7 };

describe('bewaartermijn: the last day a closed dossier is kept (worked out by hand)', () => {
  // Each row: the dossier, the settings, the last day kept, the first day it may be destroyed, years, rule.
  const rows: [string, Partial<AfgeslotenDossier>, Bewaartermijnen, string, string, number, string][] = [
    ['refused: 5 years', {}, standaardBewaartermijnen, '2025-03-10', '2025-03-11', 5, 'Weigeren: 5 jaar na afsluiting.'],
    ['withdrawn without findings: 1 year', { uitkomst: 'ingetrokken', fase: 'ingetrokken' }, standaardBewaartermijnen, '2021-03-10', '2021-03-11', 1, 'Aanvraag ingetrokken: 1 jaar na afsluiting.'],
    [
      'withdrawn with own findings: 5 years (art. 29)',
      { uitkomst: 'ingetrokken', fase: 'ingetrokken', adviesOfBevindingen: true },
      standaardBewaartermijnen,
      '2025-03-10',
      '2025-03-11',
      5,
      'Aanvraag ingetrokken: 1 jaar na afsluiting; met LBB-advies of eigen bevindingen 5 jaar (art. 29 Wet Bibob).',
    ],
    ['buiten behandeling, no uitkomst recorded: the phase decides, 1 year', { uitkomst: null, fase: 'buiten-behandeling' }, standaardBewaartermijnen, '2021-03-10', '2021-03-11', 1, 'Buiten behandeling stellen: 1 jaar na afsluiting.'],
    ['closed without uitkomst: the longest period', { uitkomst: null }, langer, '2025-03-10', '2025-03-11', 5, 'Uitkomst niet vastgelegd: de langste termijn, 5 jaar na afsluiting.'],
    ['municipality keeps findings 7 years', { uitkomst: 'ingetrokken', fase: 'ingetrokken', adviesOfBevindingen: true }, langer, '2027-03-10', '2027-03-11', 7, 'Aanvraag ingetrokken: 2 jaar na afsluiting; met LBB-advies of eigen bevindingen 7 jaar (art. 29 Wet Bibob).'],
    ['own period longer than the art. 29 minimum: stays', { uitkomst: 'verlenen', adviesOfBevindingen: true }, { ...standaardBewaartermijnen, perUitkomst: { ...standaardBewaartermijnen.perUitkomst, verlenen: 10 } }, '2030-03-10', '2030-03-11', 10, 'Verlenen: 10 jaar na afsluiting.'],
    ['closed on 29 February: kept through 28 February, destroyable on 1 March', { afgeslotenOp: '2024-02-29', uitkomst: 'buiten-behandeling', fase: 'buiten-behandeling' }, standaardBewaartermijnen, '2025-02-28', '2025-03-01', 1, 'Buiten behandeling stellen: 1 jaar na afsluiting.'],
    ['vastgoed in its own words', { toepassingsgebied: 'vastgoed', uitkomst: 'verlenen', afgeslotenOp: '2019-12-31' }, standaardBewaartermijnen, '2024-12-31', '2025-01-01', 5, 'Transactie aangaan: 5 jaar na afsluiting.'],
  ];
  it.each(rows)('%s', (_name, fields, termijnen, bewarenTot, vernietigingsdatum, jaren, regel) => {
    expect(bewaartermijn(dossier(fields), termijnen)).toEqual({ bewarenTot, vernietigingsdatum, jaren, regel });
  });

  it('counts as passed from the day after the last day kept', () => {
    const uitkomst = bewaartermijn(dossier({}), standaardBewaartermijnen);
    expect(termijnVerstreken(uitkomst, '2025-03-10')).toBe(false);
    expect(termijnVerstreken(uitkomst, '2025-03-11')).toBe(true);
    expect(termijnVerstreken(uitkomst, '2026-01-01')).toBe(true);
  });
});

describe('bewaartermijnProblemen', () => {
  it('accepts the defaults', () => {
    expect(bewaartermijnProblemen(standaardBewaartermijnen)).toEqual([]);
  });

  it('refuses fewer than 5 years for a dossier with an LBB advice or own findings, naming art. 29', () => {
    expect(bewaartermijnProblemen({ ...standaardBewaartermijnen, metAdviesOfBevindingen: 4 })).toEqual([
      { pad: 'metAdviesOfBevindingen', melding: expect.stringContaining('art. 29 Wet Bibob') },
    ]);
  });

  it.each([0, 1.5, 101])('refuses %s years for an uitkomst', (jaren) => {
    const problemen = bewaartermijnProblemen({ ...standaardBewaartermijnen, perUitkomst: { ...standaardBewaartermijnen.perUitkomst, weigeren: jaren } });
    expect(problemen).toEqual([{ pad: 'perUitkomst.weigeren', melding: 'Vul een geheel aantal jaren in, van 1 tot en met 100.' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { jaarverslag, mediaan, STANDAARD_EFFECT, type RapportDossier } from '../../src/domain/rapportage';

/*
 * Twenty dossiers built by hand, with the report for 2026 counted by hand below. They include dossiers that span
 * the year boundary, one closed on 31 December, one closed in 2025 and reopened in 2026, and one closed and reopened
 * within 2026.
 */
type Rij = [string, RapportDossier['toepassingsgebied'], string, string | null, [string, RapportDossier['faseWissels'][number]['naar']][], RapportDossier['uitkomst'], string | null, string | null];

const rijen: Rij[] = [
  // id, gebied, gestart, ontvangen, fase changes, outcome, besluit, uiterste beslisdatum
  ['d01', 'wabo', '2026-01-10', '2026-01-05', [['2026-03-01', 'beoordeling'], ['2026-04-10', 'afgerond']], 'verlenen', '2026-04-10', '2026-05-01'],
  ['d02', 'wabo', '2026-02-01', '2026-02-01', [['2026-06-01', 'afgerond']], 'verlenen-met-voorschriften', '2026-06-01', '2026-05-01'], // late
  ['d03', 'wabo', '2025-11-01', '2025-10-25', [['2026-01-20', 'afgerond']], 'weigeren', '2026-01-20', '2026-02-01'], // spans the boundary
  ['d04', 'wabo', '2025-12-20', null, [], null, null, null], // running at both year ends
  ['d05', 'wabo', '2026-12-31', '2026-12-31', [], null, null, null], // started on the last day: running
  ['d06', 'wabo', '2026-03-01', '2026-03-01', [['2026-12-31', 'buiten-behandeling']], 'buiten-behandeling', null, '2027-01-01'], // closed on 31 December
  ['d07', 'wabo', '2027-01-02', '2027-01-02', [], null, null, null], // not yet in 2026
  ['d08', 'horeca', '2026-01-15', '2026-01-15', [['2026-02-15', 'ingetrokken']], 'ingetrokken', null, '2026-02-01'], // withdrawn: not "late"
  ['d09', 'horeca', '2026-04-01', '2026-04-01', [['2026-05-01', 'afgerond']], 'intrekken', '2026-05-01', null],
  ['d10', 'horeca', '2025-06-01', '2025-06-01', [['2025-09-01', 'afgerond'], ['2026-02-01', 'beoordeling'], ['2026-03-03', 'afgerond']], 'weigeren', '2026-03-03', null], // closed 2025, reopened and closed again 2026
  ['d11', 'horeca', '2026-05-01', '2026-05-01', [['2026-06-01', 'afgerond'], ['2026-07-01', 'besluit'], ['2026-08-01', 'afgerond']], 'verlenen-met-voorschriften', '2026-08-01', '2026-09-01'], // closed and reopened within 2026
  ['d12', 'horeca', '2026-06-01', '2026-06-01', [['2026-11-01', 'afgerond'], ['2026-12-15', 'beoordeling']], 'verlenen', null, null], // reopened: running at year end
  ['d13', 'horeca', '2024-03-01', '2024-03-01', [['2024-06-01', 'afgerond']], 'verlenen', '2024-06-01', null], // long closed
  ['d14', 'horeca', '2026-07-01', '2026-07-01', [['2026-08-01', 'beoordeling']], null, null, '2026-10-01'], // running and overdue
  ['d15', 'vastgoed', '2026-02-01', null, [['2026-03-01', 'afgerond']], 'niet-contracteren', null, null],
  ['d16', 'vastgoed', '2026-03-01', null, [['2026-09-01', 'afgerond']], 'verlenen', null, null],
  ['d17', 'vastgoed', '2025-12-31', null, [['2026-01-01', 'afgerond']], 'contract-ontbinden', null, null], // one day across the boundary
  ['d18', 'wabo', '2026-08-01', '2026-07-28', [['2026-10-01', 'buiten-behandeling']], 'buiten-behandeling', null, '2026-09-22'], // closed after the deadline
  ['d19', 'wabo', '2026-09-01', '2026-09-01', [['2027-01-05', 'afgerond']], 'verlenen', '2027-01-05', '2026-12-01'], // completed in 2027 only
  ['d20', 'horeca', '2026-10-01', '2026-10-01', [['2026-10-20', 'afgerond']], 'verlenen', '2026-10-20', '2026-11-26'],
];

const dossiers: RapportDossier[] = rijen.map(([, toepassingsgebied, gestartOp, ontvangenOp, wissels, uitkomst, besluitOp, uitersteBeslisdatum]) => ({
  toepassingsgebied,
  gestartOp,
  ontvangenOp,
  faseWissels: wissels.map(([op, naar]) => ({ op, naar })),
  uitkomst,
  besluitOp,
  uitersteBeslisdatum,
}));

const verzoeken = [
  { lbb: false, verzondenOp: '2026-02-01', beantwoordOp: '2026-03-01' },
  { lbb: false, verzondenOp: '2025-12-20', beantwoordOp: '2026-01-10' },
  { lbb: false, verzondenOp: '2026-12-01', beantwoordOp: null },
  { lbb: true, verzondenOp: '2026-04-01', beantwoordOp: '2026-05-27' },
  { lbb: true, verzondenOp: null, beantwoordOp: null },
];
const meldingen = [
  { grondslag: 'art. 7a lid 7 Wet Bibob', gemeldOp: '2026-05-02' },
  { grondslag: 'art. 7a lid 8 Wet Bibob', gemeldOp: '2026-06-02' },
  { grondslag: 'art. 7a lid 7 Wet Bibob', gemeldOp: '2025-06-02' },
];

describe('the annual report for 2026 from twenty hand-built dossiers', () => {
  const verslag = jaarverslag({ jaar: 2026, dossiers, verzoeken, meldingen, definitie: STANDAARD_EFFECT });

  it('counts started, running at year end and completed per toepassingsgebied', () => {
    // Started in 2026: wabo d01 d02 d05 d06 d18 d19 = 6; horeca d08 d09 d11 d12 d14 d20 = 6; vastgoed d15 d16 = 2.
    expect(verslag.gestart).toEqual({ wabo: 6, horeca: 6, vastgoed: 2, totaal: 14 });
    // Running on 31 December 2026: wabo d04 d05 d19 = 3; horeca d12 d14 = 2; vastgoed none.
    expect(verslag.lopendEindeJaar).toEqual({ wabo: 3, horeca: 2, vastgoed: 0, totaal: 5 });
    // Completed in 2026: wabo d01 d02 d03 d06 d18 = 5; horeca d08 d09 d10 d11 d20 = 5; vastgoed d15 d16 d17 = 3.
    expect(verslag.afgerond).toEqual({ wabo: 5, horeca: 5, vastgoed: 3, totaal: 13 });
  });

  it('sorts the completed ones by outcome and computes the effectiveness ratio with its definition', () => {
    // verleend: d01 d16 d20; voorschriften: d02 d11; geweigerd/ingetrokken: d03 d09 d10 d15 d17; buiten behandeling: d06 d18; ingetrokken: d08.
    expect(verslag.uitkomsten).toEqual({ verleend: 3, voorschriften: 2, 'geweigerd-ingetrokken': 5, 'buiten-behandeling': 2, 'aanvraag-ingetrokken': 1, geschorst: 0 });
    expect(verslag.effectiviteit).toMatchObject({ met: 10, van: 13 });
    expect(verslag.effectiviteit.ratio).toBeCloseTo(10 / 13);
    expect(verslag.effectiviteit.definitie).toContain('aandeel van de in het jaar afgeronde onderzoeken');
    const strenger = jaarverslag({ jaar: 2026, dossiers, verzoeken, meldingen, definitie: { effect: ['voorschriften', 'geweigerd-ingetrokken'] } });
    expect(strenger.effectiviteit).toMatchObject({ met: 7, van: 13 });
  });

  it('counts requests, LBB advice requests and meldingen of the year', () => {
    expect(verslag.verzoeken).toEqual({ verzonden: 2, beantwoord: 2 });
    expect(verslag.lbb).toEqual({ adviesaanvragen: 1, meldingenLid7: 1, meldingenLid8: 1 });
  });

  it('gives the median lead time per toepassingsgebied and the decisions after the beslistermijn', () => {
    // wabo: d01 95, d02 120, d03 87, d06 305, d18 65 days → median 95.
    // horeca: d08 31, d09 30, d10 (from 2025-06-01 to 2026-03-03) 275, d11 (to 2026-08-01) 92, d20 19 → median 31.
    // vastgoed (from creation): d15 28, d16 184, d17 1 → median 28.
    // All thirteen: 1 19 28 30 31 65 87 92 95 120 184 275 305 → 87.
    expect(verslag.doorlooptijdMediaan).toEqual({ wabo: 95, horeca: 31, vastgoed: 28, totaal: 87 });
    // Late: d02 (decided 1 June, due 1 May) and d18 (closed 1 October, due 22 September); d08 was withdrawn.
    expect(verslag.naBeslistermijn).toBe(2);
  });

  it('keeps the history: the 2025 report counts d10 as completed then, and d03 and d04 as running', () => {
    const vorig = jaarverslag({ jaar: 2025, dossiers, verzoeken, meldingen, definitie: STANDAARD_EFFECT });
    expect(vorig.afgerond.totaal).toBe(1);
    expect(vorig.uitkomsten['geweigerd-ingetrokken']).toBe(1);
    expect(vorig.lopendEindeJaar).toEqual({ wabo: 2, horeca: 0, vastgoed: 1, totaal: 3 });
    expect(vorig.effectiviteit.ratio).toBe(1);
  });

  it('reports no ratio for a year without completed investigations', () => {
    expect(jaarverslag({ jaar: 2020, dossiers, verzoeken, meldingen, definitie: STANDAARD_EFFECT }).effectiviteit.ratio).toBeNull();
    expect(mediaan([])).toBeNull();
    expect(mediaan([3, 1, 2, 10])).toBe(2.5);
  });
});

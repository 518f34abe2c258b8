import { describe, expect, it } from 'vitest';
import { netwerkTekening, percentageTekst, type NetwerkBetrokkene, type NetwerkRelatie } from '../../src/domain/netwerk';

/*
 * Three companies and four persons around one horeca application:
 *   Gracht Holding B.V. holds 62,5% of Café De Gracht B.V., Anna de Vries the other 37,5%;
 *   Bram Yılmaz is bestuurder of the café and UBO (100%) of the holding;
 *   Vastgoed Oost B.V. rents the premises to the café; Cor Jansen finances the holding;
 *   Dirk Mol works together with Bram Yılmaz.
 * The café is in two dossiers (HOR-2026-001 and HOR-2026-004), listed twice for one of them.
 */
const betrokkenen: NetwerkBetrokkene[] = [
  { id: 'c1', soort: 'rechtspersoon', naam: 'Café De Gracht B.V.', zaaknummers: ['HOR-2026-004', 'HOR-2026-001', 'HOR-2026-004'] },
  { id: 'c2', soort: 'rechtspersoon', naam: 'Gracht Holding B.V.', zaaknummers: ['HOR-2026-001'] },
  { id: 'c3', soort: 'rechtspersoon', naam: 'Vastgoed Oost B.V.', zaaknummers: ['HOR-2026-001'] },
  { id: 'p1', soort: 'persoon', naam: 'Anna de Vries', zaaknummers: ['HOR-2026-001'] },
  { id: 'p2', soort: 'persoon', naam: 'Bram Yılmaz', zaaknummers: ['HOR-2026-001', 'HOR-2026-004'] },
  { id: 'p3', soort: 'persoon', naam: 'Cor Jansen', zaaknummers: [] },
  { id: 'p4', soort: 'persoon', naam: 'Dirk Mol', zaaknummers: ['HOR-2026-004'] },
];

const relaties: NetwerkRelatie[] = [
  { id: 'r1', vanId: 'c2', naarId: 'c1', soort: 'aandeelhouder-van', percentage: 62.5 },
  { id: 'r2', vanId: 'p1', naarId: 'c1', soort: 'aandeelhouder-van', percentage: 37.5 },
  { id: 'r3', vanId: 'p2', naarId: 'c1', soort: 'bestuurder-van', percentage: null },
  { id: 'r4', vanId: 'p2', naarId: 'c2', soort: 'ubo-van', percentage: 100 },
  { id: 'r5', vanId: 'c3', naarId: 'c1', soort: 'verhuurder-aan', percentage: null },
  { id: 'r6', vanId: 'p3', naarId: 'c2', soort: 'financier-van', percentage: null },
  { id: 'r7', vanId: 'p4', naarId: 'p2', soort: 'samenwerkingsverband-met', percentage: null },
  // To someone outside this network: not drawn to nowhere.
  { id: 'r8', vanId: 'p4', naarId: 'buiten', soort: 'financier-van', percentage: null },
  // The same relation twice (e.g. reached from two sides): drawn once.
  { id: 'r1', vanId: 'c2', naarId: 'c1', soort: 'aandeelhouder-van', percentage: 62.5 },
];

describe('netwerkTekening', () => {
  const tekening = netwerkTekening(betrokkenen, relaties);

  it('has one node per betrokkene, sorted by name, persons as ovals and companies as rectangles', () => {
    // Dutch alphabetical order: Anna, Bram, Café, Cor, Dirk, Gracht, Vastgoed ("Café" before "Cor": a < o).
    expect(tekening.knopen.map((knoop) => [knoop.naam, knoop.soort, knoop.vorm])).toEqual([
      ['Anna de Vries', 'persoon', 'ellipse'],
      ['Bram Yılmaz', 'persoon', 'ellipse'],
      ['Café De Gracht B.V.', 'rechtspersoon', 'round-rectangle'],
      ['Cor Jansen', 'persoon', 'ellipse'],
      ['Dirk Mol', 'persoon', 'ellipse'],
      ['Gracht Holding B.V.', 'rechtspersoon', 'round-rectangle'],
      ['Vastgoed Oost B.V.', 'rechtspersoon', 'round-rectangle'],
    ]);
  });

  it('lists each dossier of a node once, in order', () => {
    expect(tekening.knopen.find((knoop) => knoop.id === 'c1')!.zaaknummers).toEqual(['HOR-2026-001', 'HOR-2026-004']);
    expect(tekening.knopen.find((knoop) => knoop.id === 'p3')!.zaaknummers).toEqual([]);
  });

  // Sorted by the name of the first betrokkene, then of the second: Anna → Café; Bram → Café, Bram → Gracht;
  // Cor → Gracht; Dirk → Bram; Gracht → Café; Vastgoed → Café. r8 has no second end here and r1 comes once: 7 edges.
  it.each([
    ['r2', 'p1', 'c1', 'aandeelhouder 37,5%', 'Anna de Vries is aandeelhouder van Café De Gracht B.V. (37,5%)', 'zeggenschap en vermogen'],
    ['r3', 'p2', 'c1', 'bestuurder', 'Bram Yılmaz is bestuurder van Café De Gracht B.V.', 'leidinggevende'],
    ['r4', 'p2', 'c2', 'UBO 100%', 'Bram Yılmaz is UBO van Gracht Holding B.V. (100%)', 'zeggenschaphebbende'],
    ['r6', 'p3', 'c2', 'financier', 'Cor Jansen financiert Gracht Holding B.V.', 'vermogensverschaffer'],
    ['r7', 'p4', 'p2', 'samenwerkingsverband', 'Dirk Mol heeft een zakelijk samenwerkingsverband met Bram Yılmaz', 'zakelijk samenwerkingsverband (art. 3 lid 4 sub c'],
    ['r1', 'c2', 'c1', 'aandeelhouder 62,5%', 'Gracht Holding B.V. is aandeelhouder van Café De Gracht B.V. (62,5%)', 'zeggenschap en vermogen'],
    ['r5', 'c3', 'c1', 'verhuurder', 'Vastgoed Oost B.V. verhuurt aan Café De Gracht B.V.', 'zakelijk samenwerkingsverband (art. 3 lid 4 sub c'],
  ])('edge %s from %s to %s reads "%s"', (id, vanId, naarId, label, zin, grondslag) => {
    const index = tekening.lijnen.findIndex((lijn) => lijn.id === id);
    const lijn = tekening.lijnen[index]!;
    expect(lijn).toMatchObject({ vanId, naarId, label, zin });
    expect(lijn.grondslag.startsWith(grondslag)).toBe(true);
  });

  it('draws the seven relations inside the network in table order, and not the one to outside', () => {
    expect(tekening.lijnen.map((lijn) => lijn.id)).toEqual(['r2', 'r3', 'r4', 'r6', 'r7', 'r1', 'r5']);
  });

  it('leaves out a relation of a betrokkene with itself', () => {
    expect(netwerkTekening([betrokkenen[0]!], [{ id: 'x', vanId: 'c1', naarId: 'c1', soort: 'financier-van', percentage: null }]).lijnen).toEqual([]);
  });
});

describe('percentageTekst', () => {
  it.each([
    [60, '60%'],
    [12.5, '12,5%'],
    [33.333, '33,33%'],
    [100, '100%'],
  ])('%s → %s', (percentage, tekst) => {
    expect(percentageTekst(percentage)).toBe(tekst);
  });
});

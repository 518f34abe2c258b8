import { describe, expect, it } from 'vitest';
import {
  aangemerktAls,
  bevindingenFormulierProblems,
  composeBevindingenFormulier,
  financingCheck,
  formatEuro,
  laatsteVerstrekkingsdag,
  onderzoeksNotitieSchema,
  otherBestuursorgaanProblems,
  type AnderBestuursorgaanInformatie,
  type BevindingenFormulierInput,
  type Herkomst,
  type Investering,
  type OnderzoeksNotitie,
} from '../../src/domain/eigenOnderzoek';

const euro = (euros: number) => Math.round(euros * 100);

describe('formatEuro: whole cents as Dutch euro text', () => {
  it.each([
    [0, '€ 0,00'],
    [5, '€ 0,05'],
    [100, '€ 1,00'],
    [99_999, '€ 999,99'],
    [100_000, '€ 1.000,00'],
    [15_000_000, '€ 150.000,00'],
    [123_456_789, '€ 1.234.567,89'],
    [-1_250, '€ -12,50'],
  ])('%i cent → %s', (cents, text) => {
    expect(formatEuro(cents)).toBe(text);
  });

  it('refuses a fraction of a cent', () => {
    expect(() => formatEuro(1.5)).toThrow(RangeError);
  });
});

describe('financing check (art. 7a lid 2 sub h Wet Bibob): every invested euro against its documented origin', () => {
  const inv = (id: string, euros: number): Investering => ({ id, omschrijving: id, bedragCent: euro(euros) });
  const her = (id: string, soort: Herkomst['soort'], euros: number, bewijs: string[], verstrekkerBetrokkeneId?: string): Herkomst => ({
    id,
    omschrijving: id,
    soort,
    bedragCent: euro(euros),
    bewijs,
    ...(verstrekkerBetrokkeneId ? { verstrekkerBetrokkeneId } : {}),
  });

  it.each([
    {
      naam: 'undocumented loan: 150.000 invested, 60.000 + 30.000 documented, 40.000 loan without evidence',
      // invested 100.000 + 50.000 = 150.000; documented 60.000 + 30.000 = 90.000; undocumented 40.000;
      // gap 150.000 − 90.000 = 60.000; no origin at all for 150.000 − 90.000 − 40.000 = 20.000.
      investeringen: [inv('inventaris', 100_000), inv('verbouwing', 50_000)],
      herkomsten: [her('spaargeld', 'eigen-vermogen', 60_000, ['a1', 'a2']), her('familielening', 'lening', 40_000, [], 'b3'), her('gift', 'schenking', 30_000, ['a3'])],
      expected: { investeringCent: euro(150_000), onderbouwdCent: euro(90_000), nietOnderbouwdCent: euro(40_000), onverklaardCent: euro(60_000), overschotCent: 0, zonderHerkomstCent: euro(20_000) },
    },
    {
      naam: 'surplus: 80.000 invested, 50.000 + 45.000 documented',
      // documented 95.000 − invested 80.000 = surplus 15.000; gap 0.
      investeringen: [inv('overnamesom', 80_000)],
      herkomsten: [her('spaargeld', 'eigen-vermogen', 50_000, ['a1']), her('banklening', 'lening', 45_000, ['a2'], 'b3')],
      expected: { investeringCent: euro(80_000), onderbouwdCent: euro(95_000), nietOnderbouwdCent: 0, onverklaardCent: 0, overschotCent: euro(15_000), zonderHerkomstCent: 0 },
    },
    {
      naam: 'zero investment with a documented origin: all of it is surplus',
      investeringen: [],
      herkomsten: [her('omzet', 'omzet', 12_345.67, ['a1'])],
      expected: { investeringCent: 0, onderbouwdCent: 1_234_567, nietOnderbouwdCent: 0, onverklaardCent: 0, overschotCent: 1_234_567, zonderHerkomstCent: 0 },
    },
    {
      naam: 'zero investment, no origins',
      investeringen: [],
      herkomsten: [],
      expected: { investeringCent: 0, onderbouwdCent: 0, nietOnderbouwdCent: 0, onverklaardCent: 0, overschotCent: 0, zonderHerkomstCent: 0 },
    },
    {
      naam: 'exact cents: 0,10 + 0,20 invested against 0,30 documented leaves no gap',
      investeringen: [{ id: 'i1', omschrijving: 'a', bedragCent: 10 }, { id: 'i2', omschrijving: 'b', bedragCent: 20 }],
      herkomsten: [{ id: 'h1', omschrijving: 'c', soort: 'eigen-vermogen' as const, bedragCent: 30, bewijs: ['a1'] }],
      expected: { investeringCent: 30, onderbouwdCent: 30, nietOnderbouwdCent: 0, onverklaardCent: 0, overschotCent: 0, zonderHerkomstCent: 0 },
    },
    {
      naam: 'nothing documented: 25.000 loan without evidence is the whole gap',
      investeringen: [inv('inventaris', 25_000)],
      herkomsten: [her('lening', 'lening', 25_000, [], 'b3')],
      expected: { investeringCent: euro(25_000), onderbouwdCent: 0, nietOnderbouwdCent: euro(25_000), onverklaardCent: euro(25_000), overschotCent: 0, zonderHerkomstCent: 0 },
    },
  ])('$naam', ({ investeringen, herkomsten, expected }) => {
    const check = financingCheck(investeringen, herkomsten);
    expect({
      investeringCent: check.investeringCent,
      onderbouwdCent: check.onderbouwdCent,
      nietOnderbouwdCent: check.nietOnderbouwdCent,
      onverklaardCent: check.onverklaardCent,
      overschotCent: check.overschotCent,
      zonderHerkomstCent: check.zonderHerkomstCent,
    }).toEqual(expected);
  });

  const betrokkenen = [{ id: 'b3', naam: 'Piet Geldgever', rollen: ['vermogensverschaffer'] }];
  const investeringen = [inv('inventaris', 100_000), inv('verbouwing', 50_000)];
  const herkomsten: Herkomst[] = [
    { id: 'h1', omschrijving: 'Spaargeld', soort: 'eigen-vermogen', bedragCent: euro(60_000), bewijs: ['a1', 'a2'] },
    { id: 'h2', omschrijving: 'Familielening', soort: 'lening', bedragCent: euro(40_000), bewijs: [], verstrekkerBetrokkeneId: 'b3' },
    { id: 'h3', omschrijving: 'Gift', soort: 'schenking', bedragCent: euro(30_000), bewijs: ['a3'] },
  ];

  it.each([
    ['Totale investering: € 150.000,00.'],
    ['Met stukken onderbouwde herkomst: € 90.000,00; niet onderbouwde herkomst: € 40.000,00.'],
    ['Onverklaard verschil: € 60.000,00 van de investering is niet gedekt door een met stukken onderbouwde herkomst.'],
    ['Voor € 20.000,00 van de investering is helemaal geen herkomst opgegeven.'],
    ['€ 60.000,00 uit het eigen vermogen (“Spaargeld”) is onderbouwd met 2 stukken.'],
    ['€ 40.000,00 van de lening van Piet Geldgever (“Familielening”) is niet met stukken onderbouwd.'],
  ])('explains in Dutch: %s', (line) => {
    expect(financingCheck(investeringen, herkomsten, betrokkenen).toelichting).toContain(line);
  });

  it.each([
    ['h1', 'onderbouwd', false],
    ['h2', 'niet-onderbouwd', false],
    // A gift without a named donor: the donor is a vermogensverschaffer and must become a betrokkene.
    ['h3', 'onderbouwd', true],
  ])('origin %s: %s, provider missing: %s', (id, status, missing) => {
    const beoordeling = financingCheck(investeringen, herkomsten, betrokkenen).herkomsten.find((item) => item.herkomstId === id);
    expect(beoordeling?.status).toBe(status);
    expect(beoordeling?.verstrekkerOntbreekt).toBe(missing);
    if (missing) expect(beoordeling?.regels.join(' ')).toMatch(/vermogensverschaffer.*art\. 7a lid 2 sub g 3°/);
  });

  it.each([
    ['an investment in fractions of a cent', [{ id: 'i', omschrijving: 'x', bedragCent: 0.5 }], []],
    ['a negative origin', [], [{ id: 'h', omschrijving: 'x', soort: 'omzet' as const, bedragCent: -100, bewijs: [] }]],
  ])('refuses %s', (_name, inv2, her2) => {
    expect(() => financingCheck(inv2, her2)).toThrow(RangeError);
  });
});

describe('art. 28 lid 2 sub m 2°: data obtained "niet langer dan vijf jaar geleden"', () => {
  it.each([
    ['2020-03-10', '2025-03-10'],
    ['2020-02-29', '2025-02-28'],
    ['2019-02-28', '2024-02-28'],
    ['2024-02-29', '2029-02-28'],
    ['2023-12-31', '2028-12-31'],
  ])('obtained %s: last day of provision %s', (verkregenOp, last) => {
    expect(laatsteVerstrekkingsdag(verkregenOp)).toBe(last);
  });

  const base: AnderBestuursorgaanInformatie = {
    id: 'i1',
    betrokkeneId: 'b1',
    verstrekkendOrgaan: 'Burgemeester van Leiden',
    omschrijving: 'Bevindingen eigen onderzoek exploitatievergunning 2020',
    aanleiding: 'art-11a',
    zelfdePersoon: true,
    herkomst: 'eigen-onderzoek',
    verkregenOp: '2020-03-10',
    zelfVerkrijgbaar: true,
    noodzakelijk: true,
  };

  it.each([
    // [obtained, provided (= today), allowed]
    ['2020-03-10', '2025-03-09', true], // the day before the five years are complete
    ['2020-03-10', '2025-03-10', true], // exactly five years: not longer than five years
    ['2020-03-10', '2025-03-11', false], // the day after: longer than five years
    ['2020-02-29', '2025-02-27', true],
    ['2020-02-29', '2025-02-28', true], // leap day: the last allowed day is 28 February
    ['2020-02-29', '2025-03-01', false],
    ['2019-02-28', '2024-02-28', true],
    ['2019-02-28', '2024-02-29', false], // a leap day in the fifth year comes after the anniversary
    ['2024-02-29', '2028-02-29', true],
    ['2024-02-29', '2029-02-28', true],
    ['2024-02-29', '2029-03-01', false],
  ])('obtained %s, provided %s → allowed: %s', (verkregenOp, today, allowed) => {
    const problems = otherBestuursorgaanProblems({ ...base, verkregenOp }, today, ['aanvrager']);
    expect(problems.some((problem) => problem.pad === 'verkregenOp')).toBe(!allowed);
    expect(problems.length === 0).toBe(allowed);
    if (!allowed) expect(problems[0]?.melding).toMatch(/niet langer dan vijf jaar geleden.*art\.|Art\. 28 lid 2 sub m 2°/);
  });

  it('measures the age on the day of provision, not today', () => {
    expect(otherBestuursorgaanProblems({ ...base, verstrektOp: '2025-03-10' }, '2026-01-01', ['aanvrager'])).toEqual([]);
    expect(otherBestuursorgaanProblems({ ...base, verstrektOp: '2025-03-11' }, '2026-01-01', ['aanvrager']).map((p) => p.pad)).toEqual(['verkregenOp']);
  });

  it.each([
    ['no sign of earlier research into the same person', { aanleiding: null }, 'aanleiding', /sub m 1°/],
    ['not the same person', { zelfdePersoon: false }, 'zelfdePersoon', /sub m 1° en 3°/],
    ['data from another source than eigen onderzoek or an LBB advice', { herkomst: 'anders' as const }, 'herkomst', /sub m 2°/],
    ['data the receiver could not obtain itself', { zelfVerkrijgbaar: false }, 'zelfVerkrijgbaar', /sub m 3°/],
    ['data not needed', { noodzakelijk: false }, 'noodzakelijk', /sub m 4°/],
    ['provided in the future', { verstrektOp: '2025-03-02' }, 'verstrektOp', /na vandaag/],
    ['obtained after the provision', { verkregenOp: '2025-03-20' }, 'verkregenOp', /na de verstrekking/],
    ['no bestuursorgaan named', { verstrekkendOrgaan: ' ' }, 'verstrekkendOrgaan', /art\. 28 lid 2 sub m/],
  ])('refuses %s', (_name, change, pad, melding) => {
    const problems = otherBestuursorgaanProblems({ ...base, ...change }, '2025-03-01', ['aanvrager']);
    expect(problems.map((problem) => problem.pad)).toEqual([pad]);
    expect(problems[0]?.melding).toMatch(melding);
  });

  it.each([
    [['verhuurder'], false],
    [['vertegenwoordiger'], false],
    [[], false],
    [['aanvrager'], true],
    [['ubo'], true],
    [['vermeld-op-beschikking'], true],
  ])('sub m 4°: a person with roles %j is designated: %s', (rollen, allowed) => {
    const problems = otherBestuursorgaanProblems(base, '2025-03-01', rollen);
    expect(problems.some((problem) => problem.pad === 'betrokkeneId' && /sub m 4°/.test(problem.melding))).toBe(!allowed);
  });
});

describe('the six designated categories (art. 7c lid 2, art. 11a lid 1, art. 28 lid 2 sub m 4°)', () => {
  it.each([
    [['aanvrager'], ['betrokkene']],
    [['bestuurder'], ['leidinggevende']],
    [['aandeelhouder'], ['zeggenschaphebbende', 'vermogensverschaffer']],
    [['vennoot', 'vermogensverschaffer'], ['leidinggevende', 'zeggenschaphebbende', 'vermogensverschaffer']],
    [['gelijkgestelde'], ['gelijkgestelde']],
    [['verhuurder', 'samenwerkingsverband', 'vertegenwoordiger'], []],
  ])('roles %j → %j', (rollen, categorieen) => {
    expect(aangemerktAls(rollen)).toEqual(categorieen);
  });
});

describe('research notes (art. 7b, 7c, 11a Wet Bibob)', () => {
  const today = '2026-06-15';
  const note: OnderzoeksNotitie = {
    id: 'n1',
    betrokkeneId: 'b1',
    bron: 'kvk',
    geraadpleegdOp: '2026-06-02',
    bevinding: 'Ingeschreven sinds 2019; enig bestuurder J. de Vries.',
    kenmerk: '12345678',
  };

  it.each([
    ['a complete note', {}, null],
    ['consulted today', { geraadpleegdOp: today }, null],
    ['no kenmerk for a named source', { kenmerk: undefined }, null],
    ['an "overig" source named in the kenmerk', { bron: 'overig', kenmerk: 'Brancheorganisatie KHN, telefonisch' }, null],
    ['consulted tomorrow', { geraadpleegdOp: '2026-06-16' }, ['geraadpleegdOp', /na vandaag \(15 juni 2026\)/]],
    ['a date that does not exist', { geraadpleegdOp: '2026-02-30' }, ['geraadpleegdOp', /bestaande datum/]],
    ['an empty finding', { bevinding: '   ' }, ['bevinding', /niets gevonden/]],
    ['an unknown source', { bron: 'google' }, ['bron', /Kies de bron/]],
    ['an "overig" source without naming it', { bron: 'overig', kenmerk: undefined }, ['kenmerk', /welke bron/]],
    ['an unknown field', { extra: 'x' }, ['', /.+/]],
  ])('%s', (_name, change, expected) => {
    const candidate = { ...note, ...change } as Record<string, unknown>;
    for (const key of Object.keys(candidate)) if (candidate[key] === undefined) delete candidate[key];
    const result = onderzoeksNotitieSchema(today).safeParse(candidate);
    if (expected === null) {
      expect(result.success).toBe(true);
    } else {
      expect(result.success).toBe(false);
      const issue = result.error?.issues[0];
      expect(issue?.path.join('.')).toBe(expected[0]);
      expect(issue?.message).toMatch(expected[1] as RegExp);
    }
  });

  it('takes today as a parameter and refuses an invalid one', () => {
    expect(onderzoeksNotitieSchema('2026-06-01').safeParse(note).success).toBe(false);
    expect(() => onderzoeksNotitieSchema('15-06-2026')).toThrow(RangeError);
  });
});

describe('formulier bevindingen eigen onderzoek (art. 7a lid 4 Wet Bibob; bijlage 6 Regeling Bibob-formulieren)', () => {
  const complete: BevindingenFormulierInput = {
    opgesteldOp: '2026-06-15',
    betrokkeneId: 'b1',
    handelsnamen: ['Café De Hoek'],
    besluit: 'Alcoholwet-vergunning voor café De Hoek, Hoofdstraat 1 (art. 27 lid 4 Alcoholwet)',
    besluitGenomen: false,
    ondernemingInBedrijf: false,
    aanleiding: { berichtArt26: false, riecAdvies: true, toelichting: 'Financiering niet sluitend.' },
    betrokkenen: [
      { id: 'b1', naam: 'Horeca De Hoek B.V.', rollen: ['aanvrager'] },
      { id: 'b2', naam: 'Jan de Vries', rollen: ['bestuurder', 'aandeelhouder'] },
      { id: 'b3', naam: 'Piet Geldgever', rollen: ['vermogensverschaffer'] },
      { id: 'b4', naam: 'Vastgoed Noord B.V.', rollen: ['verhuurder'] },
    ],
    notities: [
      { id: 'n1', betrokkeneId: 'b1', bron: 'kvk', geraadpleegdOp: '2026-06-02', bevinding: 'Opgericht op 1 mei 2026; enig bestuurder Jan de Vries.', kenmerk: '87654321' },
      { id: 'n2', betrokkeneId: 'b2', bron: 'bibob-register', geraadpleegdOp: '2026-06-03', bevinding: 'Geen vermelding.' },
      { id: 'n3', betrokkeneId: 'b3', bron: 'belastingdienst-vergrijpboetes', geraadpleegdOp: '2026-06-05', bevinding: 'Vergrijpboete 2023 (omzetbelasting).' },
      { id: 'n4', betrokkeneId: 'b4', bron: 'kadaster', geraadpleegdOp: '2026-06-04', bevinding: 'Eigenaar van Hoofdstraat 1 sinds 2018.' },
    ],
    financiering: {
      investeringen: [
        { id: 'i1', omschrijving: 'Inventaris', bedragCent: euro(100_000) },
        { id: 'i2', omschrijving: 'Verbouwing', bedragCent: euro(50_000) },
      ],
      herkomsten: [
        { id: 'h1', omschrijving: 'Spaargeld', soort: 'eigen-vermogen', bedragCent: euro(60_000), bewijs: ['a1'] },
        { id: 'h2', omschrijving: 'Familielening', soort: 'lening', bedragCent: euro(40_000), bewijs: [], verstrekkerBetrokkeneId: 'b3' },
        { id: 'h3', omschrijving: 'Schenking vader', soort: 'schenking', bedragCent: euro(30_000), bewijs: ['a2'], verstrekkerBetrokkeneId: 'b2' },
      ],
    },
    anderBestuursorgaan: [
      {
        id: 'o1',
        betrokkeneId: 'b2',
        verstrekkendOrgaan: 'Burgemeester van Leiden',
        omschrijving: 'Exploitatievergunning 2022 geweigerd wegens ernstig gevaar.',
        aanleiding: 'art-11a',
        zelfdePersoon: true,
        herkomst: 'eigen-onderzoek',
        verkregenOp: '2022-05-01',
        verstrektOp: '2026-06-10',
        zelfVerkrijgbaar: true,
        noodzakelijk: true,
      },
    ],
    andereDossiers: [{ betrokkeneId: 'b2', dossier: 'BIB-2024-017' }],
    onderzoeksvragen: ['Waar komt het geld van de familielening van Piet Geldgever vandaan?'],
    bijlagen: { vragenformulierMetBijlagen: true, overige: ['Uittreksel KvK 2 juni 2026'] },
  };

  const form = composeBevindingenFormulier(complete);
  const section = (prefix: string) => form.sections.find((item) => item.titel.startsWith(prefix));

  it('follows the parts of the official form, in order', () => {
    expect(form.sections.map((item) => item.titel.split(' ')[0])).toEqual(['1.', '2.', '3.', '4.', '4.1', '4.2', '4.3', '5.', '6.', '7.']);
    expect(form.vertrouwelijk).toMatch(/art\. 28 lid 1/);
  });

  it.each(complete.betrokkenen.map((betrokkene) => [betrokkene.naam]))('names %s in the identification and the findings', (naam) => {
    expect(section('6.')?.regels.some((regel) => regel.startsWith(`${naam} — rol:`))).toBe(true);
    expect(section('4.1')?.regels.some((regel) => regel.startsWith(`${naam} (`))).toBe(true);
  });

  it.each([
    ['1.', '(Statutaire) naam: Horeca De Hoek B.V.'],
    ['1.', 'Handelsnamen: Café De Hoek'],
    ['3.', 'Advies van een RIEC: ja, een kopie is bijgevoegd.'],
    ['4.', 'Jan de Vries komt ook voor in dossier BIB-2024-017.'],
    ['4.1', '– Bron: KvK / Handelsregister, geraadpleegd op 2 juni 2026, kenmerk 87654321. Opgericht op 1 mei 2026; enig bestuurder Jan de Vries.'],
    ['4.1', 'Jan de Vries (Bestuurder, Aandeelhouder):'],
    ['4.2', 'Onverklaard verschil: € 60.000,00 van de investering is niet gedekt door een met stukken onderbouwde herkomst.'],
    ['4.2', '€ 40.000,00 van de lening van Piet Geldgever (“Familielening”) is niet met stukken onderbouwd.'],
    ['4.3', 'Bron: Burgemeester van Leiden, verstrekt op 10 juni 2026, uit eigen onderzoek verkregen op 1 mei 2022; over Jan de Vries: Exploitatievergunning 2022 geweigerd wegens ernstig gevaar.'],
    ['5.', '1. Waar komt het geld van de familielening van Piet Geldgever vandaan?'],
    ['7.', 'Het ingevulde Bibob-vragenformulier met de daarbij ontvangen bijlagen (art. 7a lid 4 Wet Bibob)'],
  ])('section %s contains: %s', (prefix, line) => {
    expect(section(prefix)?.regels).toContain(line);
  });

  it('says so when the financing was not checked and a betrokkene has no findings', () => {
    const partial = composeBevindingenFormulier({ ...complete, financiering: null, notities: complete.notities.filter((n) => n.betrokkeneId !== 'b4') });
    expect(partial.sections.find((item) => item.titel.startsWith('4.2'))?.regels).toEqual(['De financieringscontrole is niet uitgevoerd.']);
    expect(partial.sections.find((item) => item.titel.startsWith('4.1'))?.regels).toContain('Vastgoed Noord B.V. (Verhuurder of eigenaar van het pand): geen bevindingen vastgelegd.');
  });

  it('a complete eigen onderzoek has no problems', () => {
    expect(bevindingenFormulierProblems(complete)).toEqual([]);
  });

  const herkomsten = complete.financiering!.herkomsten;
  it.each<[string, Partial<BevindingenFormulierInput>, string, RegExp]>([
    ['no research note for a betrokkene', { notities: complete.notities.filter((n) => n.betrokkeneId !== 'b3') }, 'betrokkenen[2]', /Piet Geldgever.*art\. 9 lid 5 sub b/],
    ['the financing not checked', { financiering: null }, 'financiering', /niet uitgevoerd.*art\. 7a lid 2 sub h/],
    ['the questionnaire not attached', { bijlagen: { vragenformulierMetBijlagen: false, overige: [] } }, 'bijlagen.vragenformulierMetBijlagen', /art\. 7a lid 4.*art\. 9 lid 5 sub a/],
    ['no betrokkenen at all', { betrokkenen: [], notities: [], anderBestuursorgaan: [], andereDossiers: [], financiering: { investeringen: [], herkomsten: [] } }, 'betrokkenen', /onderdeel 6/],
    ['the form’s betrokkene unknown', { betrokkeneId: 'b9' }, 'betrokkeneId', /onderdeel 1/],
    ['no decision described', { besluit: '' }, 'besluit', /onderdeel 2/],
    ['no reason for the request', { aanleiding: { berichtArt26: false, riecAdvies: false, toelichting: ' ' } }, 'aanleiding.toelichting', /onderdeel 3/],
    [
      'a loan without a named lender',
      { financiering: { investeringen: complete.financiering!.investeringen, herkomsten: [herkomsten[0]!, { ...herkomsten[1]!, verstrekkerBetrokkeneId: undefined }, herkomsten[2]!] } },
      'financiering.herkomsten[1].verstrekkerBetrokkeneId',
      /Noem wie de lening.*art\. 7a lid 2 sub g 3°/,
    ],
    [
      'a lender not recorded as vermogensverschaffer',
      { betrokkenen: complete.betrokkenen.map((b) => (b.id === 'b3' ? { ...b, rollen: ['samenwerkingsverband'] } : b)), notities: complete.notities.filter((n) => n.id !== 'n3').concat({ ...complete.notities[2]!, bron: 'media' }) },
      'financiering.herkomsten[1].verstrekkerBetrokkeneId',
      /Piet Geldgever.*rol vermogensverschaffer/,
    ],
    ['a research date after the form', { notities: [{ ...complete.notities[0]!, geraadpleegdOp: '2026-06-16' }, ...complete.notities.slice(1)] }, 'notities[0].geraadpleegdOp', /na vandaag/],
    [
      'vergrijpboetes asked about the landlord',
      { notities: [...complete.notities, { id: 'n5', betrokkeneId: 'b4', bron: 'belastingdienst-vergrijpboetes', geraadpleegdOp: '2026-06-05', bevinding: 'Geen.' }] },
      'notities[4].bron',
      /art\. 7c Wet Bibob.*Vastgoed Noord B\.V\./,
    ],
    [
      'information from another bestuursorgaan older than five years',
      { anderBestuursorgaan: [{ ...complete.anderBestuursorgaan[0]!, verkregenOp: '2021-06-09' }] },
      'anderBestuursorgaan[0].verkregenOp',
      /niet langer dan vijf jaar geleden/,
    ],
  ])('lists a problem when %s', (_name, change, pad, melding) => {
    const problems = bevindingenFormulierProblems({ ...complete, ...change });
    expect(problems.map((problem) => problem.pad)).toContain(pad);
    expect(problems.find((problem) => problem.pad === pad)?.melding).toMatch(melding);
  });

  it('information exactly five years old on the day of provision is still allowed', () => {
    const info = { ...complete.anderBestuursorgaan[0]!, verkregenOp: '2021-06-10', verstrektOp: '2026-06-10' };
    expect(bevindingenFormulierProblems({ ...complete, anderBestuursorgaan: [info] })).toEqual([]);
  });
});

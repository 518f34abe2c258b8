import { describe, expect, it } from 'vitest';
import { DEFAULT_VOORSCHRIFTEN, EMPTY_BEOORDELING, overallConclusion, type Beoordeling, type Bevinding, type GevaarOordeel } from '../../src/domain/beoordeling';
import { afwijkingInBrief } from '../../src/domain/afwijkingAdvies';
import { besluitsoort } from '../../src/domain/besluitsoorten';
import { adresProblemen, besluitGrondslag, grondZin, letterlijkeProblemen, voluit, uitgaandeGronden, voorschriftProblemen, voorschriftRegel } from '../../src/domain/brieven';
import type { Outcome } from '../../src/domain/workflow';

const OPEN: Bevinding = { id: 'open', betrokkeneId: 'p', soort: 'veroordeling', omschrijving: 'Veroordeling wegens heling (2023).', bron: 'Justid', datum: '2023-06-01', ernst: 'aanzienlijk' };
const BEPERKT: Bevinding = { id: 'riec', betrokkeneId: 'p', soort: 'verdenking', omschrijving: 'Lopend onderzoek Zandloper naar hennepteelt in het pand', bron: 'RIEC', datum: '2026-10-01', ernst: 'zwaar', beperkingen: ['niet-aan-betrokkene'] };

function met(grondB: Partial<GevaarOordeel>, extra: Partial<Beoordeling> = {}, bevindingen: readonly Bevinding[] = [OPEN, BEPERKT]): Beoordeling {
  return {
    ...EMPTY_BEOORDELING,
    bevindingen,
    gevaar: [
      { grond: 'a', mate: 'geen', factoren: [], motivering: '' },
      { grond: 'b', mate: 'ernstig', factoren: ['lid3-a'], motivering: 'Heling en het onderzoek Zandloper.', ...grondB },
    ],
    ...extra,
  };
}

describe('uitgaandeGronden: what a ground says in a letter to the betrokkene or a third party', () => {
  const cases: { naam: string; beoordeling: Beoordeling; doorbrekingen?: { bevindingId: string; reden: string }[]; regel?: string; pad?: string; doorbroken?: string[] }[] = [
    { naam: 'no restricted finding: the motivation as written, untied', beoordeling: met({}, {}, [OPEN]), regel: 'Grond b (artikel 3, eerste lid, onder b, van de Wet Bibob): er bestaat ernstig gevaar dat de beschikking mede zal worden gebruikt om strafbare feiten te plegen. Heling en het onderzoek Zandloper.' },
    { naam: 'resting only on open findings: as written', beoordeling: met({ bevindingIds: ['open'] }), regel: 'Grond b (artikel 3, eerste lid, onder b, van de Wet Bibob): er bestaat ernstig gevaar dat de beschikking mede zal worden gebruikt om strafbare feiten te plegen. Heling en het onderzoek Zandloper.' },
    { naam: 'restricted findings in the dossier, ground not tied: refused', beoordeling: met({}), pad: 'gevaar[1].bevindingIds' },
    { naam: 'tied to nothing while it has a degree of danger: refused', beoordeling: met({ bevindingIds: [] }), pad: 'gevaar[1].bevindingIds' },
    { naam: 'resting on a restricted finding, no outgoing wording: refused', beoordeling: met({ bevindingIds: ['open', 'riec'] }), pad: 'gevaar[1].uitgaandeMotivering' },
    { naam: 'blank outgoing wording counts as none', beoordeling: met({ bevindingIds: ['riec'], uitgaandeMotivering: '  ' }), pad: 'gevaar[1].uitgaandeMotivering' },
    { naam: 'resting on a restricted finding with outgoing wording: the wording', beoordeling: met({ bevindingIds: ['open', 'riec'], uitgaandeMotivering: 'Informatie die wij niet mogen verstrekken.' }), regel: 'Grond b (artikel 3, eerste lid, onder b, van de Wet Bibob): er bestaat ernstig gevaar dat de beschikking mede zal worden gebruikt om strafbare feiten te plegen. Informatie die wij niet mogen verstrekken.' },
    {
      naam: 'overridden with a reason: as written, and the override is recorded',
      beoordeling: met({ bevindingIds: ['riec'] }),
      doorbrekingen: [{ bevindingId: 'riec', reden: 'Toestemming van het RIEC.' }],
      regel: 'Grond b (artikel 3, eerste lid, onder b, van de Wet Bibob): er bestaat ernstig gevaar dat de beschikking mede zal worden gebruikt om strafbare feiten te plegen. Heling en het onderzoek Zandloper.',
      doorbroken: ['riec'],
    },
    { naam: 'an override without a reason: refused', beoordeling: met({ bevindingIds: ['riec'] }), doorbrekingen: [{ bevindingId: 'riec', reden: ' ' }], pad: 'doorbrekingen[0].reden' },
    { naam: 'an override of an open finding: refused', beoordeling: met({ bevindingIds: ['open'] }), doorbrekingen: [{ bevindingId: 'open', reden: 'x' }], pad: 'doorbrekingen[0].bevindingId' },
    { naam: 'the evenredigheid resting on a restricted finding: refused without wording', beoordeling: met({ bevindingIds: ['open'] }, { evenredigheid: 'Gezien Zandloper.', evenredigheidBevindingIds: ['riec'] }), pad: 'evenredigheid.uitgaandeMotivering' },
    { naam: 'the evenredigheid untied: refused', beoordeling: met({ bevindingIds: ['open'] }, { evenredigheid: 'Weigeren is evenredig.' }), pad: 'evenredigheid.bevindingIds' },
    { naam: 'the evenredigheid tied to none: as written', beoordeling: met({ bevindingIds: ['open'] }, { evenredigheid: 'Weigeren is evenredig.', evenredigheidBevindingIds: [] }), regel: 'Evenredigheid (artikel 3, vijfde lid, van de Wet Bibob en artikel 3:4, tweede lid, van de Algemene wet bestuursrecht): Weigeren is evenredig.' },
    {
      naam: 'lid 6 resting on a restricted finding with wording: the wording',
      beoordeling: met({ bevindingIds: ['open'] }, { lid6: { vanToepassing: true, motivering: 'Zandloper.', bevindingIds: ['riec'], uitgaandeMotivering: 'Er is een strafbaar feit gepleegd om de vergunning te verkrijgen.' } }),
      regel: 'Artikel 3, zesde lid, van de Wet Bibob: Er is een strafbaar feit gepleegd om de vergunning te verkrijgen.',
    },
    { naam: 'a copy of the restricted finding in the outgoing wording: refused', beoordeling: met({ bevindingIds: ['riec'], uitgaandeMotivering: 'Er loopt een onderzoek Zandloper naar hennepteelt in het pand.' }), pad: 'tekst' },
  ];
  for (const geval of cases) {
    it(geval.naam, () => {
      const uit = uitgaandeGronden(geval.beoordeling, geval.doorbrekingen ?? [], 'ernstig');
      if (geval.pad) expect(uit.problemen.map((probleem) => probleem.pad)).toContain(geval.pad);
      else expect(uit.problemen).toEqual([]);
      if (geval.regel) expect(uit.regels).toContain(geval.regel);
      expect(uit.doorbroken.map((entry) => entry.bevindingId)).toEqual(geval.doorbroken ?? []);
      if (!geval.doorbroken && !geval.pad) for (const regel of uit.regels) expect(regel).not.toContain(geval.beoordeling.bevindingen.length > 1 ? 'hennepteelt' : '\u0000');
    });
  }

  it('always ends with the conclusion', () => {
    const beoordeling = met({ bevindingIds: ['open'] });
    const conclusie = overallConclusion(beoordeling, { intrekking: false, houders: [] });
    expect(uitgaandeGronden(beoordeling, [], conclusie).regels.at(-1)).toBe('Conclusie van het Bibob-onderzoek: ernstig gevaar.');
  });
});

describe('letterlijkeProblemen: a safety net for free text', () => {
  const beoordeling = met({ bevindingIds: ['open'] });
  const cases: [string, string, boolean][] = [
    ['five consecutive words of the finding, other case and punctuation', 'Er loopt een ONDERZOEK ZANDLOPER, naar hennepteelt in het pand!', true],
    ['four words are not a copy', 'het onderzoek Zandloper naar elders', false],
    ['words of the finding scattered are not a copy', 'hennepteelt, het pand, Zandloper', false],
    ['unrelated text', 'U verhuurt het pand aan de aanvrager.', false],
  ];
  for (const [naam, tekst, geweigerd] of cases) {
    it(naam, () => {
      expect(letterlijkeProblemen([tekst], beoordeling, []).length > 0).toBe(geweigerd);
    });
  }
  it('a short finding counts as copied when it appears whole', () => {
    const kort = met({ bevindingIds: ['open'] }, {}, [OPEN, { ...BEPERKT, omschrijving: 'Zaak Zandloper' }]);
    expect(letterlijkeProblemen(['In de zaak Zandloper is niets gebleken.'], kort, [])).toHaveLength(1);
    expect(letterlijkeProblemen(['In de zaak Zandloper is niets gebleken.'], kort, [{ bevindingId: 'riec', reden: 'Toestemming.' }])).toEqual([]);
  });
});

describe('adresProblemen: a full postal address', () => {
  const cases: [string, string | null, string | null][] = [
    ['street, number, postcode and place', 'Havenkade 7\n1234 CD Proefstad', null],
    ['on one line with commas', 'Havenkade 7, 1234CD Proefstad', null],
    ['a Postbus', 'Postbus 77, 5678 GH Elders', null],
    ['a house number with addition', 'Lange Nieuwstraat 12-bis, 2312 BA Leiden', null],
    ['abroad: three lines with a number', 'Rue de la Loi 16\n1000 Bruxelles\nBelgië', null],
    ['nothing', null, 'Van X B.V. is geen adres vastgelegd'],
    ['only a place', 'Proefstad', 'mist straat en huisnummer (of postbus) en postcode en woonplaats'],
    ['no postcode', 'Havenkade 7, Proefstad', 'mist postcode en woonplaats'],
    ['no street', '1234 CD Proefstad', 'mist straat en huisnummer (of postbus)'],
  ];
  for (const [naam, adres, melding] of cases) {
    it(naam, () => {
      const problemen = adresProblemen('X B.V.', adres);
      if (melding === null) expect(problemen).toEqual([]);
      else expect(problemen[0]).toContain(melding);
    });
  }
});

describe('besluitGrondslag: the legal basis that fits the outcome (Awb 3:47 lid 2)', () => {
  const apv = besluitsoort('exploitatievergunning')!;
  const wabo = besluitsoort('omgevingsvergunning')!;
  const alcohol = besluitsoort('alcoholwetvergunning')!;
  const cases: [string, Outcome, typeof apv, boolean, string | null][] = [
    ['a refusal of an APV permit: art. 3 lid 1 with art. 7 lid 1', 'weigeren', apv, false, 'artikel 3, eerste lid, van de Wet Bibob, in samenhang met art. 7 lid 1 Wet Bibob'],
    ['a refusal of an Alcoholwet licence: with art. 27 lid 3', 'weigeren', alcohol, false, 'artikel 3, eerste lid, van de Wet Bibob, in samenhang met art. 27 lid 3 Alcoholwet'],
    ['a refusal on lid 6', 'weigeren', wabo, true, 'artikel 3, zesde lid, van de Wet Bibob, in samenhang met art. 5.31 lid 1 Omgevingswet'],
    ['voorschriften on an omgevingsvergunning', 'verlenen-met-voorschriften', wabo, false, 'artikel 3, zevende lid, van de Wet Bibob en artikel 5.34, eerste lid, van de Omgevingswet'],
    ['voorschriften on an APV permit', 'verlenen-met-voorschriften', apv, false, 'artikel 3, zevende lid, van de Wet Bibob'],
    ['buiten behandeling has its own basis elsewhere', 'buiten-behandeling', apv, false, null],
  ];
  for (const [naam, uitkomst, soort, lid6, verwacht] of cases) it(naam, () => expect(besluitGrondslag(uitkomst, soort, lid6)).toBe(verwacht));
  it('a plain grant cites no Bibob power', () => expect(besluitGrondslag('verlenen', apv, false)).not.toMatch(/artikel 3|Wet Bibob/));
});

describe('voluit: a legal basis in a letter cites in one style', () => {
  it.each([
    ['artikel 3, eerste lid, van de Wet Bibob, in samenhang met art. 7 lid 1 Wet Bibob', 'artikel 3, eerste lid, van de Wet Bibob, in samenhang met artikel 7, eerste lid, van de Wet Bibob'],
    ['art. 27 lid 4 Alcoholwet', 'artikel 27, vierde lid, van de Alcoholwet'],
    ['art. 5.31 lid 3 Omgevingswet', 'artikel 5.31, derde lid, van de Omgevingswet'],
    ['art. 31 lid 3 onder a (tweede zin) Alcoholwet', 'artikel 31, derde lid, onder a (tweede zin), van de Alcoholwet'],
    ['art. 32 lid 1 Alcoholwet en art. 31 lid 3 onder a Alcoholwet', 'artikel 32, eerste lid, van de Alcoholwet en artikel 31, derde lid, onder a, van de Alcoholwet'],
    ['art. 5a Wet Bibob', 'artikel 5a van de Wet Bibob'],
    ['verdaging volgens de APV', 'verdaging volgens de APV'],
    ['artikel 3, zevende lid, van de Wet Bibob', 'artikel 3, zevende lid, van de Wet Bibob'],
  ])('%j', (kort, lang) => expect(voluit(kort)).toBe(lang));
});

describe('afwijkingInBrief: a departure from the LBB advice as the besluit states it (Awb 3:50)', () => {
  it.each([
    ['ik, a refusal on ernstig gevaar against mindere mate', 'mindere-mate', 'weigeren', 'ernstig', 'ik', 'Het Landelijk Bureau Bibob kwam in zijn advies tot mindere mate van gevaar. Ik wijk daarvan af: ik ga uit van ernstig gevaar, en een weigering vraagt ernstig gevaar (artikel 3, eerste lid, van de Wet Bibob). Mijn redenen daarvoor: r (artikel 3:50 van de Algemene wet bestuursrecht).'],
    ['wij, voorschriften against an advice of no danger', 'geen', 'verlenen-met-voorschriften', 'mindere-mate', 'wij', 'Het Landelijk Bureau Bibob kwam in zijn advies tot geen gevaar. Wij wijken daarvan af: wij gaan uit van mindere mate van gevaar, en voorschriften vragen gevaar dat zij wegnemen of beperken (artikel 3, zevende lid, van de Wet Bibob). Onze redenen daarvoor: r (artikel 3:50 van de Algemene wet bestuursrecht).'],
    ['no departure', 'mindere-mate', 'verlenen-met-voorschriften', 'mindere-mate', 'ik', null],
  ] as const)('%s', (_naam, advies, uitkomst, eigen, stem, zin) => expect(afwijkingInBrief(advies, uitkomst, eigen, stem, 'r.')).toBe(zin));
});

describe('grondZin for a vastgoedtransactie: the grounds of art. 9 lid 3 Wet Bibob, not a beschikking', () => {
  it.each([
    [{ grond: 'a', mate: 'ernstig' }, 'Grond a (artikel 9, derde lid, onder a, van de Wet Bibob): er bestaat ernstig gevaar dat de vastgoedtransactie mede zal worden gebruikt om uit gepleegde strafbare feiten verkregen of te verkrijgen, op geld waardeerbare voordelen te benutten.'],
    [{ grond: 'b', mate: 'mindere-mate' }, 'Grond b (artikel 9, derde lid, onder b, van de Wet Bibob): er bestaat een mindere mate van gevaar dat in of met de onroerende zaak waar de vastgoedtransactie betrekking op heeft, mede strafbare feiten zullen worden gepleegd.'],
  ] as const)('%j', (oordeel, zin) => {
    expect(grondZin(oordeel, true)).toBe(zin);
    expect(grondZin(oordeel, true)).not.toContain('beschikking');
  });
});

describe('voorschriften in a letter', () => {
  it('writes the library aim as a sentence and an own aim after "neemt weg of beperkt:"', () => {
    expect(voorschriftRegel({ voorschriftId: 'x', tekst: 'Meld wijzigingen.', wegneemtGevaar: 'Beperkt het gevaar dat personen met antecedenten zeggenschap krijgen.' })).toBe('Meld wijzigingen. Dit voorschrift beperkt het gevaar dat personen met antecedenten zeggenschap krijgen.');
    expect(voorschriftRegel({ voorschriftId: null, tekst: 'Geen contant geld.', wegneemtGevaar: 'het gevaar van witwassen' })).toBe('Geen contant geld. Dit voorschrift neemt weg of beperkt: het gevaar van witwassen.');
  });
  it('every aim of the library reads as a sentence after "Dit voorschrift" (not "neemt weg of beperkt: Maakt …")', () => {
    expect(voorschriftRegel({ voorschriftId: 'administratie-ter-inzage', tekst: 'Voer een administratie.', wegneemtGevaar: 'Maakt toezicht mogelijk op witwassen via de onderneming.' })).toBe('Voer een administratie. Dit voorschrift maakt toezicht mogelijk op witwassen via de onderneming.');
    for (const voorschrift of DEFAULT_VOORSCHRIFTEN) expect(voorschriftRegel({ voorschriftId: voorschrift.id, tekst: voorschrift.tekst, wegneemtGevaar: voorschrift.wegneemtGevaar }), voorschrift.id).not.toContain('neemt weg of beperkt:');
  });
  it('refuses a voorschrift with an unfilled placeholder, naming it', () => {
    const problemen = voorschriftProblemen([{ voorschriftId: 'a', tekst: 'Contante betalingen boven € [bedrag] zijn niet toegestaan.', wegneemtGevaar: 'x' }, { voorschriftId: null, tekst: 'Ingevuld.', wegneemtGevaar: 'x' }]);
    expect(problemen).toEqual([{ pad: 'voorschriften[0].tekst', melding: expect.stringContaining('([bedrag])') }]);
  });
});

import { describe, expect, it } from 'vitest';
import { bijlagenKop, naStreep, slotRegels, STANDAARD_HUISSTIJL, tekstOpschortingAdvies, vergunningInBrief, zetTekst } from '../../src/domain/brieven';
import { besluitsoort } from '../../src/domain/besluitsoorten';
import { categorieGrondslag, verstrekkingVanBrief } from '../../src/domain/verstrekking';
import { BASE_QUESTION_SET, bekendeAntwoorden, defaultSelection, formulierDocument, selectedQuestionnaire, type AnswerValue } from '../../src/domain/vragenformulier';

describe('typography of a letter (issue 20 §4)', () => {
  it.each([
    // An amount keeps its euro sign on the same line: U+00A0 between them, whatever space the text had.
    ['Een boete van € 5.000 per dag.', 'Een boete van €\u00a05.000 per dag.'],
    ['€5.000', '€\u00a05.000'],
    ['€  [bedrag]', '€\u00a0[bedrag]'],
    // A euro sign not followed by an amount is left as it is.
    ['in € of dollars', 'in € of dollars'],
    // "B.V." ending a sentence: the abbreviation's period is the sentence's period.
    ['met Horeca Noord B.V.. Wij hebben', 'met Horeca Noord B.V. Wij hebben'],
    ['Vastgoed N.V..', 'Vastgoed N.V.'],
    // An ellipsis and an ordinary word before two periods stay (no abbreviation of one letter).
    ['Wacht... ja.', 'Wacht... ja.'],
    ['enz..', 'enz..'],
    // A municipality's 14-number stays on one line ("14 / 071" split in the bericht aan een derde).
    ['via 14 071 of bibob@proefstad.nl', 'via 14\u00a0071 of bibob@proefstad.nl'],
    ['14 0515', '14\u00a00515'],
    ['op 14 oktober 2026', 'op 14 oktober 2026'],
  ])('%j → %j', (invoer, uitvoer) => {
    expect(zetTekst(invoer)).toBe(uitvoer);
  });

  it.each([
    ['De herkomst moet blijken.', 'de herkomst moet blijken.'],
    // An abbreviation or a word with capitals inside keeps its case; so does a single capital letter.
    ['KvK-uittreksel ontbreekt.', 'KvK-uittreksel ontbreekt.'],
    ['BSN van de bestuurder', 'BSN van de bestuurder'],
    ['A is nodig', 'A is nodig'],
    ['al klein', 'al klein'],
  ])('after a dash: %j → %j', (invoer, uitvoer) => {
    expect(naStreep(invoer)).toBe(uitvoer);
  });

  it('signs with the letterhead function as the opening of the signature: a capital and a comma', () => {
    const briefhoofd = { gemeente: 'Gemeente Proefstad', adres: 'Postbus 1', ondertekenaar: 'A. de Vries', functie: 'de burgemeester van Proefstad', contact: '14 071', bezwaarAdres: '', huisstijl: STANDAARD_HUISSTIJL };
    expect(slotRegels({ briefhoofd, datum: '1 maart 2027', kenmerk: 'K', onderwerp: 'O', geadresseerde: [] })).toEqual(['Met vriendelijke groet,', 'De burgemeester van Proefstad,', '', 'A. de Vries', '', 'Voor vragen kunt u contact opnemen met 14\u00a0071.']);
  });

  it('heads the enclosures "Bijlage:" for one, "Bijlagen:" for more, nothing without', () => {
    expect(bijlagenKop([])).toBeNull();
    expect(bijlagenKop(undefined)).toBeNull();
    expect(bijlagenKop(['formulier'])).toBe('Bijlage:');
    expect(bijlagenKop(['a', 'b'])).toBe('Bijlagen:');
  });
});

describe('the form the toezending encloses: only what applies to this applicant', () => {
  const vragenlijst = selectedQuestionnaire(BASE_QUESTION_SET, defaultSelection(BASE_QUESTION_SET, 'horeca'));
  const titels = (bekend: Record<string, AnswerValue>) => formulierDocument(vragenlijst, bekend).secties.map((sectie) => sectie.titel);
  const nummers = (bekend: Record<string, AnswerValue>) => formulierDocument(vragenlijst, bekend).secties.flatMap((sectie) => sectie.vragen.map((vraag) => vraag.nummer));

  it('a B.V. (1.2 = rechtspersoon): no natural-person section, no vennoten, but bestuurders', () => {
    const bekend = bekendeAntwoorden({ soort: 'rechtspersoon', rechtsvorm: 'besloten vennootschap' }, vragenlijst);
    expect(bekend).toEqual({ '1.2': 'rechtspersoon' });
    expect(titels(bekend)).not.toContain('De aanvrager als natuurlijk persoon');
    expect(titels(bekend)).not.toContain('Vennoten');
    expect(titels(bekend)).toContain('Bestuurders');
    // 1.8 asks for the vennoten (only for a personenvennootschap), 1.9 for the bestuurders (only for a rechtspersoon).
    expect(nummers(bekend)).not.toContain('1.8');
    expect(nummers(bekend)).toContain('1.9');
  });

  it('a natural person: the natural-person section, no bestuurders', () => {
    const bekend = bekendeAntwoorden({ soort: 'persoon', rechtsvorm: null }, vragenlijst);
    expect(bekend).toEqual({ '1.2': 'natuurlijk-persoon' });
    expect(titels(bekend)).toContain('De aanvrager als natuurlijk persoon');
    expect(titels(bekend)).not.toContain('Bestuurders');
  });

  it('unknown (a vof, or nothing recorded): every section that can still apply stays, numbered as in the set', () => {
    expect(bekendeAntwoorden({ soort: 'rechtspersoon', rechtsvorm: 'v.o.f.' }, vragenlijst)).toEqual({});
    expect(bekendeAntwoorden(null, vragenlijst)).toEqual({});
    expect(titels({})).toEqual(expect.arrayContaining(['De aanvrager als natuurlijk persoon', 'Vennoten', 'Bestuurders', 'Verklaring en ondertekening']));
    const document = formulierDocument(vragenlijst, {});
    const eerste = document.secties[0]!.vragen;
    expect(eerste.slice(0, 2).map((vraag) => vraag.nummer)).toEqual(['1.1', '1.2']);
    // A sub-question sits one level under its question.
    expect(eerste.find((vraag) => vraag.nummer === '1.7.a')?.niveau).toBe(1);
    expect(document.bijlagen.length).toBeGreaterThan(0);
  });
});

describe('the art. 32 notice on the suspension of art. 31', () => {
  it.each([
    ['wettelijk', true, /^Zolang het advies er niet is, is de termijn waarbinnen wij beslissen opgeschort \(artikel 31 van de Wet Bibob\), ten hoogste tot 17 maart 2027/],
    ['wettelijk', false, /opgeschort \(artikel 31/],
    // A redelijke termijn: the municipality's position, said as such.
    ['redelijk', true, /of artikel 31 ook die opschort, regelt de wet niet uitdrukkelijk\. De gemeente gaat ervan uit dat dat zo is, ten hoogste tot 17 maart 2027/],
  ] as const)('%s (setting %s)', (termijn, instelling, verwacht) => {
    expect(tekstOpschortingAdvies(termijn, instelling, '17 maart 2027')).toMatch(verwacht);
  });

  it.each([
    ['redelijk', false],
    ['geen', true],
    [null, true],
  ] as const)('%s (setting %s): nothing about a suspension', (termijn, instelling) => {
    expect(tekstOpschortingAdvies(termijn, instelling, '17 maart 2027')).toBe('');
  });
});

describe('the APV permit in a letter', () => {
  it.each([
    ['exploitatievergunning', undefined, 'exploitatievergunning (artikel 2:28 APV)'],
    ['exploitatievergunning-intrekking', undefined, 'exploitatievergunning (artikel 2:28 APV)'],
    ['exploitatievergunning', { exploitatievergunning: { naam: 'horecavergunning', artikel: '2.3.1.2' } }, 'horecavergunning (artikel 2.3.1.2 APV)'],
    // The setting is per kind of decision: the revocation keeps the default when only the grant is set.
    ['exploitatievergunning-intrekking', { exploitatievergunning: { naam: 'horecavergunning', artikel: '2.3.1.2' } }, 'exploitatievergunning (artikel 2:28 APV)'],
    // Not an APV permit: the kind's own word.
    ['alcoholwetvergunning', { exploitatievergunning: { naam: 'horecavergunning', artikel: '2.3.1.2' } }, 'alcoholwetvergunning'],
  ] as const)('%s → %s', (id, instellingen, verwacht) => {
    expect(vergunningInBrief(besluitsoort(id)!, instellingen)).toBe(verwacht);
  });
});

describe('the legal basis of exporting a letter (Wet Bibob 2025-07-16)', () => {
  it.each([
    // Art. 9 with 7a lid 4: the request to the LBB with the betrokkene's data and the findings.
    ['adviesaanvraag-lbb', null, { soort: 'vast', grondslag: 'lbb-adviesaanvraag', ontvanger: 'Landelijk Bureau Bibob' }, 'art. 9 met art. 7a lid 4 Wet Bibob'],
    // Art. 7a lid 7/8 with 11a lid 2: the melding.
    ['melding-lbb', null, { soort: 'vast', grondslag: 'lbb-melding', ontvanger: 'Landelijk Bureau Bibob' }, 'art. 7a lid 7 of lid 8 met art. 11a Wet Bibob'],
    // Art. 7c: the request to the rijksbelastingdienst about vergrijpboetes.
    ['informatieverzoek', 'belastingdienst-vergrijpboetes', { soort: 'vast', grondslag: 'belastingdienst', ontvanger: 'Belastingdienst' }, 'art. 7c Wet Bibob'],
  ] as const)('%s (%s) rests on the law’s own provision', (soort, geadresseerde, verwacht, tekst) => {
    const verstrekking = verstrekkingVanBrief(soort, geadresseerde);
    expect(verstrekking).toEqual(verwacht);
    expect(categorieGrondslag((verwacht as { grondslag: 'lbb-melding' }).grondslag)).toBe(tekst);
  });

  it.each([
    ['intern-advies', null, { soort: 'geen' }],
    ['informatieverzoek', 'riec', { soort: 'kiezen' }],
    ['besluit', null, { soort: 'kiezen' }],
    ['toezending-vragenformulier', null, { soort: 'kiezen' }],
  ] as const)('%s (%s): %j', (soort, geadresseerde, verwacht) => {
    expect(verstrekkingVanBrief(soort, geadresseerde)).toEqual(verwacht);
  });

  it('names a category of art. 28 lid 2 as before', () => {
    expect(categorieGrondslag('d')).toBe('art. 28 lid 2 onder d Wet Bibob');
  });
});

import { describe, expect, it } from 'vitest';
import { briefSoortIds, briefSoorten, controleerSjabloon, leesSjabloonSet, maakBrief, sjabloonSetNaarJson, veldenVan, vulBrief, type Velden } from '../../src/domain/brieven';

const velden: Velden = {
  naam: { soort: 'tekst', omschrijving: 'naam' },
  optioneel: { soort: 'tekst', omschrijving: 'optioneel' },
  items: { soort: 'lijst', omschrijving: 'items' },
  leeg: { soort: 'lijst', omschrijving: 'leeg' },
};

describe('a template becomes the blocks of a letter', () => {
  it.each([
    ['paragraph lines are joined, blank lines separate', 'Geachte {naam},\nwij schrijven u.\n\nTweede alinea.', [{ soort: 'alinea', tekst: 'Geachte Ëlla & <Zn>, wij schrijven u.' }, { soort: 'alinea', tekst: 'Tweede alinea.' }]],
    ['a heading and bullets', '# Kop voor {naam}\n- een\n- twee', [{ soort: 'kop', tekst: 'Kop voor Ëlla & <Zn>' }, { soort: 'lijst', items: ['een', 'twee'] }]],
    ['a list field on its own line becomes bullets', 'Ontbreekt:\n{items}', [{ soort: 'alinea', tekst: 'Ontbreekt:' }, { soort: 'lijst', items: ['a', 'b'] }]],
    ['a paragraph of only an empty optional field disappears', 'Voor.\n\n{optioneel}\n\nNa.', [{ soort: 'alinea', tekst: 'Voor.' }, { soort: 'alinea', tekst: 'Na.' }]],
    ['a heading with only an empty list under it disappears', '# Voorschriften\n{leeg}\n\n# Bezwaar\nTekst.', [{ soort: 'kop', tekst: 'Bezwaar' }, { soort: 'alinea', tekst: 'Tekst.' }]],
    ['a literal brace is written twice', 'Code {{x}}', [{ soort: 'alinea', tekst: 'Code {x}' }]],
  ])('%s', (_name, tekst, blokken) => {
    expect(vulBrief(tekst, velden, { naam: 'Ëlla & <Zn>', optioneel: '', items: ['a', 'b'], leeg: [] })).toEqual(blokken);
  });
});

describe('template errors are reported with their place', () => {
  it.each([
    ['an unknown field, with a suggestion', 'Beste {nam}', { regel: 1, kolom: 7, melding: expect.stringContaining('Bedoelt u {naam}?') }],
    ['a field that is never closed', 'Regel een\nBeste {naam', { regel: 2, kolom: 7, melding: expect.stringContaining('niet afgesloten') }],
    ['a closing brace without an opening one', 'a }', { regel: 1, kolom: 3, melding: expect.stringContaining("'}' zonder '{'") }],
    ['a list field inside a sentence', 'Dit ontbreekt: {items}', { regel: 1, kolom: 16, melding: expect.stringContaining('eigen regel') }],
  ])('%s', (_name, tekst, fout) => {
    expect(controleerSjabloon({ onderwerp: 'Onderwerp', tekst }, velden, []).tekst).toEqual([fout]);
  });

  it('a required field missing from the template is an error of the whole template, with the rule', () => {
    const fouten = controleerSjabloon({ onderwerp: 'x', tekst: 'Geen termijn.' }, veldenVan('herstelverzoek'), briefSoorten.herstelverzoek.verplicht).tekst;
    expect(fouten).toContainEqual({ regel: null, kolom: null, melding: expect.stringContaining('{termijn.herstel}') });
    expect(fouten.find((fout) => fout.melding.includes('termijn.herstel'))!.melding).toContain('art. 4:15 lid 1 sub a Awb');
  });

  it('every standard template is free of errors', () => {
    for (const soort of briefSoortIds) {
      expect(controleerSjabloon(briefSoorten[soort].standaard, veldenVan(soort), briefSoorten[soort].verplicht), soort).toEqual({ onderwerp: [], tekst: [] });
    }
  });
});

describe('a letter is refused when a required element has no value', () => {
  it('a herstelverzoek without a term; a besluit without a bezwaar clause', () => {
    const herstel = maakBrief('herstelverzoek', briefSoorten.herstelverzoek.standaard, { ontbrekend: ['x'], 'termijn.herstel': '', 'tekst.gevolg': 'g', 'tekst.opschorting': 'o' });
    expect(herstel).toMatchObject({ ok: false, problemen: [{ pad: 'termijn.herstel' }] });
    const besluit = maakBrief('besluit', briefSoorten.besluit.standaard, { aanvraag: 'Op 4 januari 2027 hebben wij uw aanvraag ontvangen.', dictum: 'Wij weigeren.', motivering: ['m'], grondslag: 'g', zienswijzen: [], voorschriften: [], 'tekst.bezwaar': '' });
    expect(besluit).toMatchObject({ ok: false, problemen: [{ pad: 'tekst.bezwaar' }] });
  });
});

describe('a template set', () => {
  it('round-trips export → import unchanged', () => {
    const set = new Map(briefSoortIds.map((soort) => [soort, briefSoorten[soort].standaard]));
    const json = sjabloonSetNaarJson(set);
    const gelezen = leesSjabloonSet(json);
    expect(gelezen.ok).toBe(true);
    if (gelezen.ok) {
      expect(sjabloonSetNaarJson(gelezen.sjablonen)).toBe(json);
      expect([...gelezen.sjablonen]).toEqual([...set]);
    }
  });

  it('is refused as a whole, with every error at its place', () => {
    const json = JSON.stringify({ formaat: 'bibob-werkbank-briefsjablonen', versie: 1, sjablonen: [{ soort: 'herstelverzoek', onderwerp: 'x', tekst: 'Beste {aanvrager.nam}\n{ontbrekend} en meer' }] });
    const gelezen = leesSjabloonSet(json);
    expect(gelezen.ok).toBe(false);
    if (!gelezen.ok) {
      expect(gelezen.fouten).toContainEqual(expect.stringContaining('tekst regel 1, kolom 7: Onbekend veld {aanvrager.nam}'));
      expect(gelezen.fouten).toContainEqual(expect.stringContaining('tekst regel 2, kolom 1'));
      expect(gelezen.fouten).toContainEqual(expect.stringContaining('{termijn.herstel}'));
    }
    expect(leesSjabloonSet('{"formaat":"iets anders","versie":1,"sjablonen":[]}')).toMatchObject({ ok: false, fouten: [expect.stringContaining('geen sjabloonset')] });
    expect(leesSjabloonSet('niet json')).toEqual({ ok: false, fouten: ['Het bestand is geen geldige JSON.'] });
  });
});

import { describe, expect, it } from 'vitest';
import { assessmentProblems, EMPTY_BEOORDELING, type Art4Kader, type Beoordeling } from '../../src/domain/beoordeling';
import { besluitDictum } from '../../src/domain/brieven';
import { categorieVan } from '../../src/domain/rapportage/jaarverslag';
import { zienswijzeRequired } from '../../src/domain/workflow';

/*
 * Issue 19 item 11, the suspension of an Alcoholwet licence. Alcoholwet art. 32 lid 1: "Een vergunning kan in de
 * gevallen bedoeld in artikel 31, tweede en derde lid, door de burgemeester worden geschorst voor een periode van
 * ten hoogste 12 weken." Art. 31 lid 3 onder a is the Bibob case: "het geval en onder de voorwaarden, bedoeld in
 * artikel 3" Wet Bibob — ernstig gevaar (or lid 6) and proportionality (lid 5), as for a revocation. It is a
 * negative decision on art. 3 grounds, so the zienswijze of art. 33 lid 1 comes first.
 */
const HOUDER = 'p-houder';
const kader: Art4Kader = { intrekking: true, houders: [HOUDER] };
const ernstig = (extra: Partial<Beoordeling> = {}): Beoordeling => ({
  ...EMPTY_BEOORDELING,
  bevindingen: [{ id: 'b1', betrokkeneId: HOUDER, soort: 'veroordeling', omschrijving: 'Witwassen via de zaak (2025).', bron: 'Justitiële documentatie', datum: '2025-03-01', ernst: 'zwaar' }],
  relaties: [{ bevindingId: 'b1', betrokkeneId: HOUDER, grondslag: 'a', toelichting: 'De houder heeft het feit zelf begaan.' }],
  gevaar: [
    { grond: 'a', mate: 'ernstig', factoren: ['lid2-a', 'lid2-c', 'lid2-d'], motivering: 'Recente witwasveroordeling van de houder.' },
    { grond: 'b', mate: 'geen', factoren: [], motivering: '' },
  ],
  evenredigheid: 'Een schorsing van vier weken volstaat; intrekken gaat verder dan nodig.',
  ...extra,
});

describe('schorsen (Alcoholwet art. 32 lid 1)', () => {
  it.each<[string, Beoordeling, string[]]>([
    ['ernstig gevaar, weighed, 4 weeks: acceptable', ernstig({ schorsingWeken: 4 }), []],
    ['12 weeks, the maximum: acceptable', ernstig({ schorsingWeken: 12 }), []],
    ['13 weeks: more than "ten hoogste 12 weken"', ernstig({ schorsingWeken: 13 }), ['schorsingWeken']],
    ['no duration given', ernstig(), ['schorsingWeken']],
    ['0 weeks', ernstig({ schorsingWeken: 0 }), ['schorsingWeken']],
    ['without the weighing of art. 3 lid 5', ernstig({ schorsingWeken: 4, evenredigheid: '' }), ['evenredigheid']],
    [
      'at mindere mate van gevaar: art. 31 lid 3 onder a needs the case of art. 3 lid 1',
      ernstig({ schorsingWeken: 4, gevaar: [{ grond: 'a', mate: 'mindere-mate', factoren: ['lid2-a', 'lid2-c'], motivering: 'Oud feit.' }, { grond: 'b', mate: 'geen', factoren: [], motivering: '' }] }),
      ['maatregel'],
    ],
  ])('%s', (_name, beoordeling, pads) => {
    expect(assessmentProblems(beoordeling, 'schorsen', kader).map((problem) => problem.pad)).toEqual(pads);
  });

  it('needs the zienswijze step of art. 33 lid 1, counts as "geschorst" in the annual report, and the besluit says for how long', () => {
    expect(zienswijzeRequired({ toepassingsgebied: 'horeca', outcome: 'schorsen' })).toEqual({ required: true, legalBasis: 'art. 33 lid 1 Wet Bibob' });
    expect(categorieVan('afgerond', 'schorsen')).toBe('geschorst');
    // The burgemeester suspends (Alcoholwet art. 32 lid 1) and speaks in the first person.
    expect(besluitDictum('schorsen', 'intrekking alcoholwetvergunning', 'Café De Hoek', 'ik', 4)).toBe('Ik schors de alcoholwetvergunning van Café De Hoek voor 4 weken (artikel 32, eerste lid, van de Alcoholwet).');
    expect(besluitDictum('schorsen', 'intrekking alcoholwetvergunning', 'Café De Hoek', 'ik')).toBeNull();
  });
});

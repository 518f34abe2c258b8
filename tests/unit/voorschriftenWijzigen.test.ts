import { describe, expect, it } from 'vitest';
import { assessmentProblems, EMPTY_BEOORDELING, type Art4Kader, type Beoordeling } from '../../src/domain/beoordeling';
import { besluitDictum } from '../../src/domain/brieven';
import { categorieVan } from '../../src/domain/rapportage/jaarverslag';
import { zienswijzeRequired } from '../../src/domain/workflow';

/*
 * Issue 19 item 11, changing Bibob voorschriften later. Wet Bibob art. 3 lid 7: voorschriften "bij mindere mate van
 * gevaar", aimed at removing or limiting it; "Het bestuursorgaan kan een op grond van deze bepaling gegeven
 * voorschrift wijzigen." For the omgevingsvergunning Ow 5.40 lid 1 onder b (../shared/bibob-domain.md §3). Art. 33
 * lid 1: before attaching voorschriften of art. 3 lid 7 the betrokkene is heard — a changed voorschrift too.
 */
const HOUDER = 'p-houder';
const kader: Art4Kader = { intrekking: true, houders: [HOUDER] };
const mindereMate = (extra: Partial<Beoordeling> = {}): Beoordeling => ({
  ...EMPTY_BEOORDELING,
  bevindingen: [{ id: 'b1', betrokkeneId: HOUDER, soort: 'veroordeling', omschrijving: 'Heling (2021).', bron: 'Justitiële documentatie', datum: '2021-03-01', ernst: 'aanzienlijk' }],
  relaties: [{ bevindingId: 'b1', betrokkeneId: HOUDER, grondslag: 'a', toelichting: 'De houder heeft het feit zelf begaan.' }],
  gevaar: [
    { grond: 'a', mate: 'mindere-mate', factoren: ['lid2-a', 'lid2-c'], motivering: 'Eén oude veroordeling voor heling.' },
    { grond: 'b', mate: 'geen', factoren: [], motivering: '' },
  ],
  voorschriften: [{ voorschriftId: null, tekst: 'Meld elke nieuwe financier vooraf aan de burgemeester.', wegneemtGevaar: 'het gevaar van crimineel geld via een financier' }],
  ...extra,
});

describe('Bibob-voorschriften wijzigen (art. 3 lid 7 Wet Bibob)', () => {
  it.each<[string, Beoordeling, string[]]>([
    ['mindere mate, a changed voorschrift with its aim: acceptable', mindereMate(), []],
    ['without any voorschrift: nothing to change to', mindereMate({ voorschriften: [] }), ['voorschriften']],
    ['no danger left: voorschriften need a (lesser) danger to remove', mindereMate({ relaties: [], bevindingen: [], gevaar: [{ grond: 'a', mate: 'geen', factoren: [], motivering: '' }, { grond: 'b', mate: 'geen', factoren: [], motivering: '' }] }), ['maatregel']],
  ])('%s', (_name, beoordeling, pads) => {
    expect(assessmentProblems(beoordeling, 'voorschriften-wijzigen', kader).map((problem) => problem.pad)).toEqual(pads);
  });

  it('needs the zienswijze of art. 33 lid 1, counts under "Voorschriften" in the annual report, and the besluit says what changes', () => {
    expect(zienswijzeRequired({ toepassingsgebied: 'wabo', outcome: 'voorschriften-wijzigen' })).toEqual({ required: true, legalBasis: 'art. 33 lid 1 Wet Bibob' });
    expect(categorieVan('afgerond', 'voorschriften-wijzigen')).toBe('voorschriften');
    expect(besluitDictum('voorschriften-wijzigen', 'intrekking omgevingsvergunning', 'Bouw B.V.', 'wij')).toBe(
      'Wij wijzigen de voorschriften die op grond van artikel 3, zevende lid, van de Wet Bibob aan de vergunning van Bouw B.V. zijn verbonden. Zij luiden voortaan zoals hieronder.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { afwijkingProblemen, afwijkingVanAdvies } from '../../src/domain/afwijkingAdvies';
import type { GevaarMate } from '../../src/domain/beoordeling';
import { besluitsoort, besluitsoorten } from '../../src/domain/besluitsoorten';
import { aanvraagZin, besluitDictum, grondZin, ondertekening, orgaanNaam, orgaanVan, relatieZin, slotRegels, stemVan, voornemenHandeling, type BriefOmslag } from '../../src/domain/brieven';

import type { Outcome } from '../../src/domain/workflow';
import { onbeantwoordeZienswijzen, reactieProblems } from '../../src/domain/zienswijze';

describe('afwijkingVanAdvies: when the besluit departs from the LBB advice (Awb 3:50)', () => {
  // [advice, outcome, own conclusion, departs?, why]
  const cases: [GevaarMate | null, Outcome | null, GevaarMate, boolean, string][] = [
    ['mindere-mate', 'weigeren', 'ernstig', true, 'a refusal needs ernstig gevaar (art. 3 lid 1); the advice found less, and the besluit rests on another degree'],
    ['mindere-mate', 'weigeren', 'mindere-mate', true, 'same degree, but a refusal does not fit mindere mate (art. 3 lid 1)'],
    ['mindere-mate', 'verlenen-met-voorschriften', 'mindere-mate', false, 'voorschriften at mindere mate: art. 3 lid 7, first sentence'],
    ['mindere-mate', 'verlenen', 'mindere-mate', false, 'lid 7 "kan": granting without voorschriften is a choice, not a departure from the degree'],
    ['ernstig', 'verlenen', 'ernstig', true, 'ernstig gevaar and a grant without voorschriften'],
    ['ernstig', 'verlenen-met-voorschriften', 'ernstig', false, 'art. 3 lid 7, third sentence: voorschriften at ernstig gevaar whose offences do not justify refusal'],
    ['ernstig', 'weigeren', 'ernstig', false, 'the refusal the advice carries'],
    ['ernstig', 'intrekken', 'ernstig', false, 'a revocation on the advice'],
    ['geen', 'verlenen-met-voorschriften', 'geen', true, 'voorschriften need at least a mindere mate'],
    ['geen', 'verlenen', 'geen', false, 'no danger, plain grant'],
    ['geen', 'verlenen', 'mindere-mate', true, 'the besluit rests on a degree the advice did not find'],
    ['mindere-mate', 'buiten-behandeling', 'ernstig', false, 'buiten behandeling decides nothing on the advice'],
    [null, 'weigeren', 'ernstig', false, 'no advice, nothing to depart from'],
    ['ernstig', null, 'ernstig', false, 'no outcome yet'],
  ];
  for (const [advies, uitkomst, eigen, afwijkt, waarom] of cases) {
    it(`${advies} → ${uitkomst} (own: ${eigen}): ${afwijkt ? 'departs' : 'fits'} — ${waarom}`, () => {
      expect(afwijkingVanAdvies(advies, uitkomst, eigen) !== null).toBe(afwijkt);
    });
  }

  it('names both differences for the refusal variant: advice mindere mate, besluit on ernstig gevaar', () => {
    expect(afwijkingVanAdvies('mindere-mate', 'weigeren', 'ernstig')).toBe(
      'het besluit gaat uit van ernstig gevaar, het advies van mindere mate van gevaar; een weigering of intrekking vraagt ernstig gevaar (artikel 3, eerste lid, van de Wet Bibob), het advies stelt mindere mate van gevaar vast',
    );
  });

  it('asks for the degree of a received advice, then for the reasons of a departure, and is satisfied with them', () => {
    const basis = { lbbAdviesOntvangen: true, uitkomst: 'weigeren' as const, eigenConclusie: 'ernstig' as const };
    expect(afwijkingProblemen({ ...basis, adviesMate: null, reden: '' }).map((p) => p.pad)).toEqual(['lbbAdviesMate']);
    expect(afwijkingProblemen({ ...basis, adviesMate: 'mindere-mate', reden: '  ' }).map((p) => p.pad)).toEqual(['afwijkingLbbReden']);
    expect(afwijkingProblemen({ ...basis, adviesMate: 'mindere-mate', reden: 'De leiding blijft bij de veroordeelde.' })).toEqual([]);
    expect(afwijkingProblemen({ ...basis, adviesMate: 'ernstig', reden: '' })).toEqual([]);
    // Without an LBB advice there is no advice to depart from.
    expect(afwijkingProblemen({ ...basis, lbbAdviesOntvangen: false, adviesMate: null, reden: '' })).toEqual([]);
  });
});

describe('the answer to every zienswijze (Awb 3:46, art. 33 Wet Bibob)', () => {
  const partij = (ontvangenOp: string | null, reactie: string, uitkomst: Outcome | null = 'weigeren') => ({ ontvangenOp, reactie, uitkomst });
  const cases: [string, ReturnType<typeof partij>[], number][] = [
    ['a zienswijze without answer blocks', [partij('2027-03-05', '')], 1],
    ['a blank answer counts as none', [partij('2027-03-05', '   ')], 1],
    ['an answered zienswijze does not block', [partij('2027-03-05', 'Het voornemen blijft staan.')], 0],
    ['no zienswijze given: nothing to answer', [partij(null, '')], 0],
    ['a zienswijze of an earlier round (other outcome) is not this besluit’s', [partij('2027-03-05', '', 'verlenen-met-voorschriften')], 0],
    ['two of the round, one answered', [partij('2027-03-05', 'Ja.'), partij('2027-03-06', '')], 1],
  ];
  for (const [naam, partijen, open] of cases) {
    it(naam, () => expect(onbeantwoordeZienswijzen(partijen, 'weigeren')).toHaveLength(open));
  }
  it('an answer needs a received zienswijze and some text', () => {
    expect(reactieProblems({ ontvangenOp: null }, 'Tekst.').map((p) => p.pad)).toEqual(['reactie']);
    expect(reactieProblems({ ontvangenOp: '2027-03-05' }, ' ')[0]?.melding).toContain('art. 3:46 Awb');
    expect(reactieProblems({ ontvangenOp: '2027-03-05' }, 'Het voornemen blijft staan.')).toEqual([]);
  });
});

describe('the body that decides, speaks and signs (Alcoholwet art. 3, Wet Bibob art. 7, Ow 5.8)', () => {
  const cases: [string, 'burgemeester' | 'college'][] = [
    ['alcoholwetvergunning', 'burgemeester'],
    ['alcoholwetvergunning-intrekking', 'burgemeester'],
    ['alcoholwet-leidinggevende-bijschrijven', 'burgemeester'],
    ['exploitatievergunning', 'burgemeester'],
    ['omgevingsvergunning', 'college'],
    ['omgevingsvergunning-intrekking', 'college'],
    ['vastgoed-verkoop', 'college'],
  ];
  for (const [id, orgaan] of cases) it(`${id}: ${orgaan}`, () => expect(orgaanVan(besluitsoort(id))).toBe(orgaan));
  it('every besluitsoort names its body', () => {
    for (const soort of besluitsoorten) expect(['burgemeester', 'college']).toContain(soort.bestuursorgaan);
  });

  it('names the body with the place of the letterhead', () => {
    expect(orgaanNaam('burgemeester', 'Gemeente Proefstad')).toBe('de burgemeester van Proefstad');
    expect(orgaanNaam('college', 'Leiden')).toBe('het college van burgemeester en wethouders van Leiden');
  });

  it('signs by the body itself when the signatory is it, otherwise "namens" with name and function', () => {
    expect(ondertekening('burgemeester', 'Gemeente Proefstad', 'A. de Vries', 'de burgemeester van Proefstad')).toEqual(['De burgemeester van Proefstad,', '', 'A. de Vries']);
    expect(ondertekening('burgemeester', 'Gemeente Proefstad', 'B. Jansen', 'teamleider Veiligheid')).toEqual(['Namens de burgemeester van Proefstad,', '', 'B. Jansen', 'teamleider Veiligheid']);
    // The burgemeester as signatory of a college decision signs on the college's behalf: he is not the college.
    expect(ondertekening('college', 'Gemeente Proefstad', 'A. de Vries', 'de burgemeester van Proefstad')).toEqual([
      'Namens het college van burgemeester en wethouders van Proefstad,',
      '',
      'A. de Vries',
      'de burgemeester van Proefstad',
    ]);
  });

  it('the dictum in the voice: "ik" for the burgemeester, "wij" for the college, with the verb to match', () => {
    expect(besluitDictum('weigeren', 'alcoholwetvergunning', 'X B.V.', stemVan('burgemeester'))).toBe('Ik weiger de gevraagde alcoholwetvergunning.');
    expect(besluitDictum('intrekken', 'alcoholwetvergunning', 'X B.V.', 'ik')).toBe('Ik trek de alcoholwetvergunning van X B.V. in.');
    expect(besluitDictum('verlenen-met-voorschriften', 'omgevingsvergunning', 'X B.V.', stemVan('college'))).toBe('Wij verlenen X B.V. de gevraagde omgevingsvergunning, met de voorschriften hieronder.');
    expect(besluitDictum('buiten-behandeling', 'alcoholwetvergunning', 'X B.V.', 'ik')).toBe('Ik behandel uw aanvraag voor een alcoholwetvergunning niet (artikel 4:5 van de Algemene wet bestuursrecht).');
  });

  it('the closing block ends with the contact line, after the signature', () => {
    const omslag = {
      briefhoofd: { gemeente: 'Gemeente Proefstad', adres: 'Postbus 1', ondertekenaar: 'A', functie: 'f', contact: '14 071.', bezwaarAdres: '', huisstijl: {} },
      datum: '',
      kenmerk: '',
      onderwerp: '',
      geadresseerde: [],
      ondertekening: ['Namens de burgemeester van Proefstad,', '', 'B. Jansen', 'teamleider'],
    } as unknown as BriefOmslag;
    expect(slotRegels(omslag)).toEqual(['Met vriendelijke groet,', 'Namens de burgemeester van Proefstad,', '', 'B. Jansen', 'teamleider', '', 'Voor vragen kunt u contact opnemen met 14\u00a0071.']);
  });
});

describe('the application and the intended decision', () => {
  it('names the date of receipt and what was asked, in the voice', () => {
    expect(aanvraagZin({ stem: 'ik', brief: 'besluit', ontvangenOp: '1 september 2026', besluit: 'een alcoholwetvergunning (Markt 1)', ambtshalve: false })).toBe(
      'Op 1 september 2026 heb ik uw aanvraag ontvangen. U vraagt daarin om een alcoholwetvergunning (Markt 1). Met deze brief beslis ik op die aanvraag.',
    );
    expect(aanvraagZin({ stem: 'wij', brief: 'voornemen', ontvangenOp: '4 januari 2027', besluit: 'een omgevingsvergunning', ambtshalve: false })).toBe(
      'Op 4 januari 2027 hebben wij uw aanvraag ontvangen. U vraagt daarin om een omgevingsvergunning. Met deze brief laten wij u weten wat wij van plan zijn te beslissen.',
    );
    // A revocation has no application.
    expect(aanvraagZin({ stem: 'ik', brief: 'besluit', ontvangenOp: null, besluit: 'een alcoholwetvergunning', ambtshalve: true })).toContain('gaat niet over een aanvraag');
  });

  it('tells a third party the intended decision without naming the applicant (art. 28 lid 3 Wet Bibob)', () => {
    expect(voornemenHandeling('weigeren', 'alcoholwetvergunning (Markt 1)', null)).toBe('de gevraagde alcoholwetvergunning (Markt 1) te weigeren');
    expect(voornemenHandeling('verlenen-met-voorschriften', 'omgevingsvergunning', null)).toBe('de gevraagde omgevingsvergunning te verlenen met voorschriften');
    expect(voornemenHandeling('verlenen-met-voorschriften', 'omgevingsvergunning', 'X B.V.')).toBe('de gevraagde omgevingsvergunning aan X B.V. te verlenen met voorschriften');
    expect(voornemenHandeling('intrekken', 'alcoholwetvergunning', 'X B.V.')).toBe('de alcoholwetvergunning van X B.V. in te trekken');
    expect(voornemenHandeling('buiten-behandeling', 'alcoholwetvergunning', 'X B.V.')).toBeNull();
  });
});

describe('each ground and relation in the law’s own words (art. 3 lid 1 and lid 4 Wet Bibob)', () => {
  const gronden: [Parameters<typeof grondZin>[0], string][] = [
    [{ grond: 'a', mate: 'ernstig' }, 'Grond a (artikel 3, eerste lid, onder a, van de Wet Bibob): er bestaat ernstig gevaar dat de beschikking mede zal worden gebruikt om uit gepleegde strafbare feiten verkregen of te verkrijgen, op geld waardeerbare voordelen te benutten.'],
    [{ grond: 'b', mate: 'mindere-mate' }, 'Grond b (artikel 3, eerste lid, onder b, van de Wet Bibob): er bestaat een mindere mate van gevaar dat de beschikking mede zal worden gebruikt om strafbare feiten te plegen.'],
    [{ grond: 'b', mate: 'geen' }, 'Grond b (artikel 3, eerste lid, onder b, van de Wet Bibob): er is geen gevaar dat de beschikking mede zal worden gebruikt om strafbare feiten te plegen.'],
  ];
  for (const [oordeel, zin] of gronden) it(`grond ${oordeel.grond}, ${oordeel.mate}`, () => expect(grondZin(oordeel)).toBe(zin));

  it('sub a, b and c', () => {
    expect(relatieZin({ bevindingId: 'f', betrokkeneId: 'p', grondslag: 'a', toelichting: '' }, 'J. Jansen')).toBe(
      'Relatie tot strafbare feiten (artikel 3, vierde lid, onder a, van de Wet Bibob): J. Jansen heeft de strafbare feiten zelf begaan.',
    );
    expect(relatieZin({ bevindingId: 'f', betrokkeneId: 'p', grondslag: 'b', via: { betrokkeneId: 'r', naam: 'Oud B.V.' }, hoedanigheid: 'zeggenschap', toelichting: 'Enig aandeelhouder.' }, 'J. Jansen')).toBe(
      'Relatie tot strafbare feiten (artikel 3, vierde lid, onder b, van de Wet Bibob): J. Jansen heeft of had zeggenschap over de rechtspersoon Oud B.V., die de strafbare feiten heeft begaan. Enig aandeelhouder.',
    );
    expect(relatieZin({ bevindingId: 'f', betrokkeneId: 'bv', grondslag: 'c', via: { betrokkeneId: 'p', naam: 'P. Bakker' }, hoedanigheid: 'vermogen', toelichting: '' }, 'Café B.V.')).toBe(
      'Relatie tot strafbare feiten (artikel 3, vierde lid, onder c, van de Wet Bibob): Café B.V. staat in relatie tot P. Bakker, die de strafbare feiten heeft gepleegd en is vermogensverschaffer van betrokkene.',
    );
  });
});

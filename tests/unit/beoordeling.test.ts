import { describe, expect, it } from 'vitest';
import {
  assessmentProblems,
  beoordelingSchema,
  bevindingSoortIds,
  bevindingSoorten,
  countsAsErnstigGevaar,
  DEFAULT_VOORSCHRIFTEN,
  EMPTY_BEOORDELING,
  findingUsable,
  gevaarFactoren,
  kiesVoorschrift,
  meldingPersonen,
  overallConclusion,
  relatieGrondslagen,
  voorschriftenLibrary,
  voorschriftenVoor,
  voorschriftSchema,
  type Art4Kader,
  type Beoordeling,
  type Bevinding,
  type BevindingSoort,
  type GekozenVoorschrift,
  type GevaarMate,
  type GevaarOordeel,
  type ProposedMeasure,
  type Relatie,
  type Voorschrift,
} from '../../src/domain/beoordeling';

// ─── Hand-built cases ─────────────────────────────────────────────────────────────────────────────────────────
// Jansen applies for a horeca licence; Horeca Jansen B.V. is a company he directs; De Vries rents him the premises.

const JANSEN = 'p-jansen';
const BV = 'r-horeca-jansen-bv';
const DE_VRIES = 'p-de-vries';

const bevinding = (id: string, soort: BevindingSoort, betrokkeneId = JANSEN, extra: Partial<Bevinding> = {}): Bevinding => ({
  id,
  betrokkeneId,
  soort,
  omschrijving: `Bevinding ${id} (${soort})`,
  bron: 'Justitiële documentatie',
  datum: '2023-03-14',
  ernst: 'aanzienlijk',
  ...extra,
});

/**
 * The setting of art. 4 (lid 1: only "indien toepassing wordt gegeven aan artikel 7a, derde lid", a revocation
 * investigation, and only the refusal of the vergunninghouder; lid 2: the aanvrager or holder). Jansen is the
 * applicant, or in a revocation the holder. In the tables below a measure 'intrekken' stands for a revocation case.
 */
const kaderVoor = (measure: ProposedMeasure): Art4Kader => ({ intrekking: measure === 'intrekken', houders: [JANSEN] });
const INTREKKING: Art4Kader = { intrekking: true, houders: [JANSEN] };

const zelf = (bevindingId: string, extra: Partial<Relatie> = {}): Relatie => ({
  bevindingId,
  betrokkeneId: JANSEN,
  grondslag: 'a',
  toelichting: 'Jansen heeft het feit zelf begaan.',
  ...extra,
});

const geen = (grond: 'a' | 'b'): GevaarOordeel => ({ grond, mate: 'geen', factoren: [], motivering: '' });
const oordeelA = (mate: GevaarMate, extra: Partial<GevaarOordeel> = {}): GevaarOordeel => ({
  grond: 'a',
  mate,
  factoren: ['lid2-a', 'lid2-c', 'lid2-d'],
  motivering: 'Witwasveroordeling van de aanvrager zelf; de investering van € 250.000 is niet verklaard.',
  ...extra,
});
const oordeelB = (mate: GevaarMate, extra: Partial<GevaarOordeel> = {}): GevaarOordeel => ({
  grond: 'b',
  mate,
  factoren: ['lid3-a', 'lid3-c', 'lid3-d'],
  motivering: 'Drie veroordelingen voor drugshandel vanuit eerdere horecabedrijven.',
  ...extra,
});

const voorschrift = (extra: Partial<GekozenVoorschrift> = {}): GekozenVoorschrift => ({
  voorschriftId: 'persoon-uitgesloten',
  tekst: 'De heer X is op geen enkele wijze betrokken bij de exploitatie.',
  wegneemtGevaar: 'Neemt het gevaar weg dat de onderneming via X in relatie staat tot strafbare feiten.',
  ...extra,
});

const EVENREDIG = 'De veroordeling is recent en hangt samen met de exploitatie; voorschriften nemen het gevaar niet weg.';

/** Ernstig gevaar on grond a, resting on Jansen's own conviction. Acceptable for weigeren. */
const base: Beoordeling = {
  bevindingen: [bevinding('b1', 'veroordeling', JANSEN, { ernst: 'zwaar' })],
  relaties: [zelf('b1')],
  gevaar: [oordeelA('ernstig'), geen('b')],
  lid6: { vanToepassing: false, motivering: '' },
  evenredigheid: EVENREDIG,
  voorschriften: [],
};
const make = (patch: Partial<Beoordeling>): Beoordeling => ({ ...base, ...patch });

const lid6 = { vanToepassing: true, motivering: 'Valse huurovereenkomst bij de aanvraag gevoegd.' };

const viaBv: Relatie = {
  bevindingId: 'b2',
  betrokkeneId: JANSEN,
  grondslag: 'b',
  via: { betrokkeneId: BV, naam: 'Horeca Jansen B.V.' },
  hoedanigheid: 'leiding',
  toelichting: 'Jansen is enig bestuurder van de B.V. die de boete kreeg.',
};
const viaVerhuurder: Relatie = {
  bevindingId: 'b3',
  betrokkeneId: JANSEN,
  grondslag: 'c',
  via: { betrokkeneId: DE_VRIES, naam: 'De Vries' },
  hoedanigheid: 'zakelijk-samenwerkingsverband',
  toelichting: 'De Vries verhuurt het pand en financierde de inventaris.',
};

// ─── The kinds of finding (art. 3a, art. 4) ─────────────────────────────────────────────────────────────────

describe('which findings may carry the degree of danger (art. 3a, art. 4)', () => {
  it.each<[BevindingSoort, boolean, boolean]>([
    ['veroordeling', true, false], // art. 3a lid 1 sub a
    ['strafbeschikking', true, false], // sub b
    ['transactie', true, false], // sub c
    ['bestuurlijke-boete', true, false], // sub d and e
    ['verdenking', true, false], // art. 3 lid 2 and 3, sub a and b
    ['sepot', true, false], // art. 3a lid 2
    ['vrijspraak', false, false], // art. 3a lid 3
    ['weigering-vragenformulier', true, true], // art. 4 lid 1
    ['weigering-aanvullende-gegevens-lbb', true, true], // art. 4 lid 2
    ['overig-feit', true, false],
  ])('%s: usable %s, ernstig gevaar by law %s', (soort, usable, byLaw) => {
    expect(findingUsable(soort)).toBe(usable);
    expect(countsAsErnstigGevaar(soort)).toBe(byLaw);
  });

  it('covers every kind in the table above', () => {
    expect(bevindingSoortIds).toHaveLength(10);
  });

  it.each(bevindingSoortIds)('%s names its article', (soort) => {
    expect(bevindingSoorten[soort].legalBasis).toMatch(/^art\. (3|3a|4) lid \d/);
  });

  it('vrijspraak includes ontslag van alle rechtsvervolging (art. 3a lid 3)', () => {
    expect(bevindingSoorten.vrijspraak.label).toMatch(/ontslag van alle rechtsvervolging/);
  });
});

describe('the relation grondslagen and factors follow art. 3 lid 2–4', () => {
  it('sub c names the four positions of the law, sub b three', () => {
    expect(Object.keys(relatieGrondslagen.c.hoedanigheden).sort()).toEqual(['leiding', 'vermogen', 'zakelijk-samenwerkingsverband', 'zeggenschap']);
    expect(Object.keys(relatieGrondslagen.b.hoedanigheden).sort()).toEqual(['leiding', 'vermogen', 'zeggenschap']);
    expect(relatieGrondslagen.a.via).toBeNull();
  });

  it.each([
    ['lid2-d', 'a', 'de grootte van de verkregen of te verkrijgen voordelen'],
    ['lid3-d', 'b', 'het aantal van de gepleegde strafbare feiten'],
    ['lid2-b', 'a', 'ingeval van vermoeden de ernst daarvan'],
  ] as const)('%s belongs to grond %s: "%s"', (id, grond, tekst) => {
    expect(gevaarFactoren[id].grond).toBe(grond);
    expect(gevaarFactoren[id].tekst).toBe(tekst);
  });
});

// ─── The conclusion ───────────────────────────────────────────────────────────────────────────────────────────

describe('overallConclusion: the highest degree over the grounds; art. 4 counts as ernstig gevaar', () => {
  it.each<[string, Beoordeling, GevaarMate]>([
    ['nothing assessed', EMPTY_BEOORDELING, 'geen'],
    ['no grond listed', make({ gevaar: [] }), 'geen'],
    ['a mindere mate, b geen', make({ gevaar: [oordeelA('mindere-mate'), geen('b')] }), 'mindere-mate'],
    ['a mindere mate, b ernstig', make({ gevaar: [oordeelA('mindere-mate'), oordeelB('ernstig')] }), 'ernstig'],
    ['a ernstig, b geen', base, 'ernstig'],
    ['lid 6 alone is no degree of danger', make({ gevaar: [geen('a'), geen('b')], lid6 }), 'geen'],
    ['art. 4 lid 1 refusal, both grounds geen', { ...EMPTY_BEOORDELING, bevindingen: [bevinding('w', 'weigering-vragenformulier')] }, 'ernstig'],
    ['art. 4 lid 2 refusal, both grounds geen', { ...EMPTY_BEOORDELING, bevindingen: [bevinding('w', 'weigering-aanvullende-gegevens-lbb')] }, 'ernstig'],
    ['a vrijspraak alone', { ...EMPTY_BEOORDELING, bevindingen: [bevinding('v', 'vrijspraak')] }, 'geen'],
  ])('%s → %s', (_name, beoordeling, expected) => {
    expect(overallConclusion(beoordeling, INTREKKING)).toBe(expected);
  });
});

// ─── The rules: acceptable assessments ──────────────────────────────────────────────────────────────────────

describe('assessmentProblems: acceptable assessments', () => {
  it.each<[string, Beoordeling, ProposedMeasure]>([
    ['ernstig gevaar on an own conviction, weigeren', base, 'weigeren'],
    ['ernstig gevaar on an own conviction, intrekken', base, 'intrekken'],
    ['ernstig gevaar, no measure proposed yet', base, null],
    ['ernstig gevaar, niet contracteren (vastgoed)', base, 'niet-contracteren'],
    ['ernstig gevaar, contract ontbinden (vastgoed)', base, 'contract-ontbinden'],
    ['nothing found, verlenen', EMPTY_BEOORDELING, 'verlenen'],
    ['nothing found, no measure', EMPTY_BEOORDELING, null],
    ['mindere mate, verlenen without weighing', make({ gevaar: [oordeelA('mindere-mate'), geen('b')], evenredigheid: '' }), 'verlenen'],
    ['mindere mate with voorschriften', make({ gevaar: [oordeelA('mindere-mate'), geen('b')], evenredigheid: '', voorschriften: [voorschrift()] }), 'verlenen-met-voorschriften'],
    ['ernstig gevaar with voorschriften and the lid 7 weighing', make({ voorschriften: [voorschrift()] }), 'verlenen-met-voorschriften'],
    ['ernstig gevaar, verlenen with a weighing', base, 'verlenen'],
    ['lid 6 alone, motivated and weighed, weigeren', make({ gevaar: [geen('a'), geen('b')], relaties: [], lid6 }), 'weigeren'],
    [
      'sub b: Jansen leads the B.V. that was fined',
      make({ bevindingen: [bevinding('b2', 'bestuurlijke-boete', BV)], relaties: [viaBv] }),
      'weigeren',
    ],
    [
      'sub c: the landlord committed the facts (zakelijk samenwerkingsverband)',
      make({ bevindingen: [bevinding('b3', 'veroordeling', DE_VRIES)], relaties: [viaVerhuurder], gevaar: [geen('a'), oordeelB('ernstig')] }),
      'weigeren',
    ],
    [
      'sub c: the vermogensverschaffer committed the facts',
      make({ bevindingen: [bevinding('b3', 'transactie', DE_VRIES)], relaties: [{ ...viaVerhuurder, hoedanigheid: 'vermogen' }] }),
      'weigeren',
    ],
    [
      'a sepot may carry the degree when the seriousness of the suspicion is weighed (art. 3a lid 2)',
      make({ bevindingen: [bevinding('s', 'sepot')], relaties: [zelf('s')], gevaar: [oordeelA('mindere-mate', { factoren: ['lid2-a', 'lid2-b'] }), geen('b')] }),
      'verlenen',
    ],
    [
      'a vrijspraak recorded for the full picture, without a relation',
      make({ bevindingen: [...base.bevindingen, bevinding('v', 'vrijspraak')] }),
      'weigeren',
    ],
    [
      'art. 4 lid 1 refusal in a revocation investigation',
      { ...EMPTY_BEOORDELING, bevindingen: [bevinding('w', 'weigering-vragenformulier')], evenredigheid: EVENREDIG },
      'intrekken',
    ],
    [
      'art. 4 lid 2 refusal towards the LBB, weigeren',
      { ...EMPTY_BEOORDELING, bevindingen: [bevinding('w', 'weigering-aanvullende-gegevens-lbb')], evenredigheid: EVENREDIG },
      'weigeren',
    ],
    [
      'ernstig gevaar on art. 4 alone, motivated on the grond',
      { ...EMPTY_BEOORDELING, bevindingen: [bevinding('w', 'weigering-aanvullende-gegevens-lbb')], gevaar: [oordeelA('ernstig', { factoren: [] }), geen('b')], evenredigheid: EVENREDIG },
      'weigeren',
    ],
  ])('%s', (_name, beoordeling, measure) => {
    expect(assessmentProblems(beoordeling, measure, kaderVoor(measure))).toEqual([]);
  });
});

// ─── The rules: refused assessments ─────────────────────────────────────────────────────────────────────────

describe('assessmentProblems: refused assessments, each naming its article', () => {
  it.each<[string, Beoordeling, ProposedMeasure, string[], RegExp]>([
    // Degree of danger: a usable finding, a relation, a motivation (art. 3 lid 2–4, art. 3a).
    ['ernstig gevaar without any finding', make({ bevindingen: [], relaties: [] }), null, ['gevaar[0].mate'], /art\. 3a lid 1/],
    [
      'ernstig gevaar resting on a vrijspraak only',
      make({ bevindingen: [bevinding('v', 'vrijspraak')], relaties: [] }),
      null,
      ['gevaar[0].mate'],
      /art\. 3a lid 3/,
    ],
    ['ernstig gevaar with a usable finding but no relation', make({ relaties: [] }), null, ['gevaar[0].mate'], /art\. 3 lid 4/],
    ['ernstig gevaar without a motivation', make({ gevaar: [oordeelA('ernstig', { motivering: '  ' }), geen('b')] }), null, ['gevaar[0].motivering'], /art\. 3 lid 2/],
    ['mindere mate without a relation', make({ relaties: [], gevaar: [oordeelA('mindere-mate'), geen('b')] }), null, ['gevaar[0].mate'], /art\. 3 lid 4/],
    ['mindere mate (grond b) without a motivation', make({ gevaar: [geen('a'), oordeelB('mindere-mate', { motivering: '' })] }), null, ['gevaar[1].motivering'], /art\. 3 lid 3/],
    [
      'mindere mate on an art. 4 refusal, which counts as ernstig',
      { ...EMPTY_BEOORDELING, bevindingen: [bevinding('w', 'weigering-aanvullende-gegevens-lbb')], gevaar: [oordeelA('mindere-mate'), geen('b')] },
      null,
      ['gevaar[0].mate'],
      /art\. 4/,
    ],
    // Factors (art. 3 lid 2 for grond a, lid 3 for grond b).
    ['a lid 3 factor under grond a', make({ gevaar: [oordeelA('ernstig', { factoren: ['lid2-a', 'lid3-d'] }), geen('b')] }), null, ['gevaar[0].factoren'], /art\. 3 lid 3 sub d/],
    ['a lid 2 factor under grond b', make({ gevaar: [geen('a'), oordeelB('ernstig', { factoren: ['lid3-a', 'lid2-d'] })] }), null, ['gevaar[1].factoren'], /art\. 3 lid 2 sub d/],
    [
      'ernstig gevaar naming only factors of the other grond',
      make({ gevaar: [oordeelA('ernstig', { factoren: ['lid3-a'] }), geen('b')] }),
      null,
      ['gevaar[0].factoren', 'gevaar[0].factoren'],
      /art\. 3 lid 2 Wet Bibob/,
    ],
    ['ernstig gevaar naming no factor', make({ gevaar: [oordeelA('ernstig', { factoren: [] }), geen('b')] }), null, ['gevaar[0].factoren'], /art\. 3 lid 2/],
    [
      'a degree resting on suspicions only, without their seriousness',
      make({ bevindingen: [bevinding('s', 'verdenking')], relaties: [zelf('s')], gevaar: [oordeelA('mindere-mate', { factoren: ['lid2-a', 'lid2-c'] }), geen('b')] }),
      null,
      ['gevaar[0].factoren'],
      /art\. 3 lid 2 sub b/,
    ],
    ['grond a judged twice', make({ gevaar: [oordeelA('ernstig'), oordeelA('mindere-mate')] }), null, ['gevaar[1].grond'], /art\. 3 lid 1 sub a/],
    // Relations (art. 3 lid 4).
    [
      'sub b without via',
      make({ bevindingen: [bevinding('b2', 'bestuurlijke-boete', BV)], relaties: [{ ...viaBv, via: undefined }] }),
      null,
      ['relaties[0].via'],
      /art\. 3 lid 4 sub b/,
    ],
    [
      'sub c without via',
      make({ bevindingen: [bevinding('b3', 'veroordeling', DE_VRIES)], relaties: [{ ...viaVerhuurder, via: undefined }] }),
      null,
      ['relaties[0].via'],
      /art\. 3 lid 4 sub c/,
    ],
    ['sub a naming via', make({ relaties: [zelf('b1', { via: { betrokkeneId: BV, naam: 'Horeca Jansen B.V.' } })] }), null, ['relaties[0].via'], /art\. 3 lid 4 sub a/],
    ['sub a naming a hoedanigheid', make({ relaties: [zelf('b1', { hoedanigheid: 'leiding' })] }), null, ['relaties[0].hoedanigheid'], /art\. 3 lid 4 sub a/],
    [
      'sub a on a finding about someone else',
      make({ bevindingen: [bevinding('b1', 'veroordeling', DE_VRIES)] }),
      null,
      ['relaties[0].betrokkeneId'],
      /art\. 3 lid 4 sub a/,
    ],
    [
      'sub b via a zakelijk samenwerkingsverband (only sub c names it)',
      make({ bevindingen: [bevinding('b2', 'bestuurlijke-boete', BV)], relaties: [{ ...viaBv, hoedanigheid: 'zakelijk-samenwerkingsverband' }] }),
      null,
      ['relaties[0].hoedanigheid'],
      /art\. 3 lid 4 sub b/,
    ],
    [
      'sub c without a hoedanigheid',
      make({ bevindingen: [bevinding('b3', 'veroordeling', DE_VRIES)], relaties: [{ ...viaVerhuurder, hoedanigheid: undefined }] }),
      null,
      ['relaties[0].hoedanigheid'],
      /art\. 3 lid 4 sub c/,
    ],
    [
      'sub b via the betrokkene himself',
      make({ bevindingen: [bevinding('b2', 'bestuurlijke-boete', JANSEN)], relaties: [{ ...viaBv, via: { betrokkeneId: JANSEN, naam: 'Jansen' } }] }),
      null,
      ['relaties[0].via'],
      /art\. 3 lid 4 sub b/,
    ],
    [
      'sub c via someone the finding is not about',
      make({ bevindingen: [bevinding('b3', 'veroordeling', BV)], relaties: [viaVerhuurder] }),
      null,
      ['relaties[0].via'],
      /art\. 3 lid 4 sub c/,
    ],
    ['a relation without its nature described', make({ relaties: [zelf('b1', { toelichting: ' ' })] }), null, ['relaties[0].toelichting'], /art\. 3 lid 2 en 3, sub c/],
    ['a relation to a finding that does not exist', make({ relaties: [zelf('b1'), zelf('b9')] }), null, ['relaties[1].bevindingId'], /art\. 3 lid 4/],
    [
      'a relation to a vrijspraak',
      make({ bevindingen: [...base.bevindingen, bevinding('v', 'vrijspraak')], relaties: [zelf('b1'), zelf('v')] }),
      null,
      ['relaties[1].bevindingId'],
      /art\. 3a lid 3/,
    ],
    [
      'a relation to an art. 4 refusal',
      make({ bevindingen: [...base.bevindingen, bevinding('w', 'weigering-vragenformulier')], relaties: [zelf('b1'), zelf('w')] }),
      'intrekken',
      ['relaties[1].bevindingId'],
      /art\. 4 lid 1/,
    ],
    // Art. 4 only where the law applies it.
    [
      'art. 4 lid 1 refusal used against an application',
      make({ bevindingen: [...base.bevindingen, bevinding('w', 'weigering-vragenformulier')] }),
      'weigeren',
      ['bevindingen[1].soort'],
      /art\. 4 lid 1/,
    ],
    [
      'art. 4 refusal used against a vastgoed party',
      make({ bevindingen: [...base.bevindingen, bevinding('w', 'weigering-aanvullende-gegevens-lbb')] }),
      'niet-contracteren',
      ['bevindingen[1].soort'],
      /art\. 4 lid 1 en 2/,
    ],
    ['two findings with the same id', make({ bevindingen: [...base.bevindingen, bevinding('b1', 'verdenking')] }), null, ['bevindingen[1].id'], /eigen id/],
    // Lid 6.
    ['lid 6 applicable without a motivation', make({ lid6: { vanToepassing: true, motivering: '' } }), null, ['lid6.motivering'], /art\. 3 lid 6/],
    // Negative measures: ernstig gevaar or lid 6, and evenredigheid (lid 5).
    ['weigeren at mindere mate', make({ gevaar: [oordeelA('mindere-mate'), geen('b')] }), 'weigeren', ['maatregel'], /art\. 3 lid 1 en lid 6/],
    ['intrekken with no danger', make({ bevindingen: [], relaties: [], gevaar: [geen('a'), geen('b')] }), 'intrekken', ['maatregel'], /art\. 3 lid 1/],
    ['niet contracteren with no danger', make({ bevindingen: [], relaties: [], gevaar: [geen('a'), geen('b')] }), 'niet-contracteren', ['maatregel'], /art\. 9 lid 3/],
    ['weigeren at ernstig gevaar without a weighing', make({ evenredigheid: '' }), 'weigeren', ['evenredigheid'], /art\. 3 lid 5/],
    ['intrekken at ernstig gevaar without a weighing', make({ evenredigheid: ' \n' }), 'intrekken', ['evenredigheid'], /art\. 3 lid 5/],
    ['contract ontbinden without a weighing', make({ evenredigheid: '' }), 'contract-ontbinden', ['evenredigheid'], /art\. 9 lid 4/],
    ['weigeren on lid 6 alone without a weighing', make({ gevaar: [geen('a'), geen('b')], relaties: [], lid6, evenredigheid: '' }), 'weigeren', ['evenredigheid'], /art\. 3 lid 6, tweede zin/],
    // Voorschriften (lid 7).
    ['verlenen met voorschriften without any', make({ gevaar: [oordeelA('mindere-mate'), geen('b')] }), 'verlenen-met-voorschriften', ['voorschriften'], /art\. 3 lid 7/],
    [
      'a voorschrift that says no danger it removes',
      make({ gevaar: [oordeelA('mindere-mate'), geen('b')], voorschriften: [voorschrift({ wegneemtGevaar: '' })] }),
      'verlenen-met-voorschriften',
      ['voorschriften[0].wegneemtGevaar'],
      /art\. 3 lid 7/,
    ],
    [
      'a voorschrift without text',
      make({ gevaar: [oordeelA('mindere-mate'), geen('b')], voorschriften: [voorschrift(), voorschrift({ tekst: '' })] }),
      'verlenen-met-voorschriften',
      ['voorschriften[1].tekst'],
      /art\. 3 lid 7/,
    ],
    ['voorschriften with no danger', { ...EMPTY_BEOORDELING, voorschriften: [voorschrift()] }, 'verlenen-met-voorschriften', ['maatregel'], /art\. 3 lid 7/],
    ['voorschriften at ernstig gevaar without a weighing', make({ evenredigheid: '', voorschriften: [voorschrift()] }), 'verlenen-met-voorschriften', ['evenredigheid'], /art\. 3 lid 7, derde zin/],
    ['voorschriften with a refusal', make({ voorschriften: [voorschrift()] }), 'weigeren', ['voorschriften'], /art\. 3 lid 7/],
    // Verlenen despite ernstig gevaar or lid 6.
    ['verlenen at ernstig gevaar without a weighing', make({ evenredigheid: '' }), 'verlenen', ['evenredigheid'], /art\. 3 lid 5/],
    ['verlenen with lid 6 applicable without a weighing', make({ gevaar: [geen('a'), geen('b')], relaties: [], lid6, evenredigheid: '' }), 'verlenen', ['evenredigheid'], /art\. 3 lid 6/],
  ])('%s', (_name, beoordeling, measure, pads, article) => {
    const problems = assessmentProblems(beoordeling, measure, kaderVoor(measure));
    expect(problems.map((problem) => problem.pad)).toEqual(pads);
    // Messages may start a sentence with "Art.": the article is matched regardless of case.
    for (const problem of problems) expect(problem.melding).toMatch(new RegExp(article.source, 'i'));
  });

  it('reports every problem at once, in Dutch', () => {
    const problems = assessmentProblems(make({ relaties: [], evenredigheid: '', lid6: { vanToepassing: true, motivering: '' } }), 'weigeren', kaderVoor('weigeren'));
    expect(problems.map((problem) => problem.pad)).toEqual(['gevaar[0].mate', 'lid6.motivering', 'evenredigheid']);
    expect(problems[0]?.melding).toMatch(/^Voor ernstig gevaar op grond a moet een betrokkene in relatie staan/);
  });
});

// ─── Voorschriften library (lid 7) ──────────────────────────────────────────────────────────────────────────

describe('the default voorschriften', () => {
  it('has realistic entries for every toepassingsgebied with unique ids', () => {
    const ids = DEFAULT_VOORSCHRIFTEN.map((entry) => entry.id);
    expect(ids.length).toBeGreaterThanOrEqual(8);
    expect(new Set(ids).size).toBe(ids.length);
    for (const gebied of ['horeca', 'wabo', 'vastgoed'] as const) expect(voorschriftenVoor(DEFAULT_VOORSCHRIFTEN, gebied).length).toBeGreaterThan(1);
  });

  it.each(DEFAULT_VOORSCHRIFTEN.map((entry) => [entry.id, entry] as const))('%s says which danger of art. 3 lid 1 it removes', (_id, entry) => {
    expect(entry.tekst.trim()).not.toBe('');
    expect(entry.wegneemtGevaar).toMatch(/art\. 3 lid 1 sub [ab]/);
    expect(voorschriftSchema.safeParse(entry).success).toBe(true);
  });

  it('filters per toepassingsgebied and copies an entry into a decision', () => {
    const vastgoed = voorschriftenVoor(DEFAULT_VOORSCHRIFTEN, 'vastgoed').map((entry) => entry.id);
    expect(vastgoed).toContain('doorverkoop-toestemming');
    expect(vastgoed).not.toContain('girale-betalingen');
    const entry = DEFAULT_VOORSCHRIFTEN[0]!;
    expect(kiesVoorschrift(entry)).toEqual({ voorschriftId: entry.id, tekst: entry.tekst, wegneemtGevaar: entry.wegneemtGevaar });
  });
});

describe('voorschriftenLibrary merges the municipality’s own entries', () => {
  const own = (extra: Partial<Voorschrift> = {}): Voorschrift => ({
    id: 'camera-toezicht',
    tekst: 'De vergunninghouder houdt cameratoezicht bij de ingang en bewaart de beelden vier weken.',
    wegneemtGevaar: 'Beperkt het gevaar dat in de inrichting strafbare feiten worden gepleegd (art. 3 lid 1 sub b).',
    toepassingsgebieden: ['horeca'],
    ...extra,
  });

  it('accepts distinct, complete entries after the defaults', () => {
    const result = voorschriftenLibrary(DEFAULT_VOORSCHRIFTEN, [own(), own({ id: 'sluitingstijd-22-uur' })]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.voorschriften).toHaveLength(DEFAULT_VOORSCHRIFTEN.length + 2);
      expect(result.voorschriften.at(-1)?.id).toBe('sluitingstijd-22-uur');
    }
  });

  it.each<[string, Voorschrift[], string, RegExp]>([
    ['an id of a default', [own({ id: 'girale-betalingen' })], 'eigen[0].id', /al een voorschrift met id "girale-betalingen"/],
    ['an id used twice among own entries', [own(), own()], 'eigen[1].id', /al een voorschrift met id "camera-toezicht"/],
    ['an id not in kebab-case', [own({ id: 'Camera Toezicht' })], 'eigen[0].id', /kleine letters/],
    ['an empty text', [own({ tekst: '' })], 'eigen[0].tekst', /art\. 3 lid 7/],
    ['no danger described', [own({ wegneemtGevaar: '   ' })], 'eigen[0].wegneemtGevaar', /art\. 3 lid 7/],
    ['no toepassingsgebied', [own({ toepassingsgebieden: [] })], 'eigen[0].toepassingsgebieden', /toepassingsgebied/],
  ])('refuses %s', (_name, entries, pad, melding) => {
    const result = voorschriftenLibrary(DEFAULT_VOORSCHRIFTEN, entries);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((problem) => problem.pad)).toEqual([pad]);
      expect(result.problems[0]?.melding).toMatch(melding);
    }
  });
});

// ─── Schemas ────────────────────────────────────────────────────────────────────────────────────────────────

describe('beoordelingSchema validates stored and IPC data, in Dutch', () => {
  it.each<[string, Beoordeling]>([
    ['the base case', base],
    ['an empty assessment', EMPTY_BEOORDELING],
    ['relations of sub b and c', make({ bevindingen: [bevinding('b2', 'bestuurlijke-boete', BV)], relaties: [viaBv, viaVerhuurder] })],
  ])('accepts %s', (_name, beoordeling) => {
    const result = beoordelingSchema.safeParse(beoordeling);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(JSON.parse(JSON.stringify(beoordeling)));
  });

  const withBevinding = (patch: Record<string, unknown>) => ({ ...base, bevindingen: [{ ...base.bevindingen[0], ...patch }] });

  it.each<[string, unknown, (string | number)[], RegExp]>([
    ['an unknown kind of finding', withBevinding({ soort: 'gerucht' }), ['bevindingen', 0, 'soort'], /Onbekende soort bevinding "gerucht" \(art\. 3a en 4 Wet Bibob\)/],
    ['a date that does not exist', withBevinding({ datum: '2023-02-30' }), ['bevindingen', 0, 'datum'], /bestaande datum/],
    ['a finding without a description', withBevinding({ omschrijving: ' ' }), ['bevindingen', 0, 'omschrijving'], /Vul een omschrijving van de bevinding in/],
    ['an unknown field', withBevinding({ geheim: true }), ['bevindingen', 0], /Onbekend veld in een bevinding: geheim/],
    ['grondslag d', { ...base, relaties: [{ ...zelf('b1'), grondslag: 'd' }] }, ['relaties', 0, 'grondslag'], /art\. 3 lid 4/],
    ['an unknown factor', { ...base, gevaar: [{ ...oordeelA('ernstig'), factoren: ['lid4-a'] }] }, ['gevaar', 0, 'factoren', 0], /Onbekende factor "lid4-a" \(art\. 3 lid 2 en 3/],
    ['no lid 6 judgment', { ...base, lid6: undefined }, ['lid6'], /Hier hoort het oordeel over art\. 3 lid 6/],
    ['lid 6 as text', { ...base, lid6: { vanToepassing: 'ja', motivering: '' } }, ['lid6', 'vanToepassing'], /art\. 3 lid 6/],
  ])('refuses %s', (_name, input, path, message) => {
    const result = beoordelingSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((candidate) => JSON.stringify(candidate.path) === JSON.stringify(path));
    expect(issue?.message).toMatch(message);
  });
});

// ─── Art. 4 only where the law applies it (issue 19 item 13) ──────────────────────────────────────────────────
// Art. 4 lid 1: "Indien toepassing wordt gegeven aan artikel 7a, derde lid [onderzoek met het oog op intrekking],
// wordt de weigering van de vergunninghouder, de begunstigde van een andere beschikking, of de subsidie-ontvanger om
// een formulier ... volledig in te vullen, aangemerkt als ernstig gevaar". Lid 2: the refusal "van de aanvrager van
// een beschikking, de subsidie-ontvanger, de vergunninghouder of de begunstigde" to give the LBB further data.

describe('art. 4: the refusal counts as ernstig gevaar only in the setting the law names', () => {
  const aanvraag: Art4Kader = { intrekking: false, houders: [JANSEN] };
  const vragenformulier = { ...EMPTY_BEOORDELING, bevindingen: [bevinding('w', 'weigering-vragenformulier')] };
  const lbbWeigering = { ...EMPTY_BEOORDELING, bevindingen: [bevinding('w', 'weigering-aanvullende-gegevens-lbb')] };
  it.each<[string, Beoordeling, Art4Kader, GevaarMate]>([
    ['questionnaire refused by the holder in a revocation (lid 1 with 7a lid 3): ernstig', vragenformulier, INTREKKING, 'ernstig'],
    ['questionnaire refused by the applicant of an application: lid 1 does not apply, the route is Awb 4:5 — geen', vragenformulier, aanvraag, 'geen'],
    ['questionnaire "refused" by De Vries, not the holder, in a revocation: lid 1 names only the holder — geen', { ...EMPTY_BEOORDELING, bevindingen: [bevinding('w', 'weigering-vragenformulier', DE_VRIES)] }, INTREKKING, 'geen'],
    ['LBB data refused by the applicant of an application (lid 2 names the aanvrager): ernstig', lbbWeigering, aanvraag, 'ernstig'],
    ['LBB data refused by De Vries, the verhuurder: lid 2 names only aanvrager and holder — geen', { ...EMPTY_BEOORDELING, bevindingen: [bevinding('w', 'weigering-aanvullende-gegevens-lbb', DE_VRIES)] }, aanvraag, 'geen'],
  ])('%s', (_name, beoordeling, kader, expected) => {
    expect(overallConclusion(beoordeling, kader)).toBe(expected);
  });

  it.each<[string, Beoordeling, ProposedMeasure, Art4Kader, string[]]>([
    // An application dossier with voorschriften proposed: lid 1 is no ground whatever the measure.
    ['lid 1 refusal in an application, voorschriften proposed', { ...make({ gevaar: [oordeelA('mindere-mate'), geen('b')], voorschriften: [voorschrift()] }), bevindingen: [...base.bevindingen, bevinding('w', 'weigering-vragenformulier')] }, 'verlenen-met-voorschriften', aanvraag, ['bevindingen[1].soort']],
    ['lid 1 refusal recorded for the verhuurder in a revocation', { ...make({}), bevindingen: [...base.bevindingen, bevinding('w', 'weigering-vragenformulier', DE_VRIES)] }, 'intrekken', INTREKKING, ['bevindingen[1].betrokkeneId']],
    ['lid 2 refusal recorded for the verhuurder in an application', { ...make({}), bevindingen: [...base.bevindingen, bevinding('w', 'weigering-aanvullende-gegevens-lbb', DE_VRIES)] }, 'weigeren', aanvraag, ['bevindingen[1].betrokkeneId']],
    // Ernstig gevaar resting on nothing but a lid 1 refusal in an application: the refusal is refused, and the
    // degree has no support (no usable finding) — both said.
    ['ernstig on a lid 1 refusal alone in an application', { ...vragenformulier, gevaar: [oordeelA('ernstig', { factoren: [] }), geen('b')], evenredigheid: EVENREDIG }, null, aanvraag, ['bevindingen[0].soort', 'gevaar[0].mate']],
  ])('%s', (_name, beoordeling, measure, kader, pads) => {
    const problems = assessmentProblems(beoordeling, measure, kader);
    expect(problems.map((problem) => problem.pad)).toEqual(pads);
    for (const problem of problems.filter((p) => p.pad.startsWith('bevindingen'))) expect(problem.melding).toMatch(/art\. 4 lid [12]/);
  });
});

// ─── Melding art. 7a lid 7: the persons of art. 11a lid 2 sub b (issue 19 item 14) ───────────────────────────
// Sub b: "de identiteit van de onderzochte natuurlijke en rechtspersonen, bedoeld in het eerste lid, onder b tot en
// met f [leidinggevende, zeggenschaphebbende, vermogensverschaffer, vermelde leidinggevende/beheerder,
// gelijkgestelde], voor zover door hen gepleegde strafbare feiten ten grondslag zijn gelegd aan de conclusie".

describe('meldingPersonen: only those whose own offences underlie the conclusion', () => {
  const BV_AANVRAGER = { id: BV, rollen: ['aanvrager'] };
  const jansenBestuurder = { id: JANSEN, rollen: ['bestuurder'] };
  const deVriesVerhuurder = { id: DE_VRIES, rollen: ['verhuurder'] };
  const relatie = (bevindingId: string, betrokkeneId: string): Relatie => ({ bevindingId, betrokkeneId, grondslag: 'a', toelichting: 'Zelf begaan.' });
  it.each<[string, Beoordeling, GevaarMate, { id: string; rollen: string[] }[], string[]]>([
    ['Jansen (bestuurder) convicted, related, mindere mate: Jansen', make({ bevindingen: [bevinding('j', 'veroordeling', JANSEN)], relaties: [relatie('j', JANSEN)] }), 'mindere-mate', [BV_AANVRAGER, jansenBestuurder], [JANSEN]],
    ['Jansen convicted but no relation rests on it: it underlies nothing — nobody', make({ bevindingen: [bevinding('j', 'veroordeling', JANSEN)], relaties: [] }), 'ernstig', [BV_AANVRAGER, jansenBestuurder], []],
    ['Jansen acquitted (art. 3a lid 3), even with a relation recorded: nobody', make({ bevindingen: [bevinding('j', 'vrijspraak', JANSEN)], relaties: [relatie('j', JANSEN)] }), 'ernstig', [BV_AANVRAGER, jansenBestuurder], []],
    ['conclusion geen: no melding of lid 7, nobody', make({ bevindingen: [bevinding('j', 'veroordeling', JANSEN)], relaties: [relatie('j', JANSEN)] }), 'geen', [BV_AANVRAGER, jansenBestuurder], []],
    ['De Vries, verhuurder only, convicted and related: not one of lid 1 onder b–f — nobody', make({ bevindingen: [bevinding('v', 'veroordeling', DE_VRIES)], relaties: [relatie('v', DE_VRIES)] }), 'ernstig', [BV_AANVRAGER, deVriesVerhuurder], []],
    ['the aanvrager’s own offence: sub a names him, not sub b', make({ bevindingen: [bevinding('b', 'veroordeling', BV)], relaties: [relatie('b', BV)] }), 'ernstig', [BV_AANVRAGER, jansenBestuurder], []],
    ['an art. 4 refusal is no offence: nobody', make({ bevindingen: [bevinding('w', 'weigering-aanvullende-gegevens-lbb', JANSEN)], relaties: [relatie('w', JANSEN)] }), 'ernstig', [BV_AANVRAGER, jansenBestuurder], []],
  ])('%s', (_name, beoordeling, conclusie, betrokkenen, expected) => {
    expect(meldingPersonen(beoordeling, conclusie, betrokkenen)).toEqual(expected);
  });
});

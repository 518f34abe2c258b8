import { describe, expect, it } from 'vitest';
import { buitenBehandelingToets, type Herstelverzoek } from '../../src/domain/herstel';
import type { WorkflowFacts } from '../../src/domain/workflow';
import { volgendeStappen, type VolgendeStapInput } from '../../src/domain/workflow/volgendeStap';
import { factsWith } from '../support/workflowFacts';

const TODAY = '2026-11-23'; // a Monday
const holidays = { decreedDays: [] };

const facts = factsWith;

/** A horeca dossier (Alcoholwet: redelijke termijn) received 12 October 2026, questionnaire returned complete. */
function input(overrides: Partial<VolgendeStapInput> = {}): VolgendeStapInput {
  const herstelverzoeken = overrides.herstelverzoeken ?? [];
  return {
    phase: 'eigen-onderzoek',
    facts: facts(),
    today: TODAY,
    besluitsoortGekozen: true,
    ontvangenOp: '2026-10-12',
    ambtshalve: false,
    aanvragerNaam: 'Café De Haven B.V.',
    andereBetrokkenen: 2,
    // The engine for 12 October + 8 weeks: Monday 7 December 2026 (Awb 4:13 lid 2), notice due the same day.
    termijn: { kind: 'redelijk', deadline: '2026-12-07', legalBasis: 'art. 4:13 lid 2 Awb', mededelingUiterlijk: '2026-12-07' },
    mededelingRedelijkeTermijn: null,
    vragenformulier: { verzondenOp: '2026-10-14', ontvangenOp: '2026-10-28', compleet: true, ontbreekt: 0 },
    herstelverzoeken,
    buitenBehandeling: buitenBehandelingToets(herstelverzoeken, overrides.today ?? TODAY, holidays, { ambtshalve: overrides.ambtshalve ?? false }),
    verzoeken: [],
    zienswijzePartijen: [],
    besluitOp: null,
    ...overrides,
  };
}

/** A wabo dossier with the Ow 16.64 lid 1 term: received 9 November 2026, 8 weeks → Monday 4 January 2027. */
const wabo = (overrides: Partial<VolgendeStapInput> = {}): VolgendeStapInput =>
  input({
    facts: facts({ toepassingsgebied: 'wabo' }),
    ontvangenOp: '2026-11-09',
    termijn: { kind: 'wettelijk', deadline: '2027-01-04', legalBasis: 'art. 16.64 lid 1 Omgevingswet', mededelingUiterlijk: null },
    ...overrides,
  });

const unusedHerstel: Herstelverzoek[] = [{ verzondenOp: '2026-11-02', termijnTot: '2026-11-16', aangevuldOp: null, aanvulling: null }];
const runningHerstel: Herstelverzoek[] = [{ verzondenOp: '2026-11-16', termijnTot: '2026-11-30', aangevuldOp: null, aanvulling: null }];
const sentLbb = { geadresseerde: 'lbb', status: 'verzonden', verzondenOp: '2026-11-02', uiterlijkOp: '2026-12-28', betrokkeneGeinformeerd: false };

interface Row {
  state: string;
  given: VolgendeStapInput;
  /** The first steps, in order: a word of what to do, the section, the article, the date and the letter. */
  expected: { wat: RegExp; sectie: string; artikel: string; uiterlijk?: string; brief?: string }[];
  /** Sections that must not appear. */
  absent?: string[];
}

const rows: Row[] = [
  {
    state: 'new horeca dossier without besluitsoort, date of receipt or betrokkenen',
    given: input({ phase: 'intake', besluitsoortGekozen: false, ontvangenOp: null, andereBetrokkenen: 0, termijn: null, vragenformulier: { verzondenOp: null, ontvangenOp: null, compleet: false, ontbreekt: 0 } }),
    expected: [
      { wat: /Kies de soort besluit/, sectie: 'gegevens', artikel: 'art. 4:13 lid 1 Awb' },
      { wat: /datum van ontvangst/, sectie: 'gegevens', artikel: 'art. 4:13 Awb' },
      { wat: /betrokkenen vast.*verhuurder/, sectie: 'betrokkenen', artikel: 'art. 3 lid 4 Wet Bibob' },
      { wat: /Stuur het Bibob-vragenformulier aan Café De Haven B\.V\./, sectie: 'vragenformulier', artikel: 'art. 7a lid 2 Wet Bibob', brief: 'toezending-vragenformulier' },
    ],
    absent: ['beslistermijn', 'herstel'],
  },
  {
    state: 'questionnaire sent, not back; 4:14 lid 3 notice due within two weeks',
    given: input({ phase: 'vragenformulier-uitgezet', vragenformulier: { verzondenOp: '2026-10-14', ontvangenOp: null, compleet: false, ontbreekt: 0 } }),
    expected: [
      { wat: /^Vóór of op 7 december 2026: mededeling art\. 4:14 lid 3 Awb.*redelijke termijn verstreken/, sectie: 'beslistermijn', artikel: 'art. 4:14 lid 3 Awb', uiterlijk: '2026-12-07', brief: 'termijn-niet-haalbaar' },
      { wat: /^Beslis uiterlijk 7 december 2026: daarna is de redelijke termijn/, sectie: 'beslistermijn', artikel: 'art. 4:13 lid 2 en 4:14 lid 3 Awb', uiterlijk: '2026-12-07' },
      { wat: /ontvangst van het ingevulde vragenformulier.*14 oktober 2026/, sectie: 'vragenformulier', artikel: 'art. 7a lid 2 Wet Bibob' },
    ],
  },
  {
    state: 'redelijke termijn with a timely 4:14 lid 3 notice: the decision by the term it names, no notice step',
    given: input({ phase: 'vragenformulier-uitgezet', mededelingRedelijkeTermijn: { sentOn: '2026-11-20', expectedBy: '2027-02-15' }, vragenformulier: { verzondenOp: '2026-10-14', ontvangenOp: null, compleet: false, ontbreekt: 0 } }),
    expected: [
      { wat: /ontvangst van het ingevulde vragenformulier/, sectie: 'vragenformulier', artikel: 'art. 7a lid 2 Wet Bibob' },
      { wat: /^Beslis uiterlijk 15 februari 2027: de termijn die de mededeling/, sectie: 'beslistermijn', artikel: 'art. 4:13 lid 2 en 4:14 lid 3 Awb', uiterlijk: '2027-02-15' },
    ],
  },
  {
    state: 'wabo, questionnaire back with 3 items missing, no herstelverzoek yet',
    given: wabo({ phase: 'volledigheid', vragenformulier: { verzondenOp: '2026-11-10', ontvangenOp: '2026-11-20', compleet: false, ontbreekt: 3 } }),
    expected: [
      { wat: /herstelverzoek met een termijn: 3 onderdelen ontbreken/, sectie: 'herstel', artikel: 'art. 4:5 lid 1 Awb', brief: 'herstelverzoek' },
      { wat: /^Beslis uiterlijk 4 januari 2027: dan eindigt de beslistermijn/, sectie: 'beslistermijn', artikel: 'art. 16.64 lid 1 Omgevingswet', uiterlijk: '2027-01-04' },
    ],
    absent: ['eigen-onderzoek'],
  },
  {
    state: 'wabo, herstelverzoek running to 30 November: wait, dated, first',
    given: wabo({ phase: 'volledigheid', herstelverzoeken: runningHerstel, vragenformulier: { verzondenOp: '2026-11-10', ontvangenOp: '2026-11-13', compleet: false, ontbreekt: 2 } }),
    expected: [{ wat: /Wacht de aanvulling af.*30 november 2026/, sectie: 'herstel', artikel: 'art. 4:5 lid 1 Awb', uiterlijk: '2026-11-30' }],
    absent: ['eigen-onderzoek'],
  },
  {
    state: 'wabo, hersteltermijn passed unused on 16 November: buiten behandeling made known by 14 December (4 weeks)',
    given: wabo({ phase: 'volledigheid', herstelverzoeken: unusedHerstel, vragenformulier: { verzondenOp: '2026-10-20', ontvangenOp: '2026-10-30', compleet: false, ontbreekt: 2 } }),
    expected: [{ wat: /buiten behandeling stelt \(de hersteltermijn is ongebruikt verstreken\)/, sectie: 'herstel', artikel: 'art. 4:5 lid 4 Awb', uiterlijk: '2026-12-14', brief: 'besluit' }],
    absent: ['eigen-onderzoek'],
  },
  {
    state: 'revocation (ambtshalve) with the same lapsed herstel: no buiten behandeling, the investigation goes on',
    given: wabo({ phase: 'eigen-onderzoek', ambtshalve: true, herstelverzoeken: unusedHerstel, vragenformulier: { verzondenOp: '2026-10-20', ontvangenOp: '2026-10-30', compleet: false, ontbreekt: 2 } }),
    expected: [{ wat: /Doe het eigen onderzoek/, sectie: 'eigen-onderzoek', artikel: 'art. 7a en 7b Wet Bibob' }],
    absent: ['herstel'],
  },
  {
    state: 'wabo, herstel completed as volledig while items still show open: no second herstelverzoek, the eigen onderzoek',
    given: wabo({ phase: 'volledigheid', herstelverzoeken: [{ verzondenOp: '2026-11-10', termijnTot: '2026-11-24', aangevuldOp: '2026-11-18', aanvulling: 'volledig' }], vragenformulier: { verzondenOp: '2026-10-20', ontvangenOp: '2026-10-30', compleet: false, ontbreekt: 1 } }),
    expected: [{ wat: /Doe het eigen onderzoek/, sectie: 'eigen-onderzoek', artikel: 'art. 7a en 7b Wet Bibob' }],
    absent: ['herstel'],
  },
  {
    state: 'wabo, complete questionnaire, eigen onderzoek, nothing requested',
    given: wabo({ phase: 'eigen-onderzoek' }),
    expected: [
      { wat: /Doe het eigen onderzoek/, sectie: 'eigen-onderzoek', artikel: 'art. 7a en 7b Wet Bibob' },
      { wat: /RIEC.*Landelijk Bureau Bibob om advies/, sectie: 'informatieverzoeken', artikel: 'art. 9 en art. 7a lid 4 Wet Bibob', brief: 'adviesaanvraag-lbb' },
      { wat: /^Beslis uiterlijk 4 januari 2027/, sectie: 'beslistermijn', artikel: 'art. 16.64 lid 1 Omgevingswet', uiterlijk: '2027-01-04' },
    ],
    absent: ['beoordeling'],
  },
  {
    state: 'LBB asked on 2 November without the art. 32 notice',
    given: wabo({ phase: 'informatieverzoeken', facts: facts({ toepassingsgebied: 'wabo', openInformationRequests: 1 }), verzoeken: [sentLbb] }),
    expected: [
      { wat: /^Stuur de mededeling van art\. 32 Wet Bibob: het LBB is op 2 november 2026 om advies gevraagd/, sectie: 'informatieverzoeken', artikel: 'art. 32 Wet Bibob', brief: 'mededeling-adviesaanvraag' },
      { wat: /Wacht het advies van het Landelijk Bureau Bibob af/, sectie: 'informatieverzoeken', artikel: 'art. 15 Wet Bibob', uiterlijk: '2026-12-28' },
    ],
    absent: ['beoordeling'],
  },
  {
    state: 'LBB asked and the betrokkene told: no art. 32 step',
    given: wabo({ phase: 'informatieverzoeken', facts: facts({ toepassingsgebied: 'wabo', openInformationRequests: 1 }), verzoeken: [{ ...sentLbb, betrokkeneGeinformeerd: true }] }),
    expected: [{ wat: /Wacht het advies/, sectie: 'informatieverzoeken', artikel: 'art. 15 Wet Bibob', uiterlijk: '2026-12-28' }],
  },
  {
    state: 'answers in, no conclusion yet',
    given: wabo({ phase: 'beoordeling', facts: facts({ toepassingsgebied: 'wabo', lbbAdviceReceived: true }), verzoeken: [{ ...sentLbb, status: 'beantwoord', betrokkeneGeinformeerd: true }] }),
    expected: [
      { wat: /Leg de beoordeling vast/, sectie: 'beoordeling', artikel: 'art. 3 Wet Bibob' },
      { wat: /^Beslis uiterlijk 4 januari 2027/, sectie: 'beslistermijn', artikel: 'art. 16.64 lid 1 Omgevingswet', uiterlijk: '2027-01-04' },
    ],
  },
  {
    state: 'voornemen to refuse, nobody invited yet',
    given: wabo({ phase: 'voornemen-zienswijze', facts: facts({ toepassingsgebied: 'wabo', outcome: 'weigeren', dangerConclusion: 'ernstig', lbbAdviceReceived: true }) }),
    expected: [
      { wat: /^Nodig Café De Haven B\.V\. en elke derde die in het voornemen \(weigeren\) wordt genoemd uit voor een zienswijze/, sectie: 'zienswijze-besluit', artikel: 'art. 33 lid 1 Wet Bibob', brief: 'voornemen-zienswijze' },
      { wat: /^Beslis uiterlijk 4 januari 2027/, sectie: 'beslistermijn', artikel: 'art. 16.64 lid 1 Omgevingswet', uiterlijk: '2027-01-04' },
    ],
  },
  {
    state: 'aanvrager and verhuurder invited, terms to 4 and 7 December running',
    given: wabo({
      phase: 'voornemen-zienswijze',
      facts: facts({ toepassingsgebied: 'wabo', outcome: 'verlenen-met-voorschriften', dangerConclusion: 'mindere-mate', lbbAdviceReceived: true }),
      zienswijzePartijen: [
        { naam: 'Café De Haven B.V.', rol: 'betrokkene', termijnTot: '2026-12-07', ontvangen: false },
        { naam: 'Verhuur Kade B.V.', rol: 'derde', termijnTot: '2026-12-04', ontvangen: false },
      ],
    }),
    expected: [{ wat: /Wacht de zienswijze af van Café De Haven B\.V\. en Verhuur Kade B\.V\./, sectie: 'zienswijze-besluit', artikel: 'art. 33 lid 1 Wet Bibob', uiterlijk: '2026-12-07' }],
  },
  {
    state: 'zienswijze step done, refusal: the besluit by the engine’s date',
    given: wabo({ phase: 'voornemen-zienswijze', facts: facts({ toepassingsgebied: 'wabo', outcome: 'weigeren', dangerConclusion: 'ernstig', lbbAdviceReceived: true, zienswijzeStepDone: true }) }),
    expected: [{ wat: /^Neem het besluit \(weigeren\)/, sectie: 'zienswijze-besluit', artikel: 'art. 3:46 en 3:45 Awb', uiterlijk: '2027-01-04', brief: 'besluit' }],
    absent: ['beslistermijn'],
  },
  {
    state: 'plain verlening: no art. 33 step, straight to the besluit',
    given: wabo({ phase: 'advies', facts: facts({ toepassingsgebied: 'wabo', outcome: 'verlenen', dangerConclusion: 'geen' }) }),
    expected: [
      { wat: /interne Bibob-advies/, sectie: 'beoordeling', artikel: 'art. 3 Wet Bibob', brief: 'intern-advies' },
      { wat: /^Neem het besluit \(verlenen\)/, sectie: 'zienswijze-besluit', artikel: 'art. 3:46 en 3:45 Awb', uiterlijk: '2027-01-04', brief: 'besluit' },
    ],
  },
  {
    state: 'vastgoed: not contracting, after the zienswijze',
    given: input({ phase: 'voornemen-zienswijze', facts: facts({ toepassingsgebied: 'vastgoed', outcome: 'niet-contracteren', dangerConclusion: 'ernstig', zienswijzeStepDone: true }), termijn: { kind: 'geen', deadline: null, legalBasis: 'art. 5a Wet Bibob', mededelingUiterlijk: null } }),
    expected: [{ wat: /^Neem het besluit \(niet contracteren\)/, sectie: 'zienswijze-besluit', artikel: 'art. 3:46 en 3:45 Awb', brief: 'vastgoed-niet-contracteren' }],
    absent: ['beslistermijn'],
  },
  {
    state: 'decided: ernstig gevaar without LBB advice, melding not made',
    given: wabo({ phase: 'besluit', facts: facts({ toepassingsgebied: 'wabo', outcome: 'weigeren', dangerConclusion: 'ernstig', zienswijzeStepDone: true }) }),
    expected: [{ wat: /Meld de conclusie direct aan het Landelijk Bureau Bibob/, sectie: 'beoordeling', artikel: 'art. 7a lid 7 Wet Bibob', brief: 'melding-lbb' }],
    absent: ['beslistermijn', 'zienswijze-besluit'],
  },
];

describe('volgendeStappen: what the law requires next', () => {
  it.each(rows)('$state', ({ given, expected, absent }) => {
    const steps = volgendeStappen(given);
    expect(steps.length).toBeGreaterThanOrEqual(expected.length);
    expected.forEach((want, index) => {
      const step = steps[index]!;
      expect(step.wat).toMatch(want.wat);
      expect(step.sectie).toBe(want.sectie);
      expect(step.artikel).toBe(want.artikel);
      expect(step.uiterlijk).toBe(want.uiterlijk);
      expect(step.brief).toBe(want.brief);
    });
    for (const sectie of absent ?? []) expect(steps.map((step) => step.sectie)).not.toContain(sectie);
  });

  it.each(['afgerond', 'buiten-behandeling', 'ingetrokken'] as const)('a closed dossier (%s) has no next step', (phase) => {
    expect(volgendeStappen(input({ phase, verzoeken: [sentLbb] }))).toEqual([]);
  });

  it('a melding already recorded leaves nothing to do after the besluit', () => {
    expect(volgendeStappen(wabo({ phase: 'besluit', facts: facts({ toepassingsgebied: 'wabo', outcome: 'weigeren', dangerConclusion: 'ernstig', zienswijzeStepDone: true, meldingLbbRecorded: true }) }))).toEqual([]);
  });

  it('a besluit recorded on its date ends the steps before it, the melding still follows', () => {
    const steps = volgendeStappen(wabo({ phase: 'voornemen-zienswijze', besluitOp: '2026-11-20', facts: facts({ toepassingsgebied: 'wabo', outcome: 'weigeren', dangerConclusion: 'ernstig', zienswijzeStepDone: true }) }));
    expect(steps.map((step) => step.artikel)).toEqual(['art. 7a lid 7 Wet Bibob']);
  });

  it('a late 4:14 lid 3 notice is no longer proposed once its last day has passed', () => {
    const steps = volgendeStappen(input({ today: '2026-12-08', phase: 'eigen-onderzoek' }));
    expect(steps.map((step) => step.artikel)).not.toContain('art. 4:14 lid 3 Awb');
  });
});

describe('several decisions in one dossier (issue 19 item 12): each its own term, named by the decision', () => {
  // The dossier's own decision: the Alcoholwet licence above (notice and backstop Monday 7 December 2026). The further
  // decision: the exploitatievergunning, APV term 8 weeks from its own receipt on 19 October 2026 → Monday 14 December
  // 2026 (no Atw for an APV term; a Monday anyway).
  const exploitatie = { naam: 'Exploitatievergunning', termijn: { kind: 'wettelijk', deadline: '2026-12-14', legalBasis: 'beslistermijn volgens de APV', mededelingUiterlijk: null }, mededelingRedelijkeTermijn: null, genomen: false } as const;

  it('names both decisions and gives each its own last day', () => {
    const wat = volgendeStappen(input({ besluitNaam: 'Alcoholwetvergunning', verdereBesluiten: [exploitatie] })).map((stap) => stap.wat);
    expect(wat).toContain('Vóór of op 7 december 2026: mededeling art. 4:14 lid 3 Awb als het besluit over de alcoholwetvergunning niet binnen acht weken komt, met een nieuwe redelijke termijn; anders is de redelijke termijn verstreken.');
    expect(wat).toContain('Beslis uiterlijk 14 december 2026 over de exploitatievergunning: dan eindigt de beslistermijn.');
  });

  it('leaves out a further decision once its outcome is recorded, and names nothing with one decision only', () => {
    const decided = volgendeStappen(input({ besluitNaam: 'Alcoholwetvergunning', verdereBesluiten: [{ ...exploitatie, genomen: true }] })).map((stap) => stap.wat);
    expect(decided.some((wat) => wat.includes('exploitatievergunning'))).toBe(false);
    const alone = volgendeStappen(input({ besluitNaam: 'Alcoholwetvergunning', verdereBesluiten: [] })).map((stap) => stap.wat);
    expect(alone.some((wat) => wat.includes('over de alcoholwetvergunning'))).toBe(false);
  });

  it.each([
    ['its intended refusal waits for its own zienswijze round (art. 33 lid 1)', { uitkomst: 'weigeren', artikel: 'art. 33 lid 1 Wet Bibob', afgerond: false }, 'Nodig de betrokkene uit voor een zienswijze op het voornemen over de exploitatievergunning (weigeren)', 'voornemen-zienswijze'],
    ['its round is done: the besluit follows', { uitkomst: 'weigeren', artikel: 'art. 33 lid 1 Wet Bibob', afgerond: true }, 'Neem het besluit over de exploitatievergunning (weigeren)', 'besluit'],
  ] as const)('%s', (_label, zienswijze, begin, brief) => {
    const stappen = volgendeStappen(input({ besluitNaam: 'Alcoholwetvergunning', verdereBesluiten: [{ ...exploitatie, genomen: true, zienswijze }] }));
    const stap = stappen.find((kandidaat) => kandidaat.wat.startsWith(begin));
    expect(stap).toMatchObject({ artikel: 'art. 33 lid 1 Wet Bibob', sectie: 'zienswijze-besluit', brief });
  });
});

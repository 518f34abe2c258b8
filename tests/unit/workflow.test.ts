import { describe, expect, it } from 'vitest';
import {
  availableTransitions,
  isClosed,
  meldingLbbRequired,
  phaseLabels,
  phases,
  transition,
  transitionTable,
  zienswijzeRequired,
  type Phase,
  type TransitionRule,
  type WorkflowFacts,
} from '../../src/domain/workflow';
import { BASE_FACTS, factsWith } from '../support/workflowFacts';

const base = BASE_FACTS;
const facts = factsWith;

/** Facts under which a rule's preconditions hold, in the words of the toepassingsgebied. */
function suitableFacts(rule: TransitionRule, toepassingsgebied: WorkflowFacts['toepassingsgebied']): WorkflowFacts {
  const negative = toepassingsgebied === 'vastgoed' ? 'niet-contracteren' : 'weigeren';
  const decided = { toepassingsgebied, outcome: negative, zienswijzeStepDone: true } as const;
  if (rule.to === 'advies' || rule.to === 'voornemen-zienswijze' || rule.to === 'besluit') return facts(decided);
  if (rule.to === 'melding-lbb' && rule.from === 'besluit') return facts({ ...decided, dangerConclusion: 'ernstig' });
  if (rule.to === 'melding-lbb') return facts({ toepassingsgebied, outcome: 'ingetrokken', withdrawalSuspected: true });
  if (rule.to === 'afgerond' && rule.from === 'besluit') return facts({ toepassingsgebied, outcome: 'verlenen' });
  if (rule.to === 'afgerond') return facts({ ...decided, dangerConclusion: 'ernstig', meldingLbbRecorded: true });
  if (rule.to === 'ingetrokken' && rule.from === 'melding-lbb') {
    return facts({ toepassingsgebied, outcome: 'ingetrokken', withdrawalSuspected: true, meldingLbbRecorded: true });
  }
  return facts({ toepassingsgebied });
}

const reasonFor = (rule: TransitionRule): string | undefined => (rule.kind === 'heropend' ? 'Bezwaarschrift ontvangen op 3 maart.' : undefined);
const label = (rule: TransitionRule) => `${rule.from} → ${rule.to} (${rule.kind})`;

describe('phases', () => {
  it('have a Dutch label each, and exactly three are closed', () => {
    for (const phase of phases) expect(phaseLabels[phase].length).toBeGreaterThan(0);
    expect(phases.filter(isClosed)).toEqual(['afgerond', 'buiten-behandeling', 'ingetrokken']);
  });

  it('can all be reached from the intake, and every working phase can reach a closed one', () => {
    const reachableFrom = (start: Phase): Set<Phase> => {
      const seen = new Set<Phase>([start]);
      const queue: Phase[] = [start];
      while (queue.length > 0) {
        const phase = queue.shift()!;
        for (const rule of transitionTable.filter((r) => r.from === phase && r.kind !== 'heropend')) {
          if (!seen.has(rule.to)) {
            seen.add(rule.to);
            queue.push(rule.to);
          }
        }
      }
      return seen;
    };
    expect([...reachableFrom('intake')].sort()).toEqual([...phases].sort());
    for (const phase of phases.filter((p) => !isClosed(p))) {
      expect([...reachableFrom(phase)].some(isClosed), phase).toBe(true);
    }
  });

  it('the table holds each move once, never to the same phase, and only heropenen leaves a closed phase', () => {
    const keys = transitionTable.map((rule) => `${rule.from}>${rule.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const rule of transitionTable) {
      expect(rule.from).not.toBe(rule.to);
      expect(isClosed(rule.from), label(rule)).toBe(rule.kind === 'heropend');
      expect(isClosed(rule.to), label(rule)).toBe(rule.kind === 'afsluiting');
    }
  });
});

describe('every transition in the table succeeds with suitable facts', () => {
  it.each(transitionTable.map((rule) => [label(rule), rule] as const))('%s (horeca)', (_name, rule) => {
    const result = transition(rule.from, { to: rule.to, reason: reasonFor(rule) }, suitableFacts(rule, 'horeca'));
    expect(result).toMatchObject({ ok: true, from: rule.from, to: rule.to, kind: rule.kind });
    if (result.ok) expect(result.timelineText.length).toBeGreaterThan(0);
  });

  const vastgoedRules = transitionTable.filter((rule) => rule.to !== 'buiten-behandeling');
  it.each(vastgoedRules.map((rule) => [label(rule), rule] as const))('%s (vastgoed)', (_name, rule) => {
    const result = transition(rule.from, { to: rule.to, reason: reasonFor(rule) }, suitableFacts(rule, 'vastgoed'));
    expect(result).toMatchObject({ ok: true, kind: rule.kind });
  });

  it("availableTransitions lists exactly the table's moves, all allowed under those facts", () => {
    for (const phase of phases) {
      const fromTable = transitionTable.filter((rule) => rule.from === phase);
      const listed = availableTransitions(phase, base).map((option) => option.to);
      expect(listed, phase).toEqual(fromTable.map((rule) => rule.to));
      for (const rule of fromTable) {
        const option = availableTransitions(phase, suitableFacts(rule, 'wabo')).find((o) => o.to === rule.to)!;
        expect(option, label(rule)).toMatchObject({ allowed: true, kind: rule.kind, requiresReason: rule.kind === 'heropend' });
        expect(option.reason).toBeUndefined();
      }
    }
  });
});

describe('refused transitions say why, in Dutch', () => {
  const refused = (from: Phase, to: Phase, f: WorkflowFacts, reason?: string) => transition(from, { to, reason }, f);

  it.each([
    [
      'besluit without an outcome',
      'advies',
      'besluit',
      facts(),
      "Er is nog geen uitkomst vastgelegd. Leg in de beoordeling eerst de voorgestelde maatregel vast (verlenen, verlenen met voorschriften, weigeren, intrekken, vergunning schorsen of Bibob-voorschriften wijzigen); daarna kan het dossier naar fase 'Besluit'.",
    ],
    [
      'advies without an outcome (vastgoed)',
      'beoordeling',
      'advies',
      facts({ toepassingsgebied: 'vastgoed' }),
      "Er is nog geen uitkomst vastgelegd. Leg in de beoordeling eerst de voorgestelde maatregel vast (transactie aangaan, transactie aangaan onder voorwaarden, niet contracteren of overeenkomst ontbinden); daarna kan het dossier naar fase 'Advies'.",
    ],
    [
      'besluit with a withdrawal as outcome',
      'advies',
      'besluit',
      facts({ outcome: 'ingetrokken' }),
      "De vastgelegde uitkomst 'aanvraag ingetrokken' is geen besluit over de zaak zelf. Sluit het dossier af met 'Aanvraag ingetrokken'.",
    ],
    [
      'weigeren for a vastgoedtransactie',
      'advies',
      'besluit',
      facts({ toepassingsgebied: 'vastgoed', outcome: 'weigeren', zienswijzeStepDone: true }),
      "De uitkomst 'weigeren' past niet bij een vastgoedtransactie: daar is geen beschikking, de gemeente beslist als contractpartij (art. 5a Wet Bibob). Kies transactie aangaan, transactie aangaan onder voorwaarden, niet contracteren of overeenkomst ontbinden.",
    ],
    [
      'niet contracteren for a beschikking',
      'beoordeling',
      'advies',
      facts({ toepassingsgebied: 'wabo', outcome: 'niet-contracteren' }),
      "De uitkomst 'niet contracteren' hoort bij een vastgoedtransactie. Bij een beschikking kiest u verlenen, verlenen met voorschriften, weigeren, intrekken of Bibob-voorschriften wijzigen.",
    ],
    [
      'voorschriften without the zienswijze step',
      'advies',
      'besluit',
      facts({ outcome: 'verlenen-met-voorschriften' }),
      "Bij de uitkomst 'verlenen met voorschriften' krijgen de betrokkene en iedere derde die in het voornemen wordt genoemd eerst de gelegenheid een zienswijze te geven (art. 33 lid 1 Wet Bibob). Leg die stap vast in fase 'Voornemen & zienswijze'; daarna kan het dossier naar fase 'Besluit'.",
    ],
    [
      'weigeren without the zienswijze step, from the voornemen phase',
      'voornemen-zienswijze',
      'besluit',
      facts({ outcome: 'weigeren' }),
      "Bij de uitkomst 'weigeren' krijgen de betrokkene en iedere derde die in het voornemen wordt genoemd eerst de gelegenheid een zienswijze te geven (art. 33 lid 1 Wet Bibob). Leg die stap vast in fase 'Voornemen & zienswijze'; daarna kan het dossier naar fase 'Besluit'.",
    ],
    [
      'niet contracteren without the zienswijze step',
      'advies',
      'besluit',
      facts({ toepassingsgebied: 'vastgoed', outcome: 'niet-contracteren' }),
      "Bij de uitkomst 'niet contracteren' krijgen de betrokkene en iedere derde die in het voornemen wordt genoemd eerst de gelegenheid een zienswijze te geven (art. 33 lid 2 onder d Wet Bibob). Leg die stap vast in fase 'Voornemen & zienswijze'; daarna kan het dossier naar fase 'Besluit'.",
    ],
    [
      'weigeren made known without the zienswijze step (outcome changed in the besluit phase)',
      'besluit',
      'afgerond',
      facts({ outcome: 'intrekken' }),
      "Bij de uitkomst 'intrekken' krijgen de betrokkene en iedere derde die in het voornemen wordt genoemd eerst de gelegenheid een zienswijze te geven (art. 33 lid 1 Wet Bibob). Leg die stap vast in fase 'Voornemen & zienswijze'; daarna kan het dossier naar fase 'Afgerond'.",
    ],
    [
      'afgerond while the art. 7a lid 7 melding is due',
      'besluit',
      'afgerond',
      facts({ outcome: 'weigeren', zienswijzeStepDone: true, dangerConclusion: 'ernstig' }),
      "Het LBB moet onverwijld een melding krijgen: zonder advies van het LBB is geconcludeerd tot ernstig gevaar (art. 7a lid 7 Wet Bibob). Leg eerst vast dat de melding is gedaan (fase 'Melding aan het LBB'); daarna kan het dossier naar fase 'Afgerond'.",
    ],
    [
      'afgerond from the melding phase before the melding is recorded (mindere mate)',
      'melding-lbb',
      'afgerond',
      facts({ outcome: 'verlenen-met-voorschriften', zienswijzeStepDone: true, dangerConclusion: 'mindere-mate' }),
      "Het LBB moet onverwijld een melding krijgen: zonder advies van het LBB is geconcludeerd tot mindere mate van gevaar (art. 7a lid 7 Wet Bibob). Leg eerst vast dat de melding is gedaan (fase 'Melding aan het LBB'); daarna kan het dossier naar fase 'Afgerond'.",
    ],
    [
      'afgerond while the art. 7a lid 8 melding is due',
      'besluit',
      'afgerond',
      facts({ outcome: 'verlenen', withdrawalSuspected: true }),
      "Het LBB moet onverwijld een melding krijgen: er is een redelijk vermoeden vastgelegd dat de betrokkene zich vanwege het Bibob-onderzoek terugtrekt (art. 7a lid 8 Wet Bibob). Leg eerst vast dat de melding is gedaan (fase 'Melding aan het LBB'); daarna kan het dossier naar fase 'Afgerond'.",
    ],
    [
      'afgerond while both meldingen are due',
      'besluit',
      'afgerond',
      facts({ outcome: 'weigeren', zienswijzeStepDone: true, dangerConclusion: 'ernstig', withdrawalSuspected: true }),
      "Het LBB moet onverwijld een melding krijgen: zonder advies van het LBB is geconcludeerd tot ernstig gevaar (art. 7a lid 7 Wet Bibob) en er is een redelijk vermoeden vastgelegd dat de betrokkene zich vanwege het Bibob-onderzoek terugtrekt (art. 7a lid 8 Wet Bibob). Leg eerst vast dat de melding is gedaan (fase 'Melding aan het LBB'); daarna kan het dossier naar fase 'Afgerond'.",
    ],
    [
      'aanvraag ingetrokken during the eigen onderzoek while the art. 7a lid 8 melding is due',
      'eigen-onderzoek',
      'ingetrokken',
      facts({ outcome: 'ingetrokken', withdrawalSuspected: true }),
      "Het LBB moet onverwijld een melding krijgen: er is een redelijk vermoeden vastgelegd dat de betrokkene zich vanwege het Bibob-onderzoek terugtrekt (art. 7a lid 8 Wet Bibob). Leg eerst vast dat de melding is gedaan (fase 'Melding aan het LBB'); daarna kan het dossier naar fase 'Aanvraag ingetrokken'.",
    ],
    [
      'melding aan het LBB after the besluit when none is due',
      'besluit',
      'melding-lbb',
      facts({ outcome: 'weigeren', zienswijzeStepDone: true, dangerConclusion: 'ernstig', lbbAdviceReceived: true }),
      'Een melding aan het LBB is alleen nodig als zonder advies van het LBB is geconcludeerd tot ernstig gevaar of mindere mate van gevaar (art. 7a lid 7 Wet Bibob), of bij een redelijk vermoeden dat de betrokkene zich vanwege het Bibob-onderzoek terugtrekt (art. 7a lid 8 Wet Bibob). Geen van beide is vastgelegd.',
    ],
    [
      'melding aan het LBB before the besluit without a suspected withdrawal',
      'beoordeling',
      'melding-lbb',
      facts({ outcome: 'weigeren', dangerConclusion: 'ernstig' }),
      'Vóór het besluit is een melding aan het LBB alleen nodig bij een redelijk vermoeden dat de betrokkene zich vanwege het Bibob-onderzoek terugtrekt (art. 7a lid 8 Wet Bibob). Dat vermoeden is niet vastgelegd.',
    ],
    [
      'melding aan het LBB on the withdrawal route before the withdrawal is recorded',
      'eigen-onderzoek',
      'melding-lbb',
      facts({ withdrawalSuspected: true }),
      'Leg eerst vast dat de betrokkene zich heeft teruggetrokken (uitkomst: aanvraag ingetrokken); daarna volgt de melding aan het LBB (art. 7a lid 8 Wet Bibob).',
    ],
    [
      'aanvraag ingetrokken after the decision was made known',
      'melding-lbb',
      'ingetrokken',
      facts({ outcome: 'weigeren', zienswijzeStepDone: true, dangerConclusion: 'ernstig', meldingLbbRecorded: true }),
      "Het besluit is al genomen; de aanvraag kan daarna niet meer worden ingetrokken. Sluit het dossier af met 'Afgerond'.",
    ],
    [
      'buiten behandeling for a vastgoedtransactie',
      'volledigheid',
      'buiten-behandeling',
      facts({ toepassingsgebied: 'vastgoed' }),
      "Buiten behandeling stellen (art. 4:5 Awb) kan alleen bij een aanvraag om een beschikking. Bij een vastgoedtransactie beslist de gemeente als contractpartij: leg de uitkomst 'niet contracteren' vast en ga via beoordeling en advies naar het besluit, of sluit af met 'Aanvraag ingetrokken' als de wederpartij zich terugtrekt.",
    ],
  ] as const)('PRECONDITION: %s', (_name, from, to, f, message) => {
    expect(refused(from, to, f)).toEqual({ ok: false, code: 'PRECONDITION', message });
  });

  it.each([
    [
      'skipping ahead from the intake to the besluit',
      'intake',
      'besluit',
      "Van fase 'Intake' kan het dossier niet naar fase 'Besluit'. Mogelijk vanuit deze fase: 'Vragenformulier uitgezet', 'Vragenformulier ontvangen / volledigheid', 'Aanvraag ingetrokken'.",
    ],
    [
      'skipping the beoordeling',
      'eigen-onderzoek',
      'advies',
      "Van fase 'Eigen onderzoek' kan het dossier niet naar fase 'Advies'. Mogelijk vanuit deze fase: 'Informatieverzoeken (RIEC, LBB)', 'Beoordeling', 'Melding aan het LBB', 'Vragenformulier ontvangen / volledigheid', 'Aanvraag ingetrokken'.",
    ],
    [
      'buiten behandeling after the questionnaire phases',
      'beoordeling',
      'buiten-behandeling',
      "Van fase 'Beoordeling' kan het dossier niet naar fase 'Buiten behandeling gesteld'. Mogelijk vanuit deze fase: 'Advies', 'Melding aan het LBB', 'Eigen onderzoek', 'Informatieverzoeken (RIEC, LBB)', 'Aanvraag ingetrokken'.",
    ],
    ['going back from the melding aan het LBB', 'melding-lbb', 'besluit', "Van fase 'Melding aan het LBB' kan het dossier niet naar fase 'Besluit'. Mogelijk vanuit deze fase: 'Afgerond', 'Aanvraag ingetrokken'."],
    ['a closed dossier moving on', 'afgerond', 'besluit', "Het dossier is afgesloten ('Afgerond'). Heropen het eerst, met een reden; het gaat dan verder in fase 'Beoordeling'."],
    [
      'a closed dossier reopened to another phase than the table says',
      'buiten-behandeling',
      'eigen-onderzoek',
      "Het dossier is afgesloten ('Buiten behandeling gesteld'). Heropen het eerst, met een reden; het gaat dan verder in fase 'Vragenformulier ontvangen / volledigheid'.",
    ],
    ['one closed phase to another', 'ingetrokken', 'afgerond', "Het dossier is afgesloten ('Aanvraag ingetrokken'). Heropen het eerst, met een reden; het gaat dan verder in fase 'Intake'."],
    ['the same phase', 'beoordeling', 'beoordeling', "Het dossier staat al in fase 'Beoordeling'."],
  ] as const)('NOT_ALLOWED: %s', (_name, from, to, message) => {
    expect(refused(from, to, facts({ outcome: 'verlenen' }))).toEqual({ ok: false, code: 'NOT_ALLOWED', message });
  });

  it('refuses a phase id it does not know', () => {
    expect(transition('intake', { to: 'archief' as Phase }, base)).toEqual({ ok: false, code: 'NOT_ALLOWED', message: "Onbekende fase: 'archief'." });
  });
});

describe('reasons', () => {
  const heropenMessage = 'Geef een reden op om het dossier te heropenen, bijvoorbeeld een bezwaarschrift, een uitspraak van de rechter of nieuwe feiten.';

  it.each([
    ['afgerond', 'beoordeling'],
    ['buiten-behandeling', 'volledigheid'],
    ['ingetrokken', 'intake'],
  ] as const)('heropenen from %s needs a reason and returns to %s', (from, to) => {
    expect(transition(from, { to }, base)).toEqual({ ok: false, code: 'PRECONDITION', message: heropenMessage });
    expect(transition(from, { to, reason: '   ' }, base)).toEqual({ ok: false, code: 'PRECONDITION', message: heropenMessage });
    expect(transition(from, { to, reason: 'Bezwaar gegrond verklaard.' }, base)).toMatchObject({ ok: true, kind: 'heropend', to });
  });

  const openRequests = facts({ outcome: 'verlenen', openInformationRequests: 2 });

  it('closing with open information requests needs a reason', () => {
    expect(transition('besluit', { to: 'afgerond' }, openRequests)).toEqual({
      ok: false,
      code: 'PRECONDITION',
      message: 'Er staan nog 2 informatieverzoeken open. Wacht de antwoorden af of trek de verzoeken in, of leg vast waarom u het dossier toch afsluit.',
    });
    expect(transition('eigen-onderzoek', { to: 'ingetrokken' }, facts({ openInformationRequests: 1 }))).toEqual({
      ok: false,
      code: 'PRECONDITION',
      message: 'Er staat nog 1 informatieverzoek open. Wacht de antwoorden af of trek de verzoeken in, of leg vast waarom u het dossier toch afsluit.',
    });
  });

  it('closing with open information requests is allowed with a reason, and the timeline says so', () => {
    expect(transition('besluit', { to: 'afgerond', reason: 'RIEC-verzoek vervalt: vergunning verleend.' }, openRequests)).toEqual({
      ok: true,
      from: 'besluit',
      to: 'afgerond',
      kind: 'afsluiting',
      timelineText: "Dossier afgesloten: 'Afgerond' (vanuit fase 'Besluit'). Uitkomst: verlenen. Afgesloten met 2 openstaande informatieverzoeken.",
    });
  });

  it('a working move needs no reason even with open requests', () => {
    expect(transition('informatieverzoeken', { to: 'beoordeling' }, openRequests)).toMatchObject({ ok: true });
  });

  it('availableTransitions marks the moves that will ask for a reason', () => {
    const options = availableTransitions('besluit', openRequests);
    expect(options.find((o) => o.to === 'afgerond')).toEqual({ to: 'afgerond', allowed: true, kind: 'afsluiting', requiresReason: true });
    expect(options.find((o) => o.to === 'beoordeling')).toEqual({ to: 'beoordeling', allowed: true, kind: 'terug', requiresReason: false });
  });
});

describe('the way a coordinator works', () => {
  it('skips the informatieverzoeken when none are needed', () => {
    expect(transition('eigen-onderzoek', { to: 'beoordeling' }, base)).toEqual({
      ok: true,
      from: 'eigen-onderzoek',
      to: 'beoordeling',
      kind: 'vooruit',
      timelineText: "Van fase 'Eigen onderzoek' naar fase 'Beoordeling'.",
      legalBasis: 'art. 3 Wet Bibob',
    });
  });

  it('goes from advies straight to besluit for a plain verlening, not for voorschriften', () => {
    expect(transition('advies', { to: 'besluit' }, facts({ outcome: 'verlenen' }))).toMatchObject({ ok: true, timelineText: "Van fase 'Advies' naar fase 'Besluit'. Uitkomst: verlenen." });
    expect(transition('advies', { to: 'besluit' }, facts({ outcome: 'verlenen-met-voorschriften' }))).toMatchObject({ ok: false, code: 'PRECONDITION' });
    expect(transition('advies', { to: 'besluit' }, facts({ outcome: 'verlenen-met-voorschriften', zienswijzeStepDone: true }))).toMatchObject({ ok: true });
  });

  it('goes back when new facts arrive', () => {
    expect(transition('beoordeling', { to: 'eigen-onderzoek' }, base)).toMatchObject({ ok: true, kind: 'terug', timelineText: "Terug van fase 'Beoordeling' naar fase 'Eigen onderzoek'." });
    expect(transition('besluit', { to: 'voornemen-zienswijze' }, base)).toMatchObject({ ok: true, kind: 'terug' });
  });

  it('reports a conclusion reached without LBB advice, then closes', () => {
    const due = facts({ outcome: 'weigeren', zienswijzeStepDone: true, dangerConclusion: 'ernstig' });
    expect(transition('besluit', { to: 'melding-lbb' }, due)).toMatchObject({ ok: true, legalBasis: 'art. 7a lid 7 Wet Bibob' });
    expect(transition('melding-lbb', { to: 'afgerond' }, due)).toMatchObject({ ok: false, code: 'PRECONDITION' });
    expect(transition('melding-lbb', { to: 'afgerond' }, { ...due, meldingLbbRecorded: true })).toMatchObject({ ok: true, kind: 'afsluiting' });
    expect(transition('besluit', { to: 'afgerond' }, { ...due, meldingLbbRecorded: true })).toMatchObject({ ok: true });
    expect(transition('besluit', { to: 'afgerond' }, { ...due, lbbAdviceReceived: true })).toMatchObject({ ok: true });
  });

  it('closes after the art. 7a lid 8 melding is recorded', () => {
    const suspected = facts({ outcome: 'verlenen', withdrawalSuspected: true });
    expect(transition('besluit', { to: 'afgerond' }, { ...suspected, meldingLbbRecorded: true })).toMatchObject({ ok: true });
  });

  it('takes a suspected withdrawal through the melding to aanvraag ingetrokken', () => {
    const withdrawn = facts({ outcome: 'ingetrokken', withdrawalSuspected: true });
    expect(transition('beoordeling', { to: 'melding-lbb' }, withdrawn)).toMatchObject({ ok: true, kind: 'vooruit', legalBasis: 'art. 7a lid 8 Wet Bibob' });
    expect(transition('melding-lbb', { to: 'ingetrokken' }, withdrawn)).toMatchObject({ ok: false, code: 'PRECONDITION' });
    expect(transition('melding-lbb', { to: 'ingetrokken' }, { ...withdrawn, meldingLbbRecorded: true })).toMatchObject({ ok: true, kind: 'afsluiting' });
    expect(transition('melding-lbb', { to: 'afgerond' }, { ...withdrawn, meldingLbbRecorded: true })).toMatchObject({ ok: false, code: 'PRECONDITION' });
  });

  it('asks no lid 8 melding for a withdrawal at the intake, before the eigen onderzoek started', () => {
    expect(transition('intake', { to: 'ingetrokken' }, facts({ withdrawalSuspected: true }))).toMatchObject({ ok: true });
    expect(transition('vragenformulier-uitgezet', { to: 'ingetrokken' }, facts({ withdrawalSuspected: true }))).toMatchObject({ ok: false });
  });

  it('leaves an incomplete application undealt with from the questionnaire phases (Awb 4:5)', () => {
    for (const from of ['vragenformulier-uitgezet', 'volledigheid'] as const) {
      expect(transition(from, { to: 'buiten-behandeling' }, base)).toMatchObject({ ok: true, kind: 'afsluiting', legalBasis: 'art. 4:5 Awb' });
    }
  });

  it('availableTransitions explains a refused move', () => {
    const option = availableTransitions('advies', base).find((o) => o.to === 'besluit');
    expect(option).toMatchObject({ allowed: false, kind: 'vooruit' });
    expect(option?.reason).toMatch(/^Er is nog geen uitkomst vastgelegd/);
  });
});

describe('meldingLbbRequired', () => {
  it.each([
    ['nothing concluded', {}, { required: false }],
    ['geen gevaar', { dangerConclusion: 'geen' }, { required: false }],
    ['ernstig gevaar without LBB advice', { dangerConclusion: 'ernstig' }, { required: true, legalBasis: 'art. 7a lid 7 Wet Bibob' }],
    ['mindere mate without LBB advice', { dangerConclusion: 'mindere-mate' }, { required: true, legalBasis: 'art. 7a lid 7 Wet Bibob' }],
    ['ernstig gevaar with LBB advice', { dangerConclusion: 'ernstig', lbbAdviceReceived: true }, { required: false }],
    ['a conclusion, but the application was withdrawn', { dangerConclusion: 'ernstig', outcome: 'ingetrokken' }, { required: false }],
    ['a suspected withdrawal', { withdrawalSuspected: true, outcome: 'ingetrokken' }, { required: true, legalBasis: 'art. 7a lid 8 Wet Bibob' }],
    ['both', { dangerConclusion: 'mindere-mate', withdrawalSuspected: true }, { required: true, legalBasis: 'art. 7a lid 7 en 8 Wet Bibob' }],
  ] as const)('%s', (_name, overrides, expected) => {
    expect(meldingLbbRequired(facts(overrides))).toEqual(expected);
  });
});

describe('zienswijzeRequired (art. 33 Wet Bibob)', () => {
  it.each([
    ['horeca', 'verlenen', { required: false }],
    ['wabo', 'verlenen-met-voorschriften', { required: true, legalBasis: 'art. 33 lid 1 Wet Bibob' }],
    ['horeca', 'weigeren', { required: true, legalBasis: 'art. 33 lid 1 Wet Bibob' }],
    ['wabo', 'intrekken', { required: true, legalBasis: 'art. 33 lid 1 Wet Bibob' }],
    ['vastgoed', 'verlenen', { required: false }],
    ['vastgoed', 'verlenen-met-voorschriften', { required: true, legalBasis: 'art. 33 lid 2 onder d Wet Bibob' }],
    ['vastgoed', 'niet-contracteren', { required: true, legalBasis: 'art. 33 lid 2 onder d Wet Bibob' }],
    ['vastgoed', 'contract-ontbinden', { required: true, legalBasis: 'art. 33 lid 2 onder e Wet Bibob' }],
  ] as const)('%s, %s', (toepassingsgebied, outcome, expected) => {
    expect(zienswijzeRequired({ toepassingsgebied, outcome })).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { phaseAfterStep, phases, type Phase, type RecordedStep, type WorkflowFacts } from '../../src/domain/workflow';
import { BASE_FACTS } from '../support/workflowFacts';

const base = BASE_FACTS;

const verleend: WorkflowFacts = { ...base, outcome: 'verlenen' };
const geweigerdNaZienswijze: WorkflowFacts = { ...base, outcome: 'weigeren', zienswijzeStepDone: true };

describe('phaseAfterStep: the phases a recorded step moves the dossier through', () => {
  const moves: [RecordedStep, Phase, Phase, WorkflowFacts][] = [
    ['vragenformulier-verzonden', 'intake', 'vragenformulier-uitgezet', base],
    ['vragenformulier-ontvangen', 'vragenformulier-uitgezet', 'volledigheid', base],
    ['vragenformulier-ontvangen', 'intake', 'volledigheid', base],
    ['herstelverzoek-verzonden', 'intake', 'volledigheid', base],
    ['herstelverzoek-verzonden', 'vragenformulier-uitgezet', 'volledigheid', base],
    ['eigen-onderzoek-vastgelegd', 'volledigheid', 'eigen-onderzoek', base],
    ['informatieverzoek-verzonden', 'eigen-onderzoek', 'informatieverzoeken', base],
    ['lbb-adviesverzoek-verzonden', 'eigen-onderzoek', 'informatieverzoeken', base],
    ['maatregel-voorgesteld', 'informatieverzoeken', 'beoordeling', base],
    ['maatregel-voorgesteld', 'eigen-onderzoek', 'beoordeling', base],
    ['zienswijze-uitgenodigd', 'advies', 'voornemen-zienswijze', { ...base, outcome: 'weigeren' }],
    ['besluit-genomen', 'advies', 'besluit', verleend],
    ['besluit-genomen', 'voornemen-zienswijze', 'besluit', geweigerdNaZienswijze],
    ['besluit-genomen', 'voornemen-zienswijze', 'besluit', { ...base, toepassingsgebied: 'vastgoed', outcome: 'niet-contracteren', zienswijzeStepDone: true }],
  ];
  it.each(moves)('%s in fase %s → %s in one move', (step, from, to, facts) => {
    const [move, ...more] = phaseAfterStep(from, step, '2026-11-03', facts);
    expect(more).toEqual([]);
    expect(move).toMatchObject({ from, to, op: '2026-11-03' });
    expect(move!.timelineText).toContain('(op 3 november 2026, bij ');
  });

  it('names both phases, the step’s own date and the occasion in the timeline text', () => {
    expect(phaseAfterStep('vragenformulier-uitgezet', 'vragenformulier-ontvangen', '2026-11-03', base)).toEqual([
      {
        from: 'vragenformulier-uitgezet',
        to: 'volledigheid',
        op: '2026-11-03',
        timelineText: "Van fase 'Vragenformulier uitgezet' naar fase 'Vragenformulier ontvangen / volledigheid' (op 3 november 2026, bij ontvangst van het ingevulde vragenformulier).",
        legalBasis: 'art. 4:5 Awb',
      },
    ]);
  });

  // Through the phases in between, each by its own forward rule and recorded on its own: a direct rule to the step's
  // phase is taken where the table has one (eigen onderzoek → beoordeling, advies → besluit).
  it.each([
    ['an information request sent while the completeness is checked', 'informatieverzoek-verzonden', 'volledigheid', base, ['eigen-onderzoek', 'informatieverzoeken']],
    ['a measure proposed straight after the completeness', 'maatregel-voorgesteld', 'volledigheid', base, ['eigen-onderzoek', 'beoordeling']],
    ['an invitation after the beoordeling, with a refusal intended', 'zienswijze-uitgenodigd', 'beoordeling', { ...base, outcome: 'weigeren' }, ['advies', 'voornemen-zienswijze']],
    ['a plain grant decided after the beoordeling: no zienswijze phase', 'besluit-genomen', 'beoordeling', verleend, ['advies', 'besluit']],
    ['a refusal decided after the zienswijze, from the beoordeling', 'besluit-genomen', 'beoordeling', geweigerdNaZienswijze, ['advies', 'besluit']],
  ] as const)('%s', (_label, step, from, facts, through) => {
    const moves = phaseAfterStep(from, step, '2026-11-03', facts);
    expect(moves.map((move) => move.to)).toEqual(through);
    expect(moves.map((move) => move.from)).toEqual([from, ...through.slice(0, -1)]);
  });

  /** Every phase at or past the step's phase, and those before the phase it starts from: it never moves a dossier back. */
  const stays: [RecordedStep, readonly Phase[], WorkflowFacts][] = [
    ['vragenformulier-verzonden', phases.filter((phase) => phase !== 'intake'), base],
    ['vragenformulier-ontvangen', phases.filter((phase) => phase !== 'intake' && phase !== 'vragenformulier-uitgezet'), base],
    ['herstelverzoek-verzonden', phases.filter((phase) => phase !== 'intake' && phase !== 'vragenformulier-uitgezet'), base],
    ['lbb-adviesverzoek-verzonden', phases.filter((phase) => phase !== 'volledigheid' && phase !== 'eigen-onderzoek'), base],
    ['besluit-genomen', phases.filter((phase) => !['beoordeling', 'advies', 'voornemen-zienswijze'].includes(phase)), geweigerdNaZienswijze],
  ];
  it.each(stays)('%s leaves every other phase alone', (step, from, facts) => {
    for (const phase of from) expect(phaseAfterStep(phase, step, '2026-11-03', facts), phase).toEqual([]);
  });

  it('does not move back: a herstelverzoek during the eigen onderzoek leaves the phase (the way back is by hand)', () => {
    expect(phaseAfterStep('eigen-onderzoek', 'herstelverzoek-verzonden', '2026-11-03', base)).toEqual([]);
    expect(phaseAfterStep('besluit', 'lbb-adviesverzoek-verzonden', '2026-11-03', base)).toEqual([]);
  });

  it('does not move at all while a precondition on the way fails', () => {
    expect(phaseAfterStep('advies', 'besluit-genomen', '2026-11-03', base), 'no outcome').toEqual([]);
    expect(phaseAfterStep('beoordeling', 'besluit-genomen', '2026-11-03', base), 'no outcome, not even to the advies').toEqual([]);
    expect(phaseAfterStep('advies', 'besluit-genomen', '2026-11-03', { ...base, outcome: 'weigeren' }), 'art. 33 step missing').toEqual([]);
    expect(phaseAfterStep('voornemen-zienswijze', 'besluit-genomen', '2026-11-03', { ...base, outcome: 'ingetrokken' }), 'no decision on the matter').toEqual([]);
    // A research note or request while the vragenformulier is still out does not make it received.
    for (const step of ['eigen-onderzoek-vastgelegd', 'informatieverzoek-verzonden', 'lbb-adviesverzoek-verzonden', 'maatregel-voorgesteld'] as const) {
      expect(phaseAfterStep('vragenformulier-uitgezet', step, '2026-11-03', base), step).toEqual([]);
      expect(phaseAfterStep('intake', step, '2026-11-03', base), step).toEqual([]);
    }
    // The voornemen and the besluit follow the beoordeling.
    expect(phaseAfterStep('informatieverzoeken', 'zienswijze-uitgenodigd', '2026-11-03', { ...base, outcome: 'weigeren' })).toEqual([]);
    expect(phaseAfterStep('eigen-onderzoek', 'besluit-genomen', '2026-11-03', verleend)).toEqual([]);
  });
});

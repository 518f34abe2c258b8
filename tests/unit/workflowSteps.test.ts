import { describe, expect, it } from 'vitest';
import { phaseAfterStep, phases, type Phase, type RecordedStep, type WorkflowFacts } from '../../src/domain/workflow';
import { BASE_FACTS } from '../support/workflowFacts';

const base = BASE_FACTS;

const verleend: WorkflowFacts = { ...base, outcome: 'verlenen' };
const geweigerdNaZienswijze: WorkflowFacts = { ...base, outcome: 'weigeren', zienswijzeStepDone: true };

describe('phaseAfterStep: the phase a recorded step moves the dossier to', () => {
  const moves: [RecordedStep, Phase, Phase, WorkflowFacts][] = [
    ['vragenformulier-verzonden', 'intake', 'vragenformulier-uitgezet', base],
    ['vragenformulier-ontvangen', 'vragenformulier-uitgezet', 'volledigheid', base],
    ['vragenformulier-ontvangen', 'intake', 'volledigheid', base],
    ['herstelverzoek-verzonden', 'intake', 'volledigheid', base],
    ['herstelverzoek-verzonden', 'vragenformulier-uitgezet', 'volledigheid', base],
    ['lbb-adviesverzoek-verzonden', 'eigen-onderzoek', 'informatieverzoeken', base],
    ['besluit-genomen', 'advies', 'besluit', verleend],
    ['besluit-genomen', 'voornemen-zienswijze', 'besluit', geweigerdNaZienswijze],
    ['besluit-genomen', 'voornemen-zienswijze', 'besluit', { ...base, toepassingsgebied: 'vastgoed', outcome: 'niet-contracteren', zienswijzeStepDone: true }],
  ];
  it.each(moves)('%s in fase %s → %s', (step, from, to, facts) => {
    const move = phaseAfterStep(from, step, '2026-11-03', facts);
    expect(move).toMatchObject({ from, to, op: '2026-11-03' });
    expect(move!.timelineText).toContain('(op 3 november 2026, bij ');
  });

  it('names both phases, the step’s own date and the occasion in the timeline text', () => {
    expect(phaseAfterStep('vragenformulier-uitgezet', 'vragenformulier-ontvangen', '2026-11-03', base)).toEqual({
      from: 'vragenformulier-uitgezet',
      to: 'volledigheid',
      op: '2026-11-03',
      timelineText: "Van fase 'Vragenformulier uitgezet' naar fase 'Vragenformulier ontvangen / volledigheid' (op 3 november 2026, bij ontvangst van het ingevulde vragenformulier).",
      legalBasis: 'art. 4:5 Awb',
    });
  });

  /** Every phase at or past the step's phase, and the ones the table does not let skip there directly. */
  const stays: [RecordedStep, readonly Phase[], WorkflowFacts][] = [
    ['vragenformulier-verzonden', phases.filter((phase) => phase !== 'intake'), base],
    ['vragenformulier-ontvangen', phases.filter((phase) => phase !== 'intake' && phase !== 'vragenformulier-uitgezet'), base],
    ['herstelverzoek-verzonden', phases.filter((phase) => phase !== 'intake' && phase !== 'vragenformulier-uitgezet'), base],
    ['lbb-adviesverzoek-verzonden', phases.filter((phase) => phase !== 'eigen-onderzoek'), base],
    ['besluit-genomen', phases.filter((phase) => phase !== 'advies' && phase !== 'voornemen-zienswijze'), geweigerdNaZienswijze],
  ];
  it.each(stays)('%s leaves every other phase alone', (step, from, facts) => {
    for (const phase of from) expect(phaseAfterStep(phase, step, '2026-11-03', facts), phase).toBeNull();
  });

  it('does not move back: a herstelverzoek during the eigen onderzoek leaves the phase (the way back is by hand)', () => {
    expect(phaseAfterStep('eigen-onderzoek', 'herstelverzoek-verzonden', '2026-11-03', base)).toBeNull();
    expect(phaseAfterStep('besluit', 'lbb-adviesverzoek-verzonden', '2026-11-03', base)).toBeNull();
  });

  it('does not move to the besluit while the table’s preconditions fail', () => {
    expect(phaseAfterStep('advies', 'besluit-genomen', '2026-11-03', base), 'no outcome').toBeNull();
    expect(phaseAfterStep('advies', 'besluit-genomen', '2026-11-03', { ...base, outcome: 'weigeren' }), 'art. 33 step missing').toBeNull();
    expect(phaseAfterStep('voornemen-zienswijze', 'besluit-genomen', '2026-11-03', { ...base, outcome: 'ingetrokken' }), 'no decision on the matter').toBeNull();
  });
});

/**
 * The phase that follows a recorded step. When the coordinator records that the vragenformulier was sent or came
 * back, that a herstelverzoek went out, the first note of the eigen onderzoek, that an information request or the
 * LBB advice request went out, the proposed measure, the invitation to give a zienswijze, or that the besluit was
 * taken, the dossier moves on by itself to the step's phase, through the phases in between, each by a forward rule of
 * the transition table whose preconditions hold (each move recorded on its own). A dossier that is already there or
 * further, or that cannot reach the step's phase that way, stays where it is: the coordinator moves it by hand for
 * the exceptions.
 */
import { formatDutchDate } from '../termijnen/calendar';
import type { WorkflowFacts } from './facts';
import { phaseLabels, phases, type Phase } from './phases';
import { findRule, type TransitionRule } from './table';

export const recordedSteps = [
  'vragenformulier-verzonden',
  'vragenformulier-ontvangen',
  'herstelverzoek-verzonden',
  'eigen-onderzoek-vastgelegd',
  'informatieverzoek-verzonden',
  'lbb-adviesverzoek-verzonden',
  'maatregel-voorgesteld',
  'zienswijze-uitgenodigd',
  'besluit-genomen',
] as const;

export type RecordedStep = (typeof recordedSteps)[number];

/**
 * Where each step leads, how the timeline names the occasion, and from which phase on it moves the dossier at all: a
 * research note while the vragenformulier is still out does not make it "received", so the research steps move a
 * dossier only once its completeness is being checked, and the voornemen and the besluit only after the beoordeling.
 */
const stepTargets: Readonly<Record<RecordedStep, { to: Phase; occasion: string; vanaf?: Phase }>> = {
  'vragenformulier-verzonden': { to: 'vragenformulier-uitgezet', occasion: 'bij verzending van het vragenformulier' },
  'vragenformulier-ontvangen': { to: 'volledigheid', occasion: 'bij ontvangst van het ingevulde vragenformulier' },
  'herstelverzoek-verzonden': { to: 'volledigheid', occasion: 'bij verzending van het herstelverzoek' },
  'eigen-onderzoek-vastgelegd': { to: 'eigen-onderzoek', occasion: 'bij de eerste bevinding van het eigen onderzoek', vanaf: 'volledigheid' },
  'informatieverzoek-verzonden': { to: 'informatieverzoeken', occasion: 'bij verzending van het informatieverzoek', vanaf: 'volledigheid' },
  'lbb-adviesverzoek-verzonden': { to: 'informatieverzoeken', occasion: 'bij de adviesaanvraag aan het LBB', vanaf: 'volledigheid' },
  'maatregel-voorgesteld': { to: 'beoordeling', occasion: 'bij de voorgestelde maatregel', vanaf: 'volledigheid' },
  'zienswijze-uitgenodigd': { to: 'voornemen-zienswijze', occasion: 'bij de uitnodiging voor een zienswijze', vanaf: 'beoordeling' },
  'besluit-genomen': { to: 'besluit', occasion: 'bij het besluit', vanaf: 'beoordeling' },
};

/** The working phases in procedure order, the only ones a recorded step moves through. */
const mainLine: readonly Phase[] = phases.slice(0, phases.indexOf('besluit') + 1);

export interface StepPhaseMove {
  from: Phase;
  to: Phase;
  /** The step's own date ('YYYY-MM-DD'), not the day it was recorded. */
  op: string;
  timelineText: string;
  legalBasis?: string;
}

/**
 * The forward moves the recorded `step` of date `op` brings, in order, or none when the dossier stays in `current`.
 * From each phase the move goes straight to the step's phase when the table has a forward rule for it, and otherwise
 * to the next phase of the procedure; every rule's guards must hold under `facts`. When the step's phase cannot be
 * reached that way (it lies behind, or a precondition fails on the way), there is no move at all.
 */
export function phaseAfterStep(current: Phase, step: RecordedStep, op: string, facts: WorkflowFacts): StepPhaseMove[] {
  const { to: target, occasion, vanaf } = stepTargets[step];
  const targetIndex = mainLine.indexOf(target);
  if (vanaf !== undefined && mainLine.indexOf(current) < mainLine.indexOf(vanaf)) return [];
  const moves: StepPhaseMove[] = [];
  let at = current;
  while (at !== target) {
    const index = mainLine.indexOf(at);
    if (index < 0 || index >= targetIndex) return [];
    const direct = allowedForward(at, target, facts);
    const next = direct ? target : mainLine[index + 1]!;
    const rule = direct ?? allowedForward(at, next, facts);
    if (!rule) return [];
    const legalBasis = rule.legalBasis?.(facts);
    moves.push({
      from: at,
      to: next,
      op,
      timelineText: `Van fase '${phaseLabels[at]}' naar fase '${phaseLabels[next]}' (op ${formatDutchDate(op)}, ${occasion}).`,
      ...(legalBasis ? { legalBasis } : {}),
    });
    at = next;
  }
  return moves;
}

function allowedForward(from: Phase, to: Phase, facts: WorkflowFacts): TransitionRule | null {
  const rule = findRule(from, to);
  if (!rule || rule.kind !== 'vooruit') return null;
  return rule.guards.some((guard) => guard(facts, rule.from, rule.to) !== null) ? null : rule;
}

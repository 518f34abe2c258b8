/**
 * The phase that follows a recorded step. When the coordinator records that the vragenformulier was sent or came
 * back, that a herstelverzoek or the LBB advice request went out, or that the besluit was taken, the dossier moves
 * on by itself, as far as the transition table allows a forward move from where it stands now. A dossier that is
 * already further, or that the table does not let go there directly (or whose preconditions do not hold), stays
 * where it is: the coordinator moves it by hand for the exceptions.
 */
import { formatDutchDate } from '../termijnen/calendar';
import type { WorkflowFacts } from './facts';
import { phaseLabels, type Phase } from './phases';
import { findRule } from './table';

export const recordedSteps = [
  'vragenformulier-verzonden',
  'vragenformulier-ontvangen',
  'herstelverzoek-verzonden',
  'lbb-adviesverzoek-verzonden',
  'besluit-genomen',
] as const;

export type RecordedStep = (typeof recordedSteps)[number];

/** Where each step leads, and how the timeline names the occasion. */
const stepTargets: Readonly<Record<RecordedStep, { to: Phase; occasion: string }>> = {
  'vragenformulier-verzonden': { to: 'vragenformulier-uitgezet', occasion: 'bij verzending van het vragenformulier' },
  'vragenformulier-ontvangen': { to: 'volledigheid', occasion: 'bij ontvangst van het ingevulde vragenformulier' },
  'herstelverzoek-verzonden': { to: 'volledigheid', occasion: 'bij verzending van het herstelverzoek' },
  'lbb-adviesverzoek-verzonden': { to: 'informatieverzoeken', occasion: 'bij de adviesaanvraag aan het LBB' },
  'besluit-genomen': { to: 'besluit', occasion: 'bij het besluit' },
};

export interface StepPhaseMove {
  from: Phase;
  to: Phase;
  /** The step's own date ('YYYY-MM-DD'), not the day it was recorded. */
  op: string;
  timelineText: string;
  legalBasis?: string;
}

/**
 * The forward move the recorded `step` of date `op` brings, or null when the dossier stays in `current`: the table
 * has no forward rule from `current` to the step's phase (the dossier is already there or further, or the move
 * would skip phases), or a guard of that rule refuses it under `facts`.
 */
export function phaseAfterStep(current: Phase, step: RecordedStep, op: string, facts: WorkflowFacts): StepPhaseMove | null {
  const { to, occasion } = stepTargets[step];
  const rule = findRule(current, to);
  if (!rule || rule.kind !== 'vooruit') return null;
  if (rule.guards.some((guard) => guard(facts, rule.from, rule.to) !== null)) return null;
  const legalBasis = rule.legalBasis?.(facts);
  return {
    from: current,
    to,
    op,
    timelineText: `Van fase '${phaseLabels[current]}' naar fase '${phaseLabels[to]}' (op ${formatDutchDate(op)}, ${occasion}).`,
    ...(legalBasis ? { legalBasis } : {}),
  };
}

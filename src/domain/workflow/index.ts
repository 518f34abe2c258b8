/**
 * The workflow of a Bibob dossier as a state machine: which phase may follow which, under which conditions, and
 * what the timeline records. Pure: the service passes the phase and the facts, and stores what comes back.
 * The table and its reasoning live in ./table.ts.
 */
import { outcomeLabel, type WorkflowFacts } from './facts';
import { isClosed, isPhase, phaseLabels, type Phase } from './phases';
import { findRule, rulesFrom, type TransitionKind, type TransitionRule } from './table';

export { phases, phaseLabels, isClosed, type Phase } from './phases';
export {
  decisionOutcomes,
  meldingLbbRequired,
  outcomeLabel,
  zienswijzeRequired,
  type Outcome,
  type WorkflowFacts,
} from './facts';
export { transitionTable, type Guard, type TransitionKind, type TransitionRule } from './table';

/** reason: required for heropenen, and for closing with open information requests. */
export interface TransitionRequest {
  to: Phase;
  reason?: string;
}

export type TransitionOutcome =
  | { ok: true; from: Phase; to: Phase; kind: TransitionKind; timelineText: string; legalBasis?: string }
  | { ok: false; code: 'NOT_ALLOWED' | 'PRECONDITION'; message: string };

export interface AvailableTransition {
  to: Phase;
  allowed: boolean;
  /** Why the move is refused now, in Dutch. */
  reason?: string;
  kind: TransitionKind;
  /** The move will ask the coordinator for a reason (heropenen, or closing with open information requests). */
  requiresReason: boolean;
}

const quoted = (phase: Phase): string => `'${phaseLabels[phase]}'`;

function firstRefusal(rule: TransitionRule, facts: WorkflowFacts): string | null {
  for (const guard of rule.guards) {
    const message = guard(facts, rule.from, rule.to);
    if (message !== null) return message;
  }
  return null;
}

/** The message asking for a reason when this move needs one, or null when it does not. */
function reasonDemand(rule: TransitionRule, facts: WorkflowFacts): string | null {
  if (rule.kind === 'heropend') {
    return 'Geef een reden op om het dossier te heropenen, bijvoorbeeld een bezwaarschrift, een uitspraak van de rechter of nieuwe feiten.';
  }
  if (rule.kind === 'afsluiting' && facts.openInformationRequests > 0) {
    const count = facts.openInformationRequests;
    const open = count === 1 ? 'staat nog 1 informatieverzoek' : `staan nog ${count} informatieverzoeken`;
    return `Er ${open} open. Wacht de antwoorden af of trek de verzoeken in, of leg vast waarom u het dossier toch afsluit.`;
  }
  return null;
}

function notAllowed(current: Phase, to: Phase): string {
  if (current === to) return `Het dossier staat al in fase ${quoted(current)}.`;
  const options = rulesFrom(current);
  if (isClosed(current)) {
    const reopen = options.find((candidate) => candidate.kind === 'heropend');
    const where = reopen ? `; het gaat dan verder in fase ${quoted(reopen.to)}` : '';
    return `Het dossier is afgesloten (${quoted(current)}). Heropen het eerst, met een reden${where}.`;
  }
  const possible = options.map((candidate) => quoted(candidate.to)).join(', ');
  return `Van fase ${quoted(current)} kan het dossier niet naar fase ${quoted(to)}. Mogelijk vanuit deze fase: ${possible}.`;
}

function timelineText(rule: TransitionRule, facts: WorkflowFacts): string {
  const from = quoted(rule.from);
  const to = quoted(rule.to);
  const text = {
    vooruit: `Van fase ${from} naar fase ${to}.`,
    terug: `Terug van fase ${from} naar fase ${to}.`,
    afsluiting: `Dossier afgesloten: ${to} (vanuit fase ${from}).`,
    heropend: `Dossier heropend vanuit ${from}; verder in fase ${to}.`,
  }[rule.kind];
  const extras: string[] = [];
  if ((rule.to === 'besluit' || rule.to === 'afgerond') && facts.outcome !== null) {
    extras.push(`Uitkomst: ${outcomeLabel(facts.outcome, facts.toepassingsgebied)}.`);
  }
  if (rule.kind === 'afsluiting' && facts.openInformationRequests > 0) {
    const count = facts.openInformationRequests;
    extras.push(`Afgesloten met ${count} ${count === 1 ? 'openstaand informatieverzoek' : 'openstaande informatieverzoeken'}.`);
  }
  return [text, ...extras].join(' ');
}

/**
 * Moves the dossier from `current` to `request.to` when the table allows it and its preconditions hold. The
 * timelineText describes the move; the caller records it together with the reason, when one was given.
 */
export function transition(current: Phase, request: TransitionRequest, facts: WorkflowFacts): TransitionOutcome {
  const { to } = request;
  if (!isPhase(to)) return { ok: false, code: 'NOT_ALLOWED', message: `Onbekende fase: '${String(to)}'.` };
  const rule = findRule(current, to);
  if (!rule) return { ok: false, code: 'NOT_ALLOWED', message: notAllowed(current, to) };
  const refusal = firstRefusal(rule, facts);
  if (refusal !== null) return { ok: false, code: 'PRECONDITION', message: refusal };
  const demand = reasonDemand(rule, facts);
  if (demand !== null && (request.reason ?? '').trim() === '') return { ok: false, code: 'PRECONDITION', message: demand };
  const legalBasis = rule.legalBasis?.(facts);
  return {
    ok: true,
    from: current,
    to,
    kind: rule.kind,
    timelineText: timelineText(rule, facts),
    ...(legalBasis ? { legalBasis } : {}),
  };
}

/** Every phase reachable from `current` with, per target, whether its preconditions hold now and if not why (for the UI). */
export function availableTransitions(current: Phase, facts: WorkflowFacts): AvailableTransition[] {
  return rulesFrom(current).map((rule) => {
    const refusal = firstRefusal(rule, facts);
    const requiresReason = reasonDemand(rule, facts) !== null;
    return refusal === null
      ? { to: rule.to, allowed: true, kind: rule.kind, requiresReason }
      : { to: rule.to, allowed: false, reason: refusal, kind: rule.kind, requiresReason };
  });
}
export { phaseAfterStep, recordedSteps, type RecordedStep, type StepPhaseMove } from './steps';
export {
  dossierPaginaIds,
  dossierPaginas,
  faseOvergangen,
  isDossierPaginaId,
  paginaVanFase,
  paginaVanSectie,
  type DossierPagina,
  type DossierPaginaId,
  type DossierPaginasInput,
  type FaseOvergang,
  type TijdlijnRegel,
} from './dossierPaginas';

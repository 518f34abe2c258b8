import {
  decisionOptions,
  decisionOutcomes,
  lid7Applies,
  lid8Applies,
  meldingLbbRequired,
  outcomeLabel,
  zienswijzeRequired,
  type WorkflowFacts,
} from './facts';
import { eigenOnderzoekStarted, phaseLabels, phases, type Phase } from './phases';

/**
 * The transition table of a Bibob dossier: every move a coordinator can make, as data, with the guards that must
 * hold. The procedure is a line (bibob-domain.md §4), but the table lets the coordinator work as the case demands:
 *
 * Vooruit
 * - intake → vragenformulier uitgezet; or straight to volledigheid when the questionnaire came with the application.
 * - eigen onderzoek → informatieverzoeken, or straight to beoordeling when no RIEC or LBB request is needed.
 * - beoordeling → advies needs the proposed measure (the outcome).
 * - advies → voornemen & zienswijze → besluit; advies → besluit directly only when art. 33 Wet Bibob asks no
 *   zienswijze (a plain verlening). Voorschriften and negative decisions need the art. 33 step recorded.
 * - besluit → melding aan het LBB only when art. 7a lid 7 or 8 requires it; then afgerond waits for the melding.
 * - the withdrawal route: when the betrokkene withdraws after the eigen onderzoek started and the coordinator
 *   suspects it is because of the investigation, any working phase from the questionnaire on goes to melding aan het
 *   LBB (art. 7a lid 8), and from there to "aanvraag ingetrokken" once the melding is recorded.
 *
 * Terug (new facts, a corrected form, a zienswijze that changes the picture)
 * - volledigheid → vragenformulier uitgezet (a new or corrected questionnaire);
 * - eigen onderzoek → volledigheid (data turn out to be missing: a new herstelverzoek);
 * - from any phase between informatieverzoeken and besluit back to any earlier phase from eigen onderzoek on.
 *   Melding aan het LBB has no way back: it follows a decision or a withdrawal that the app cannot undo.
 *
 * Afsluiting (never with open information requests unless the coordinator records why)
 * - afgerond from besluit or melding aan het LBB, with a decision as outcome;
 * - buiten behandeling (art. 4:5 Awb) from vragenformulier uitgezet (form not returned within the term the
 *   toezending letter set and warned about) and volledigheid (herstelverzoek not or insufficiently answered);
 *   not for vastgoed, where there is no aanvraag om een beschikking;
 * - aanvraag ingetrokken from every working phase (after the decision is made known only on the withdrawal route).
 *
 * Heropend (only with a reason), each to one fixed phase:
 * - afgerond → beoordeling: bezwaar asks a full heroverweging (art. 7:11 Awb) and a court ruling a new decision; both
 *   start from the assessment, and from there the coordinator can go back further when new facts need research;
 * - buiten behandeling → volledigheid: what is in dispute is the completeness of the application;
 * - ingetrokken → intake: the withdrawal was recorded in error or is undone before the decision; nothing after the
 *   intake can be assumed, and the coordinator moves forward from there.
 *
 * Vastgoed follows the same phases. What differs: no buiten behandeling, the outcomes are contract decisions
 * (art. 5a Wet Bibob), and the zienswijze rests on art. 33 lid 2 onder d/e.
 */
export type TransitionKind = 'vooruit' | 'terug' | 'afsluiting' | 'heropend';

/** Returns a Dutch message saying why the move is refused and what to do, or null when the guard holds. */
export type Guard = (facts: WorkflowFacts, from: Phase, to: Phase) => string | null;

export interface TransitionRule {
  readonly from: Phase;
  readonly to: Phase;
  readonly kind: TransitionKind;
  readonly guards: readonly Guard[];
  readonly legalBasis?: (facts: WorkflowFacts) => string | undefined;
}

const quoted = (phase: Phase): string => `'${phaseLabels[phase]}'`;

// ── Guards ────────────────────────────────────────────────────────────────────────────────────────────────────────

/** A decision (besluit, afgerond) and the steps towards it (advies, voornemen) need a measure that fits the area. */
const outcomeIsDecision: Guard = ({ outcome, toepassingsgebied }, _from, to) => {
  if (outcome === null) {
    return `Er is nog geen uitkomst vastgelegd. Leg in de beoordeling eerst de voorgestelde maatregel vast (${decisionOptions(toepassingsgebied)}); daarna kan het dossier naar fase ${quoted(to)}.`;
  }
  if (outcome === 'ingetrokken' || outcome === 'buiten-behandeling') {
    const closing: Phase = outcome === 'ingetrokken' ? 'ingetrokken' : 'buiten-behandeling';
    return `De vastgelegde uitkomst '${outcomeLabel(outcome, toepassingsgebied)}' is geen besluit over de zaak zelf. Sluit het dossier af met ${quoted(closing)}.`;
  }
  if (!decisionOutcomes[toepassingsgebied].includes(outcome)) {
    return toepassingsgebied === 'vastgoed'
      ? `De uitkomst '${outcomeLabel(outcome, toepassingsgebied)}' past niet bij een vastgoedtransactie: daar is geen beschikking, de gemeente beslist als contractpartij (art. 5a Wet Bibob). Kies ${decisionOptions(toepassingsgebied)}.`
      : `De uitkomst '${outcomeLabel(outcome, toepassingsgebied)}' hoort bij een vastgoedtransactie. Bij een beschikking kiest u ${decisionOptions(toepassingsgebied)}.`;
  }
  return null;
};

const zienswijzeDone: Guard = (facts, _from, to) => {
  const { required, legalBasis } = zienswijzeRequired(facts);
  if (!required || facts.zienswijzeStepDone || facts.outcome === null) return null;
  return `Bij de uitkomst '${outcomeLabel(facts.outcome, facts.toepassingsgebied)}' krijgen de betrokkene en iedere derde die in het voornemen wordt genoemd eerst de gelegenheid een zienswijze te geven (${legalBasis}). Leg die stap vast in fase ${quoted('voornemen-zienswijze')}; daarna kan het dossier naar fase ${quoted(to)}.`;
};

function meldingOutstanding(lid7: boolean, lid8: boolean, facts: WorkflowFacts, to: Phase): string | null {
  if ((!lid7 && !lid8) || facts.meldingLbbRecorded) return null;
  const grounds: string[] = [];
  if (lid7) {
    const degree = facts.dangerConclusion === 'ernstig' ? 'ernstig gevaar' : 'mindere mate van gevaar';
    grounds.push(`zonder advies van het LBB is geconcludeerd tot ${degree} (art. 7a lid 7 Wet Bibob)`);
  }
  if (lid8) {
    grounds.push('er is een redelijk vermoeden vastgelegd dat de betrokkene zich vanwege het Bibob-onderzoek terugtrekt (art. 7a lid 8 Wet Bibob)');
  }
  return `Het LBB moet onverwijld een melding krijgen: ${grounds.join(' en ')}. Leg eerst vast dat de melding is gedaan (fase ${quoted('melding-lbb')}); daarna kan het dossier naar fase ${quoted(to)}.`;
}

/** No dossier ends with a decision while a melding under art. 7a lid 7 or 8 is due and not recorded. */
const meldingRecorded: Guard = (facts, _from, to) => meldingOutstanding(lid7Applies(facts), lid8Applies(facts), facts, to);

/** A withdrawal after the eigen onderzoek started, suspected to be because of it, is reported first (art. 7a lid 8). */
const withdrawalReported: Guard = (facts, from, to) =>
  meldingOutstanding(false, eigenOnderzoekStarted(from) && lid8Applies(facts), facts, to);

const meldingDue: Guard = (facts) =>
  meldingLbbRequired(facts).required
    ? null
    : 'Een melding aan het LBB is alleen nodig als zonder advies van het LBB is geconcludeerd tot ernstig gevaar of mindere mate van gevaar (art. 7a lid 7 Wet Bibob), of bij een redelijk vermoeden dat de betrokkene zich vanwege het Bibob-onderzoek terugtrekt (art. 7a lid 8 Wet Bibob). Geen van beide is vastgelegd.';

const withdrawalToReport: Guard = (facts) => {
  if (!lid8Applies(facts)) {
    return 'Vóór het besluit is een melding aan het LBB alleen nodig bij een redelijk vermoeden dat de betrokkene zich vanwege het Bibob-onderzoek terugtrekt (art. 7a lid 8 Wet Bibob). Dat vermoeden is niet vastgelegd.';
  }
  if (facts.outcome !== 'ingetrokken') {
    return 'Leg eerst vast dat de betrokkene zich heeft teruggetrokken (uitkomst: aanvraag ingetrokken); daarna volgt de melding aan het LBB (art. 7a lid 8 Wet Bibob).';
  }
  return null;
};

/** Melding aan het LBB after a decision: the decision is made known, so the application can no longer be withdrawn. */
const notYetDecided: Guard = (facts) =>
  facts.outcome === 'ingetrokken'
    ? null
    : `Het besluit is al genomen; de aanvraag kan daarna niet meer worden ingetrokken. Sluit het dossier af met ${quoted('afgerond')}.`;

const aanvraagOmBeschikking: Guard = (facts) =>
  facts.toepassingsgebied === 'vastgoed'
    ? `Buiten behandeling stellen (art. 4:5 Awb) kan alleen bij een aanvraag om een beschikking. Bij een vastgoedtransactie beslist de gemeente als contractpartij: leg de uitkomst 'niet contracteren' vast en ga via beoordeling en advies naar het besluit, of sluit af met ${quoted('ingetrokken')} als de wederpartij zich terugtrekt.`
    : null;

/** Awb 4:5 lid 1: only after a herstelverzoek with a term, not completed or completed insufficiently; no aanvraag in a revocation. */
const herstelAllowsBuitenBehandeling: Guard = (facts) => facts.buitenBehandelingBeletsel;

/**
 * Art. 7a lid 8 Wet Bibob: a reasonable suspicion that the betrokkene withdraws because of the investigation is
 * reported to the LBB. An applicant who lets the application lapse that way is reported before the dossier closes.
 */
const suspectedWithdrawalReportedFirst: Guard = (facts) =>
  lid8Applies(facts) && !facts.meldingLbbRecorded
    ? 'Er is een redelijk vermoeden vastgelegd dat de betrokkene zich vanwege het Bibob-onderzoek terugtrekt. Dan krijgt het LBB eerst een melding (art. 7a lid 8 Wet Bibob): leg die vast bij de beoordeling; daarna kan de aanvraag buiten behandeling worden gesteld.'
    : null;

const toBuitenBehandeling: readonly Guard[] = [aanvraagOmBeschikking, herstelAllowsBuitenBehandeling, suspectedWithdrawalReportedFirst];

// ── The table ─────────────────────────────────────────────────────────────────────────────────────────────────────

const basis = (text: string) => (): string => text;
const meldingBasis = (facts: WorkflowFacts): string | undefined => meldingLbbRequired(facts).legalBasis;

function rule(from: Phase, to: Phase, kind: TransitionKind, guards: readonly Guard[] = [], legalBasis?: TransitionRule['legalBasis']): TransitionRule {
  return legalBasis ? { from, to, kind, guards, legalBasis } : { from, to, kind, guards };
}

/** The working phases in which the betrokkene can still withdraw before a decision is made known. */
const beforeDecision: readonly Phase[] = phases.slice(0, phases.indexOf('besluit') + 1);

/** The stretch in which new facts can send the coordinator back to any earlier phase of it. */
const investigation: readonly Phase[] = ['eigen-onderzoek', 'informatieverzoeken', 'beoordeling', 'advies', 'voornemen-zienswijze', 'besluit'];

/**
 * A dossier that holds further decisions closes only when each has its outcome (Awb 4:13 lid 1: every aanvraag is
 * decided; issue 19 item 12).
 */
const everyDecisionHasOutcome: Guard = (facts, _from, to) => {
  const open = facts.verdereBesluitenZonderUitkomst ?? [];
  if (open.length === 0) return null;
  return `Nog niet elk besluit in dit dossier heeft een uitkomst: ${open.map((label) => `'${label}'`).join(', ')}. Leg die vast bij 'Besluiten in dit dossier' (op elke aanvraag wordt beslist, art. 4:13 lid 1 Awb); daarna kan het dossier naar fase ${quoted(to)}.`;
};

const toDecision: readonly Guard[] = [outcomeIsDecision, zienswijzeDone];
const toAfgerond: readonly Guard[] = [outcomeIsDecision, zienswijzeDone, meldingRecorded, everyDecisionHasOutcome];

export const transitionTable: readonly TransitionRule[] = [
  // vooruit
  rule('intake', 'vragenformulier-uitgezet', 'vooruit', [], basis('art. 7a lid 2 en 5 Wet Bibob')),
  rule('intake', 'volledigheid', 'vooruit', [], basis('art. 4:5 Awb')),
  rule('vragenformulier-uitgezet', 'volledigheid', 'vooruit', [], basis('art. 4:5 Awb')),
  rule('volledigheid', 'eigen-onderzoek', 'vooruit', [], basis('art. 7a lid 1 Wet Bibob')),
  rule('eigen-onderzoek', 'informatieverzoeken', 'vooruit'),
  rule('eigen-onderzoek', 'beoordeling', 'vooruit', [], basis('art. 3 Wet Bibob')),
  rule('informatieverzoeken', 'beoordeling', 'vooruit', [], basis('art. 3 Wet Bibob')),
  rule('beoordeling', 'advies', 'vooruit', [outcomeIsDecision]),
  rule('advies', 'voornemen-zienswijze', 'vooruit', [outcomeIsDecision], (facts) => zienswijzeRequired(facts).legalBasis),
  rule('advies', 'besluit', 'vooruit', toDecision),
  rule('voornemen-zienswijze', 'besluit', 'vooruit', toDecision),
  rule('besluit', 'melding-lbb', 'vooruit', [meldingDue], meldingBasis),
  ...beforeDecision
    .filter((phase) => eigenOnderzoekStarted(phase) && phase !== 'besluit')
    .map((phase) => rule(phase, 'melding-lbb', 'vooruit', [withdrawalToReport], basis('art. 7a lid 8 Wet Bibob'))),

  // terug
  rule('volledigheid', 'vragenformulier-uitgezet', 'terug'),
  rule('eigen-onderzoek', 'volledigheid', 'terug', [], basis('art. 4:5 Awb')),
  ...investigation.flatMap((from, index) => investigation.slice(0, index).map((to) => rule(from, to, 'terug'))),

  // afsluiting
  rule('besluit', 'afgerond', 'afsluiting', toAfgerond),
  rule('melding-lbb', 'afgerond', 'afsluiting', toAfgerond, meldingBasis),
  rule('vragenformulier-uitgezet', 'buiten-behandeling', 'afsluiting', [...toBuitenBehandeling, everyDecisionHasOutcome], basis('art. 4:5 Awb')),
  rule('volledigheid', 'buiten-behandeling', 'afsluiting', [...toBuitenBehandeling, everyDecisionHasOutcome], basis('art. 4:5 Awb')),
  ...beforeDecision.map((phase) => rule(phase, 'ingetrokken', 'afsluiting', [withdrawalReported, everyDecisionHasOutcome])),
  rule('melding-lbb', 'ingetrokken', 'afsluiting', [notYetDecided, withdrawalReported, everyDecisionHasOutcome], basis('art. 7a lid 8 Wet Bibob')),

  // heropend
  rule('afgerond', 'beoordeling', 'heropend'),
  rule('buiten-behandeling', 'volledigheid', 'heropend'),
  rule('ingetrokken', 'intake', 'heropend'),
];

export function rulesFrom(phase: Phase): TransitionRule[] {
  return transitionTable.filter((candidate) => candidate.from === phase);
}

export function findRule(from: Phase, to: Phase): TransitionRule | undefined {
  return transitionTable.find((candidate) => candidate.from === from && candidate.to === to);
}

/**
 * The phases of a Bibob dossier (../shared/bibob-domain.md §4). The ids are stable: they are stored in the vault
 * and cross the IPC contract. Ten working phases, then three ways a dossier ends.
 */
export const phases = [
  'intake',
  'vragenformulier-uitgezet',
  'volledigheid',
  'eigen-onderzoek',
  'informatieverzoeken',
  'beoordeling',
  'advies',
  'voornemen-zienswijze',
  'besluit',
  'melding-lbb',
  'afgerond',
  'buiten-behandeling',
  'ingetrokken',
] as const;

export type Phase = (typeof phases)[number];

export const phaseLabels: Readonly<Record<Phase, string>> = {
  intake: 'Intake',
  'vragenformulier-uitgezet': 'Vragenformulier uitgezet',
  volledigheid: 'Vragenformulier ontvangen / volledigheid',
  'eigen-onderzoek': 'Eigen onderzoek',
  informatieverzoeken: 'Informatieverzoeken (RIEC, LBB)',
  beoordeling: 'Beoordeling',
  advies: 'Advies',
  'voornemen-zienswijze': 'Voornemen & zienswijze',
  besluit: 'Besluit',
  'melding-lbb': 'Melding aan het LBB',
  afgerond: 'Afgerond',
  'buiten-behandeling': 'Buiten behandeling gesteld',
  ingetrokken: 'Aanvraag ingetrokken',
};

const closedPhases: ReadonlySet<Phase> = new Set<Phase>(['afgerond', 'buiten-behandeling', 'ingetrokken']);

/** A closed dossier changes only by heropenen. */
export function isClosed(phase: Phase): boolean {
  return closedPhases.has(phase);
}

export function isPhase(value: string): value is Phase {
  return (phases as readonly string[]).includes(value);
}

/**
 * Whether the eigen onderzoek has started, which art. 7a lid 8 Wet Bibob requires before a withdrawal must be
 * reported. The app reads the questionnaire as its first act: the betrokkene supplies those data "om deze in
 * staat te stellen tot het eigen onderzoek" (art. 7a lid 2). Only the intake lies before it.
 */
export function eigenOnderzoekStarted(phase: Phase): boolean {
  return phase !== 'intake';
}

import type { WorkflowFacts } from '../../src/domain/workflow';

/** A horeca dossier's workflow facts with nothing recorded yet: the starting row of the workflow tables. */
export const BASE_FACTS: WorkflowFacts = {
  toepassingsgebied: 'horeca',
  outcome: null,
  openInformationRequests: 0,
  lbbAdviceReceived: false,
  dangerConclusion: null,
  withdrawalSuspected: false,
  meldingLbbRecorded: false,
  zienswijzeStepDone: false,
  buitenBehandelingBeletsel: null,
};

/** The base facts with the fields a row changes. */
export const factsWith = (overrides: Partial<WorkflowFacts> = {}): WorkflowFacts => ({ ...BASE_FACTS, ...overrides });

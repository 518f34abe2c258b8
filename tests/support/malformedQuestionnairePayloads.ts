import type { CallName } from '../../src/contract';

/** Malformed payloads for the questionnaire calls, merged into the IPC test's table (tests/integration/ipc.test.ts). */
export const malformedQuestionnairePayloads: Partial<Record<CallName, unknown[]>> = {};

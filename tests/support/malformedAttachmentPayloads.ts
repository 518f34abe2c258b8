import type { CallName } from '../../src/contract';

/** Malformed payloads for the attachment calls, merged into the IPC test's table (tests/integration/ipc.test.ts). */
export const malformedAttachmentPayloads: Partial<Record<CallName, unknown[]>> = {};

import type { CallName } from '../../src/contract';

/** Malformed payloads for the dashboard and the annual report, merged into tests/integration/ipc.test.ts. */
export const malformedRapportPayloads: Partial<Record<CallName, unknown[]>> = {
  'rapport.jaar': [{}, { jaar: 1999, vergelijkJaren: 0 }, { jaar: 2026.5, vergelijkJaren: 0 }, { jaar: 2026, vergelijkJaren: 10 }, { jaar: '2026', vergelijkJaren: 1 }],
  'rapport.setEffect': [{}, { effect: ['alles'] }, { effect: 'voorschriften' }],
  'rapport.exportCsv': [{ jaar: 2026 }, { jaar: 3000, vergelijkJaren: 0 }],
  'rapport.exportDocx': [
    { jaar: 2026, vergelijkJaren: 0 },
    { jaar: 2026, vergelijkJaren: 0, grafieken: [{ titel: '', png: 'iVBORw0KGgo=' }] },
    { jaar: 2026, vergelijkJaren: 0, grafieken: [{ titel: 'x', png: 'niet base64!' }] },
    { jaar: 2026, vergelijkJaren: 0, grafieken: Array.from({ length: 11 }, () => ({ titel: 'x', png: 'iVBORw0KGgo=' })) },
  ],
};

import type { CallName } from '../../src/contract';

const UUID = '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b';

/** Malformed payloads for the page per betrokkene and the network, merged into tests/integration/ipc.test.ts. */
export const malformedNetwerkPayloads: Partial<Record<CallName, unknown[]>> = {
  'betrokkenen.get': [{}, { betrokkeneId: 'bram' }, { betrokkeneId: 7 }],
  'netwerk.get': [{ betrokkeneId: 'x' }, { dossierId: 7 }, { betrokkeneId: UUID, dossierId: UUID }],
  'netwerk.exportPng': [{}, { png: '' }, { png: 'niet base64!' }, { png: 'A'.repeat(900_001) }, { betrokkeneId: UUID, dossierId: UUID, png: 'iVBORw0KGgo=' }],
};

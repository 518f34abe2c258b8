import type { CallName } from '../../src/contract';

const UUID = '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b';

/** Malformed payloads for the generated letters, merged into tests/integration/ipc.test.ts. */
export const malformedBriefPayloads: Partial<Record<CallName, unknown[]>> = {
  'brieven.list': [{}, { dossierId: 'x' }],
  'brieven.internAdvies': [{ dossierId: UUID }, { dossierId: UUID, doorbrekingen: [{ bevindingId: 'b', reden: '' }] }, { dossierId: UUID, doorbrekingen: 'alle' }],
  'brieven.export': [{ briefId: UUID }, { briefId: 'x', verstrekking: { categorie: 'a', ontvanger: 'x' } }, { briefId: UUID, verstrekking: { categorie: 'q', ontvanger: 'x' } }],
};

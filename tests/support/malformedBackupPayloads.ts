import type { CallName } from '../../src/contract';

/** Malformed payloads for the backup calls, merged into tests/integration/ipc.test.ts. */
export const malformedBackupPayloads: Partial<Record<CallName, unknown[]>> = {
  'reservekopie.setKeep': [{}, { bewaren: 0 }, { bewaren: 366 }, { bewaren: 2.5 }, { bewaren: '7' }, { bewaren: 7, map: '/tmp' }],
  'reservekopie.restore': [
    {},
    { vaultId: 'geen-uuid', snapshot: '2026-12-02T07-40-05-123Z', sleutel: { wachtwoordzin: 'x' } },
    { vaultId: '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b', snapshot: '', sleutel: { wachtwoordzin: 'x' } },
    { vaultId: '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b', snapshot: '2026-12-02T07-40-05-123Z', sleutel: {} },
    { vaultId: '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b', snapshot: '2026-12-02T07-40-05-123Z', sleutel: { herstelsleutel: 'ABCD' } },
    { vaultId: '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b', snapshot: '2026-12-02T07-40-05-123Z', sleutel: { herstelsleutel: 'ABCD', nieuweWachtwoordzin: 'kort' } },
    // The renderer never names a folder: a path is an unknown field.
    { vaultId: '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b', snapshot: '2026-12-02T07-40-05-123Z', sleutel: { wachtwoordzin: 'x' }, map: '/tmp/elders' },
  ],
};

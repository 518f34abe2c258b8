import type { CallName } from '../../src/contract';
import { EMPTY_BEOORDELING } from '../../src/domain/beoordeling';

const UUID = '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b';

/** Malformed payloads for the assessment, the voorschriften library and the melding, merged into tests/integration/ipc.test.ts. */
export const malformedBeoordelingPayloads: Partial<Record<CallName, unknown[]>> = {
  'beoordeling.get': [{}, { dossierId: 'x' }],
  'beoordeling.save': [
    { dossierId: UUID, beoordeling: EMPTY_BEOORDELING },
    { dossierId: UUID, beoordeling: EMPTY_BEOORDELING, voorgesteldeMaatregel: 'opsluiten' },
    { dossierId: UUID, beoordeling: { ...EMPTY_BEOORDELING, gevaar: [{ grond: 'c', mate: 'geen', factoren: [], motivering: '' }] }, voorgesteldeMaatregel: null },
    { dossierId: UUID, beoordeling: { ...EMPTY_BEOORDELING, bevindingen: [{ id: 'f1', betrokkeneId: UUID, soort: 'roddel', omschrijving: 'x', bron: 'x', datum: '2026-01-01', ernst: 'zwaar' }] }, voorgesteldeMaatregel: null },
    { dossierId: UUID, beoordeling: { ...EMPTY_BEOORDELING, extra: 1 }, voorgesteldeMaatregel: null },
  ],
  'beoordeling.setTerugtrekking': [{ dossierId: UUID, vermoed: 'ja', toelichting: '' }, { dossierId: UUID, vermoed: true }],
  'beoordeling.recordMelding': [{ dossierId: UUID }, { dossierId: UUID, gemeldOp: '2026-02-30' }],
  'voorschriften.add': [
    { voorschrift: { id: 'camera', tekst: 'x', wegneemtGevaar: 'y', toepassingsgebieden: ['horeca'] } },
    { voorschrift: { tekst: '', wegneemtGevaar: 'y', toepassingsgebieden: ['horeca'] } },
    { voorschrift: { tekst: 'x', wegneemtGevaar: 'y', toepassingsgebieden: [] } },
  ],
  'beoordeling.correctBevinding': [
    { dossierId: UUID, bevinding: { id: 'b1', betrokkeneId: 'p1', soort: 'veroordeling', omschrijving: 'Heling', bron: 'JD', datum: '2025-03-01', ernst: 'zwaar' } },
    { dossierId: UUID, bevinding: { id: 'b1', betrokkeneId: 'p1', soort: 'diefstal', omschrijving: 'Heling', bron: 'JD', datum: '2025-03-01', ernst: 'zwaar' }, reden: 'Tikfout.' },
    { dossierId: UUID, bevinding: { id: 'b1', betrokkeneId: 'p1', soort: 'veroordeling', omschrijving: '', bron: 'JD', datum: '2025-03-01', ernst: 'zwaar' }, reden: 'Tikfout.' },
    { dossierId: UUID, bevinding: { id: 'b1', betrokkeneId: 'p1', soort: 'veroordeling', omschrijving: 'Heling', bron: 'JD', datum: '2025-03-01', ernst: 'zwaar' }, reden: '' },
  ],
  'beoordeling.withdrawBevinding': [{ dossierId: UUID, bevindingId: 'b1' }, { dossierId: UUID, bevindingId: '', reden: 'Dubbel.' }, { dossierId: 'x', bevindingId: 'b1', reden: 'Dubbel.' }],
};

import type { CallName } from '../../src/contract';

const UUID = '00000000-0000-4000-8000-000000000000';
const geen = { categorieen: [], signalen: [], bedragen: [], wisselingExploitant: false };

/** Malformed payloads for the Bibob-beleid and the beleidstoets, merged into tests/integration/ipc.test.ts. */
export const malformedBeleidPayloads: Partial<Record<CallName, unknown[]>> = {
  'beleid.save': [{}, { json: '' }, { json: 7 }, { json: 'x'.repeat(500_001) }],
  'beleidstoets.get': [{}, { dossierId: 'x' }],
  'beleidstoets.record': [
    { dossierId: UUID, toepassen: true },
    { dossierId: UUID, antwoorden: geen },
    { dossierId: UUID, antwoorden: { ...geen, wisselingExploitant: 'ja' }, toepassen: true },
    { dossierId: UUID, antwoorden: { ...geen, bedragen: [{ drempel: 'bouwkosten', bedragCent: 0, verlaagd: [] }] }, toepassen: true },
    { dossierId: UUID, antwoorden: { ...geen, bedragen: [{ drempel: 'bouwkosten', bedragCent: 12.5, verlaagd: [] }] }, toepassen: true },
    { dossierId: UUID, antwoorden: geen, toepassen: false, afwijkingReden: 'x'.repeat(2001) },
  ],
  'beleidstoets.correct': [{ dossierId: UUID, antwoorden: geen, toepassen: true }, { dossierId: UUID, antwoorden: geen, toepassen: true, reden: '' }],
};

import type { CallName } from '../../src/contract';

const UUID = '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b';

/** Malformed payloads for the generated letters, merged into tests/integration/ipc.test.ts. */
export const malformedBriefPayloads: Partial<Record<CallName, unknown[]>> = {
  'brieven.list': [{}, { dossierId: 'x' }],
  'brieven.maak': [
    { dossierId: UUID },
    { dossierId: UUID, soort: 'intern-advies', bronId: null, invoer: {}, doorbrekingen: [{ bevindingId: 'b', reden: '' }] },
    { dossierId: UUID, soort: 'intern-advies', bronId: null, invoer: {}, doorbrekingen: 'alle' },
    { dossierId: UUID, soort: 'liefdesbrief', bronId: null, invoer: {}, doorbrekingen: [] },
    { dossierId: UUID, soort: 'herstelverzoek', bronId: 'x', invoer: {}, doorbrekingen: [] },
    { dossierId: UUID, soort: 'termijn-niet-haalbaar', bronId: null, invoer: { nieuweDatum: '2027-02-30' }, doorbrekingen: [] },
    { dossierId: UUID, soort: 'bericht-derde', bronId: null, invoer: { deelAdvies: 'a\u0000b' }, doorbrekingen: [] },
    { dossierId: UUID, soort: 'besluit', bronId: null, invoer: { extra: 1 }, doorbrekingen: [] },
  ],
  'sjablonen.save': [{}, { soort: 'besluit', onderwerp: 'x' }, { soort: 'onbekend', onderwerp: 'x', tekst: 'y' }, { soort: 'besluit', onderwerp: 'x', tekst: 'x'.repeat(100_001) }],
  'sjablonen.import': [{}, { json: '' }, { json: 42 }],
  'brieven.bekijk': [{}, { briefId: 'x' }, { briefId: UUID, extra: 1 }],
  'brieven.export': [{ briefId: UUID, verstrekking: { categorie: 'a' } }, { briefId: 'x', verstrekking: { categorie: 'a', ontvanger: 'x' } }, { briefId: UUID, verstrekking: { categorie: 'q', ontvanger: 'x' } }, { briefId: UUID, verstrekking: { categorie: 'a', ontvanger: 'x' }, formaat: 'xls' }],
};

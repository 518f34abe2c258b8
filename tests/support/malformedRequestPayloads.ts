import type { CallName } from '../../src/contract';

const UUID = '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b';
const valid = { dossierId: UUID, geadresseerde: 'riec', betrokkeneIds: [UUID], vragen: 'Antecedenten?' };

/** Malformed payloads for the information requests and the LBB advice request, merged into tests/integration/ipc.test.ts. */
export const malformedRequestPayloads: Partial<Record<CallName, unknown[]>> = {
  'verzoeken.list': [{}, { dossierId: 'x' }],
  'verzoeken.create': [
    { ...valid, dossierId: 'x' },
    { ...valid, geadresseerde: 'politie' },
    { ...valid, betrokkeneIds: 'alle' },
    { ...valid, betrokkeneIds: ['x'] },
    { ...valid, vragen: '   ' },
    { ...valid, vragen: 'x'.repeat(10_001) },
    { ...valid, vragen: 'a\u0000b' },
    { ...valid, geadresseerdeNaam: 42 },
    { ...valid, extra: true },
  ],
  'verzoeken.deleteConcept': [{}, { verzoekId: 'x' }],
  'verzoeken.send': [{ verzoekId: UUID }, { verzoekId: UUID, verzondenOp: '2027-02-30' }, { verzoekId: UUID, verzondenOp: '2027-01-04', uiterlijkOp: 'morgen' }],
  'verzoeken.extend': [{ verzoekId: UUID }, { verzoekId: UUID, uiterlijkOp: '04-01-2027' }],
  'verzoeken.recordAnswer': [
    { verzoekId: UUID, ontvangenOp: '2027-01-04' },
    { verzoekId: UUID, ontvangenOp: '2027-01-04', samenvatting: '' },
    { verzoekId: UUID, ontvangenOp: '2027-01-04', samenvatting: 'x', bijlageIds: ['x'] },
  ],
  'verzoeken.withdraw': [{ verzoekId: UUID }, { verzoekId: UUID, reden: ' ' }],
  'verzoeken.lbbDataRequest': [{ verzoekId: UUID, verzochtOp: '2027-01-04' }, { verzoekId: UUID, omschrijving: 'x', verzochtOp: 'gisteren' }],
  'verzoeken.lbbDataReceived': [{ gegevensverzoekId: 'x', ontvangenOp: '2027-01-04' }, { gegevensverzoekId: UUID }],
  'verzoeken.lbbExtension': [
    { verzoekId: UUID, gemeldOp: '2027-01-04', weken: 5 },
    { verzoekId: UUID, gemeldOp: '2027-01-04', weken: 0 },
    { verzoekId: UUID, gemeldOp: '2027-01-04', weken: 1.5 },
    { verzoekId: UUID, gemeldOp: '2027-01-04' },
  ],
  'verzoeken.lbbBetrokkeneInformed': [{ verzoekId: UUID }, { verzoekId: UUID, op: '2027-13-01' }],
  'verzoeken.correctAnswer': [
    { verzoekId: UUID, ontvangenOp: '2026-11-02', samenvatting: 'Advies: ernstig gevaar.', beperkingen: [] },
    { verzoekId: UUID, ontvangenOp: '2026-11-02', samenvatting: 'Advies: ernstig gevaar.', beperkingen: [], reden: ' ' },
    { verzoekId: UUID, ontvangenOp: '2026-02-30', samenvatting: 'Advies.', beperkingen: [], reden: 'Tikfout.' },
    { verzoekId: UUID, ontvangenOp: '2026-11-02', samenvatting: '', beperkingen: [], reden: 'Tikfout.' },
    { verzoekId: UUID, ontvangenOp: '2026-11-02', samenvatting: 'Advies.', beperkingen: ['geheim'], reden: 'Tikfout.' },
    { verzoekId: 'x', ontvangenOp: '2026-11-02', samenvatting: 'Advies.', beperkingen: [], reden: 'Tikfout.' },
  ],
  'verzoeken.withdrawAnswer': [{ verzoekId: UUID }, { verzoekId: UUID, reden: '' }, { verzoekId: 'x', reden: 'Verkeerd dossier.' }, { verzoekId: UUID, reden: 'a\u0000b' }],
};

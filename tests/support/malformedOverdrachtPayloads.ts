import type { CallName } from '../../src/contract';

const UUID = '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b';
const PASS = 'ABCDE-FGHJK-MNPQR-STUVW-XYZ23-45678';

/** Malformed payloads for the overdracht calls (issue 24 §3), merged into tests/integration/ipc.test.ts. */
export const malformedOverdrachtPayloads: Partial<Record<CallName, unknown[]>> = {
  'overdracht.export': [
    {},
    // Neither dossiers nor all open ones, and both at once.
    { ontvangerSoort: 'riec', ontvanger: 'RIEC', afzenderNaam: 'Anna' },
    { dossierIds: [UUID], alleOpen: true, ontvangerSoort: 'riec', ontvanger: 'RIEC', afzenderNaam: 'Anna' },
    { dossierIds: [], ontvangerSoort: 'riec', ontvanger: 'RIEC', afzenderNaam: 'Anna' },
    { dossierIds: ['x'], ontvangerSoort: 'riec', ontvanger: 'RIEC', afzenderNaam: 'Anna' },
    // Only the three recipients of the choice; a category of lid 2 outside them is unknown.
    { dossierIds: [UUID], ontvangerSoort: 'a', ontvanger: 'De betrokkene', afzenderNaam: 'Anna' },
    { dossierIds: [UUID], ontvangerSoort: 'riec', ontvanger: ' ', afzenderNaam: 'Anna' },
    { dossierIds: [UUID], ontvangerSoort: 'riec', ontvanger: 'RIEC', afzenderNaam: 'a\u0000b' },
    { dossierIds: [UUID], ontvangerSoort: 'bestuursorgaan', ontvanger: 'X', afzenderNaam: 'Anna', voorwaardenBevestigd: [true, true, true, true, true] },
    // The renderer never names a file.
    { dossierIds: [UUID], ontvangerSoort: 'riec', ontvanger: 'RIEC', afzenderNaam: 'Anna', pad: '/tmp/pakket.bibob-overdracht' },
  ],
  'overdracht.status': [{}, { dossierId: 'x' }],
  'overdracht.history': [{}, { dossierId: 'x' }],
  'overdracht.addNote': [{ dossierId: UUID }, { dossierId: UUID, tekst: ' ' }, { dossierId: UUID, tekst: 'x'.repeat(5001) }, { dossierId: 'x', tekst: 'Goed.' }, { dossierId: UUID, tekst: 'a\u0000b' }],
  'overdracht.exportReactie': [{}, { dossierId: UUID }, { dossierId: UUID, afzenderNaam: '' }],
  'overdracht.chooseFile': [{ pad: '/tmp/pakket.bibob-overdracht' }],
  'overdracht.preview': [{}, { wachtwoordzin: '' }, { wachtwoordzin: 'te kort' }, { wachtwoordzin: 'IIIII-LLLLL-OOOOO-00000-11111-AAAAA' }, { wachtwoordzin: 42 }, { wachtwoordzin: PASS, pad: '/tmp/x' }],
  'overdracht.import': [
    { wachtwoordzin: PASS },
    { wachtwoordzin: PASS, koppelingen: [{ betrokkeneId: 'x', bestaandeId: null }] },
    { wachtwoordzin: PASS, koppelingen: [{ betrokkeneId: UUID }] },
    { wachtwoordzin: PASS, koppelingen: [{ betrokkeneId: UUID, bestaandeId: 'x' }] },
    { wachtwoordzin: 'te kort', koppelingen: [] },
  ],
};

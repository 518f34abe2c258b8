import type { CallName } from '../../src/contract';

const UUID = '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b';
const invite = { dossierId: UUID, betrokkeneId: UUID, rol: 'betrokkene', uitgenodigdOp: '2027-03-01', termijnTot: '2027-03-15', afschriftAdvies: true, geheimhoudingGewezen: true };
const besluit = { besluitOp: null, contractclausule: null, bezwaar: null, beroep: null };

/** Malformed payloads for the zienswijze step and the decision, merged into tests/integration/ipc.test.ts. */
export const malformedBesluitPayloads: Partial<Record<CallName, unknown[]>> = {
  'zienswijze.get': [{}, { dossierId: 'x' }],
  'zienswijze.proposeTerm': [{}, { uitgenodigdOp: 'morgen' }],
  'zienswijze.invite': [{ ...invite, rol: 'buurman' }, { ...invite, termijnTot: '2027-02-30' }, { ...invite, afschriftAdvies: 'ja' }, { ...invite, betrokkeneId: 'x' }],
  'zienswijze.recordResponse': [{ partijId: 'x', ontvangenOp: '2027-03-05', samenvatting: 'x' }, { partijId: UUID, ontvangenOp: '2027-03-05' }],
  'zienswijze.recordReactie': [{ partijId: 'x', reactie: 'Wij volgen de zienswijze niet.' }, { partijId: UUID, reactie: '   ' }, { partijId: UUID }, { partijId: UUID, reactie: 'x'.repeat(10_001) }],
  'zienswijze.withdraw': [{ partijId: UUID }, { partijId: 'x', reden: 'Verkeerde persoon.' }, { partijId: UUID, reden: '   ' }, { partijId: UUID, reden: 'x'.repeat(2001) }],
  'besluit.save': [
    { dossierId: UUID, besluit: { ...besluit, besluitOp: '1-3-2027' } },
    { dossierId: UUID, besluit: { ...besluit, bezwaar: { ingediendOp: '2027-03-01', uitkomst: 'gegrond', uitspraakOp: null, toelichting: '' } } },
    { dossierId: UUID, besluit: { ...besluit, bezwaar: { ingediendOp: '2027-03-01', uitkomst: 'half', uitspraakOp: '2027-05-01', toelichting: '' } } },
    { dossierId: UUID, besluit: { ...besluit, extra: true } },
    { dossierId: UUID, besluit: { ...besluit, lbbAdviesMate: 'een beetje' } },
  ],
  'zienswijze.geenNieuweRonde': [
    { dossierId: UUID, eerdereUitkomst: 'misschien', reden: 'Geen nieuwe feiten.' },
    { dossierId: UUID, eerdereUitkomst: 'weigeren', reden: '   ' },
    { dossierId: 'x', eerdereUitkomst: 'weigeren', reden: 'Geen nieuwe feiten.' },
  ],
};

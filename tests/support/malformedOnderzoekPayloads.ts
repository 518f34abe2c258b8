import type { CallName } from '../../src/contract';

const UUID = '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b';
const note = { dossierId: UUID, betrokkeneId: UUID, bron: 'kvk', geraadpleegdOp: '2027-01-04', bevinding: 'Ingeschreven sinds 2019.' };
const other = {
  dossierId: UUID,
  betrokkeneId: UUID,
  verstrekkendOrgaan: 'Gemeente Leiden',
  omschrijving: 'Eerder onderzoek',
  aanleiding: 'art-11a',
  zelfdePersoon: true,
  herkomst: 'eigen-onderzoek',
  verkregenOp: '2024-01-04',
  verstrektOp: '2027-01-04',
  zelfVerkrijgbaar: true,
  noodzakelijk: true,
};
const formulier = {
  betrokkeneId: '',
  handelsnamen: [],
  besluit: '',
  besluitGenomen: false,
  ondernemingInBedrijf: null,
  aanleiding: { berichtArt26: false, riecAdvies: false, toelichting: '' },
  onderzoeksvragen: [],
  vragenformulierMetBijlagen: false,
  overigeBijlagen: [],
  financieringGecontroleerd: false,
};

/** Malformed payloads for the eigen onderzoek, merged into tests/integration/ipc.test.ts. */
export const malformedOnderzoekPayloads: Partial<Record<CallName, unknown[]>> = {
  'onderzoek.get': [{}, { dossierId: 'x' }],
  'onderzoek.addNote': [
    { ...note, bron: 'google' },
    { ...note, geraadpleegdOp: '2027-02-30' },
    { ...note, bevinding: '  ' },
    { ...note, bevinding: 'x'.repeat(5001) },
    { ...note, betrokkeneId: 'x' },
    { ...note, kenmerk: 'a\u0000' },
  ],
  'onderzoek.deleteNote': [{}, { notitieId: 'x' }],
  'onderzoek.addInvestering': [
    { dossierId: UUID, omschrijving: 'Verbouwing', bedragCent: -1 },
    { dossierId: UUID, omschrijving: 'Verbouwing', bedragCent: 10.5 },
    { dossierId: UUID, omschrijving: '', bedragCent: 100 },
  ],
  'onderzoek.addHerkomst': [
    { dossierId: UUID, omschrijving: 'Lening', soort: 'crypto', bedragCent: 100, bewijs: [] },
    { dossierId: UUID, omschrijving: 'Lening', soort: 'lening', bedragCent: 100, bewijs: ['x'] },
    { dossierId: UUID, omschrijving: 'Lening', soort: 'lening', bedragCent: 100 },
  ],
  'onderzoek.deletePost': [{}, { postId: 'x' }],
  'onderzoek.addAnderBestuursorgaan': [
    { ...other, herkomst: 'roddel' },
    { ...other, zelfdePersoon: 'ja' },
    { ...other, verkregenOp: 'vorig jaar' },
    { ...other, verstrekkendOrgaan: ' ' },
  ],
  'onderzoek.deleteAnderBestuursorgaan': [{}, { gegevensId: 'x' }],
  'onderzoek.updateFormulier': [
    { dossierId: UUID, formulier: { ...formulier, besluitGenomen: 'nee' } },
    { dossierId: UUID, formulier: { ...formulier, betrokkeneId: 'x' } },
    { dossierId: UUID, formulier: { ...formulier, onderzoeksvragen: [''] } },
    { dossierId: UUID, formulier: { ...formulier, extra: 1 } },
  ],
  'onderzoek.correctNote': [
    { notitieId: UUID, betrokkeneId: UUID, bron: 'kvk', geraadpleegdOp: '2026-11-02', bevinding: 'Niets gevonden.' },
    { notitieId: UUID, betrokkeneId: UUID, bron: 'kvk', geraadpleegdOp: '2026-11-02', bevinding: '', reden: 'Tikfout.' },
    { notitieId: UUID, betrokkeneId: UUID, bron: 'onbekend', geraadpleegdOp: '2026-11-02', bevinding: 'Niets.', reden: 'Tikfout.' },
    { notitieId: 'x', betrokkeneId: UUID, bron: 'kvk', geraadpleegdOp: '2026-11-02', bevinding: 'Niets.', reden: 'Tikfout.' },
    { notitieId: UUID, betrokkeneId: UUID, bron: 'kvk', geraadpleegdOp: '2 november', bevinding: 'Niets.', reden: 'Tikfout.' },
  ],
  'onderzoek.withdrawNote': [{ notitieId: UUID }, { notitieId: UUID, reden: ' ' }, { notitieId: 'x', reden: 'Dubbel.' }],
};

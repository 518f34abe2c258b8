import type { CallName } from '../../src/contract';

const UUID = '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b';
const dossierId = UUID;
const person = { id: 'p1', naam: 'Jan de Vries' };

/** Malformed payloads for the questionnaire calls, merged into the IPC test's table (tests/integration/ipc.test.ts). */
export const malformedQuestionnairePayloads: Partial<Record<CallName, unknown[]>> = {
  'vragenformulier.importSet': [{}, { json: '' }, { json: 42 }, { json: { formaat: 'bibob-vragenset/1' } }, { json: 'x'.repeat(2 * 1024 * 1024 + 1) }],
  'vragenformulier.get': [{}, { dossierId: 'niet-een-uuid' }, { dossierId: 7 }],
  'vragenformulier.setSelection': [
    { dossierId },
    { dossierId, selecteer: [] },
    { dossierId, selecteer: '1.1' },
    { dossierId, selecteer: ['Eigen vraag: hoeveel omzet?'] },
    { dossierId, deselecteer: [1.1] },
    { dossierId, setId: 'bibob-vragenformulier' },
    { dossierId, versie: '2024.1', selecteer: ['1.1'] },
    { dossierId, setId: '', versie: '2024.1' },
  ],
  'vragenformulier.send': [
    { dossierId },
    { dossierId, verzondenOp: '2027-02-30' },
    { dossierId, verzondenOp: 'vandaag' },
    { dossierId, verzondenOp: '2027-01-18', setId: 'bibob-vragenformulier' },
    { verzondenOp: '2027-01-18' },
  ],
  'vragenformulier.recordReceived': [{ dossierId }, { dossierId, ontvangenOp: 'gisteren' }, { dossierId: 'x', ontvangenOp: '2027-01-18' }],
  'vragenformulier.recordAnswers': [
    { dossierId },
    { dossierId, antwoorden: {} },
    { dossierId, antwoorden: { algemeen: {} } },
    { dossierId, antwoorden: { algemeen: { '1.1': true }, perPersoon: {} } },
    { dossierId, antwoorden: { algemeen: { 'eigen-vraag': 'x' }, perPersoon: {} } },
    { dossierId, antwoorden: { algemeen: { '1.1': 'x'.repeat(10_001) }, perPersoon: {} } },
    { dossierId, antwoorden: { algemeen: { '1.9': [{ ...person, id: 'a@b' }] }, perPersoon: {} } },
    { dossierId, antwoorden: { algemeen: { '1.10': [{ ...person, percentage: 140 }] }, perPersoon: {} } },
    { dossierId, antwoorden: { algemeen: { '1.9': [{ ...person, geboortedatum: '1970-02-30' }] }, perPersoon: {} } },
    { dossierId, antwoorden: { algemeen: { '1.9': [{ ...person, rol: 'baas' }] }, perPersoon: {} } },
    { dossierId, antwoorden: { algemeen: { '1.9': [{ ...person, naam: '   ' }] }, perPersoon: {} } },
    { dossierId, antwoorden: { algemeen: {}, perPersoon: { p1: { '4.1': { ja: true } } } } },
    { dossierId, antwoorden: { algemeen: {}, perPersoon: {}, extra: 1 } },
  ],
  'vragenformulier.setItemStatus': [
    { dossierId, sleutel: '1.1' },
    { dossierId, sleutel: '1.1', status: 'kwijt' },
    { dossierId, sleutel: '1.2#handelsregister', status: 'onvolledig' },
    { dossierId, sleutel: '1.2#handelsregister', status: 'niet-van-toepassing', notitie: '   ' },
    { dossierId, sleutel: 'Eigen vraag', status: 'ontvangen' },
    { dossierId, sleutel: '1.1', status: 'ontvangen', notitie: 'x'.repeat(2001) },
    { dossierId, sleutel: '1.1', status: 'ontvangen', bestanden: [UUID] },
  ],
  'vragenformulier.setItemStatuses': [
    { dossierId },
    { dossierId, items: [] },
    { dossierId, items: {} },
    { dossierId, items: [{ sleutel: '1.1' }] },
    { dossierId, items: [{ sleutel: '1.1', status: 'kwijt' }] },
    { dossierId, items: [{ sleutel: '1.1', status: 'ontvangen' }, { sleutel: '1.2#handelsregister', status: 'onvolledig' }] },
    { dossierId, items: [{ sleutel: '1.1', status: 'ontvangen' }, { sleutel: '1.1', status: 'ontbreekt' }] },
    { dossierId, items: [{ sleutel: 'Eigen vraag', status: 'ontvangen' }] },
    { dossierId, items: [{ sleutel: '1.1', status: 'ontvangen', extra: 1 }] },
    { dossierId, items: Array.from({ length: 501 }, (_, i) => ({ sleutel: `1.${i}`, status: 'ontvangen' })) },
  ],
  'vragenformulier.confirmDerivedStatuses': [{}, { dossierId: 'x' }, { dossierId, items: [] }],
  'vragenformulier.linkAttachment': [
    { dossierId, sleutel: '1.2#handelsregister' },
    { dossierId, sleutel: '1.2#handelsregister', bijlageId: 'x' },
    { dossierId, sleutel: '1.2#Handelsregister!', bijlageId: UUID },
    { dossierId, bijlageId: UUID },
  ],
  'vragenformulier.unlinkAttachment': [
    { dossierId, sleutel: '1.2#handelsregister' },
    { dossierId, sleutel: '1.2#handelsregister', bijlageId: 'x' },
    { dossierId, sleutel: '', bijlageId: UUID },
  ],
  'vragenformulier.confirmProposedBetrokkene': [
    { dossierId },
    { dossierId, bron: 'vraag 1.9' },
    { dossierId, bron: '1.9', persoonId: 'p 1' },
    { dossierId, bron: '1.9', persoonId: 'p1', bestaandeId: 'x' },
    { dossierId, bron: '1.9', persoonId: 'p1', soort: 'bedrijf' },
    { dossierId, bron: '1.9', persoonId: 'p1', bevestigNieuw: 'ja' },
  ],
  'vragenformulier.recordRefusal': [{ dossierId }, { dossierId, op: '2027-13-01' }, { op: '2027-01-18' }],
};

import type { CallName } from '../../src/contract';

const UUID = '00000000-0000-4000-8000-000000000000';
const VALID = { besluitsoort: 'alcoholwetvergunning', ontvangenOp: null, lbbAdvies: true, herstel: false, verdaging: null, mededeling: null };

/** Field-level malformed payloads for the further decisions of a dossier (issue 19 item 12), for the IPC test. */
export const malformedBesluitenPayloads: Partial<Record<CallName, unknown[]>> = {
  'besluiten.list': [{ dossierId: 'x' }, {}],
  'besluiten.add': [
    { dossierId: UUID },
    { dossierId: UUID, besluit: { ...VALID, besluitsoort: 'bouwvergunning' } },
    { dossierId: UUID, besluit: { ...VALID, ontvangenOp: '2027-02-30' } },
    { dossierId: UUID, besluit: { ...VALID, lbbAdvies: 'ja' } },
    { dossierId: UUID, besluit: { ...VALID, verdaging: { weken: 0, besluitOp: '2027-01-01' } } },
    { dossierId: UUID, besluit: { ...VALID, mededeling: { verzondenOp: '2027-01-01' } } },
    { dossierId: UUID, besluit: { ...VALID, extra: 1 } },
  ],
  'besluiten.correct': [
    { besluitId: UUID, besluit: VALID },
    { besluitId: 'x', besluit: VALID, reden: 'Tikfout.' },
    { besluitId: UUID, besluit: VALID, reden: ' ' },
  ],
  'besluiten.recordOutcome': [
    { besluitId: UUID, uitkomst: 'misschien', besluitOp: null },
    { besluitId: UUID, uitkomst: 'weigeren', besluitOp: 'gisteren' },
    { besluitId: UUID, uitkomst: 'weigeren' },
  ],
  'besluiten.withdraw': [{ besluitId: UUID }, { besluitId: UUID, reden: '' }, { besluitId: 'x', reden: 'Vergissing.' }],
};

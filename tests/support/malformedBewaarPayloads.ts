import type { CallName } from '../../src/contract';
import { standaardBewaartermijnen } from '../../src/domain/bewaartermijn';

const UUID = '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b';
const termijnen = { perUitkomst: { ...standaardBewaartermijnen.perUitkomst }, metAdviesOfBevindingen: 5 };

/** Malformed payloads for the retention and destruction calls, merged into tests/integration/ipc.test.ts. */
export const malformedBewaarPayloads: Partial<Record<CallName, unknown[]>> = {
  'bewaartermijnen.save': [
    {},
    { perUitkomst: termijnen.perUitkomst },
    { ...termijnen, metAdviesOfBevindingen: 0 },
    { ...termijnen, metAdviesOfBevindingen: 2.5 },
    { ...termijnen, perUitkomst: { ...termijnen.perUitkomst, weigeren: 101 } },
    { ...termijnen, perUitkomst: { ...termijnen.perUitkomst, weigeren: '5' } },
    { ...termijnen, perUitkomst: { ...termijnen.perUitkomst, verjaren: 5 } },
    { ...termijnen, perUitkomst: { verlenen: 5 } },
  ],
  'vernietigingen.destroy': [
    {},
    { dossierIds: [UUID], reden: 'Termijn verstreken.' },
    { dossierIds: [UUID], reden: 'Termijn verstreken.', bevestigd: false },
    { dossierIds: [], reden: 'Termijn verstreken.', bevestigd: true },
    { dossierIds: ['x'], reden: 'Termijn verstreken.', bevestigd: true },
    { dossierIds: [UUID], reden: ' ', bevestigd: true },
    { dossierIds: [UUID], reden: 'x'.repeat(2001), bevestigd: true },
    { dossierIds: Array.from({ length: 201 }, () => UUID), reden: 'Termijn verstreken.', bevestigd: true },
  ],
};

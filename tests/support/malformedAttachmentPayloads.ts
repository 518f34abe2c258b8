import type { CallName } from '../../src/contract';

const UUID = '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b';

/** Malformed payloads for the attachment calls, merged into the IPC test's table (tests/integration/ipc.test.ts). */
export const malformedAttachmentPayloads: Partial<Record<CallName, unknown[]>> = {
  'bijlagen.importViaDialog': [{}, { dossierId: 'x' }, { dossierId: UUID, paden: ['/tmp/a.pdf'] }],
  'bijlagen.importPaths': [
    { dossierId: UUID },
    { dossierId: UUID, paden: [] },
    { dossierId: UUID, paden: 'C:\\stukken\\a.pdf' },
    { dossierId: UUID, paden: ['stukken/a.pdf'] },
    { dossierId: UUID, paden: ['./a.pdf'] },
    { dossierId: UUID, paden: [''] },
    { dossierId: UUID, paden: ['/'] },
    { dossierId: UUID, paden: ['\\\\.\\PhysicalDrive0'] },
    { dossierId: UUID, paden: ['\\\\?\\C:\\a.pdf'] },
    { dossierId: UUID, paden: ['/tmp/a\u0000.pdf'] },
    { dossierId: UUID, paden: [42] },
    { dossierId: UUID, paden: Array.from({ length: 21 }, (_, index) => `/tmp/${index}.pdf`) },
    { dossierId: 'x', paden: ['/tmp/a.pdf'] },
  ],
  'bijlagen.list': [{}, { dossierId: 'x' }],
  'bijlagen.read': [
    { bijlageId: UUID },
    { bijlageId: UUID, offset: 0 },
    { bijlageId: UUID, offset: -1, length: 10 },
    { bijlageId: UUID, offset: 0.5, length: 10 },
    { bijlageId: UUID, offset: 0, length: 0 },
    { bijlageId: UUID, offset: 0, length: 1024 * 1024 + 1 },
    { bijlageId: UUID, offset: '0', length: 10 },
    { bijlageId: 'x', offset: 0, length: 10 },
  ],
  'bijlagen.textPreview': [{}, { bijlageId: 'x' }],
  'bijlagen.export': [{}, { bijlageId: 'x' }, { bijlageId: UUID, pad: '/tmp/uit.pdf' }],
  'bijlagen.delete': [{}, { bijlageId: 7 }],
  'bijlagen.addNote': [
    { bijlageId: UUID },
    { bijlageId: UUID, tekst: '' },
    { bijlageId: UUID, tekst: '   ' },
    { bijlageId: UUID, tekst: 'x'.repeat(2001) },
    { bijlageId: UUID, tekst: 'a\u0000b' },
    { bijlageId: UUID, tekst: 'lening', pagina: 0 },
    { bijlageId: UUID, tekst: 'lening', pagina: 2.5 },
    { bijlageId: UUID, tekst: 'lening', pagina: '4' },
    { bijlageId: 'x', tekst: 'lening' },
  ],
  'bijlagen.notes': [{}, { bijlageId: 'x' }],
};

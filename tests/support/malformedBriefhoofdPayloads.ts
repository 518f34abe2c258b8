import type { CallName } from '../../src/contract';


const briefhoofd = { gemeente: 'Gemeente Proefstad', adres: 'Postbus 1\n1234 AB Proefstad', ondertekenaar: 'J. de Burgemeester', functie: 'de burgemeester van Proefstad', contact: '14 071' };

/** Malformed payloads for the letterhead and the applicant letters, merged into tests/integration/ipc.test.ts. */
export const malformedBriefhoofdPayloads: Partial<Record<CallName, unknown[]>> = {
  'briefhoofd.update': [{ briefhoofd: { ...briefhoofd, gemeente: '' } }, { briefhoofd: { ...briefhoofd, adres: 'a\u0000' } }, { briefhoofd: { gemeente: 'x' } }, { briefhoofd: { ...briefhoofd, bezwaarAdres: 'x'.repeat(401) } }, { briefhoofd: { ...briefhoofd, huisstijl: { lettertype: 'Comic Sans MS' } } }, { briefhoofd: { ...briefhoofd, huisstijl: { logo: { png: 'not base64!', svg: null } } } }, { briefhoofd: { ...briefhoofd, huisstijl: { logo: { png: 'A'.repeat(700_001), svg: null } } } }],
  'briefhoofd.get': [{ x: 1 }],
};

import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../main/app';
import { briefInhoud } from '../../main/vault/repositories/brieven';
import { TEST_ITERATIONS } from '../support/testVault';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" rx="12" fill="#00689e"/><text x="20" y="62" font-size="40" fill="#fff">Proefstad</text></svg>';
async function main() {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'look-'));
  const app = createApp({ dataFolder: folder, actor: 'x', pbkdf2Iterations: TEST_ITERATIONS, isTrustedSender: () => true, now: () => new Date('2027-03-01T09:00:00Z') });
  const call = async (name: string, payload: unknown) => { const r = await app.dispatch(name, payload, { url: 'app://bibob/index.html', isMainFrame: true }); if (!r.ok) throw new Error(JSON.stringify(r.error)); return r.value as any; };
  await call('vault.create', { passphrase: 'een lange wachtwoordzin voor de test' });
  const png = process.argv[2]!;
  await call('briefhoofd.update', { briefhoofd: { gemeente: 'Gemeente Proefstad', adres: 'Postbus 1\n1234 AB Proefstad', ondertekenaar: 'J. de Burgemeester', functie: 'de burgemeester van Proefstad', contact: '14 071', bezwaarAdres: 'Postbus 2\n1234 AC Proefstad', huisstijl: { kleur: '#00689E', lettertype: 'Georgia', kenmerkFormaat: '{zaaknummer}/{brief}', logo: { png, svg: SVG } } } });
  const d = await call('dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Eetcafé Ëlla & Zn. <Holding>', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-02-01', locatieAdres: 'Markt 1' });
  const det = await call('dossiers.get', { id: d.id });
  const aid = det.betrokkenen[0].betrokkene.id;
  await call('beoordeling.save', { dossierId: d.id, voorgesteldeMaatregel: 'weigeren', beoordeling: { bevindingen: [{ id: 'h1', betrokkeneId: aid, soort: 'veroordeling', omschrijving: 'Witwassen (2024).', bron: 'Justid', datum: '2024-02-01', ernst: 'zwaar' }], relaties: [{ bevindingId: 'h1', betrokkeneId: aid, grondslag: 'a', toelichting: 'Zelf begaan.' }], gevaar: [{ grond: 'a', mate: 'ernstig', factoren: ['lid2-a', 'lid2-b', 'lid2-c'], motivering: 'Witwassen via de zaak.' }, { grond: 'b', mate: 'geen', factoren: [], motivering: '' }], lid6: { vanToepassing: false, motivering: '' }, evenredigheid: 'Weigeren is evenredig: voorschriften nemen het gevaar niet weg.', voorschriften: [] } });
  const v = await call('brieven.maak', { dossierId: d.id, soort: 'besluit', bronId: null, invoer: {}, doorbrekingen: [] });
  writeFileSync('/tmp/look/besluit.docx', briefInhoud(app.vault.database(), v.brieven.at(-1).id)!);
  app.shutdown();
}
void main().catch((e) => { console.error(e); process.exit(1); });

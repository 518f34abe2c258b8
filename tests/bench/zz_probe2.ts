import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importAttachment } from '../../main/files/attachmentStore';
import { testVault, PASSPHRASE } from '../support/testVault';
async function main() {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'probe-'));
  const vault = testVault({ dataFolder: folder });
  await vault.create(PASSPHRASE);
  const db = vault.database();
  db.prepare("INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at) VALUES ('d1', 'Z1', 'horeca', 'X', 't', 't')").run();
  for (let r = 0; r < 3; r++) {
    const src = path.join(folder, `src${r}.pdf`);
    writeFileSync(src, Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(100 * 1024 * 1024)]));
    const t = performance.now();
    await importAttachment(db, { dossierId: 'd1', sourcePath: src, fileName: 'a.pdf', importer: 'x', now: new Date(), maxBytes: 1 << 30 });
    console.log(`import ${(performance.now() - t).toFixed(0)} ms`);
  }
  vault.lock();
  rmSync(folder, { recursive: true, force: true });
}
void main();

import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../main/app';
import { generate } from '../bench/generate';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, TEST_ITERATIONS } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

async function openVault() {
  const app = createApp({ dataFolder: tempFolder('statements'), actor: 'testcoördinator', pbkdf2Iterations: TEST_ITERATIONS, now: () => new Date('2026-11-23T09:00:00Z'), isTrustedSender: () => true });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
  return app;
}

describe('prepared statements of the vault connection', () => {
  it('keeps the process small while 1,500 dossiers are written through the repositories (about 75,000 prepares)', async () => {
    const app = await openVault();
    const before = process.memoryUsage().rss;
    generate(app.vault.database(), { dossiers: 1500, betrokkenenPerDossier: 5, seed: 11, today: '2026-11-23' });
    const grownMb = (process.memoryUsage().rss - before) / 1024 / 1024;
    // Each prepare without reuse held about 350 KB of native memory until a collection that V8 had no reason to run.
    expect(grownMb).toBeLessThan(200);
    expect(app.vault.database().prepare('SELECT count(*) AS n FROM dossier').get()).toEqual({ n: 1500 });
    app.shutdown();
  }, 60_000);

  it('runs a query again while the same query is still being read row by row', async () => {
    const app = await openVault();
    for (const naam of ['Eerste B.V.', 'Tweede B.V.']) {
      await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: naam, besluitsoort: 'exploitatievergunning', ontvangenOp: '2026-11-02' });
    }
    const db = app.vault.database();
    const sql = 'SELECT id FROM dossier ORDER BY id';
    const pairs: [string, number][] = [];
    for (const row of db.prepare(sql).iterate() as Iterable<{ id: string }>) {
      pairs.push([row.id, (db.prepare(sql).all() as unknown[]).length]);
    }
    expect(pairs.map(([, count]) => count)).toEqual([2, 2]);
    app.shutdown();
  });
});

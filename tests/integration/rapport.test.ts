import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../main/app';
import { rapportInvoer } from '../../main/vault/repositories/rapportage';
import { appendTimelineEvent } from '../../main/vault/repositories/timeline';
import { jaarverslag, STANDAARD_EFFECT, type Jaarverslag } from '../../src/domain/rapportage';
import { generate } from '../bench/generate';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, TEST_ITERATIONS, call, trustedSender } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

async function openApp(saved: string[] = []) {
  const app = createApp({
    dataFolder: tempFolder('rapport'),
    actor: 'testcoördinator',
    pbkdf2Iterations: TEST_ITERATIONS,
    now: () => new Date('2027-01-15T09:00:00Z'),
    exportTarget: { saveText: async (_name: string, content: string) => { saved.push(content); return '/tmp/verslag.csv'; } },
    isTrustedSender: (sender) => sender.url === trustedSender.url && sender.isMainFrame,
  });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
  return app;
}

describe('the annual report from the vault', () => {
  it('counts a closing at 23:30 UTC on 31 December in the Dutch new year, and follows the saved effect definition', async () => {
    const saved: string[] = [];
    const app = await openApp(saved);
    const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Jaarwisseling B.V.', besluitsoort: 'exploitatievergunning', ontvangenOp: '2026-10-01' });
    const db = app.vault.database();
    db.prepare("UPDATE dossier SET created_at = '2026-10-01T09:00:00.000Z', fase = 'afgerond', uitkomst = 'verlenen' WHERE id = ?").run(dossier.id);
    appendTimelineEvent(db, dossier.id, { at: '2026-12-31T23:30:00.000Z', soort: 'fase.afsluiting', omschrijving: 'Afgerond.' }, { van: 'besluit', naar: 'afgerond' });
    expect(rapportInvoer(db, 2026).dossiers[0]!.faseWissels).toEqual([{ op: '2027-01-01', naar: 'afgerond' }]);

    const view = await callOk(app, 'rapport.jaar', { jaar: 2027, vergelijkJaren: 1 });
    expect(view.verslagen.map((verslag) => [verslag.jaar, verslag.afgerond.totaal, verslag.lopendEindeJaar.totaal])).toEqual([[2026, 0, 1], [2027, 1, 0]]);
    expect(view.verslagen[1]!.effectiviteit.ratio).toBe(0);
    expect(await callOk(app, 'rapport.setEffect', { effect: ['verleend', 'voorschriften'] })).toEqual({ effect: ['verleend', 'voorschriften'] });
    const herberekend = await callOk(app, 'rapport.jaar', { jaar: 2027, vergelijkJaren: 0 });
    expect(herberekend.verslagen[0]!.effectiviteit).toMatchObject({ ratio: 1, definitie: expect.stringContaining('vergunning verleend / geen gevolg of voorschriften') });

    expect(await callOk(app, 'rapport.exportCsv', { jaar: 2027, vergelijkJaren: 1 })).toEqual({ exported: true });
    expect(saved[0]).toContain('"Onderdeel";"2026";"2027"');
    expect(saved[0]).toContain('"Afgerond";"0";"1"');
    expect(saved[0]).not.toContain('Jaarwisseling');
    app.shutdown();
  });

  it('reads only the dossiers that matter to the years asked for, and reports exactly what all dossiers give', async () => {
    const app = await openApp();
    const db = app.vault.database();
    generate(db, { dossiers: 600, betrokkenenPerDossier: 1, seed: 5, today: '2027-01-15', fromYear: 2016 });
    const heropendVoorDeJaren = db
      .prepare("SELECT count(DISTINCT dossier_id) AS n FROM afsluiting WHERE naar NOT IN ('afgerond', 'buiten-behandeling', 'ingetrokken') AND at < '2024-01-01'")
      .get() as { n: number };
    const view = await callOk(app, 'rapport.jaar', { jaar: 2026, vergelijkJaren: 2 });
    const alles = rapportInvoer(db, 1900);
    const uitAlles = [2024, 2025, 2026].map((jaar) => jaarverslag({ jaar, ...alles, definitie: STANDAARD_EFFECT }));
    expect(rapportInvoer(db, 2024).dossiers.length).toBeLessThan(alles.dossiers.length / 2);
    expect(heropendVoorDeJaren.n).toBeGreaterThan(0);
    expect(view.verslagen).toEqual(uitAlles);
    expect(uitAlles.map((verslag) => verslag.afgerond.totaal).every((aantal) => aantal > 20)).toBe(true);
    app.shutdown();
  });

  it('refuses a chart that is not a PNG image', async () => {
    const app = await openApp();
    expect(await call(app, 'rapport.exportDocx', { jaar: 2026, vergelijkJaren: 0, grafieken: [{ titel: 'Grafiek', png: Buffer.from('GIF89a-geen-png-maar-iets-anders').toString('base64') }] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: 'grafieken[0].png' }] } },
    });
    app.shutdown();
  });
});

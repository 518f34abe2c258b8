import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../main/app';
import type { DashboardView, RapportView } from '../../src/contract/rapportCalls';
import { zipEntries } from '../support/zipEntry';
import type { Locator } from '@playwright/test';
import { expect, expectAccessible, PASSPHRASE, test } from './support';

/*
 * Issue 13: a vault seeded with `npm run seed`, opened in the app. The dashboard shows the counts the service
 * computes from the same vault; the annual report draws its charts; its Word export carries them and opens in
 * LibreOffice.
 */

const project = path.resolve(__dirname, '../..');

/** The row of a table whose header cell is exactly `label`. */
function rij(table: Locator, label: string): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: label, exact: true }) });
}

async function expected(dataFolder: string): Promise<{ dashboard: DashboardView; rapport: RapportView }> {
  const app = createApp({ dataFolder, actor: 'test', isTrustedSender: () => true, now: () => new Date('2026-11-23T10:00:00Z') });
  const call = async <T,>(name: string, payload: unknown): Promise<T> => {
    const result = await app.dispatch(name, payload, { url: 'app://bibob/index.html', isMainFrame: true });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  await call('vault.unlock', { passphrase: PASSPHRASE });
  const dashboard = await call<DashboardView>('dashboard.get', {});
  const rapport = await call<RapportView>('rapport.jaar', { jaar: 2026, vergelijkJaren: 2 });
  app.shutdown();
  return { dashboard, rapport };
}

test('a seeded vault: the dashboard shows its counts, the annual report its charts, and the Word export opens in LibreOffice', async ({ page, preview, cspViolations }) => {
  test.setTimeout(180_000);
  void cspViolations;
  execFileSync(process.execPath, [path.join(project, 'node_modules/tsx/dist/cli.mjs'), path.join(project, 'tests/bench/seed.ts'), '--dossiers', '400', '--data', preview.dataFolder, '--today', '2026-11-23'], {
    env: { ...process.env, BIBOB_SEED_PASSPHRASE: PASSPHRASE },
    stdio: 'pipe',
  });
  const { dashboard, rapport } = await expected(preview.dataFolder);

  await page.goto(preview.url);
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  const stand = page.getByRole('region', { name: 'Stand van zaken' });
  await expect(stand.getByRole('heading', { name: `Beslisdatum verlopen (${dashboard.verlopenTotaal})` })).toBeVisible();
  await expect(stand.getByRole('heading', { name: `Informatieverzoeken over hun datum (${dashboard.verzoekenVerlopenTotaal})` })).toBeVisible();
  const perFase = stand.getByRole('table', { name: 'Dossiers per fase' });
  for (const fase of dashboard.perFase) await expect(rij(perFase, fase.label).getByRole('cell')).toHaveText(String(fase.aantal));
  const perGebied = stand.getByRole('table', { name: 'Open dossiers per toepassingsgebied' });
  for (const gebied of dashboard.perGebied) await expect(rij(perGebied, gebied.label).getByRole('cell')).toHaveText(String(gebied.aantal));
  await expectAccessible(page, 'Dossiers met stand van zaken');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Jaarverslag', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jaarverslag' })).toBeVisible();
  const tabel = page.getByRole('table', { name: 'Bibob-jaarverslag' });
  const laatste = rapport.verslagen.at(-1)!;
  await expect(rij(tabel, 'Afgerond').getByRole('cell').last()).toHaveText(String(laatste.afgerond.totaal));
  await expect(rij(tabel, 'Voorschriften').getByRole('cell').last()).toHaveText(String(laatste.uitkomsten.voorschriften));
  await expect(page.getByText(laatste.effectiviteit.definitie)).toBeVisible();
  for (const titel of ['Onderzoeken per jaar', 'Afgeronde onderzoeken naar uitkomst, 2026', 'Effectiviteitsratio per jaar (%)']) {
    const chart = page.getByRole('img', { name: new RegExp(`^${titel.replace(/[()%]/g, '\\$&')}`) });
    await expect(chart).toBeVisible();
    // Drawn: the canvas holds more than one colour.
    expect(await chart.evaluate((canvas: HTMLCanvasElement) => new Set(Array.from(canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data.filter((_, index) => index % 4 === 0))).size)).toBeGreaterThan(2);
  }
  await expectAccessible(page, 'Jaarverslag');

  await page.getByRole('button', { name: 'Exporteren als Word-document' }).click();
  await expect(page.getByRole('status')).toHaveText('Het jaarverslag is geëxporteerd als Word-document.');
  await page.getByRole('button', { name: 'Exporteren als CSV' }).click();
  await expect(page.getByRole('status')).toHaveText('Het jaarverslag is geëxporteerd als CSV.');
  const files = readdirSync(preview.exportFolder);
  const docx = files.find((name) => name.endsWith('.docx'))!;
  const csv = readFileSync(path.join(preview.exportFolder, files.find((name) => name.endsWith('.csv'))!), 'utf8');
  expect(csv).toContain(`"Afgerond";"${rapport.verslagen[0]!.afgerond.totaal}";"${rapport.verslagen[1]!.afgerond.totaal}";"${laatste.afgerond.totaal}"`);
  const bytes = readFileSync(path.join(preview.exportFolder, docx));
  expect([...zipEntries(bytes).keys()].filter((name) => name.startsWith('word/media/') && name.endsWith('.png'))).toHaveLength(3);
  if (!existsSync('/usr/bin/soffice')) return;
  const out = mkdtempSync(path.join(os.tmpdir(), 'bibob-verslag-'));
  try {
    writeFileSync(path.join(out, 'verslag.docx'), bytes);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${out}/profile`, '--convert-to', 'pdf', '--outdir', out, path.join(out, 'verslag.docx')], { timeout: 120_000, stdio: 'ignore' });
    const text = execFileSync('pdftotext', [path.join(out, 'verslag.pdf'), '-']).toString();
    expect(text).toContain('Bibob-jaarverslag 2026');
    expect(text).toContain('Effectiviteitsratio');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

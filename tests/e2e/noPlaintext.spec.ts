import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { filesBelow } from '../support/tempFolders';
import { fileContains } from '../support/plaintextScan';
import { buildTextPdf } from '../support/pdfFixture';
import { confirmRecoveryKey, createVault, expect, test, openDossierPagina } from './support';

/*
 * Issue 10: after importing a PDF and viewing it in the real renderer, the text it contains is in no file outside
 * the vault: not in the data folder (only the encrypted vault, key file and attachment file) and not in the OS temp folder, which
 * also holds this browser's profile (its caches, blob storage and crash reports). The source file the test
 * imported from, in the import folder, is the only expected copy and is left out of the scan.
 */
test('a PDF viewed in the app leaves its text in no file outside the vault', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  // The scan of the whole OS temp folder takes about a minute on a shared CI machine.
  test.setTimeout(300_000);
  const marker = `MARKER${randomBytes(6).toString('hex').toUpperCase()}`;
  writeFileSync(path.join(preview.importFolder, 'geheim.pdf'), buildTextPdf([['Vertrouwelijk stuk'], [`Kenmerk ${marker}`]]));

  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await page.getByRole('button', { name: 'Nieuw dossier' }).click();
  await page.getByLabel('Horeca (Alcoholwet- of exploitatievergunning)').check();
  await page.getByLabel('Datum ontvangst aanvraag').fill('2026-11-02');
  await page.getByLabel('Natuurlijk persoon', { exact: true }).check();
  await page.getByLabel('Naam aanvrager').fill('J. de Boer');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  const zaaknummer = /Dossier (\S+) is aangemaakt\./.exec(await page.getByRole('status').innerText())![1]!;
  await page.getByRole('table', { name: 'Alle dossiers' }).getByRole('button', { name: zaaknummer, exact: true }).click();

  await openDossierPagina(page, 'Bijlagen');
  const bijlagen = page.getByRole('region', { name: 'Bijlagen', exact: true });
  await bijlagen.getByRole('button', { name: 'Bestanden importeren…' }).click();
  await expect(bijlagen.getByRole('status')).toHaveText('1 bestand geïmporteerd, 0 geweigerd.');
  await bijlagen.getByRole('button', { name: 'Bekijken: geheim.pdf' }).click();
  const viewer = bijlagen.getByRole('region', { name: 'Bekijken: geheim.pdf' });
  await viewer.getByRole('button', { name: 'Volgende pagina' }).click();
  await expect(viewer.locator('.textLayer')).toContainText(`Kenmerk ${marker}`);
  await viewer.getByLabel('Zoeken in de tekst').fill(marker);
  await viewer.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(viewer.getByRole('status')).toContainText('1 treffer op 1 pagina');

  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  // Closing the page lets the browser write whatever it keeps of it (caches, session data) before the scan.
  await page.close();

  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
  const dataFiles = filesBelow(preview.dataFolder);
  // The vault, its key file and the attachment's own encrypted file (issue 24 §1), named by a random id.
  expect(dataFiles.map((file) => path.relative(preview.dataFolder, file)).sort()).toEqual([expect.stringMatching(/^bijlagen[\\/][0-9a-f]{32}$/), 'vault.db', 'vault.keys.json']);
  const scanned = [...dataFiles, ...filesBelow(os.tmpdir()).filter((file) => !file.startsWith(preview.importFolder) && !file.startsWith(preview.dataFolder))];
  expect(scanned.length).toBeGreaterThan(2);
  const leaks = scanned.filter((file) => needles.some((needle) => fileContains(file, needle)));
  expect(leaks).toEqual([]);
});

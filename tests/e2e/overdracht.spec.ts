import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, openDossierPagina, section, startPreview, test } from './support';

/*
 * Issue 24 §3: a coordinator hands a dossier to the RIEC in an overdrachtspakket; the passphrase is shown once. In a
 * second vault (a second preview) the reviewer chooses the package, is refused with a wrong passphrase at the field,
 * sees sender and contents, links the applicant to the one already there, and reads it in: the dossier says from whom
 * and when it came.
 */

test('a dossier goes to the RIEC in an overdrachtspakket and is read into a second vault', async ({ page, context, preview, cspViolations }) => {
  test.setTimeout(240_000);
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  const zaaknummer = await newHorecaDossier(page, 'Café De Overdracht', '2026-11-02');
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('button', { name: 'Overdracht', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overdracht' })).toBeVisible();
  const maken = section(page, 'Pakket maken');

  // Without a recipient the service says so at the field.
  await maken.getByRole('button', { name: 'Pakket maken van de gekozen dossiers' }).click();
  await expect(maken.getByText('Kies aan wie het pakket gaat en op welke grond.')).toBeVisible();

  await maken.getByLabel('Uw naam als afzender').fill('Anna Coördinator');
  await maken.getByLabel('Het RIEC, ter toetsing (art. 28 lid 2 onder d Wet Bibob)').check();
  await expect(maken.getByText(/voor zover de gegevens noodzakelijk zijn voor het ondersteunen van het bestuursorgaan/)).toBeVisible();
  await maken.getByLabel('Ontvanger', { exact: true }).fill('RIEC Haaglanden');
  await maken.getByLabel(new RegExp(`^${zaaknummer} — Café De Overdracht`)).check();
  await maken.getByRole('button', { name: 'Pakket maken van de gekozen dossiers' }).click();
  const wachtwoordzin = (await maken.getByTestId('overdrachtswachtwoordzin').innerText()).trim();
  expect(wachtwoordzin).toMatch(/^([2-9A-HJKMNP-Z]{5}-){5}[2-9A-HJKMNP-Z]{5}$/);
  await expect(maken.getByText(/via een ander kanaal/)).toBeVisible();
  await expectAccessible(page, 'Overdracht na het maken van een pakket');
  await page.screenshot({ path: '.test-output/overdracht-pakket-gemaakt.png', fullPage: true });
  // Shown once: hidden, it does not come back.
  await maken.getByRole('button', { name: 'Wachtwoordzin doorgegeven, verbergen' }).click();
  await expect(maken.getByTestId('overdrachtswachtwoordzin')).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Gemaakte en ingelezen pakketten' })).toContainText('RIEC Haaglanden');

  // The disclosure is in the register under sub d.
  await menu.getByRole('button', { name: 'Verstrekkingsregister', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Verstrekkingen van Bibob-gegevens' })).toContainText('art. 28 lid 2 onder d Wet Bibob');

  const pakket = readdirSync(preview.exportFolder).find((name) => name.endsWith('.bibob-overdracht'))!;
  expect(pakket).toBeTruthy();

  // The reviewer's vault: a second preview, with the package in its import folder.
  const second = await startPreview('');
  try {
    copyFileSync(path.join(preview.exportFolder, pakket), path.join(second.preview.importFolder, pakket));
    const reviewer = await context.newPage();
    await createVault(reviewer, second.preview.url);
    await confirmRecoveryKey(reviewer);
    // The reviewer's vault already knows the applicant, and uses the same zaaknummer.
    const eigen = await newHorecaDossier(reviewer, 'Café De Overdracht', '2026-10-01');
    expect(eigen).toBe(zaaknummer);
    await reviewer.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Overdracht', exact: true }).click();
    const inlezen = section(reviewer, 'Pakket inlezen');
    await inlezen.getByRole('button', { name: 'Pakket kiezen' }).click();
    await expect(inlezen.getByText(`Gekozen pakket: ${pakket}`)).toBeVisible();

    await inlezen.getByLabel('Overdrachtswachtwoordzin').fill('AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF');
    await inlezen.getByRole('button', { name: 'Pakket openen' }).click();
    const veld = inlezen.getByLabel('Overdrachtswachtwoordzin');
    await expect(veld).toHaveAttribute('aria-invalid', 'true');
    await expect(inlezen.getByText(/^Onjuiste overdrachtswachtwoordzin/)).toBeVisible();
    await reviewer.screenshot({ path: '.test-output/overdracht-onjuiste-wachtwoordzin.png', fullPage: true });

    await veld.fill(wachtwoordzin.toLowerCase());
    await inlezen.getByRole('button', { name: 'Pakket openen' }).click();
    await expect(inlezen.getByText('Anna Coördinator', { exact: true })).toBeVisible();
    const dossiers = inlezen.getByRole('table', { name: 'Dossiers in het pakket' });
    await expect(dossiers).toContainText(zaaknummer);
    await expect(dossiers).toContainText('Het zaaknummer is hier al in gebruik');
    await expectAccessible(reviewer, 'Overdracht: voorbeeld van een pakket');
    await reviewer.screenshot({ path: '.test-output/overdracht-voorbeeld.png', fullPage: true });

    // Nothing is linked silently: without a choice the import is refused at the betrokkene.
    await inlezen.getByRole('button', { name: 'Dossiers inlezen' }).click();
    await expect(inlezen.getByText(/^Kies voor Café De Overdracht: koppelen aan een bestaande betrokkene of als nieuwe betrokkene\.$/)).toBeVisible();
    await inlezen.getByLabel(/^Koppelen aan bestaande betrokkene Café De Overdracht/).check();
    await inlezen.getByRole('button', { name: 'Dossiers inlezen' }).click();
    const ingelezen = inlezen.getByRole('status');
    await expect(ingelezen).toContainText('Ingelezen:');
    const hier = (await ingelezen.getByRole('button').innerText()).trim();
    expect(hier).not.toBe(zaaknummer);
    await ingelezen.getByRole('button', { name: hier }).click();
    await expect(reviewer.getByRole('heading', { level: 1, name: `Dossier ${hier}` })).toBeVisible();
    await expect(reviewer.locator('.dossier-summary')).toContainText(`Ontvangen van Anna Coördinator op`);
    await expect(reviewer.locator('.dossier-summary')).toContainText(`zaaknummer bij de afzender: ${zaaknummer}`);
    await openDossierPagina(reviewer, 'Tijdlijn en audit');
    await expect(section(reviewer, 'Tijdlijn')).toContainText('Dossier ontvangen van Anna Coördinator op');
    await expect(section(reviewer, 'Overdracht en reactienotities')).toBeVisible();
    await reviewer.locator('.dossier-summary').screenshot({ path: '.test-output/overdracht-ontvangen-samenvatting.png' });
    await section(reviewer, 'Overdracht en reactienotities').screenshot({ path: '.test-output/overdracht-ontvangen-sectie.png' });
    await reviewer.close();
  } finally {
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));
    for (const folder of [second.preview.dataFolder, second.preview.importFolder, second.preview.exportFolder, second.preview.backupFolder]) rmSync(folder, { recursive: true, force: true });
  }
  expect(cspViolations).toEqual([]);
});

import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildTextPdf } from '../support/pdfFixture';
import { PASSPHRASE, confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test, openDossierPagina } from './support';

/*
 * Issue 24 §1: attachments are encrypted files in <dataFolder>/bijlagen. A file lost outside the app (deleted by
 * hand, a bad copy) is not dropped silently: after the next unlock the dashboard names the attachment and its
 * dossier, and opening it says in Dutch that its file is missing.
 */
test('an attachment whose encrypted file went missing is reported on the dashboard and in the viewer', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  writeFileSync(path.join(preview.importFolder, 'uittreksel.pdf'), buildTextPdf([['Uittreksel handelsregister']]));
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  // Nothing missing: no notice.
  await expect(page.getByRole('region', { name: 'Stand van zaken' }).getByRole('heading', { name: 'Dossiers per fase' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /zonder bestand/ })).toHaveCount(0);

  const zaaknummer = await newHorecaDossier(page, 'Café De Gracht B.V.', '2026-11-02');
  await openDossierPagina(page, 'Bijlagen');
  const bijlagen = section(page, 'Bijlagen');
  await bijlagen.getByRole('button', { name: 'Bestanden importeren…' }).click();
  await expect(bijlagen.getByRole('status')).toHaveText('1 bestand geïmporteerd, 0 geweigerd.');
  const files = readdirSync(path.join(preview.dataFolder, 'bijlagen'));
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/^[0-9a-f]{32}$/);

  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  rmSync(path.join(preview.dataFolder, 'bijlagen', files[0]!));
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();

  const notice = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Eén bijlage zonder bestand' }) });
  await expect(notice).toContainText('ontbreekt het versleutelde bestand in de map bijlagen van de kluis');
  await expect(notice.getByRole('listitem')).toHaveText(`${zaaknummer} uittreksel.pdf`);
  await expectAccessible(page, 'Dossiers met een bijlage zonder bestand');

  // By keyboard to the dossier; the viewer says what is wrong.
  await notice.getByRole('button', { name: zaaknummer }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Dossier ${zaaknummer}` })).toBeFocused();
  await openDossierPagina(page, 'Bijlagen');
  await section(page, 'Bijlagen').getByRole('button', { name: 'Bekijken: uittreksel.pdf' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Het versleutelde bestand van bijlage "uittreksel.pdf" ontbreekt' })).toBeVisible();
  await expectAccessible(page, 'Bijlage zonder bestand in de viewer');
});

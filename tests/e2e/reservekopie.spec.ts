import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, PASSPHRASE, test } from './support';

// Both previews of this file use one backup folder: the second, on a fresh data folder, restores what the first wrote.
const backupFolder = mkdtempSync(path.join(os.tmpdir(), 'bibob-e2e-reservekopie-'));
test.use({ sharedBackupFolder: backupFolder });
test.describe.configure({ mode: 'serial' });
test.afterAll(() => rmSync(backupFolder, { recursive: true, force: true }));

test('Instellingen → Reservekopie: a folder is chosen, a backup made and verified, and the dashboard shows it', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await expect(page.getByText('Er is nog geen geslaagde reservekopie.')).toBeVisible();
  await newHorecaDossier(page, 'Café Reservekopie B.V.', '2026-11-02');

  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('button', { name: 'Instellingen', exact: true }).click();
  const backup = page.getByRole('region', { name: 'Reservekopie', exact: true });
  await expect(backup.getByText('Nog geen map gekozen')).toBeVisible();
  await backup.getByRole('button', { name: 'Map kiezen' }).click();
  await expect(backup.getByText(backupFolder)).toBeVisible();
  await backup.getByLabel('Aantal reservekopieën bewaren').fill('0');
  await backup.getByRole('button', { name: 'Aantal opslaan' }).click();
  await expect(backup.getByText('Bewaar minstens 1 reservekopie.')).toBeVisible();
  await backup.getByLabel('Aantal reservekopieën bewaren').fill('5');
  await backup.getByRole('button', { name: 'Aantal opslaan' }).click();
  await expect(backup.getByRole('status')).toContainText('Opgeslagen.');
  await backup.getByRole('button', { name: 'Nu een reservekopie maken' }).click();
  await expect(backup.getByRole('status')).toContainText('De reservekopie is gemaakt en gecontroleerd.');
  await expect(backup.getByRole('listitem').first()).toContainText('(met de hand): gecontroleerd');
  await expectAccessible(page, 'Instellingen → Reservekopie');
  const vaults = readdirSync(backupFolder);
  expect(vaults).toHaveLength(1);
  expect(readdirSync(path.join(backupFolder, vaults[0]!, 'snapshots'))).toHaveLength(1);

  await menu.getByRole('button', { name: 'Dossiers', exact: true }).click();
  await expect(page.getByText(/^Laatste geslaagde reservekopie: .*\(met de hand\): gecontroleerd/)).toBeVisible();
  await expect(page.getByText(/geen geslaagde reservekopie/)).toHaveCount(0);
});

test('on a fresh data folder the first screen restores the backup with the passphrase', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis aanmaken' })).toBeVisible();
  await page.getByRole('button', { name: 'Reservekopie terugzetten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reservekopie terugzetten' })).toBeVisible();
  await expectAccessible(page, 'Reservekopie terugzetten');
  await page.getByRole('button', { name: 'Map met reservekopie kiezen' }).click();
  const snapshots = page.getByRole('group', { name: 'Reservekopie' });
  await expect(snapshots.getByRole('radio')).toHaveCount(1);
  await expect(snapshots.getByRole('radio').first()).toBeChecked();

  await page.getByRole('button', { name: 'Reservekopie terugzetten' }).click();
  await expect(page.getByText('Kies waarmee u de reservekopie opent.')).toBeVisible();
  await page.getByLabel('De wachtwoordzin van het moment van de reservekopie').check();
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill('een verkeerde wachtwoordzin');
  await page.getByRole('button', { name: 'Reservekopie terugzetten' }).click();
  await expect(page.getByRole('alert')).toContainText('De wachtwoordzin past niet bij deze reservekopie.');
  await expectAccessible(page, 'Reservekopie terugzetten (fout)');
  expect(readdirSync(preview.dataFolder)).toEqual([]);

  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Reservekopie terugzetten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Alle dossiers' })).toContainText('Café Reservekopie B.V.');
});

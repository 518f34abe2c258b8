import { test as base, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const project = path.resolve(__dirname, '../..');

/** "Now" for the services in every end-to-end test: deadlines, overdue markers and lapsed terms do not drift. */
export const E2E_NOW = '2026-11-23T10:00:00.000Z';

export interface Preview {
  url: string;
  dataFolder: string;
  /** The folder the preview's open dialog "chooses" from (empty; a test puts its files there before importing). */
  importFolder: string;
  /** Where the preview writes what is exported. */
  exportFolder: string;
  /** The folder the preview's folder dialog of the backups chooses. */
  backupFolder: string;
}

/** Starts `main/preview/server.ts` on fresh data and import folders and waits for its "Preview: " line. */
export async function startPreview(sharedBackupFolder: string): Promise<{ preview: Preview; child: ChildProcess }> {
  const backupFolder = sharedBackupFolder || mkdtempSync(path.join(os.tmpdir(), 'bibob-e2e-backup-'));
  const dataFolder = mkdtempSync(path.join(os.tmpdir(), 'bibob-e2e-'));
  const importFolder = mkdtempSync(path.join(os.tmpdir(), 'bibob-e2e-import-'));
  const exportFolder = mkdtempSync(path.join(os.tmpdir(), 'bibob-e2e-export-'));
  const child = spawn(process.execPath, [path.join(project, 'node_modules/tsx/dist/cli.mjs'), path.join(project, 'main/preview/server.ts')], {
    cwd: project,
    env: { ...process.env, BIBOB_WERKBANK_DATA: dataFolder, BIBOB_PREVIEW_NOW: E2E_NOW, BIBOB_PREVIEW_IMPORT_FOLDER: importFolder, BIBOB_PREVIEW_EXPORT_FOLDER: exportFolder, BIBOB_PREVIEW_BACKUP_FOLDER: backupFolder },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`preview did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^Preview: (\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`preview exited with ${code}:\n${output}`)));
  });
  return { preview: { url, dataFolder, importFolder, exportFolder, backupFolder }, child };
}

export const test = base.extend<{ preview: Preview; cspViolations: string[]; sharedBackupFolder: string }>({
  /** A backup folder that outlives one preview (a spec sets it with test.use); by default each preview has its own. */
  sharedBackupFolder: ['', { option: true }],
  preview: async ({ sharedBackupFolder }, use) => {
    const { preview, child } = await startPreview(sharedBackupFolder);
    await use(preview);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(preview.dataFolder, { recursive: true, force: true });
    rmSync(preview.importFolder, { recursive: true, force: true });
    rmSync(preview.exportFolder, { recursive: true, force: true });
    if (!sharedBackupFolder) rmSync(preview.backupFolder, { recursive: true, force: true });
  },
  cspViolations: async ({ page }, use) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await use(violations);
    expect(violations, 'the page broke its Content-Security-Policy').toEqual([]);
  },
});

export { expect };

/** axe-core on the current screen: no serious or critical violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious, `accessibility of "${screen}"`).toEqual([]);
}

export const PASSPHRASE = 'zomeravond aan de gracht 2026';

/** Creates the vault through the UI and returns the recovery key it shows. */
export async function createVault(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis aanmaken' })).toBeVisible();
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Herhaal wachtwoordzin').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw herstelsleutel' })).toBeVisible();
  const recoveryKey = (await page.getByTestId('recovery-key').innerText()).trim();
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
  return recoveryKey;
}

/** Confirms the recovery key was stored; lands on the overview. */
export async function confirmRecoveryKey(page: Page): Promise<void> {
  const proceed = page.getByRole('button', { name: 'Doorgaan' });
  await expect(proceed).toBeDisabled();
  await page.getByLabel('Ik heb de herstelsleutel op papier gezet en veilig opgeborgen').check();
  await proceed.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
}

/** A part of the dossier page, found by the name of its heading. */
export function section(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

/**
 * Shows a page of the open dossier through its procedure bar (issue 23 §1), by the page's name, and waits for the
 * focus on the page's heading.
 */
export async function openDossierPagina(page: Page, naam: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Procedure' }).getByRole('link', { name: naam, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: naam, exact: true })).toBeFocused();
}

/** The applicant as a legal person with a postal address (the letters need one), instead of a name only. */
export interface AanvragerOpties {
  readonly rechtspersoon?: boolean;
  readonly postadres?: string;
}

/** Creates a horeca exploitatievergunning dossier from the menu and opens it; returns its zaaknummer. */
export async function newHorecaDossier(page: Page, aanvrager: string, ontvangenOp: string, opties: AanvragerOpties = {}): Promise<string> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Dossiers', exact: true }).click();
  await page.getByRole('button', { name: 'Nieuw dossier' }).click();
  await page.getByLabel('Horeca (Alcoholwet- of exploitatievergunning)').check();
  await page.getByLabel('Soort besluit').selectOption({ label: 'Exploitatievergunning of andere APV-vergunning voor een inrichting of bedrijf' });
  await page.getByLabel('Datum ontvangst aanvraag').fill(ontvangenOp);
  if (opties.rechtspersoon) await page.getByLabel('Rechtspersoon', { exact: true }).check();
  await page.getByLabel('Naam aanvrager').fill(aanvrager);
  if (opties.postadres) await page.getByLabel('Postadres aanvrager').fill(opties.postadres);
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  const zaaknummer = /Dossier (\S+) is aangemaakt\./.exec(await page.getByRole('status').innerText())![1]!;
  await page.getByRole('table', { name: 'Alle dossiers' }).getByRole('button', { name: zaaknummer, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dossier ${zaaknummer}` })).toBeFocused();
  return zaaknummer;
}

/** Adds a natural person as betrokkene of the open dossier, in the given role (its Dutch label). */
export async function addPerson(page: Page, naam: string, rol: string): Promise<void> {
  await openDossierPagina(page, 'Intake en betrokkenen');
  const betrokkenen = section(page, 'Betrokkenen');
  await betrokkenen.getByLabel('Natuurlijk persoon', { exact: true }).check();
  await betrokkenen.getByLabel('Naam', { exact: true }).fill(naam);
  await betrokkenen.getByLabel('Rol', { exact: true }).selectOption({ label: rol });
  await betrokkenen.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
  await expect(betrokkenen.getByRole('status')).toContainText(`${naam} is toegevoegd`);
}

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { confirmRecoveryKey, createVault, expect, expectAccessible, section, test, openDossierPagina } from './support';

/*
 * Issue 19 item 11 as a coordinator meets it: in an investigation towards revoking an Alcoholwet licence the
 * assessment offers "Vergunning schorsen" (Alcoholwet art. 32 lid 1) and asks for how many weeks; more than 12 is
 * refused at the field.
 */

const shots = path.resolve(__dirname, '../../.test-output/screenshots');

test('suspending an Alcoholwet licence asks its duration, at most twelve weeks', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  mkdirSync(shots, { recursive: true });
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);

  await page.getByRole('button', { name: 'Nieuw dossier' }).click();
  await page.getByLabel('Horeca (Alcoholwet- of exploitatievergunning)').check();
  await page.getByLabel('Soort besluit').selectOption({ label: 'Intrekking Alcoholwetvergunning' });
  await page.getByLabel('Naam aanvrager').fill('Café De Schorsing');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  const zaaknummer = /Dossier (\S+) is aangemaakt\./.exec(await page.getByRole('status').innerText())![1]!;
  await page.getByRole('table', { name: 'Alle dossiers' }).getByRole('button', { name: zaaknummer, exact: true }).click();

  await openDossierPagina(page, 'Beoordeling');
  const beoordeling = section(page, 'Beoordeling');
  await beoordeling.getByLabel('Maatregel', { exact: true }).selectOption({ label: 'Vergunning schorsen' });
  const weken = beoordeling.getByLabel('Duur van de schorsing in weken');
  await expect(weken).toBeVisible();
  await weken.fill('13');
  await beoordeling.getByRole('button', { name: 'Maatregel voorstellen' }).click();
  await expect(weken).toHaveAttribute('aria-invalid', 'true');
  await expect(beoordeling.getByText('Een schorsing duurt ten hoogste 12 weken (art. 32 lid 1 Alcoholwet).', { exact: false })).toBeVisible();
  await weken.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'schorsing-weken.png') });
  await expectAccessible(page, 'Beoordeling (schorsen)');
});

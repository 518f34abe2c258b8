import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test } from './support';

/*
 * Issue 19 item 7 as the coordinator meets it: the APV allows one verdaging of at most 8 weeks (the default
 * setting). A longer one is refused at "Aantal weken", not shortened; a second one is refused at "Soort".
 * Today in the preview is Monday 23 November 2026.
 */

const shots = path.resolve(__dirname, '../../.test-output/screenshots');

test('a verdaging longer than the APV allows and a second verdaging are refused at their field', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  mkdirSync(shots, { recursive: true });
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  // Received Mon 2 November 2026; APV term 8 weeks → Mon 28 December 2026.
  await newHorecaDossier(page, 'Café De Termijn', '2026-11-02');
  const termijn = section(page, 'Beslistermijn');
  await expect(termijn.getByText('maandag 28 december 2026', { exact: true })).toBeVisible();

  await termijn.getByLabel('Soort', { exact: true }).selectOption({ label: 'Verdaging' });
  await termijn.getByLabel('Aantal weken').fill('9');
  await termijn.getByLabel('Datum verdagingsbesluit').fill('2026-11-23');
  await termijn.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(termijn.getByLabel('Aantal weken')).toHaveAttribute('aria-invalid', 'true');
  await expect(termijn.getByText(/ten hoogste 8 weken.*ingevuld is 9 weken/).first()).toBeVisible();
  await expect(termijn.getByText('maandag 28 december 2026', { exact: true })).toBeVisible();
  await termijn.screenshot({ path: path.join(shots, 'termijnen-verdaging-te-lang.png') });

  // 8 weeks, decided within the running term: 28 December + 56 days = Mon 22 February 2027.
  await termijn.getByLabel('Aantal weken').fill('8');
  await termijn.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(termijn.getByRole('status')).toContainText('maandag 22 februari 2027');

  await termijn.getByLabel('Soort', { exact: true }).selectOption({ label: 'Verdaging' });
  await termijn.getByLabel('Aantal weken').fill('2');
  await termijn.getByLabel('Datum verdagingsbesluit').fill('2026-11-23');
  await termijn.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(termijn.getByLabel('Soort', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(termijn.getByText(/verdagen kan maar één keer/).first()).toBeVisible();
  await expect(termijn.getByText('maandag 22 februari 2027', { exact: true })).toBeVisible();
  await termijn.screenshot({ path: path.join(shots, 'termijnen-tweede-verdaging.png') });
  await expectAccessible(page, 'Dossier (tweede verdaging geweigerd)');
});

test('after the four weeks of Awb 4:5 lid 4 the herstel section warns, and says why', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  mkdirSync(shots, { recursive: true });
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await newHorecaDossier(page, 'Eetcafé Laat B.V.', '2026-09-01');
  const vf = section(page, 'Vragenformulier');
  await vf.getByLabel('Verzonden op').fill('2026-09-02');
  await vf.getByRole('button', { name: 'Vragenformulier versturen' }).click();
  await expect(vf.getByRole('status')).toHaveText('Het vragenformulier is verzonden op 2 september 2026.');
  await vf.getByLabel('Ontvangen op').fill('2026-09-10');
  await vf.getByRole('button', { name: 'Ontvangst vastleggen' }).click();
  await expect(vf.getByRole('status')).toHaveText('Het ingevulde vragenformulier is ontvangen op 10 september 2026.');

  // Herstelverzoek Mon 14 September 2026, term through Mon 28 September; it passed unused. Awb 4:5 lid 4: made
  // known within 4 weeks = Mon 26 October 2026 (a working day). Today, Mon 23 November, is after that day.
  const herstel = section(page, 'Herstel');
  await herstel.getByLabel('Verzonden op').fill('2026-09-14');
  await herstel.getByLabel('Hersteltermijn tot en met').fill('2026-09-28');
  await herstel.getByRole('button', { name: 'Herstelverzoek registreren' }).click();
  await expect(herstel.getByRole('status')).toContainText('Het herstelverzoek is geregistreerd.');
  await expect(herstel.getByText(/had uiterlijk op 26 oktober 2026 bekendgemaakt moeten zijn \(art\. 4:5 lid 4 Awb, met de Algemene termijnenwet\)\. De Awb verbindt aan een later besluit geen gevolg/)).toBeVisible();
  await herstel.screenshot({ path: path.join(shots, 'termijnen-buiten-behandeling-te-laat.png') });
  await expectAccessible(page, 'Dossier (buiten behandeling na vier weken)');
});

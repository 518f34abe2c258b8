import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test, openDossierPagina } from './support';

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
  await openDossierPagina(page, 'Zienswijze en besluit');
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
  await openDossierPagina(page, 'Vragenformulier en herstel');
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

test('the agenda shows the last day for the 4:14 lid 3 notice, and after the recorded notice the term it named', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  mkdirSync(shots, { recursive: true });
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  // Alcoholwetvergunning (no statutory term) received Tue 13 October 2026: 8 weeks (Awb 4:13 lid 2) → Tue 8
  // December 2026, a working day.
  await page.getByRole('button', { name: 'Nieuw dossier' }).click();
  await page.getByLabel('Horeca (Alcoholwet- of exploitatievergunning)').check();
  await page.getByLabel('Soort besluit').selectOption({ label: 'Alcoholwetvergunning' });
  await page.getByLabel('Datum ontvangst aanvraag').fill('2026-10-13');
  await page.getByLabel('Naam aanvrager').fill('Slijterij Redelijk B.V.');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  const zaaknummer = /Dossier (\S+) is aangemaakt\./.exec(await page.getByRole('status').innerText())![1]!;
  const agenda = async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Agenda', exact: true }).click();
    await page.getByLabel('Binnen (dagen)').fill('366');
    await page.getByRole('button', { name: 'Toon' }).click();
    return page.getByRole('table', { name: 'Lopende termijnen van de dossiers' }).getByRole('row', { name: new RegExp(zaaknummer) });
  };
  let row = await agenda();
  await expect(row).toContainText('8 december 2026');
  await expect(row).toContainText('Laatste dag voor de mededeling van een nieuwe redelijke termijn (art. 4:14 lid 3 Awb)');

  // The notice is sent today, Mon 23 November 2026, naming Fri 29 January 2027.
  await row.getByRole('button', { name: zaaknummer }).click();
  await openDossierPagina(page, 'Zienswijze en besluit');
  const termijn = section(page, 'Beslistermijn');
  await termijn.getByLabel('Soort', { exact: true }).selectOption({ label: 'Mededeling nieuwe redelijke termijn (art. 4:14 lid 3 Awb)' });
  await termijn.getByLabel('Datum mededeling').fill('2026-11-23');
  await termijn.getByLabel('Besluit tegemoet te zien uiterlijk op').fill('2027-01-29');
  await termijn.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(termijn.getByText('Mededeling aan de aanvrager op 23 november 2026: het besluit komt niet binnen acht weken en is tegemoet te zien uiterlijk 29 januari 2027 (art. 4:14 lid 3 Awb).')).toBeVisible();

  row = await agenda();
  await expect(row).toContainText('29 januari 2027');
  await expect(row).toContainText('Besluit tegemoet te zien volgens de mededeling');
  await page.getByRole('table', { name: 'Lopende termijnen van de dossiers' }).screenshot({ path: path.join(shots, 'termijnen-agenda-mededeling.png') });
  await expectAccessible(page, 'Agenda (mededeling art. 4:14 lid 3)');
});

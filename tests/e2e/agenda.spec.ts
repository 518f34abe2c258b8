import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test, openDossierPagina } from './support';

/*
 * Issue 23 §2 as the coordinator meets it: the agenda shows every kind of running term of the dossiers, the filters
 * narrow it by kind and coordinator, and the export writes a calendar file with only zaaknummer and kind of term.
 * Today in the preview is Monday 23 November 2026.
 */

const shots = path.resolve(__dirname, '../../.test-output/screenshots');

async function saveDetails(page: Page, coordinator: string, uitkomst: string | null): Promise<void> {
  await openDossierPagina(page, 'Intake en betrokkenen');
  const gegevens = section(page, 'Gegevens');
  await gegevens.getByLabel('Coördinator').fill(coordinator);
  if (uitkomst) await gegevens.getByLabel('Uitkomst', { exact: true }).selectOption({ label: uitkomst });
  await gegevens.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await expect(gegevens.getByRole('status')).toContainText('Opgeslagen');
}

test('the agenda shows each kind of term, the filters narrow it, and the export writes a calendar file', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  mkdirSync(shots, { recursive: true });
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);

  // Received Mon 5 October 2026: 8 weeks (APV) → Mon 30 November 2026; the herstel moves it (below).
  const lopend = await newHorecaDossier(page, 'Eetcafé Geheimnaam B.V.', '2026-10-05');
  await saveDetails(page, 'C. Grasmuis', 'Weigeren');
  await openDossierPagina(page, 'Vragenformulier en herstel');
  const vf = section(page, 'Vragenformulier');
  await vf.getByLabel('Verzonden op').fill('2026-10-06');
  await vf.getByRole('button', { name: 'Vragenformulier versturen' }).click();
  await expect(vf.getByRole('status')).toHaveText('Het vragenformulier is verzonden op 6 oktober 2026.');
  await vf.getByLabel('Ontvangen op').fill('2026-10-20');
  await vf.getByRole('button', { name: 'Ontvangst vastleggen' }).click();
  await expect(vf.getByRole('status')).toHaveText('Het ingevulde vragenformulier is ontvangen op 20 oktober 2026.');
  const herstel = section(page, 'Herstel');
  await herstel.getByLabel('Verzonden op').fill('2026-11-16');
  await herstel.getByLabel('Hersteltermijn tot en met').fill('2026-11-30');
  await herstel.getByRole('button', { name: 'Herstelverzoek registreren' }).click();
  await expect(herstel.getByRole('status')).toContainText('Het herstelverzoek is geregistreerd.');
  // The zienswijze invitation of today: two weeks → Mon 7 December 2026.
  await openDossierPagina(page, 'Zienswijze en besluit');
  const zienswijze = section(page, 'Zienswijze en besluit');
  await zienswijze.getByLabel('Wie').selectOption({ label: 'Eetcafé Geheimnaam B.V.' });
  await zienswijze.getByLabel('Uitgenodigd op').fill('2026-11-23');
  await zienswijze.getByRole('button', { name: 'Termijn voorstellen' }).click();
  await expect(zienswijze.getByLabel('Zienswijzetermijn tot en met')).toHaveValue('2026-12-07');
  await zienswijze.getByRole('button', { name: 'Uitnodiging vastleggen' }).click();
  await expect(zienswijze.getByRole('status')).toHaveText('De uitnodiging is vastgelegd.');

  // A second dossier of another coordinator, its besluit of today made known: bezwaar six weeks from the day
  // after (Awb 6:7, 6:8 lid 1) → Mon 4 January 2027.
  const besloten = await newHorecaDossier(page, 'Snackbar Verborgen V.O.F.', '2026-10-12');
  await saveDetails(page, 'D. de Vries', null);
  await openDossierPagina(page, 'Zienswijze en besluit');
  const besluit = section(page, 'Zienswijze en besluit');
  await besluit.getByLabel('Besluit genomen op').fill('2026-11-23');
  await besluit.getByRole('button', { name: 'Besluit opslaan' }).click();
  await expect(besluit.getByRole('status')).toHaveText('Het besluit is opgeslagen.');

  // A third dossier: its hersteltermijn passed unused on Mon 16 November 2026, so the decision not to consider the
  // application is made known within four weeks (Awb 4:5 lid 4) → Mon 14 December 2026; and a RIEC request is out.
  const verlopen = await newHorecaDossier(page, 'Lunchroom Onzichtbaar B.V.', '2026-10-26');
  await saveDetails(page, 'D. de Vries', null);
  await openDossierPagina(page, 'Vragenformulier en herstel');
  const herstel3 = section(page, 'Herstel');
  await herstel3.getByLabel('Verzonden op').fill('2026-11-02');
  await herstel3.getByLabel('Hersteltermijn tot en met').fill('2026-11-16');
  await herstel3.getByRole('button', { name: 'Herstelverzoek registreren' }).click();
  await expect(herstel3.getByRole('status')).toContainText('Het herstelverzoek is geregistreerd.');
  await openDossierPagina(page, 'Informatieverzoeken');
  const verzoeken = section(page, 'Informatieverzoeken');
  await verzoeken.getByRole('group', { name: 'Over wie' }).getByLabel('Lunchroom Onzichtbaar B.V.').check();
  await verzoeken.getByLabel('Vragen').fill('Bekend bij het RIEC?');
  await verzoeken.getByRole('button', { name: 'Verzoek aanmaken' }).click();
  const riec = verzoeken.locator('.request').filter({ hasText: 'RIEC' });
  await riec.getByRole('button', { name: /^Verzenden: / }).click();
  await riec.getByLabel('Verzonden op').fill('2026-11-23');
  await riec.getByRole('button', { name: 'Verzenden', exact: true }).click();
  await expect(riec.getByRole('button', { name: /^Antwoord vastleggen: / })).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Agenda', exact: true }).click();
  const table = page.getByRole('table', { name: 'Lopende termijnen van de dossiers' });
  const rowsOf = (zaaknummer: string) => table.getByRole('row').filter({ has: page.getByRole('button', { name: zaaknummer, exact: true }) });
  await expect(rowsOf(lopend).filter({ hasText: 'Hersteltermijn' })).toContainText('30 november 2026');
  await expect(rowsOf(lopend).filter({ hasText: 'Zienswijzetermijn' })).toContainText('7 december 2026');
  await expect(rowsOf(lopend).filter({ hasText: 'Beslistermijn' })).toHaveCount(1);
  await expect(rowsOf(besloten).filter({ hasText: 'Bezwaartermijn' })).toContainText('4 januari 2027');
  await expect(rowsOf(besloten).filter({ hasText: 'Bezwaartermijn' })).toContainText('art. 6:7 Awb');
  // The besluit is taken: its beslistermijn no longer runs.
  await expect(rowsOf(besloten)).toHaveCount(1);
  await expect(rowsOf(verlopen).filter({ hasText: 'Bekendmaken buiten behandeling' })).toContainText('14 december 2026');
  await expect(rowsOf(verlopen).filter({ hasText: 'Bekendmaken buiten behandeling' })).toContainText('art. 4:5 lid 4 Awb');
  await expect(rowsOf(verlopen).filter({ hasText: 'Antwoord op informatieverzoek' })).toHaveCount(1);
  await expect(rowsOf(verlopen).filter({ hasText: 'Hersteltermijn' })).toHaveCount(0);
  await page.screenshot({ path: path.join(shots, 'agenda-alle-termijnen.png'), fullPage: true });
  await expectAccessible(page, 'Agenda (alle termijnen)');

  // Filter by kind, with the keyboard: only the bezwaartermijn remains.
  await page.getByLabel('Soort termijn').selectOption({ label: 'Bezwaartermijn' });
  await page.getByLabel('Soort termijn').focus();
  // From the select, Tab passes the coordinator and the days to the button.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Toon' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('1 termijn.', { exact: true })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(rowsOf(besloten)).toContainText('Bezwaartermijn');

  // Filter by coordinator: only C. Grasmuis' dossier.
  await page.getByLabel('Soort termijn').selectOption({ label: 'Alle soorten' });
  await page.getByLabel('Coördinator').selectOption({ label: 'C. Grasmuis' });
  await page.getByRole('button', { name: 'Toon' }).click();
  await expect(rowsOf(besloten)).toHaveCount(0);
  await expect(rowsOf(lopend)).toHaveCount(3);
  await page.screenshot({ path: path.join(shots, 'agenda-filter-coordinator.png'), fullPage: true });
  await expectAccessible(page, 'Agenda (gefilterd op coördinator)');

  // The export: the coordinator's terms as a calendar file, nothing but zaaknummer and kind of term.
  await page.getByRole('button', { name: 'Exporteren als agendabestand' }).click();
  await expect(page.getByRole('status')).toHaveText('Het agendabestand is opgeslagen met 3 termijnen.');
  const file = readdirSync(preview.exportFolder).find((name) => name.endsWith('.ics'))!;
  const ics = readFileSync(path.join(preview.exportFolder, file), 'utf8');
  expect(ics.split('\r\n').filter((line) => line.startsWith('SUMMARY:')).sort()).toEqual(
    [`SUMMARY:${lopend} – Beslistermijn`, `SUMMARY:${lopend} – Hersteltermijn`, `SUMMARY:${lopend} – Zienswijzetermijn`].sort(),
  );
  expect(ics).toContain('DTSTART;VALUE=DATE:20261130');
  expect(ics).not.toContain('Geheimnaam');
  expect(ics).not.toContain('Grasmuis');
  expect(ics).not.toContain(besloten);
});

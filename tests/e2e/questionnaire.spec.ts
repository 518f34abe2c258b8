import type { Locator, Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { confirmRecoveryKey, createVault, expect, expectAccessible, test } from './support';

/*
 * The vragenformulier, herstel and attachments of one dossier. The preview's open dialog "chooses" the files in
 * preview.importFolder (BIBOB_PREVIEW_IMPORT_FOLDER), which this spec fills before importing.
 */

const EXPLOITATIEVERGUNNING = 'Exploitatievergunning of andere APV-vergunning voor een inrichting of bedrijf';

/** Writes the files the file dialog of the preview "chooses": a PDF, a text file and an ELF binary posing as a PDF. */
function writeImportFiles(folder: string): void {
  writeFileSync(
    path.join(folder, 'jaarrekening.pdf'),
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );
  writeFileSync(path.join(folder, 'toelichting.txt'), 'Toelichting op de financiering\nDe lening van de heer Jansen is afgelost in 2026.\n');
  writeFileSync(path.join(folder, 'x.pdf'), Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(120)]));
}

function section(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

async function createHorecaDossier(page: Page): Promise<string> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Dossiers', exact: true }).click();
  await page.getByRole('button', { name: 'Nieuw dossier' }).click();
  await page.getByLabel('Horeca (Alcoholwet- of exploitatievergunning)').check();
  await page.getByLabel('Soort besluit').selectOption({ label: EXPLOITATIEVERGUNNING });
  await page.getByLabel('Datum ontvangst aanvraag').fill('2027-01-04');
  await page.getByLabel('Rechtspersoon', { exact: true }).check();
  await page.getByLabel('Naam aanvrager').fill('Eetcafé De Gouden Leeuw B.V.');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  const status = page.getByRole('status');
  await expect(status).toContainText(/Dossier \S+ is aangemaakt\./);
  const zaaknummer = /Dossier (\S+) is aangemaakt\./.exec(await status.innerText())![1]!;
  await page.getByRole('table', { name: 'Alle dossiers' }).getByRole('button', { name: zaaknummer, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dossier ${zaaknummer}` })).toBeFocused();
  return zaaknummer;
}

test('vragenformulier, completeness, attachments and a herstelverzoek that suspends the beslistermijn', async ({ page, preview, cspViolations }) => {
  writeImportFiles(preview.importFolder);
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await createHorecaDossier(page);

  // The page's contents lead to the new sections.
  const contents = page.getByRole('navigation', { name: 'Op deze pagina' });
  for (const name of ['Vragenformulier', 'Herstel', 'Bijlagen']) await expect(contents.getByRole('link', { name, exact: true })).toBeVisible();
  await contents.getByRole('link', { name: 'Vragenformulier', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Vragenformulier' })).toBeFocused();

  // Before sending: the set, the number of questions, and the choice per main question.
  const vf = section(page, 'Vragenformulier');
  await expect(vf).toContainText('Vragenset');
  const count = vf.getByText(/^\d+ vragen$/);
  const before = await count.innerText();
  await vf.getByText('Vragen kiezen').click();
  // The box follows the service's answer, so it is clicked rather than unchecked.
  const chosenLabel = (await vf.locator('details .choice:has(input:checked) label').last().innerText()).trim();
  const chosen = vf.getByLabel(chosenLabel, { exact: true });
  await chosen.click();
  await expect(vf.getByRole('status')).toContainText('is verwijderd uit de vragenlijst');
  await expect(vf.getByLabel(chosenLabel, { exact: true })).not.toBeChecked();
  await expect(count).not.toHaveText(before);
  await expectAccessible(page, 'Vragenformulier (vragen kiezen)');
  await chosen.click();
  await expect(chosen).toBeChecked();
  await expect(vf.getByRole('status')).toContainText('is toegevoegd aan de vragenlijst');
  await expect(count).toHaveText(before);

  // Sending, then receiving.
  await vf.getByRole('button', { name: 'Vragenformulier versturen' }).click();
  await expect(vf.getByLabel('Verzonden op')).toBeFocused();
  await expect(vf.getByLabel('Verzonden op')).toHaveAttribute('aria-invalid', 'true');
  // The service takes no date in the future for sending and receiving: dates of the past, whatever the test's today.
  await vf.getByLabel('Verzonden op').fill('2026-11-02');
  await vf.getByRole('button', { name: 'Vragenformulier versturen' }).click();
  await expect(vf.getByRole('status')).toHaveText('Het vragenformulier is verzonden op 2 november 2026.');
  await expect(page.getByRole('heading', { level: 2, name: 'Vragenformulier' })).toBeFocused();
  await expect(vf.getByText('Vragen kiezen')).toHaveCount(0);
  await vf.getByLabel('Ontvangen op').fill('2026-11-16');
  await vf.getByRole('button', { name: 'Ontvangst vastleggen' }).click();
  await expect(vf.getByRole('status')).toHaveText('Het ingevulde vragenformulier is ontvangen op 16 november 2026.');
  await expect(vf.getByLabel('Ontvangen op')).toHaveCount(0);

  // The completeness overview: mark two items received, one not applicable (a note is required), leave the rest.
  const table = vf.getByRole('table', { name: 'Volledigheid' });
  const rows = table.locator('tbody tr');
  const total = await rows.count();
  expect(total).toBeGreaterThan(3);
  for (const index of [0, 1]) {
    const row = rows.nth(index);
    const omschrijving = (await row.locator('th').first().evaluate((cell) => cell.firstChild?.textContent ?? '')).trim();
    await row.getByLabel('Status', { exact: true }).selectOption({ label: 'Ontvangen' });
    await row.getByRole('button', { name: `Status opslaan: ${omschrijving}` }).click();
    await expect(vf.getByRole('status')).toContainText(`Status opgeslagen: ${omschrijving}`);
  }
  const third = rows.nth(2);
  await third.getByLabel('Status', { exact: true }).selectOption({ label: 'Niet van toepassing' });
  await third.getByRole('button', { name: /^Status opslaan: / }).click();
  await expect(third.getByLabel('Notitie', { exact: true })).toBeFocused();
  await expect(third.getByLabel('Notitie', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(third.locator('.field__error')).not.toBeEmpty();
  await third.getByLabel('Notitie', { exact: true }).fill('De aanvrager huurt het pand niet.');
  await third.getByRole('button', { name: /^Status opslaan: / }).click();
  await expect(vf.getByRole('status')).toContainText('niet van toepassing');
  await expect(vf.getByText(/^\d+ onderdelen ontbreken\.$/)).toBeVisible();
  const missing = vf.getByRole('heading', { level: 3, name: 'Wat ontbreekt en waarom' });
  await expect(missing).toBeVisible();
  const reasons = vf.locator('.missing-list li');
  await expect(reasons.first()).toContainText('(ontbreekt):');
  const missingCount = await reasons.count();
  expect(missingCount).toBe(total - 3);
  await expectAccessible(page, 'Vragenformulier (volledigheid)');

  // Attachments: two imported, one refused with its message.
  const bijlagen = section(page, 'Bijlagen');
  await expect(bijlagen.getByText('Nog geen bijlagen.')).toBeVisible();
  await bijlagen.getByRole('button', { name: 'Bestanden importeren…' }).click();
  await expect(bijlagen.getByRole('status')).toHaveText('2 bestanden geïmporteerd, 1 geweigerd.');
  await expect(bijlagen.getByRole('note')).toContainText('x.pdf: ');
  const list = bijlagen.getByRole('table', { name: 'Bijlagen' });
  await expect(list.getByRole('rowheader', { name: 'jaarrekening.pdf' })).toBeVisible();
  await expect(list.getByRole('rowheader', { name: 'toelichting.txt' })).toBeVisible();
  await expect(list.getByRole('rowheader', { name: 'x.pdf' })).toHaveCount(0);
  await expect(list.getByRole('row').filter({ hasText: 'toelichting.txt' })).toContainText('Tekstbestand');
  await expect(list.getByRole('row').filter({ hasText: 'toelichting.txt' })).toContainText(/0,1 kB/);
  // Only text-like files have a text view.
  await expect(bijlagen.getByRole('button', { name: 'Tekst tonen: jaarrekening.pdf' })).toHaveCount(0);
  await expectAccessible(page, 'Bijlagen (geïmporteerd)');

  await bijlagen.getByRole('button', { name: 'Tekst tonen: toelichting.txt' }).click();
  const previewRegion = bijlagen.getByRole('region', { name: 'Tekst van toelichting.txt' });
  await expect(previewRegion.getByRole('heading', { name: 'Tekst van toelichting.txt' })).toBeFocused();
  await expect(previewRegion.locator('pre')).toContainText('De lening van de heer Jansen is afgelost in 2026.');
  await expectAccessible(page, 'Bijlagen (tekst)');

  // A note on page 2 of the PDF.
  await bijlagen.getByRole('button', { name: 'Notities (0): jaarrekening.pdf' }).click();
  const notes = bijlagen.getByRole('region', { name: 'Notities bij jaarrekening.pdf' });
  await expect(notes.getByRole('heading', { name: 'Notities bij jaarrekening.pdf' })).toBeFocused();
  await notes.getByLabel('Pagina (optioneel)').fill('2');
  await notes.getByLabel('Notitie', { exact: true }).fill('Eigen vermogen klopt niet met de bankafschriften.');
  await notes.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(notes.getByRole('status')).toHaveText('De notitie is toegevoegd.');
  await expect(notes).toContainText('pagina 2');
  await expect(notes).toContainText('Eigen vermogen klopt niet met de bankafschriften.');
  await expect(bijlagen.getByRole('button', { name: 'Notities (1): jaarrekening.pdf' })).toBeVisible();
  await expectAccessible(page, 'Bijlagen (notities)');

  // Removing asks for confirmation.
  await bijlagen.getByRole('button', { name: 'Verwijderen: toelichting.txt' }).click();
  await bijlagen.getByRole('button', { name: 'Ja, verwijderen: toelichting.txt' }).click();
  await expect(bijlagen.getByRole('status').first()).toHaveText('toelichting.txt is verwijderd.');
  await expect(list.getByRole('rowheader', { name: 'toelichting.txt' })).toHaveCount(0);

  // Herstel: the missing items are taken over, the term is proposed, and the beslistermijn moves.
  const herstel = section(page, 'Herstel');
  await expect(herstel.getByText('Nog geen herstelverzoek.')).toBeVisible();
  const items = herstel.getByRole('group', { name: 'Wat ontbreekt' }).getByRole('checkbox');
  await expect(items).toHaveCount(missingCount);
  for (let index = 0; index < missingCount; index++) await expect(items.nth(index)).toBeChecked();
  await herstel.getByLabel('Verzonden op').fill('2027-01-18');
  await expect(herstel.getByLabel('Hersteltermijn (weken)')).toHaveValue('2');
  await herstel.getByRole('button', { name: 'Einddatum voorstellen' }).click();
  await expect(herstel.getByLabel('Hersteltermijn tot en met')).toHaveValue('2027-02-01');
  await herstel.getByRole('button', { name: 'Herstelverzoek registreren' }).click();
  await expect(herstel.getByRole('status')).toContainText('Het herstelverzoek is geregistreerd.');
  const termijn = section(page, 'Beslistermijn');
  await expect(termijn.getByText('maandag 15 maart 2027', { exact: true })).toBeVisible();
  await expect(termijn.getByText('(voorlopig)', { exact: true })).toBeVisible();
  await expect(herstel.getByRole('heading', { level: 3, name: 'Herstelverzoek van 18 januari 2027' })).toBeVisible();
  await expect(herstel).toContainText('Nog niet aangevuld');
  await expectAccessible(page, 'Herstel (verzoek geregistreerd)');

  // The completion ends the suspension.
  await herstel.getByLabel('Aangevuld op').fill('2027-01-26');
  await herstel.getByLabel('Volledig', { exact: true }).check();
  await herstel.getByRole('button', { name: 'Aanvulling vastleggen' }).click();
  await expect(herstel.getByRole('status').first()).toContainText('De aanvulling is vastgelegd als volledig.');
  await expect(termijn.getByText('maandag 8 maart 2027', { exact: true })).toBeVisible();
  await expect(herstel).toContainText('Volledig aangevuld op 26 januari 2027');
  await expect(herstel.getByLabel('Aangevuld op')).toHaveCount(0);
  await expectAccessible(page, 'Herstel (aangevuld)');

  // A second herstelverzoek, completed incompletely: the app proposes to leave the application buiten behandeling.
  await herstel.getByLabel('Verzonden op').fill('2027-02-08');
  await herstel.getByRole('button', { name: 'Einddatum voorstellen' }).click();
  await expect(herstel.getByLabel('Hersteltermijn tot en met')).toHaveValue('2027-02-22');
  await herstel.getByRole('button', { name: 'Herstelverzoek registreren' }).click();
  await expect(herstel.getByRole('status').last()).toContainText('Het herstelverzoek is geregistreerd.');
  await herstel.getByLabel('Aangevuld op').fill('2027-02-15');
  await herstel.getByLabel('Onvolledig', { exact: true }).check();
  await herstel.getByRole('button', { name: 'Aanvulling vastleggen' }).click();
  await expect(herstel.getByRole('status').first()).toContainText('De aanvulling is vastgelegd als onvolledig.');
  const voorstel = herstel.getByRole('note');
  await expect(voorstel).toContainText('buiten behandeling');
  await expect(voorstel).toContainText(/Bekendmaken uiterlijk \S+dag \d+ \S+ 2027/);
  await expect(voorstel).toContainText('4:5');
  await expectAccessible(page, 'Herstel (voorstel buiten behandeling)');
});

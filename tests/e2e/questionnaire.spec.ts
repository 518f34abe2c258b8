import type { Locator, Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildTextPdf } from '../support/pdfFixture';
import { confirmRecoveryKey, createVault, expect, expectAccessible, test, openDossierPagina } from './support';

/*
 * The vragenformulier, herstel and attachments of one dossier. The preview's open dialog "chooses" the files in
 * preview.importFolder (BIBOB_PREVIEW_IMPORT_FOLDER), which this spec fills before importing.
 */

const EXPLOITATIEVERGUNNING = 'Exploitatievergunning of andere APV-vergunning voor een inrichting of bedrijf';

/** Writes the files the file dialog of the preview "chooses": a PDF of three pages, a text file and an ELF binary posing as a PDF. */
function writeImportFiles(folder: string): void {
  writeFileSync(
    path.join(folder, 'jaarrekening.pdf'),
    buildTextPdf([
      ['Jaarrekening 2026', 'Eetcafe De Gouden Leeuw B.V.'],
      ['Balans per 31 december 2026', 'Lening zonder aflossingsschema: 150.000 euro'],
      ['Toelichting', 'De lening is verstrekt door J. Jansen'],
    ]),
  );
  writeFileSync(path.join(folder, 'toelichting.txt'), 'Toelichting op de financiering\nDe lening van de heer Jansen is afgelost in 2026.\n');
  writeFileSync(path.join(folder, 'x.pdf'), Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(120)]));
}

/** Writes the files the test then drops on the attachments: a rental agreement and a PDF that is damaged after its header. */
function writeDroppedFiles(folder: string): void {
  writeFileSync(path.join(folder, 'huurovereenkomst.pdf'), buildTextPdf([['Huurovereenkomst', 'Verhuurder: Vastgoed Noord B.V.']]));
  writeFileSync(path.join(folder, 'kapot.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(400, 0x41)]));
}

/** Drops files of these names on the element, as a file manager would. */
async function dropFiles(page: Page, target: Locator, names: readonly string[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((fileNames) => {
    const transfer = new DataTransfer();
    for (const name of fileNames) transfer.items.add(new File(['(inhoud)'], name, { type: 'application/pdf' }));
    return transfer;
  }, names);
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

function section(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

async function createHorecaDossier(page: Page, besluitsoort = EXPLOITATIEVERGUNNING, ontvangenOp: string | null = '2026-10-05'): Promise<string> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Dossiers', exact: true }).click();
  await page.getByRole('button', { name: 'Nieuw dossier' }).click();
  await page.getByLabel('Horeca (Alcoholwet- of exploitatievergunning)').check();
  await page.getByLabel('Soort besluit').selectOption({ label: besluitsoort });
  if (ontvangenOp) await page.getByLabel('Datum ontvangst aanvraag').fill(ontvangenOp);
  await page.getByLabel('Rechtspersoon', { exact: true }).check();
  await page.getByLabel('Naam aanvrager').fill('Eetcafé De Gouden Leeuw B.V.');
  await page.getByLabel('Postadres aanvrager').fill('Markt 1, 1234 AB Proefstad');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  const status = page.getByRole('status');
  await expect(status).toContainText(/Dossier \S+ is aangemaakt\./);
  const zaaknummer = /Dossier (\S+) is aangemaakt\./.exec(await status.innerText())![1]!;
  await page.getByRole('table', { name: 'Alle dossiers' }).getByRole('button', { name: zaaknummer, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dossier ${zaaknummer}` })).toBeFocused();
  return zaaknummer;
}

test('vragenformulier, completeness, attachments and a herstelverzoek that suspends the beslistermijn', async ({ page, preview, cspViolations }) => {
  // The longest flow of the suite (answers, the aanvrager linked, four imports, the viewer, herstel); a slow CI
  // machine needs the room.
  test.setTimeout(300_000);
  writeImportFiles(preview.importFolder);
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  const zaaknummer = await createHorecaDossier(page);

  // The procedure bar leads to the page of the vragenformulier and herstel, by keyboard too.
  const procedure = page.getByRole('navigation', { name: 'Procedure' });
  for (const name of ['Vragenformulier en herstel', 'Bijlagen']) await expect(procedure.getByRole('link', { name, exact: true })).toBeVisible();
  await procedure.getByRole('link', { name: 'Vragenformulier en herstel', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Vragenformulier en herstel', exact: true })).toBeFocused();
  await expect(section(page, 'Herstel')).toBeVisible();

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
  await expect(page.getByRole('heading', { level: 2, name: 'Vragenformulier', exact: true })).toBeFocused();
  await expect(vf.getByText('Vragen kiezen')).toHaveCount(0);
  // Sending moved the dossier out of the intake, on the date of sending.
  await openDossierPagina(page, 'Zienswijze en besluit');
  await expect(section(page, 'Fase')).toContainText('Huidige fase: Vragenformulier uitgezet');
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText("Van fase 'Intake' naar fase 'Vragenformulier uitgezet' (op 2 november 2026, bij verzending van het vragenformulier).");
  await openDossierPagina(page, 'Vragenformulier en herstel');
  await vf.getByLabel('Ontvangen op').fill('2026-11-16');
  await vf.getByRole('button', { name: 'Ontvangst vastleggen' }).click();
  await expect(vf.getByRole('status')).toHaveText('Het ingevulde vragenformulier is ontvangen op 16 november 2026.');
  await expect(vf.getByLabel('Ontvangen op')).toHaveCount(0);

  // The answers as received, partly filled in: a legal entity with one bestuurder, financed with a loan.
  await vf.getByText('Antwoorden vastleggen').click();
  await vf.getByLabel(/^1\.2 In welke vorm/).selectOption({ label: 'Als rechtspersoon (bv, nv, stichting, vereniging, coöperatie of buitenlandse rechtsvorm)' });
  await vf.getByLabel(/^1\.4 Statutaire naam/).fill('Eetcafé De Gouden Leeuw B.V.');
  const bestuurders = vf.getByRole('group', { name: /^1\.9 Wie zijn de bestuurders/ });
  await bestuurders.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await bestuurders.getByLabel('Naam (persoon 1)').fill('P. de Vries');
  await bestuurders.getByLabel('Soort (persoon 1)').selectOption({ label: 'Natuurlijk persoon' });
  // Skip logic: the block repeated per bestuurder appears for the person just named.
  await expect(vf.getByRole('group', { name: '4. Bestuurders: P. de Vries' })).toBeVisible();
  const lening = vf.getByRole('group', { name: /^8\.2 Wordt de activiteit \(mede\) gefinancierd met een lening/ });
  await lening.getByLabel('Ja', { exact: true }).check();
  await vf.getByRole('button', { name: 'Antwoorden opslaan' }).click();
  await expect(vf.getByRole('status')).toHaveText('De antwoorden zijn opgeslagen. Het overzicht van wat ontbreekt is bijgewerkt.');
  await expect(vf.locator('.proposals')).toContainText('P. de Vries');
  // The statutory name is the dossier's own aanvrager: linking to it is offered instead of a second record.
  const aanvragerVoorstel = vf.locator('.proposals__item').filter({ hasText: 'genoemd bij vraag 1.4' });
  await expect(aanvragerVoorstel).toContainText('Dit is de aanvrager van dit dossier (Eetcafé De Gouden Leeuw B.V.). Koppel het antwoord aan die betrokkene');
  await expect(aanvragerVoorstel.getByRole('button', { name: /^Als betrokkene vastleggen/ })).toHaveCount(0);
  mkdirSync('.test-output/screenshots', { recursive: true });
  await vf.locator('.proposals').screenshot({ path: '.test-output/screenshots/voorstel-aanvrager.png' });
  await aanvragerVoorstel.getByRole('button', { name: 'Koppelen aan de aanvrager: Eetcafé De Gouden Leeuw B.V.' }).click();
  await expect(vf.getByRole('status')).toHaveText('Het antwoord op vraag 1.4 is gekoppeld aan de aanvrager Eetcafé De Gouden Leeuw B.V.; er is geen tweede betrokkene vastgelegd.');
  await expect(aanvragerVoorstel).toContainText('Vastgelegd als betrokkene.');
  await openDossierPagina(page, 'Intake en betrokkenen');
  await expect(page.getByRole('table', { name: 'Betrokkenen' }).getByRole('rowheader', { name: 'Eetcafé De Gouden Leeuw B.V.' })).toHaveCount(1);
  await openDossierPagina(page, 'Vragenformulier en herstel');
  // The loan makes its agreement a required attachment, with the reason.
  await expect(vf.locator('.missing-list')).toContainText('Per lening de ondertekende leningsovereenkomst');
  await expectAccessible(page, 'Vragenformulier (antwoorden)');

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
  // Answered questions count as received by themselves: fewer items are missing than were left untouched.
  expect(missingCount).toBeLessThanOrEqual(total - 3);
  expect(missingCount).toBeGreaterThan(0);
  // One click confirms every answered item; the missing ones stay for the herstelverzoek.
  await expect(table).toContainText('beantwoord, nog te bevestigen');
  await vf.getByRole('button', { name: 'Alles beantwoord bevestigen' }).click();
  await expect(vf.getByRole('status')).toContainText('bevestigd als ontvangen');
  await expect(table).not.toContainText('beantwoord, nog te bevestigen');
  await expect(reasons).toHaveCount(missingCount);
  await page.screenshot({ path: '/tmp/shots/completeness-bevestigd.png' });
  await expectAccessible(page, 'Vragenformulier (volledigheid)');

  // Attachments: two imported, one refused with its message.
  await openDossierPagina(page, 'Bijlagen');
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
  await expectAccessible(page, 'Bijlagen (geïmporteerd)');

  // A third file by drag and drop, with a damaged PDF beside it (its header passes, its body is not a PDF).
  writeDroppedFiles(preview.importFolder);
  await dropFiles(page, bijlagen.getByTestId('bijlagen-drop-zone'), ['huurovereenkomst.pdf', 'kapot.pdf']);
  await expect(bijlagen.getByRole('status')).toHaveText('2 bestanden geïmporteerd, 0 geweigerd.');
  await expect(list.getByRole('rowheader', { name: 'huurovereenkomst.pdf' })).toBeVisible();

  // Three attachments linked to the items they answer, and marked received.
  await openDossierPagina(page, 'Vragenformulier en herstel');
  const attachmentRows = table.locator('tbody tr').filter({ hasText: 'Bijlage bij vraag' });
  for (const [index, naam] of ['jaarrekening.pdf', 'toelichting.txt', 'huurovereenkomst.pdf'].entries()) {
    const row = attachmentRows.nth(index);
    await row.getByLabel('Bijlage koppelen').selectOption({ label: naam });
    await row.getByRole('button', { name: /^Koppelen aan: / }).click();
    await openDossierPagina(page, 'Vragenformulier en herstel');
    await expect(vf.getByRole('status')).toContainText(`${naam} is gekoppeld aan`);
    await expect(row.getByRole('button', { name: new RegExp(`^Loskoppelen: ${naam.replace('.', '\\.')}`) })).toBeVisible();
  }
  await expectAccessible(page, 'Vragenformulier (bijlagen gekoppeld)');

  // The viewer: a text file as text, and the PDF drawn by pdf.js with page navigation and text search.
  await openDossierPagina(page, 'Bijlagen');
  await bijlagen.getByRole('button', { name: 'Bekijken: toelichting.txt' }).click();
  const viewer = bijlagen.getByRole('region', { name: 'Bekijken: toelichting.txt' });
  await expect(viewer.getByRole('heading', { name: 'Bekijken: toelichting.txt' })).toBeFocused();
  await expect(viewer.locator('pre')).toContainText('De lening van de heer Jansen is afgelost in 2026.');
  await expectAccessible(page, 'Bijlagen (tekst)');

  await bijlagen.getByRole('button', { name: 'Bekijken: jaarrekening.pdf' }).click();
  const pdf = bijlagen.getByRole('region', { name: 'Bekijken: jaarrekening.pdf' });
  await expect(pdf.getByText('Pagina 1 van 3')).toBeVisible();
  const pageText = pdf.locator('.textLayer');
  await expect(pageText).toContainText('Jaarrekening 2026');
  await expect(pdf.getByRole('button', { name: 'Vorige pagina' })).toBeDisabled();
  await pdf.getByRole('button', { name: 'Volgende pagina' }).click();
  await expect(pdf.getByText('Pagina 2 van 3')).toBeVisible();
  await expect(pageText).toContainText('Balans per 31 december 2026');
  await pdf.getByLabel('Naar pagina').fill('9');
  await pdf.getByRole('button', { name: 'Ga naar pagina' }).click();
  await expect(pdf.getByLabel('Naar pagina')).toHaveAttribute('aria-invalid', 'true');
  await pdf.getByLabel('Naar pagina').fill('1');
  await pdf.getByRole('button', { name: 'Ga naar pagina' }).click();
  await expect(pdf.getByText('Pagina 1 van 3')).toBeVisible();
  await pdf.getByLabel('Zoeken in de tekst').fill('J. Jansen');
  await pdf.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(pdf.getByRole('status')).toHaveText('"J. Jansen": 1 treffer op 1 pagina.');
  await expect(pdf.getByText('Pagina 3 van 3')).toBeVisible();
  await expect(pageText.locator('.pdf-match')).toContainText('J. Jansen');
  await pdf.getByLabel('Zoeken in de tekst').fill('lening');
  await pdf.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(pdf.getByRole('status')).toHaveText('"lening": 2 treffers op 2 pagina\'s.');
  await pdf.getByRole('button', { name: 'Pagina 2', exact: true }).click();
  await expect(pdf.getByText('Pagina 2 van 3')).toBeVisible();
  await expect(pageText.locator('.pdf-match')).toContainText('Lening zonder aflossingsschema');
  await expect(pdf.locator('canvas')).toBeVisible();
  await expectAccessible(page, 'Bijlagen (PDF-viewer)');

  // A note on the page shown: the notes open with that page filled in.
  await pdf.getByRole('button', { name: 'Notitie bij pagina 2' }).click();
  const notes = bijlagen.getByRole('region', { name: 'Notities bij jaarrekening.pdf' });
  await expect(notes.getByRole('heading', { name: 'Notities bij jaarrekening.pdf' })).toBeFocused();
  await expect(notes.getByLabel('Pagina (optioneel)')).toHaveValue('2');
  await notes.getByLabel('Notitie', { exact: true }).fill('Lening zonder aflossingsschema.');
  await notes.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(notes.getByRole('status')).toHaveText('De notitie is toegevoegd.');
  await expect(notes).toContainText('pagina 2');
  await notes.getByRole('button', { name: 'Notities sluiten' }).click();

  // A damaged PDF shows an error in the viewer, and the app goes on working.
  await bijlagen.getByRole('button', { name: 'Bekijken: kapot.pdf' }).click();
  const broken = bijlagen.getByRole('region', { name: 'Bekijken: kapot.pdf' });
  await expect(broken.getByRole('alert')).toContainText('Deze PDF is beschadigd of onleesbaar');
  await expectAccessible(page, 'Bijlagen (beschadigde PDF)');
  await broken.getByRole('button', { name: 'Sluiten' }).click();
  await expect(bijlagen.getByRole('heading', { level: 2, name: 'Bijlagen', exact: true })).toBeFocused();
  await bijlagen.getByRole('button', { name: 'Bekijken: huurovereenkomst.pdf' }).click();
  await expect(bijlagen.getByRole('region', { name: 'Bekijken: huurovereenkomst.pdf' }).locator('.textLayer')).toContainText('Verhuurder: Vastgoed Noord B.V.');

  // A note without a page.
  await bijlagen.getByRole('button', { name: 'Notities (1): jaarrekening.pdf' }).click();
  await expect(notes.getByRole('heading', { name: 'Notities bij jaarrekening.pdf' })).toBeFocused();
  await expect(notes.getByLabel('Pagina (optioneel)')).toHaveValue('');
  await notes.getByLabel('Notitie', { exact: true }).fill('Eigen vermogen klopt niet met de bankafschriften.');
  await notes.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(notes.getByRole('status')).toHaveText('De notitie is toegevoegd.');
  await expect(notes).toContainText('Eigen vermogen klopt niet met de bankafschriften.');
  await expect(bijlagen.getByRole('button', { name: 'Notities (2): jaarrekening.pdf' })).toBeVisible();
  await expectAccessible(page, 'Bijlagen (notities)');

  // An export names its recipient of art. 28 lid 2 Wet Bibob, or does not happen.
  await bijlagen.getByRole('button', { name: 'Exporteren: jaarrekening.pdf' }).click();
  const exportPanel = bijlagen.getByRole('region', { name: 'Exporteren: jaarrekening.pdf' });
  await exportPanel.getByRole('button', { name: 'Exporteren', exact: true }).click();
  await expect(exportPanel.getByLabel('Verstrekken aan (art. 28 lid 2 Wet Bibob)')).toHaveAttribute('aria-invalid', 'true');
  await exportPanel.getByLabel('Verstrekken aan (art. 28 lid 2 Wet Bibob)').selectOption({ label: 'e. De bezwaaradviescommissie (art. 7:13 Awb)' });
  await exportPanel.getByLabel('Naam van de ontvanger').fill('Commissie bezwaarschriften');
  await exportPanel.getByRole('button', { name: 'Exporteren', exact: true }).click();
  await expect(bijlagen.getByRole('status').first()).toHaveText('jaarrekening.pdf is geëxporteerd en staat in het verstrekkingsregister.');
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText('geëxporteerd voor Commissie bezwaarschriften (art. 28 lid 2 onder e Wet Bibob)');

  // Removing asks for confirmation.
  await openDossierPagina(page, 'Bijlagen');
  await bijlagen.getByRole('button', { name: 'Verwijderen: toelichting.txt' }).click();
  await bijlagen.getByRole('button', { name: 'Ja, verwijderen: toelichting.txt' }).click();
  await expect(bijlagen.getByRole('status').first()).toHaveText('toelichting.txt is verwijderd.');
  await expect(list.getByRole('rowheader', { name: 'toelichting.txt' })).toHaveCount(0);

  // Herstel: the missing items are taken over, the term is proposed, and the beslistermijn moves. Received Monday
  // 5 October 2026, 8 weeks (APV): 30 November. Sent 16 November with a term to 30 November, pending on 23 November:
  // 17–30 November suspended (Awb 4:15 lid 1 sub a), 14 days → Monday 14 December, provisional.
  await openDossierPagina(page, 'Vragenformulier en herstel');
  const herstel = section(page, 'Herstel');
  await expect(herstel.getByText('Nog geen herstelverzoek.')).toBeVisible();
  const items = herstel.getByRole('group', { name: 'Wat ontbreekt' }).getByRole('checkbox');
  // A linked file makes its attachment received, so what is missing now is counted again.
  const stillMissing = await reasons.count();
  expect(stillMissing).toBeLessThan(missingCount);
  await expect(items).toHaveCount(stillMissing);
  for (let index = 0; index < stillMissing; index++) await expect(items.nth(index)).toBeChecked();
  await herstel.getByLabel('Verzonden op').fill('2026-11-16');
  await expect(herstel.getByLabel('Hersteltermijn (weken)')).toHaveValue('2');
  await herstel.getByRole('button', { name: 'Einddatum voorstellen' }).click();
  await expect(herstel.getByLabel('Hersteltermijn tot en met')).toHaveValue('2026-11-30');
  await herstel.getByRole('button', { name: 'Herstelverzoek registreren' }).click();
  await expect(herstel.getByRole('status')).toContainText('Het herstelverzoek is geregistreerd.');
  await openDossierPagina(page, 'Zienswijze en besluit');
  const termijn = section(page, 'Beslistermijn');
  await expect(termijn.getByText('maandag 14 december 2026', { exact: true })).toBeVisible();
  await expect(termijn.getByText('(voorlopig)', { exact: true })).toBeVisible();
  await openDossierPagina(page, 'Vragenformulier en herstel');
  await expect(herstel.getByRole('heading', { level: 3, name: 'Herstelverzoek van 16 november 2026' })).toBeVisible();
  await expect(herstel).toContainText('Nog niet aangevuld');
  await expectAccessible(page, 'Herstel (verzoek geregistreerd)');

  // The completion on Friday 20 November ends the suspension: 17–19 November, 3 days → Thursday 3 December.
  await herstel.getByLabel('Aangevuld op').fill('2026-11-20');
  await herstel.getByLabel('Volledig', { exact: true }).check();
  await herstel.getByRole('button', { name: 'Aanvulling vastleggen' }).click();
  await expect(herstel.getByRole('status').first()).toContainText('De aanvulling is vastgelegd als volledig.');
  await openDossierPagina(page, 'Zienswijze en besluit');
  await expect(termijn.getByText('donderdag 3 december 2026', { exact: true })).toBeVisible();
  await openDossierPagina(page, 'Vragenformulier en herstel');
  await expect(herstel).toContainText('Volledig aangevuld op 20 november 2026');
  await expect(herstel.getByLabel('Aangevuld op')).toHaveCount(0);
  await expectAccessible(page, 'Herstel (aangevuld)');

  // A second herstelverzoek, completed incompletely: the app proposes to leave the application buiten behandeling.
  await herstel.getByLabel('Verzonden op').fill('2026-11-23');
  await herstel.getByRole('button', { name: 'Einddatum voorstellen' }).click();
  await expect(herstel.getByLabel('Hersteltermijn tot en met')).toHaveValue('2026-12-07');
  await herstel.getByRole('button', { name: 'Herstelverzoek registreren' }).click();
  await expect(herstel.getByRole('status').last()).toContainText('Het herstelverzoek is geregistreerd.');
  await herstel.getByLabel('Aangevuld op').fill('2026-11-23');
  await herstel.getByLabel('Onvolledig', { exact: true }).check();
  await herstel.getByRole('button', { name: 'Aanvulling vastleggen' }).click();
  await expect(herstel.getByRole('status').first()).toContainText('De aanvulling is vastgelegd als onvolledig.');
  const voorstel = herstel.getByRole('note');
  await expect(voorstel).toContainText('buiten behandeling');
  await expect(voorstel).toContainText(/Bekendmaken uiterlijk \S+dag \d+ \S+ 2026/);
  await expect(voorstel).toContainText('4:5');
  await expectAccessible(page, 'Herstel (voorstel buiten behandeling)');

  // The choice: only from the phases where the application is being completed, where the receipt of the form already
  // moved the dossier (dated on the receipt); it becomes the dossier's outcome.
  await expect(voorstel).not.toContainText('zet het eerst in een van die fasen');
  await openDossierPagina(page, 'Zienswijze en besluit');
  await expect(section(page, 'Fase')).toContainText('Huidige fase: Vragenformulier ontvangen / volledigheid');
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText(
    "Van fase 'Vragenformulier uitgezet' naar fase 'Vragenformulier ontvangen / volledigheid' (op 16 november 2026, bij ontvangst van het ingevulde vragenformulier).",
  );
  await openDossierPagina(page, 'Vragenformulier en herstel');
  await herstel.getByRole('button', { name: 'Aanvraag buiten behandeling laten' }).click();
  await expect(herstel.getByRole('status').first()).toContainText('De aanvraag is buiten behandeling gelaten; dat is nu de uitkomst van het dossier.');
  await expect(page.locator('.dossier-summary')).toContainText('Buiten behandeling gesteld');
  await expect(herstel.getByRole('note')).toHaveCount(0);
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText('art. 4:5 Awb');
  await expectAccessible(page, 'Herstel (buiten behandeling gelaten)');

  // The herstelverzoek as a letter: refused until the letterhead is filled in.
  await openDossierPagina(page, 'Brieven');
  const brieven = section(page, 'Brieven');
  const herstelBrief = { label: 'Herstelverzoek (art. 4:5 Awb) — herstelverzoek van 16 november 2026' };
  await brieven.getByLabel('Soort brief').selectOption(herstelBrief);
  await brieven.getByRole('button', { name: 'Brief maken' }).click();
  await expect(brieven.getByRole('alert')).toContainText('briefhoofd');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen', exact: true }).click();
  const briefhoofd = section(page, 'Briefhoofd');
  await briefhoofd.getByLabel('Gemeente', { exact: true }).fill('Gemeente Proefstad');
  await briefhoofd.getByLabel('Adres (een regel per regel)').fill('Postbus 1\n1234 AB Proefstad');
  await briefhoofd.getByLabel('Ondertekenaar', { exact: true }).fill('J. de Burgemeester');
  await briefhoofd.getByLabel('Functie van de ondertekenaar').fill('de burgemeester van Proefstad');
  await briefhoofd.getByLabel('Contact voor de ontvanger').fill('14 071');
  await briefhoofd.getByRole('button', { name: 'Briefhoofd opslaan' }).click();
  await expect(briefhoofd.getByRole('status')).toHaveText('Het briefhoofd is opgeslagen.');
  await expectAccessible(page, 'Instellingen (briefhoofd)');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Dossiers', exact: true }).click();
  await page.getByRole('table', { name: 'Alle dossiers' }).getByRole('button', { name: zaaknummer, exact: true }).click();
  await openDossierPagina(page, 'Brieven');
  await section(page, 'Brieven').getByLabel('Soort brief').selectOption(herstelBrief);
  await section(page, 'Brieven').getByRole('button', { name: 'Brief maken' }).click();
  await expect(section(page, 'Brieven').getByRole('status')).toHaveText('Aanvulling van uw aanvraag (herstelverzoek) is gemaakt en bewaard in de kluis.');
  await expect(section(page, 'Brieven')).toContainText('sjabloon standaard');
});

test('in a revocation investigation the holder refusing the vragenformulier is recorded as a finding of ernstig gevaar', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await createHorecaDossier(page, 'Intrekking Alcoholwetvergunning', null);
  // A revocation has no aanvraag to complete (art. 4:5 lid 1 Awb): the page is the vragenformulier's alone.
  await openDossierPagina(page, 'Vragenformulier');
  await expect(section(page, 'Herstel')).toHaveCount(0);
  const vf = section(page, 'Vragenformulier');
  await expect(vf.getByRole('button', { name: 'Weigering vastleggen' })).toHaveCount(0);
  await vf.getByLabel('Verzonden op').fill('2026-11-02');
  await vf.getByRole('button', { name: 'Vragenformulier versturen' }).click();
  await expect(vf.getByRole('status')).toHaveText('Het vragenformulier is verzonden op 2 november 2026.');

  await expect(vf).toContainText('art. 4 lid 1 Wet Bibob');
  // A date before the questionnaire was sent is refused at the field.
  await vf.getByLabel('Weigering vastgesteld op').fill('2026-10-30');
  await vf.getByRole('button', { name: 'Weigering vastleggen' }).click();
  await expect(vf.getByLabel('Weigering vastgesteld op')).toHaveAttribute('aria-invalid', 'true');
  await vf.getByLabel('Weigering vastgesteld op').fill('2026-11-20');
  await vf.getByRole('button', { name: 'Weigering vastleggen' }).click();
  await expect(vf.getByRole('status')).toHaveText('De weigering is vastgelegd als bevinding (ernstig gevaar, art. 4 lid 1 Wet Bibob).');
  await expect(vf.getByRole('note')).toContainText('Weigering vastgelegd op 20 november 2026');
  await expect(vf.getByRole('note')).toContainText('geldt als ernstig gevaar (art. 4 lid 1 Wet Bibob)');
  await expect(vf.getByRole('button', { name: 'Weigering vastleggen' })).toHaveCount(0);
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText('weigering vragenformulier');
  await expectAccessible(page, 'Vragenformulier (weigering vastgelegd)');
});

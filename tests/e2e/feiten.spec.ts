import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test, openDossierPagina } from './support';

/*
 * Issue 18 §1 and §2 as a coordinator meets them: a date that cannot be true is refused with a message at its field
 * that says what it conflicts with, and a herstelverzoek entered by mistake is withdrawn with a reason, after which
 * the beslistermijn is what it was without it. Today in the preview is Monday 23 November 2026.
 */

const shots = path.resolve(__dirname, '../../.test-output/screenshots');

test('impossible dates are refused at their field, and a mistaken herstelverzoek is withdrawn with its reason', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  mkdirSync(shots, { recursive: true });
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);

  // A receipt in the future.
  await page.getByRole('button', { name: 'Nieuw dossier' }).click();
  await page.getByLabel('Horeca (Alcoholwet- of exploitatievergunning)').check();
  await page.getByLabel('Soort besluit').selectOption({ label: 'Exploitatievergunning of andere APV-vergunning voor een inrichting of bedrijf' });
  await page.getByLabel('Datum ontvangst aanvraag').fill('2026-12-24');
  await page.getByLabel('Naam aanvrager').fill('Eetcafé Feitelijk B.V.');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  const receipt = page.getByLabel('Datum ontvangst aanvraag');
  await expect(receipt).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('De ontvangstdatum van de aanvraag ligt na vandaag (23 november 2026). Vul de datum in waarop het is gebeurd.')).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'feiten-ontvangst-in-de-toekomst.png'), fullPage: true });
  await expectAccessible(page, 'Nieuw dossier (datum in de toekomst)');
  await page.getByRole('button', { name: 'Annuleren' }).click();

  // Received Monday 5 October 2026: 8 weeks (APV) → Monday 30 November 2026.
  await newHorecaDossier(page, 'Eetcafé Feitelijk B.V.', '2026-10-05');
  await openDossierPagina(page, 'Zienswijze en besluit');
  const termijn = section(page, 'Beslistermijn');
  await expect(termijn.getByText('maandag 30 november 2026', { exact: true })).toBeVisible();

  await openDossierPagina(page, 'Vragenformulier en herstel');
  const vf = section(page, 'Vragenformulier');
  await vf.getByLabel('Verzonden op').fill('2026-10-01');
  await vf.getByRole('button', { name: 'Vragenformulier versturen' }).click();
  await expect(vf.getByText('De verzenddatum van het vragenformulier ligt vóór de ontvangst van de aanvraag (5 oktober 2026).')).toBeVisible();
  await vf.getByLabel('Verzonden op').fill('2026-10-06');
  await vf.getByRole('button', { name: 'Vragenformulier versturen' }).click();
  await expect(vf.getByRole('status')).toHaveText('Het vragenformulier is verzonden op 6 oktober 2026.');
  await vf.getByLabel('Ontvangen op').fill('2026-10-20');
  await vf.getByRole('button', { name: 'Ontvangst vastleggen' }).click();
  await expect(vf.getByRole('status')).toHaveText('Het ingevulde vragenformulier is ontvangen op 20 oktober 2026.');

  // A herstelverzoek before the form came back, then one whose term ends on a Saturday.
  const herstel = section(page, 'Herstel');
  await herstel.getByLabel('Verzonden op').fill('2026-10-19');
  await herstel.getByLabel('Hersteltermijn tot en met').fill('2026-11-02');
  await herstel.getByRole('button', { name: 'Herstelverzoek registreren' }).click();
  await expect(herstel.getByText('Het herstelverzoek ligt vóór de ontvangst van het vragenformulier (20 oktober 2026).')).toBeVisible();
  await herstel.getByLabel('Verzonden op').fill('2026-11-16');
  await herstel.getByLabel('Hersteltermijn tot en met').fill('2026-11-28');
  await herstel.getByRole('button', { name: 'Herstelverzoek registreren' }).click();
  await expect(herstel.getByText(/Het einde van de hersteltermijn valt op 28 november 2026, een zaterdag\. Kies een werkdag/)).toBeVisible();
  await expect(herstel.getByLabel('Hersteltermijn tot en met')).toHaveAttribute('aria-invalid', 'true');
  await herstel.screenshot({ path: path.join(shots, 'feiten-hersteltermijn-zaterdag.png') });
  await herstel.getByLabel('Hersteltermijn tot en met').fill('2026-11-30');
  await herstel.getByRole('button', { name: 'Herstelverzoek registreren' }).click();
  await expect(herstel.getByRole('status')).toContainText('Het herstelverzoek is geregistreerd.');
  // Pending on 23 November: 17–30 November suspended (Awb 4:15 lid 1 sub a), 14 days → Monday 14 December.
  await openDossierPagina(page, 'Zienswijze en besluit');
  await expect(termijn.getByText('maandag 14 december 2026', { exact: true })).toBeVisible();

  // Withdrawn: a reason is required, and the beslistermijn returns to 30 November.
  await openDossierPagina(page, 'Vragenformulier en herstel');
  await herstel.getByRole('button', { name: 'Herstelverzoek intrekken' }).click();
  await expect(herstel.getByText(/Weet u zeker dat u het herstelverzoek van 16 november 2026 wilt intrekken\?/)).toBeVisible();
  await herstel.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(herstel.getByText('Vul de reden van het intrekken in.')).toBeVisible();
  await herstel.screenshot({ path: path.join(shots, 'feiten-intrekken-zonder-reden.png') });
  await expectAccessible(page, 'Herstel (intrekken)');
  await herstel.getByLabel('Reden van het intrekken').fill('Per vergissing bij dit dossier geregistreerd.');
  await herstel.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(herstel.getByRole('status').first()).toContainText('Het herstelverzoek van 16 november 2026 is ingetrokken.');
  await expect(herstel.getByText('Nog geen herstelverzoek.')).toBeVisible();
  await openDossierPagina(page, 'Zienswijze en besluit');
  await expect(termijn.getByText('maandag 30 november 2026', { exact: true })).toBeVisible();
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText('Herstelverzoek van 16 november 2026 ingetrokken: Per vergissing bij dit dossier geregistreerd.');
  await page.screenshot({ path: path.join(shots, 'feiten-ingetrokken.png'), fullPage: true });

  // The applicant withdraws the application: when and how are asked, and the timeline says both.
  await openDossierPagina(page, 'Zienswijze en besluit');
  const fase = section(page, 'Fase');
  await fase.getByRole('button', { name: 'Naar: Aanvraag ingetrokken' }).click();
  await expect(fase.getByText('Vul de datum in waarop de aanvraag is ingetrokken.')).toBeVisible();
  await expect(fase.getByText('Kies hoe de aanvraag is ingetrokken.')).toBeVisible();
  await fase.screenshot({ path: path.join(shots, 'feiten-intrekking-aanvraag.png') });
  await fase.getByLabel('Ingetrokken op').fill('2026-11-20');
  await fase.getByLabel('per brief').check();
  await fase.getByRole('button', { name: 'Naar: Aanvraag ingetrokken' }).click();
  await expect(fase.getByRole('status')).toHaveText("Het dossier staat nu in fase 'Aanvraag ingetrokken'.");
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText('Ingetrokken op 20 november 2026, per brief.');
  await expectAccessible(page, 'Dossier (aanvraag ingetrokken)');
});

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test, openDossierPagina } from './support';

/*
 * Issue 18 §2 as a coordinator meets it: an LBB advice recorded by mistake is withdrawn with a reason, after which the
 * beslistermijn is what it was while the advice was awaited; a dossier entered by mistake is removed after its
 * zaaknummer is typed over and a reason given, and is found nowhere after. Empty reasons are refused at their field.
 * Today in the preview is Monday 23 November 2026.
 */

const shots = path.resolve(__dirname, '../../.test-output/screenshots');

function beslisdatum(page: Page): Locator {
  return page.locator('.dossier-summary dt', { hasText: 'Uiterste beslisdatum' }).locator('xpath=following-sibling::dd[1]');
}

test('an LBB advice recorded by mistake is withdrawn, and a dossier entered by mistake is removed', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  mkdirSync(shots, { recursive: true });
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  const aanvrager = 'Eetcafé Vergissing B.V.';
  const zaaknummer = await newHorecaDossier(page, aanvrager, '2026-10-05');

  // The formulier bevindingen eigen onderzoek, so that the advice request can go (art. 7a lid 4 Wet Bibob).
  await openDossierPagina(page, 'Eigen onderzoek');
  const onderzoek = section(page, 'Eigen onderzoek');
  await onderzoek.getByLabel('Betrokkene', { exact: true }).selectOption({ label: aanvrager });
  await onderzoek.getByLabel('Bron', { exact: true }).selectOption({ label: 'KvK / Handelsregister' });
  await onderzoek.getByLabel('Geraadpleegd op').fill('2026-11-10');
  await onderzoek.getByLabel('Bevinding', { exact: true }).fill('Ingeschreven sinds 2019, niets bijzonders.');
  await onderzoek.getByRole('button', { name: 'Notitie vastleggen' }).click();
  await expect(onderzoek.getByRole('status')).toHaveText('De notitie is vastgelegd.');
  await onderzoek.getByLabel('Toelichting op de aanleiding').fill('De herkomst van het vermogen is niet duidelijk.');
  await onderzoek.getByLabel('Het ingevulde vragenformulier met de bijlagen gaat mee (art. 7a lid 4)').check();
  await onderzoek.getByLabel('De financiering is gecontroleerd: elke investering staat tegenover haar herkomst').check();
  await onderzoek.getByRole('button', { name: 'Formulier opslaan' }).click();
  await expect(onderzoek.getByText('Het formulier is compleet')).toBeVisible();

  await openDossierPagina(page, 'Informatieverzoeken');
  const verzoeken = section(page, 'Informatieverzoeken');
  await verzoeken.getByLabel('Aan').selectOption({ label: 'Landelijk Bureau Bibob (adviesaanvraag)' });
  await verzoeken.getByRole('group', { name: 'Over wie' }).getByLabel(aanvrager).check();
  await verzoeken.getByLabel('Vragen').fill('Advies over de mate van gevaar.');
  await verzoeken.getByRole('button', { name: 'Verzoek aanmaken' }).click();
  const lbb = verzoeken.locator('.request').filter({ hasText: 'Landelijk Bureau Bibob' });
  await lbb.getByRole('button', { name: /^Adviesaanvraag verzenden: / }).click();
  await lbb.getByLabel('Aangevraagd op').fill('2026-11-16');
  await lbb.getByRole('button', { name: 'Adviesaanvraag verzenden', exact: true }).click();
  await expect(verzoeken.getByRole('status')).toContainText('De adviesaanvraag is verzonden');
  const awaited = (await beslisdatum(page).innerText()).trim();

  // The advice is recorded as received on 20 November: the suspension of art. 31 ends and the date moves.
  await lbb.getByRole('button', { name: /^Advies vastleggen: / }).click();
  await lbb.getByLabel('Ontvangen op').fill('2026-11-20');
  await lbb.getByLabel('Samenvatting').fill('Ernstig gevaar (art. 3 lid 1 sub a).');
  await lbb.getByRole('button', { name: 'Advies vastleggen', exact: true }).click();
  await expect(verzoeken.getByRole('status')).toHaveText('Het advies is vastgelegd.');
  await expect(beslisdatum(page)).not.toHaveText(awaited);

  // It belonged to another dossier: the receipt is withdrawn, a reason is required.
  await lbb.getByRole('button', { name: 'Ontvangst intrekken' }).click();
  await expect(lbb.getByText(/Weet u zeker dat u de ontvangst van het advies van 20 november 2026 wilt intrekken\?/)).toBeVisible();
  await lbb.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(lbb.getByLabel('Reden van het intrekken')).toHaveAttribute('aria-invalid', 'true');
  await expect(lbb.getByText('Vul de reden van het intrekken in.')).toBeVisible();
  await lbb.screenshot({ path: path.join(shots, 'intrekken-advies-zonder-reden.png') });
  await expectAccessible(page, 'Informatieverzoeken (ontvangst intrekken)');
  await lbb.getByLabel('Reden van het intrekken').fill('Het advies hoorde bij een ander dossier.');
  await lbb.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(verzoeken.getByRole('status')).toHaveText('De ontvangst van het advies is ingetrokken; het advies wordt weer afgewacht.');
  await expect(lbb).toContainText('Verzonden');
  await expect(lbb).toContainText('Advies uiterlijk');
  await expect(lbb).not.toContainText('Ernstig gevaar (art. 3 lid 1 sub a).');
  await expect(beslisdatum(page)).toHaveText(awaited);
  await lbb.screenshot({ path: path.join(shots, 'intrekken-advies-ingetrokken.png') });
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText('Het advies hoorde bij een ander dossier.');

  // The whole dossier was a mistake: removed after the zaaknummer is typed over and a reason given.
  await openDossierPagina(page, 'Tijdlijn en audit');
  const verwijderen = section(page, 'Dossier verwijderen');
  await verwijderen.getByRole('button', { name: 'Dossier verwijderen…' }).click();
  await expect(verwijderen).toContainText(`Weet u zeker dat u dossier ${zaaknummer} (${aanvrager}) wilt verwijderen?`);
  await verwijderen.getByRole('button', { name: 'Ja, dossier definitief verwijderen' }).click();
  await expect(verwijderen.getByLabel('Zaaknummer ter bevestiging')).toHaveAttribute('aria-invalid', 'true');
  await expect(verwijderen.getByLabel('Reden van het verwijderen')).toHaveAttribute('aria-invalid', 'true');
  await expect(verwijderen.getByText('Vul de reden van het verwijderen in.')).toBeVisible();
  await verwijderen.getByLabel('Zaaknummer ter bevestiging').fill('BIBOB-1999-001');
  await verwijderen.getByLabel('Reden van het verwijderen').fill('Per vergissing aangemaakt; de aanvraag hoort bij een ander dossier.');
  await verwijderen.getByRole('button', { name: 'Ja, dossier definitief verwijderen' }).click();
  await expect(verwijderen.getByText(`Typ het zaaknummer van dit dossier (${zaaknummer}) over`)).toBeVisible();
  await verwijderen.screenshot({ path: path.join(shots, 'intrekken-verwijderen-bevestiging.png') });
  await expectAccessible(page, 'Dossier verwijderen (bevestiging)');
  await verwijderen.getByLabel('Zaaknummer ter bevestiging').fill(zaaknummer);
  await verwijderen.getByRole('button', { name: 'Ja, dossier definitief verwijderen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(`Dossier ${zaaknummer} is verwijderd.`);
  await expect(page.getByText(zaaknummer, { exact: true })).toHaveCount(0);
  await page.screenshot({ path: path.join(shots, 'intrekken-dossier-verwijderd.png'), fullPage: true });

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Zoeken', exact: true }).click();
  await page.getByLabel('Zoekterm').fill('Vergissing');
  await page.getByRole('main').getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(page.getByText('Niets gevonden.')).toBeVisible();
});

test('a research note and a finding are corrected with a reason, and withdrawn with a reason', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  mkdirSync(shots, { recursive: true });
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  const aanvrager = 'Eetcafé Correctie B.V.';
  await newHorecaDossier(page, aanvrager, '2026-10-05');

  await openDossierPagina(page, 'Eigen onderzoek');
  const onderzoek = section(page, 'Eigen onderzoek');
  await onderzoek.getByLabel('Betrokkene', { exact: true }).selectOption({ label: aanvrager });
  await onderzoek.getByLabel('Geraadpleegd op').fill('2026-11-10');
  await onderzoek.getByLabel('Bevinding', { exact: true }).fill('Bestuurder P. de Vreis.');
  await onderzoek.getByRole('button', { name: 'Notitie vastleggen' }).click();
  await expect(onderzoek.getByRole('status')).toHaveText('De notitie is vastgelegd.');

  // Corrected: the reason is required, the table shows the new text, the timeline says what changed.
  await onderzoek.getByRole('button', { name: /^Notitie corrigeren of intrekken: / }).click();
  const correctie = onderzoek.getByRole('group', { name: /^Notitie corrigeren: / });
  await correctie.getByLabel('Bevinding', { exact: true }).fill('Bestuurder P. de Vries.');
  await correctie.getByRole('button', { name: 'Correctie vastleggen' }).click();
  await expect(correctie.getByLabel('Reden van de correctie')).toHaveAttribute('aria-invalid', 'true');
  await expect(correctie.getByText('Vul de reden van de correctie in.')).toBeVisible();
  await correctie.screenshot({ path: path.join(shots, 'intrekken-notitie-correctie-zonder-reden.png') });
  await expectAccessible(page, 'Eigen onderzoek (notitie corrigeren)');
  await correctie.getByLabel('Reden van de correctie').fill('Tikfout in de naam.');
  await correctie.getByRole('button', { name: 'Correctie vastleggen' }).click();
  await expect(onderzoek.getByRole('status')).toHaveText('De notitie is gecorrigeerd.');
  const notities = onderzoek.getByRole('table', { name: 'Onderzoeksnotities' });
  await expect(notities).toContainText('Bestuurder P. de Vries.');
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText('gecorrigeerd: de bevinding. Reden: Tikfout in de naam.');

  // Withdrawn: gone from the table, in the timeline with its reason.
  await openDossierPagina(page, 'Eigen onderzoek');
  await onderzoek.getByRole('button', { name: /^Notitie corrigeren of intrekken: / }).click();
  await onderzoek.getByRole('button', { name: 'Notitie intrekken' }).click();
  await onderzoek.getByLabel('Reden van het intrekken').fill('Hoort bij een ander dossier.');
  await onderzoek.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(onderzoek.getByRole('status')).toHaveText('De notitie is ingetrokken.');
  await expect(onderzoek.getByRole('table', { name: 'Onderzoeksnotities' })).toHaveCount(0);
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText('ingetrokken: Hoort bij een ander dossier.');

  // A finding of the assessment: corrected with a reason (a date in the future refused at its field), then withdrawn.
  await openDossierPagina(page, 'Beoordeling');
  const beoordeling = section(page, 'Beoordeling');
  await beoordeling.getByLabel('Soort bevinding').first().selectOption({ label: 'Ander feit of andere omstandigheid' });
  await beoordeling.getByLabel('Omschrijving van de bevinding').fill('Krantenbericht over een ander bedrijf.');
  await beoordeling.getByLabel('Bron van de bevinding').fill('Media');
  await beoordeling.getByLabel('Datum van het feit of de uitspraak').fill('2026-10-01');
  await beoordeling.getByRole('button', { name: 'Bevinding toevoegen' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De bevinding is toegevoegd.');
  await beoordeling.getByRole('button', { name: 'Bevinding corrigeren of intrekken: Krantenbericht over een ander bedrijf.' }).click();
  await beoordeling.getByLabel('Datum van het feit of de uitspraak').first().fill('2026-12-01');
  await beoordeling.getByLabel('Reden van de correctie').fill('Datum verkeerd overgenomen.');
  await beoordeling.getByRole('button', { name: 'Correctie vastleggen: Krantenbericht over een ander bedrijf.' }).click();
  await expect(beoordeling.getByText(/De datum van de bevinding ligt na vandaag/)).toBeVisible();
  await beoordeling.getByLabel('Datum van het feit of de uitspraak').first().fill('2026-09-30');
  await beoordeling.getByRole('button', { name: 'Correctie vastleggen: Krantenbericht over een ander bedrijf.' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De bevinding is gecorrigeerd.');
  await expect(beoordeling).toContainText('30 september 2026');
  await beoordeling.getByRole('button', { name: 'Bevinding corrigeren of intrekken: Krantenbericht over een ander bedrijf.' }).click();
  await beoordeling.getByRole('button', { name: 'Bevinding intrekken' }).click();
  await beoordeling.getByLabel('Reden van het intrekken').fill('Ging over een ander bedrijf.');
  await beoordeling.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De bevinding is ingetrokken.');
  await expect(beoordeling.getByText('Nog geen bevindingen.')).toBeVisible();
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText('Bevinding "Krantenbericht over een ander bedrijf." (Ander feit of andere omstandigheid) ingetrokken: Ging over een ander bedrijf.');
  await page.screenshot({ path: path.join(shots, 'intrekken-bevinding-ingetrokken.png'), fullPage: true });
});

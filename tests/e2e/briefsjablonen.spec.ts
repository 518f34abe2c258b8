import { confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test, openDossierPagina } from './support';

/* The letter templates in the settings (issue 12): errors at their place while typing, a live preview, a new version on saving, and a letter made from it. */

test('a template error is shown with its line and column, the preview follows the text, and a saved version makes the next letter', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen', exact: true }).click();

  // The house style: an SVG logo is drawn to a PNG in the renderer and shown as it will appear; a script in it is refused by main.
  const briefhoofd = page.getByRole('region', { name: 'Briefhoofd' });
  await briefhoofd.getByLabel('Gemeente', { exact: true }).fill('Gemeente Proefstad');
  await briefhoofd.getByLabel('Adres (een regel per regel)').fill('Postbus 1\n1234 AB Proefstad');
  await briefhoofd.getByLabel('Ondertekenaar', { exact: true }).fill('J. de Burgemeester');
  await briefhoofd.getByLabel('Functie van de ondertekenaar').fill('de burgemeester van Proefstad');
  await briefhoofd.getByLabel('Contact voor de ontvanger').fill('14 071');
  const svg = (extra: string) => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"${extra}><rect width="300" height="100" fill="#00689e"/></svg>`);
  await briefhoofd.getByLabel('Logo (PNG of SVG)').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: svg(' onload="alert(1)"') });
  await expect(briefhoofd.getByRole('img', { name: 'Het logo zoals het in de brief komt' })).toBeVisible();
  await briefhoofd.getByRole('button', { name: 'Briefhoofd opslaan' }).click();
  await expect(briefhoofd.getByRole('alert')).toContainText('gebeurtenissen');
  await briefhoofd.getByLabel('Logo (PNG of SVG)').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: svg('') });
  await briefhoofd.getByLabel('Lettertype').selectOption('Georgia');
  await briefhoofd.getByLabel('Opbouw van het kenmerk').fill('{zaaknummer}/{brief}');
  await briefhoofd.getByRole('button', { name: 'Briefhoofd opslaan' }).click();
  await expect(briefhoofd.getByRole('status')).toHaveText('Het briefhoofd is opgeslagen.');
  await expect(briefhoofd.getByRole('img', { name: 'Het logo zoals het in de brief komt' })).toBeVisible();
  await expectAccessible(page, 'Instellingen (briefhoofd met logo)');

  const sjablonen = page.getByRole('region', { name: 'Briefsjablonen' });
  await sjablonen.getByLabel('Brief', { exact: true }).selectOption({ label: 'Dossiersamenvatting (één pagina) (standaard)' });
  const tekst = sjablonen.getByLabel('Tekst van het sjabloon');
  await tekst.fill('Samenvatting voor {aanvrager.nam}\n\n# Stand\n- Fase: {fase}');
  await expect(sjablonen.locator('.template-errors')).toContainText('Tekst, regel 1, kolom 19: Onbekend veld {aanvrager.nam}. Bedoelt u {aanvrager.naam}?');
  await sjablonen.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
  await expect(tekst).toHaveAttribute('aria-invalid', 'true');
  await expect(tekst).toHaveAccessibleDescription(/regel 1, kolom 19: Onbekend veld/);
  await expectAccessible(page, 'Instellingen (briefsjablonen met fout)');

  await tekst.fill('Samenvatting voor {aanvrager.naam} (EIGEN TEKST)\n\n# Stand\n- Fase: {fase}');
  await expect(sjablonen.locator('.template-errors')).toHaveText('Het sjabloon bevat geen fouten.');
  const voorbeeld = sjablonen.getByRole('region', { name: 'Voorbeeld' });
  await expect(voorbeeld).toContainText('Samenvatting voor [aanvrager.naam] (EIGEN TEKST)');
  await expect(voorbeeld.getByRole('heading', { name: 'Stand' })).toBeVisible();
  await sjablonen.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
  await expect(sjablonen.getByRole('status')).toHaveText('Versie 1 van het sjabloon "Dossiersamenvatting (één pagina)" is opgeslagen. Nieuwe brieven gebruiken deze versie.');
  await expect(sjablonen).toContainText('Versie 1 —');

  await newHorecaDossier(page, 'Eetcafé Sjabloon B.V.', '2026-11-02');
  await openDossierPagina(page, 'Brieven');
  const brieven = section(page, 'Brieven');
  await brieven.getByLabel('Soort brief').selectOption({ label: 'Dossiersamenvatting (één pagina)' });
  await brieven.getByRole('button', { name: 'Brief maken' }).click();
  await expect(brieven.getByRole('status')).toContainText('is gemaakt en bewaard in de kluis.');
  await expect(brieven).toContainText('sjabloon versie 1');
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText('(sjabloon versie 1)');
});

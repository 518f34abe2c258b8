import { confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test } from './support';

/* The letter templates in the settings (issue 12): errors at their place while typing, a live preview, a new version on saving, and a letter made from it. */

test('a template error is shown with its line and column, the preview follows the text, and a saved version makes the next letter', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen', exact: true }).click();
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
  const brieven = section(page, 'Brieven');
  await brieven.getByLabel('Soort brief').selectOption({ label: 'Dossiersamenvatting (één pagina)' });
  await brieven.getByRole('button', { name: 'Brief maken' }).click();
  await expect(brieven.getByRole('status')).toContainText('is gemaakt en bewaard in de kluis.');
  await expect(brieven).toContainText('sjabloon versie 1');
  await expect(section(page, 'Tijdlijn')).toContainText('(sjabloon versie 1)');
});

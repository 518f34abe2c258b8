import { confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, openDossierPagina, section, test } from './support';

/*
 * Issue 23 §1: an own voorschrift for the library needs no technical id. The coordinator writes its text, its aim and
 * where it applies; the list names each voorschrift by its text, and the assessment offers it by its text.
 */

test('an own voorschrift is added with its text only, listed by its text and offered by its text in the assessment', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen', exact: true }).click();
  const bibliotheek = section(page, 'Voorschriften');
  await expect(bibliotheek.getByLabel(/id\)?$/i)).toHaveCount(0);
  await expect(bibliotheek.getByText('girale-betalingen')).toHaveCount(0);

  const tekst = 'De vergunninghouder houdt cameratoezicht bij de ingang en bewaart de beelden vier weken.';
  await bibliotheek.getByRole('button', { name: 'Voorschrift toevoegen' }).click();
  await expect(bibliotheek.getByText('Vul de tekst van het voorschrift in (art. 3 lid 7 Wet Bibob).')).toBeVisible();
  await bibliotheek.getByLabel('Tekst van het voorschrift').fill(tekst);
  await bibliotheek.getByLabel('Welk gevaar neemt het weg of beperkt het (art. 3 lid 7)').fill('Beperkt het gevaar van drugshandel aan de deur (art. 3 lid 1 sub b).');
  await bibliotheek.getByRole('button', { name: 'Voorschrift toevoegen' }).click();
  await expect(bibliotheek.getByRole('status')).toHaveText('Het voorschrift is toegevoegd aan de bibliotheek.');
  const entry = bibliotheek.getByRole('listitem').filter({ hasText: tekst });
  await expect(entry.getByText(tekst, { exact: true })).toBeVisible();
  await expect(entry).toContainText('Eigen voorschrift; voor Horeca');

  // The same text twice is refused at the text field.
  await bibliotheek.getByLabel('Tekst van het voorschrift').fill(tekst);
  await bibliotheek.getByLabel('Welk gevaar neemt het weg of beperkt het (art. 3 lid 7)').fill('Nogmaals.');
  await bibliotheek.getByRole('button', { name: 'Voorschrift toevoegen' }).click();
  await expect(bibliotheek.getByLabel('Tekst van het voorschrift')).toHaveAttribute('aria-invalid', 'true');
  await expect(bibliotheek.getByText('Dit voorschrift staat al met dezelfde tekst in de bibliotheek.')).toBeVisible();
  await bibliotheek.screenshot({ path: '/tmp/shots/formulieren-voorschriften.png' });
  await expectAccessible(page, 'Instellingen → Voorschriften');

  await newHorecaDossier(page, 'Café De Camera', '2026-11-02');
  await openDossierPagina(page, 'Beoordeling');
  const keuze = section(page, 'Beoordeling').getByLabel('Voorschrift uit de bibliotheek');
  await expect(keuze.locator('option', { hasText: 'De vergunninghouder houdt cameratoezicht bij de ingang' })).toHaveCount(1);
});

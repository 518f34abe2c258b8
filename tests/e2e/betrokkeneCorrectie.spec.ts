import { addPerson, confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test, openDossierPagina } from './support';

/* Issue 18 §2: a typo in the aanvrager's name, corrected via "Gegevens corrigeren" with a reason; the overview follows. */

test('corrects a typo in the aanvrager name with a reason and the overview shows the new name', async ({ page, preview, cspViolations }) => {
  test.setTimeout(120_000);
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  const zaaknummer = await newHorecaDossier(page, 'Cafe De Hvaen B.V.', '2026-10-05');
  await openDossierPagina(page, 'Intake en betrokkenen');
  const betrokkenen = section(page, 'Betrokkenen');
  await betrokkenen.getByRole('button', { name: 'Gegevens corrigeren: Cafe De Hvaen B.V.' }).click();
  const naam = betrokkenen.getByLabel('Naam', { exact: true }).first();
  await expect(naam).toHaveValue('Cafe De Hvaen B.V.');
  await naam.fill('Café De Haven B.V.');
  // Without a reason the service refuses, and the message stands at the field.
  await betrokkenen.getByRole('button', { name: 'Correctie opslaan' }).click();
  await expect(betrokkenen.getByText('Vul de reden van de correctie in.').first()).toBeVisible();
  await betrokkenen.locator('form').filter({ has: page.getByLabel('Reden van de correctie') }).screenshot({ path: '/tmp/shots/betrokkene-correctie.png' });
  await expectAccessible(page, 'Gegevens corrigeren');
  await betrokkenen.getByLabel('Reden van de correctie').fill('Typefout in de naam bij de intake.');
  await betrokkenen.getByRole('button', { name: 'Correctie opslaan' }).click();
  await expect(betrokkenen.getByRole('status').first()).toContainText('De gegevens van Café De Haven B.V. zijn gecorrigeerd.');

  // A relation recorded by mistake is removed with a reason, after confirmation.
  await addPerson(page, 'P. Pieters', 'Bestuurder');
  const relaties = section(page, 'Relaties');
  await relaties.getByLabel('Wie', { exact: true }).selectOption({ label: 'P. Pieters' });
  await relaties.getByLabel('Soort relatie').selectOption({ index: 1 });
  await relaties.getByLabel('Met wie', { exact: true }).selectOption({ label: 'Café De Haven B.V.' });
  await relaties.getByRole('button', { name: 'Relatie vastleggen' }).click();
  await expect(relaties.getByRole('status').first()).toContainText('De relatie is vastgelegd.');
  await relaties.getByRole('button', { name: /^Relatie verwijderen: P\. Pieters/ }).click();
  await relaties.getByLabel('Reden van het verwijderen').fill('Bij de verkeerde betrokkene vastgelegd.');
  await relaties.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(relaties.getByText('Nog geen relaties vastgelegd.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Dossiers', exact: true }).click();
  const row = page.getByRole('table', { name: 'Alle dossiers' }).getByRole('row').filter({ hasText: zaaknummer });
  await expect(row).toContainText('Café De Haven B.V.');
});

test('a new dossier for a company already in the vault offers the existing betrokkene', async ({ page, preview, cspViolations }) => {
  test.setTimeout(120_000);
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  const nieuw = async (naam: string) => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Dossiers', exact: true }).click();
    await page.getByRole('button', { name: 'Nieuw dossier' }).click();
    await page.getByLabel('Horeca (Alcoholwet- of exploitatievergunning)').check();
    await page.getByLabel('Naam aanvrager').fill(naam);
    await page.getByLabel('KvK-nummer aanvrager').fill('12345678');
    await page.getByLabel('Postadres aanvrager').fill('Markt 1, 3511 AA Utrecht');
    await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  };
  await nieuw('Café De Haven B.V.');
  await expect(page.getByRole('status')).toContainText('is aangemaakt');
  await nieuw('Cafe de Haven');
  await expect(page.getByText('Er is al een betrokkene met dit KvK-nummer: Café De Haven B.V.').first()).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/betrokkene-nieuw-dossier-kvk.png', fullPage: true });
  await expectAccessible(page, 'Nieuw dossier met bestaand KvK-nummer');
  await page.getByRole('button', { name: 'Bestaande betrokkene gebruiken: Café De Haven B.V.' }).click();
  await expect(page.getByRole('status')).toContainText('is aangemaakt');
  await expect(page.getByRole('table', { name: 'Alle dossiers' }).getByRole('row').filter({ hasText: 'Café De Haven B.V.' })).toHaveCount(2);
});

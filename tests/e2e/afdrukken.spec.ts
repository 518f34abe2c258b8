import { confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test } from './support';

const GEEN_PRINTER = 'Afdrukken kan alleen in de desktop-app van Bibob Werkbank. In deze voorbeeldversie is er geen printer.';

test('the preview has no printer: the recovery key and the dossier summary say so in Dutch beside their button', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await createVault(page, preview.url);
  await page.getByRole('button', { name: 'Herstelsleutel afdrukken' }).click();
  await expect(page.getByRole('alert')).toHaveText(GEEN_PRINTER);
  await expectAccessible(page, 'Uw herstelsleutel (afdrukken in de preview)');
  await confirmRecoveryKey(page);

  await newHorecaDossier(page, 'Café Afdruk B.V.', '2026-10-05');
  const gegevens = section(page, 'Gegevens');
  await gegevens.getByRole('button', { name: 'Samenvatting afdrukken' }).click();
  await expect(gegevens.getByRole('alert')).toHaveText(GEEN_PRINTER);
  await expectAccessible(page, 'Dossier (afdrukken in de preview)');
});

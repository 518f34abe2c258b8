import { dossierSamenvattingHtml, herstelsleutelHtml } from '../../main/letters/afdrukHtml';
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

/* The pages the desktop app sends to the printer, laid out by the same engine: what a sheet of paper shows. */
test('the printed pages, laid out by Chromium: the recovery key with its instructions, the summary with its escaped data and betrokkenen', async ({ page }) => {
  const key = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-PQRS-TVWX';
  await page.setContent(herstelsleutelHtml(key));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Herstelsleutel van de kluis van Bibob Werkbank');
  await expect(page.getByText(key, { exact: true })).toBeVisible();
  await expect(page.getByRole('list')).toContainText('niet bij de computer');
  await page.setContent(
    dossierSamenvattingHtml({
      zaaknummer: 'BIBOB-2027-001',
      gegevens: [{ label: 'Aanvrager', waarde: 'Bar <Vet> & "Co"' }],
      betrokkenen: [{ naam: 'J. <script>Jansen</script>', soort: 'Natuurlijk persoon', rollen: 'Bestuurder' }],
      afgedruktOp: '1 februari 2027',
    }),
  );
  await expect(page.getByRole('definition')).toHaveText('Bar <Vet> & "Co"');
  await expect(page.getByRole('cell', { name: 'J. <script>Jansen</script>' })).toBeVisible();
  expect(await page.locator('script').count()).toBe(0);
  await page.emulateMedia({ media: 'print' });
  expect((await page.pdf({ format: 'A4' })).subarray(0, 5).toString()).toBe('%PDF-');
});

import { confirmRecoveryKey, createVault, expect, expectAccessible, test } from './support';

test('the municipality sets its zaaknummer prefix and its APV terms; new dossiers and deadlines follow', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Zaaknummers en termijnen' })).toBeVisible();
  // The decreed days of 2026–2028 are there as data to correct, not as a rule.
  await expect(page.getByLabel(/gelijkgesteld zijn aan feestdagen/)).toHaveValue(/2027-05-07/);

  await page.getByLabel('Voorvoegsel zaaknummer').fill('12');
  await page.getByRole('button', { name: 'Zaaknummers en termijnen opslaan' }).click();
  await expect(page.getByText('Een voorvoegsel bestaat uit 1 tot 12 letters en cijfers en begint met een letter.')).toBeVisible();
  await expectAccessible(page, 'Instellingen (fout in zaaknummers en termijnen)');

  await page.getByLabel('Voorvoegsel zaaknummer').fill('LEI');
  await page.getByLabel('Beslistermijn volgens de APV (weken)').fill('6');
  await page.getByRole('button', { name: 'Zaaknummers en termijnen opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('Opgeslagen.');
  await expectAccessible(page, 'Instellingen');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Dossiers', exact: true }).click();
  await page.getByRole('button', { name: 'Nieuw dossier' }).click();
  await page.getByLabel('Horeca (Alcoholwet- of exploitatievergunning)').check();
  await page.getByLabel('Soort besluit').selectOption({ label: 'Exploitatievergunning of andere APV-vergunning voor een inrichting of bedrijf' });
  await page.getByLabel('Datum ontvangst aanvraag').fill('2027-01-04');
  await page.getByLabel('Naam aanvrager').fill('Snackbar Proef B.V.');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  await expect(page.getByRole('status')).toContainText(/Dossier LEI-\d{4}-001 is aangemaakt\./);
  // 6 weeks after 4 January 2027 = Monday 15 February 2027 (the APV term as set).
  await expect(page.getByRole('row', { name: /LEI-\d{4}-001/ })).toContainText('15 februari 2027');
});

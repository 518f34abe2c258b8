import { confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, test } from './support';

/*
 * Issue 23 §1: the overview keeps "Nieuw dossier" and the list of dossiers above the fold at 1280×800; the dashboard
 * (Stand van zaken) follows under the list.
 */

test('at 1280×800 "Nieuw dossier" and the first dossier of the list are above the fold, the dashboard under the list', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await page.setViewportSize({ width: 1280, height: 800 });
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await newHorecaDossier(page, 'Café Boven De Vouw', '2026-11-02');
  await newHorecaDossier(page, 'Eetcafé Tweede Rij', '2026-11-03');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Dossiers', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));

  const nieuw = page.getByRole('button', { name: 'Nieuw dossier' });
  const firstRow = page.getByRole('table', { name: 'Alle dossiers' }).getByRole('row').nth(1);
  await expect(firstRow).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/formulieren-overzicht.png' });
  for (const element of [nieuw, firstRow]) {
    const box = (await element.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(800);
  }
  // The dashboard is still there, under the list.
  const stand = page.getByRole('region', { name: 'Stand van zaken' });
  await expect(stand.getByRole('heading', { name: 'Dossiers per fase' })).toBeVisible();
  expect((await stand.boundingBox())!.y).toBeGreaterThan((await firstRow.boundingBox())!.y);
  await expectAccessible(page, 'Dossiers (lijst boven de vouw)');
});

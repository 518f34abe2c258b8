import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { confirmRecoveryKey, createVault, expect, expectAccessible, section, test, openDossierPagina } from './support';

/*
 * Issue 19 item 10 as a coordinator meets it: an Alcoholwet licence for a paracommerciële rechtspersoon is prepared
 * with the uniforme openbare voorbereidingsprocedure (Alcoholwet art. 6 → Awb afd. 3.4). The new-dossier form offers
 * that kind and says what it means; the dossier shows six months to decide (Awb 3:18 lid 1) and, at the decision,
 * direct beroep instead of bezwaar (Awb 7:1 lid 1 onder d, 6:8 lid 4). Today in the preview is Monday 23 November 2026.
 */

const shots = path.resolve(__dirname, '../../.test-output/screenshots');

test('a paracommercieel Alcoholwet licence shows six months and a beroep clause', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  mkdirSync(shots, { recursive: true });
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);

  await page.getByRole('button', { name: 'Nieuw dossier' }).click();
  await page.getByLabel('Horeca (Alcoholwet- of exploitatievergunning)').check();
  const soort = page.getByLabel('Soort besluit');
  await soort.selectOption({ label: 'Alcoholwetvergunning voor een paracommerciële rechtspersoon (uniforme openbare voorbereidingsprocedure)' });
  await expect(page.getByText(/beslistermijn zes maanden na ontvangst \(art\. 3:18 lid 1 Awb\); geen bezwaar maar rechtstreeks beroep/)).toBeVisible();
  // Received Monday 5 October 2026; 5 Oct → 5 Apr is 182 days = 26 weeks, so Monday 5 April 2027 (not a holiday:
  // Easter 2027 falls on 28 March).
  await page.getByLabel('Datum ontvangst aanvraag').fill('2026-10-05');
  await page.getByLabel('Naam aanvrager').fill('Sportvereniging De Bal');
  await page.screenshot({ path: path.join(shots, 'paracommercieel-nieuw-dossier.png'), fullPage: true });
  await expectAccessible(page, 'Nieuw dossier (paracommercieel)');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  const zaaknummer = /Dossier (\S+) is aangemaakt\./.exec(await page.getByRole('status').innerText())![1]!;
  await page.getByRole('table', { name: 'Alle dossiers' }).getByRole('button', { name: zaaknummer, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dossier ${zaaknummer}` })).toBeFocused();

  await openDossierPagina(page, 'Zienswijze en besluit');
  const termijn = section(page, 'Beslistermijn');
  await expect(termijn.getByText('maandag 5 april 2027', { exact: true })).toBeVisible();
  await expect(termijn).toContainText('art. 3:18 lid 1 Awb');

  const besluit = section(page, 'Zienswijze en besluit');
  await expect(besluit).toContainText('geen bezwaar, maar rechtstreeks beroep bij de rechtbank binnen zes weken na de terinzagelegging (art. 7:1 lid 1 onder d en 6:8 lid 4 Awb)');
  await expect(besluit.getByLabel('Bezwaar ingediend', { exact: true })).toHaveCount(0);
  await expect(besluit.getByLabel('Beroep ingediend', { exact: true })).toBeVisible();
  await termijn.screenshot({ path: path.join(shots, 'paracommercieel-beslistermijn.png') });
  await besluit.getByRole('heading', { name: 'Besluit', exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'paracommercieel-besluit.png') });
  await expectAccessible(page, 'Dossier (paracommercieel)');
});

import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { addPerson, confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test, openDossierPagina } from './support';

const shots = path.resolve(__dirname, '../../.test-output/screenshots');

async function addCompany(page: Page, naam: string, rol: string, aandeel?: string): Promise<void> {
  await openDossierPagina(page, 'Intake en betrokkenen');
  const betrokkenen = section(page, 'Betrokkenen');
  await betrokkenen.getByLabel('Rechtspersoon', { exact: true }).check();
  await betrokkenen.getByLabel('Naam', { exact: true }).fill(naam);
  await betrokkenen.getByLabel('Rol', { exact: true }).selectOption({ label: rol });
  if (aandeel) await betrokkenen.getByLabel('Aandeel (%)').fill(aandeel);
  await betrokkenen.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
  await expect(betrokkenen.getByRole('status')).toContainText(`${naam} is toegevoegd`);
}

async function relate(page: Page, wie: string, soort: string, metWie: string, percentage?: string): Promise<void> {
  const relaties = section(page, 'Relaties');
  await relaties.getByLabel('Wie', { exact: true }).selectOption({ label: wie });
  await relaties.getByLabel('Soort relatie').selectOption({ label: soort });
  await relaties.getByLabel('Met wie', { exact: true }).selectOption({ label: metWie });
  if (percentage) await relaties.getByLabel('Percentage (optioneel)').fill(percentage);
  await relaties.getByRole('button', { name: 'Relatie vastleggen' }).click();
  await expect(relaties.getByRole('status').first()).toContainText('De relatie is vastgelegd.');
}

/** A finding about a betrokkene in the dossier's beoordeling, restricted by its source or not. */
async function addFinding(page: Page, over: string, omschrijving: string, bron: string, nietAanBetrokkene: boolean): Promise<void> {
  await openDossierPagina(page, 'Beoordeling');
  const beoordeling = section(page, 'Beoordeling');
  await beoordeling.getByLabel('Over', { exact: true }).selectOption({ label: over });
  await beoordeling.getByLabel('Soort bevinding').selectOption({ index: 0 });
  await beoordeling.getByLabel('Omschrijving van de bevinding').fill(omschrijving);
  await beoordeling.getByLabel('Bron van de bevinding').fill(bron);
  await beoordeling.getByLabel('Datum van het feit of de uitspraak').fill('2026-10-01');
  await beoordeling.getByLabel('Ernst', { exact: true }).selectOption({ label: 'Zwaar' });
  if (nietAanBetrokkene) await beoordeling.getByLabel('Niet aan betrokkene verstrekken zonder toestemming van de bron').check();
  await beoordeling.getByRole('button', { name: 'Bevinding toevoegen' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De bevinding is toegevoegd.');
}

/** Rows of a table without its header row. */
async function bodyRows(page: Page, name: string): Promise<number> {
  return page.getByRole('table', { name, exact: true }).locator('tbody tr').count();
}

test('three companies and four persons: the drawing matches its tables, a row opens the betrokkene page, the PNG is exported', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  const zaaknummer = await newHorecaDossier(page, 'Café De Gracht B.V.', '2026-11-02');

  await addCompany(page, 'Gracht Holding B.V.', 'Aandeelhouder', '60');
  await addCompany(page, 'Vastgoed Oost B.V.', 'Verhuurder of eigenaar van het pand');
  await addPerson(page, 'Anna de Vries', 'Aandeelhouder');
  await addPerson(page, 'Bram Yılmaz', 'Bestuurder');
  await addPerson(page, 'Cor Jansen', 'Vermogensverschaffer of geldverstrekker');
  await addPerson(page, 'Dirk Mol', 'Ander zakelijk samenwerkingsverband');

  await relate(page, 'Gracht Holding B.V.', 'Is aandeelhouder van', 'Café De Gracht B.V.', '60');
  await relate(page, 'Anna de Vries', 'Is aandeelhouder van', 'Café De Gracht B.V.', '40');
  await relate(page, 'Bram Yılmaz', 'Is bestuurder van', 'Café De Gracht B.V.');
  await relate(page, 'Bram Yılmaz', 'Is UBO van', 'Gracht Holding B.V.', '100');
  await relate(page, 'Vastgoed Oost B.V.', 'Verhuurt aan', 'Café De Gracht B.V.');
  await relate(page, 'Cor Jansen', 'Financiert', 'Gracht Holding B.V.');
  await relate(page, 'Dirk Mol', 'Heeft een zakelijk samenwerkingsverband met', 'Bram Yılmaz');

  await addFinding(page, 'Bram Yılmaz', 'Lopend onderzoek naar witwassen via de holding.', 'RIEC', true);
  await addFinding(page, 'Bram Yılmaz', 'Veroordeeld wegens heling.', 'Justitiële documentatie', false);

  // From the dossier's relations to the drawing of its network.
  await openDossierPagina(page, 'Intake en betrokkenen');
  await section(page, 'Relaties').getByRole('button', { name: 'Netwerk tonen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Netwerk van betrokkenen' })).toBeFocused();
  await expect(page.getByText(`Rond de betrokkenen van dossier ${zaaknummer}`)).toBeVisible();
  const tekening = page.getByTestId('netwerk-tekening');
  await expect(tekening.locator('canvas').first()).toBeAttached();
  await expect(tekening).toHaveAttribute('data-knopen', '7');
  // What cytoscape drew equals what the tables list: 3 companies + 4 persons, 7 relations.
  expect(await bodyRows(page, 'Betrokkenen in het netwerk')).toBe(Number(await tekening.getAttribute('data-knopen')));
  expect(await bodyRows(page, 'Relaties in het netwerk')).toBe(Number(await tekening.getAttribute('data-lijnen')));
  expect(await bodyRows(page, 'Relaties in het netwerk')).toBe(7);
  await expect(tekening).toHaveAttribute('aria-label', /met 7 betrokkenen en 7 relaties/);
  const relaties = page.getByRole('table', { name: 'Relaties in het netwerk', exact: true });
  await expect(relaties.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Gracht Holding B.V.' }) })).toContainText('60%');
  await expect(relaties.getByRole('row').filter({ hasText: 'Dirk Mol' })).toContainText('zakelijk samenwerkingsverband (art. 3 lid 4 sub c Wet Bibob)');
  await expect(page.getByRole('table', { name: 'Betrokkenen in het netwerk', exact: true }).getByRole('row').filter({ hasText: 'Vastgoed Oost B.V.' })).toContainText('Rechtspersoon');
  // The cytoscape stylesheet was reserved, so cytoscape put no <style> of its own in the page.
  expect(await page.evaluate(() => document.getElementById('__________cytoscape_stylesheet')?.tagName)).toBe('META');
  expect(await page.locator('head style').count()).toBe(0);
  await expectAccessible(page, 'Netwerk van betrokkenen');
  await page.screenshot({ path: path.join(shots, 'netwerk-tekening.png'), fullPage: true });

  // The drawing as PNG, in the preview's export folder.
  await page.getByRole('button', { name: 'Tekening exporteren (PNG)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De tekening is als PNG-bestand opgeslagen.' })).toBeVisible();
  const pngs = readdirSync(preview.exportFolder).filter((name) => name.endsWith('.png'));
  expect(pngs).toHaveLength(1);
  expect(pngs[0]).toContain(`Netwerk ${zaaknummer}`);
  // Kept beside the screenshots, to look at.
  copyFileSync(path.join(preview.exportFolder, pngs[0]!), path.join(shots, 'netwerk-export.png'));
  expect(readFileSync(path.join(preview.exportFolder, pngs[0]!)).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

  // By keyboard: Enter on a row's name opens the page of that betrokkene.
  await page.getByRole('table', { name: 'Betrokkenen in het netwerk', exact: true }).getByRole('button', { name: 'Bram Yılmaz' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Betrokkene Bram Yılmaz' })).toBeFocused();
  const rollen = page.getByRole('table', { name: 'Rollen in dossiers', exact: true });
  await expect(rollen.getByRole('row').filter({ hasText: zaaknummer })).toContainText('Bestuurder');
  const eigenRelaties = page.getByRole('table', { name: 'Relaties', exact: true });
  await expect(eigenRelaties.locator('tbody tr')).toHaveCount(3);
  await expect(eigenRelaties).toContainText('Bram Yılmaz is UBO van Gracht Holding B.V. (100%)');
  await expect(eigenRelaties).toContainText('Dirk Mol heeft een zakelijk samenwerkingsverband met Bram Yılmaz');
  // Both findings about him, the restricted one marked by its restriction.
  const bevindingen = page.getByRole('table', { name: 'Bevindingen', exact: true });
  await expect(bevindingen.locator('tbody tr')).toHaveCount(2);
  await expect(bevindingen.getByRole('row').filter({ hasText: 'RIEC' })).toContainText('Let op, gebruiksbeperking: Niet aan betrokkene verstrekken zonder toestemming van de bron');
  await expect(bevindingen.getByRole('row').filter({ hasText: 'Justitiële documentatie' })).not.toContainText('gebruiksbeperking');
  const audit = page.getByRole('table', { name: 'Audittrail over deze betrokkene', exact: true });
  await expect(audit).toContainText('voegde een betrokkene toe.');
  await expect(audit).toContainText('legde een relatie vast.');
  await expectAccessible(page, 'Betrokkene');
  await page.screenshot({ path: path.join(shots, 'betrokkene-pagina.png'), fullPage: true });

  // A click on a row's name (here: of a relation) opens the other betrokkene; its dossier link opens the dossier.
  await eigenRelaties.getByRole('button', { name: 'Gracht Holding B.V.' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Betrokkene Gracht Holding B.V.' })).toBeFocused();
  await expect(page.getByRole('table', { name: 'Rollen in dossiers', exact: true })).toContainText('Aandeelhouder (60%)');
  await page.getByRole('button', { name: 'Netwerk rond deze betrokkene' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Netwerk van betrokkenen' })).toBeFocused();
  await expect(page.getByTestId('netwerk-tekening')).toHaveAttribute('data-knopen', '7');

  // From search ("yilmaz" finds Yılmaz) to the page of the betrokkene.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Zoeken', exact: true }).click();
  await page.getByLabel('Zoekterm').fill('yilmaz');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).last().click();
  await page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('button', { name: 'Bram Yılmaz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Betrokkene Bram Yılmaz' })).toBeFocused();

  // From the dossier's betrokkenen, and the whole vault's network from the main menu.
  await page.getByRole('table', { name: 'Rollen in dossiers', exact: true }).getByRole('button', { name: zaaknummer }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dossier ${zaaknummer}` })).toBeFocused();
  await page.getByRole('table', { name: 'Betrokkenen' }).getByRole('button', { name: 'Anna de Vries', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Betrokkene Anna de Vries' })).toBeFocused();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Netwerk', exact: true }).click();
  await expect(page.getByText('Alle betrokkenen met een vastgelegde relatie, over alle dossiers.')).toBeVisible();
  const geheel = page.getByTestId('netwerk-tekening');
  await expect(geheel).toHaveAttribute('data-lijnen', '7');

  // A click on a node opens its page: on the circle the first in the table (Anna de Vries) is at the top centre.
  const vak = (await geheel.boundingBox())!;
  await page.mouse.click(vak.x + vak.width / 2, vak.y + 56);
  await expect(page.getByRole('heading', { level: 1, name: 'Betrokkene Anna de Vries' })).toBeFocused();
});

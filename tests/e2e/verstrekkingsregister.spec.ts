import { confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test, openDossierPagina } from './support';

/*
 * Issue 20 §4: reading a letter is not disclosing it. The coordinator reads the toezending in the app (no export, no
 * register entry), exports it with its form to the applicant, and finds that export — and only that — in the
 * verstrekkingsregister, reached from the main menu by keyboard.
 */

test('a letter is read in the app without a register entry; its export is listed in the verstrekkingsregister', async ({ page, preview, cspViolations }) => {
  test.setTimeout(180_000);
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });

  await menu.getByRole('button', { name: 'Instellingen', exact: true }).click();
  const briefhoofd = section(page, 'Briefhoofd');
  await briefhoofd.getByLabel('Gemeente', { exact: true }).fill('Gemeente Proefstad');
  await briefhoofd.getByLabel('Adres (een regel per regel)').fill('Postbus 1\n1234 AB Proefstad');
  await briefhoofd.getByLabel('Ondertekenaar', { exact: true }).fill('A. de Vries');
  await briefhoofd.getByLabel('Functie van de ondertekenaar').fill('de burgemeester van Proefstad');
  await briefhoofd.getByLabel('Contact voor de ontvanger').fill('14 071');
  // The APV permit's own name and article, per kind of decision; the default is the model APV's.
  const apvNaam = briefhoofd.getByLabel('Naam van de vergunning: Exploitatievergunning of andere APV-vergunning voor een inrichting of bedrijf');
  await expect(apvNaam).toHaveValue('exploitatievergunning');
  await briefhoofd.getByLabel('Artikel van de APV: Exploitatievergunning of andere APV-vergunning voor een inrichting of bedrijf').fill('2:30');
  await briefhoofd.getByRole('button', { name: 'Briefhoofd opslaan' }).click();
  await expect(briefhoofd.getByRole('status')).toHaveText('Het briefhoofd is opgeslagen.');

  const zaaknummer = await newHorecaDossier(page, 'Horeca De Zandbank B.V.', '2026-11-02', { rechtspersoon: true, postadres: 'Havenkade 7, 1234 CD Proefstad' });

  await openDossierPagina(page, 'Brieven');
  const brieven = section(page, 'Brieven');
  await brieven.getByLabel('Soort brief').selectOption({ label: 'Toezending Bibob-vragenformulier' });
  await brieven.getByLabel('Formulier terug uiterlijk op').fill('2026-12-21');
  await brieven.getByRole('button', { name: 'Brief maken' }).click();
  await expect(brieven.getByRole('status')).toHaveText('Toezending van het Bibob-vragenformulier is gemaakt en bewaard in de kluis.');
  await expect(brieven.getByText('Met bijlage: Bibob-vragenformulier')).toBeVisible();

  // Reading: the letter as it reads, in the app, by keyboard.
  await brieven.getByRole('button', { name: /^Lezen: Toezending van het Bibob-vragenformulier/ }).focus();
  await page.keyboard.press('Enter');
  const brief = brieven.getByRole('article', { name: 'Brief: Toezending van het Bibob-vragenformulier' });
  await expect(brief).toContainText('Horeca De Zandbank B.V.');
  await expect(brief).toContainText('een exploitatievergunning (artikel 2:30 APV)');
  await expect(brief).toContainText('21 december 2026');
  await expect(brief).toContainText('Bijlage: Bibob-vragenformulier');
  await expect(brieven.getByRole('heading', { name: 'Lezen: Toezending van het Bibob-vragenformulier' })).toBeFocused();
  await expectAccessible(page, 'Brief lezen');
  // Printing goes through the desktop app's print window; the preview says so beside the button (issue 23 §5).
  await brieven.getByRole('button', { name: 'Brief afdrukken' }).click();
  await expect(brieven.getByRole('alert')).toHaveText('Afdrukken kan alleen in de desktop-app van Bibob Werkbank. In deze voorbeeldversie is er geen printer.');

  // Nothing was disclosed by reading.
  await menu.getByRole('button', { name: 'Verstrekkingsregister', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verstrekkingsregister' })).toBeVisible();
  await expect(page.getByText('Nog geen verstrekkingen.')).toBeVisible();

  // The export with the form to the applicant is one entry, with its basis.
  await menu.getByRole('button', { name: 'Dossiers', exact: true }).click();
  await page.getByRole('table', { name: 'Alle dossiers' }).getByRole('button', { name: zaaknummer, exact: true }).click();
  await openDossierPagina(page, 'Brieven');
  await section(page, 'Brieven').getByRole('button', { name: /^Exporteren: Toezending van het Bibob-vragenformulier/ }).click();
  const exporteren = section(page, 'Brieven');
  await exporteren.getByLabel('Verstrekken aan (art. 28 lid 2 Wet Bibob)').selectOption({ label: 'a. De betrokkene, voor zover nodig ter motivering van de beslissing' });
  await exporteren.getByLabel('Naam van de ontvanger').fill('Horeca De Zandbank B.V.');
  await exporteren.getByRole('button', { name: 'Exporteren', exact: true }).click();
  await expect(exporteren.getByRole('status')).toHaveText('Toezending van het Bibob-vragenformulier is geëxporteerd en staat in het verstrekkingsregister.');

  // The register, by keyboard from the main menu.
  await menu.getByRole('button', { name: 'Verstrekkingsregister', exact: true }).focus();
  await page.keyboard.press('Enter');
  const register = page.getByRole('table', { name: 'Verstrekkingen van Bibob-gegevens' });
  await expect(register.getByRole('row')).toHaveCount(2);
  const rij = register.getByRole('row').nth(1);
  await expect(rij).toContainText('Horeca De Zandbank B.V.');
  await expect(rij).toContainText('art. 28 lid 2 onder a Wet Bibob');
  await expect(rij).toContainText('Toezending van het Bibob-vragenformulier met Bibob-vragenformulier');
  await expect(rij.getByRole('button', { name: zaaknummer })).toBeVisible();
  await expectAccessible(page, 'Verstrekkingsregister');

  // The dossier is one keypress away.
  await rij.getByRole('button', { name: zaaknummer }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(zaaknummer) })).toBeVisible();
  expect(cspViolations).toEqual([]);
});

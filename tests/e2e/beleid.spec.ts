import path from 'node:path';
import type { Beleidsregel } from '../../src/domain/beleid';
import { eigenBeleid as eigenFixture } from '../support/beleidFixture';
import { confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test, openDossierPagina } from './support';

const shots = path.resolve(__dirname, '../../.test-output/screenshots');

const eigenBeleid = (versie: string, change?: (beleid: Beleidsregel) => void) => eigenFixture('Beleidsregel Bibob Proefstad 2027', versie, change);

test('the settings show the example beleid as an example; the municipality saves its own, with a new version for changed criteria', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen', exact: true }).click();
  const beleid = page.getByRole('region', { name: 'Bibob-beleid' });
  await expect(beleid.getByRole('note')).toContainText('Voorbeeld — vervang door de beleidsregel van uw gemeente');
  const horeca = beleid.getByRole('table', { name: 'Criteria: Horeca (Alcoholwet- of exploitatievergunning)' });
  await expect(horeca).toContainText('Een coffeeshop.');
  await expect(horeca).toContainText('Investering in de onderneming (overnamesom, inrichting, verbouwing) vanaf € 250.000,00');
  await expectAccessible(page, 'Instellingen (Bibob-beleid, voorbeeld)');

  // Field by field: the name, a new version, not an example, and the horeca investment threshold lowered.
  await beleid.getByLabel('Naam van de beleidsregel').fill('Beleidsregel Bibob Proefstad 2027');
  await beleid.getByLabel('Versie', { exact: true }).fill('2027-1');
  await beleid.getByLabel('Dit is een voorbeeld, geen vastgestelde beleidsregel').uncheck();
  const horecaVelden = beleid.getByRole('group', { name: 'Horeca (Alcoholwet- of exploitatievergunning)', exact: true });
  // What is no amount is refused at its field.
  const vanaf = horecaVelden.getByLabel('Drempel 1: vanaf (hele euro’s)');
  await vanaf.fill('veel');
  await beleid.getByRole('button', { name: 'Criteria opslaan' }).click();
  await expect(vanaf).toHaveAttribute('aria-invalid', 'true');
  await expect(horecaVelden.getByText('Vul een bedrag in hele euro’s in.')).toBeVisible();
  await vanaf.fill('150.000');
  await horecaVelden.getByRole('button', { name: 'Signaal: regel toevoegen' }).click();
  await horecaVelden.getByLabel('Signaal 3: omschrijving').fill('De aanvrager weigert mee te werken aan een bezoek van de toezichthouder.');
  await horecaVelden.getByLabel('Signaal 3: artikel van de beleidsregel').fill('art. 5 lid 2');
  await expectAccessible(page, 'Instellingen (Bibob-beleid bewerken)');
  await horecaVelden.screenshot({ path: path.join(shots, 'beleid-bewerken-horeca.png') });
  await beleid.getByRole('button', { name: 'Criteria opslaan' }).click();
  await expect(beleid.getByRole('status')).toContainText('Het beleid is opgeslagen: Beleidsregel Bibob Proefstad 2027, versie 2027-1.');
  await expect(beleid.getByRole('note')).toHaveCount(0);
  await expect(horeca).toContainText('vanaf € 150.000,00');
  await expect(horeca).toContainText('De aanvrager weigert mee te werken aan een bezoek van de toezichthouder.');

  await beleid.getByText('Als JSON bewerken').click();
  const editor = beleid.getByLabel('Beleidsregel (JSON, formaat bibob-beleid/1)');
  await expect(editor).toHaveValue(/toezichthouder/);

  // Changed criteria under the same version: refused, with the reason at the editor.
  await beleid.getByLabel('Beleidsregel (JSON, formaat bibob-beleid/1)').fill(eigenBeleid('2027-1', (b) => (b.gebieden.horeca!.drempels[0]!.vanafEuro = 100_000)));
  await beleid.getByRole('button', { name: 'Beleid opslaan' }).click();
  await expect(beleid.getByText(/de criteria zijn gewijzigd, dus hoort er een nieuwe versie bij/)).toBeVisible();
  await expectAccessible(page, 'Instellingen (Bibob-beleid, fout)');

  await beleid.getByLabel('Beleidsregel (JSON, formaat bibob-beleid/1)').fill(eigenBeleid('2027-2', (b) => (b.gebieden.horeca!.drempels[0]!.vanafEuro = 100_000)));
  await beleid.getByRole('button', { name: 'Beleid opslaan' }).click();
  await expect(beleid.getByRole('status')).toContainText('versie 2027-2');
  await expect(beleid.getByRole('table', { name: 'Criteria: Horeca (Alcoholwet- of exploitatievergunning)' })).toContainText('vanaf € 100.000,00');
});

test('at intake the beleid says whether and why Bibob applies; a departure needs its reason; the toets is recorded and corrected', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await newHorecaDossier(page, 'Eetcafé De Proef B.V.', '2026-11-02');
  await openDossierPagina(page, 'Intake en betrokkenen');
  const toets = section(page, 'Bibob-beleid bij intake');
  await expect(toets).toContainText('Let op: dit is het voorbeeldbeleid');
  const advies = toets.locator('.notice', { hasText: 'Advies volgens het beleid' });
  await expect(advies).toContainText('Aan geen van de criteria van de beleidsregel is voldaan');

  // € 80.000 is under the € 250.000 threshold; in the risk area the lowered threshold of € 50.000 applies.
  await toets.getByLabel('Bedrag: Investering in de onderneming (overnamesom, inrichting, verbouwing)').fill('80.000');
  await expect(advies).toContainText('Aan geen van de criteria');
  await toets.getByLabel('De locatie ligt in een gebied dat de burgemeester als risicogebied heeft aangewezen.').check();
  await expect(advies).toContainText('Volgens de beleidsregel wordt de Wet Bibob toegepast: aan één criterium is voldaan.');
  await expect(advies).toContainText('art. 2 lid 3 (voorbeeld)');
  await expect(advies).toContainText('€ 80.000,00, niet minder dan de drempel van € 50.000,00');
  await toets.getByLabel(/^Een vergunning op grond van de Alcoholwet/).check();
  await expect(advies).toContainText('aan 2 criteria is voldaan');
  await toets.screenshot({ path: path.join(shots, 'beleidstoets-intake.png') });

  // Departing without a reason is refused at the field.
  await toets.getByLabel('De Wet Bibob niet toepassen').check();
  await toets.getByRole('button', { name: 'Beleidstoets vastleggen' }).click();
  const reden = toets.getByLabel('Reden van afwijken van het beleid');
  await expect(reden).toHaveAttribute('aria-invalid', 'true');
  await expect(toets.getByText(/U wijkt af van de beleidsregel: schrijf op waarom\..*art\. 4:84 Awb/)).toBeVisible();
  await expectAccessible(page, 'Dossier (beleidstoets, afwijking zonder reden)');

  await reden.fill('Verlenging voor dezelfde exploitant, in 2026 volledig getoetst zonder bevindingen.');
  await toets.getByRole('button', { name: 'Beleidstoets vastleggen' }).click();
  await expect(toets.getByRole('status')).toContainText('De beleidstoets is vastgelegd.');
  await expect(toets).toContainText('Voorbeeld — vervang door de beleidsregel van uw gemeente, versie voorbeeld-1');
  await expect(toets).toContainText('De Wet Bibob niet toepassen — afgeweken van het beleid');
  await expect(toets).toContainText('Verlenging voor dezelfde exploitant');
  await expectAccessible(page, 'Dossier (beleidstoets vastgelegd)');

  await toets.getByRole('button', { name: 'Beleidstoets corrigeren' }).click();
  await toets.getByLabel('De Wet Bibob toepassen').check();
  await toets.getByLabel('Reden van de correctie').fill('De burgemeester kiest toch voor een volledige toets.');
  await toets.getByRole('button', { name: 'Correctie opslaan' }).click();
  await expect(toets.getByRole('status')).toContainText('De beleidstoets is gecorrigeerd.');
  await expect(toets).not.toContainText('afgeweken van het beleid');
  await expect(toets).toContainText('De burgemeester kiest toch voor een volledige toets.');
  await toets.screenshot({ path: path.join(shots, 'beleidstoets-vastgelegd.png') });
});

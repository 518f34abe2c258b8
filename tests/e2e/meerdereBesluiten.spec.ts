import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test, openDossierPagina } from './support';

/*
 * Issue 19 item 12 as the coordinator meets it: a horeca dossier for an exploitatievergunning gets an Alcoholwet
 * licence for the same business as a second decision, each with its own term. Today in the preview is Monday
 * 23 November 2026.
 */

const shots = path.resolve(__dirname, '../../.test-output/screenshots');

test('adding an Alcoholwet licence beside the exploitatievergunning shows both terms, and its outcome with its legal basis', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  mkdirSync(shots, { recursive: true });
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  // Exploitatievergunning received Mon 2 November 2026; APV term 8 weeks → Mon 28 December 2026.
  await newHorecaDossier(page, 'Café De Twee Besluiten B.V.', '2026-11-02');
  await openDossierPagina(page, 'Zienswijze en besluit');
  const besluiten = section(page, 'Besluiten in dit dossier');
  await expect(besluiten.getByText('maandag 28 december 2026', { exact: true })).toBeVisible();

  // A date of receipt after today is refused at its field.
  await besluiten.getByLabel('Soort besluit').selectOption({ label: 'Alcoholwetvergunning' });
  await besluiten.getByLabel('Datum van ontvangst van deze aanvraag').fill('2026-12-01');
  await besluiten.getByRole('button', { name: 'Besluit toevoegen' }).click();
  await expect(besluiten.getByLabel('Datum van ontvangst van deze aanvraag')).toHaveAttribute('aria-invalid', 'true');
  await expect(besluiten.getByText(/ligt na vandaag/).first()).toBeVisible();

  // Received Mon 9 November 2026: no term in the Alcoholwet, a redelijke termijn passed in any case after 8 weeks
  // (Awb 4:13 lid 2) → Mon 4 January 2027.
  await besluiten.getByLabel('Datum van ontvangst van deze aanvraag').fill('2026-11-09');
  await besluiten.getByRole('button', { name: 'Besluit toevoegen' }).click();
  await expect(besluiten.getByRole('status')).toHaveText('Alcoholwetvergunning is toegevoegd. De uiterste beslisdatum is maandag 4 januari 2027.');
  await expect(besluiten.getByRole('heading', { level: 3, name: 'Alcoholwetvergunning' })).toBeVisible();
  await expect(besluiten.getByText('maandag 28 december 2026', { exact: true })).toBeVisible();
  await expect(besluiten.getByText('maandag 4 januari 2027', { exact: true })).toBeVisible();
  // The next-steps panel names the decision its 4:14 lid 3 notice is for.
  await expect(page.getByText(/als het besluit over de alcoholwetvergunning niet binnen acht weken komt/).first()).toBeVisible();
  await besluiten.screenshot({ path: path.join(shots, 'meerdere-besluiten-twee-termijnen.png') });
  await expectAccessible(page, 'Dossier met twee besluiten');

  // The besluit form records the outcome per decision, under the dossier's own besluit.
  const besluit = section(page, 'Zienswijze en besluit');
  await besluit.getByLabel('Uitkomst Alcoholwetvergunning').selectOption({ label: 'weigeren' });
  await besluit.getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await expect(besluit.getByRole('status')).toHaveText('De uitkomst van Alcoholwetvergunning is opgeslagen.');
  await expect(besluit.getByText('Grondslag van deze uitkomst: artikel 3, eerste lid, van de Wet Bibob, in samenhang met art. 27 lid 3 Alcoholwet.')).toBeVisible();
  await expect(besluiten.getByText('artikel 3, eerste lid, van de Wet Bibob, in samenhang met art. 27 lid 3 Alcoholwet')).toBeVisible();
  await expect(besluiten.getByText(/Uitkomst: weigeren\./)).toBeVisible();
  // Art. 33 lid 1: the intended refusal of the licence needs its own zienswijze round before its besluitdatum.
  await expect(besluit.getByText(/Ook het voornemen over de alcoholwetvergunning \(weigeren\) vraagt deze stap \(art\. 33 lid 1 Wet Bibob\)/)).toBeVisible();
  await besluit.getByLabel('Datum besluit Alcoholwetvergunning').fill('2026-11-23');
  await besluit.getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await expect(besluit.getByLabel('Datum besluit Alcoholwetvergunning')).toHaveAttribute('aria-invalid', 'true');
  await expect(besluit.getByText(/kan pas worden genomen na de gelegenheid tot zienswijze \(art\. 33 lid 1 Wet Bibob\)/).first()).toBeVisible();
  await besluit.screenshot({ path: path.join(shots, 'meerdere-besluiten-uitkomst.png') });
  await expectAccessible(page, 'Dossier met de uitkomst van het tweede besluit');
});

import path from 'node:path';
import { addPerson, confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test, openDossierPagina } from './support';

/*
 * Issue 20 §1 in the letters section: a voornemen whose ground rests on a RIEC finding marked "niet aan betrokkene"
 * is refused with the reason; an override with a recorded reason lets it through, and the reason is shown with the
 * letter and on the timeline.
 */

const shots = path.resolve(__dirname, '../../.test-output/screenshots');

test('a restricted finding stops the voornemen with the reason; an override with a reason is shown with the letter and on the timeline', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  test.setTimeout(180_000);
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);

  // The letterhead first: letters that leave the municipality need it.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen', exact: true }).click();
  const briefhoofd = section(page, 'Briefhoofd');
  await briefhoofd.getByLabel('Gemeente', { exact: true }).fill('Gemeente Proefstad');
  await briefhoofd.getByLabel('Adres (een regel per regel)').fill('Postbus 1\n1234 AB Proefstad');
  await briefhoofd.getByLabel('Ondertekenaar', { exact: true }).fill('A. de Vries');
  await briefhoofd.getByLabel('Functie van de ondertekenaar').fill('de burgemeester van Proefstad');
  await briefhoofd.getByLabel('Contact voor de ontvanger').fill('14 071');
  await briefhoofd.getByRole('button', { name: 'Briefhoofd opslaan' }).click();
  await expect(briefhoofd.getByRole('status')).toHaveText('Het briefhoofd is opgeslagen.');

  const zaaknummer = await newHorecaDossier(page, 'Horeca De Zandbank B.V.', '2026-11-02', { rechtspersoon: true, postadres: 'Havenkade 7, 1234 CD Proefstad' });
  await addPerson(page, 'P. Bakker', 'Bestuurder');

  // The RIEC finding, restricted by its source, and the relation.
  await openDossierPagina(page, 'Beoordeling');
  const beoordeling = section(page, 'Beoordeling');
  await beoordeling.getByLabel('Over', { exact: true }).selectOption({ label: 'P. Bakker' });
  await beoordeling.getByLabel('Soort bevinding').selectOption({ index: 0 });
  await beoordeling.getByLabel('Omschrijving van de bevinding').fill('Lopend opsporingsonderzoek Zandloper naar hennepteelt in het pand.');
  await beoordeling.getByLabel('Bron van de bevinding').fill('RIEC');
  await beoordeling.getByLabel('Datum van het feit of de uitspraak').fill('2026-10-01');
  await beoordeling.getByLabel('Ernst', { exact: true }).selectOption({ label: 'Zwaar' });
  await beoordeling.getByLabel('Niet aan betrokkene verstrekken zonder toestemming van de bron').check();
  await beoordeling.getByRole('button', { name: 'Bevinding toevoegen' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De bevinding is toegevoegd.');
  await beoordeling.getByLabel('Betrokkene die in relatie staat').selectOption({ label: 'P. Bakker' });
  await beoordeling.getByLabel(/^Sub a:/).check();
  await beoordeling.getByLabel('Aard van de relatie', { exact: true }).fill('Bakker is zelf onderwerp van het onderzoek.');
  await beoordeling.getByRole('button', { name: 'Relatie toevoegen' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De relatie is toegevoegd.');

  // Ground a rests on it: the outgoing wording field appears, left empty for now.
  const groundA = beoordeling.getByRole('group', { name: /^Grond a / });
  await groundA.getByLabel('Ernstig gevaar').check();
  await groundA.getByLabel(/^art\. 3 lid 2 sub a:/).check();
  await groundA.getByLabel(/^art\. 3 lid 2 sub b:/).check();
  await groundA.getByLabel('Motivering (grond a)').fill('Het RIEC meldt het lopende onderzoek Zandloper naar hennepteelt in het pand.');
  await groundA.getByLabel(/^Lopend opsporingsonderzoek Zandloper/).check();
  await expect(groundA.getByLabel('Formulering voor brieven naar buiten (grond a)')).toBeVisible();
  await groundA.getByRole('button', { name: 'Oordeel over grond a opslaan' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('Het oordeel over grond a is opgeslagen.');
  await beoordeling.getByLabel('Evenredigheid (art. 3 lid 5)').fill('Voorschriften nemen het gevaar niet weg; weigeren is evenredig.');
  await beoordeling.getByRole('button', { name: 'Afweging opslaan' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De afweging is opgeslagen.');
  await beoordeling.getByLabel('Maatregel', { exact: true }).selectOption({ label: 'Weigeren' });
  await beoordeling.getByRole('button', { name: 'Maatregel voorstellen' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De voorgestelde maatregel is opgeslagen.');

  await openDossierPagina(page, 'Zienswijze en besluit');
  const zienswijze = section(page, 'Zienswijze en besluit');
  await zienswijze.getByLabel('Wie').selectOption({ label: 'Horeca De Zandbank B.V.' });
  await zienswijze.getByLabel('Uitgenodigd op').fill('2026-11-23');
  await zienswijze.getByRole('button', { name: 'Termijn voorstellen' }).click();
  await zienswijze.getByRole('button', { name: 'Uitnodiging vastleggen' }).click();
  await expect(zienswijze.getByRole('status')).toHaveText('De uitnodiging is vastgelegd.');

  // The voornemen: refused, with the reason, in the letters section.
  await openDossierPagina(page, 'Brieven');
  const brieven = section(page, 'Brieven');
  await brieven.getByLabel('Soort brief').selectOption({ label: 'Voornemen met gelegenheid tot zienswijze (art. 33 Wet Bibob) — Horeca De Zandbank B.V., uitgenodigd 23 november 2026' });
  await brieven.getByRole('button', { name: 'Brief maken' }).click();
  await expect(brieven.getByRole('alert')).toContainText('De motivering van grond a rust op een bevinding met een gebruiksbeperking');
  await expect(brieven.getByRole('alert')).toContainText('art. 28 lid 1 Wet Bibob');
  await expect(brieven.getByText('Nog geen brieven.')).toBeVisible();
  await expectAccessible(page, 'Brieven (voornemen geweigerd)');
  await brieven.screenshot({ path: path.join(shots, 'brieven-beperkt-geweigerd.png') });

  // The override: without a reason refused, with one made; the reason shows with the letter and on the timeline.
  await brieven.getByLabel(/^Toch opnemen: Lopend opsporingsonderzoek Zandloper/).check();
  await brieven.getByRole('button', { name: 'Brief maken' }).click();
  await expect(brieven.getByRole('alert')).toContainText('Leg vast waarom');
  const reden = 'Het RIEC heeft op 20 november 2026 schriftelijk ingestemd met vermelding in het voornemen.';
  await brieven.getByLabel(/^Reden om op te nemen:/).fill(reden);
  await brieven.getByRole('button', { name: 'Brief maken' }).click();
  await expect(brieven.getByRole('status')).toHaveText('Voornemen tot besluit en gelegenheid tot zienswijze is gemaakt en bewaard in de kluis.');
  await expect(brieven).toContainText(`Eén beperkte bevinding met reden opgenomen: ${reden}`);
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText(`Gebruiksbeperking doorbroken in Voornemen tot besluit en gelegenheid tot zienswijze: bevinding uit RIEC (Niet aan betrokkene verstrekken zonder toestemming van de bron). Reden: ${reden}`);
  await expectAccessible(page, 'Brieven (doorbreking met reden)');
  await openDossierPagina(page, 'Brieven');
  await brieven.screenshot({ path: path.join(shots, 'brieven-beperkt-doorbroken.png') });
});

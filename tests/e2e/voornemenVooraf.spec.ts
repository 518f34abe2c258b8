import { addPerson, confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, openDossierPagina, section, test } from './support';

/*
 * Issue 23 §1: the real order of the zienswijze step (art. 33 Wet Bibob, Awb 4:8). In the zienswijze section the
 * coordinator first makes the voornemen — before any invitation is recorded — and then records the invitation,
 * which takes over the letter's addressee, date and term.
 */

test('the coordinator makes the voornemen in the zienswijze section before recording the invitation', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  test.setTimeout(180_000);
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen', exact: true }).click();
  const briefhoofd = section(page, 'Briefhoofd');
  await briefhoofd.getByLabel('Gemeente', { exact: true }).fill('Gemeente Proefstad');
  await briefhoofd.getByLabel('Adres (een regel per regel)').fill('Postbus 1\n1234 AB Proefstad');
  await briefhoofd.getByLabel('Ondertekenaar', { exact: true }).fill('A. de Vries');
  await briefhoofd.getByLabel('Functie van de ondertekenaar').fill('de burgemeester van Proefstad');
  await briefhoofd.getByLabel('Contact voor de ontvanger').fill('14 071');
  await briefhoofd.getByRole('button', { name: 'Briefhoofd opslaan' }).click();
  await expect(briefhoofd.getByRole('status')).toHaveText('Het briefhoofd is opgeslagen.');

  await newHorecaDossier(page, 'Eetcafé De Volgorde B.V.', '2026-11-02', { rechtspersoon: true, postadres: 'Havenkade 7, 1234 CD Proefstad' });
  await addPerson(page, 'P. Bakker', 'Bestuurder');

  await openDossierPagina(page, 'Zienswijze en besluit');
  const zienswijze = section(page, 'Zienswijze en besluit');
  // No outcome intended yet: nothing to announce.
  await expect(zienswijze.getByRole('button', { name: 'Brief Voornemen maken' })).toHaveCount(0);

  await openDossierPagina(page, 'Beoordeling');
  const beoordeling = section(page, 'Beoordeling');
  await beoordeling.getByLabel('Over', { exact: true }).selectOption({ label: 'P. Bakker' });
  await beoordeling.getByLabel('Soort bevinding').selectOption({ index: 0 });
  await beoordeling.getByLabel('Omschrijving van de bevinding').fill('Veroordeling wegens witwassen via een horecabedrijf (2024).');
  await beoordeling.getByLabel('Bron van de bevinding').fill('Justitiële documentatie');
  await beoordeling.getByLabel('Datum van het feit of de uitspraak').fill('2024-05-01');
  await beoordeling.getByLabel('Ernst', { exact: true }).selectOption({ label: 'Zwaar' });
  await beoordeling.getByRole('button', { name: 'Bevinding toevoegen' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De bevinding is toegevoegd.');
  await beoordeling.getByLabel('Betrokkene die in relatie staat').selectOption({ label: 'P. Bakker' });
  await beoordeling.getByLabel(/^Sub a:/).check();
  await beoordeling.getByLabel('Aard van de relatie', { exact: true }).fill('Bakker heeft het feit zelf gepleegd.');
  await beoordeling.getByRole('button', { name: 'Relatie toevoegen' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De relatie is toegevoegd.');
  const groundA = beoordeling.getByRole('group', { name: /^Grond a / });
  await groundA.getByLabel('Ernstig gevaar').check();
  await groundA.getByLabel(/^art\. 3 lid 2 sub a:/).check();
  await groundA.getByLabel(/^art\. 3 lid 2 sub b:/).check();
  await groundA.getByLabel('Motivering (grond a)').fill('De bestuurder is veroordeeld voor witwassen via een horecabedrijf.');
  await groundA.getByLabel(/^Veroordeling wegens witwassen/).check();
  await groundA.getByRole('button', { name: 'Oordeel over grond a opslaan' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('Het oordeel over grond a is opgeslagen.');
  await beoordeling.getByLabel('Evenredigheid (art. 3 lid 5)').fill('Voorschriften nemen het gevaar niet weg; weigeren is evenredig.');
  await beoordeling.getByRole('button', { name: 'Afweging opslaan' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De afweging is opgeslagen.');
  await beoordeling.getByLabel('Maatregel', { exact: true }).selectOption({ label: 'Weigeren' });
  await beoordeling.getByRole('button', { name: 'Maatregel voorstellen' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De voorgestelde maatregel is opgeslagen.');

  // The voornemen comes first: offered above the invitation form, with a proposed term.
  await openDossierPagina(page, 'Zienswijze en besluit');
  await expect(zienswijze.getByText(/^Maak eerst de brief Voornemen met gelegenheid tot zienswijze/)).toBeVisible();
  await expect(zienswijze.getByText('Aan: Eetcafé De Volgorde B.V.')).toBeVisible();
  const termijn = zienswijze.getByLabel('Zienswijze te geven tot en met');
  await expect(termijn).not.toHaveValue('');
  await termijn.fill('2026-11-23');
  await zienswijze.getByRole('button', { name: 'Brief Voornemen maken' }).click();
  await expect(termijn).toHaveAttribute('aria-invalid', 'true');
  await expect(zienswijze.getByText('De zienswijzetermijn moet na vandaag eindigen.')).toBeVisible();
  await zienswijze.screenshot({ path: '/tmp/shots/formulieren-voornemen-fout.png' });
  await termijn.fill('2026-12-07');
  await zienswijze.getByRole('button', { name: 'Brief Voornemen maken' }).click();
  await expect(zienswijze.getByRole('status')).toHaveText('Voornemen tot besluit en gelegenheid tot zienswijze is gemaakt en bewaard in de kluis. Verstuur de brief en leg daarna de uitnodiging vast.');
  await expect(zienswijze.getByText('Voornemen tot besluit en gelegenheid tot zienswijze, gemaakt op 23 november 2026 — te vinden bij Brieven')).toBeVisible();
  await expect(zienswijze.getByText('Nog niemand uitgenodigd.')).toBeVisible();
  await expect(zienswijze.getByRole('button', { name: 'Brief Voornemen opnieuw maken' })).toBeVisible();

  // The invitation takes over the letter's addressee, date and term.
  await expect(zienswijze.getByLabel('Wie')).toHaveValue(/.+/);
  await expect(zienswijze.getByLabel('Uitgenodigd op')).toHaveValue('2026-11-23');
  await expect(zienswijze.getByLabel('Zienswijzetermijn tot en met')).toHaveValue('2026-12-07');
  await zienswijze.screenshot({ path: '/tmp/shots/formulieren-voornemen.png' });
  await expectAccessible(page, 'Zienswijze en besluit (voornemen gemaakt)');
  await zienswijze.getByRole('button', { name: 'Uitnodiging vastleggen' }).click();
  await expect(zienswijze.getByRole('status')).toHaveText('De uitnodiging is vastgelegd.');
  await expect(zienswijze.getByText(/^Eetcafé De Volgorde B\.V\. \(betrokkene\) — voornemen tot weigeren, uitgenodigd op 23 november 2026, termijn tot en met 7 december 2026/)).toBeVisible();
  // Invited: the offer to make the letter first is gone; the letter made stays listed.
  await expect(zienswijze.getByRole('button', { name: /^Brief Voornemen/ })).toHaveCount(0);
  await expect(zienswijze.getByText(/te vinden bij Brieven$/)).toBeVisible();
});

import { promises as fs } from 'node:fs';
import { addPerson, confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test, openDossierPagina } from './support';

/*
 * Issue 11's full horeca case: RIEC request answered with a restricted finding, LBB advice requested with the
 * bevindingen form and received, art. 32 notice, assessment "mindere mate van gevaar" with two voorschriften,
 * zienswijze for the aanvrager and the named verhuurder, outcome recorded, and the verhuurder's other dossier shows it.
 */

test('a full horeca case from the RIEC to the outcome, seen from the verhuurder\'s other dossier', async ({ page, preview, cspViolations }) => {
  test.setTimeout(180_000);
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  const zaaknummer = await newHorecaDossier(page, 'Café De Haven B.V.', '2026-10-05');
  await addPerson(page, 'P. Pieters', 'Bestuurder');
  await addPerson(page, 'V. Verhuur', 'Verhuurder of eigenaar van het pand');

  // RIEC request, answered with a restricted finding.
  await openDossierPagina(page, 'Informatieverzoeken');
  const verzoeken = section(page, 'Informatieverzoeken');
  await verzoeken.getByRole('group', { name: 'Over wie' }).getByLabel('P. Pieters').check();
  await verzoeken.getByLabel('Vragen').fill('Antecedenten van P. Pieters en V. Verhuur?');
  await verzoeken.getByRole('button', { name: 'Verzoek aanmaken' }).click();
  const riec = verzoeken.locator('.request').filter({ hasText: 'RIEC' });
  await riec.getByRole('button', { name: /^Verzenden: / }).click();
  await riec.getByLabel('Verzonden op').fill('2026-10-12');
  await riec.getByRole('button', { name: 'Verzenden', exact: true }).click();
  await riec.getByRole('button', { name: /^Antwoord vastleggen: / }).click();
  await riec.getByLabel('Ontvangen op').fill('2026-10-26');
  await riec.getByLabel('Samenvatting').fill('Pieters: veroordeeld voor heling (2023). Politie-informatie, alleen voor deze beoordeling.');
  await riec.getByLabel('Alleen voor deze beoordeling').check();
  await riec.getByRole('button', { name: 'Antwoord vastleggen', exact: true }).click();
  await expect(riec.locator('.restriction-mark')).toContainText('Alleen voor deze beoordeling');

  // Eigen onderzoek and the formulier bevindingen, then the LBB request.
  await openDossierPagina(page, 'Eigen onderzoek');
  const onderzoek = section(page, 'Eigen onderzoek');
  for (const naam of ['Café De Haven B.V.', 'P. Pieters', 'V. Verhuur']) {
    await onderzoek.getByLabel('Betrokkene', { exact: true }).selectOption({ label: naam });
    await onderzoek.getByLabel('Geraadpleegd op').fill('2026-10-20');
    await onderzoek.getByLabel('Bevinding', { exact: true }).fill(`${naam}: niets bijzonders in het Handelsregister.`);
    await onderzoek.getByRole('button', { name: 'Notitie vastleggen' }).click();
    await expect(onderzoek.getByRole('status')).toHaveText('De notitie is vastgelegd.');
  }
  await onderzoek.getByLabel('Toelichting op de aanleiding').fill('RIEC-informatie over heling door de bestuurder.');
  await onderzoek.getByLabel('Het ingevulde vragenformulier met de bijlagen gaat mee (art. 7a lid 4)').check();
  await onderzoek.getByLabel('De financiering is gecontroleerd: elke investering staat tegenover haar herkomst').check();
  await onderzoek.getByRole('button', { name: 'Formulier opslaan' }).click();
  await expect(onderzoek.getByText('Het formulier is compleet')).toBeVisible();

  await openDossierPagina(page, 'Informatieverzoeken');
  await verzoeken.getByLabel('Aan').selectOption({ label: 'Landelijk Bureau Bibob (adviesaanvraag)' });
  await verzoeken.getByRole('group', { name: 'Over wie' }).getByLabel('P. Pieters').check();
  await verzoeken.getByLabel('Vragen').fill('Advies over de mate van gevaar.');
  await verzoeken.getByRole('button', { name: 'Verzoek aanmaken' }).click();
  const lbb = verzoeken.locator('.request').filter({ hasText: 'Landelijk Bureau Bibob' });
  await lbb.getByRole('button', { name: /^Adviesaanvraag verzenden: / }).click();
  await lbb.getByLabel('Aangevraagd op').fill('2026-10-28');
  await lbb.getByRole('button', { name: 'Adviesaanvraag verzenden', exact: true }).click();
  await expect(verzoeken.getByRole('status')).toContainText('De adviesaanvraag is verzonden');
  await lbb.getByRole('note').getByLabel('Betrokkene geïnformeerd op').fill('2026-10-29');
  await lbb.getByRole('note').getByRole('button', { name: 'Mededeling vastleggen' }).click();
  await expect(lbb).toContainText('Betrokkene geïnformeerd op 29 oktober 2026');
  await lbb.getByRole('button', { name: /^Advies vastleggen: / }).click();
  await lbb.getByLabel('Ontvangen op').fill('2026-11-18');
  await lbb.getByLabel('Samenvatting').fill('Mindere mate van gevaar: heling door de bestuurder; voorschriften mogelijk.');
  await lbb.getByRole('button', { name: 'Advies vastleggen', exact: true }).click();
  await expect(verzoeken.getByRole('status')).toHaveText('Het advies is vastgelegd.');

  // The assessment: mindere mate van gevaar with two voorschriften.
  await openDossierPagina(page, 'Beoordeling');
  const beoordeling = section(page, 'Beoordeling');
  await beoordeling.getByLabel('Over', { exact: true }).selectOption({ label: 'P. Pieters' });
  await beoordeling.getByLabel('Omschrijving van de bevinding').fill('Veroordeling wegens heling (2023).');
  await beoordeling.getByLabel('Bron van de bevinding').fill('RIEC-antwoord van 26 oktober 2026');
  await beoordeling.getByLabel('Datum van het feit of de uitspraak').fill('2023-06-01');
  await beoordeling.getByLabel('Alleen voor deze beoordeling').check();
  await beoordeling.getByRole('button', { name: 'Bevinding toevoegen' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De bevinding is toegevoegd.');
  await beoordeling.getByLabel('Betrokkene die in relatie staat').selectOption({ label: 'P. Pieters' });
  await beoordeling.getByLabel('Aard van de relatie', { exact: true }).fill('Pieters heeft het feit zelf begaan en is bestuurder.');
  await beoordeling.getByRole('button', { name: 'Relatie toevoegen' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De relatie is toegevoegd.');
  const groundA = beoordeling.getByRole('group', { name: /^Grond a / });
  await groundA.getByLabel('Mindere mate van gevaar').check();
  await groundA.getByLabel(/^art\. 3 lid 2 sub a:/).check();
  await groundA.getByLabel('Motivering (grond a)').fill('Eén veroordeling voor heling; de exploitatie staat er los van.');
  await groundA.getByRole('button', { name: 'Oordeel over grond a opslaan' }).click();
  await expect(beoordeling).toContainText('Conclusie: Mindere mate van gevaar (met advies van het LBB)');
  await beoordeling.getByRole('button', { name: 'Voorschrift uit de bibliotheek toevoegen' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('Het voorschrift is toegevoegd.');
  await beoordeling.getByLabel('Tekst van het voorschrift').fill('De vergunninghouder houdt een register bij van de herkomst van alle ingekochte goederen.');
  await beoordeling.getByLabel('Welk gevaar neemt het weg of beperkt het?').fill('Beperkt het gevaar van heling via de onderneming (art. 3 lid 1 sub b).');
  await beoordeling.getByRole('button', { name: 'Eigen voorschrift toevoegen' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('Het voorschrift is toegevoegd.');
  await expect(beoordeling.locator('ol.assessment-list > li')).toHaveCount(2);
  // With the LBB's advice, no melding of art. 7a lid 7 is due.
  await expect(beoordeling).toContainText('Er is geen melding nodig.');
  await expectAccessible(page, 'Horeca-casus (beoordeling)');

  // The outcome, and the zienswijze for the aanvrager and the named verhuurder.
  await openDossierPagina(page, 'Intake en betrokkenen');
  const gegevens = section(page, 'Gegevens');
  await gegevens.getByLabel('Uitkomst', { exact: true }).selectOption({ label: 'Verlenen met voorschriften' });
  await gegevens.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await expect(gegevens.getByRole('status')).toContainText('Opgeslagen');
  await openDossierPagina(page, 'Zienswijze en besluit');
  const zienswijze = section(page, 'Zienswijze en besluit');
  await expect(zienswijze).toContainText('art. 33 lid 1 Wet Bibob');
  for (const [naam, derde] of [['Café De Haven B.V.', false], ['V. Verhuur', true]] as const) {
    await zienswijze.getByLabel('Wie').selectOption({ label: naam });
    if (derde) await zienswijze.getByLabel('Derde die in het voornemen wordt genoemd').check();
    await zienswijze.getByLabel('Uitgenodigd op').fill('2026-11-19');
    await zienswijze.getByRole('button', { name: 'Termijn voorstellen' }).click();
    await expect(zienswijze.getByLabel('Zienswijzetermijn tot en met')).toHaveValue('2026-12-03');
    if (!derde) {
      // Issue 18 §6: the two art. 28 lid 3 checkboxes left empty: both messages show at their checkboxes.
      await zienswijze.getByRole('button', { name: 'Uitnodiging vastleggen' }).click();
      const afschrift = zienswijze.getByLabel(/^Afschrift gegeven van/);
      const geheimhouding = zienswijze.getByLabel('Schriftelijk gewezen op de geheimhoudingsplicht (art. 28 lid 1 en 3)');
      await expect(afschrift).toHaveAccessibleDescription('Geef de betrokkene een afschrift van het LBB-advies (art. 28 lid 3 Wet Bibob).');
      await expect(geheimhouding).toHaveAccessibleDescription(/Wijs schriftelijk op de geheimhoudingsplicht/);
      await expect(afschrift).toHaveAttribute('aria-invalid', 'true');
      await fs.mkdir('/tmp/shots', { recursive: true });
      await zienswijze.screenshot({ path: '/tmp/shots/errors-zienswijze.png' });
      // Another form of the section succeeds: the invitation's messages do not linger beside its confirmation.
      await zienswijze.getByRole('button', { name: 'Besluit opslaan' }).click();
      await expect(zienswijze.getByRole('status')).toHaveText('Het besluit is opgeslagen.');
      await expect(zienswijze.locator('.field__error')).toHaveCount(0);
      await zienswijze.getByRole('button', { name: 'Uitnodiging vastleggen' }).click();
      await expect(zienswijze.locator('.field__error')).toHaveCount(2);
      // Editing the form makes the messages stale: they go.
      await afschrift.check();
      await expect(zienswijze.locator('.field__error')).toHaveCount(0);
    }
    await zienswijze.getByLabel(/^Afschrift gegeven van/).check();
    await zienswijze.getByLabel('Schriftelijk gewezen op de geheimhoudingsplicht (art. 28 lid 1 en 3)').check();
    await zienswijze.getByRole('button', { name: 'Uitnodiging vastleggen' }).click();
    await expect(zienswijze.getByRole('status')).toHaveText('De uitnodiging is vastgelegd.');
  }
  await expect(zienswijze).toContainText('V. Verhuur (derde)');
  await expect(zienswijze).toContainText('afschrift van zijn deel van het advies');
  await expectAccessible(page, 'Horeca-casus (zienswijze)');

  // Both give their zienswijze and the burgemeester answers each (Awb 3:46). With the LBB advice received, the besluit
  // records the advice's degree: a wrong one shows a departure that would need its reasons (Awb 3:50), at the field.
  for (const naam of ['Café De Haven B.V.', 'V. Verhuur']) {
    await zienswijze.getByLabel(`Zienswijze van ${naam} ontvangen op`).fill('2026-11-20');
    await zienswijze.getByLabel(`Samenvatting van de zienswijze van ${naam}`).fill('Geen bezwaar tegen de voorschriften.');
    await zienswijze.getByRole('button', { name: `Zienswijze vastleggen: ${naam}` }).click();
    await expect(zienswijze.getByRole('status')).toHaveText('De zienswijze is vastgelegd.');
    await zienswijze.getByLabel(`Reactie van het bestuursorgaan op de zienswijze van ${naam}`).fill('Daarvan neem ik kennis; de voorschriften blijven zoals voorgenomen.');
    await zienswijze.getByRole('button', { name: `Reactie vastleggen: ${naam}` }).click();
    await expect(zienswijze.getByRole('status')).toHaveText('De reactie op de zienswijze is vastgelegd.');
  }
  await zienswijze.getByLabel('Besluit genomen op').fill('2026-11-20');
  await zienswijze.getByRole('button', { name: 'Besluit opslaan' }).click();
  const mate = zienswijze.getByLabel('Mate van gevaar volgens het advies van het Landelijk Bureau Bibob');
  await expect(mate).toHaveAccessibleDescription(/art\. 3:50 Awb/);
  await mate.selectOption({ label: 'Ernstig gevaar' });
  await zienswijze.getByRole('button', { name: 'Besluit opslaan' }).click();
  await expect(zienswijze.getByLabel('Redenen om af te wijken van het advies (art. 3:50 Awb)')).toHaveAccessibleDescription(
    /Het besluit wijkt af van het advies van het Landelijk Bureau Bibob \(het besluit gaat uit van mindere mate van gevaar, het advies van ernstig gevaar\)/,
  );
  await mate.selectOption({ label: 'Mindere mate van gevaar' });
  await zienswijze.getByRole('button', { name: 'Besluit opslaan' }).click();
  await expect(zienswijze.getByRole('status')).toHaveText('Het besluit is opgeslagen.');
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText('Besluit genomen op 20 november 2026: verlenen met voorschriften.');

  // A second dossier with the same verhuurder shows the first one's outcome.
  await newHorecaDossier(page, 'Snackbar De Kade B.V.', '2026-10-05');
  await openDossierPagina(page, 'Intake en betrokkenen');
  const betrokkenen = section(page, 'Betrokkenen');
  await betrokkenen.getByLabel('Natuurlijk persoon', { exact: true }).check();
  await betrokkenen.getByLabel('Naam', { exact: true }).fill('V. Verhuur');
  await betrokkenen.getByLabel('Rol', { exact: true }).selectOption({ label: 'Verhuurder of eigenaar van het pand' });
  await betrokkenen.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
  const candidates = betrokkenen.locator('.candidates');
  await expect(candidates).toContainText('V. Verhuur');
  await candidates.getByRole('button', { name: 'Deze gebruiken: V. Verhuur' }).click();
  await expect(betrokkenen.getByRole('status')).toContainText('V. Verhuur');
  const row = page.getByRole('table', { name: 'Betrokkenen' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'V. Verhuur' }) });
  await expect(row).toContainText(zaaknummer);
  await expect(row).toContainText('uitkomst: verlenen met voorschriften');
});

import { addPerson, confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test, openDossierPagina } from './support';

/* Information requests to the RIEC and partners, and the LBB advice request, on one dossier (issue 11). */

test('a request to the RIEC from concept to answer, and an LBB request that waits for the eigen onderzoek', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await newHorecaDossier(page, 'Eetcafé Verzoek B.V.', '2026-11-02');
  await addPerson(page, 'J. Jansen', 'Bestuurder');

  await openDossierPagina(page, 'Informatieverzoeken');
  const verzoeken = section(page, 'Informatieverzoeken');
  await expect(verzoeken.getByText('Nog geen verzoeken.')).toBeVisible();
  await expect(verzoeken).toContainText('art. 7 lid 2 Wet Bibob');

  // Without a betrokkene the request is refused at the field.
  await verzoeken.getByLabel('Vragen').fill('Zijn er antecedenten of lopende onderzoeken naar J. Jansen?');
  await verzoeken.getByRole('button', { name: 'Verzoek aanmaken' }).click();
  await expect(verzoeken.locator('.field__error').first()).toContainText('Kies de betrokkenen');
  await verzoeken.getByRole('group', { name: 'Over wie' }).getByLabel('J. Jansen').check();
  await verzoeken.getByRole('button', { name: 'Verzoek aanmaken' }).click();
  await expect(verzoeken.getByRole('status')).toHaveText('Het verzoek is aangemaakt als concept.');
  const riec = verzoeken.locator('.request').filter({ hasText: 'RIEC' });
  await expect(riec).toContainText('Concept');
  await expectAccessible(page, 'Informatieverzoeken (concept)');

  // Sent long ago: the usual 28 days have passed, so it is late.
  await riec.getByRole('button', { name: /^Verzenden: / }).click();
  await riec.getByLabel('Verzonden op').fill('2026-10-01');
  await riec.getByRole('button', { name: 'Verzenden', exact: true }).click();
  await expect(verzoeken.getByRole('status')).toHaveText('Het verzoek is verzonden.');
  await expect(riec).toContainText('termijn verstreken');
  await expect(riec).toContainText('29 oktober 2026');
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText('Verzoek om informatie aan RIEC');

  await openDossierPagina(page, 'Informatieverzoeken');
  await riec.getByRole('button', { name: /^Termijn verlengen: / }).click();
  await riec.getByLabel('Nieuwe uiterste datum').fill('2026-12-15');
  await riec.getByRole('button', { name: 'Termijn verlengen', exact: true }).click();
  await openDossierPagina(page, 'Informatieverzoeken');
  await expect(verzoeken.getByRole('status')).toHaveText('De termijn is verlengd.');
  await expect(riec).toContainText('Verzonden, termijn verlengd');
  await expect(riec).not.toContainText('termijn verstreken');

  await riec.getByRole('button', { name: /^Antwoord vastleggen: / }).click();
  await riec.getByLabel('Ontvangen op').fill('2026-11-20');
  await riec.getByRole('button', { name: 'Antwoord vastleggen', exact: true }).click();
  await expect(riec.getByLabel('Samenvatting')).toHaveAttribute('aria-invalid', 'true');
  await riec.getByLabel('Samenvatting').fill('Twee registraties wegens heling (2022).');
  await riec.getByLabel('Alleen voor deze beoordeling').check();
  await riec.getByRole('button', { name: 'Antwoord vastleggen', exact: true }).click();
  await expect(verzoeken.getByRole('status')).toHaveText('Het antwoord is vastgelegd.');
  await expect(riec).toContainText('Beantwoord');
  await expect(riec).toContainText('Twee registraties wegens heling (2022).');
  await expect(riec.locator('.restriction-mark')).toHaveText('Let op, gebruiksbeperking: Alleen voor deze beoordeling');
  await expectAccessible(page, 'Informatieverzoeken (beantwoord)');

  // The LBB: allowed for this kind of decision, but not without the findings of the eigen onderzoek.
  await verzoeken.getByLabel('Aan').selectOption({ label: 'Landelijk Bureau Bibob (adviesaanvraag)' });
  await verzoeken.getByRole('group', { name: 'Over wie' }).getByLabel('J. Jansen').check();
  await verzoeken.getByLabel('Vragen').fill('Advies over de mate van gevaar.');
  await verzoeken.getByRole('button', { name: 'Verzoek aanmaken' }).click();
  const lbb = verzoeken.locator('.request').filter({ hasText: 'Landelijk Bureau Bibob' });
  await lbb.getByRole('button', { name: /^Adviesaanvraag verzenden: / }).click();
  await lbb.getByLabel('Aangevraagd op').fill('2026-11-23');
  await lbb.getByRole('button', { name: 'Adviesaanvraag verzenden', exact: true }).click();
  await expect(lbb.getByRole('alert')).toContainText('art. 7a lid 4');
  await expect(lbb).toContainText('Concept');
  await expectAccessible(page, 'Informatieverzoeken (LBB geweigerd)');

  // The eigen onderzoek: a note per betrokkene, the financing, and the form's own parts.
  await openDossierPagina(page, 'Eigen onderzoek');
  const onderzoek = section(page, 'Eigen onderzoek');
  const formNotice = onderzoek.getByRole('note').filter({ hasText: 'Wat het formulier nog mist' });
  await expect(formNotice).toContainText('geen onderzoeksnotitie');
  for (const naam of ['Eetcafé Verzoek B.V.', 'J. Jansen']) {
    await onderzoek.getByLabel('Betrokkene', { exact: true }).selectOption({ label: naam });
    await onderzoek.getByLabel('Bron', { exact: true }).selectOption({ label: 'KvK / Handelsregister' });
    await onderzoek.getByLabel('Geraadpleegd op').fill('2026-11-20');
    await onderzoek.getByLabel('Bevinding', { exact: true }).fill(`${naam}: ingeschreven sinds 2019, niets bijzonders.`);
    await onderzoek.getByRole('button', { name: 'Notitie vastleggen' }).click();
    await expect(onderzoek.getByRole('status')).toHaveText('De notitie is vastgelegd.');
  }
  await expect(onderzoek.getByRole('table', { name: 'Onderzoeksnotities' }).locator('tbody tr')).toHaveCount(2);
  await onderzoek.getByLabel('Investering', { exact: true }).fill('Inventaris en verbouwing');
  await onderzoek.getByLabel('Bedrag van de investering (euro)').fill('150.000');
  await onderzoek.getByRole('button', { name: 'Investering toevoegen' }).click();
  await expect(onderzoek.getByRole('status')).toHaveText('De investering is toegevoegd.');
  await onderzoek.getByLabel('Herkomst', { exact: true }).fill('Spaargeld');
  await onderzoek.getByLabel('Bedrag van de herkomst (euro)').fill('50.000');
  await onderzoek.getByRole('button', { name: 'Herkomst toevoegen' }).click();
  await expect(onderzoek.getByRole('status')).toHaveText('De herkomst is toegevoegd.');
  // Nothing documented: the whole investment is unexplained.
  await expect(onderzoek.locator('dl.details').first()).toContainText('€ 150.000,00');
  await expectAccessible(page, 'Eigen onderzoek (financiering)');

  await onderzoek.getByLabel('Toelichting op de aanleiding').fill('De herkomst van € 100.000 is niet onderbouwd.');
  await onderzoek.getByLabel('Het ingevulde vragenformulier met de bijlagen gaat mee (art. 7a lid 4)').check();
  await onderzoek.getByLabel('De financiering is gecontroleerd: elke investering staat tegenover haar herkomst').check();
  await onderzoek.getByRole('button', { name: 'Formulier opslaan' }).click();
  await expect(onderzoek.getByRole('status')).toHaveText('Het formulier is opgeslagen.');
  await expect(onderzoek.getByText('Het formulier is compleet')).toBeVisible();
  await onderzoek.getByText('Het formulier zoals het naar het LBB gaat').click();
  await expect(onderzoek.locator('.form-preview')).toContainText('ingeschreven sinds 2019');
  await expectAccessible(page, 'Eigen onderzoek (formulier compleet)');

  // Now the advice request goes (its form is still open with the refusal): the beslistermijn is suspended and
  // the art. 32 notice is due.
  await openDossierPagina(page, 'Informatieverzoeken');
  await expect(lbb.getByLabel('Aangevraagd op')).toHaveValue('2026-11-23');
  await lbb.getByRole('button', { name: 'Adviesaanvraag verzenden', exact: true }).click();
  await openDossierPagina(page, 'Informatieverzoeken');
  await expect(verzoeken.getByRole('status')).toContainText('De adviesaanvraag is verzonden');
  await expect(lbb).toContainText('Advies uiterlijk');
  await expect(lbb).toContainText('18 januari 2027');
  const notice = lbb.getByRole('note');
  await expect(notice).toContainText('art. 32 Wet Bibob');
  await notice.getByLabel('Betrokkene geïnformeerd op').fill('2026-11-23');
  await notice.getByRole('button', { name: 'Mededeling vastleggen' }).click();
  await expect(verzoeken.getByRole('status')).toContainText('art. 32');
  await expect(lbb).toContainText('Betrokkene geïnformeerd op 23 november 2026');
  await expectAccessible(page, 'Informatieverzoeken (LBB verzonden)');

  // The LBB asks for data (its term waits) and announces an extension of 4 weeks.
  await lbb.getByLabel('Wat vraagt het LBB?').fill('Jaarrekening 2025');
  await lbb.getByLabel('Gevraagd op').fill('2026-11-23');
  await lbb.getByRole('button', { name: 'Verzoek van het LBB vastleggen' }).click();
  await expect(verzoeken.getByRole('status')).toContainText('art. 15 lid 2');
  await lbb.getByLabel('Gemeld op').fill('2026-11-23');
  await lbb.getByLabel('Verlenging').selectOption({ label: '4 weken' });
  await lbb.getByRole('button', { name: 'Verlenging vastleggen' }).click();
  await expect(verzoeken.getByRole('status')).toHaveText('De verlenging door het LBB is vastgelegd.');
  await expect(lbb).toContainText('4 weken langer');
  await expectAccessible(page, 'Informatieverzoeken (LBB verlengd)');
});

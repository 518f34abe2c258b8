import { addPerson, confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test, openDossierPagina } from './support';

/* The assessment of art. 3 Wet Bibob on one dossier, up to the proposed refusal and the melding to the LBB (issue 11). */

test('ernstig gevaar needs a finding, a relation and a motivation; a refusal needs proportionality; the melding to the LBB is required', async ({ page, preview, cspViolations }) => {
  // The whole way to the besluit, with an answer to each zienswijze: longer than the default on a shared machine.
  test.setTimeout(240_000);
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await newHorecaDossier(page, 'Eetcafé Oordeel B.V.', '2026-11-02');
  await addPerson(page, 'J. Jansen', 'Bestuurder');

  await openDossierPagina(page, 'Beoordeling');
  const beoordeling = section(page, 'Beoordeling');
  await expect(beoordeling).toContainText('Conclusie: Geen gevaar');
  await expectAccessible(page, 'Beoordeling (leeg)');

  // A finding about J. Jansen, restricted by its source.
  await beoordeling.getByLabel('Over', { exact: true }).selectOption({ label: 'J. Jansen' });
  await beoordeling.getByLabel('Soort bevinding').selectOption({ index: 0 });
  await beoordeling.getByLabel('Omschrijving van de bevinding').fill('Veroordeling wegens witwassen van € 80.000 (2024).');
  await beoordeling.getByLabel('Bron van de bevinding').fill('Justitiële documentatie');
  await beoordeling.getByLabel('Datum van het feit of de uitspraak').fill('2024-05-01');
  await beoordeling.getByLabel('Ernst', { exact: true }).selectOption({ label: 'Zwaar' });
  await beoordeling.getByLabel('Derdenbelang').check();
  await beoordeling.getByRole('button', { name: 'Bevinding toevoegen' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De bevinding is toegevoegd.');
  await expect(beoordeling.locator('.restriction-mark')).toContainText('Derdenbelang');

  // Ernstig gevaar on ground a without a relation: refused, with the article.
  const groundA = beoordeling.getByRole('group', { name: /^Grond a / });
  await groundA.getByLabel('Ernstig gevaar').check();
  await groundA.getByLabel(/^art\. 3 lid 2 sub a:/).check();
  await groundA.getByLabel('Motivering (grond a)').fill('Recente witwasveroordeling van de bestuurder; de herkomst van de investering is niet verklaard.');
  await groundA.getByRole('button', { name: 'Oordeel over grond a opslaan' }).click();
  await expect(groundA.getByRole('alert')).toContainText('art. 3');
  await expect(beoordeling).toContainText('Conclusie: Geen gevaar');
  await expectAccessible(page, 'Beoordeling (ernstig geweigerd)');

  // The relation: he committed it himself (sub a). Then the same judgment is accepted.
  await beoordeling.getByLabel('Betrokkene die in relatie staat').selectOption({ label: 'J. Jansen' });
  await beoordeling.getByLabel(/^Sub a:/).check();
  await beoordeling.getByLabel('Aard van de relatie', { exact: true }).fill('Jansen heeft het feit zelf begaan en is bestuurder van de aanvrager.');
  await beoordeling.getByRole('button', { name: 'Relatie toevoegen' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De relatie is toegevoegd.');
  await groundA.getByRole('button', { name: 'Oordeel over grond a opslaan' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('Het oordeel over grond a is opgeslagen.');
  await expect(beoordeling).toContainText('Conclusie: Ernstig gevaar (zonder advies van het LBB)');

  // Refusal without proportionality is refused; with it, it is proposed.
  await beoordeling.getByLabel('Maatregel', { exact: true }).selectOption({ label: 'Weigeren' });
  await beoordeling.getByRole('button', { name: 'Maatregel voorstellen' }).click();
  await expect(beoordeling.getByRole('alert').first()).toContainText('lid 5');
  await beoordeling.getByLabel('Evenredigheid (art. 3 lid 5)').fill('De veroordeling is recent en hangt samen met de exploitatie; voorschriften nemen het gevaar niet weg.');
  await beoordeling.getByRole('button', { name: 'Afweging opslaan' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De afweging is opgeslagen.');
  await beoordeling.getByLabel('Maatregel', { exact: true }).selectOption({ label: 'Weigeren' });
  await beoordeling.getByRole('button', { name: 'Maatregel voorstellen' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De voorgestelde maatregel is opgeslagen.');
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText('voorgestelde maatregel: weigeren');

  // Ernstig gevaar without an LBB advice: the melding of art. 7a lid 7 is required until recorded.
  await openDossierPagina(page, 'Beoordeling');
  const melding = beoordeling.getByRole('note').filter({ hasText: 'Melding aan het LBB vereist' });
  await expect(melding).toContainText('art. 7a lid 7 Wet Bibob');
  await expectAccessible(page, 'Beoordeling (melding vereist)');
  await melding.getByLabel('Gemeld op').fill('2026-11-23');
  await melding.getByRole('button', { name: 'Melding vastleggen' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De melding aan het LBB is vastgelegd.');
  await expect(beoordeling).toContainText('De vereiste melding is gedaan.');
  await expect(beoordeling).toContainText('23 november 2026: art. 7a lid 7 Wet Bibob (conclusie: ernstig gevaar)');

  // The intended refusal: the betrokkene and the third party named in it get their say (art. 33).
  await openDossierPagina(page, 'Intake en betrokkenen');
  const gegevens = section(page, 'Gegevens');
  await gegevens.getByLabel('Uitkomst', { exact: true }).selectOption({ label: 'Weigeren' });
  await gegevens.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await expect(gegevens.getByRole('status')).toContainText('Opgeslagen');
  await openDossierPagina(page, 'Zienswijze en besluit');
  const zienswijze = section(page, 'Zienswijze en besluit');
  await expect(zienswijze).toContainText('art. 33 lid 1 Wet Bibob');
  await zienswijze.getByLabel('Wie').selectOption({ label: 'Eetcafé Oordeel B.V.' });
  await zienswijze.getByLabel('Uitgenodigd op').fill('2026-11-23');
  await zienswijze.getByRole('button', { name: 'Termijn voorstellen' }).click();
  await expect(zienswijze.getByLabel('Zienswijzetermijn tot en met')).toHaveValue('2026-12-07');
  await zienswijze.getByRole('button', { name: 'Uitnodiging vastleggen' }).click();
  await expect(zienswijze.getByRole('status')).toHaveText('De uitnodiging is vastgelegd.');
  await zienswijze.getByLabel('Wie').selectOption({ label: 'J. Jansen' });
  await zienswijze.getByLabel('Derde die in het voornemen wordt genoemd').check();
  await zienswijze.getByLabel('Zienswijzetermijn tot en met').fill('2026-11-30');
  await zienswijze.getByRole('button', { name: 'Uitnodiging vastleggen' }).click();
  await expect(zienswijze.locator('.field__error')).toContainText('korter dan 2 weken');
  await zienswijze.getByLabel('Reden voor een kortere termijn (optioneel)').fill('De huidige vergunning verloopt op 1 december.');
  await zienswijze.getByRole('button', { name: 'Uitnodiging vastleggen' }).click();
  await expect(zienswijze.getByRole('status')).toHaveText('De uitnodiging is vastgelegd.');
  await expect(zienswijze).toContainText('J. Jansen (derde)');
  await zienswijze.getByLabel('Zienswijze van Eetcafé Oordeel B.V. ontvangen op').fill('2026-11-23');
  await zienswijze.getByLabel('Samenvatting van de zienswijze van Eetcafé Oordeel B.V.').fill('De aanvrager betwist dat Jansen nog bestuurder is.');
  await zienswijze.getByRole('button', { name: 'Zienswijze vastleggen: Eetcafé Oordeel B.V.' }).click();
  await expect(zienswijze.getByRole('status')).toHaveText('De zienswijze is vastgelegd.');
  await expect(zienswijze).toContainText('De aanvrager betwist dat Jansen nog bestuurder is.');
  await expectAccessible(page, 'Zienswijze en besluit');

  // Jansen's term runs to 30 November and he has not answered: a besluit now would not wait for him (art. 33).
  await zienswijze.getByLabel('Besluit genomen op').fill('2026-11-23');
  await zienswijze.getByRole('button', { name: 'Besluit opslaan' }).click();
  await expect(zienswijze.locator('.field__error')).toContainText('ligt vóór het einde van de zienswijzetermijn (30 november 2026)');
  await zienswijze.getByLabel('Zienswijze van J. Jansen ontvangen op').fill('2026-11-23');
  await zienswijze.getByLabel('Samenvatting van de zienswijze van J. Jansen').fill('Jansen laat weten dat hij geen zienswijze geeft.');
  await zienswijze.getByRole('button', { name: 'Zienswijze vastleggen: J. Jansen' }).click();
  await expect(zienswijze.getByRole('status')).toHaveText('De zienswijze is vastgelegd.');
  // Awb 3:46: the besluit answers every zienswijze — refused, with the reason, until each has the body's answer.
  await zienswijze.getByRole('button', { name: 'Besluit opslaan' }).click();
  await expect(zienswijze.getByRole('alert').filter({ hasText: 'heeft nog geen reactie van het bestuursorgaan' }).first()).toContainText('De zienswijze van Eetcafé Oordeel B.V. (ontvangen op 23 november 2026)');
  const reactieAanvrager = zienswijze.getByLabel('Reactie van het bestuursorgaan op de zienswijze van Eetcafé Oordeel B.V.');
  await zienswijze.getByRole('button', { name: 'Reactie vastleggen: Eetcafé Oordeel B.V.' }).click();
  await expect(reactieAanvrager).toHaveAccessibleDescription(/Vul de reactie van het bestuursorgaan op de zienswijze in\./);
  await reactieAanvrager.fill('Jansen staat in het Handelsregister nog als bestuurder ingeschreven.');
  await zienswijze.getByRole('button', { name: 'Reactie vastleggen: Eetcafé Oordeel B.V.' }).click();
  await expect(zienswijze.getByRole('status')).toHaveText('De reactie op de zienswijze is vastgelegd.');
  await expect(zienswijze).toContainText('Reactie van het bestuursorgaan: Jansen staat in het Handelsregister nog als bestuurder ingeschreven.');
  await zienswijze.getByLabel('Reactie van het bestuursorgaan op de zienswijze van J. Jansen').fill('Daarvan is kennisgenomen.');
  await zienswijze.getByRole('button', { name: 'Reactie vastleggen: J. Jansen' }).click();
  await expect(zienswijze.getByRole('status')).toHaveText('De reactie op de zienswijze is vastgelegd.');
  // A correction goes through the same field.
  await zienswijze.getByLabel('Reactie van het bestuursorgaan op de zienswijze van J. Jansen').fill('Daarvan is kennisgenomen; het voornemen blijft staan.');
  await zienswijze.getByRole('button', { name: 'Reactie corrigeren: J. Jansen' }).click();
  await expect(zienswijze.getByRole('status')).toHaveText('De reactie op de zienswijze is gecorrigeerd.');
  await zienswijze.getByLabel('Besluit genomen op').fill('2026-11-23');
  await zienswijze.getByLabel('Bezwaar ingediend', { exact: true }).check();
  await zienswijze.getByLabel('Bezwaar ingediend op').fill('2026-11-23');
  await zienswijze.getByRole('button', { name: 'Besluit opslaan' }).click();
  await expect(zienswijze.getByRole('status')).toHaveText('Het besluit is opgeslagen.');
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText('Besluit genomen op 23 november 2026: weigeren.');

  // The internal advice shows the restricted finding, marked: it needs no override (issue 20 §1).
  await openDossierPagina(page, 'Brieven');
  const brieven = section(page, 'Brieven');
  await expect(brieven.getByText('Nog geen brieven.')).toBeVisible();
  const internAdvies = { label: 'Intern Bibob-advies aan burgemeester of college' };
  await brieven.getByLabel('Soort brief').selectOption(internAdvies);
  await expect(brieven.getByLabel(/^Toch opnemen:/)).toHaveCount(0);
  await brieven.getByRole('button', { name: 'Brief maken' }).click();
  await expect(brieven.getByRole('status')).toHaveText('Intern Bibob-advies is gemaakt en bewaard in de kluis.');
  await expect(brieven.locator('ul.assessment-list > li')).toHaveCount(1);
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText('1 beperkte bevinding(en) gemarkeerd getoond (intern)');
  await expectAccessible(page, 'Brieven');
  await openDossierPagina(page, 'Brieven');
  await brieven.getByRole('button', { name: /^Exporteren: Intern Bibob-advies/ }).first().click();
  // The internal advice goes to the bestuursorgaan itself: no disclosure, so no recipient to choose (issue 20 §4).
  await expect(brieven.getByLabel('Verstrekken aan (art. 28 lid 2 Wet Bibob)')).toHaveCount(0);
  await brieven.getByRole('button', { name: 'Exporteren', exact: true }).click();
  await expect(brieven.getByRole('status')).toHaveText('Intern Bibob-advies is geëxporteerd (intern, geen verstrekking).');
});

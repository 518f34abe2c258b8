import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { addPerson, confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test } from './support';

/*
 * Issue 23 §1, "done when": a newcomer walks a whole horeca case from intake to the melding to the LBB by following
 * only the links of "Volgende stap". Each step is found in the panel by what it says, its link is the only way to the
 * form that does it, and every screen the link opens is checked with axe. Today in the preview is Monday
 * 23 November 2026; the exploitatievergunning was applied for on Monday 19 October 2026 (APV: 8 weeks).
 */

const shots = path.resolve(__dirname, '../../.test-output/screenshots');

/** Follows the link of the step that says `wat`, checks the screen it opens, and returns the step's text. */
async function volg(page: Page, wat: RegExp, scherm: string): Promise<string> {
  const stap = section(page, 'Volgende stap').getByRole('listitem').filter({ hasText: wat });
  await expect(stap).toHaveCount(1);
  const tekst = await stap.innerText();
  await stap.getByRole('link', { name: /^Naar / }).click();
  // The link puts the focus on the heading of the part that does the step, for keyboard users too.
  await expect(page.locator(':focus')).toHaveAttribute('tabindex', '-1');
  await expect(page.locator('h2:focus, h3:focus')).toHaveCount(1);
  await expectAccessible(page, scherm);
  await page.screenshot({ path: path.join(shots, `volgende-stap-casus-${scherm.replace(/\W+/g, '-').toLowerCase()}.png`) });
  return tekst;
}

test('a horeca case from intake to the melding to the LBB, walked only through the Volgende stap links', async ({ page, preview, cspViolations }) => {
  test.setTimeout(300_000);
  void cspViolations;
  mkdirSync(shots, { recursive: true });
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await newHorecaDossier(page, 'Café Het Anker B.V.', '2026-10-19', { rechtspersoon: true, postadres: 'Havenstraat 1\n1234 AB Proefstad' });

  // Intake: the betrokkenen of art. 3 lid 4.
  expect(await volg(page, /Leg de betrokkenen vast/, 'Betrokkenen')).toContain('art. 3 lid 4 Wet Bibob');
  await addPerson(page, 'J. Janssen', 'Bestuurder');
  await expect(section(page, 'Volgende stap').getByText(/Leg de betrokkenen vast/)).toHaveCount(0);

  // The vragenformulier goes out, and comes back.
  expect(await volg(page, /Stuur het Bibob-vragenformulier aan Café Het Anker B\.V\./, 'Vragenformulier versturen')).toContain('art. 7a lid 2 Wet Bibob');
  const vf = section(page, 'Vragenformulier');
  await vf.getByLabel('Verzonden op').fill('2026-10-20');
  await vf.getByRole('button', { name: 'Vragenformulier versturen' }).click();
  await expect(vf.getByRole('status')).toHaveText('Het vragenformulier is verzonden op 20 oktober 2026.');
  await volg(page, /Leg de ontvangst van het ingevulde vragenformulier vast \(verstuurd op 20 oktober 2026\)/, 'Vragenformulier ontvangen');
  await vf.getByLabel('Ontvangen op').fill('2026-11-13');
  await vf.getByRole('button', { name: 'Ontvangst vastleggen' }).click();
  await expect(vf.getByRole('status')).toHaveText('Het ingevulde vragenformulier is ontvangen op 13 november 2026.');

  // Nothing answered yet, so the application is incomplete: one herstelverzoek with a term (Awb 4:5 lid 1).
  expect(await volg(page, /Stuur een herstelverzoek met een termijn/, 'Herstelverzoek')).toContain('art. 4:5 lid 1 Awb');
  const herstel = section(page, 'Herstel');
  await herstel.getByLabel('Verzonden op').fill('2026-11-16');
  await herstel.getByRole('button', { name: 'Einddatum voorstellen' }).click();
  await expect(herstel.getByLabel('Hersteltermijn tot en met')).toHaveValue('2026-11-30');
  await herstel.getByRole('button', { name: 'Herstelverzoek registreren' }).click();
  await expect(herstel.getByRole('status')).toContainText('Het herstelverzoek is geregistreerd.');
  await volg(page, /Wacht de aanvulling af: de hersteltermijn loopt tot en met 30 november 2026/, 'Aanvulling');
  await herstel.getByLabel('Aangevuld op').fill('2026-11-17');
  await herstel.getByLabel('Volledig', { exact: true }).check();
  await herstel.getByRole('button', { name: 'Aanvulling vastleggen' }).click();
  await expect(herstel.getByRole('status').first()).toContainText('De aanvulling is vastgelegd als volledig.');

  // The own research, per betrokkene.
  expect(await volg(page, /Doe het eigen onderzoek/, 'Eigen onderzoek')).toContain('art. 7a en 7b Wet Bibob');
  const onderzoek = section(page, 'Eigen onderzoek');
  for (const [naam, bevinding] of [
    ['Café Het Anker B.V.', 'Ingeschreven sinds 2025; J. Janssen enig bestuurder.'],
    ['J. Janssen', 'Eerder bestuurder van een failliete horeca-onderneming (2022).'],
  ] as const) {
    await onderzoek.getByLabel('Betrokkene', { exact: true }).selectOption({ label: naam });
    await onderzoek.getByLabel('Geraadpleegd op').fill('2026-11-18');
    await onderzoek.getByLabel('Bevinding', { exact: true }).fill(bevinding);
    await onderzoek.getByRole('button', { name: 'Notitie vastleggen' }).click();
    await expect(onderzoek.getByRole('status')).toHaveText('De notitie is vastgelegd.');
  }

  // Information from the RIEC.
  expect(await volg(page, /Vraag zo nodig gegevens op bij het RIEC/, 'Informatieverzoeken')).toContain('art. 9 en art. 7a lid 4 Wet Bibob');
  const verzoeken = section(page, 'Informatieverzoeken');
  await verzoeken.getByRole('group', { name: 'Over wie' }).getByLabel('J. Janssen').check();
  await verzoeken.getByLabel('Vragen').fill('Is J. Janssen bij het RIEC bekend?');
  await verzoeken.getByRole('button', { name: 'Verzoek aanmaken' }).click();
  const riec = verzoeken.locator('.request').filter({ hasText: 'RIEC' });
  await riec.getByRole('button', { name: /^Verzenden: / }).click();
  await riec.getByLabel('Verzonden op').fill('2026-11-18');
  await riec.getByRole('button', { name: 'Verzenden', exact: true }).click();
  await riec.getByRole('button', { name: /^Antwoord vastleggen: / }).click();
  await riec.getByLabel('Ontvangen op').fill('2026-11-19');
  await riec.getByLabel('Samenvatting').fill('Janssen: veroordeeld wegens witwassen van € 80.000 (2024).');
  await riec.getByRole('button', { name: 'Antwoord vastleggen', exact: true }).click();
  await expect(verzoeken.getByRole('status')).toContainText('vastgelegd');

  // The assessment: ernstig gevaar on ground a, a refusal that is proportionate.
  expect(await volg(page, /Leg de beoordeling vast/, 'Beoordeling')).toContain('art. 3 Wet Bibob');
  const beoordeling = section(page, 'Beoordeling');
  await beoordeling.getByLabel('Over', { exact: true }).selectOption({ label: 'J. Janssen' });
  await beoordeling.getByLabel('Omschrijving van de bevinding').fill('Veroordeling wegens witwassen van € 80.000 (2024).');
  await beoordeling.getByLabel('Bron van de bevinding').fill('RIEC-antwoord van 19 november 2026');
  await beoordeling.getByLabel('Datum van het feit of de uitspraak').fill('2024-05-01');
  await beoordeling.getByRole('button', { name: 'Bevinding toevoegen' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De bevinding is toegevoegd.');
  await beoordeling.getByLabel('Betrokkene die in relatie staat').selectOption({ label: 'J. Janssen' });
  await beoordeling.getByLabel(/^Sub a:/).check();
  await beoordeling.getByLabel('Aard van de relatie', { exact: true }).fill('Janssen heeft het feit zelf begaan en is bestuurder van de aanvrager.');
  await beoordeling.getByRole('button', { name: 'Relatie toevoegen' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De relatie is toegevoegd.');
  const groundA = beoordeling.getByRole('group', { name: /^Grond a / });
  await groundA.getByLabel('Ernstig gevaar').check();
  await groundA.getByLabel(/^art\. 3 lid 2 sub a:/).check();
  await groundA.getByLabel('Motivering (grond a)').fill('Recente witwasveroordeling van de enig bestuurder; de herkomst van de investering is niet verklaard.');
  await groundA.getByRole('button', { name: 'Oordeel over grond a opslaan' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('Het oordeel over grond a is opgeslagen.');
  await beoordeling.getByLabel('Evenredigheid (art. 3 lid 5)').fill('De veroordeling is recent en hangt samen met de exploitatie; voorschriften nemen het gevaar niet weg.');
  await beoordeling.getByRole('button', { name: 'Afweging opslaan' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De afweging is opgeslagen.');
  await beoordeling.getByLabel('Maatregel', { exact: true }).selectOption({ label: 'Weigeren' });
  await beoordeling.getByRole('button', { name: 'Maatregel voorstellen' }).click();
  await expect(beoordeling.getByRole('status')).toHaveText('De voorgestelde maatregel is opgeslagen.');

  // The zienswijze of art. 33 on the intended refusal.
  const uitnodigen = await volg(page, /Nodig Café Het Anker B\.V\. en elke derde die in het voornemen \(weigeren\) wordt genoemd uit voor een zienswijze/, 'Zienswijze');
  expect(uitnodigen).toContain('art. 33 lid 1 Wet Bibob');
  expect(uitnodigen).toContain('Voornemen');
  const zienswijze = section(page, 'Zienswijze en besluit');
  await zienswijze.getByLabel('Wie').selectOption({ label: 'Café Het Anker B.V.' });
  await zienswijze.getByLabel('Uitgenodigd op').fill('2026-11-20');
  await zienswijze.getByRole('button', { name: 'Termijn voorstellen' }).click();
  await expect(zienswijze.getByLabel('Zienswijzetermijn tot en met')).toHaveValue('2026-12-04');
  await zienswijze.getByRole('button', { name: 'Uitnodiging vastleggen' }).click();
  await expect(zienswijze.getByRole('status')).toHaveText('De uitnodiging is vastgelegd.');
  await volg(page, /Wacht de zienswijze af van Café Het Anker B\.V\./, 'Zienswijze afwachten');
  await zienswijze.getByLabel('Zienswijze van Café Het Anker B.V. ontvangen op').fill('2026-11-23');
  await zienswijze.getByLabel('Samenvatting van de zienswijze van Café Het Anker B.V.').fill('De veroordeling staat los van het café.');
  await zienswijze.getByRole('button', { name: 'Zienswijze vastleggen: Café Het Anker B.V.' }).click();
  await expect(zienswijze.getByRole('status')).toHaveText('De zienswijze is vastgelegd.');
  await zienswijze.getByLabel('Reactie van het bestuursorgaan op de zienswijze van Café Het Anker B.V.').fill('De bestuurder pleegde het witwassen met geld uit horeca; het verband met de exploitatie blijft.');
  await zienswijze.getByRole('button', { name: 'Reactie vastleggen: Café Het Anker B.V.' }).click();
  await expect(zienswijze.getByRole('status')).toHaveText('De reactie op de zienswijze is vastgelegd.');

  // The besluit, by the beslisdatum.
  const besluit = await volg(page, /Neem het besluit \(weigeren\)/, 'Besluit');
  expect(besluit).toContain('art. 3:46 en 3:45 Awb');
  await zienswijze.getByLabel('Besluit genomen op').fill('2026-11-23');
  await zienswijze.getByRole('button', { name: 'Besluit opslaan' }).click();
  await expect(zienswijze.getByRole('status')).toHaveText('Het besluit is opgeslagen.');

  // Ernstig gevaar without an LBB advice: the melding of art. 7a lid 7, straight away.
  expect(await volg(page, /Meld de conclusie direct aan het Landelijk Bureau Bibob/, 'Melding LBB')).toContain('art. 7a lid 7 Wet Bibob');
  const melding = section(page, 'Beoordeling').getByRole('note').filter({ hasText: 'Melding aan het LBB vereist' });
  await melding.getByLabel('Gemeld op').fill('2026-11-23');
  await melding.getByRole('button', { name: 'Melding vastleggen' }).click();
  await expect(section(page, 'Beoordeling').getByRole('status')).toHaveText('De melding aan het LBB is vastgelegd.');
  await expect(section(page, 'Volgende stap').getByText(/Meld de conclusie/)).toHaveCount(0);
  await page.screenshot({ path: path.join(shots, 'volgende-stap-casus-einde.png') });
});

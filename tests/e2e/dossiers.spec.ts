import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { PASSPHRASE, confirmRecoveryKey, createVault, expect, expectAccessible, test, openDossierPagina } from './support';

const shots = path.resolve(__dirname, '../../.test-output/screenshots');
const EXPLOITATIEVERGUNNING = 'Exploitatievergunning of andere APV-vergunning voor een inrichting of bedrijf';



function menu(page: Page, item: string): Locator {
  return page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: item, exact: true });
}

function section(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

interface NewDossier {
  zaaknummer?: string;
  gebied: string;
  besluitsoort?: string;
  ontvangenOp?: string;
  aanvragerSoort?: 'Rechtspersoon' | 'Natuurlijk persoon';
  aanvrager: string;
}

/** Creates a dossier from the overview and returns its zaaknummer, read from the confirmation. */
async function createDossier(page: Page, dossier: NewDossier): Promise<string> {
  await menu(page, 'Dossiers').click();
  await page.getByRole('button', { name: 'Nieuw dossier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuw dossier' })).toBeVisible();
  if (dossier.zaaknummer) await page.getByLabel('Zaaknummer').fill(dossier.zaaknummer);
  await page.getByLabel(dossier.gebied).check();
  if (dossier.besluitsoort) await page.getByLabel('Soort besluit').selectOption({ label: dossier.besluitsoort });
  if (dossier.ontvangenOp) await page.getByLabel('Datum ontvangst aanvraag').fill(dossier.ontvangenOp);
  if (dossier.aanvragerSoort) await page.getByLabel(dossier.aanvragerSoort, { exact: true }).check();
  await page.getByLabel('Naam aanvrager').fill(dossier.aanvrager);
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  const status = page.getByRole('status');
  await expect(status).toContainText(/Dossier \S+ is aangemaakt\./);
  const zaaknummer = /Dossier (\S+) is aangemaakt\./.exec(await status.innerText())![1]!;
  if (dossier.zaaknummer) expect(zaaknummer).toBe(dossier.zaaknummer);
  return zaaknummer;
}

async function openFromOverview(page: Page, zaaknummer: string): Promise<void> {
  await menu(page, 'Dossiers').click();
  await page.getByRole('table', { name: 'Alle dossiers' }).getByRole('button', { name: zaaknummer, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dossier ${zaaknummer}` })).toBeFocused();
}

interface NewBetrokkene {
  soort: 'Natuurlijk persoon' | 'Rechtspersoon';
  naam: string;
  kvkNummer?: string;
  rol: string;
}

async function fillBetrokkene(page: Page, betrokkene: NewBetrokkene): Promise<void> {
  await openDossierPagina(page, 'Intake en betrokkenen');
  const betrokkenen = section(page, 'Betrokkenen');
  await betrokkenen.getByLabel(betrokkene.soort, { exact: true }).check();
  await betrokkenen.getByLabel('Naam', { exact: true }).fill(betrokkene.naam);
  if (betrokkene.kvkNummer) await betrokkenen.getByLabel('KvK-nummer').fill(betrokkene.kvkNummer);
  await betrokkenen.getByLabel('Rol', { exact: true }).selectOption({ label: betrokkene.rol });
  await betrokkenen.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
}

async function addBetrokkene(page: Page, betrokkene: NewBetrokkene): Promise<void> {
  await fillBetrokkene(page, betrokkene);
  await expect(section(page, 'Betrokkenen').getByRole('status')).toContainText(`${betrokkene.naam} is toegevoegd als ${betrokkene.rol.toLowerCase()}.`);
}

function betrokkeneRow(page: Page, naam: string): Locator {
  return page.getByRole('table', { name: 'Betrokkenen' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: naam }) });
}

test('a horeca dossier: its deadline explained, its betrokkenen, found again by searching without diacritics', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);

  await page.getByRole('button', { name: 'Nieuw dossier' }).click();
  await expect(page.getByText('Leeg laten: het volgende nummer wordt toegekend')).toBeVisible();
  // The kinds of decision follow the toepassingsgebied.
  await page.getByLabel('Horeca (Alcoholwet- of exploitatievergunning)').check();
  await expect(page.getByLabel('Soort besluit').locator('option')).toHaveText([
    'Nog niet bekend',
    'Alcoholwetvergunning',
    'Intrekking Alcoholwetvergunning',
    EXPLOITATIEVERGUNNING,
    'Intrekking exploitatievergunning of andere APV-vergunning',
    'Alcoholwetvergunning voor een paracommerciële rechtspersoon (uniforme openbare voorbereidingsprocedure)',
    'Bijschrijving van een leidinggevende op het aanhangsel bij de Alcoholwetvergunning',
  ]);
  await expect(page.getByLabel('Rechtspersoon', { exact: true })).toBeChecked();
  await expectAccessible(page, 'Nieuw dossier (uitgebreid)');
  await page.getByRole('button', { name: 'Annuleren' }).click();

  const zaaknummer = await createDossier(page, {
    gebied: 'Horeca (Alcoholwet- of exploitatievergunning)',
    besluitsoort: EXPLOITATIEVERGUNNING,
    ontvangenOp: '2026-10-05',
    aanvragerSoort: 'Rechtspersoon',
    aanvrager: 'Eetcafé De Gouden Leeuw B.V.',
  });
  // No zaaknummer given: the next number of the municipality's scheme.
  expect(zaaknummer).toMatch(/^BIBOB-\d{4}-001$/);
  const row = page.getByRole('row', { name: new RegExp(zaaknummer) });
  await expect(row).toContainText('Eetcafé De Gouden Leeuw B.V.');
  await expect(row).toContainText('Intake');
  await expect(row).toContainText('30 november 2026');
  await expect(page.getByText('1 dossier', { exact: true })).toBeVisible();
  await expectAccessible(page, 'Dossiers (met filters)');

  // Filters: one that excludes the dossier, then back.
  await page.getByLabel('Fase').selectOption({ label: 'Afgerond' });
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(page.getByText('Geen dossiers gevonden met deze filters.')).toBeVisible();
  await expectAccessible(page, 'Dossiers (niets gevonden)');
  await page.getByLabel('Fase').selectOption({ label: 'Intake' });
  await page.getByLabel('Toepassingsgebied').selectOption({ label: 'Horeca (Alcoholwet- of exploitatievergunning)' });
  await page.getByLabel('Sorteren op').selectOption({ label: 'Uiterste beslisdatum (eerste eerst)' });
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(page.getByRole('row', { name: new RegExp(zaaknummer) })).toBeVisible();

  await openFromOverview(page, zaaknummer);
  await expect(page).toHaveTitle(`Dossier ${zaaknummer} — Bibob Werkbank`);
  await openDossierPagina(page, 'Zienswijze en besluit');
  const termijn = section(page, 'Beslistermijn');
  await expect(termijn.getByText('maandag 30 november 2026', { exact: true })).toBeVisible();
  await expect(termijn).toContainText('8 weken');
  await expect(termijn.getByRole('listitem').filter({ hasText: 'beslistermijn volgens de APV' }).first()).toBeVisible();
  // The aanvrager is the first betrokkene.
  await openDossierPagina(page, 'Intake en betrokkenen');
  await expect(betrokkeneRow(page, 'Eetcafé De Gouden Leeuw B.V.')).toContainText('Aanvrager');
  await expectAccessible(page, 'Dossier');

  // The procedure bar moves the focus to the heading of the page it shows, by keyboard too.
  await page.getByRole('navigation', { name: 'Procedure' }).getByRole('link', { name: 'Intake en betrokkenen', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Intake en betrokkenen', exact: true })).toBeFocused();

  await addBetrokkene(page, { soort: 'Natuurlijk persoon', naam: 'Dragan Čović', rol: 'Bestuurder' });
  await addBetrokkene(page, { soort: 'Rechtspersoon', naam: 'Noordzee Financiering B.V.', kvkNummer: '12345678', rol: 'Vermogensverschaffer of geldverstrekker' });
  await expect(betrokkeneRow(page, 'Dragan Čović')).toContainText('Bestuurder');
  await expect(betrokkeneRow(page, 'Dragan Čović')).toContainText('Natuurlijk persoon');
  await expect(betrokkeneRow(page, 'Noordzee Financiering B.V.')).toContainText('KvK 12345678');
  await expect(betrokkeneRow(page, 'Noordzee Financiering B.V.')).toContainText('Vermogensverschaffer of geldverstrekker');
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText('Dragan Čović toegevoegd als bestuurder.');
  // Every role can be removed by a button that names whose role it is.
  await openDossierPagina(page, 'Intake en betrokkenen');
  await expect(page.getByRole('button', { name: 'Rol verwijderen: Dragan Čović als bestuurder' })).toBeVisible();

  // A relation between two betrokkenen.
  await openDossierPagina(page, 'Intake en betrokkenen');
  const relaties = section(page, 'Relaties');
  await relaties.getByLabel('Wie', { exact: true }).selectOption({ label: 'Dragan Čović' });
  await relaties.getByLabel('Soort relatie').selectOption({ label: 'Is bestuurder van' });
  await relaties.getByLabel('Met wie').selectOption({ label: 'Eetcafé De Gouden Leeuw B.V.' });
  await relaties.getByRole('button', { name: 'Relatie vastleggen' }).click();
  await expect(relaties.getByRole('listitem').filter({ hasText: 'Dragan Čović is bestuurder van Eetcafé De Gouden Leeuw B.V.' })).toBeVisible();
  await expect(relaties.getByRole('button', { name: 'Samenvoegen' })).toBeDisabled();

  await openDossierPagina(page, 'Tijdlijn en audit');
  const audit = section(page, 'Audittrail');
  await audit.getByRole('button', { name: 'Audittrail tonen' }).click();
  // Read as Dutch sentences, not codes (issue 23 §5).
  const trail = audit.getByRole('table', { name: 'Audittrail van dit dossier' });
  await expect(trail).toContainText(/maakte het dossier aan\./);
  await expect(trail).toContainText(/legde een relatie vast\./);
  await expect(trail).not.toContainText('dossier.aangemaakt');
  await trail.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '.test-output/screenshots/audittrail-zinnen.png' });
  // An export without a recipient of art. 28 lid 2 is refused at the field; with one, it goes and is registered.
  await audit.getByRole('button', { name: 'Audittrail exporteren (CSV)' }).click();
  await expect(audit.getByLabel('Verstrekken aan (art. 28 lid 2 Wet Bibob)')).toHaveAttribute('aria-invalid', 'true');
  await audit.getByLabel('Verstrekken aan (art. 28 lid 2 Wet Bibob)').selectOption({ label: 'e. De bezwaaradviescommissie (art. 7:13 Awb)' });
  await audit.getByLabel('Naam van de ontvanger').fill('Commissie bezwaarschriften');
  await audit.getByRole('button', { name: 'Audittrail exporteren (CSV)' }).click();
  await expect(audit.getByRole('status')).toHaveText('Geëxporteerd.');
  await expectAccessible(page, 'Dossier (betrokkenen, relatie, audittrail)');

  // Searching without diacritics finds the bestuurder; the hit opens the dossier.
  await menu(page, 'Zoeken').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zoeken' })).toBeFocused();
  await page.getByLabel('Zoekterm').fill('covic');
  await page.getByRole('main').getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(page.getByText('1 resultaat', { exact: true })).toBeVisible();
  const hit = page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('listitem').filter({ hasText: 'Dragan Čović' });
  await expectAccessible(page, 'Zoeken (resultaat)');
  await hit.getByRole('button', { name: zaaknummer }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dossier ${zaaknummer}` })).toBeFocused();

  await menu(page, 'Zoeken').click();
  await page.getByLabel('Zoekterm').fill('xyzzy');
  await page.getByRole('main').getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(page.getByText('Niets gevonden.')).toBeVisible();

  // The agenda lists the deadline and opens the dossier.
  await menu(page, 'Agenda').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeFocused();
  const agendaRow = page.getByRole('table', { name: 'Lopende termijnen van de dossiers' }).getByRole('row', { name: new RegExp(zaaknummer) });
  await expect(agendaRow).toContainText('30 november 2026');
  await expect(agendaRow).toContainText('Uiterste beslisdatum');
  await expect(agendaRow).toContainText('beslistermijn volgens de APV');
  await page.getByLabel('Binnen (dagen)').fill('366');
  await page.getByRole('button', { name: 'Toon' }).click();
  await expect(agendaRow).toBeVisible();
  await expectAccessible(page, 'Agenda');
  await agendaRow.getByRole('button', { name: zaaknummer }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dossier ${zaaknummer}` })).toBeFocused();

  // The audit trail of the whole vault is intact, and can be exported.
  await menu(page, 'Instellingen').click();
  const auditSettings = section(page, 'Audittrail');
  await auditSettings.getByRole('button', { name: 'Audittrail controleren' }).click();
  await expect(auditSettings.getByRole('status')).toHaveText(/^De audittrail is intact \(\d+ regels gecontroleerd\)\. Het anker in het sleutelbestand \(regel \d+\) klopt met de audittrail\.$/);
  await expectAccessible(page, 'Instellingen (audittrail)');
  await auditSettings.getByLabel('Verstrekken aan (art. 28 lid 2 Wet Bibob)').selectOption({ label: 'i. De Autoriteit persoonsgegevens' });
  await auditSettings.getByLabel('Naam van de ontvanger').fill('Autoriteit Persoonsgegevens, afdeling toezicht');
  await auditSettings.getByRole('button', { name: 'Volledige audittrail exporteren (CSV)' }).click();
  await expect(auditSettings.getByRole('status')).toHaveText('Geëxporteerd.');

  // Locking from anywhere drops what was shown.
  await openFromOverview(page, zaaknummer);
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  expect(await page.content()).not.toContain('Čović');
});

test('phases: only allowed moves, reasons shown, the timeline records each move; the deadline follows the details and a suspension', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  const zaaknummer = await createDossier(page, {
    zaaknummer: 'BIBOB-2026-101',
    gebied: 'Omgevingsvergunning (voorheen Wabo)',
    aanvrager: 'Bouwbedrijf Noordzij B.V.',
  });
  await openFromOverview(page, zaaknummer);

  // Without a kind of decision there is no deadline, and a suspension is refused with the service's message.
  await openDossierPagina(page, 'Zienswijze en besluit');
  const termijn = section(page, 'Beslistermijn');
  await expect(termijn.getByText('Nog niet te berekenen')).toBeVisible();
  await termijn.getByLabel('Soort', { exact: true }).selectOption({ label: 'Opschorting met instemming van de aanvrager' });
  await termijn.getByLabel('Van').fill('2026-09-07');
  await termijn.getByLabel('Tot en met').fill('2026-09-13');
  await termijn.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(termijn.getByRole('alert')).toContainText('Kies eerst de soort besluit en vul de datum van ontvangst in.');
  await expect(termijn.getByRole('alert')).toBeFocused();

  await openDossierPagina(page, 'Intake en betrokkenen');
  const gegevens = section(page, 'Gegevens');
  await gegevens.getByLabel('Soort besluit').selectOption({ label: 'Omgevingsvergunning (bouw-, omgevingsplan- of milieubelastende activiteit)' });
  await gegevens.getByLabel('Datum ontvangst aanvraag').fill('2026-08-03');
  await gegevens.getByLabel('BAG-identificatie').fill('12345');
  await gegevens.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await expect(gegevens.getByText('Een BAG-identificatie bestaat uit 16 cijfers.')).toBeVisible();
  await expect(gegevens.getByLabel('BAG-identificatie')).toHaveAttribute('aria-invalid', 'true');
  await gegevens.getByLabel('BAG-identificatie').fill('0546010000012345');
  await gegevens.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await expect(gegevens.getByRole('status')).toHaveText('Opgeslagen.');
  await openDossierPagina(page, 'Zienswijze en besluit');
  await expect(termijn.getByText('maandag 28 september 2026', { exact: true })).toBeVisible();

  // 7–13 September suspended with the applicant's consent: 7 days later.
  await termijn.getByLabel('Soort', { exact: true }).selectOption({ label: 'Opschorting met instemming van de aanvrager' });
  await termijn.getByLabel('Van').fill('2026-09-07');
  await termijn.getByLabel('Tot en met').fill('2026-09-13');
  await termijn.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(termijn.getByRole('status')).toContainText('maandag 5 oktober 2026');
  await expect(termijn.getByText('maandag 5 oktober 2026', { exact: true })).toBeVisible();
  // An extension decided after the term ended is refused, with the reason at the date of the decision.
  await termijn.getByLabel('Soort', { exact: true }).selectOption({ label: 'Verdaging' });
  await termijn.getByLabel('Aantal weken').fill('6');
  await termijn.getByLabel('Datum verdagingsbesluit').fill('2026-10-20');
  await termijn.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(termijn.getByLabel('Datum verdagingsbesluit')).toHaveAttribute('aria-invalid', 'true');
  await expect(termijn.getByText(/bekendgemaakt na het einde van de lopende beslistermijn/).first()).toBeVisible();
  await expect(termijn.getByText('maandag 5 oktober 2026', { exact: true })).toBeVisible();
  await expectAccessible(page, 'Dossier (termijn geweigerd)');

  const fase = section(page, 'Fase');
  await expect(fase).toContainText('Huidige fase: Intake');
  await expect(fase.getByRole('button', { name: 'Naar: Besluit' })).toHaveCount(0);
  await fase.getByRole('button', { name: 'Naar: Vragenformulier uitgezet' }).click();
  await expect(fase.getByRole('status')).toHaveText("Het dossier staat nu in fase 'Vragenformulier uitgezet'.");
  await expect(page.getByRole('heading', { level: 2, name: 'Fase', exact: true })).toBeFocused();
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText("Van fase 'Intake' naar fase 'Vragenformulier uitgezet'.");
  await openDossierPagina(page, 'Zienswijze en besluit');
  await expect(fase.getByRole('button', { name: 'Naar: Besluit' })).toHaveCount(0);

  for (const next of ['Vragenformulier ontvangen / volledigheid', 'Eigen onderzoek', 'Beoordeling']) {
    await fase.getByRole('button', { name: `Naar: ${next}` }).click();
    await expect(fase).toContainText(`Huidige fase: ${next}`);
  }
  // Advies needs an outcome: the move is visible, unavailable, and says why.
  const advies = fase.getByRole('button', { name: 'Naar: Advies' });
  await expect(advies).toBeDisabled();
  await expect(advies).toHaveAccessibleDescription(/Er is nog geen uitkomst vastgelegd/);
  await expectAccessible(page, 'Dossier (fase met geweigerde overgang)');

  await openDossierPagina(page, 'Intake en betrokkenen');
  await gegevens.getByLabel('Uitkomst').selectOption({ label: 'Verlenen' });
  await gegevens.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await expect(gegevens.getByRole('status')).toHaveText('Opgeslagen.');
  await openDossierPagina(page, 'Zienswijze en besluit');
  await expect(advies).toBeEnabled();

  // Closing and reopening: reopening needs a reason, and the service's message says so. A withdrawal says when and how.
  await openDossierPagina(page, 'Zienswijze en besluit');
  await fase.getByLabel('Ingetrokken op').fill('2026-11-20');
  await fase.getByLabel('per brief').check();
  await fase.getByRole('button', { name: 'Naar: Aanvraag ingetrokken' }).click();
  await expect(fase).toContainText('Huidige fase: Aanvraag ingetrokken');
  // A closed dossier leads with how it ended and when, not with its beslistermijn (issue 18 §5), whatever outcome was
  // proposed before the withdrawal.
  const lead = page.locator('.dossier-lead');
  await expect(lead).toContainText('Afgesloten: Aanvraag ingetrokken');
  await expect(lead).toContainText('Afgesloten op 23 november 2026');
  await expect(page.locator('.dossier-summary')).not.toContainText('Uiterste beslisdatum');
  // The withdrawn dossier shows the page where the withdrawal was recorded: zienswijze en besluit, with the fase.
  await expect(page.getByRole('navigation', { name: 'Procedure' }).getByRole('link', { name: 'Zienswijze en besluit', exact: true })).toHaveAttribute('aria-current', 'page');
  mkdirSync(shots, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, 'dossier-afgesloten.png') });
  await expectAccessible(page, 'Dossier (afgesloten)');
  await fase.getByRole('button', { name: 'Naar: Intake' }).click();
  await expect(fase.getByRole('alert')).toContainText('Geef een reden op om het dossier te heropenen');
  await fase.getByLabel('Reden').fill('Bezwaarschrift van de aanvrager ontvangen.');
  await fase.getByRole('button', { name: 'Naar: Intake' }).click();
  await expect(fase).toContainText('Huidige fase: Intake');
  await openDossierPagina(page, 'Tijdlijn en audit');
  await expect(section(page, 'Tijdlijn')).toContainText('Reden: Bezwaarschrift van de aanvrager ontvangen.');
  await expect(lead).toHaveCount(0);
  await expect(page.locator('.dossier-summary')).toContainText('Uiterste beslisdatum');
});

test('a possible duplicate is offered, linked as the same company, and shows in both dossiers', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  const eerste = await createDossier(page, {
    zaaknummer: 'BIBOB-2026-201',
    gebied: 'Horeca (Alcoholwet- of exploitatievergunning)',
    aanvrager: 'Eetcafé De Gouden Leeuw B.V.',
  });
  await openFromOverview(page, eerste);
  await addBetrokkene(page, { soort: 'Rechtspersoon', naam: 'Noordzee Financiering B.V.', kvkNummer: '12345678', rol: 'Vermogensverschaffer of geldverstrekker' });

  const tweede = await createDossier(page, {
    zaaknummer: 'BIBOB-2026-202',
    gebied: 'Vastgoedtransactie van de gemeente',
    aanvrager: 'Projectontwikkeling Noordzij',
  });
  await openFromOverview(page, tweede);
  await fillBetrokkene(page, { soort: 'Rechtspersoon', naam: 'Noordzee Financiering BV', rol: 'Vermogensverschaffer of geldverstrekker' });
  const betrokkenen = section(page, 'Betrokkenen');
  await expect(betrokkenen.getByText('Deze betrokkene staat mogelijk al in de kluis:')).toBeVisible();
  await expect(betrokkenen.getByRole('heading', { name: 'Mogelijk al bekend' })).toBeFocused();
  await expect(betrokkenen.getByRole('listitem').filter({ hasText: 'Noordzee Financiering B.V.' })).toContainText('KvK 12345678');
  await expect(betrokkenen.getByRole('button', { name: 'Toch als nieuwe betrokkene toevoegen' })).toBeVisible();
  await expectAccessible(page, 'Dossier (mogelijk dubbele betrokkene)');

  await betrokkenen.getByRole('button', { name: 'Deze gebruiken: Noordzee Financiering B.V.' }).click();
  await expect(betrokkenen.getByRole('status')).toContainText('Noordzee Financiering B.V. is toegevoegd als vermogensverschaffer of geldverstrekker.');
  await expect(betrokkenen.getByText('Deze betrokkene staat mogelijk al in de kluis:')).toHaveCount(0);
  const inTweede = betrokkeneRow(page, 'Noordzee Financiering B.V.');
  await expect(inTweede).toContainText(eerste);

  // The "ook betrokkene in" link opens the first dossier, where the company points back at the second.
  await inTweede.getByRole('button', { name: eerste, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Dossier ${eerste}` })).toBeFocused();
  await expect(betrokkeneRow(page, 'Noordzee Financiering B.V.').getByRole('button', { name: tweede, exact: true })).toBeVisible();
  // Only one record: the name is found once.
  await menu(page, 'Zoeken').click();
  await page.getByLabel('Zoekterm').fill('Noordzee Financiering');
  await page.getByRole('main').getByRole('button', { name: 'Zoeken', exact: true }).click();
  const hit = page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('listitem').filter({ hasText: 'Noordzee Financiering B.V.' });
  await expect(hit).toHaveCount(1);
  // Its name opens the page of the betrokkene (issue 23 §3), then each of its dossiers.
  await expect(hit.getByRole('button')).toHaveText([/^Noordzee Financiering B\.V\./, tweede, eerste]);
});

test('a name pasted with an invisible character is refused at its field, with a Dutch message', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await page.getByRole('button', { name: 'Nieuw dossier' }).click();
  await page.getByLabel('Horeca (Alcoholwet- of exploitatievergunning)').check();
  // A zero-width space, as it comes along when a name is copied from a web page.
  const naam = page.getByLabel('Naam aanvrager');
  await naam.fill('Eetcafé\u200b De Brug B.V.');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  await expect(naam).toHaveAccessibleDescription(/onzichtbare tekens of tekens die de leesrichting omdraaien/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuw dossier' })).toBeVisible();
  await page.screenshot({ path: '.test-output/screenshots/dossier-onzichtbaar-teken.png', fullPage: true });
  await naam.fill('Eetcafé De Brug B.V.');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  await expect(page.getByRole('status')).toContainText(/Dossier \S+ is aangemaakt\./);
});

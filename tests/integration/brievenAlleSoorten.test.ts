import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../main/app';
import { docxText } from '../../main/services/attachmentDocx';
import { briefInhoud } from '../../main/vault/repositories/brieven';
import { EMPTY_BEOORDELING, type Beoordeling } from '../../src/domain/beoordeling';
import { briefSoortIds, type BriefSoortId } from '../../src/domain/brieven';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { docxXmlProblems } from '../support/xmlWellFormed';
import { PASSPHRASE, TEST_ITERATIONS, call, trustedSender } from '../support/testVault';
import { callOk } from '../support/call';
import { zienswijzeStapVoorUitkomst } from '../support/zienswijzeStap';

/*
 * Every letter type of ../shared/bibob-domain.md §10 made for a complete sample dossier, with the elements the law
 * asks for found in the document's text, special characters that must not break the document, and every file
 * opened by LibreOffice as a word processor would.
 */

let app: App;
const made = new Map<BriefSoortId, { briefId: string; tekst: string }>();

// 400 characters with XML-special characters, diacritics and quotes: the longest name the app accepts.
const LANGE_NAAM = `Café Ëlla & Zn. <Holding> "De Ŀamp" 'Noord' ${'Exploitatiemaatschappij '.repeat(20)}`.slice(0, 397).trimEnd() + ' BV';
const GEMEENTE = 'Gemeente Súdwest-Fryslân & "Ŀ" <proef>';
const BRIEFHOOFD = {
  gemeente: GEMEENTE,
  adres: 'Postbus 1\n8600 AA Sneek',
  ondertekenaar: 'J. de Burgemeester',
  functie: 'de burgemeester van Súdwest-Fryslân',
  contact: '14 0515 of bibob@proef.nl',
  bezwaarAdres: 'Postbus 10000\n8600 HA Sneek',
};

async function textOf(briefId: string): Promise<string> {
  const bytes = briefInhoud(app.vault.database(), briefId)!;
  const source = { size: bytes.length, read: (offset: number, length: number) => bytes.subarray(offset, offset + length), parts: function* (start: number, end: number) { yield bytes.subarray(start, end); } };
  return (await docxText(source, 'brief.docx', 5_000_000)).tekst;
}

async function maak(dossierId: string, soort: BriefSoortId, bronId: string | null = null, invoer: Record<string, string> = {}): Promise<string> {
  const view = await callOk(app, 'brieven.maak', { dossierId, soort, bronId, invoer, doorbrekingen: [] });
  const brief = view.brieven.at(-1)!;
  expect(brief.soort).toBe(soort);
  const tekst = await textOf(brief.id);
  made.set(soort, { briefId: brief.id, tekst });
  return tekst;
}

interface Fixture {
  wabo: string;
  aanvragerId: string;
  derdeId: string;
  herstelId: string;
  riecId: string;
  lbbId: string;
  betrokkeneUitnodiging: string;
  derdeUitnodiging: string;
  horeca: string;
  vastgoed: string;
}

let fixture: Fixture;

async function sampleDossier(): Promise<Fixture> {
  await callOk(app, 'briefhoofd.update', { briefhoofd: BRIEFHOOFD });
  const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'wabo', aanvragerNaam: LANGE_NAAM, besluitsoort: 'omgevingsvergunning', ontvangenOp: '2027-01-04', locatieAdres: 'Markt 1, Sneek', aanvragerAdres: 'Havenstraat 12\n8601 AB Sneek' });
  const withLender = await callOk(app, 'betrokkenen.add', {
    dossierId: dossier.id,
    wie: { nieuw: { soort: 'rechtspersoon', naam: 'Noordzee Financiering B.V.', kvkNummer: '12345678', adres: 'Postbus 55, 1000 AB Amsterdam' } },
    rol: 'vermogensverschaffer',
  });
  const aanvragerId = withLender.betrokkenen.find((b) => b.rollen.some((rol) => rol.rol === 'aanvrager'))!.betrokkene.id;
  const derdeId = withLender.betrokkenen.find((b) => b.betrokkene.naam === 'Noordzee Financiering B.V.')!.betrokkene.id;

  const herstel = await callOk(app, 'herstel.register', {
    dossierId: dossier.id,
    verzondenOp: '2027-01-18',
    termijnTot: '2027-02-01',
    ontbrekend: [{ omschrijving: 'Vraag 8.2: leningsovereenkomst', waarom: 'De herkomst van het geleende geld moet blijken (art. 7a lid 2 sub h Wet Bibob).' }],
  });

  const riec = (await callOk(app, 'verzoeken.create', { dossierId: dossier.id, geadresseerde: 'riec', betrokkeneIds: [aanvragerId, derdeId], vragen: 'Zijn er signalen over de financier?' })).verzoeken[0]!;
  await callOk(app, 'verzoeken.send', { verzoekId: riec.id, verzondenOp: '2027-01-19' });

  // The eigen onderzoek, complete, so that the LBB request can carry the formulier bevindingen.
  for (const betrokkeneId of [aanvragerId, derdeId]) {
    await callOk(app, 'onderzoek.addNote', { dossierId: dossier.id, betrokkeneId, bron: 'kvk', geraadpleegdOp: '2027-01-15', bevinding: 'Ingeschreven; geen bijzonderheden (BEVINDING-KVK).' });
  }
  await callOk(app, 'onderzoek.addInvestering', { dossierId: dossier.id, omschrijving: 'Verbouwing', bedragCent: 15_000_000 });
  await callOk(app, 'onderzoek.addHerkomst', { dossierId: dossier.id, omschrijving: 'Zakelijke lening', soort: 'lening', bedragCent: 15_000_000, bewijs: [], verstrekkerBetrokkeneId: derdeId });
  const onderzoek = await callOk(app, 'onderzoek.get', { dossierId: dossier.id });
  const formulier = await callOk(app, 'onderzoek.updateFormulier', {
    dossierId: dossier.id,
    formulier: { ...onderzoek.formulier, aanleiding: { berichtArt26: false, riecAdvies: false, toelichting: 'De financiering is niet volledig onderbouwd.' }, vragenformulierMetBijlagen: true, financieringGecontroleerd: true, onderzoeksvragen: ['Wat is de herkomst van het geld?'] },
  });
  expect(formulier.problemen).toEqual([]);
  const lbb = (await callOk(app, 'verzoeken.create', { dossierId: dossier.id, geadresseerde: 'lbb', betrokkeneIds: [aanvragerId], vragen: 'Advies over de mate van gevaar.' })).verzoeken.find((v) => v.id !== riec.id)!;
  await callOk(app, 'verzoeken.send', { verzoekId: lbb.id, verzondenOp: '2027-01-20' });
  await callOk(app, 'verzoeken.recordAnswer', { verzoekId: lbb.id, ontvangenOp: '2027-02-15', samenvatting: 'Mindere mate van gevaar wegens de financier (LBB-ADVIES).' });

  const beoordeling: Beoordeling = {
    ...EMPTY_BEOORDELING,
    bevindingen: [{ id: 'f1', betrokkeneId: derdeId, soort: 'veroordeling', omschrijving: 'Veroordeling wegens witwassen (2022).', bron: 'LBB-advies', datum: '2022-05-01', ernst: 'aanzienlijk' }],
    relaties: [{ bevindingId: 'f1', betrokkeneId: derdeId, grondslag: 'a', toelichting: 'De financier is zelf veroordeeld (RELATIE-A).' }],
    gevaar: [
      { grond: 'a', mate: 'mindere-mate', factoren: ['lid2-a', 'lid2-b', 'lid2-c'], motivering: 'Geld van een veroordeelde witwasser (MOTIVERING-A).' },
      { grond: 'b', mate: 'geen', factoren: [], motivering: '' },
    ],
    evenredigheid: 'Voorschriften volstaan; weigeren gaat te ver (EVENREDIG).',
    voorschriften: [{ voorschriftId: 'financier', tekst: 'Meld elke wijziging van financier vooraf.', wegneemtGevaar: 'het gevaar van crimineel geld via de financier' }],
  };
  await callOk(app, 'beoordeling.save', { dossierId: dossier.id, beoordeling, voorgesteldeMaatregel: 'verlenen-met-voorschriften' });
  const term = await callOk(app, 'zienswijze.proposeTerm', { uitgenodigdOp: '2027-03-01' });
  await callOk(app, 'zienswijze.invite', { dossierId: dossier.id, betrokkeneId: aanvragerId, rol: 'betrokkene', uitgenodigdOp: '2027-03-01', termijnTot: term.termijnTot, afschriftAdvies: true, geheimhoudingGewezen: true });
  const zienswijze = await callOk(app, 'zienswijze.invite', { dossierId: dossier.id, betrokkeneId: derdeId, rol: 'derde', uitgenodigdOp: '2027-03-01', termijnTot: term.termijnTot, afschriftAdvies: true, geheimhoudingGewezen: true });
  await callOk(app, 'dossiers.addTermEvent', { id: dossier.id, gebeurtenis: { soort: 'verdaging', weken: 6, besluitOp: '2027-03-01' } });

  // A horeca dossier without LBB advice and with a conclusion: the melding of art. 7a lid 7.
  const horeca = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Eetcafé De Hoek', aanvragerSoort: 'rechtspersoon', aanvragerKvkNummer: '87654321', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-02-01', aanvragerAdres: 'Kerkstraat 3, 2311 AA Leiden' });
  const horecaDetail = await callOk(app, 'dossiers.get', { id: horeca.id });
  const horecaAanvrager = horecaDetail.betrokkenen[0]!.betrokkene.id;
  await callOk(app, 'beoordeling.save', {
    dossierId: horeca.id,
    beoordeling: {
      ...EMPTY_BEOORDELING,
      bevindingen: [{ id: 'h1', betrokkeneId: horecaAanvrager, soort: 'veroordeling', omschrijving: 'Heling (2024).', bron: 'Justid', datum: '2024-02-01', ernst: 'aanzienlijk' }],
      relaties: [{ bevindingId: 'h1', betrokkeneId: horecaAanvrager, grondslag: 'a', toelichting: 'Zelf begaan.' }],
      gevaar: [
        { grond: 'a', mate: 'mindere-mate', factoren: ['lid2-a', 'lid2-b', 'lid2-c'], motivering: 'Heling.' },
        { grond: 'b', mate: 'geen', factoren: [], motivering: '' },
      ],
    },
    voorgesteldeMaatregel: 'verlenen',
  });

  const vastgoed = await callOk(app, 'dossiers.create', { toepassingsgebied: 'vastgoed', aanvragerNaam: 'Vastgoed Proef B.V.', besluitsoort: 'vastgoed-verkoop', aanvragerAdres: 'Stationsweg 4, 8601 CD Sneek' });
  await callOk(app, 'besluit.save', { dossierId: vastgoed.id, besluit: { besluitOp: null, contractclausule: true, bezwaar: null, beroep: null } });
  // Art. 33 lid 2 onder d and e: the wederpartij heard on not contracting, and again on dissolving.
  await zienswijzeStapVoorUitkomst(app, vastgoed.id, 'niet-contracteren', '2027-02-01', '2027-02-08');
  await zienswijzeStapVoorUitkomst(app, vastgoed.id, 'contract-ontbinden', '2027-02-10', '2027-02-15');

  return {
    wabo: dossier.id,
    aanvragerId,
    derdeId,
    herstelId: herstel.herstelverzoeken[0]!.id,
    riecId: riec.id,
    lbbId: lbb.id,
    betrokkeneUitnodiging: zienswijze.partijen.find((p) => p.rol === 'betrokkene')!.id,
    derdeUitnodiging: zienswijze.partijen.find((p) => p.rol === 'derde')!.id,
    horeca: horeca.id,
    vastgoed: vastgoed.id,
  };
}

beforeAll(async () => {
  app = createApp({
    dataFolder: tempFolder('brieven-alle'),
    actor: 'testcoördinator',
    pbkdf2Iterations: TEST_ITERATIONS,
    now: () => new Date('2027-03-01T09:00:00Z'),
    isTrustedSender: (sender) => sender.url === trustedSender.url && sender.isMainFrame,
  });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
  fixture = await sampleDossier();
}, 60_000);

afterAll(removeTempFolders);

describe('every letter type for a complete sample dossier', () => {
  it('toezending vragenformulier: the questions, the term, buiten behandeling, privacy and valsheid in geschrift', async () => {
    expect(await call(app, 'brieven.maak', { dossierId: fixture.wabo, soort: 'toezending-vragenformulier', bronId: null, invoer: {}, doorbrekingen: [] })).toMatchObject({ ok: false, error: { message: expect.stringContaining('de datum waarop het ingevulde formulier binnen moet zijn'), details: { issues: expect.arrayContaining([expect.objectContaining({ path: 'termijn.vragenformulier' })]) } } });
    const tekst = await maak(fixture.wabo, 'toezending-vragenformulier', null, { termijnTot: '2027-03-29' });
    for (const element of ['29 maart 2027', 'artikel 4:5', 'Algemene verordening gegevensbescherming', 'artikel 28', 'artikel 225 van het Wetboek van Strafrecht', GEMEENTE, LANGE_NAAM]) expect(tekst).toContain(element);
    // The questions go out as the form, a document of its own (tests/integration/brievenOverig.test.ts), not in the letter.
    expect(tekst).toMatch(/Bijlage:\s*Bibob-vragenformulier/);
  });

  it('herstelverzoek: each missing item and why, the term, the consequence and the suspension', async () => {
    const tekst = await maak(fixture.wabo, 'herstelverzoek', fixture.herstelId);
    for (const element of ['Vraag 8.2: leningsovereenkomst', 'de herkomst van het geleende geld moet blijken', 'uiterlijk op 1 februari 2027', 'artikel 4:5 van de Algemene wet bestuursrecht', 'artikel 4:15, eerste lid, onder a', '18 januari 2027']) {
      expect(tekst).toContain(element);
    }
  });

  it('informatieverzoek: the betrokkenen, the questions, the legal basis and the confidentiality', async () => {
    const tekst = await maak(fixture.wabo, 'informatieverzoek', fixture.riecId);
    for (const element of ['Zijn er signalen over de financier?', 'art. 28 lid 2 onder d Wet Bibob', 'artikel 28, eerste lid']) expect(tekst).toContain(element);
    // Each betrokkene identified with what art. 7a lid 2 names and the vault holds: KvK-nummer and address.
    expect(tekst).toContain('Noordzee Financiering B.V. (vermogensverschaffer of geldverstrekker): KvK-nummer 12345678, Postbus 55, 1000 AB Amsterdam');
    expect(tekst).toContain('(aanvrager): Havenstraat 12, 8601 AB Sneek');
    expect(tekst).not.toContain('BEVINDING-KVK');
  });

  it('adviesaanvraag LBB: the power relied on, the betrokkenen and the formulier bevindingen', async () => {
    const tekst = await maak(fixture.wabo, 'adviesaanvraag-lbb', fixture.lbbId);
    expect(tekst).toContain('Noordzee Financiering B.V. (vermogensverschaffer of geldverstrekker) — bron: KvK / Handelsregister, geraadpleegd op 15 januari 2027. Ingeschreven; geen bijzonderheden (BEVINDING-KVK).');
    expect(tekst).not.toContain('– Bron');
    for (const element of ['artikel 9 van de Wet Bibob', 'in samenhang met artikel 5.31, derde lid, van de Omgevingswet', 'BEVINDING-KVK', 'Wat is de herkomst van het geld?']) expect(tekst).toContain(element);
    expect(tekst).toContain('Noordzee Financiering B.V. (vermogensverschaffer of geldverstrekker): KvK-nummer 12345678, Postbus 55, 1000 AB Amsterdam');
    expect(tekst).toContain('(aanvrager): Havenstraat 12, 8601 AB Sneek');
  });

  it('mededeling adviesaanvraag: that the LBB was asked (art. 32), the suspension of art. 31, no bezwaar clause', async () => {
    const tekst = await maak(fixture.wabo, 'mededeling-adviesaanvraag', fixture.lbbId);
    for (const element of ['20 januari 2027', 'artikel 32 van de Wet Bibob', 'artikel 31 van de Wet Bibob', 'geen besluit']) expect(tekst).toContain(element);
    expect(tekst).not.toMatch(/bezwaarschrift|binnen zes weken/);
  });

  it('termijn niet haalbaar: art. 4:14 lid 1 with a zo kort mogelijke termijn; refused for a date inside the term', async () => {
    const detail = await callOk(app, 'dossiers.get', { id: fixture.wabo });
    expect(await call(app, 'brieven.maak', { dossierId: fixture.wabo, soort: 'termijn-niet-haalbaar', bronId: null, invoer: { nieuweDatum: '2027-03-02' }, doorbrekingen: [] })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: 'invoer.nieuweDatum' }] } },
    });
    const uiterste = detail.dossier.uitersteBeslisdatum!;
    const later = `${Number(uiterste.slice(0, 4)) + 1}${uiterste.slice(4)}`;
    const tekst = await maak(fixture.wabo, 'termijn-niet-haalbaar', null, { nieuweDatum: later, reden: 'Het advies van het LBB vraagt nader onderzoek.' });
    for (const element of ['artikel 4:14, eerste lid', 'zo kort mogelijke termijn', 'art. 16.64 lid 1 Omgevingswet', 'Het advies van het LBB vraagt nader onderzoek.']) expect(tekst).toContain(element);
  });

  it('verlengingsbesluit: the recorded extension of at most six weeks with its basis (Ow 16.64 lid 2)', async () => {
    const tekst = await maak(fixture.wabo, 'verlengingsbesluit');
    for (const element of ['6 weken', 'artikel 16.64, tweede lid, van de Omgevingswet', 'uiterlijk op']) expect(tekst).toContain(element);
  });

  it('intern advies: findings with source and date, relations, danger per ground, proportionality, measure and voorschriften', async () => {
    const tekst = await maak(fixture.wabo, 'intern-advies');
    for (const element of ['veroordeling wegens witwassen (2022) (bron: LBB-advies, 1 mei 2022', 'RELATIE-A', 'MOTIVERING-A', 'EVENREDIG', 'Verlenen met voorschriften.', 'LBB-ADVIES']) {
      expect(tekst).toContain(element);
    }
    // Each voorschrift as the besluit writes it: its aim a sentence, not "(neemt weg of beperkt: …)" after it.
    expect(tekst).toContain('Meld elke wijziging van financier vooraf. Dit voorschrift neemt weg of beperkt: het gevaar van crimineel geld via de financier.');
    expect(tekst).not.toContain('(neemt weg of beperkt:');
  });

  it('voornemen: the intended decision and grounds, the term, written or oral, the advice copy and the secrecy warning', async () => {
    const tekst = await maak(fixture.wabo, 'voornemen-zienswijze', fixture.betrokkeneUitnodiging);
    for (const element of ['verlenen met voorschriften', 'MOTIVERING-A', 'schriftelijk of mondeling', 'artikel 4:9', 'afschrift van het advies', 'geheim te houden', 'artikel 28, eerste en derde lid', 'Meld elke wijziging van financier vooraf.']) {
      expect(tekst).toContain(element);
    }
  });

  it('bericht aan derde: only his part, the secrecy warning and the zienswijze; refused without his part', async () => {
    expect(await call(app, 'brieven.maak', { dossierId: fixture.wabo, soort: 'bericht-derde', bronId: fixture.derdeUitnodiging, invoer: {}, doorbrekingen: [] })).toMatchObject({ ok: false, error: { message: expect.stringContaining('het deel van het advies dat op de derde betrekking heeft'), details: { issues: expect.arrayContaining([expect.objectContaining({ path: 'deel.advies' })]) } } });
    const tekst = await maak(fixture.wabo, 'bericht-derde', fixture.derdeUitnodiging, { deelAdvies: 'Uw veroordeling wegens witwassen (2022) weegt mee (DEEL-DERDE).' });
    for (const element of ['DEEL-DERDE', 'geheim te houden', 'schriftelijk of mondeling', 'Noordzee Financiering B.V.']) expect(tekst).toContain(element);
    expect(tekst).not.toContain('MOTIVERING-A');
    expect(tekst).not.toContain(LANGE_NAAM);
  });

  it('besluit: the decision, its motivation and legal basis, each voorschrift with its aim, and the bezwaar clause', async () => {
    for (const partijId of [fixture.betrokkeneUitnodiging, fixture.derdeUitnodiging]) {
      await callOk(app, 'zienswijze.recordResponse', { partijId, ontvangenOp: '2027-03-01', samenvatting: 'Geen bezwaren.' });
    }
    // Awb 3:46: the besluit answers every zienswijze; without the answers it is refused.
    expect(await call(app, 'brieven.maak', { dossierId: fixture.wabo, soort: 'besluit', bronId: null, invoer: {}, doorbrekingen: [] })).toMatchObject({ ok: false, error: { details: { issues: expect.arrayContaining([expect.objectContaining({ path: 'reactie' }), expect.objectContaining({ path: 'reactie' })]) } } });
    for (const partijId of [fixture.betrokkeneUitnodiging, fixture.derdeUitnodiging]) {
      await callOk(app, 'zienswijze.recordReactie', { partijId, reactie: 'Wij nemen er kennis van; het voornemen blijft staan.' });
    }
    // The LBB advised mindere mate, and voorschriften fit it (art. 3 lid 7): no departure to reason (Awb 3:50).
    await callOk(app, 'besluit.save', { dossierId: fixture.wabo, besluit: { besluitOp: null, contractclausule: null, bezwaar: null, beroep: null, lbbAdviesMate: 'mindere-mate' } });
    const tekst = await maak(fixture.wabo, 'besluit');
    // The college decides on the omgevingsvergunning (Ow 5.8): "wij" throughout, signed on its behalf, bezwaar to it.
    expect(tekst).not.toMatch(/\b[Ii]k\b|\bmijn\b/);
    expect(tekst).toContain('Op 4 januari 2027 hebben wij uw aanvraag ontvangen. U vraagt daarin om een omgevingsvergunning');
    expect(tekst).toContain('Namens het college van burgemeester en wethouders van Súdwest-Fryslân');
    expect(tekst).toContain('Stuur uw bezwaarschrift aan het college van burgemeester en wethouders van Súdwest-Fryslân');
    expect(tekst).not.toContain('Stuur uw bezwaarschrift aan de burgemeester');
    expect(tekst).toContain('Zienswijze van Noordzee Financiering B.V. (derde), ontvangen op 1 maart 2027: Geen bezwaren. Onze reactie: Wij nemen er kennis van; het voornemen blijft staan.');
    for (const element of ['Wij verlenen', 'MOTIVERING-A', 'bezwaar maken', 'zes weken', 'artikelen 6:7 en 6:8', 'Postbus 10000, 8600 HA Sneek', 'de burgemeester van Súdwest-Fryslân']) {
      expect(tekst).toContain(element);
    }
    // Voorschriften: the power of art. 3 lid 7 (with Ow 5.34 lid 1), not the refusal power; the aim as a sentence; breach can lead to revocation.
    expect(tekst).toContain('Dit besluit rust op artikel 3, zevende lid, van de Wet Bibob en artikel 5.34, eerste lid, van de Omgevingswet.');
    expect(tekst).not.toMatch(/5\.31(,| lid)/);
    expect(tekst).toContain('Meld elke wijziging van financier vooraf. Dit voorschrift neemt weg of beperkt: het gevaar van crimineel geld via de financier.');
    expect(tekst).not.toContain('Doel:');
    expect(tekst).toContain('Leeft u een van deze voorschriften niet na, dan kan de vergunning worden ingetrokken (artikel 3, zevende lid, van de Wet Bibob).');
  });

  it('vastgoed: not contracting and invoking the clause, neither with a bezwaar clause', async () => {
    const niet = await maak(fixture.vastgoed, 'vastgoed-niet-contracteren');
    const ontbinding = await maak(fixture.vastgoed, 'vastgoed-ontbinding');
    expect(niet).toContain('niet aan');
    expect(ontbinding).toContain('artikel 5a, onder b, van de Wet Bibob');
    // The power relied on, cited as a jurist writes it: not "(art. 5a Wet Bibob (privaatrechtelijk: via de overeenkomst))".
    expect(niet).toContain('Wij hebben een onderzoek gedaan op grond van de Wet Bibob (artikel 5a, onder a, van de Wet Bibob).');
    for (const tekst of [niet, ontbinding]) expect(tekst).not.toContain('privaatrechtelijk:');
    for (const tekst of [niet, ontbinding]) {
      expect(tekst).toContain('er staat geen bezwaar tegen open');
      expect(tekst).not.toMatch(/bezwaarschrift|binnen zes weken/);
    }
    expect(await call(app, 'brieven.maak', { dossierId: fixture.vastgoed, soort: 'besluit', bronId: null, invoer: {}, doorbrekingen: [] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // The clause is named once, the article once: not "artikel 5a, onder b" twice in the first sentence.
    expect(ontbinding.split('artikel 5a, onder b').length - 1).toBe(1);
  });

  it('vastgoed: neither letter before the wederpartij had the opportunity of a zienswijze on that intended decision (art. 33 lid 2 onder d en e)', async () => {
    const ander = await callOk(app, 'dossiers.create', { toepassingsgebied: 'vastgoed', aanvragerNaam: 'Ongehoord Vastgoed B.V.', besluitsoort: 'vastgoed-verkoop', aanvragerAdres: 'Stationsweg 6, 8601 CD Sneek' });
    await callOk(app, 'besluit.save', { dossierId: ander.id, besluit: { besluitOp: null, contractclausule: true, bezwaar: null, beroep: null } });
    for (const [soort, lid] of [['vastgoed-niet-contracteren', 'art. 33 lid 2 onder d Wet Bibob'], ['vastgoed-ontbinding', 'art. 33 lid 2 onder e Wet Bibob']] as const) {
      expect(await call(app, 'brieven.maak', { dossierId: ander.id, soort, bronId: null, invoer: {}, doorbrekingen: [] })).toMatchObject({
        ok: false,
        error: { details: { issues: expect.arrayContaining([{ path: 'zienswijze', message: expect.stringContaining(lid) }]) } },
      });
    }
    // Heard on not contracting: that letter can be made; the dissolution still waits for its own round.
    await zienswijzeStapVoorUitkomst(app, ander.id, 'niet-contracteren', '2027-02-01', '2027-02-08');
    expect(await call(app, 'brieven.maak', { dossierId: ander.id, soort: 'vastgoed-niet-contracteren', bronId: null, invoer: {}, doorbrekingen: [] })).toMatchObject({ ok: true });
    expect(await call(app, 'brieven.maak', { dossierId: ander.id, soort: 'vastgoed-ontbinding', bronId: null, invoer: {}, doorbrekingen: [] })).toMatchObject({ ok: false });
  });

  it('melding aan het LBB: the conclusion and the data of art. 11a lid 2, only when art. 7a lid 7 or 8 applies', async () => {
    expect(await call(app, 'brieven.maak', { dossierId: fixture.wabo, soort: 'melding-lbb', bronId: null, invoer: {}, doorbrekingen: [] })).toMatchObject({ ok: false, error: { details: { issues: [{ path: 'melding' }] } } });
    const tekst = await maak(fixture.horeca, 'melding-lbb');
    for (const element of ['artikel 7a, zevende lid', 'mindere mate van gevaar', 'Eetcafé De Hoek', 'artikel 11a, tweede lid', 'onverwijld']) expect(tekst.toLowerCase()).toContain(element.toLowerCase());
    // The applicant's KvK-nummer, entered with the new dossier, identifies it in the melding.
    expect(tekst).toContain('Onderzochte betrokkene: Eetcafé De Hoek, KvK 87654321');
  });

  it('dossiersamenvatting: phase, dates, betrokkenen and requests on one page', async () => {
    const tekst = await maak(fixture.wabo, 'dossiersamenvatting');
    for (const element of ['Fase:', '4 januari 2027', 'Noordzee Financiering B.V.', 'RIEC']) expect(tekst).toContain(element);
  });

  it('covers every letter type, and LibreOffice opens every file without error', async () => {
    expect([...made.keys()].sort()).toEqual([...briefSoortIds].sort());
    // Every XML part of every letter is well-formed XML 1.0, also where LibreOffice is not installed.
    for (const [soort, { briefId }] of made) expect(await docxXmlProblems(briefInhoud(app.vault.database(), briefId)!), soort).toEqual({});
    if (!existsSync('/usr/bin/soffice')) return;
    const folder = mkdtempSync(path.join(os.tmpdir(), 'bibob-brieven-'));
    try {
      const files = [...made].map(([soort, { briefId }]) => {
        const file = path.join(folder, `${soort}.docx`);
        writeFileSync(file, briefInhoud(app.vault.database(), briefId)!);
        return file;
      });
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${folder}/profile`, '--convert-to', 'pdf', '--outdir', folder, ...files], { timeout: 300_000, stdio: 'ignore' });
      for (const soort of made.keys()) {
        const pdf = path.join(folder, `${soort}.pdf`);
        expect(existsSync(pdf), soort).toBe(true);
        expect(readFileSync(pdf).subarray(0, 4).toString()).toBe('%PDF');
      }
      const besluit = execFileSync('pdftotext', [path.join(folder, 'besluit.pdf'), '-']).toString();
      expect(besluit).toContain('Súdwest-Fryslân');
      expect(besluit).toContain('<proef>');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 320_000);
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App, type AppOptions } from '../../main/app';
import { docxText } from '../../main/services/attachmentDocx';
import { briefInhoud } from '../../main/vault/repositories/brieven';
import { verstrekkingenOfDossier } from '../../main/vault/repositories/verstrekkingen';
import { listAudit } from '../../main/vault/repositories/auditLog';
import { EMPTY_BEOORDELING, type Beoordeling } from '../../src/domain/beoordeling';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { zipEntries } from '../support/zipEntry';
import { docxXmlProblems } from '../support/xmlWellFormed';
import { PASSPHRASE, TEST_ITERATIONS, call, trustedSender } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

let app: App;
let exportsFolder: string;

/** A new app with an open vault on 1 March 2027; `extra` sets where exports go and what prints PDFs. */
async function openApp(folder: string, extra: Pick<AppOptions, 'exportTarget' | 'pdfPrinter'>): Promise<App> {
  const opened = createApp({
    dataFolder: tempFolder(folder),
    actor: 'testcoördinator',
    pbkdf2Iterations: TEST_ITERATIONS,
    now: () => new Date('2027-03-01T09:00:00Z'),
    isTrustedSender: (sender) => sender.url === trustedSender.url && sender.isMainFrame,
    ...extra,
  });
  await callOk(opened, 'vault.create', { passphrase: PASSPHRASE });
  return opened;
}

beforeEach(async () => {
  exportsFolder = tempFolder('brief-export');
  app = await openApp('brieven', { exportTarget: { saveText: async () => null, chooseSavePath: async (name: string) => path.join(exportsFolder, name) } });
});

const RESTRICTED = 'Politie-informatie over witwassen via de kassa (MARKER-R1)';

async function assessedDossier(): Promise<{ dossierId: string; beoordeling: Beoordeling }> {
  const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Eetcafé Brief B.V.', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04' });
  const added = await callOk(app, 'betrokkenen.add', { dossierId: dossier.id, wie: { nieuw: { soort: 'persoon', naam: 'J. Jansen' } }, rol: 'bestuurder' });
  const jansen = added.betrokkenen.find((b) => b.betrokkene.naam === 'J. Jansen')!.betrokkene.id;
  const beoordeling: Beoordeling = {
    ...EMPTY_BEOORDELING,
    bevindingen: [
      { id: 'open', betrokkeneId: jansen, soort: 'veroordeling', omschrijving: 'Veroordeling wegens heling (2023).', bron: 'Justitiële documentatie', datum: '2023-06-01', ernst: 'aanzienlijk' },
      { id: 'beperkt', betrokkeneId: jansen, soort: 'verdenking', omschrijving: RESTRICTED, bron: 'RIEC', datum: '2026-10-01', ernst: 'zwaar', beperkingen: ['niet-aan-betrokkene'] },
    ],
    relaties: [
      { bevindingId: 'open', betrokkeneId: jansen, grondslag: 'a', toelichting: 'Zelf begaan.' },
      { bevindingId: 'beperkt', betrokkeneId: jansen, grondslag: 'a', toelichting: 'Vermoeden tegen Jansen zelf (RELATIE-R1).' },
    ],
    gevaar: [
      { grond: 'a', mate: 'mindere-mate', factoren: ['lid2-a', 'lid2-b', 'lid2-c'], motivering: 'Heling en een vermoeden van witwassen.' },
      { grond: 'b', mate: 'geen', factoren: [], motivering: '' },
    ],
  };
  await callOk(app, 'beoordeling.save', { dossierId: dossier.id, beoordeling, voorgesteldeMaatregel: 'verlenen' });
  return { dossierId: dossier.id, beoordeling };
}

async function textOf(briefId: string): Promise<string> {
  const bytes = briefInhoud(app.vault.database(), briefId)!;
  const source = { size: bytes.length, read: (offset: number, length: number) => bytes.subarray(offset, offset + length), parts: function* (start: number, end: number) { yield bytes.subarray(start, end); } };
  return (await docxText(source, 'advies.docx', 1_000_000)).tekst;
}

describe('the internal Bibob advice', () => {
  it('shows a restricted finding and its relation, each marked with its restriction: the advice stays inside the municipality', async () => {
    const { dossierId } = await assessedDossier();
    const first = await callOk(app, 'brieven.maak', { dossierId, soort: 'intern-advies', bronId: null, invoer: {}, doorbrekingen: [] });
    expect(first.beperkteBevindingen.map((entry) => entry.bevindingId)).toEqual(['beperkt']);
    const plain = await textOf(first.brieven[0]!.id);
    expect(plain).toContain('veroordeling wegens heling (2023) (bron: Justitiële documentatie, 1 juni 2023');
    expect(plain).toContain('Mindere mate van gevaar'.toLowerCase());
    expect(plain).toContain(`[BEPERKT — Niet aan betrokkene verstrekken zonder toestemming van de bron; niet in brieven aan de betrokkene of derden] J. Jansen: verdenking of ander vermoeden van een strafbaar feit — ${RESTRICTED} (bron: RIEC, 1 oktober 2026; ernst: zwaar).`);
    expect(plain).toMatch(/\[BEPERKT — [^\]]*\] J\. Jansen — [^:]*: Vermoeden tegen Jansen zelf \(RELATIE-R1\)\./);
    expect(plain).toContain('Eén bevinding heeft een gebruiksbeperking van de bron (gemarkeerd met BEPERKT)');
    // The unrestricted finding carries no mark.
    expect(plain).not.toMatch(/BEPERKT[^\n]*heling/);
    expect(first.brieven[0]!.doorbrekingen).toEqual([]);
    const timeline = await callOk(app, 'dossiers.get', { id: dossierId });
    expect(timeline.tijdlijn.find((event) => event.soort === 'brief.gemaakt')?.omschrijving).toContain('1 beperkte bevinding(en) gemarkeerd getoond (intern)');
  });

  it('is refused without a proposed measure', async () => {
    const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Leeg B.V.' });
    expect(await call(app, 'brieven.maak', { dossierId: dossier.id, soort: 'intern-advies', bronId: null, invoer: {}, doorbrekingen: [] })).toMatchObject({ ok: false, error: { details: { issues: [{ path: 'maatregel' }] } } });
  });

  it('goes to the bestuursorgaan unregistered, to anyone else only as a registered recipient of art. 28 lid 2, and opens in LibreOffice', async () => {
    const { dossierId } = await assessedDossier();
    const view = await callOk(app, 'brieven.maak', { dossierId, soort: 'intern-advies', bronId: null, invoer: {}, doorbrekingen: [] });
    const briefId = view.brieven[0]!.id;
    // To the bestuursorgaan itself it is no disclosure (issue 20 §4): exported, not registered.
    expect(await callOk(app, 'brieven.export', { briefId })).toEqual({ exported: true });
    expect(verstrekkingenOfDossier(app.vault.database(), dossierId)).toEqual([]);
    expect(await callOk(app, 'brieven.export', { briefId, verstrekking: { categorie: 'c', ontvanger: 'Burgemeester (driehoeksoverleg)' } })).toEqual({ exported: true });
    expect(verstrekkingenOfDossier(app.vault.database(), dossierId)).toEqual([expect.objectContaining({ wat: 'Intern Bibob-advies', categorie: 'c' })]);
    const file = path.join(exportsFolder, 'Intern Bibob-advies.docx');
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    if (!existsSync('/usr/bin/soffice')) return;
    const out = mkdtempSync(path.join(os.tmpdir(), 'bibob-soffice-'));
    const copy = path.join(out, 'advies.docx');
    writeFileSync(copy, readFileSync(file));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${out}/profile`, '--convert-to', 'pdf', '--outdir', out, copy], { timeout: 120_000, stdio: 'ignore' });
    expect(existsSync(path.join(out, 'advies.pdf'))).toBe(true);
    expect(execFileSync('pdftotext', [path.join(out, 'advies.pdf'), '-']).toString()).toContain('Intern Bibob-advies');
    rmSync(out, { recursive: true, force: true });
  });
});

const BRIEFHOOFD = { gemeente: 'Gemeente Proefstad', adres: 'Postbus 1\n1234 AB Proefstad', ondertekenaar: 'J. de Burgemeester', functie: 'de burgemeester van Proefstad', contact: '14 071 of bibob@proefstad.nl' };

describe('letters to the applicant', () => {
  it('are refused until the letterhead is filled in', async () => {
    const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'wabo', aanvragerNaam: 'Bouw B.V.', besluitsoort: 'omgevingsvergunning', ontvangenOp: '2027-01-04', aanvragerAdres: 'Bouwweg 1, 1234 CD Proefstad' });
    const detail = await callOk(app, 'herstel.register', {
      dossierId: dossier.id,
      verzondenOp: '2027-01-18',
      termijnTot: '2027-02-01',
      ontbrekend: [{ omschrijving: 'Vraag 8.2: leningsovereenkomst', waarom: 'De herkomst van het geleende geld moet blijken (art. 7a lid 2 sub h Wet Bibob).' }],
    });
    expect(await call(app, 'brieven.maak', { dossierId: dossier.id, soort: 'herstelverzoek', bronId: detail.herstelverzoeken[0]!.id, invoer: {}, doorbrekingen: [] })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('briefhoofd') } });
    expect(await callOk(app, 'briefhoofd.update', { briefhoofd: BRIEFHOOFD })).toEqual({ briefhoofd: { ...BRIEFHOOFD, bezwaarAdres: '', huisstijl: { kleur: '#1F3864', lettertype: 'Calibri', kenmerkFormaat: '{zaaknummer}', logo: null } } });

    const view = await callOk(app, 'brieven.maak', { dossierId: dossier.id, soort: 'herstelverzoek', bronId: detail.herstelverzoeken[0]!.id, invoer: {}, doorbrekingen: [] });
    const text = await textOf(view.brieven[0]!.id);
    // The elements of §10 for a herstelverzoek, and the letterhead around it.
    for (const element of [
      'Gemeente Proefstad',
      'Bouw B.V.',
      'Kenmerk:',
      'Vraag 8.2: leningsovereenkomst',
      // The reason after the dash continues the sentence in lower case (issue 20 §4).
      'Vraag 8.2: leningsovereenkomst — de herkomst van het geleende geld moet blijken',
      'uiterlijk op 1 februari 2027',
      'artikel 4:5 van de Algemene wet bestuursrecht',
      'artikel 4:15, eerste lid, onder a',
      'De burgemeester van Proefstad,',
      '14\u00a0071',
    ]) {
      expect(text).toContain(element);
    }
  });

  it('made from text pasted from Word or PDF (vertical tab, form feed) opens as a well-formed document; other control characters are refused at the field', async () => {
    await callOk(app, 'briefhoofd.update', { briefhoofd: BRIEFHOOFD });
    const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'wabo', aanvragerNaam: 'Bouw B.V.', besluitsoort: 'omgevingsvergunning', ontvangenOp: '2027-01-04', aanvragerAdres: 'Bouwweg 1, 1234 CD Proefstad' });
    const herstel = { dossierId: dossier.id, verzondenOp: '2027-01-18', termijnTot: '2027-02-01' };
    const refused = await call(app, 'herstel.register', { ...herstel, ontbrekend: [{ omschrijving: 'Vraag 8.2\u0000', waarom: 'Herkomst\u001b van het geld.' }] });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: 'ontbrekend.0.omschrijving', message: expect.stringContaining('stuurtekens') }, { path: 'ontbrekend.0.waarom', message: expect.stringContaining('stuurtekens') }] } },
    });
    expect((await callOk(app, 'dossiers.get', { id: dossier.id })).herstelverzoeken).toEqual([]);

    const detail = await callOk(app, 'herstel.register', {
      ...herstel,
      ontbrekend: [{ omschrijving: 'Vraag 8.2:\u000bleningsovereenkomst', waarom: 'De herkomst van het geld\u000cmoet blijken.' }],
    });
    expect(detail.herstelverzoeken[0]!.ontbrekend).toEqual([{ omschrijving: 'Vraag 8.2:\nleningsovereenkomst', waarom: 'De herkomst van het geld\nmoet blijken.' }]);
    const view = await callOk(app, 'brieven.maak', { dossierId: dossier.id, soort: 'herstelverzoek', bronId: detail.herstelverzoeken[0]!.id, invoer: {}, doorbrekingen: [] });
    expect(await docxXmlProblems(briefInhoud(app.vault.database(), view.brieven[0]!.id)!)).toEqual({});
    expect(await textOf(view.brieven[0]!.id)).toContain('leningsovereenkomst');
  });

  it('the art. 32 notice says that the LBB was asked, the suspension of art. 31 and its maximum, and carries no bezwaar clause', async () => {
    await callOk(app, 'briefhoofd.update', { briefhoofd: BRIEFHOOFD });
    const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'wabo', aanvragerNaam: 'Bouw B.V.', besluitsoort: 'omgevingsvergunning', ontvangenOp: '2027-01-04', aanvragerAdres: 'Bouwweg 1, 1234 CD Proefstad' });
    const detail = await callOk(app, 'dossiers.get', { id: dossier.id });
    const aanvrager = detail.betrokkenen[0]!.betrokkene.id;
    const verzoek = (await callOk(app, 'verzoeken.create', { dossierId: dossier.id, geadresseerde: 'riec', betrokkeneIds: [aanvrager], vragen: 'x' })).verzoeken[0]!;
    expect(await call(app, 'brieven.maak', { dossierId: dossier.id, soort: 'mededeling-adviesaanvraag', bronId: verzoek.id, invoer: {}, doorbrekingen: [] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // An LBB request sent (the eigen onderzoek checks are covered elsewhere): recorded directly.
    app.vault.database().prepare(
      "INSERT INTO informatieverzoek (id, dossier_id, geadresseerde, vragen, status, verzonden_op, uiterlijk_op, created_at) VALUES ('4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a70', ?, 'lbb', 'advies', 'verzonden', '2027-01-18', '2027-03-15', 'x')",
    ).run(dossier.id);
    await callOk(app, 'dossiers.get', { id: dossier.id });
    const view = await callOk(app, 'brieven.maak', { dossierId: dossier.id, soort: 'mededeling-adviesaanvraag', bronId: '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a70', invoer: {}, doorbrekingen: [] });
    const text = await textOf(view.brieven[0]!.id);
    for (const element of ['18 januari 2027', 'Landelijk Bureau Bibob om advies gevraagd', 'artikel 32 van de Wet Bibob', 'artikel 31 van de Wet Bibob', '15 maart 2027', 'geen besluit']) {
      expect(text).toContain(element);
    }
    expect(text).not.toMatch(/bezwaarschrift|binnen zes weken/);
  });
});

describe('templates the coordinator edits', () => {
  it('are versioned in the vault, refused with the place of every error, and each letter names the version it came from', async () => {
    await callOk(app, 'briefhoofd.update', { briefhoofd: BRIEFHOOFD });
    const { dossierId } = await assessedDossier();
    const list = await callOk(app, 'sjablonen.list', {});
    const advies = list.sjablonen.find((entry) => entry.soort === 'intern-advies')!;
    expect(advies.versie).toBe(0);

    const broken = await call(app, 'sjablonen.save', { soort: 'intern-advies', onderwerp: advies.onderwerp, tekst: `${advies.tekst}\nMet dank aan {ondertekenaar.nam}` });
    expect(broken).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'tekst', message: expect.stringMatching(/^regel \d+, kolom 14: Onbekend veld \{ondertekenaar\.nam\}\. Bedoelt u \{ondertekenaar\.naam\}\?/) }] } } });
    const withoutConclusion = await call(app, 'sjablonen.save', { soort: 'intern-advies', onderwerp: advies.onderwerp, tekst: advies.tekst.replace('Conclusie: {conclusie}.', '') });
    expect(withoutConclusion).toMatchObject({ ok: false, error: { details: { issues: [{ message: expect.stringContaining('{conclusie}') }] } } });

    const saved = await callOk(app, 'sjablonen.save', { soort: 'intern-advies', onderwerp: 'Bibob-advies aan de burgemeester', tekst: `Aan de burgemeester (EIGEN-SJABLOON).\n\n${advies.tekst}` });
    expect(saved.sjablonen.find((entry) => entry.soort === 'intern-advies')).toMatchObject({ versie: 1, versies: [expect.objectContaining({ versie: 1, opgeslagenDoor: 'testcoördinator' })] });
    const view = await callOk(app, 'brieven.maak', { dossierId, soort: 'intern-advies', bronId: null, invoer: {}, doorbrekingen: [] });
    expect(view.brieven.at(-1)).toMatchObject({ titel: 'Bibob-advies aan de burgemeester', sjabloonVersie: 1 });
    expect(await textOf(view.brieven.at(-1)!.id)).toContain('EIGEN-SJABLOON');
    const detail = await callOk(app, 'dossiers.get', { id: dossierId });
    expect(detail.tijdlijn.map((event) => event.omschrijving)).toContainEqual(expect.stringContaining('sjabloon versie 1'));
  });

  it('export as a template set without dossier data, and import it elsewhere unchanged', async () => {
    const saved: string[] = [];
    const exporting = await openApp('sjablonen-export', { exportTarget: { saveText: async (_name: string, content: string) => { saved.push(content); return '/tmp/x'; } } });
    const setFromFirst: string[] = [];
    const first = await openApp('sjablonen-bron', { exportTarget: { saveText: async (_name: string, content: string) => { setFromFirst.push(content); return '/tmp/y'; } } });
    await callOk(first, 'sjablonen.save', { soort: 'dossiersamenvatting', onderwerp: 'Samenvatting {kenmerk}', tekst: 'Kort: {aanvrager.naam} (SET-MARKER).' });
    await callOk(first, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Geheim Dossier B.V. (DOSSIER-MARKER)' });
    expect(await callOk(first, 'sjablonen.export', {})).toEqual({ exported: true });
    const json = setFromFirst[0]!;
    expect(json).toContain('SET-MARKER');
    expect(json).not.toContain('DOSSIER-MARKER');

    const imported = await callOk(exporting, 'sjablonen.import', { json });
    expect(imported.ingevoerd).toBe(1);
    expect(imported.sjablonen.find((entry) => entry.soort === 'dossiersamenvatting')).toMatchObject({ versie: 1, tekst: 'Kort: {aanvrager.naam} (SET-MARKER).' });
    await callOk(exporting, 'sjablonen.export', {});
    expect(saved[0]).toBe(json);
    // Importing the same set again changes nothing.
    expect((await callOk(exporting, 'sjablonen.import', { json })).ingevoerd).toBe(0);
    expect(await call(exporting, 'sjablonen.import', { json: json.replace('Kort: {aanvrager.naam}', 'Kort: {aanvrager.name}') })).toMatchObject({ ok: false, error: { message: expect.stringContaining('regel 1, kolom 7') } });
  });
});

// A 1 × 1 PNG and an SVG logo: public test images, no municipality's property.
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const SVG_LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#00689e"/></svg>';

describe('the house style', () => {
  it('puts the logo, colour, font and kenmerk format into every letter', async () => {
    await callOk(app, 'briefhoofd.update', {
      briefhoofd: { ...BRIEFHOOFD, huisstijl: { kleur: '#00689E', lettertype: 'Georgia', kenmerkFormaat: 'BIBOB/{jaar}/{zaaknummer}/{brief}', logo: { png: PNG_1X1, svg: SVG_LOGO } } },
    });
    const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Huisstijl B.V.', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-02-01', aanvragerAdres: 'Stijlstraat 2, 1234 EF Proefstad' });
    const view = await callOk(app, 'brieven.maak', { dossierId: dossier.id, soort: 'termijn-niet-haalbaar', bronId: null, invoer: { nieuweDatum: '2027-06-01' }, doorbrekingen: [] });
    const bytes = briefInhoud(app.vault.database(), view.brieven[0]!.id)!;
    const parts = zipEntries(bytes);
    const media = [...parts.keys()].filter((name) => name.startsWith('word/media/'));
    expect(media.some((name) => name.endsWith('.svg'))).toBe(true);
    expect(media.some((name) => name.endsWith('.png'))).toBe(true);
    const styles = parts.get('word/styles.xml')!.toString('utf8');
    expect(styles).toContain('Georgia');
    expect(styles).toContain('00689E');
    const text = await textOf(view.brieven[0]!.id);
    expect(text).toContain(`Kenmerk: BIBOB/2027/${dossier.zaaknummer}/termijn-niet-haalbaar`);
    // A letter with no reason given: the optional paragraph is simply absent.
    expect(text).not.toContain('[reden]');
    expect(text).toContain('artikel 4:14');
  });

  it('refuses a logo that is no PNG, an SVG with a script or an outside reference, and a kenmerk without the zaaknummer', async () => {
    const met = (huisstijl: Record<string, unknown>) => ({ briefhoofd: { ...BRIEFHOOFD, huisstijl: { kleur: '#000000', lettertype: 'Arial', kenmerkFormaat: '{zaaknummer}', logo: null, ...huisstijl } } });
    const refused = async (payload: unknown, message: RegExp) => {
      const result = await call(app, 'briefhoofd.update', payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(JSON.stringify(result)).toMatch(message);
    };
    await refused(met({ logo: { png: Buffer.from('GIF89a not a png at all........').toString('base64'), svg: null } }), /geen PNG-bestand/);
    await refused(met({ logo: { png: PNG_1X1, svg: '<svg onload="alert(1)"></svg>' } }), /gebeurtenissen/);
    await refused(met({ logo: { png: PNG_1X1, svg: '<svg><script>alert(1)</script></svg>' } }), /scripts/);
    await refused(met({ logo: { png: PNG_1X1, svg: '<svg><image href="https://example.org/x.png"/></svg>' } }), /buiten zichzelf/);
    await refused(met({ kenmerkFormaat: '{jaar}/{brief}' }), /moet \{zaaknummer\} bevatten/);
    await refused(met({ kenmerkFormaat: '{zaaknummer}/{soort}' }), /Onbekend veld \{soort\}/);
    await refused(met({ kleur: 'rood' }), /#RRGGBB/);
    expect(await callOk(app, 'briefhoofd.get', {})).toEqual({ briefhoofd: null });
  });
});

describe('a letter as PDF', () => {
  it('is printed from the stored content by the desktop app\'s printer, and registered like the Word document', async () => {
    const printed: { html: string; kop: { kenmerk: string; vertrouwelijk: boolean } }[] = [];
    const chosen: string[] = [];
    const desktop = await openApp('brief-pdf', {
      exportTarget: { saveText: async () => null, chooseSavePath: async (name: string) => { chosen.push(name); return path.join(exportsFolder, name); } },
      pdfPrinter: { print: async (html, kop) => { printed.push({ html, kop }); return Buffer.from('%PDF-1.7 test'); } },
    });
    await callOk(desktop, 'briefhoofd.update', { briefhoofd: { ...BRIEFHOOFD, gemeente: 'Gemeente <Proef> & "Stad"' } });
    const dossier = await callOk(desktop, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Café <b>Ëlla</b> & Zn.', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-02-01', aanvragerAdres: 'Kade 9, 1234 GH Proefstad' });
    const view = await callOk(desktop, 'brieven.maak', { dossierId: dossier.id, soort: 'termijn-niet-haalbaar', bronId: null, invoer: { nieuweDatum: '2027-06-01' }, doorbrekingen: [] });
    const briefId = view.brieven[0]!.id;
    expect(await callOk(desktop, 'brieven.export', { briefId, formaat: 'pdf', verstrekking: { categorie: 'a', ontvanger: 'De aanvrager' } })).toEqual({ exported: true });
    expect(chosen).toEqual(['Beslissing op uw aanvraag later dan gepland.pdf']);
    expect(readFileSync(path.join(exportsFolder, chosen[0]!)).toString()).toBe('%PDF-1.7 test');
    const { html, kop } = printed[0]!;
    expect(kop).toEqual({ kenmerk: dossier.zaaknummer, vertrouwelijk: true });
    expect(html).toContain('Gemeente &lt;Proef&gt; &amp; &quot;Stad&quot;');
    expect(html).toContain('Café &lt;b&gt;Ëlla&lt;/b&gt; &amp; Zn.');
    expect(html).not.toContain('<b>Ëlla');
    expect(html).toContain('artikel 4:14, eerste lid');
    expect(verstrekkingenOfDossier(desktop.vault.database(), dossier.id)).toEqual([expect.objectContaining({ categorie: 'a', ontvanger: 'De aanvrager' })]);
    const audit = listAudit(desktop.vault.database(), { entityType: 'dossier', entityId: dossier.id }).filter((entry) => entry.action === 'brief.geexporteerd');
    expect(JSON.stringify(audit[0]!.details)).toContain('"formaat":"pdf"');
    desktop.shutdown();
  });

  it('is refused where there is no printer (the preview), before any save dialog', async () => {
    await callOk(app, 'briefhoofd.update', { briefhoofd: BRIEFHOOFD });
    const { dossierId } = await assessedDossier();
    const view = await callOk(app, 'brieven.maak', { dossierId, soort: 'intern-advies', bronId: null, invoer: {}, doorbrekingen: [] });
    expect(await call(app, 'brieven.export', { briefId: view.brieven[0]!.id, formaat: 'pdf', verstrekking: { categorie: 'c', ontvanger: 'Burgemeester' } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('desktop-app') },
    });
    expect(verstrekkingenOfDossier(app.vault.database(), dossierId)).toEqual([]);
  });
});

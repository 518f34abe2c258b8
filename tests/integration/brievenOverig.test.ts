import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../main/app';
import { docxText } from '../../main/services/attachmentDocx';
import { briefBijlage, briefInhoud } from '../../main/vault/repositories/brieven';
import { verstrekkingenOfDossier } from '../../main/vault/repositories/verstrekkingen';
import { listAudit } from '../../main/vault/repositories/auditLog';
import { EMPTY_BEOORDELING, type Beoordeling } from '../../src/domain/beoordeling';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { zipEntries } from '../support/zipEntry';
import { docxXmlProblems } from '../support/xmlWellFormed';
import { PASSPHRASE, TEST_ITERATIONS, call, trustedSender } from '../support/testVault';
import { callOk } from '../support/call';
import { zienswijzeStapVoorUitkomst } from '../support/zienswijzeStap';
import type { CallInput } from '../../src/contract';

/*
 * Issue 20 §4, the other letters: the toezending with the form as a document of its own, the art. 32 notice, the
 * APV permit's own name, the disclosure register's legal bases, reading a letter without disclosing it, and the
 * Dutch and layout rules every letter keeps. A horeca case with a B.V. as applicant.
 */

let app: App;
let exportsFolder: string;

const BRIEFHOOFD = {
  gemeente: 'Gemeente Proefstad',
  adres: 'Postbus 1\n1000 AA Proefstad',
  ondertekenaar: 'A. de Burgemeester',
  functie: 'de burgemeester van Proefstad',
  contact: '14 020 of bibob@proefstad.nl',
  bezwaarAdres: 'Postbus 2\n1000 AB Proefstad',
};

interface Made {
  id: string;
  soort: string;
  titel: string;
  verstrekking: { soort: string; grondslag?: string; ontvanger?: string };
  bijlageNaam: string | null;
}

async function maak(dossierId: string, soort: CallInput<'brieven.maak'>['soort'], bronId: string | null = null, invoer: Record<string, string> = {}): Promise<Made> {
  const view = await callOk(app, 'brieven.maak', { dossierId, soort, bronId, invoer, doorbrekingen: [] });
  return view.brieven.at(-1)!;
}

async function docxTekst(bytes: Buffer): Promise<string> {
  const source = { size: bytes.length, read: (offset: number, length: number) => bytes.subarray(offset, offset + length), parts: function* (start: number, end: number) { yield bytes.subarray(start, end); } };
  return (await docxText(source, 'brief.docx', 5_000_000)).tekst;
}

const tekstVan = (briefId: string) => docxTekst(briefInhoud(app.vault.database(), briefId)!);
const xmlVan = (bytes: Buffer, part: string) => zipEntries(bytes).get(part)!.toString('utf8');

async function nieuwDossier(velden: Omit<CallInput<'dossiers.create'>, 'toepassingsgebied'>): Promise<string> {
  return (await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', ...velden })).id;
}

let bv: string;
let bvAanvrager: string;

beforeAll(async () => {
  exportsFolder = tempFolder('brieven-overig-export');
  app = createApp({
    dataFolder: tempFolder('brieven-overig'),
    actor: 'testcoördinator',
    pbkdf2Iterations: TEST_ITERATIONS,
    now: () => new Date('2027-03-01T09:00:00Z'),
    isTrustedSender: (sender) => sender.url === trustedSender.url && sender.isMainFrame,
    exportTarget: { saveText: async () => null, chooseSavePath: async (name: string) => path.join(exportsFolder, name) },
  });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
  await callOk(app, 'briefhoofd.update', { briefhoofd: BRIEFHOOFD });
  bv = await nieuwDossier({ aanvragerNaam: 'Horeca Noord B.V.', aanvragerSoort: 'rechtspersoon', aanvragerKvkNummer: '87654321', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04', locatieAdres: 'Markt 1, Proefstad', aanvragerAdres: 'Kerkstraat 3\n1000 AC Proefstad' });
  const detail = await callOk(app, 'dossiers.get', { id: bv });
  bvAanvrager = detail.betrokkenen[0]!.betrokkene.id;
}, 60_000);

afterAll(removeTempFolders);

describe('toezending vragenformulier: a one-page letter with the form enclosed as a document of its own', () => {
  let brief: Made;
  let brieftekst: string;
  let formulier: string;

  beforeAll(async () => {
    brief = await maak(bv, 'toezending-vragenformulier', null, { termijnTot: '2027-03-29' });
    brieftekst = await tekstVan(brief.id);
    formulier = await docxTekst(briefBijlage(app.vault.database(), brief.id)!.inhoud);
  });

  it('the letter names the return term, Awb 4:5, the privacy notice and art. 225 Sr, and the form as its enclosure — not the questions', () => {
    for (const element of ['29 maart 2027', 'artikel 4:5 van de Algemene wet bestuursrecht', 'Algemene verordening gegevensbescherming', 'artikel 225 van het Wetboek van Strafrecht', 'dat bij deze brief is gevoegd']) expect(brieftekst).toContain(element);
    // The question texts themselves are in the form, not in the letter (before: pages of bullets "1.1 Voor welke …").
    expect(brieftekst).not.toContain('In welke vorm doet u de aanvraag?');
    expect(brieftekst).not.toMatch(/\b1\.2 /);
    expect(brieftekst).toMatch(/Bijlage:\s*Bibob-vragenformulier/);
    expect(brieftekst).toMatch(/Het formulier telt \d+ vragen in \d+ onderdelen/);
    expect(brief.bijlageNaam).toBe('Bibob-vragenformulier');
  });

  it('the form: numbered questions with answer space, the attachments, the declaration and signature — and for a B.V. no natural-person sections', () => {
    expect(formulier).toContain('1.2  In welke vorm doet u de aanvraag?');
    expect(formulier).toContain('☐  Als rechtspersoon');
    expect(formulier).toContain('1.9  Wie zijn de bestuurders');
    expect(formulier).toContain('4. Bestuurders');
    expect(formulier).toContain('Mee te sturen stukken');
    expect(formulier).toContain('Recent uittreksel uit het handelsregister');
    expect(formulier).toContain('Verklaring en ondertekening');
    expect(formulier).toContain('Handtekening');
    expect(formulier).toContain('artikel 225 van het Wetboek van Strafrecht');
    expect(formulier).toContain('uiterlijk op 29 maart 2027');
    // Section 2 applies only to a natural person (condition 1.2 = natuurlijk-persoon), section 3 only to a
    // personenvennootschap (its persons are named at 1.8, which holds only then): neither goes to a B.V.
    expect(formulier).not.toContain('De aanvrager als natuurlijk persoon');
    expect(formulier).not.toContain('3. Vennoten');
    expect(formulier).not.toContain('Kopie van een geldig identiteitsbewijs (paspoort, identiteitskaart, rijbewijs of verblijfsdocument) (bij vraag 2');
  });

  it('for a natural person the form has the natural-person section and no bestuurders', async () => {
    const persoon = await nieuwDossier({ aanvragerNaam: 'Jan de Vries', aanvragerSoort: 'persoon', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04', aanvragerAdres: 'Dorpsstraat 1\n1000 AD Proefstad' });
    const made = await maak(persoon, 'toezending-vragenformulier', null, { termijnTot: '2027-03-29' });
    const tekst = await docxTekst(briefBijlage(app.vault.database(), made.id)!.inhoud);
    expect(tekst).toContain('2. De aanvrager als natuurlijk persoon');
    expect(tekst).not.toContain('4. Bestuurders');
  });

  it('in a revocation the letter rests on Wet Bibob art. 7a lid 3 and art. 4 lid 1, not on an application and Awb 4:5', async () => {
    const intrekking = await nieuwDossier({ aanvragerNaam: 'Horeca Zuid B.V.', aanvragerSoort: 'rechtspersoon', besluitsoort: 'exploitatievergunning-intrekking', locatieAdres: 'Plein 2, Proefstad', aanvragerAdres: 'Plein 2\n1000 AE Proefstad' });
    const tekst = await tekstVan((await maak(intrekking, 'toezending-vragenformulier', null, { termijnTot: '2027-03-29' })).id);
    expect(tekst).toContain('artikel 7a, derde lid, van de Wet Bibob');
    expect(tekst).toContain('artikel 4, eerste lid, van de Wet Bibob');
    expect(tekst).not.toContain('artikel 4:5');
    expect(tekst).not.toContain('aanvraag');
  });

  it('is exported together with the form, one register entry for both; LibreOffice opens both', async () => {
    const uitvoer = await callOk(app, 'brieven.export', { briefId: brief.id, verstrekking: { categorie: 'a', ontvanger: 'Horeca Noord B.V.' }, formaat: 'docx' });
    expect(uitvoer.exported).toBe(true);
    const files = readdirSync(exportsFolder).sort();
    expect(files).toEqual([`${brief.titel} - Bibob-vragenformulier.docx`, `${brief.titel}.docx`].sort());
    const register = verstrekkingenOfDossier(app.vault.database(), bv);
    expect(register).toHaveLength(1);
    expect(register[0]).toMatchObject({ categorie: 'a', ontvanger: 'Horeca Noord B.V.', wat: `${brief.titel} met Bibob-vragenformulier` });
    for (const file of files) expect(await docxXmlProblems(readFileSync(path.join(exportsFolder, file))), file).toEqual({});
    if (!existsSync('/usr/bin/soffice')) return;
    const folder = mkdtempSync(path.join(os.tmpdir(), 'bibob-formulier-'));
    try {
      const copies = files.map((file, index) => {
        const copy = path.join(folder, `deel${index}.docx`);
        writeFileSync(copy, readFileSync(path.join(exportsFolder, file)));
        return copy;
      });
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${folder}/profile`, '--convert-to', 'pdf', '--outdir', folder, ...copies], { timeout: 200_000, stdio: 'ignore' });
      for (const index of copies.keys()) expect(readFileSync(path.join(folder, `deel${index}.pdf`)).subarray(0, 4).toString()).toBe('%PDF');
      // The letter is one page (the form is its own document).
      const letter = files.findIndex((file) => !file.includes(' - '));
      expect(execFileSync('pdfinfo', [path.join(folder, `deel${letter}.pdf`)]).toString()).toMatch(/Pages:\s+1\b/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 240_000);
});

describe('the art. 32 notice', () => {
  async function mededeling(besluitsoort: string): Promise<string> {
    const dossier = await nieuwDossier({ aanvragerNaam: 'Café Art 32 B.V.', aanvragerSoort: 'rechtspersoon', besluitsoort, ontvangenOp: '2027-01-04', aanvragerAdres: 'Laan 1\n1000 AF Proefstad' });
    const detail = await callOk(app, 'dossiers.get', { id: dossier });
    const aanvrager = detail.betrokkenen[0]!.betrokkene.id;
    // A complete eigen onderzoek: without its findings the request to the LBB cannot be sent (art. 7a lid 4).
    await callOk(app, 'onderzoek.addNote', { dossierId: dossier, betrokkeneId: aanvrager, bron: 'kvk', geraadpleegdOp: '2027-01-15', bevinding: 'Ingeschreven; geen bijzonderheden.' });
    await callOk(app, 'onderzoek.addInvestering', { dossierId: dossier, omschrijving: 'Inventaris', bedragCent: 5_000_000 });
    await callOk(app, 'onderzoek.addHerkomst', { dossierId: dossier, omschrijving: 'Eigen geld', soort: 'eigen-vermogen', bedragCent: 5_000_000, bewijs: [] });
    const onderzoek = await callOk(app, 'onderzoek.get', { dossierId: dossier });
    await callOk(app, 'onderzoek.updateFormulier', {
      dossierId: dossier,
      formulier: { ...onderzoek.formulier, aanleiding: { berichtArt26: false, riecAdvies: false, toelichting: 'Herkomst onduidelijk.' }, vragenformulierMetBijlagen: true, financieringGecontroleerd: true, onderzoeksvragen: ['Herkomst?'] },
    });
    const created = await callOk(app, 'verzoeken.create', { dossierId: dossier, geadresseerde: 'lbb', betrokkeneIds: [aanvrager], vragen: 'Advies.' });
    await callOk(app, 'verzoeken.send', { verzoekId: created.verzoeken[0]!.id, verzondenOp: '2027-01-20' });
    return tekstVan((await maak(dossier, 'mededeling-adviesaanvraag', created.verzoeken[0]!.id)).id);
  }

  it('a statutory term: suspended by art. 31, at most until the engine’s date', async () => {
    const tekst = await mededeling('exploitatievergunning');
    // Requested 20 January 2027, that day included: eight weeks = 56 days = 20 January through 16 March; the
    // suspension ends "ten hoogste tot" the day after, 17 March 2027.
    expect(tekst).toContain('is de termijn waarbinnen wij beslissen opgeschort (artikel 31 van de Wet Bibob), ten hoogste tot 17 maart 2027');
  });

  it('a redelijke termijn: the municipality’s position, never settled law; left out when the municipality does not count it', async () => {
    const tekst = await mededeling('alcoholwetvergunning');
    expect(tekst).toContain('regelt de wet niet uitdrukkelijk. De gemeente gaat ervan uit dat dat zo is, ten hoogste tot 17 maart 2027');
    expect(tekst).not.toContain('is de termijn waarbinnen wij beslissen opgeschort');
    const settings = await callOk(app, 'settings.get', {});
    await callOk(app, 'settings.update', { termijnen: { ...settings.termijnen, art31SuspendsRedelijkeTermijn: false } });
    try {
      const zonder = await mededeling('alcoholwetvergunning');
      expect(zonder).toContain('artikel 32 van de Wet Bibob');
      expect(zonder).not.toContain('artikel 31');
      expect(zonder).not.toContain('opgeschort');
    } finally {
      await callOk(app, 'settings.update', { termijnen: { ...settings.termijnen, art31SuspendsRedelijkeTermijn: true } });
    }
  });
});

describe('APV letters name the permit by its own name and APV article', () => {
  it('by default "exploitatievergunning (artikel 2:28 APV)"; from the setting per kind of decision; never the menu label', async () => {
    const standaard = await tekstVan((await maak(bv, 'toezending-vragenformulier', null, { termijnTot: '2027-03-29' })).id);
    expect(standaard).toContain('uw aanvraag voor een exploitatievergunning (artikel 2:28 APV) voor Markt 1, Proefstad');
    await callOk(app, 'briefhoofd.update', { briefhoofd: { ...BRIEFHOOFD, apvVergunningen: { exploitatievergunning: { naam: 'horecavergunning', artikel: '2.3.1.2' } } } });
    try {
      const eigen = await tekstVan((await maak(bv, 'herstelverzoek', (await herstel()).id)).id);
      expect(eigen).toContain('een horecavergunning (artikel 2.3.1.2 APV)');
      for (const tekst of [standaard, eigen]) {
        expect(tekst).not.toContain('APV-vergunning');
        expect(tekst).not.toContain('Algemene Plaatselijke Verordening');
      }
    } finally {
      await callOk(app, 'briefhoofd.update', { briefhoofd: BRIEFHOOFD });
    }
  });

  it('refuses a setting without an article, at its field', async () => {
    const result = await call(app, 'briefhoofd.update', { briefhoofd: { ...BRIEFHOOFD, apvVergunningen: { exploitatievergunning: { naam: 'horecavergunning', artikel: '' } } } });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: expect.arrayContaining([expect.objectContaining({ path: 'briefhoofd.apvVergunningen.exploitatievergunning.artikel', message: 'Vul het artikel van de APV in.' })]) } } });
  });
});

async function herstel(): Promise<{ id: string }> {
  const result = await callOk(app, 'herstel.register', {
    dossierId: bv,
    verzondenOp: '2027-02-15',
    termijnTot: '2027-03-01',
    ontbrekend: [{ omschrijving: 'Vraag 8.2: leningsovereenkomst', waarom: 'De herkomst van het geleende geld moet blijken (art. 7a lid 2 sub h Wet Bibob).' }],
  });
  return result.herstelverzoeken.at(-1)!;
}

describe('the disclosure register takes the basis of each transfer', () => {
  it('the melding to the LBB rests on art. 7a lid 7/8 with 11a, registered without a choice of art. 28 lid 2', async () => {
    const melding = await nieuwDossier({ aanvragerNaam: 'Eetcafé De Hoek', aanvragerSoort: 'rechtspersoon', aanvragerKvkNummer: '12345678', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-02-01', aanvragerAdres: 'Kerkstraat 3, 2311 AA Leiden' });
    const detail = await callOk(app, 'dossiers.get', { id: melding });
    const aanvrager = detail.betrokkenen[0]!.betrokkene.id;
    const beoordeling: Beoordeling = {
      ...EMPTY_BEOORDELING,
      bevindingen: [{ id: 'h1', betrokkeneId: aanvrager, soort: 'veroordeling', omschrijving: 'Heling (2024).', bron: 'Justid', datum: '2024-02-01', ernst: 'aanzienlijk' }],
      relaties: [{ bevindingId: 'h1', betrokkeneId: aanvrager, grondslag: 'a', toelichting: 'Zelf begaan.' }],
      gevaar: [
        { grond: 'a', mate: 'mindere-mate', factoren: ['lid2-a', 'lid2-b', 'lid2-c'], motivering: 'Heling.' },
        { grond: 'b', mate: 'geen', factoren: [], motivering: '' },
      ],
    };
    await callOk(app, 'beoordeling.save', { dossierId: melding, beoordeling, voorgesteldeMaatregel: 'verlenen' });
    const brief = await maak(melding, 'melding-lbb');
    expect(brief.verstrekking).toEqual({ soort: 'vast', grondslag: 'lbb-melding', ontvanger: 'Landelijk Bureau Bibob' });
    await callOk(app, 'brieven.export', { briefId: brief.id, formaat: 'docx' });
    expect(verstrekkingenOfDossier(app.vault.database(), melding)).toEqual([expect.objectContaining({ categorie: 'lbb-melding', ontvanger: 'Landelijk Bureau Bibob' })]);

    // The internal advice to the bestuursorgaan is no disclosure: exported, audited, not registered.
    const advies = await maak(melding, 'intern-advies');
    expect(advies.verstrekking).toEqual({ soort: 'geen' });
    await callOk(app, 'brieven.export', { briefId: advies.id, formaat: 'docx' });
    expect(verstrekkingenOfDossier(app.vault.database(), melding)).toHaveLength(1);
    const timeline = await callOk(app, 'dossiers.get', { id: melding });
    expect(timeline.tijdlijn.map((event) => event.omschrijving)).toContainEqual(expect.stringContaining('(intern; geen verstrekking)'));

    const register = await callOk(app, 'verstrekkingen.list', {});
    expect(register.verstrekkingen).toContainEqual(expect.objectContaining({ grondslag: 'art. 7a lid 7 of lid 8 met art. 11a Wet Bibob', ontvanger: 'Landelijk Bureau Bibob', wat: brief.titel }));
    expect(register.verstrekkingen.every((entry) => entry.zaaknummer !== null)).toBe(true);
  });

  it('a request to the Belastingdienst rests on art. 7c; a letter to the betrokkene needs a category of art. 28 lid 2, not an LBB basis', async () => {
    const verzoek = await callOk(app, 'verzoeken.create', { dossierId: bv, geadresseerde: 'belastingdienst-vergrijpboetes', betrokkeneIds: [bvAanvrager], vragen: 'Zijn er vergrijpboetes opgelegd?' });
    const brief = await maak(bv, 'informatieverzoek', verzoek.verzoeken.find((entry) => entry.geadresseerde === 'belastingdienst-vergrijpboetes')!.id);
    expect(brief.verstrekking).toEqual({ soort: 'vast', grondslag: 'belastingdienst', ontvanger: 'Belastingdienst' });
    await callOk(app, 'brieven.export', { briefId: brief.id, formaat: 'docx' });
    expect(verstrekkingenOfDossier(app.vault.database(), bv).at(-1)).toMatchObject({ categorie: 'belastingdienst', ontvanger: 'Belastingdienst' });

    const toezending = await maak(bv, 'toezending-vragenformulier', null, { termijnTot: '2027-03-29' });
    expect(await call(app, 'brieven.export', { briefId: toezending.id, formaat: 'docx' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'verstrekking' }] } } });
    expect(await call(app, 'brieven.export', { briefId: toezending.id, formaat: 'docx', verstrekking: { categorie: 'lbb-melding', ontvanger: 'LBB' } })).toMatchObject({ ok: false, error: { details: { issues: [{ path: 'verstrekking.categorie' }] } } });
  });
});

describe('reading a letter is not disclosing it', () => {
  it('returns the letter as HTML, writes nothing, registers nothing, and audits the viewing as viewing', async () => {
    const brief = await maak(bv, 'herstelverzoek', (await herstel()).id);
    const voor = { bestanden: readdirSync(exportsFolder).length, register: verstrekkingenOfDossier(app.vault.database(), bv).length };
    const gelezen = await callOk(app, 'brieven.bekijk', { briefId: brief.id });
    expect(gelezen.titel).toBe(brief.titel);
    expect(gelezen.html).toContain('Vraag 8.2: leningsovereenkomst');
    expect(gelezen.html).toContain("default-src 'none'");
    expect(readdirSync(exportsFolder)).toHaveLength(voor.bestanden);
    expect(verstrekkingenOfDossier(app.vault.database(), bv)).toHaveLength(voor.register);
    const laatste = listAudit(app.vault.database()).at(-1)!;
    expect(laatste.action).toBe('brief.bekeken');
  });
});

describe('Dutch and layout in every letter', () => {
  it('no "B.V.." where a name ending in a period ends the sentence; a non-breaking space after €; lower case after a dash; Dutch as the document language', async () => {
    const vastgoed = (await callOk(app, 'dossiers.create', { toepassingsgebied: 'vastgoed', aanvragerNaam: 'Vastgoed Proef B.V.', besluitsoort: 'vastgoed-verkoop', aanvragerAdres: 'Stationsweg 4, 8601 CD Sneek' })).id;
    await callOk(app, 'besluit.save', { dossierId: vastgoed, besluit: { besluitOp: null, contractclausule: true, bezwaar: null, beroep: null } });
    const detail = await callOk(app, 'dossiers.get', { id: vastgoed });
    const wederpartij = detail.betrokkenen[0]!.betrokkene.id;
    await callOk(app, 'beoordeling.save', {
      dossierId: vastgoed,
      beoordeling: {
        ...EMPTY_BEOORDELING,
        bevindingen: [{ id: 'v1', betrokkeneId: wederpartij, soort: 'veroordeling', omschrijving: 'Witwassen van € 5.000 (2024).', bron: 'Justid', datum: '2024-02-01', ernst: 'aanzienlijk' }],
        relaties: [{ bevindingId: 'v1', betrokkeneId: wederpartij, grondslag: 'a', toelichting: 'Zelf begaan.' }],
        gevaar: [
          { grond: 'a', mate: 'mindere-mate', factoren: ['lid2-a', 'lid2-b', 'lid2-c'], motivering: 'Witwassen van € 5.000 via het pand.' },
          { grond: 'b', mate: 'geen', factoren: [], motivering: '' },
        ],
      },
      voorgesteldeMaatregel: null,
    });
    await zienswijzeStapVoorUitkomst(app, vastgoed, 'contract-ontbinden');
    const brief = await maak(vastgoed, 'vastgoed-ontbinding');
    const tekst = await tekstVan(brief.id);
    expect(tekst).toContain('ontbindt de overeenkomst met Vastgoed Proef B.V. Wij hebben');
    expect(tekst).not.toContain('B.V..');
    const bytes = briefInhoud(app.vault.database(), brief.id)!;
    const document = xmlVan(bytes, 'word/document.xml');
    expect(document).toContain('€\u00a05.000');
    expect(document).not.toMatch(/€ 5\.000/);
    expect(xmlVan(bytes, 'word/styles.xml')).toMatch(/<w:lang w:val="nl-NL"/);
    const html = (await callOk(app, 'brieven.bekijk', { briefId: brief.id })).html;
    expect(html).toContain('€\u00a05.000');

    const herstelbrief = await tekstVan((await maak(bv, 'herstelverzoek', (await herstel()).id)).id);
    expect(herstelbrief).toContain('Vraag 8.2: leningsovereenkomst — de herkomst van het geleende geld moet blijken');
  });

  it('the dossier summary shows the current phase', async () => {
    const fase = (await callOk(app, 'dossiers.get', { id: bv })).dossier.fase;
    const tekst = await tekstVan((await maak(bv, 'dossiersamenvatting')).id);
    expect(fase).not.toBe('');
    expect(tekst).toMatch(/Fase: (Intake|Vragenformulier uitgezet|Vragenformulier ontvangen)/);
  });

  it('the annual report’s Word export uses the house font and Dutch', async () => {
    await callOk(app, 'briefhoofd.update', { briefhoofd: { ...BRIEFHOOFD, huisstijl: { kleur: '#004488', lettertype: 'Georgia', kenmerkFormaat: '{zaaknummer}', logo: null } } });
    try {
      await callOk(app, 'rapport.exportDocx', { jaar: 2027, vergelijkJaren: 0, grafieken: [] });
      const file = readdirSync(exportsFolder).find((name) => name.startsWith('Bibob-jaarverslag'))!;
      const styles = xmlVan(readFileSync(path.join(exportsFolder, file)), 'word/styles.xml');
      expect(styles).toContain('w:ascii="Georgia"');
      expect(styles).toMatch(/<w:lang w:val="nl-NL"/);
    } finally {
      await callOk(app, 'briefhoofd.update', { briefhoofd: BRIEFHOOFD });
    }
  });
});

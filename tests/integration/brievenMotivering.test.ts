import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createApp, type App } from '../../main/app';
import { briefInhoud } from '../../main/vault/repositories/brieven';
import { DEFAULT_VOORSCHRIFTEN, EMPTY_BEOORDELING, type Beoordeling } from '../../src/domain/beoordeling';
import { briefTekst } from '../support/briefTekst';
import { zipEntries } from '../support/zipEntry';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, TEST_ITERATIONS, call, trustedSender } from '../support/testVault';
import { callOk } from '../support/call';
import type { CallInput } from '../../src/contract';

/*
 * Issue 20 §3, the voorschriften variant of the horeca case: a B.V. applies for an alcoholwetvergunning, with its
 * bestuurder and the verhuurder as betrokkenen; the assessment finds mindere mate van gevaar, and the burgemeester intends
 * to grant with voorschriften. The burgemeester decides (Alcoholwet art. 3 lid 1), so the voornemen, the bericht aan
 * de derde and the besluit speak as "ik" and are signed on his behalf; a library voorschrift with a placeholder cannot
 * go out unfilled; the besluit waits for the answer to each zienswijze.
 */

let app: App;
let dossierId: string;
let uitnodigingBetrokkene: string;
let uitnodigingDerde: string;
let beoordeling: Beoordeling;

const BRIEFHOOFD = {
  gemeente: 'Gemeente Proefstad',
  adres: 'Postbus 1\n1234 AB Proefstad',
  ondertekenaar: 'M. Jansen',
  functie: 'teamleider Openbare Orde en Veiligheid',
  contact: '14 071 of bibob@proefstad.nl',
  bezwaarAdres: 'Postbus 2\n1234 AB Proefstad',
};

function textOf(briefId: string): Promise<string> {
  return briefTekst(app, briefId);
}

async function maak(soort: string, bronId: string | null, invoer: Record<string, string> = {}) {
  return call(app, 'brieven.maak', { dossierId, soort, bronId, invoer, doorbrekingen: [] });
}

async function maakOk(soort: CallInput<'brieven.maak'>['soort'], bronId: string | null, invoer: Record<string, string> = {}): Promise<string> {
  const view = await callOk(app, 'brieven.maak', { dossierId, soort, bronId, invoer, doorbrekingen: [] });
  const brief = view.brieven.at(-1)!;
  expect(brief.soort).toBe(soort);
  // Kept for a look at the pages (.test-output is not committed).
  const folder = path.join('.test-output', 'brieven-motivering');
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `${soort}.docx`), briefInhoud(app.vault.database(), brief.id)!);
  return textOf(brief.id);
}

beforeAll(async () => {
  app = createApp({
    dataFolder: tempFolder('brieven-motivering'),
    actor: 'testcoördinator',
    pbkdf2Iterations: TEST_ITERATIONS,
    now: () => new Date('2027-03-22T09:00:00Z'),
    isTrustedSender: (sender) => sender.url === trustedSender.url && sender.isMainFrame,
  });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
  await callOk(app, 'briefhoofd.update', { briefhoofd: BRIEFHOOFD });
  const dossier = await callOk(app, 'dossiers.create', {
    toepassingsgebied: 'horeca',
    aanvragerNaam: 'Café De Haven B.V.',
    aanvragerSoort: 'rechtspersoon',
    aanvragerAdres: 'Havenkade 9\n1234 CD Proefstad',
    aanvragerKvkNummer: '12345678',
    besluitsoort: 'alcoholwetvergunning',
    ontvangenOp: '2026-10-05',
    locatieAdres: 'Havenkade 9, Proefstad',
  });
  dossierId = dossier.id;
  await callOk(app, 'betrokkenen.add', { dossierId, wie: { nieuw: { soort: 'persoon', naam: 'P. Pieters', geboortedatum: '1975-02-03', adres: 'Dijkweg 5, 1234 EF Proefstad' } }, rol: 'bestuurder' });
  const added = await callOk(app, 'betrokkenen.add', {
    dossierId,
    wie: { nieuw: { soort: 'persoon', naam: 'V. Verhuur', adres: 'Kerkweg 1, 1234 GH Proefstad' } },
    rol: 'verhuurder',
  });
  const id = (naam: string) => added.betrokkenen.find((entry) => entry.betrokkene.naam === naam)!.betrokkene.id;
  const bv = id('Café De Haven B.V.');
  const bestuurder = id('P. Pieters');
  const verhuurder = id('V. Verhuur');

  beoordeling = {
    ...EMPTY_BEOORDELING,
    bevindingen: [{ id: 'heling', betrokkeneId: bestuurder, soort: 'veroordeling', omschrijving: 'Veroordeling wegens heling (2023).', bron: 'Justitiële documentatie', datum: '2023-06-01', ernst: 'aanzienlijk' }],
    relaties: [{ bevindingId: 'heling', betrokkeneId: bv, grondslag: 'c', via: { betrokkeneId: bestuurder, naam: 'P. Pieters' }, hoedanigheid: 'leiding', toelichting: 'Pieters is enig bestuurder.' }],
    gevaar: [
      { grond: 'a', mate: 'geen', factoren: [], motivering: '' },
      { grond: 'b', mate: 'mindere-mate', factoren: ['lid3-a', 'lid3-d'], motivering: 'Eén veroordeling voor heling; inkoop van goederen hoort bij het bedrijf.', bevindingIds: ['heling'] },
    ],
    evenredigheid: 'Met voorschriften over de inkoop en de betalingen is het gevaar beperkt; weigeren gaat verder dan nodig.',
    evenredigheidBevindingIds: ['heling'],
    voorschriften: [
      { voorschriftId: 'girale-betalingen', tekst: DEFAULT_VOORSCHRIFTEN.find((entry) => entry.id === 'girale-betalingen')!.tekst, wegneemtGevaar: DEFAULT_VOORSCHRIFTEN.find((entry) => entry.id === 'girale-betalingen')!.wegneemtGevaar },
      { voorschriftId: null, tekst: 'De vergunninghouder houdt een register bij van de herkomst van alle ingekochte goederen.', wegneemtGevaar: 'Beperkt het gevaar van heling via de onderneming (art. 3 lid 1 sub b).' },
    ],
  };
  await callOk(app, 'beoordeling.save', { dossierId, beoordeling, voorgesteldeMaatregel: 'verlenen-met-voorschriften' });
  await callOk(app, 'dossiers.update', { id: dossierId, details: { besluitsoort: 'alcoholwetvergunning', ontvangenOp: '2026-10-05', locatieAdres: 'Havenkade 9, Proefstad', bagId: null, coordinator: '', notities: '', uitkomst: 'verlenen-met-voorschriften' } });
  const term = await callOk(app, 'zienswijze.proposeTerm', { uitgenodigdOp: '2027-03-01' });
  await callOk(app, 'zienswijze.invite', { dossierId, betrokkeneId: bv, rol: 'betrokkene', uitgenodigdOp: '2027-03-01', termijnTot: term.termijnTot, afschriftAdvies: false, geheimhoudingGewezen: false });
  const view = await callOk(app, 'zienswijze.invite', { dossierId, betrokkeneId: verhuurder, rol: 'derde', uitgenodigdOp: '2027-03-01', termijnTot: term.termijnTot, afschriftAdvies: false, geheimhoudingGewezen: false });
  uitnodigingBetrokkene = view.partijen.find((entry) => entry.rol === 'betrokkene')!.id;
  uitnodigingDerde = view.partijen.find((entry) => entry.rol === 'derde')!.id;
});

afterAll(removeTempFolders);

describe('the voorschriften variant of the horeca case, decided by the burgemeester', () => {
  it('a library voorschrift with a placeholder cannot go out unfilled: the voornemen is refused with the reason', async () => {
    expect(await maak('voornemen-zienswijze', uitnodigingBetrokkene)).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: 'voorschriften[0].tekst', message: expect.stringContaining('Voorschrift 1 bevat nog een invulplek ([bedrag])') }] } },
    });
    const ingevuld = { ...beoordeling.voorschriften[0]!, voorschriftId: null, tekst: beoordeling.voorschriften[0]!.tekst.replace('€ [bedrag]', '€\u00a01.000') };
    beoordeling = { ...beoordeling, voorschriften: [ingevuld, beoordeling.voorschriften[1]!] };
    await callOk(app, 'beoordeling.save', { dossierId, beoordeling, voorgesteldeMaatregel: 'verlenen-met-voorschriften' });
  });

  it('the voornemen: the application, the intended decision with its basis, the grounds, where and how to answer — as "ik"', async () => {
    const tekst = await maakOk('voornemen-zienswijze', uitnodigingBetrokkene);
    expect(tekst).toContain('Op 5 oktober 2026 heb ik uw aanvraag ontvangen. U vraagt daarin om een alcoholwetvergunning (Havenkade 9, Proefstad).');
    expect(tekst).toContain('Ik ben van plan de gevraagde alcoholwetvergunning (Havenkade 9, Proefstad) aan Café De Haven B.V. te verlenen met voorschriften. Dat voornemen rust op artikel 3, zevende lid, van de Wet Bibob.');
    expect(tekst).toContain('Grond b (artikel 3, eerste lid, onder b, van de Wet Bibob): er bestaat een mindere mate van gevaar dat de beschikking mede zal worden gebruikt om strafbare feiten te plegen.');
    expect(tekst).toContain('Voordat ik besluit, geef ik u de gelegenheid uw zienswijze op dit voornemen te geven (artikel 33, eerste lid, van de Wet Bibob). Dat kan tot en met 15 maart 2027, naar uw keuze schriftelijk of mondeling');
    expect(tekst).toContain('Schriftelijk: stuur uw zienswijze aan de burgemeester van Proefstad, Postbus 1, 1234 AB Proefstad');
    // Each voorschrift in full with a grammatical aim, and breach can lead to revocation (art. 3 lid 7, last sentence).
    expect(tekst).toContain('boven €\u00a01.000 lopen via een bankrekening');
    expect(tekst).toContain('Dit voorschrift beperkt het gevaar van heling via de onderneming (art. 3 lid 1 sub b).');
    expect(tekst).not.toContain('Doel:');
    expect(tekst).toContain('Leeft u een van deze voorschriften niet na, dan kan de vergunning worden ingetrokken (artikel 3, zevende lid, van de Wet Bibob).');
    expect(tekst).not.toMatch(/\b[Ww]ij\b|\bons\b|\b[Oo]nze\b/);
    // Signed on the burgemeester's behalf by the signatory of the settings (mandate).
    expect(tekst).toContain('Namens de burgemeester van Proefstad,\n\nM. Jansen\nteamleider Openbare Orde en Veiligheid');
  });

  it('the bericht aan de derde says what decision is intended, without the applicant’s name', async () => {
    const tekst = await maakOk('bericht-derde', uitnodigingDerde, { deelAdvies: 'U verhuurt het pand Havenkade 9 aan de aanvrager.' });
    expect(tekst).toContain('Ik ben van plan de gevraagde alcoholwetvergunning (Havenkade 9, Proefstad) te verlenen met voorschriften. Dat voornemen rust op artikel 3, zevende lid, van de Wet Bibob. In dat voornemen wordt u genoemd');
    expect(tekst).toContain('geef ik u als derde die in het voornemen wordt genoemd de gelegenheid');
    expect(tekst).not.toContain('Café De Haven B.V.');
  });

  it('the besluit waits for an answer to each zienswijze, then gives each with its answer, as "ik", bezwaar to the burgemeester', async () => {
    await callOk(app, 'zienswijze.recordResponse', { partijId: uitnodigingBetrokkene, ontvangenOp: '2027-03-10', samenvatting: 'Het register is te veel werk voor een klein café.' });
    expect(await maak('besluit', null)).toMatchObject({ ok: false, error: { details: { issues: [{ path: 'reactie', message: expect.stringContaining('De zienswijze van Café De Haven B.V. (ontvangen op 10 maart 2027) heeft nog geen reactie') }] } } });
    await callOk(app, 'zienswijze.recordReactie', { partijId: uitnodigingBetrokkene, reactie: 'Een eenvoudig register volstaat; het weegt niet op tegen het gevaar van heling.' });
    const tekst = await maakOk('besluit', null);
    expect(tekst).toContain('Op 5 oktober 2026 heb ik uw aanvraag ontvangen. U vraagt daarin om een alcoholwetvergunning (Havenkade 9, Proefstad). Met deze brief beslis ik op die aanvraag.');
    expect(tekst).toContain('Ik verleen Café De Haven B.V. de gevraagde alcoholwetvergunning, met de voorschriften hieronder.');
    expect(tekst).toContain('Zienswijze van Café De Haven B.V., ontvangen op 10 maart 2027: Het register is te veel werk voor een klein café. Mijn reactie: Een eenvoudig register volstaat; het weegt niet op tegen het gevaar van heling.');
    // The verhuurder let his term pass: the besluit says so.
    expect(tekst).toContain('V. Verhuur (derde) is op 1 maart 2027 in de gelegenheid gesteld een zienswijze te geven, tot en met 15 maart 2027, en heeft dat niet gedaan.');
    expect(tekst).toContain('Relatie tot strafbare feiten (artikel 3, vierde lid, onder c, van de Wet Bibob): Café De Haven B.V. staat in relatie tot P. Pieters, die de strafbare feiten heeft gepleegd en is leidinggevende van betrokkene.');
    expect(tekst).toContain('Evenredigheid (artikel 3, vijfde lid, van de Wet Bibob en artikel 3:4, tweede lid, van de Algemene wet bestuursrecht):');
    expect(tekst).toContain('Stuur uw bezwaarschrift aan de burgemeester van Proefstad, Postbus 2, 1234 AB Proefstad.');
    expect(tekst).not.toContain('aan teamleider');
    expect(tekst).not.toMatch(/\b[Ww]ij\b|\bons\b|\b[Oo]nze\b/);
    expect(tekst).toContain('Namens de burgemeester van Proefstad,');
  });

  it('keeps the closing block together: the contact line never stands alone on the next page', async () => {
    const view = await callOk(app, 'brieven.list', { dossierId });
    const besluit = view.brieven.filter((brief) => brief.soort === 'besluit').at(-1)!;
    const xml = zipEntries(briefInhoud(app.vault.database(), besluit.id)!).get('word/document.xml')!.toString('utf8');
    const alineas = xml.split(/<w:p[ >]/).slice(1);
    const groet = alineas.findIndex((alinea) => alinea.includes('Met vriendelijke groet,'));
    const contact = alineas.findIndex((alinea) => alinea.includes('Voor vragen kunt u contact opnemen met'));
    expect(groet).toBeGreaterThan(0);
    // Greeting, signature and contact are one paragraph kept together (a chain of paragraphs kept with the next was
    // broken by LibreOffice after the signatory's function); the empty line before it keeps with it.
    expect(contact).toBe(groet);
    expect(alineas[groet]).toContain('<w:keepLines/>');
    expect(alineas[groet - 1]).toContain('<w:keepNext/>');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createApp, type App } from '../../main/app';
import { listAudit } from '../../main/vault/repositories/auditLog';
import { briefInhoud } from '../../main/vault/repositories/brieven';
import { EMPTY_BEOORDELING, type Beoordeling } from '../../src/domain/beoordeling';
import { briefTekst } from '../support/briefTekst';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, TEST_ITERATIONS, call, trustedSender } from '../support/testVault';
import { callOk } from '../support/call';
import type { CallInput } from '../../src/contract';
import { zipEntries } from '../support/zipEntry';

/*
 * Issue 20 §1 and §2, the refusal variant: a B.V. applies for an exploitatievergunning, with its bestuurder and the
 * verhuurder of the premises as betrokkenen. The RIEC answers with information marked "niet aan betrokkene" (a
 * running criminal investigation); the LBB advises mindere mate van gevaar; the burgemeester still intends to refuse,
 * on ernstig gevaar. The voornemen, the besluit and the letter to the verhuurder must not carry one word of the RIEC
 * finding; the internal advice carries it, marked. An override with a reason is audited and on the timeline.
 */

let app: App;

const BRIEFHOOFD = {
  gemeente: 'Gemeente Proefstad',
  adres: 'Postbus 1\n1234 AB Proefstad',
  ondertekenaar: 'A. de Vries',
  functie: 'de burgemeester van Proefstad',
  contact: '14 071 of bibob@proefstad.nl',
  bezwaarAdres: 'Postbus 2\n1234 AB Proefstad',
};

// The RIEC finding and the internal motivation that names it: none of these words may leave in a letter.
const RIEC_OMSCHRIJVING = 'Lopend opsporingsonderzoek Zandloper naar hennepteelt in het pand door de bestuurder';
const GEHEIME_WOORDEN = ['Zandloper', 'opsporingsonderzoek', 'hennepteelt', 'RIEC'];
const INTERNE_MOTIVERING = 'De bestuurder is veroordeeld voor witwassen; het RIEC meldt daarnaast het lopende opsporingsonderzoek Zandloper naar hennepteelt in het pand.';
const UITGAAND = 'De bestuurder van aanvrager is in 2024 onherroepelijk veroordeeld voor witwassen. Uit informatie die de gemeente niet aan u mag verstrekken, blijkt daarnaast dat dit beeld actueel is.';

interface Fixture {
  dossierId: string;
  bv: string;
  bestuurder: string;
  verhuurder: string;
  uitnodigingBetrokkene: string;
  uitnodigingDerde: string;
  riecId: string;
  lbbId: string;
  beoordeling: Beoordeling;
}
let fixture: Fixture;

function textOf(briefId: string): Promise<string> {
  return briefTekst(app, briefId);
}

/** Keeps the letter for a look at page 1 (.test-output is not committed). */
function bewaar(naam: string, briefId: string): void {
  const folder = path.join('.test-output', 'brieven-beperkt');
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `${naam}.docx`), briefInhoud(app.vault.database(), briefId)!);
}

async function maak(soort: string, bronId: string | null, invoer: Record<string, string> = {}, doorbrekingen: { bevindingId: string; reden: string }[] = []) {
  return call(app, 'brieven.maak', { dossierId: fixture.dossierId, soort, bronId, invoer, doorbrekingen });
}

async function maakOk(soort: CallInput<'brieven.maak'>['soort'], bronId: string | null, invoer: Record<string, string> = {}, doorbrekingen: { bevindingId: string; reden: string }[] = []): Promise<{ id: string; tekst: string; doorbrekingen: { reden: string }[] }> {
  const view = await callOk(app, 'brieven.maak', { dossierId: fixture.dossierId, soort, bronId, invoer, doorbrekingen });
  const brief = view.brieven.at(-1)!;
  expect(brief.soort).toBe(soort);
  return { id: brief.id, tekst: await textOf(brief.id), doorbrekingen: brief.doorbrekingen };
}

async function saveBeoordeling(beoordeling: Beoordeling): Promise<void> {
  await callOk(app, 'beoordeling.save', { dossierId: fixture.dossierId, beoordeling, voorgesteldeMaatregel: 'weigeren' });
}

async function refusalVariant(): Promise<Fixture> {
  await callOk(app, 'briefhoofd.update', { briefhoofd: BRIEFHOOFD });
  const dossier = await callOk(app, 'dossiers.create', {
    toepassingsgebied: 'horeca',
    aanvragerNaam: 'Horeca De Zandbank B.V.',
    aanvragerSoort: 'rechtspersoon',
    aanvragerAdres: 'Havenkade 7\n1234 CD Proefstad',
    aanvragerKvkNummer: '87654321',
    besluitsoort: 'exploitatievergunning',
    ontvangenOp: '2026-09-01',
    locatieAdres: 'Havenkade 7, Proefstad',
  });
  await callOk(app, 'betrokkenen.add', { dossierId: dossier.id, wie: { nieuw: { soort: 'persoon', naam: 'P. Bakker', geboortedatum: '1980-04-12', adres: 'Dijkweg 3, 1234 EF Proefstad' } }, rol: 'bestuurder' });
  const added = await callOk(app, 'betrokkenen.add', {
    dossierId: dossier.id,
    wie: { nieuw: { soort: 'rechtspersoon', naam: 'Pandbeheer Noord B.V.', kvkNummer: '11223344', adres: 'Postbus 77, 5678 GH Elders' } },
    rol: 'verhuurder',
  });
  const id = (naam: string) => added.betrokkenen.find((entry) => entry.betrokkene.naam === naam)!.betrokkene.id;
  const bv = id('Horeca De Zandbank B.V.');
  const bestuurder = id('P. Bakker');
  const verhuurder = id('Pandbeheer Noord B.V.');

  const riec = (await callOk(app, 'verzoeken.create', { dossierId: dossier.id, geadresseerde: 'riec', betrokkeneIds: [bv, bestuurder], vragen: 'Zijn er signalen over de bestuurder?' })).verzoeken[0]!;
  await callOk(app, 'verzoeken.send', { verzoekId: riec.id, verzondenOp: '2026-09-10' });
  await callOk(app, 'verzoeken.recordAnswer', { verzoekId: riec.id, ontvangenOp: '2026-09-24', samenvatting: RIEC_OMSCHRIJVING, beperkingen: ['niet-aan-betrokkene'] });

  const beoordeling: Beoordeling = {
    ...EMPTY_BEOORDELING,
    bevindingen: [
      { id: 'open', betrokkeneId: bestuurder, soort: 'veroordeling', omschrijving: 'Onherroepelijke veroordeling wegens witwassen (2024).', bron: 'Justitiële documentatie', datum: '2024-03-01', ernst: 'zwaar' },
      { id: 'riec', betrokkeneId: bestuurder, soort: 'verdenking', omschrijving: RIEC_OMSCHRIJVING, bron: 'RIEC', datum: '2026-09-24', ernst: 'zwaar', beperkingen: ['niet-aan-betrokkene'] },
    ],
    relaties: [
      { bevindingId: 'open', betrokkeneId: bv, grondslag: 'c', via: { betrokkeneId: bestuurder, naam: 'P. Bakker' }, hoedanigheid: 'leiding', toelichting: 'Bakker is enig bestuurder van de B.V.' },
      { bevindingId: 'riec', betrokkeneId: bv, grondslag: 'c', via: { betrokkeneId: bestuurder, naam: 'P. Bakker' }, hoedanigheid: 'leiding', toelichting: 'Het onderzoek Zandloper betreft de bestuurder.' },
    ],
    gevaar: [
      { grond: 'a', mate: 'geen', factoren: [], motivering: '' },
      { grond: 'b', mate: 'ernstig', factoren: ['lid3-a', 'lid3-b', 'lid3-c', 'lid3-d'], motivering: INTERNE_MOTIVERING, bevindingIds: ['open', 'riec'] },
    ],
    evenredigheid: 'Voorschriften nemen het gevaar niet weg: de bestuurder houdt de leiding over het bedrijf. Weigeren is evenredig.',
    evenredigheidBevindingIds: ['open'],
  };
  await callOk(app, 'beoordeling.save', { dossierId: dossier.id, beoordeling, voorgesteldeMaatregel: 'weigeren' });

  // The eigen onderzoek, complete, so that the LBB can be asked (art. 7a lid 4 Wet Bibob).
  for (const betrokkeneId of [bv, bestuurder, verhuurder]) {
    await callOk(app, 'onderzoek.addNote', { dossierId: dossier.id, betrokkeneId, bron: 'kvk', geraadpleegdOp: '2026-09-05', bevinding: 'Ingeschreven; geen bijzonderheden.' });
  }
  await callOk(app, 'onderzoek.addInvestering', { dossierId: dossier.id, omschrijving: 'Inventaris', bedragCent: 5_000_000 });
  await callOk(app, 'onderzoek.addHerkomst', { dossierId: dossier.id, omschrijving: 'Eigen middelen', soort: 'eigen-vermogen', bedragCent: 5_000_000, bewijs: [] });
  const onderzoek = await callOk(app, 'onderzoek.get', { dossierId: dossier.id });
  await callOk(app, 'onderzoek.updateFormulier', {
    dossierId: dossier.id,
    formulier: { ...onderzoek.formulier, aanleiding: { berichtArt26: false, riecAdvies: true, toelichting: 'Het RIEC heeft signalen over de bestuurder.' }, vragenformulierMetBijlagen: true, financieringGecontroleerd: true, onderzoeksvragen: ['Staat de bestuurder in relatie tot strafbare feiten?'] },
  });
  const lbb = (await callOk(app, 'verzoeken.create', { dossierId: dossier.id, geadresseerde: 'lbb', betrokkeneIds: [bv, bestuurder], vragen: 'Advies over de mate van gevaar.' })).verzoeken.find((entry) => entry.id !== riec.id)!;
  await callOk(app, 'verzoeken.send', { verzoekId: lbb.id, verzondenOp: '2026-10-01' });
  await callOk(app, 'verzoeken.recordAnswer', { verzoekId: lbb.id, ontvangenOp: '2026-11-02', samenvatting: 'Mindere mate van gevaar: de veroordeling van de bestuurder.' });

  const term = await callOk(app, 'zienswijze.proposeTerm', { uitgenodigdOp: '2027-03-01' });
  await callOk(app, 'zienswijze.invite', { dossierId: dossier.id, betrokkeneId: bv, rol: 'betrokkene', uitgenodigdOp: '2027-03-01', termijnTot: term.termijnTot, afschriftAdvies: true, geheimhoudingGewezen: true });
  const partijen = await callOk(app, 'zienswijze.invite', { dossierId: dossier.id, betrokkeneId: verhuurder, rol: 'derde', uitgenodigdOp: '2027-03-01', termijnTot: term.termijnTot, afschriftAdvies: true, geheimhoudingGewezen: true });
  return {
    dossierId: dossier.id,
    bv,
    bestuurder,
    verhuurder,
    uitnodigingBetrokkene: partijen.partijen.find((entry) => entry.rol === 'betrokkene')!.id,
    uitnodigingDerde: partijen.partijen.find((entry) => entry.rol === 'derde')!.id,
    riecId: riec.id,
    lbbId: lbb.id,
    beoordeling,
  };
}

beforeAll(async () => {
  app = createApp({
    dataFolder: tempFolder('brieven-beperkt'),
    actor: 'testcoördinator',
    pbkdf2Iterations: TEST_ITERATIONS,
    now: () => new Date('2027-03-01T09:00:00Z'),
    isTrustedSender: (sender) => sender.url === trustedSender.url && sender.isMainFrame,
  });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
  fixture = await refusalVariant();
}, 60_000);

afterAll(removeTempFolders);

function zonderGeheim(tekst: string): void {
  for (const woord of GEHEIME_WOORDEN) expect(tekst.toLowerCase()).not.toContain(woord.toLowerCase());
}

describe('a ground resting on a restricted finding', () => {
  it('refuses the voornemen and the besluit, with the reason, until an outgoing wording is written; nothing is made', async () => {
    for (const soort of ['voornemen-zienswijze', 'besluit']) {
      const result = await maak(soort, soort === 'besluit' ? null : fixture.uitnodigingBetrokkene);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', details: { issues: expect.arrayContaining([expect.objectContaining({ path: 'gevaar[1].uitgaandeMotivering', message: expect.stringContaining('De motivering van grond b rust op een bevinding met een gebruiksbeperking') })]) } },
      });
      expect(JSON.stringify(result)).toContain('art. 28 lid 1 Wet Bibob');
      // The refusal itself names the source and the restriction, not the content.
      zonderGeheim(JSON.stringify(result).replace(/uit RIEC/g, ''));
    }
    expect((await callOk(app, 'brieven.list', { dossierId: fixture.dossierId })).brieven).toEqual([]);
  });

  it('refuses a ground not tied to its findings while restricted findings exist', async () => {
    const { bevindingIds: _ids, ...untied } = fixture.beoordeling.gevaar[1]!;
    await saveBeoordeling({ ...fixture.beoordeling, gevaar: [fixture.beoordeling.gevaar[0]!, untied] });
    expect(await maak('besluit', null)).toMatchObject({ ok: false, error: { details: { issues: expect.arrayContaining([expect.objectContaining({ path: 'gevaar[1].bevindingIds', message: expect.stringContaining('Geef in de beoordeling aan op welke bevindingen de motivering van grond b rust') })]) } } });
    await saveBeoordeling(fixture.beoordeling);
  });

  it('refuses an outgoing wording that copies the restricted finding', async () => {
    await saveBeoordeling({ ...fixture.beoordeling, gevaar: [fixture.beoordeling.gevaar[0]!, { ...fixture.beoordeling.gevaar[1]!, uitgaandeMotivering: `Er loopt een ${RIEC_OMSCHRIJVING.toLowerCase()}.` }] });
    expect(await maak('besluit', null)).toMatchObject({ ok: false, error: { details: { issues: expect.arrayContaining([expect.objectContaining({ path: 'tekst', message: expect.stringContaining('herhaalt de omschrijving van een bevinding met een gebruiksbeperking') })]) } } });
    await saveBeoordeling(fixture.beoordeling);
  });

  it('with the outgoing wording: the voornemen and the besluit carry no word of the RIEC finding; the internal advice has it, marked', async () => {
    await saveBeoordeling({ ...fixture.beoordeling, gevaar: [fixture.beoordeling.gevaar[0]!, { ...fixture.beoordeling.gevaar[1]!, uitgaandeMotivering: UITGAAND }] });
    const voornemen = await maakOk('voornemen-zienswijze', fixture.uitnodigingBetrokkene);
    // A refusal waits for the art. 33 step: refused while the zienswijzen are still open.
    expect(await maak('besluit', null)).toMatchObject({ ok: false, error: { details: { issues: expect.arrayContaining([{ path: 'zienswijze', message: expect.stringContaining('pas worden gemaakt na de gelegenheid tot zienswijze (art. 33 lid 1 Wet Bibob)') }]) } } });
    await callOk(app, 'zienswijze.recordResponse', { partijId: fixture.uitnodigingBetrokkene, ontvangenOp: '2027-03-01', samenvatting: 'De B.V. stelt dat de veroordeling van de bestuurder oud is en los staat van het bedrijf.' });
    await callOk(app, 'zienswijze.recordResponse', { partijId: fixture.uitnodigingDerde, ontvangenOp: '2027-03-01', samenvatting: 'De verhuurder wist van niets.' });
    // Awb 3:46: every zienswijze answered before the besluit — the letter and the decision's date are refused.
    const zonderReactie = await maak('besluit', null);
    expect(zonderReactie).toMatchObject({ ok: false, error: { details: { issues: expect.arrayContaining([{ path: 'reactie', message: expect.stringContaining('De zienswijze van Horeca De Zandbank B.V. (ontvangen op 1 maart 2027) heeft nog geen reactie van het bestuursorgaan') }]) } } });
    const besluitLeeg = { besluitOp: null, contractclausule: null, bezwaar: null, beroep: null };
    expect(await call(app, 'besluit.save', { dossierId: fixture.dossierId, besluit: { ...besluitLeeg, besluitOp: '2027-03-01' } })).toMatchObject({ ok: false, error: { details: { issues: expect.arrayContaining([expect.objectContaining({ path: 'reactie' })]) } } });
    await callOk(app, 'zienswijze.recordReactie', { partijId: fixture.uitnodigingBetrokkene, reactie: 'De veroordeling is van 2024 en betreft de enige bestuurder, die de leiding houdt; dat weegt ik zwaar.' });
    // A correction of the answer replaces it; the audit keeps the earlier one.
    await callOk(app, 'zienswijze.recordReactie', { partijId: fixture.uitnodigingBetrokkene, reactie: 'De veroordeling is van 2024 en betreft de enige bestuurder, die de leiding houdt; dat weeg ik zwaar.' });
    const correctie = listAudit(app.vault.database(), { entityType: 'dossier', entityId: fixture.dossierId }).filter((entry) => entry.action === 'zienswijze.reactie-gecorrigeerd').at(-1)!;
    expect(JSON.stringify(correctie.details)).toContain('dat weegt ik zwaar');
    await callOk(app, 'zienswijze.recordReactie', { partijId: fixture.uitnodigingDerde, reactie: 'Het besluit gaat niet over de verhuurder; zijn rol verandert er niet door.' });
    // Awb 3:50: the LBB advised mindere mate, the burgemeester refuses on ernstig gevaar — the degree must be recorded,
    // and the departure needs its reasons, or neither the letter nor the decision's date is accepted.
    expect(await maak('besluit', null)).toMatchObject({ ok: false, error: { details: { issues: [{ path: 'lbbAdviesMate', message: expect.stringContaining('art. 3:50 Awb') }] } } });
    await callOk(app, 'besluit.save', { dossierId: fixture.dossierId, besluit: { ...besluitLeeg, lbbAdviesMate: 'mindere-mate' } });
    expect(await maak('besluit', null)).toMatchObject({ ok: false, error: { details: { issues: [{ path: 'afwijkingLbbReden', message: expect.stringContaining('een weigering of intrekking vraagt ernstig gevaar') }] } } });
    expect(await call(app, 'besluit.save', { dossierId: fixture.dossierId, besluit: { ...besluitLeeg, lbbAdviesMate: 'mindere-mate', besluitOp: '2027-03-01' } })).toMatchObject({ ok: false, error: { details: { issues: [expect.objectContaining({ path: 'afwijkingLbbReden' })] } } });
    const REDEN_AFWIJKING = 'het advies weegt niet mee dat de veroordeelde bestuurder de dagelijkse leiding houdt over juist dit bedrijf';
    await callOk(app, 'besluit.save', { dossierId: fixture.dossierId, besluit: { ...besluitLeeg, lbbAdviesMate: 'mindere-mate', afwijkingLbbReden: REDEN_AFWIJKING } });
    const besluit = await maakOk('besluit', null);
    for (const brief of [voornemen, besluit]) {
      zonderGeheim(brief.tekst);
      expect(brief.tekst).not.toContain(INTERNE_MOTIVERING);
      expect(brief.tekst).toContain(`Grond b (artikel 3, eerste lid, onder b, van de Wet Bibob): er bestaat ernstig gevaar dat de beschikking mede zal worden gebruikt om strafbare feiten te plegen. ${UITGAAND}`);
      // The betrokkene and his relation in the law's words (art. 3 lid 4 sub c); the relation to the RIEC finding stays out.
      expect(brief.tekst).toContain('Relatie tot strafbare feiten (artikel 3, vierde lid, onder c, van de Wet Bibob): Horeca De Zandbank B.V. staat in relatie tot P. Bakker, die de strafbare feiten heeft gepleegd en is leidinggevende van betrokkene. Bakker is enig bestuurder van de B.V.');
      // The application decided on, and the burgemeester's voice throughout (APV exploitatievergunning; art. 7 lid 1 Wet Bibob).
      expect(brief.tekst).toContain('Op 1 september 2026 heb ik uw aanvraag ontvangen. U vraagt daarin om een exploitatievergunning (artikel 2:28 APV) voor Havenkade 7, Proefstad.');
      expect(brief.tekst).not.toMatch(/\b[Ww]ij\b|\bons\b|\bOnze?\b/);
      // Signed by the body itself: the signatory is the burgemeester.
      expect(brief.tekst).toContain('De burgemeester van Proefstad,\n\nA. de Vries');
      expect(brief.tekst).toContain('Voorschriften nemen het gevaar niet weg');
      // §2: the addressee with the full postal address.
      expect(brief.tekst).toMatch(/Horeca De Zandbank B\.V\.\nHavenkade 7\n1234 CD Proefstad/);
      expect(brief.doorbrekingen).toEqual([]);
    }
    expect(besluit.tekst).toContain('Ik weiger de gevraagde exploitatievergunning (artikel 2:28 APV).');
    expect(voornemen.tekst).toContain('Ik ben van plan de gevraagde exploitatievergunning (artikel 2:28 APV) voor Havenkade 7, Proefstad te weigeren. Dat voornemen rust op artikel 3, eerste lid, van de Wet Bibob, in samenhang met artikel 7, eerste lid, van de Wet Bibob.');
    expect(voornemen.tekst).toContain('Schriftelijk: stuur uw zienswijze aan de burgemeester van Proefstad, Postbus 1, 1234 AB Proefstad');
    // Every zienswijze summarised with its answer (Awb 3:46), and the departure from the advice with its reasons (Awb 3:50).
    expect(besluit.tekst).toContain('Zienswijze van Horeca De Zandbank B.V., ontvangen op 1 maart 2027: De B.V. stelt dat de veroordeling van de bestuurder oud is en los staat van het bedrijf. Mijn reactie: De veroordeling is van 2024 en betreft de enige bestuurder, die de leiding houdt; dat weeg ik zwaar.');
    expect(besluit.tekst).toContain('Zienswijze van Pandbeheer Noord B.V. (derde), ontvangen op 1 maart 2027: De verhuurder wist van niets. Mijn reactie:');
    // The advice's degree once, the departure in the burgemeester's words, the reasons (no nested parentheses).
    expect(besluit.tekst).toContain(`Het Landelijk Bureau Bibob kwam in zijn advies tot mindere mate van gevaar. Ik wijk daarvan af: ik ga uit van ernstig gevaar, en een weigering vraagt ernstig gevaar (artikel 3, eerste lid, van de Wet Bibob). Mijn redenen daarvoor: ${REDEN_AFWIJKING} (artikel 3:50 van de Algemene wet bestuursrecht).`);
    // The bezwaar goes to the body that decided (Awb 6:4 lid 1, 3:45 lid 2).
    expect(besluit.tekst).toContain('Stuur uw bezwaarschrift aan de burgemeester van Proefstad, Postbus 2, 1234 AB Proefstad.');
    expect(besluit.tekst).toContain('Voor vragen kunt u contact opnemen met 14\u00a0071 of bibob@proefstad.nl.');
    // The refusal names the refusal power with the APV permit's own ground (art. 3 lid 1 with art. 7 lid 1 Wet Bibob).
    expect(besluit.tekst).toContain('Dit besluit rust op artikel 3, eerste lid, van de Wet Bibob, in samenhang met artikel 7, eerste lid, van de Wet Bibob.');
    // Awb 3:49: the besluit refers to the LBB advice and says the copy came with the voornemen.
    expect(besluit.tekst).toContain('Dit besluit rust mede op het advies van het Landelijk Bureau Bibob van 2 november 2026; voor de motivering verwijs ik ook naar dat advies (artikel 3:49 van de Algemene wet bestuursrecht). Een afschrift van het advies hebt u ontvangen bij het voornemen van 1 maart 2027.');
    expect(voornemen.tekst).not.toContain('artikel 3:49');
    bewaar('voornemen', voornemen.id);
    bewaar('besluit', besluit.id);

    const advies = await maakOk('intern-advies', null);
    // No capital after the dash: the finding continues the line's sentence (issue 20 §4).
    expect(advies.tekst).toContain(`[BEPERKT — Niet aan betrokkene verstrekken zonder toestemming van de bron; niet in brieven aan de betrokkene of derden] P. Bakker: verdenking of ander vermoeden van een strafbaar feit — l${RIEC_OMSCHRIJVING.slice(1)}`);
    expect(advies.tekst).toContain('P. Bakker: veroordeling wegens een strafbaar feit — onherroepelijke veroordeling wegens witwassen (2024) (bron: Justitiële documentatie, 1 maart 2024; ernst: zwaar).');
    expect(advies.tekst).toContain(INTERNE_MOTIVERING);
    expect(advies.tekst).toContain(`[Rust op een beperkte bevinding. In brieven naar buiten: ${UITGAAND}]`);
    expect(advies.tekst).toContain('Mindere mate van gevaar: de veroordeling van de bestuurder.');
    bewaar('intern-advies', advies.id);
  });
});

describe('the request to the RIEC (§2)', () => {
  it('identifies the bestuurder with his date of birth and address, the B.V. with its KvK-nummer; signed with a capital', async () => {
    const verzoek = await maakOk('informatieverzoek', fixture.riecId);
    expect(verzoek.tekst).toContain('P. Bakker (bestuurder): geboren 12 april 1980, Dijkweg 3, 1234 EF Proefstad');
    expect(verzoek.tekst).toContain('Horeca De Zandbank B.V. (aanvrager): KvK-nummer 87654321, Havenkade 7, 1234 CD Proefstad');
    expect(verzoek.tekst).toContain('De burgemeester van Proefstad,\n\nA. de Vries');
    expect(verzoek.tekst).not.toContain('\nde burgemeester van Proefstad');
  });
});

describe('the request to the LBB (art. 9, 7a lid 4)', () => {
  it('lists each note under its betrokkene without a dash inside a bullet, and encloses what section 7 of the form names', async () => {
    const aanvraag = await maakOk('adviesaanvraag-lbb', fixture.lbbId);
    expect(aanvraag.tekst).toContain('P. Bakker (bestuurder) — bron: KvK / Handelsregister, geraadpleegd op 5 september 2026. Ingeschreven; geen bijzonderheden.');
    expect(aanvraag.tekst).not.toContain('– Bron');
    expect(aanvraag.tekst).toContain('\n1. Staat de bestuurder in relatie tot strafbare feiten?');
    // The RIEC advice the form names as enclosure is on the "Bijlagen" line too, with the questionnaire.
    expect(aanvraag.tekst).toMatch(/Bijlagen:\nAdvies van het RIEC\nHet ingevulde Bibob-vragenformulier met de stukken die de betrokkene heeft verstrekt/);
    // The closing block is one paragraph kept together: LibreOffice set the signatory's name on the next page
    // when it was a chain of paragraphs each kept with the next.
    const xml = zipEntries(briefInhoud(app.vault.database(), aanvraag.id)!).get('word/document.xml')!.toString('utf8');
    const slot = xml.split('</w:p>').find((alinea) => alinea.includes('Met vriendelijke groet,'))!;
    for (const deel of ['<w:keepLines/>', 'De burgemeester van Proefstad,', 'A. de Vries', 'Voor vragen kunt u contact opnemen met']) expect(slot).toContain(deel);
  });
});

describe('the letter to the verhuurder as third party', () => {
  const deelMetGeheim = `U verhuurt het pand Havenkade 7 aan de aanvrager. Er loopt een ${RIEC_OMSCHRIJVING.toLowerCase()}.`;

  it('goes to the verhuurder at its own address, and is refused when the coordinator’s text repeats the restricted finding', async () => {
    expect(await maak('bericht-derde', fixture.uitnodigingDerde, { deelAdvies: deelMetGeheim })).toMatchObject({
      ok: false,
      error: { details: { issues: expect.arrayContaining([expect.objectContaining({ path: 'invoer.deelAdvies', message: expect.stringContaining('gebruiksbeperking') })]) } },
    });
    const brief = await maakOk('bericht-derde', fixture.uitnodigingDerde, { deelAdvies: 'U verhuurt het pand Havenkade 7 aan de aanvrager; het voornemen noemt u als verhuurder.' });
    zonderGeheim(brief.tekst);
    expect(brief.tekst).toMatch(/Pandbeheer Noord B\.V\.\nPostbus 77\n5678 GH Elders/);
  });

  it('an override with a recorded reason lets it through, is audited with the reason and shown on the timeline', async () => {
    expect(await maak('bericht-derde', fixture.uitnodigingDerde, { deelAdvies: deelMetGeheim }, [{ bevindingId: 'riec', reden: ' ' }])).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const reden = 'Het RIEC heeft op 1 maart 2027 schriftelijk toestemming gegeven dit aan de verhuurder te melden.';
    const brief = await maakOk('bericht-derde', fixture.uitnodigingDerde, { deelAdvies: deelMetGeheim }, [{ bevindingId: 'riec', reden }]);
    expect(brief.tekst.toLowerCase()).toContain('zandloper');
    expect(brief.doorbrekingen).toEqual([{ bevindingId: 'riec', reden }]);
    const audit = listAudit(app.vault.database(), { entityType: 'dossier', entityId: fixture.dossierId }).filter((entry) => entry.action === 'brief.gemaakt').at(-1)!;
    expect(JSON.stringify(audit.details)).toContain(reden);
    const detail = await callOk(app, 'dossiers.get', { id: fixture.dossierId });
    const event = detail.tijdlijn.find((entry) => entry.soort === 'brief.beperking-doorbroken');
    expect(event?.omschrijving).toBe(`Gebruiksbeperking doorbroken in Gelegenheid tot zienswijze: bevinding uit RIEC (Niet aan betrokkene verstrekken zonder toestemming van de bron). Reden: ${reden}`);
  });

  it('an override of an unrestricted finding is refused', async () => {
    expect(await maak('bericht-derde', fixture.uitnodigingDerde, { deelAdvies: 'U verhuurt het pand.' }, [{ bevindingId: 'open', reden: 'Zomaar.' }])).toMatchObject({
      ok: false,
      error: { details: { issues: expect.arrayContaining([expect.objectContaining({ path: 'doorbrekingen[0].bevindingId' })]) } },
    });
  });
});

describe('the addressee’s postal address (§2)', () => {
  it('a letter to an applicant without an address, or with half of one, is refused naming the applicant and what is missing', async () => {
    const zonder = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Adresloos B.V.', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04' });
    const termijn = { dossierId: zonder.id, soort: 'termijn-niet-haalbaar', bronId: null, invoer: { nieuweDatum: '2027-06-01' }, doorbrekingen: [] };
    expect(await call(app, 'brieven.maak', termijn)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: 'geadresseerde', message: expect.stringContaining('Van Adresloos B.V. is geen adres vastgelegd') }] } },
    });
    const half = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Half Adres B.V.', aanvragerAdres: 'Proefstad', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04' });
    expect(await call(app, 'brieven.maak', { ...termijn, dossierId: half.id })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: 'geadresseerde', message: expect.stringContaining('Het adres van Half Adres B.V. ("Proefstad") mist straat en huisnummer (of postbus) en postcode en woonplaats') }] } },
    });
  });
});

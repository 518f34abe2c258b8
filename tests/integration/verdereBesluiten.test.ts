import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../main/app';
import { docxText } from '../../main/services/attachmentDocx';
import { briefInhoud } from '../../main/vault/repositories/brieven';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, call, testApp } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

let app: App;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2027-01-25T09:00:00Z');
  app = testApp(tempFolder('verdere-besluiten'), { now: () => clock });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
});

const alcoholwet = { besluitsoort: 'alcoholwetvergunning', ontvangenOp: null, lbbAdvies: true, herstel: false, verdaging: null, mededeling: null };

/** A horeca dossier whose own decision is the exploitatievergunning, received Monday 4 January 2027. */
async function horecaDossier(): Promise<{ dossierId: string; aanvragerId: string }> {
  const created = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Café De Brug B.V.' });
  await callOk(app, 'dossiers.update', {
    id: created.id,
    details: { besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04', locatieAdres: '', bagId: null, coordinator: '', notities: '', uitkomst: null },
  });
  const detail = await callOk(app, 'dossiers.get', { id: created.id });
  return { dossierId: created.id, aanvragerId: detail.betrokkenen.find((link) => link.rollen.some((rol) => rol.rol === 'aanvrager'))!.betrokkene.id };
}

/** The LBB is asked on Monday 1 February 2027 and advises on Friday 12 February: art. 31 suspends 1–12 February. */
async function lbbAdvice(dossierId: string, aanvragerId: string): Promise<void> {
  await callOk(app, 'onderzoek.addNote', { dossierId, betrokkeneId: aanvragerId, bron: 'kvk', geraadpleegdOp: '2027-01-15', bevinding: 'Niets bijzonders gevonden.' });
  const view = await callOk(app, 'onderzoek.get', { dossierId });
  await callOk(app, 'onderzoek.updateFormulier', {
    dossierId,
    formulier: { ...view.formulier, aanleiding: { berichtArt26: true, riecAdvies: false, toelichting: '' }, vragenformulierMetBijlagen: true, financieringGecontroleerd: true },
  });
  const created = await callOk(app, 'verzoeken.create', { dossierId, geadresseerde: 'lbb', betrokkeneIds: [aanvragerId], vragen: 'Advies over de mate van gevaar.' });
  clock = new Date('2027-02-01T09:00:00Z');
  await callOk(app, 'verzoeken.send', { verzoekId: created.verzoeken[0]!.id, verzondenOp: '2027-02-01' });
  clock = new Date('2027-02-15T09:00:00Z');
  await callOk(app, 'verzoeken.recordAnswer', { verzoekId: created.verzoeken[0]!.id, ontvangenOp: '2027-02-12', samenvatting: 'Mindere mate van gevaar.' });
}

async function auditOf(dossierId: string, action: string): Promise<Record<string, unknown>[]> {
  const { entries } = await callOk(app, 'audit.forDossier', { dossierId });
  return entries.filter((entry) => entry.action === action).map((entry) => JSON.parse(entry.details) as Record<string, unknown>);
}

describe('one horeca dossier with an exploitatievergunning and an Alcoholwet licence', () => {
  it('gives each decision its own term, both suspended by the LBB request, on the dossier page, the agenda and the next steps', async () => {
    const { dossierId, aanvragerId } = await horecaDossier();
    const added = await callOk(app, 'besluiten.add', { dossierId, besluit: alcoholwet });
    // Before any suspension: APV 8 weeks and the redelijke termijn's 8 weeks both end Monday 1 March 2027.
    expect(added.eerste).toMatchObject({ label: expect.stringContaining('Exploitatievergunning'), termijn: { deadline: '2027-03-01' } });
    expect(added.besluiten).toMatchObject([{ label: 'Alcoholwetvergunning', ontvangenOp: null, termijn: { deadline: '2027-03-01' } }]);
    // The kind already held is no longer offered.
    expect(added.soorten.map((soort) => soort.id)).not.toContain('alcoholwetvergunning');

    await lbbAdvice(dossierId, aanvragerId);
    const view = await callOk(app, 'besluiten.list', { dossierId });
    // Exploitatievergunning: 1 March + 12 days = Saturday 13 March; an APV term gets no Atw.
    expect(view.eerste.termijn.deadline).toBe('2027-03-13');
    // Alcoholwet licence: 1 March + 12 days = Saturday 13 March; the Atw moves it to Monday 15 March.
    expect(view.besluiten[0]!.termijn.deadline).toBe('2027-03-15');

    const { items } = await callOk(app, 'agenda.list', {});
    const own = items.filter((item) => item.dossierId === dossierId).map((item) => `${item.soort} ${item.datum} ${item.wat}`);
    expect(own).toContain('beslistermijn 2027-03-13 Uiterste beslisdatum (Exploitatievergunning of andere APV-vergunning voor een inrichting of bedrijf)');
    // The redelijke termijn: the notice by the day without the contested LBB suspension, Monday 1 March.
    expect(own).toContain('mededeling-4-14 2027-03-01 Laatste dag voor de mededeling van een nieuwe redelijke termijn (Alcoholwetvergunning) (art. 4:14 lid 3 Awb)');

    const detail = await callOk(app, 'dossiers.get', { id: dossierId });
    expect(detail.volgendeStappen.map((stap) => stap.wat)).toContain(
      'Vóór of op 1 maart 2027: mededeling art. 4:14 lid 3 Awb als het besluit over de alcoholwetvergunning niet binnen acht weken komt, met een nieuwe redelijke termijn; anders is de redelijke termijn verstreken.',
    );
  });

  it('refuses a decision of another area or one already held, and a date of receipt in the future, at the field', async () => {
    const { dossierId } = await horecaDossier();
    expect(await call(app, 'besluiten.add', { dossierId, besluit: { ...alcoholwet, besluitsoort: 'omgevingsvergunning' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: 'besluit.besluitsoort', message: expect.stringContaining('ander toepassingsgebied') }] } },
    });
    expect(await call(app, 'besluiten.add', { dossierId, besluit: { ...alcoholwet, besluitsoort: 'exploitatievergunning' } })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: 'besluit.besluitsoort' }] } },
    });
    expect(await call(app, 'besluiten.add', { dossierId, besluit: { ...alcoholwet, ontvangenOp: '2027-02-01' } })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: 'besluit.ontvangenOp', message: expect.stringContaining('na vandaag') }] } },
    });
    expect((await callOk(app, 'besluiten.list', { dossierId })).besluiten).toEqual([]);
    // Nor can the dossier's own decision take the kind a further decision already has.
    await callOk(app, 'besluiten.add', { dossierId, besluit: alcoholwet });
    expect(
      await call(app, 'dossiers.update', { id: dossierId, details: { besluitsoort: 'alcoholwetvergunning', ontvangenOp: '2027-01-04', locatieAdres: '', bagId: null, coordinator: '', notities: '', uitkomst: null } }),
    ).toMatchObject({ ok: false, error: { details: { issues: [{ path: 'details.besluitsoort', message: expect.stringContaining('Besluiten in dit dossier') }] } } });
  });

  it('corrects the date of receipt with a reason (audited old → new), records the outcome with its legal basis, and withdraws with a reason', async () => {
    const { dossierId, aanvragerId } = await horecaDossier();
    const [besluit] = (await callOk(app, 'besluiten.add', { dossierId, besluit: alcoholwet })).besluiten;
    const corrected = await callOk(app, 'besluiten.correct', { besluitId: besluit!.id, besluit: { ...alcoholwet, ontvangenOp: '2027-01-18' }, reden: 'De Alcoholwetaanvraag kwam twee weken later binnen.' });
    // Its own receipt, Monday 18 January: + 8 weeks = Monday 15 March.
    expect(corrected.besluiten[0]!.termijn.deadline).toBe('2027-03-15');
    expect(await auditOf(dossierId, 'besluit.gecorrigeerd')).toEqual([
      { besluitId: besluit!.id, ontvangenOp: [null, '2027-01-18'], reden: 'De Alcoholwetaanvraag kwam twee weken later binnen.' },
    ]);

    // A besluit before this application's receipt is refused at its field.
    expect(await call(app, 'besluiten.recordOutcome', { besluitId: besluit!.id, uitkomst: 'weigeren', besluitOp: '2027-01-11' })).toMatchObject({
      ok: false,
      error: { details: { issues: expect.arrayContaining([{ path: 'besluitOp', message: expect.stringContaining('vóór de ontvangst') }]) } },
    });
    // Art. 33 lid 1 Wet Bibob: the refusal waits for the zienswijze on this intended decision. An invitation made
    // while the Alcoholwet licence had no intended outcome yet is no opportunity on its refusal.
    await callOk(app, 'zienswijze.invite', { dossierId, betrokkeneId: aanvragerId, rol: 'betrokkene', uitgenodigdOp: '2027-01-18', termijnTot: '2027-02-01', afschriftAdvies: false, geheimhoudingGewezen: false });
    await callOk(app, 'zienswijze.recordResponse', { partijId: (await callOk(app, 'zienswijze.get', { dossierId })).partijen[0]!.id, ontvangenOp: '2027-01-20', samenvatting: 'Geen bezwaar.' });
    await callOk(app, 'besluiten.recordOutcome', { besluitId: besluit!.id, uitkomst: 'weigeren', besluitOp: null });
    expect(await call(app, 'besluiten.recordOutcome', { besluitId: besluit!.id, uitkomst: 'weigeren', besluitOp: '2027-01-25' })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: 'besluitOp', message: expect.stringContaining("gelegenheid tot zienswijze (art. 33 lid 1 Wet Bibob) op de voorgenomen uitkomst 'weigeren'") }] } },
    });
    const voorStap = await callOk(app, 'zienswijze.get', { dossierId });
    expect(voorStap.verdereBesluiten).toEqual([{ besluitId: besluit!.id, label: 'alcoholwetvergunning', uitkomst: 'weigeren', legalBasis: 'art. 33 lid 1 Wet Bibob', stapAfgerond: false }]);
    // Invited on Monday 25 January on the intended refusal, term two weeks to Monday 8 February, left unused: on
    // Tuesday 9 February the step is done and the refusal can be decided.
    await callOk(app, 'zienswijze.invite', { dossierId, betrokkeneId: aanvragerId, rol: 'betrokkene', uitgenodigdOp: '2027-01-25', termijnTot: '2027-02-08', afschriftAdvies: false, geheimhoudingGewezen: false });
    clock = new Date('2027-02-09T09:00:00Z');
    expect((await callOk(app, 'zienswijze.get', { dossierId })).verdereBesluiten[0]!.stapAfgerond).toBe(true);
    const decided = await callOk(app, 'besluiten.recordOutcome', { besluitId: besluit!.id, uitkomst: 'weigeren', besluitOp: '2027-02-09' });
    expect(decided.besluiten[0]).toMatchObject({ uitkomst: 'weigeren', besluitOp: '2027-02-09', grondslag: 'artikel 3, eerste lid, van de Wet Bibob, in samenhang met art. 27 lid 3 Alcoholwet' });
    // Decided: no term of it left in the agenda.
    const { items } = await callOk(app, 'agenda.list', {});
    expect(items.filter((item) => item.dossierId === dossierId && item.wat.includes('Alcoholwetvergunning'))).toEqual([]);

    const withdrawn = await callOk(app, 'besluiten.withdraw', { besluitId: besluit!.id, reden: 'Per vergissing toegevoegd.' });
    expect(withdrawn.besluiten).toEqual([]);
    expect(await auditOf(dossierId, 'besluit.ingetrokken')).toEqual([{ besluitId: besluit!.id, besluitsoort: 'alcoholwetvergunning', reden: 'Per vergissing toegevoegd.' }]);
    expect(await call(app, 'besluiten.withdraw', { besluitId: besluit!.id, reden: 'Nog eens.' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('keeps the dossier open while the further decision has no outcome', async () => {
    const { dossierId } = await horecaDossier();
    await callOk(app, 'besluiten.add', { dossierId, besluit: alcoholwet });
    // Withdrawing only the dossier's own application cannot end the dossier: the Alcoholwet application still needs its besluit.
    const refused = await call(app, 'dossiers.changePhase', { id: dossierId, to: 'ingetrokken', intrekking: { op: '2027-01-20', wijze: 'schriftelijk' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'TRANSITION_REFUSED', message: expect.stringContaining("'Alcoholwetvergunning'") } });
  });
});

describe('the besluit letter: one per decision, each with its own legal basis and remedy', () => {
  async function besluitTekst(dossierId: string, bronId: string | null): Promise<string> {
    const view = await callOk(app, 'brieven.maak', { dossierId, soort: 'besluit', bronId, invoer: {}, doorbrekingen: [] });
    const bytes = briefInhoud(app.vault.database(), view.brieven.at(-1)!.id)!;
    const source = { size: bytes.length, read: (offset: number, length: number) => bytes.subarray(offset, offset + length), parts: function* (start: number, end: number) { yield bytes.subarray(start, end); } };
    return (await docxText(source, 'besluit.docx', 5_000_000)).tekst;
  }

  it('offers the letter for each decision; the paracommercial licence gets its beroep clause, the exploitatievergunning its bezwaar clause', async () => {
    clock = new Date('2027-03-01T09:00:00Z');
    await callOk(app, 'briefhoofd.update', {
      briefhoofd: { gemeente: 'Gemeente Proef', adres: 'Postbus 1\n1000 AA Proef', ondertekenaar: 'A. Burgemeester', functie: 'de burgemeester van Proef', contact: '14 000', bezwaarAdres: 'Postbus 2\n1000 AB Proef' },
    });
    const created = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Sportvereniging De Bal', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04', aanvragerAdres: 'Sportlaan 3\n1234 AB Proefstad' });
    await callOk(app, 'dossiers.update', { id: created.id, details: { besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04', locatieAdres: '', bagId: null, coordinator: '', notities: '', uitkomst: 'verlenen' } });
    const [para] = (await callOk(app, 'besluiten.add', { dossierId: created.id, besluit: { ...alcoholwet, besluitsoort: 'alcoholwetvergunning-paracommercieel' } })).besluiten;
    await callOk(app, 'besluiten.recordOutcome', { besluitId: para!.id, uitkomst: 'verlenen', besluitOp: null });

    const { mogelijk } = await callOk(app, 'brieven.list', { dossierId: created.id });
    expect(mogelijk.filter((optie) => optie.soort === 'besluit').map((optie) => [optie.bronId, optie.bronLabel])).toEqual([
      [null, 'Exploitatievergunning of andere APV-vergunning voor een inrichting of bedrijf'],
      [para!.id, 'Alcoholwetvergunning voor een paracommerciële rechtspersoon (uniforme openbare voorbereidingsprocedure)'],
    ]);

    const paraTekst = await besluitTekst(created.id, para!.id);
    expect(paraTekst).toContain('alcoholwetvergunning');
    expect(paraTekst).toContain('rechtstreeks beroep instellen bij de rechtbank (artikel 7:1, eerste lid, onder d');
    expect(paraTekst).not.toContain('bezwaar maken. Dat doet u binnen zes weken');

    const eigenTekst = await besluitTekst(created.id, null);
    expect(eigenTekst).toContain('exploitatievergunning (artikel 2:28 APV)');
    expect(eigenTekst).toContain('bezwaar maken. Dat doet u binnen zes weken');
    expect(eigenTekst).not.toContain('uniforme openbare voorbereidingsprocedure');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../main/app';
import { docxText } from '../../main/services/attachmentDocx';
import { briefInhoud } from '../../main/vault/repositories/brieven';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { zienswijzeStapGedaan } from '../support/zienswijzeStap';
import { PASSPHRASE, call, testApp } from '../support/testVault';
import { callOk } from '../support/call';
import type { CallInput } from '../../src/contract';

/*
 * Issue 19 item 10 through the dispatcher: a paracommercieel Alcoholwet licence (Alcoholwet art. 6 → Awb afd. 3.4)
 * gets six months (Awb 3:18 lid 1), no bezwaar but direct beroep (Awb 7:1 lid 1 onder d), and a besluit letter
 * whose clause is the beroep clause with its term from the terinzagelegging (Awb 6:8 lid 4).
 */

afterEach(removeTempFolders);

let app: App;

beforeEach(async () => {
  app = testApp(tempFolder('uov'), { now: () => new Date('2027-03-01T09:00:00Z') });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
  await callOk(app, 'briefhoofd.update', {
    briefhoofd: { gemeente: 'Gemeente Proef', adres: 'Postbus 1\n1000 AA Proef', ondertekenaar: 'A. Burgemeester', functie: 'de burgemeester van Proef', contact: '14 000', bezwaarAdres: 'Postbus 2\n1000 AB Proef' },
  });
});

async function dossier(besluitsoort: string): Promise<string> {
  const created = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Sportvereniging De Bal', besluitsoort, ontvangenOp: '2027-01-04', aanvragerAdres: 'Sportlaan 3\n1234 AB Proefstad' });
  return created.id;
}

async function besluitTekst(dossierId: string): Promise<string> {
  const view = await callOk(app, 'brieven.maak', { dossierId, soort: 'besluit', bronId: null, invoer: {}, doorbrekingen: [] });
  const bytes = briefInhoud(app.vault.database(), view.brieven.at(-1)!.id)!;
  const source = { size: bytes.length, read: (offset: number, length: number) => bytes.subarray(offset, offset + length), parts: function* (start: number, end: number) { yield bytes.subarray(start, end); } };
  return (await docxText(source, 'besluit.docx', 5_000_000)).tekst;
}

const details = (besluitsoort: string, uitkomst: CallInput<'dossiers.update'>['details']['uitkomst']) => ({ besluitsoort, ontvangenOp: '2027-01-04', locatieAdres: '', bagId: null, coordinator: '', notities: '', uitkomst });

describe('the uniforme openbare voorbereidingsprocedure (Awb afd. 3.4)', () => {
  it('a paracommercieel Alcoholwet licence: six months after receipt, where a commercial one has the redelijke termijn', async () => {
    const para = await dossier('alcoholwetvergunning-paracommercieel');
    const detail = await callOk(app, 'dossiers.get', { id: para });
    // Received Mon 4 Jan 2027 + 6 months = Sun 4 Jul 2027; no Atw for a term of more than three months.
    expect(detail.dossier.uitersteBeslisdatum).toBe('2027-07-04');
    const commercieel = await dossier('alcoholwetvergunning');
    // Redelijke termijn, backstop 8 weeks: 4 Jan + 56 days = Mon 1 Mar 2027 (unchanged by this item).
    expect((await callOk(app, 'dossiers.get', { id: commercieel })).dossier.uitersteBeslisdatum).toBe('2027-03-01');
  });

  it('refuses a bezwaar and records the beroep; the besluit names beroep from the terinzagelegging, not bezwaar', async () => {
    const id = await dossier('alcoholwetvergunning-paracommercieel');
    await callOk(app, 'dossiers.update', { id, details: details('alcoholwetvergunning-paracommercieel', 'verlenen') });
    expect((await callOk(app, 'zienswijze.get', { dossierId: id })).rechtsmiddel).toBe('beroep');
    const bezwaar = await call(app, 'besluit.save', { dossierId: id, besluit: { besluitOp: '2027-02-15', contractclausule: null, bezwaar: { ingediendOp: '2027-02-20', uitkomst: null, uitspraakOp: null, toelichting: '' }, beroep: null } });
    expect(bezwaar).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'bezwaar', message: expect.stringContaining('art. 7:1 lid 1 onder d Awb') }] } } });
    await callOk(app, 'besluit.save', { dossierId: id, besluit: { besluitOp: '2027-02-15', contractclausule: null, bezwaar: null, beroep: { ingediendOp: '2027-02-20', uitkomst: null, uitspraakOp: null, toelichting: '' } } });

    const tekst = await besluitTekst(id);
    expect(tekst).toContain('uniforme openbare voorbereidingsprocedure');
    expect(tekst).toContain('art. 6 Alcoholwet');
    expect(tekst).toContain('rechtstreeks beroep instellen bij de rechtbank (artikel 7:1, eerste lid, onder d');
    expect(tekst).toContain('ter inzage is gelegd (artikelen 6:7 en 6:8, vierde lid)');
    expect(tekst).not.toContain('bezwaar maken. Dat doet u binnen zes weken');
  });

  it('a commercial licence keeps the bezwaar clause', async () => {
    const id = await dossier('alcoholwetvergunning');
    await callOk(app, 'dossiers.update', { id, details: details('alcoholwetvergunning', 'verlenen') });
    expect((await callOk(app, 'zienswijze.get', { dossierId: id })).rechtsmiddel).toBe('bezwaar');
    const tekst = await besluitTekst(id);
    expect(tekst).toContain('bezwaar maken. Dat doet u binnen zes weken');
    expect(tekst).not.toContain('uniforme openbare voorbereidingsprocedure');
  });
});

describe('the refusal to add a leidinggevende (Alcoholwet art. 30a lid 5 onder b; issue 19 item 11)', () => {
  it('the besluit refuses the change of the aanhangsel on art. 3 Wet Bibob with art. 30a, with the bezwaar clause', async () => {
    const id = await dossier('alcoholwet-leidinggevende-bijschrijven');
    await callOk(app, 'dossiers.update', { id, details: details('alcoholwet-leidinggevende-bijschrijven', 'weigeren') });
    await zienswijzeStapGedaan(app, id);
    const tekst = await besluitTekst(id);
    // The burgemeester decides on the aanhangsel (Alcoholwet art. 30a) and speaks in the first person.
    expect(tekst).toContain('Ik weiger de gevraagde bijschrijving van een leidinggevende op het aanhangsel bij de alcoholwetvergunning.');
    expect(tekst).toContain('artikel 3, eerste lid, van de Wet Bibob, in samenhang met artikel 30a, vijfde lid, onder b, van de Alcoholwet');
    expect(tekst).toContain('bezwaar maken. Dat doet u binnen zes weken');
    // The zienswijze step of art. 33 lid 1 is required before this negative decision.
    expect(await callOk(app, 'zienswijze.get', { dossierId: id })).toMatchObject({ vereist: true, legalBasis: 'art. 33 lid 1 Wet Bibob' });
  });
});

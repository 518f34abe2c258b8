import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../main/app';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, call, testApp } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

let app: App;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2027-01-18T09:00:00Z');
  app = testApp(tempFolder('onderzoek'), { now: () => clock });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
});

interface Fixture {
  dossierId: string;
  aanvragerId: string;
  lenderId: string;
}

async function omgevingsvergunning(): Promise<Fixture> {
  const dossier = await callOk(app, 'dossiers.create', {
    toepassingsgebied: 'wabo',
    aanvragerNaam: 'Bouwbedrijf Proef B.V.',
    besluitsoort: 'omgevingsvergunning',
    ontvangenOp: '2027-01-04',
    locatieAdres: 'Breestraat 1, Leiden',
  });
  const added = await callOk(app, 'betrokkenen.add', {
    dossierId: dossier.id,
    wie: { nieuw: { soort: 'rechtspersoon', naam: 'Noordzee Financiering B.V.', kvkNummer: '12345678' } },
    rol: 'vermogensverschaffer',
  });
  return {
    dossierId: dossier.id,
    aanvragerId: added.betrokkenen.find((b) => b.rollen.some((rol) => rol.rol === 'aanvrager'))!.betrokkene.id,
    lenderId: added.betrokkenen.find((b) => b.betrokkene.naam === 'Noordzee Financiering B.V.')!.betrokkene.id,
  };
}

describe('eigen onderzoek', () => {
  it('records research notes per betrokkene with source and date, never dated after today', async () => {
    const { dossierId, aanvragerId } = await omgevingsvergunning();
    const view = await callOk(app, 'onderzoek.addNote', { dossierId, betrokkeneId: aanvragerId, bron: 'kvk', geraadpleegdOp: '2027-01-15', bevinding: 'Ingeschreven sinds 2019; bestuurder P. de Vries.', kenmerk: '87654321' });
    expect(view.notities).toEqual([expect.objectContaining({ bron: 'kvk', betrokkeneNaam: 'Bouwbedrijf Proef B.V.' })]);
    expect(view.bevindingenFormulier.sections.flatMap((section) => section.regels).join('\n')).toContain('Ingeschreven sinds 2019');
    expect(await call(app, 'onderzoek.addNote', { dossierId, betrokkeneId: aanvragerId, bron: 'media', geraadpleegdOp: '2027-01-19', bevinding: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: 'geraadpleegdOp' }] } },
    });
    const other = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Snackbar Elders B.V.' });
    const otherDetail = await callOk(app, 'dossiers.get', { id: other.id });
    expect(await call(app, 'onderzoek.addNote', { dossierId, betrokkeneId: otherDetail.betrokkenen[0]!.betrokkene.id, bron: 'kvk', geraadpleegdOp: '2027-01-15', bevinding: 'x' })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: 'betrokkeneId' }] } },
    });
  });

  it('puts every investment against its documented origin and shows the unexplained gap', async () => {
    const { dossierId, lenderId } = await omgevingsvergunning();
    await callOk(app, 'onderzoek.addInvestering', { dossierId, omschrijving: 'Verbouwing', bedragCent: 15_000_000 });
    const view = await callOk(app, 'onderzoek.addHerkomst', { dossierId, omschrijving: 'Zakelijke lening', soort: 'lening', bedragCent: 10_000_000, bewijs: [], verstrekkerBetrokkeneId: lenderId });
    expect(view.financiering).toMatchObject({ investeringCent: 15_000_000, onderbouwdCent: 0, onverklaardCent: 15_000_000 });
    expect(view.financiering.herkomsten[0]).toMatchObject({ onderbouwd: false, verstrekker: { naam: 'Noordzee Financiering B.V.' } });
    expect(view.financiering.toelichting.join('\n')).toContain('€ 150.000,00');
  });

  it('refuses information of another bestuursorgaan older than five years (art. 28 lid 2 sub m)', async () => {
    const { dossierId, aanvragerId } = await omgevingsvergunning();
    const base = { dossierId, betrokkeneId: aanvragerId, verstrekkendOrgaan: 'Gemeente Leiden', omschrijving: 'Eigen onderzoek 2021: negatief advies', aanleiding: 'art-11a' as const, zelfdePersoon: true, herkomst: 'eigen-onderzoek' as const, verstrektOp: '2027-01-18', zelfVerkrijgbaar: true, noodzakelijk: true };
    const old = await call(app, 'onderzoek.addAnderBestuursorgaan', { ...base, verkregenOp: '2022-01-17' });
    expect(old).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(old)).toContain('vijf jaar');
    const accepted = await callOk(app, 'onderzoek.addAnderBestuursorgaan', { ...base, verkregenOp: '2022-01-18' });
    expect(accepted.anderBestuursorgaan).toEqual([expect.objectContaining({ verstrekkendOrgaan: 'Gemeente Leiden' })]);
  });
});

describe('the LBB advice request with the formulier bevindingen eigen onderzoek', () => {
  it('is sent once the form is complete, suspends the beslistermijn (art. 31) and asks for the art. 32 notice', async () => {
    const { dossierId, aanvragerId, lenderId } = await omgevingsvergunning();
    const created = await callOk(app, 'verzoeken.create', { dossierId, geadresseerde: 'lbb', betrokkeneIds: [aanvragerId], vragen: 'Advies over de mate van gevaar.' });
    const verzoekId = created.verzoeken[0]!.id;
    const refused = await call(app, 'verzoeken.send', { verzoekId, verzondenOp: '2027-01-18' });
    expect(refused).toMatchObject({ ok: false, error: { details: { issues: [{ path: 'bevindingen' }] } } });

    // Complete the eigen onderzoek: a note per betrokkene, the financing checked, the form's own parts.
    for (const betrokkeneId of [aanvragerId, lenderId]) {
      await callOk(app, 'onderzoek.addNote', { dossierId, betrokkeneId, bron: 'kvk', geraadpleegdOp: '2027-01-15', bevinding: 'Niets bijzonders gevonden.' });
    }
    await callOk(app, 'onderzoek.addInvestering', { dossierId, omschrijving: 'Verbouwing', bedragCent: 15_000_000 });
    await callOk(app, 'onderzoek.addHerkomst', { dossierId, omschrijving: 'Zakelijke lening', soort: 'lening', bedragCent: 15_000_000, bewijs: [], verstrekkerBetrokkeneId: lenderId });
    const before = await callOk(app, 'onderzoek.get', { dossierId });
    expect(before.formulier.betrokkeneId).toBe(aanvragerId);
    expect(before.formulier.besluit).toContain('Breestraat 1, Leiden');
    const complete = await callOk(app, 'onderzoek.updateFormulier', {
      dossierId,
      formulier: {
        ...before.formulier,
        aanleiding: { berichtArt26: false, riecAdvies: false, toelichting: 'De financiering is niet volledig onderbouwd.' },
        vragenformulierMetBijlagen: true,
        financieringGecontroleerd: true,
        onderzoeksvragen: ['Wat is de herkomst van het geld van Noordzee Financiering B.V.?'],
      },
    });
    expect(complete.problemen).toEqual([]);

    await callOk(app, 'verzoeken.send', { verzoekId, verzondenOp: '2027-01-18' });
    const detail = await callOk(app, 'dossiers.get', { id: dossierId });
    // 8 weeks from 4 January: 1 March; the LBB may take until 15 March (8 weeks from 18 January), all suspended:
    // 18 January – 14 March = 56 days → 26 April 2027, provisional while the advice is awaited.
    expect(detail.termijn).toMatchObject({ deadline: '2027-04-26', provisional: true });
    expect(detail.tijdlijn.map((event) => event.soort)).toContain('lbb.advies-aangevraagd');
    const agenda = await callOk(app, 'agenda.list', {});
    expect(agenda.items).toContainEqual(expect.objectContaining({ soort: 'mededeling-art-32', grondslag: 'art. 32 Wet Bibob' }));
    // The LBB's due date on the agenda: eight weeks from 18 January, 15 March 2027 (art. 15 Wet Bibob).
    expect(agenda.items).toContainEqual(expect.objectContaining({ soort: 'lbb-advies', datum: '2027-03-15', grondslag: 'art. 15 Wet Bibob' }));

    // The advice arrives on 15 February: suspended 18 January – 15 February (29 days) → 30 March 2027.
    clock = new Date('2027-02-15T09:00:00Z'); // each fact is recorded on or after its own day
    await callOk(app, 'verzoeken.lbbBetrokkeneInformed', { verzoekId, op: '2027-01-19' });
    await callOk(app, 'verzoeken.recordAnswer', { verzoekId, ontvangenOp: '2027-02-15', samenvatting: 'Mindere mate van gevaar (art. 3 lid 1 sub a).' });
    const after = await callOk(app, 'dossiers.get', { id: dossierId });
    expect(after.termijn).toMatchObject({ deadline: '2027-03-30', provisional: false });
    const agendaAfter = await callOk(app, 'agenda.list', {});
    expect(agendaAfter.items.filter((item) => item.grondslag === 'art. 32 Wet Bibob')).toEqual([]);
  });

  it('an extension of the LBB and its own request for data lengthen the suspension, as art. 15 and 31 say', async () => {
    const { dossierId, aanvragerId, lenderId } = await omgevingsvergunning();
    for (const betrokkeneId of [aanvragerId, lenderId]) {
      await callOk(app, 'onderzoek.addNote', { dossierId, betrokkeneId, bron: 'kvk', geraadpleegdOp: '2027-01-15', bevinding: 'Niets bijzonders gevonden.' });
    }
    const view = await callOk(app, 'onderzoek.get', { dossierId });
    await callOk(app, 'onderzoek.updateFormulier', {
      dossierId,
      formulier: { ...view.formulier, aanleiding: { berichtArt26: true, riecAdvies: false, toelichting: '' }, vragenformulierMetBijlagen: true, financieringGecontroleerd: true },
    });
    const created = await callOk(app, 'verzoeken.create', { dossierId, geadresseerde: 'lbb', betrokkeneIds: [aanvragerId], vragen: 'Advies.' });
    const verzoekId = created.verzoeken[0]!.id;
    await callOk(app, 'verzoeken.send', { verzoekId, verzondenOp: '2027-01-18' });
    // The LBB asks for data on 25 January and gets it on 4 February: its term waits 10 days (art. 15 lid 2).
    clock = new Date('2027-01-25T09:00:00Z'); // each fact is recorded on or after its own day
    const asked = await callOk(app, 'verzoeken.lbbDataRequest', { verzoekId, omschrijving: 'Jaarrekening 2025', verzochtOp: '2027-01-25' });
    clock = new Date('2027-02-04T09:00:00Z');
    await callOk(app, 'verzoeken.lbbDataReceived', { gegevensverzoekId: asked.verzoeken[0]!.lbb!.gegevensverzoeken[0]!.id, ontvangenOp: '2027-02-04' });
    // And it announces 4 more weeks (art. 15 lid 3): advice due 18 January + 56 + 10 + 28 days = 22 April 2027.
    clock = new Date('2027-03-01T09:00:00Z');
    const extended = await callOk(app, 'verzoeken.lbbExtension', { verzoekId, gemeldOp: '2027-03-01', weken: 4 });
    expect(extended.verzoeken[0]!.uiterlijkOp).toBe('2027-04-22');
    // Pending: suspended at most 94 days (18 January – 21 April): 1 March + 94 = 3 June 2027, provisional.
    const pending = await callOk(app, 'dossiers.get', { id: dossierId });
    expect(pending.termijn).toMatchObject({ deadline: '2027-06-03', provisional: true });
    // The advice arrives on 20 March: 18 January – 20 March suspended (62 days) → Sunday 2 May 2027, which the
    // Algemene termijnenwet moves to Monday 3 May (art. 1 Atw; the Omgevingswet term is a statutory one).
    clock = new Date('2027-03-20T09:00:00Z');
    await callOk(app, 'verzoeken.recordAnswer', { verzoekId, ontvangenOp: '2027-03-20', samenvatting: 'Geen gevaar.' });
    const done = await callOk(app, 'dossiers.get', { id: dossierId });
    expect(done.termijn).toMatchObject({ deadline: '2027-05-03', provisional: false });
  });
});

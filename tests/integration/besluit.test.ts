import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../main/app';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, call, testApp } from '../support/testVault';
import { callOk } from '../support/call';
import type { CallInput } from '../../src/contract';

afterEach(removeTempFolders);

let app: App;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2027-03-01T09:00:00Z');
  app = testApp(tempFolder('besluit'), { now: () => clock });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
});

async function dossier(toepassingsgebied: 'horeca' | 'vastgoed', uitkomst: CallInput<'dossiers.update'>['details']['uitkomst']): Promise<{ dossierId: string; aanvragerId: string; derdeId: string }> {
  const created = await callOk(app, 'dossiers.create', { toepassingsgebied, aanvragerNaam: 'Proef B.V.' });
  const added = await callOk(app, 'betrokkenen.add', {
    dossierId: created.id,
    wie: { nieuw: { soort: 'persoon', naam: 'V. Verhuurder' } },
    rol: 'verhuurder',
  });
  await callOk(app, 'dossiers.update', { id: created.id, details: { besluitsoort: null, ontvangenOp: null, locatieAdres: '', bagId: null, coordinator: '', notities: '', uitkomst } });
  return {
    dossierId: created.id,
    aanvragerId: added.betrokkenen.find((b) => b.rollen.some((r) => r.rol === 'aanvrager'))!.betrokkene.id,
    derdeId: added.betrokkenen.find((b) => b.betrokkene.naam === 'V. Verhuurder')!.betrokkene.id,
  };
}

describe('the zienswijze step (art. 33 Wet Bibob)', () => {
  it('is required for a refusal, proposes two weeks on a working day, and is done once the betrokkene and the third party had their say', async () => {
    const { dossierId, aanvragerId, derdeId } = await dossier('horeca', 'weigeren');
    const empty = await callOk(app, 'zienswijze.get', { dossierId });
    expect(empty).toMatchObject({ vereist: true, legalBasis: 'art. 33 lid 1 Wet Bibob', stapAfgerond: false });
    // Monday 1 March 2027 + 2 weeks = Monday 15 March.
    expect(await callOk(app, 'zienswijze.proposeTerm', { uitgenodigdOp: '2027-03-01' })).toEqual({ termijnTot: '2027-03-15' });
    expect(await call(app, 'zienswijze.invite', { dossierId, betrokkeneId: aanvragerId, rol: 'betrokkene', uitgenodigdOp: '2027-03-01', termijnTot: '2027-03-08', afschriftAdvies: false, geheimhoudingGewezen: false })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: 'redenKorteTermijn' }] } },
    });
    await callOk(app, 'zienswijze.invite', { dossierId, betrokkeneId: aanvragerId, rol: 'betrokkene', uitgenodigdOp: '2027-03-01', termijnTot: '2027-03-15', afschriftAdvies: false, geheimhoudingGewezen: false });
    const both = await callOk(app, 'zienswijze.invite', { dossierId, betrokkeneId: derdeId, rol: 'derde', uitgenodigdOp: '2027-03-01', termijnTot: '2027-03-15', afschriftAdvies: false, geheimhoudingGewezen: false });
    expect(both.partijen.map((partij) => `${partij.naam}/${partij.rol}`)).toEqual(['Proef B.V./betrokkene', 'V. Verhuurder/derde']);
    clock = new Date('2027-03-10T09:00:00Z'); // a zienswijze is recorded on or after the day it came in
    const answered = await callOk(app, 'zienswijze.recordResponse', { partijId: both.partijen[0]!.id, ontvangenOp: '2027-03-10', samenvatting: 'De aanvrager betwist de relatie met de verhuurder.' });
    expect(answered.stapAfgerond).toBe(false);
    clock = new Date('2027-03-16T09:00:00Z');
    expect((await callOk(app, 'zienswijze.get', { dossierId })).stapAfgerond).toBe(true);
  });

  it('with an LBB advice, refuses an invitation without its copy and the secrecy warning (art. 28 lid 3)', async () => {
    const { dossierId, aanvragerId } = await dossier('horeca', 'weigeren');
    // Record a received LBB advice directly: the full flow is covered in eigenOnderzoek.test.ts.
    app.vault.database().prepare(
      "INSERT INTO informatieverzoek (id, dossier_id, geadresseerde, vragen, status, verzonden_op, uiterlijk_op, antwoord_ontvangen_op, antwoord_samenvatting, created_at) VALUES ('v', ?, 'lbb', 'advies', 'beantwoord', '2027-01-04', '2027-03-01', '2027-02-01', 'Ernstig gevaar', 'x')",
    ).run(dossierId);
    const refused = await call(app, 'zienswijze.invite', { dossierId, betrokkeneId: aanvragerId, rol: 'betrokkene', uitgenodigdOp: '2027-03-01', termijnTot: '2027-03-15', afschriftAdvies: false, geheimhoudingGewezen: false });
    expect(refused).toMatchObject({ ok: false, error: { details: { issues: [{ path: 'afschriftAdvies' }, { path: 'geheimhoudingGewezen' }] } } });
  });
});

describe('the decision', () => {
  it('records its date; for a vastgoedtransactie dissolving needs the contract clause and there is no bezwaar', async () => {
    const { dossierId } = await dossier('vastgoed', 'contract-ontbinden');
    clock = new Date('2027-03-10T09:00:00Z');
    const besluit = { besluitOp: '2027-03-01', contractclausule: null, bezwaar: null, beroep: null };
    expect(await call(app, 'besluit.save', { dossierId, besluit })).toMatchObject({ ok: false, error: { details: { issues: [{ path: 'contractclausule' }] } } });
    expect(await call(app, 'besluit.save', { dossierId, besluit: { ...besluit, contractclausule: true, bezwaar: { ingediendOp: '2027-03-10', uitkomst: null, uitspraakOp: null, toelichting: '' } } })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: 'bezwaar' }] } },
    });
    const saved = await callOk(app, 'besluit.save', { dossierId, besluit: { ...besluit, contractclausule: true } });
    expect(saved.besluit).toMatchObject({ besluitOp: '2027-03-01', contractclausule: true });
    const detail = await callOk(app, 'dossiers.get', { id: dossierId });
    expect(detail.tijdlijn).toContainEqual(expect.objectContaining({ soort: 'besluit.genomen', omschrijving: 'Besluit genomen op 1 maart 2027: overeenkomst ontbinden.' }));
  });

  it('records bezwaar with its result for a beschikking', async () => {
    const { dossierId } = await dossier('horeca', 'weigeren');
    clock = new Date('2027-06-01T09:00:00Z'); // the decision on bezwaar has been taken
    const saved = await callOk(app, 'besluit.save', {
      dossierId,
      besluit: { besluitOp: '2027-03-01', contractclausule: null, bezwaar: { ingediendOp: '2027-03-20', uitkomst: 'ongegrond', uitspraakOp: '2027-06-01', toelichting: 'Advies bezwaarcommissie gevolgd.' }, beroep: null },
    });
    expect(saved.besluit.bezwaar?.uitkomst).toBe('ongegrond');
    expect(await call(app, 'besluit.save', { dossierId, besluit: { besluitOp: '2027-03-01', contractclausule: null, bezwaar: { ingediendOp: '2027-02-20', uitkomst: null, uitspraakOp: null, toelichting: '' }, beroep: null } })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: 'bezwaar.ingediendOp' }] } },
    });
  });
});

describe('a changed intended outcome needs a new round (art. 33 lid 1 Wet Bibob, Awb 4:11 onder b)', () => {
  const setOutcome = (id: string, uitkomst: CallInput<'dossiers.update'>['details']['uitkomst']) =>
    callOk(app, 'dossiers.update', { id, details: { besluitsoort: null, ontvangenOp: null, locatieAdres: '', bagId: null, coordinator: '', notities: '', uitkomst } });

  async function heardOnVoorschriften(): Promise<{ dossierId: string; aanvragerId: string }> {
    const { dossierId, aanvragerId } = await dossier('horeca', 'verlenen-met-voorschriften');
    const invited = await callOk(app, 'zienswijze.invite', { dossierId, betrokkeneId: aanvragerId, rol: 'betrokkene', uitgenodigdOp: '2027-03-01', termijnTot: '2027-03-15', afschriftAdvies: false, geheimhoudingGewezen: false });
    clock = new Date('2027-03-05T09:00:00Z');
    await callOk(app, 'zienswijze.recordResponse', { partijId: invited.partijen[0]!.id, ontvangenOp: '2027-03-05', samenvatting: 'Akkoord met de voorschriften.' });
    for (const to of ['volledigheid', 'eigen-onderzoek', 'beoordeling', 'advies', 'voornemen-zienswijze'] as const) await callOk(app, 'dossiers.changePhase', { id: dossierId, to });
    return { dossierId, aanvragerId };
  }

  it('a zienswijze on intended voorschriften does not carry a refusal: the besluit waits for a new round', async () => {
    const { dossierId, aanvragerId } = await heardOnVoorschriften();
    expect((await callOk(app, 'zienswijze.get', { dossierId })).stapAfgerond).toBe(true);
    await setOutcome(dossierId, 'weigeren');
    const changed = await callOk(app, 'zienswijze.get', { dossierId });
    expect(changed.stapAfgerond).toBe(false);
    expect(changed.partijen).toEqual([expect.objectContaining({ uitkomst: 'verlenen-met-voorschriften', huidigeRonde: false })]);
    expect(changed.eerdereRondes).toEqual(['verlenen-met-voorschriften']);
    const refused = await call(app, 'dossiers.changePhase', { id: dossierId, to: 'besluit' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'TRANSITION_REFUSED' } });
    expect(JSON.stringify(refused)).toContain("Bij de uitkomst 'weigeren'");

    // The new round: the same person again, now on the refusal, is no double invitation.
    clock = new Date('2027-03-08T09:00:00Z');
    const second = await callOk(app, 'zienswijze.invite', { dossierId, betrokkeneId: aanvragerId, rol: 'betrokkene', uitgenodigdOp: '2027-03-08', termijnTot: '2027-03-22', afschriftAdvies: false, geheimhoudingGewezen: false });
    expect(second.stapAfgerond).toBe(false);
    clock = new Date('2027-03-23T09:00:00Z'); // the term to 22 March passed unused
    expect((await callOk(app, 'zienswijze.get', { dossierId })).stapAfgerond).toBe(true);
    expect(await callOk(app, 'dossiers.changePhase', { id: dossierId, to: 'besluit' })).toMatchObject({ fase: 'besluit' });
  });

  it('leaves the new round out only with a finished earlier round and the reason why no new facts arose', async () => {
    const { dossierId } = await heardOnVoorschriften();
    await setOutcome(dossierId, 'weigeren');
    const wrongRound = await call(app, 'zienswijze.geenNieuweRonde', { dossierId, eerdereUitkomst: 'intrekken', reden: 'Dezelfde feiten als bij het voornemen tot voorschriften.' });
    expect(wrongRound).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'eerdereUitkomst' }] } } });
    const noReason = await call(app, 'zienswijze.geenNieuweRonde', { dossierId, eerdereUitkomst: 'verlenen-met-voorschriften', reden: '  ' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'reden' }] } } });
    expect((await callOk(app, 'zienswijze.get', { dossierId })).stapAfgerond).toBe(false);

    const recorded = await callOk(app, 'zienswijze.geenNieuweRonde', {
      dossierId,
      eerdereUitkomst: 'verlenen-met-voorschriften',
      reden: 'Het voornemen tot weigeren rust op dezelfde feiten; de aanvrager heeft daarop al gereageerd.',
    });
    expect(recorded).toMatchObject({ stapAfgerond: true, geenNieuweRonde: { eerdereUitkomst: 'verlenen-met-voorschriften' } });
    expect(await callOk(app, 'dossiers.changePhase', { id: dossierId, to: 'besluit' })).toMatchObject({ fase: 'besluit' });
    const detail = await callOk(app, 'dossiers.get', { id: dossierId });
    expect(detail.tijdlijn).toContainEqual(expect.objectContaining({ soort: 'zienswijze.geen-nieuwe-ronde', omschrijving: expect.stringContaining('art. 4:11 onder b Awb') }));

    // The reason holds for the refusal only: a move on to revocation needs its own round again.
    await setOutcome(dossierId, 'intrekken');
    expect((await callOk(app, 'zienswijze.get', { dossierId })).stapAfgerond).toBe(false);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../main/app';
import { listAudit } from '../../main/vault/repositories/auditLog';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, testApp } from '../support/testVault';
import { callOk } from '../support/call';
import type { CallInput } from '../../src/contract';

afterEach(removeTempFolders);

let app: App;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2027-03-01T09:00:00Z');
  app = testApp(tempFolder('fasestappen'), { now: () => clock });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
});

async function dossier(fields: Record<string, unknown> = {}): Promise<string> {
  const created = await callOk(app, 'dossiers.create', {
    toepassingsgebied: 'horeca',
    aanvragerNaam: 'Eetcafé Fase B.V.',
    besluitsoort: 'exploitatievergunning',
    ontvangenOp: '2027-01-04',
    ...fields,
  });
  return created.id;
}

const detail = (id: string) => callOk(app, 'dossiers.get', { id });

async function toPhase(id: string, phases: readonly CallInput<'dossiers.changePhase'>['to'][]): Promise<void> {
  for (const to of phases) await callOk(app, 'dossiers.changePhase', { id, to });
}

/** The last phase move in the timeline and its audit record. */
async function lastMove(id: string) {
  const moves = (await detail(id)).tijdlijn.filter((event) => event.soort.startsWith('fase.'));
  const audits = listAudit(app.vault.database(), { entityType: 'dossier', entityId: id }).filter((entry) => entry.action === 'dossier.fase-gewijzigd');
  return { text: moves.at(-1)?.omschrijving, count: moves.length, audit: audits.at(-1)?.details };
}

const ontbrekend = [{ omschrijving: 'Vraag 5.2: leningsovereenkomst', waarom: 'De lening moet met de overeenkomst worden onderbouwd.' }];

describe('a recorded step moves the phase, stamped with the step’s own date', () => {
  it('sending the vragenformulier moves an intake dossier to vragenformulier uitgezet; receiving it to volledigheid', async () => {
    const id = await dossier();
    await callOk(app, 'vragenformulier.send', { dossierId: id, verzondenOp: '2027-01-11' });
    expect((await detail(id)).dossier.fase).toBe('vragenformulier-uitgezet');
    expect(await lastMove(id)).toEqual({
      text: "Van fase 'Intake' naar fase 'Vragenformulier uitgezet' (op 11 januari 2027, bij verzending van het vragenformulier).",
      count: 1,
      audit: { fase: ['intake', 'vragenformulier-uitgezet'], op: '2027-01-11', stap: 'vragenformulier-verzonden', reden: null },
    });

    await callOk(app, 'vragenformulier.recordReceived', { dossierId: id, ontvangenOp: '2027-02-03' });
    const after = await detail(id);
    expect(after.dossier.fase).toBe('volledigheid');
    // The step first, then the move it caused.
    expect(after.tijdlijn.slice(-2).map((event) => event.soort)).toEqual(['vragenformulier.ontvangen', 'fase.vooruit']);
    expect((await lastMove(id)).text).toBe(
      "Van fase 'Vragenformulier uitgezet' naar fase 'Vragenformulier ontvangen / volledigheid' (op 3 februari 2027, bij ontvangst van het ingevulde vragenformulier).",
    );

    // A corrected date of receipt moves nothing: the dossier is already there.
    await callOk(app, 'vragenformulier.recordReceived', { dossierId: id, ontvangenOp: '2027-02-02' });
    expect((await lastMove(id)).count).toBe(2);
  });

  it('a herstelverzoek moves the dossier to volledigheid, dated on its sending', async () => {
    const id = await dossier();
    await callOk(app, 'vragenformulier.send', { dossierId: id, verzondenOp: '2027-01-11' });
    await callOk(app, 'herstel.register', { dossierId: id, verzondenOp: '2027-02-15', termijnTot: '2027-03-01', ontbrekend });
    expect((await detail(id)).dossier.fase).toBe('volledigheid');
    expect(await lastMove(id)).toMatchObject({
      text: "Van fase 'Vragenformulier uitgezet' naar fase 'Vragenformulier ontvangen / volledigheid' (op 15 februari 2027, bij verzending van het herstelverzoek).",
      audit: { fase: ['vragenformulier-uitgezet', 'volledigheid'], op: '2027-02-15', stap: 'herstelverzoek-verzonden' },
    });
  });

  it('withdrawing that herstelverzoek leaves the phase and says so in the timeline', async () => {
    const id = await dossier();
    const registered = await callOk(app, 'herstel.register', { dossierId: id, verzondenOp: '2027-02-15', termijnTot: '2027-03-01', ontbrekend });
    const withdrawn = await callOk(app, 'herstel.withdraw', { herstelId: registered.herstelverzoeken[0]!.id, reden: 'Per abuis in het verkeerde dossier geregistreerd.' });
    expect(withdrawn.dossier.fase).toBe('volledigheid');
    expect(withdrawn.tijdlijn.at(-1)!.omschrijving).toContain("Het dossier blijft in fase 'Vragenformulier ontvangen / volledigheid', waar het bij dit herstelverzoek naartoe ging; zet het zo nodig met de hand terug.");
  });

  it('a herstelverzoek during the eigen onderzoek does not move the dossier back, and its withdrawal says nothing of a phase', async () => {
    const id = await dossier();
    await toPhase(id, ['volledigheid', 'eigen-onderzoek']);
    const registered = await callOk(app, 'herstel.register', { dossierId: id, verzondenOp: '2027-02-15', termijnTot: '2027-03-01', ontbrekend });
    expect(registered.dossier.fase).toBe('eigen-onderzoek');
    expect((await lastMove(id)).count).toBe(2);
    const withdrawn = await callOk(app, 'herstel.withdraw', { herstelId: registered.herstelverzoeken[0]!.id, reden: 'Dubbel geregistreerd.' });
    expect(withdrawn.tijdlijn.at(-1)!.omschrijving).not.toContain('blijft in fase');
  });

  it('sending the LBB advice request or a RIEC request moves the eigen onderzoek to informatieverzoeken, once', async () => {
    const id = await dossier();
    await toPhase(id, ['volledigheid', 'eigen-onderzoek']);
    const aanvrager = (await detail(id)).betrokkenen[0]!.betrokkene.id;
    await callOk(app, 'onderzoek.addNote', { dossierId: id, betrokkeneId: aanvrager, bron: 'kvk', geraadpleegdOp: '2027-02-01', bevinding: 'Ingeschreven; geen bijzonderheden.' });
    await callOk(app, 'onderzoek.addInvestering', { dossierId: id, omschrijving: 'Inventaris', bedragCent: 5_000_000 });
    await callOk(app, 'onderzoek.addHerkomst', { dossierId: id, omschrijving: 'Eigen spaargeld', soort: 'eigen-vermogen', bedragCent: 5_000_000, bewijs: [] });
    const onderzoek = await callOk(app, 'onderzoek.get', { dossierId: id });
    const formulier = await callOk(app, 'onderzoek.updateFormulier', {
      dossierId: id,
      formulier: { ...onderzoek.formulier, aanleiding: { berichtArt26: false, riecAdvies: false, toelichting: 'De herkomst van het geld is onduidelijk.' }, vragenformulierMetBijlagen: true, financieringGecontroleerd: true, onderzoeksvragen: ['Waar komt het geld vandaan?'] },
    });
    expect(formulier.problemen).toEqual([]);
    const created = await callOk(app, 'verzoeken.create', { dossierId: id, geadresseerde: 'lbb', betrokkeneIds: [aanvrager], vragen: 'Advies over de mate van gevaar.' });
    const lbb = created.verzoeken[0]!;
    await callOk(app, 'verzoeken.send', { verzoekId: lbb.id, verzondenOp: '2027-02-20' });
    expect((await detail(id)).dossier.fase).toBe('informatieverzoeken');
    expect(await lastMove(id)).toMatchObject({
      text: "Van fase 'Eigen onderzoek' naar fase 'Informatieverzoeken (RIEC, LBB)' (op 20 februari 2027, bij de adviesaanvraag aan het LBB).",
      audit: { fase: ['eigen-onderzoek', 'informatieverzoeken'], op: '2027-02-20', stap: 'lbb-adviesverzoek-verzonden' },
    });
    // A RIEC request afterwards moves nothing: the dossier is there already.
    const moves = (await lastMove(id)).count;
    const later = (await callOk(app, 'verzoeken.create', { dossierId: id, geadresseerde: 'riec', betrokkeneIds: [aanvrager], vragen: 'Signalen?' })).verzoeken.find((verzoek) => verzoek.geadresseerde === 'riec')!;
    await callOk(app, 'verzoeken.send', { verzoekId: later.id, verzondenOp: '2027-02-21' });
    expect((await lastMove(id)).count).toBe(moves);

    // In another dossier the RIEC request is the first one sent: it moves the eigen onderzoek on.
    const ander = await dossier();
    await toPhase(ander, ['volledigheid', 'eigen-onderzoek']);
    const wie = (await detail(ander)).betrokkenen[0]!.betrokkene.id;
    const riec = (await callOk(app, 'verzoeken.create', { dossierId: ander, geadresseerde: 'riec', betrokkeneIds: [wie], vragen: 'Signalen?' })).verzoeken[0]!;
    await callOk(app, 'verzoeken.send', { verzoekId: riec.id, verzondenOp: '2027-02-10' });
    expect(await lastMove(ander)).toMatchObject({
      text: "Van fase 'Eigen onderzoek' naar fase 'Informatieverzoeken (RIEC, LBB)' (op 10 februari 2027, bij verzending van het informatieverzoek).",
      audit: { fase: ['eigen-onderzoek', 'informatieverzoeken'], op: '2027-02-10', stap: 'informatieverzoek-verzonden' },
    });
  });

  it('the besluit moves advies to besluit on its own date; recorded again, it moves nothing', async () => {
    const id = await dossier();
    await callOk(app, 'dossiers.update', { id, details: { besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04', locatieAdres: '', bagId: null, coordinator: '', notities: '', uitkomst: 'verlenen' } });
    await toPhase(id, ['volledigheid', 'eigen-onderzoek', 'beoordeling', 'advies']);
    await callOk(app, 'besluit.save', { dossierId: id, besluit: { besluitOp: '2027-02-26', contractclausule: null, bezwaar: null, beroep: null } });
    expect((await detail(id)).dossier.fase).toBe('besluit');
    expect(await lastMove(id)).toMatchObject({
      text: "Van fase 'Advies' naar fase 'Besluit' (op 26 februari 2027, bij het besluit).",
      audit: { fase: ['advies', 'besluit'], op: '2027-02-26', stap: 'besluit-genomen' },
    });
    const moves = (await lastMove(id)).count;
    await callOk(app, 'besluit.save', { dossierId: id, besluit: { besluitOp: '2027-02-25', contractclausule: null, bezwaar: null, beroep: null } });
    expect((await lastMove(id)).count).toBe(moves);
  });

  it('the besluit does not skip the zienswijze step of art. 33: a refusal stays in advies', async () => {
    const id = await dossier();
    await callOk(app, 'dossiers.update', { id, details: { besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04', locatieAdres: '', bagId: null, coordinator: '', notities: '', uitkomst: 'weigeren' } });
    await toPhase(id, ['volledigheid', 'eigen-onderzoek', 'beoordeling', 'advies']);
    await callOk(app, 'besluit.save', { dossierId: id, besluit: { besluitOp: '2027-02-26', contractclausule: null, bezwaar: null, beroep: null } });
    expect((await detail(id)).dossier.fase).toBe('advies');
  });

  it('a dossier already past the step’s phase is not moved back', async () => {
    const id = await dossier();
    await toPhase(id, ['volledigheid', 'eigen-onderzoek', 'beoordeling']);
    await callOk(app, 'vragenformulier.send', { dossierId: id, verzondenOp: '2027-01-11' });
    await callOk(app, 'vragenformulier.recordReceived', { dossierId: id, ontvangenOp: '2027-02-03' });
    await callOk(app, 'herstel.register', { dossierId: id, verzondenOp: '2027-02-15', termijnTot: '2027-03-01', ontbrekend });
    const after = await detail(id);
    expect(after.dossier.fase).toBe('beoordeling');
    expect((await lastMove(id)).count).toBe(3);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../main/app';
import { EMPTY_BEOORDELING } from '../../src/domain/beoordeling';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, call, testApp } from '../support/testVault';
import { callOk } from '../support/call';
import type { CallInput } from '../../src/contract';

afterEach(removeTempFolders);

let app: App;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2027-03-01T09:00:00Z');
  app = testApp(tempFolder('afsluiten'), { now: () => clock });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
});

const details = { besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04', locatieAdres: '', bagId: null, coordinator: '', notities: '' };

async function toPhase(dossierId: string, phases: readonly CallInput<'dossiers.changePhase'>['to'][]): Promise<void> {
  for (const to of phases) await callOk(app, 'dossiers.changePhase', { id: dossierId, to });
}

async function dossierAtDecision(): Promise<{ dossierId: string; jansen: string }> {
  const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Eetcafé Sluit B.V.', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04' });
  const added = await callOk(app, 'betrokkenen.add', { dossierId: dossier.id, wie: { nieuw: { soort: 'persoon', naam: 'J. Jansen' } }, rol: 'bestuurder' });
  await callOk(app, 'dossiers.update', { id: dossier.id, details: { ...details, uitkomst: 'verlenen' } });
  await toPhase(dossier.id, ['volledigheid', 'eigen-onderzoek', 'beoordeling', 'advies', 'besluit']);
  return { dossierId: dossier.id, jansen: added.betrokkenen.find((b) => b.betrokkene.naam === 'J. Jansen')!.betrokkene.id };
}

describe('closing a dossier', () => {
  it('is refused with an unanswered request unless a reason is recorded', async () => {
    const { dossierId, jansen } = await dossierAtDecision();
    const created = await callOk(app, 'verzoeken.create', { dossierId, geadresseerde: 'riec', betrokkeneIds: [jansen], vragen: 'Antecedenten?' });
    await callOk(app, 'verzoeken.send', { verzoekId: created.verzoeken[0]!.id, verzondenOp: '2027-02-01' });
    const refused = await call(app, 'dossiers.changePhase', { id: dossierId, to: 'afgerond' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'TRANSITION_REFUSED' } });
    expect(JSON.stringify(refused)).toContain('informatieverzoek');
    const closed = await callOk(app, 'dossiers.changePhase', { id: dossierId, to: 'afgerond', reason: 'Het RIEC antwoordt niet meer; het besluit kan zonder.' });
    expect(closed.fase).toBe('afgerond');
  });

  it('is refused while a melding to the LBB is due, and allowed once it is recorded', async () => {
    const { dossierId, jansen } = await dossierAtDecision();
    const beoordeling = {
      ...EMPTY_BEOORDELING,
      bevindingen: [{ id: 'b1', betrokkeneId: jansen, soort: 'veroordeling', omschrijving: 'Heling (2024).', bron: 'Justitiële documentatie', datum: '2024-05-01', ernst: 'aanzienlijk' }],
      relaties: [{ bevindingId: 'b1', betrokkeneId: jansen, grondslag: 'a', toelichting: 'Zelf begaan.' }],
      gevaar: [
        { grond: 'a', mate: 'mindere-mate', factoren: ['lid2-a', 'lid2-c'], motivering: 'Eén veroordeling voor heling, niet recent.' },
        { grond: 'b', mate: 'geen', factoren: [], motivering: '' },
      ],
    };
    await callOk(app, 'beoordeling.save', { dossierId, beoordeling, voorgesteldeMaatregel: 'verlenen' });
    const refused = await call(app, 'dossiers.changePhase', { id: dossierId, to: 'afgerond' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'TRANSITION_REFUSED' } });
    expect(JSON.stringify(refused)).toContain('art. 7a lid 7');
    await callOk(app, 'beoordeling.recordMelding', { dossierId, gemeldOp: '2027-03-01' });
    const closed = await callOk(app, 'dossiers.changePhase', { id: dossierId, to: 'afgerond' });
    expect(closed.fase).toBe('afgerond');
  });

  it('a closed dossier gives the date of its besluit and of its closing; an open one gives none', async () => {
    const { dossierId } = await dossierAtDecision();
    type Afsluiting = { afsluiting: { besluitOp: string | null; afgeslotenOp: string | null } | null };
    expect((await callOk(app, 'dossiers.get', { id: dossierId })).afsluiting).toBeNull();
    await callOk(app, 'besluit.save', { dossierId, besluit: { besluitOp: '2027-02-22', contractclausule: null, bezwaar: null, beroep: null } });
    clock = new Date('2027-03-02T23:30:00Z'); // already 3 March in the Netherlands (CET)
    await callOk(app, 'dossiers.changePhase', { id: dossierId, to: 'afgerond' });
    expect((await callOk(app, 'dossiers.get', { id: dossierId })).afsluiting).toEqual({ besluitOp: '2027-02-22', afgeslotenOp: '2027-03-03' });

    const withdrawn = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Eetcafé Terug B.V.', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04' });
    await callOk(app, 'dossiers.changePhase', { id: withdrawn.id, to: 'ingetrokken', intrekking: { op: '2027-03-01', wijze: 'schriftelijk' } });
    expect((await callOk(app, 'dossiers.get', { id: withdrawn.id })).afsluiting).toEqual({ besluitOp: null, afgeslotenOp: '2027-03-03' });
  });

  it('a refusal cannot be decided before the zienswijze step of art. 33', async () => {
    const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Eetcafé Weiger B.V.', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04' });
    await callOk(app, 'dossiers.update', { id: dossier.id, details: { ...details, uitkomst: 'weigeren' } });
    await toPhase(dossier.id, ['volledigheid', 'eigen-onderzoek', 'beoordeling', 'advies', 'voornemen-zienswijze']);
    expect(await call(app, 'dossiers.changePhase', { id: dossier.id, to: 'besluit' })).toMatchObject({ ok: false, error: { code: 'TRANSITION_REFUSED' } });
    const detail = await callOk(app, 'dossiers.get', { id: dossier.id });
    await callOk(app, 'zienswijze.invite', { dossierId: dossier.id, betrokkeneId: detail.betrokkenen[0]!.betrokkene.id, rol: 'betrokkene', uitgenodigdOp: '2027-03-01', termijnTot: '2027-03-15', afschriftAdvies: false, geheimhoudingGewezen: false });
    // While the term runs the step is not done; after it has passed unused, it is.
    expect(await call(app, 'dossiers.changePhase', { id: dossier.id, to: 'besluit' })).toMatchObject({ ok: false });
    clock = new Date('2027-03-16T09:00:00Z');
    expect((await callOk(app, 'dossiers.changePhase', { id: dossier.id, to: 'besluit' })).fase).toBe('besluit');
  });
});

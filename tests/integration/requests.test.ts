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
  app = testApp(tempFolder('verzoeken'), { now: () => clock });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
});

async function dossierWithBetrokkene(naam = 'J. Jansen'): Promise<{ dossierId: string; betrokkeneId: string }> {
  const dossier = await callOk(app, 'dossiers.create', {
    toepassingsgebied: 'horeca',
    aanvragerNaam: 'Eetcafé Proef B.V.',
    besluitsoort: 'exploitatievergunning',
    ontvangenOp: '2027-01-04',
  });
  const added = await callOk(app, 'betrokkenen.add', {
    dossierId: dossier.id,
    wie: { nieuw: { soort: 'persoon', naam } },
    rol: 'bestuurder',
  });
  return { dossierId: dossier.id, betrokkeneId: added.betrokkenen.find((b) => b.betrokkene.naam === naam)!.betrokkene.id };
}

describe('information requests', () => {
  it('go from concept to sent to answered, with a default due date, overdue marking, the timeline and the audit trail', async () => {
    const { dossierId, betrokkeneId } = await dossierWithBetrokkene();
    const created = await callOk(app, 'verzoeken.create', { dossierId, geadresseerde: 'riec', betrokkeneIds: [betrokkeneId], vragen: 'Antecedenten van J. Jansen?' });
    expect(created.lbb).toEqual({ bevoegdheid: 'art. 7 lid 2 Wet Bibob', melding: null });
    const [concept] = created.verzoeken;
    expect(concept).toMatchObject({ status: 'concept', verzondenOp: null, betrokkenen: [{ id: betrokkeneId, naam: 'J. Jansen' }] });

    // An answer to a concept is refused: it was never sent.
    expect(await call(app, 'verzoeken.recordAnswer', { verzoekId: concept!.id, ontvangenOp: '2027-01-18', samenvatting: 'x' })).toMatchObject({ ok: false, error: { code: 'TRANSITION_REFUSED' } });

    const sent = await callOk(app, 'verzoeken.send', { verzoekId: concept!.id, verzondenOp: '2027-01-18' });
    // The RIEC's usual term: 28 days.
    expect(sent.verzoeken[0]).toMatchObject({ status: 'verzonden', verzondenOp: '2027-01-18', uiterlijkOp: '2027-02-15', teLaat: false });

    clock = new Date('2027-02-16T09:00:00Z');
    const late = await callOk(app, 'verzoeken.list', { dossierId });
    expect(late.verzoeken[0]!.teLaat).toBe(true);
    const agenda = await callOk(app, 'agenda.list', {});
    expect(agenda.items).toContainEqual(expect.objectContaining({ wat: 'Antwoord verwacht van RIEC (politie, Openbaar Ministerie, Belastingdienst)', datum: '2027-02-15', verlopen: true }));

    expect(await call(app, 'verzoeken.extend', { verzoekId: concept!.id, uiterlijkOp: '2027-02-10' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'uiterlijkOp' }] } } });
    const extended = await callOk(app, 'verzoeken.extend', { verzoekId: concept!.id, uiterlijkOp: '2027-03-01' });
    expect(extended.verzoeken[0]).toMatchObject({ status: 'verlengd', uiterlijkOp: '2027-03-01', teLaat: false });

    expect(await call(app, 'verzoeken.recordAnswer', { verzoekId: concept!.id, ontvangenOp: '2027-01-10', samenvatting: 'Geen antecedenten.' })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: 'ontvangenOp' }] } },
    });
    clock = new Date('2027-02-20T09:00:00Z'); // the answer is recorded on or after the day it came in
    const answered = await callOk(app, 'verzoeken.recordAnswer', { verzoekId: concept!.id, ontvangenOp: '2027-02-20', samenvatting: 'Twee registraties wegens heling (2022).' });
    expect(answered.verzoeken[0]).toMatchObject({ status: 'beantwoord', antwoord: { ontvangenOp: '2027-02-20', samenvatting: 'Twee registraties wegens heling (2022).', bijlagen: [] } });
    expect(await call(app, 'verzoeken.withdraw', { verzoekId: concept!.id, reden: 'x' })).toMatchObject({ ok: false, error: { code: 'TRANSITION_REFUSED' } });

    const detail = await callOk(app, 'dossiers.get', { id: dossierId });
    expect(detail.tijdlijn.map((event) => event.soort)).toEqual(expect.arrayContaining(['verzoek.verzonden', 'verzoek.verlengd', 'verzoek.beantwoord']));
    const audit = await callOk(app, 'audit.forDossier', { dossierId });
    expect(audit.entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['verzoek.aangemaakt', 'verzoek.verzonden', 'verzoek.verlengd', 'verzoek.beantwoord']));
  });

  it('refuses a request about someone who is not a betrokkene of the dossier, and one to another bestuursorgaan without its name', async () => {
    const { dossierId, betrokkeneId } = await dossierWithBetrokkene();
    const other = await dossierWithBetrokkene('P. de Vries');
    expect(await call(app, 'verzoeken.create', { dossierId, geadresseerde: 'riec', betrokkeneIds: [other.betrokkeneId], vragen: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: 'betrokkeneIds' }] } },
    });
    expect(await call(app, 'verzoeken.create', { dossierId, geadresseerde: 'ander-bestuursorgaan', betrokkeneIds: [betrokkeneId], vragen: 'x' })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: 'geadresseerdeNaam', message: expect.stringContaining('art. 28 lid 2 onder m') }] } },
    });
    const view = await callOk(app, 'verzoeken.list', { dossierId });
    expect(view.verzoeken).toEqual([]);
  });

  it('a concept can be deleted, a sent request only withdrawn', async () => {
    const { dossierId, betrokkeneId } = await dossierWithBetrokkene();
    const first = (await callOk(app, 'verzoeken.create', { dossierId, geadresseerde: 'justitiele-documentatie', betrokkeneIds: [betrokkeneId], vragen: 'Justitiële documentatie' })).verzoeken[0]!;
    expect((await callOk(app, 'verzoeken.deleteConcept', { verzoekId: first.id })).verzoeken).toEqual([]);
    const second = (await callOk(app, 'verzoeken.create', { dossierId, geadresseerde: 'justitiele-documentatie', betrokkeneIds: [betrokkeneId], vragen: 'Justitiële documentatie' })).verzoeken[0]!;
    await callOk(app, 'verzoeken.send', { verzoekId: second.id, verzondenOp: '2027-01-18' });
    expect(await call(app, 'verzoeken.deleteConcept', { verzoekId: second.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const withdrawn = await callOk(app, 'verzoeken.withdraw', { verzoekId: second.id, reden: 'Niet meer nodig na het RIEC-antwoord.' });
    expect(withdrawn.verzoeken[0]).toMatchObject({ status: 'ingetrokken' });
  });

  it('an answer can carry attachments of the dossier only', async () => {
    const { dossierId, betrokkeneId } = await dossierWithBetrokkene();
    const verzoek = (await callOk(app, 'verzoeken.create', { dossierId, geadresseerde: 'belastingdienst-vergrijpboetes', betrokkeneIds: [betrokkeneId], vragen: 'Vergrijpboetes?' })).verzoeken[0]!;
    await callOk(app, 'verzoeken.send', { verzoekId: verzoek.id, verzondenOp: '2027-01-18' });
    const unknown = '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b';
    expect(await call(app, 'verzoeken.recordAnswer', { verzoekId: verzoek.id, ontvangenOp: '2027-01-18', samenvatting: 'Geen.', bijlageIds: [unknown] })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: 'bijlageIds' }] } },
    });
  });

  it('merging two betrokkenen carries the requests that covered the removed record', async () => {
    const { dossierId, betrokkeneId } = await dossierWithBetrokkene();
    const added = await callOk(app, 'betrokkenen.add', {
      dossierId,
      wie: { nieuw: { soort: 'persoon', naam: 'Jan Jansen' }, bevestigNieuw: true },
      rol: 'leidinggevende',
    });
    const duplicate = added.betrokkenen.find((b) => b.betrokkene.naam === 'Jan Jansen')!.betrokkene.id;
    await callOk(app, 'verzoeken.create', { dossierId, geadresseerde: 'riec', betrokkeneIds: [duplicate, betrokkeneId], vragen: 'x' });
    await callOk(app, 'betrokkenen.merge', { behoudId: betrokkeneId, samenvoegenId: duplicate, bevestigd: true });
    const view = await callOk(app, 'verzoeken.list', { dossierId });
    expect(view.verzoeken[0]!.betrokkenen).toEqual([{ id: betrokkeneId, naam: 'J. Jansen' }]);
  });
});

describe('the advice request to the Landelijk Bureau Bibob', () => {
  it('cannot be sent without the findings of the eigen onderzoek (art. 7a lid 4, art. 9 lid 5)', async () => {
    const { dossierId, betrokkeneId } = await dossierWithBetrokkene();
    const verzoek = (await callOk(app, 'verzoeken.create', { dossierId, geadresseerde: 'lbb', betrokkeneIds: [betrokkeneId], vragen: 'Advies over de mate van gevaar.' })).verzoeken[0]!;
    const refused = await call(app, 'verzoeken.send', { verzoekId: verzoek.id, verzondenOp: '2027-01-18' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'bevindingen', message: expect.stringContaining('art. 7a lid 4') }] } } });
    expect((await callOk(app, 'verzoeken.list', { dossierId })).verzoeken[0]!.status).toBe('concept');
  });
});

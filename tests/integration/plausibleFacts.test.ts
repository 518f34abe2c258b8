import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../main/app';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, call, testApp } from '../support/testVault';
import { callOk } from '../support/call';

/*
 * Issue 18 §1 through the dispatcher: every impossible date or amount is refused with VALIDATION, a Dutch message
 * that says what is wrong, at its field, and the vault is left exactly as it was. Today is Tuesday 1 December 2026.
 */

afterEach(removeTempFolders);

let app: App;

beforeEach(async () => {
  app = testApp(tempFolder('feiten'), { now: () => new Date('2026-12-01T10:00:00Z') });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
});

/** Every row of every table: any write the refused call made would show here. */
function vaultContents(): string {
  const db = app.vault.database();
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all().map((row) => JSON.stringify(row)).sort()]));
}

async function expectRefused(name: string, payload: unknown, path: string, message: RegExp): Promise<void> {
  const before = vaultContents();
  const result = await call(app, name, payload);
  expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: expect.arrayContaining([{ path, message: expect.stringMatching(message) }]) } } });
  expect(vaultContents()).toBe(before);
}

interface Dossier {
  readonly id: string;
  readonly aanvragerId: string;
  readonly verhuurderId: string;
}

async function horecaDossier(ontvangenOp = '2026-09-01'): Promise<Dossier> {
  const created = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Proef Horeca B.V.', aanvragerSoort: 'rechtspersoon', besluitsoort: 'alcoholwetvergunning', ontvangenOp });
  const added = await callOk(app, 'betrokkenen.add', {
    dossierId: created.id,
    wie: { nieuw: { soort: 'persoon', naam: 'V. Verhuurder' } },
    rol: 'verhuurder',
  });
  return {
    id: created.id,
    aanvragerId: added.betrokkenen.find((link) => link.rollen.some((rol) => rol.rol === 'aanvrager'))!.betrokkene.id,
    verhuurderId: added.betrokkenen.find((link) => link.betrokkene.naam === 'V. Verhuurder')!.betrokkene.id,
  };
}

async function sentForm(dossierId: string, verzondenOp = '2026-09-02'): Promise<void> {
  await callOk(app, 'vragenformulier.send', { dossierId, verzondenOp });
}

describe('dates that cannot be true are refused, and nothing changes', () => {
  it('a receipt of the application in the future', async () => {
    await expectRefused('dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Proef', ontvangenOp: '2026-12-02' }, 'ontvangenOp', /^De ontvangstdatum van de aanvraag ligt na vandaag \(1 december 2026\)/);
  });

  it('a vragenformulier sent before the application was received, or received before it was sent', async () => {
    const dossier = await horecaDossier();
    await expectRefused('vragenformulier.send', { dossierId: dossier.id, verzondenOp: '2026-08-20' }, 'verzondenOp', /ligt vóór de ontvangst van de aanvraag \(1 september 2026\)/);
    await sentForm(dossier.id, '2026-09-10');
    await expectRefused('vragenformulier.recordReceived', { dossierId: dossier.id, ontvangenOp: '2026-09-05' }, 'ontvangenOp', /ligt vóór de verzending van het vragenformulier \(10 september 2026\)/);
  });

  it('a herstelverzoek dated before the form came back, and a hersteltermijn ending on a Saturday', async () => {
    const dossier = await horecaDossier();
    await sentForm(dossier.id);
    await callOk(app, 'vragenformulier.recordReceived', { dossierId: dossier.id, ontvangenOp: '2026-10-01' });
    const ontbrekend = [{ omschrijving: 'Vraag 5.2', waarom: 'De lening moet worden onderbouwd.' }];
    await expectRefused('herstel.register', { dossierId: dossier.id, verzondenOp: '2026-09-28', termijnTot: '2026-10-12', ontbrekend }, 'verzondenOp', /^Het herstelverzoek ligt vóór de ontvangst van het vragenformulier \(1 oktober 2026\)/);
    await expectRefused('herstel.register', { dossierId: dossier.id, verzondenOp: '2026-11-16', termijnTot: '2026-12-05', ontbrekend }, 'termijnTot', /valt op 5 december 2026, een zaterdag/);
    await callOk(app, 'herstel.register', { dossierId: dossier.id, verzondenOp: '2026-11-16', termijnTot: '2026-12-07', ontbrekend });
  });

  it('a RIEC answer and an LBB advice received in the future', async () => {
    const dossier = await horecaDossier();
    const created = await callOk(app, 'verzoeken.create', { dossierId: dossier.id, geadresseerde: 'riec', betrokkeneIds: [dossier.aanvragerId], vragen: 'Informatie over de aanvrager.' });
    const verzoekId = created.verzoeken[0]!.id;
    await callOk(app, 'verzoeken.send', { verzoekId, verzondenOp: '2026-10-01' });
    await expectRefused('verzoeken.recordAnswer', { verzoekId, ontvangenOp: '2026-12-03', samenvatting: 'Geen registraties.' }, 'ontvangenOp', /^De ontvangstdatum van het antwoord ligt na vandaag \(1 december 2026\)/);
    await expectRefused('verzoeken.recordAnswer', { verzoekId, ontvangenOp: '2026-09-30', samenvatting: 'Geen registraties.' }, 'ontvangenOp', /ligt vóór de verzending van het verzoek \(1 oktober 2026\)/);
  });

  it('a zienswijzetermijn ending on a Sunday, the same betrokkene invited twice, a besluit before the term ended or in the future', async () => {
    const dossier = await horecaDossier();
    const invitation = { dossierId: dossier.id, betrokkeneId: dossier.aanvragerId, rol: 'betrokkene' as const, uitgenodigdOp: '2026-11-20', afschriftAdvies: false, geheimhoudingGewezen: false };
    await expectRefused('zienswijze.invite', { ...invitation, termijnTot: '2026-12-06' }, 'termijnTot', /valt op 6 december 2026, een zondag/);
    await callOk(app, 'zienswijze.invite', { ...invitation, termijnTot: '2026-12-04' });
    await expectRefused('zienswijze.invite', { ...invitation, uitgenodigdOp: '2026-11-23', termijnTot: '2026-12-07' }, 'betrokkeneId', /is al op 20 november 2026 uitgenodigd/);
    const besluit = { besluitOp: '2026-12-01', contractclausule: null, bezwaar: null, beroep: null };
    await expectRefused('besluit.save', { dossierId: dossier.id, besluit }, 'besluitOp', /ligt vóór het einde van de zienswijzetermijn \(4 december 2026\), terwijl nog niet iedereen .*\(art\. 33 Wet Bibob\)/);
    await expectRefused('besluit.save', { dossierId: dossier.id, besluit: { ...besluit, besluitOp: '2026-12-08' } }, 'besluitOp', /ligt na vandaag/);
  });

  it('a besluit before the term is accepted once every invitee answered (art. 33)', async () => {
    const dossier = await horecaDossier();
    const view = await callOk(app, 'zienswijze.invite', { dossierId: dossier.id, betrokkeneId: dossier.aanvragerId, rol: 'betrokkene' as const, uitgenodigdOp: '2026-11-20', termijnTot: '2026-12-04', afschriftAdvies: false, geheimhoudingGewezen: false });
    await callOk(app, 'zienswijze.recordResponse', { partijId: view.partijen[0]!.id, ontvangenOp: '2026-11-27', samenvatting: 'De aanvrager ziet af van een zienswijze.' });
    await callOk(app, 'besluit.save', { dossierId: dossier.id, besluit: { besluitOp: '2026-12-01', contractclausule: null, bezwaar: null, beroep: null } });
  });

  it('birth dates in the future or before 1900', async () => {
    const dossier = await horecaDossier();
    for (const [geboortedatum, message] of [['2027-01-01', /De geboortedatum ligt na vandaag/], ['1899-06-30', /ligt vóór 1 januari 1900/]] as const) {
      await expectRefused('betrokkenen.add', { dossierId: dossier.id, wie: { nieuw: { soort: 'persoon', naam: 'J. Jansen', geboortedatum } }, rol: 'bestuurder' }, 'wie.nieuw.geboortedatum', message);
    }
  });
});

describe('amounts that cannot be meant are refused, with the format expected', () => {
  it('negative, zero and absurd investments', async () => {
    const dossier = await horecaDossier();
    await expectRefused('onderzoek.addInvestering', { dossierId: dossier.id, omschrijving: 'Inrichting', bedragCent: -500_000 }, 'bedragCent', /niet negatief.*bijvoorbeeld 12\.345,67/);
    await expectRefused('onderzoek.addInvestering', { dossierId: dossier.id, omschrijving: 'Inrichting', bedragCent: 0 }, 'bedragCent', /groter dan € 0/);
    await expectRefused('onderzoek.addInvestering', { dossierId: dossier.id, omschrijving: 'Inrichting', bedragCent: 9_999_999_999_999_900 }, 'bedragCent', /Controleer het aantal cijfers/);
    await callOk(app, 'onderzoek.addInvestering', { dossierId: dossier.id, omschrijving: 'Inrichting', bedragCent: 1_234_567 });
  });

  it('an answer of € 999.999.999.999.999 in the vragenformulier', async () => {
    const dossier = await horecaDossier();
    await sentForm(dossier.id);
    // The amount question of the horeca set shipped with the app (vragenformulier.get does not list the questions).
    const bedragVraag = '3.1.a';
    await expectRefused('vragenformulier.recordAnswers', { dossierId: dossier.id, antwoorden: { algemeen: { [bedragVraag]: 999_999_999_999_999 }, perPersoon: {} } }, `antwoorden.algemeen.${bedragVraag}`, /Controleer het aantal cijfers/);
    await expectRefused('vragenformulier.recordAnswers', { dossierId: dossier.id, antwoorden: { algemeen: { [bedragVraag]: -5000 }, perPersoon: {} } }, `antwoorden.algemeen.${bedragVraag}`, /niet negatief/);
  });
});

describe('a wrongly entered event is withdrawn with a reason, and stops counting', () => {
  const ontbrekend = [{ omschrijving: 'Vraag 5.2', waarom: 'De lening moet worden onderbouwd.' }];

  it('withdrawing a herstelverzoek gives back the beslistermijn without it, and the audit trail keeps what was withdrawn', async () => {
    // Omgevingsvergunning received Monday 5 October 2026: 8 weeks (Ow 16.64 lid 1) → Monday 30 November 2026.
    const created = await callOk(app, 'dossiers.create', { toepassingsgebied: 'wabo', aanvragerNaam: 'Bouw Proef B.V.', besluitsoort: 'omgevingsvergunning', ontvangenOp: '2026-10-05' });
    const without = created.uitersteBeslisdatum;
    expect(without).toBe('2026-11-30');
    const sent = await callOk(app, 'herstel.register', { dossierId: created.id, verzondenOp: '2026-10-12', termijnTot: '2026-10-26', ontbrekend });
    expect(sent.termijn.deadline).not.toBe(without);
    await expectRefused('herstel.withdraw', { herstelId: sent.herstelverzoeken[0]!.id, reden: '  ' }, 'reden', /Vul de reden van het intrekken in/);
    const withdrawn = await callOk(app, 'herstel.withdraw', { herstelId: sent.herstelverzoeken[0]!.id, reden: 'Per vergissing bij dit dossier ingevoerd.' });
    expect(withdrawn.termijn.deadline).toBe(without);
    expect(withdrawn.dossier.uitersteBeslisdatum).toBe(without);
    expect(withdrawn.herstelverzoeken).toEqual([]);
    expect(withdrawn.tijdlijn).toContainEqual(expect.objectContaining({ soort: 'herstel.ingetrokken', omschrijving: expect.stringContaining('Per vergissing bij dit dossier ingevoerd.') }));
    const audit = await callOk(app, 'audit.forDossier', { dossierId: created.id });
    const entry = audit.entries.find((candidate) => candidate.action === 'herstel.ingetrokken');
    expect(entry?.details).toContain('2026-10-12');
    expect(entry?.details).toContain('Per vergissing');
    expect(await call(app, 'herstel.withdraw', { herstelId: sent.herstelverzoeken[0]!.id, reden: 'Nogmaals.' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call(app, 'herstel.recordCompletion', { herstelId: sent.herstelverzoeken[0]!.id, aangevuldOp: '2026-10-20', aanvulling: 'volledig' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('withdrawing a zienswijze invitation: the besluit no longer waits for its term', async () => {
    const dossier = await horecaDossier();
    const view = await callOk(app, 'zienswijze.invite', { dossierId: dossier.id, betrokkeneId: dossier.verhuurderId, rol: 'derde', uitgenodigdOp: '2026-11-20', termijnTot: '2026-12-04', afschriftAdvies: false, geheimhoudingGewezen: false });
    const besluit = { besluitOp: '2026-12-01', contractclausule: null, bezwaar: null, beroep: null };
    await expectRefused('besluit.save', { dossierId: dossier.id, besluit }, 'besluitOp', /zienswijzetermijn/);
    const after = await callOk(app, 'zienswijze.withdraw', { partijId: view.partijen[0]!.id, reden: 'De verhuurder was niet de bedoelde derde.' });
    expect(after.partijen).toEqual([]);
    await callOk(app, 'besluit.save', { dossierId: dossier.id, besluit });
  });
});

describe('a withdrawn application says when and how', () => {
  it('is refused without its date and manner, or with a date before receipt, and recorded with both', async () => {
    const dossier = await horecaDossier('2026-09-01');
    await expectRefused('dossiers.changePhase', { id: dossier.id, to: 'ingetrokken' }, 'intrekking.wijze', /Kies hoe de aanvraag is ingetrokken/);
    await expectRefused('dossiers.changePhase', { id: dossier.id, to: 'ingetrokken', intrekking: { op: '2026-08-15', wijze: 'schriftelijk' } }, 'intrekking.op', /ligt vóór de ontvangst van de aanvraag \(1 september 2026\)/);
    await expectRefused('dossiers.changePhase', { id: dossier.id, to: 'ingetrokken', intrekking: { op: '2026-12-02', wijze: 'schriftelijk' } }, 'intrekking.op', /ligt na vandaag/);
    const changed = await callOk(app, 'dossiers.changePhase', { id: dossier.id, to: 'ingetrokken', intrekking: { op: '2026-11-27', wijze: 'digitaal' } });
    expect(changed.fase).toBe('ingetrokken');
    const detail = await callOk(app, 'dossiers.get', { id: dossier.id });
    expect(detail.tijdlijn.map((event) => event.omschrijving)).toContainEqual(expect.stringContaining('Ingetrokken op 27 november 2026, per e-mail of digitaal formulier.'));
  });
});

describe('a suspension recorded by mistake is withdrawn', () => {
  it('and the beslistermijn is computed as if it had not been there', async () => {
    // Omgevingsvergunning received Monday 5 October 2026: 8 weeks → Monday 30 November 2026.
    const created = await callOk(app, 'dossiers.create', { toepassingsgebied: 'wabo', aanvragerNaam: 'Bouw Proef B.V.', besluitsoort: 'omgevingsvergunning', ontvangenOp: '2026-10-05' });
    // 2–8 November suspended with the applicant's consent (Awb 4:15 lid 2 sub a): 7 days → Monday 7 December.
    const moved = await callOk(app, 'dossiers.addTermEvent', { id: created.id, gebeurtenis: { soort: 'instemming-aanvrager', van: '2026-11-02', tot: '2026-11-08' } });
    expect(moved.deadline).toBe('2026-12-07');
    const detail = await callOk(app, 'dossiers.get', { id: created.id });
    expect(detail.termijnGebeurtenissen).toEqual([{ id: expect.any(String), omschrijving: expect.stringContaining('met schriftelijke instemming van de aanvrager') }]);
    await expectRefused('dossiers.withdrawTermEvent', { gebeurtenisId: detail.termijnGebeurtenissen[0]!.id, reden: '' }, 'reden', /Vul de reden van het intrekken in/);
    const after = await callOk(app, 'dossiers.withdrawTermEvent', { gebeurtenisId: detail.termijnGebeurtenissen[0]!.id, reden: 'Bij het verkeerde dossier vastgelegd.' });
    expect(after.termijn.deadline).toBe('2026-11-30');
    expect(after.dossier.uitersteBeslisdatum).toBe('2026-11-30');
    expect(after.termijnGebeurtenissen).toEqual([]);
    expect(after.tijdlijn.map((event) => event.soort)).toContain('termijn.ingetrokken');
  });
});

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../main/app';
import { deleteAttachment, importAttachment } from '../../main/files/attachmentStore';
import { listAudit } from '../../main/vault/repositories/auditLog';
import { BASE_QUESTION_SET, allQuestions } from '../../src/domain/vragenformulier';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, call, testApp } from '../support/testVault';
import { callOk } from '../support/call';
import type { CallInput, CallOutput } from '../../src/contract';
import type { PayloadIssue } from '../../src/contract/payloadCheck';

afterEach(removeTempFolders);

let app: App;
let folder: string;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2027-01-18T09:00:00Z');
  folder = tempFolder('vragenformulier');
  app = testApp(folder, { now: () => clock });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
});

type View = CallOutput<'vragenformulier.get'>;
type Item = View['volledigheid']['items'][number];

async function dossier(toepassingsgebied: CallInput<'dossiers.create'>['toepassingsgebied'], besluitsoort?: string, aanvragerNaam = 'Eetcafé De Brug B.V.'): Promise<string> {
  const created = await callOk(app, 'dossiers.create', { toepassingsgebied, aanvragerNaam, ...(besluitsoort ? { besluitsoort } : {}) });
  return created.id;
}

async function sent(gebied: CallInput<'dossiers.create'>['toepassingsgebied'] = 'horeca', besluitsoort?: string): Promise<string> {
  const id = await dossier(gebied, besluitsoort);
  await callOk(app, 'vragenformulier.send', { dossierId: id, verzondenOp: '2027-01-18' });
  return id;
}

function timeline(id: string): { soort: string; omschrijving: string }[] {
  return app.vault.database().prepare('SELECT soort, omschrijving FROM dossier_gebeurtenis WHERE dossier_id = ? ORDER BY seq').all(id) as { soort: string; omschrijving: string }[];
}

function issuesOf(result: Awaited<ReturnType<typeof call>>): PayloadIssue[] {
  if (result.ok) throw new Error('expected an error');
  return (result.error.details as { issues: PayloadIssue[] }).issues;
}

const item = (view: View, sleutel: string) => view.volledigheid.items.find((entry) => entry.sleutel === sleutel);
const missing = (view: View, sleutel: string) => view.volledigheid.ontbreekt.find((entry) => entry.sleutel === sleutel);

/** A small valid set in the import format: one section, a keuze question with a conditional attachment. */
function miniSet(overrides: Record<string, unknown> = {}) {
  return {
    formaat: 'bibob-vragenset/1',
    id: 'test-vragenset',
    versie: '1',
    titel: 'Testvragenset',
    bron: 'Testbron',
    sections: [
      {
        nummer: '1',
        titel: 'Identificatie',
        vragen: [
          { nummer: '1.1', tekst: 'Wie vraagt aan?', toelichting: 'Art. 7a lid 2 sub a Wet Bibob.', soort: 'tekst', verplicht: true },
          { nummer: '1.2', tekst: 'Heeft u een lening?', toelichting: 'Art. 7a lid 2 sub h Wet Bibob.', soort: 'ja-nee', verplicht: true },
        ],
      },
    ],
    ...overrides,
  };
}

describe('vragenformulier: composition and sending', () => {
  it('sends the default selection of the dossier’s toepassingsgebied and moves the intake dossier to vragenformulier uitgezet', async () => {
    for (const gebied of ['wabo', 'horeca', 'vastgoed'] as const) {
      const id = await dossier(gebied);
      const before = await callOk(app, 'vragenformulier.get', { dossierId: id });
      expect(before).toMatchObject({ stand: 'standaard', verzondenOp: null, selectieWijzigbaar: true });
      const view = await callOk(app, 'vragenformulier.send', { dossierId: id, verzondenOp: '2027-01-18' });
      expect(view).toMatchObject({ stand: 'verzonden', setId: BASE_QUESTION_SET.id, versie: BASE_QUESTION_SET.versie, verzondenOp: '2027-01-18', selectieWijzigbaar: false });
      expect(view.selectie).toEqual(BASE_QUESTION_SET.standaardSelecties![gebied]);
      const sections = view.vragenlijst!.sections.map((section) => section.nummer);
      expect(sections.includes('11')).toBe(gebied === 'horeca');
      expect(sections.includes('12')).toBe(gebied === 'vastgoed');
      expect(sections.includes('10')).toBe(gebied === 'wabo');
      expect(timeline(id).at(-2)).toMatchObject({ soort: 'vragenformulier.verzonden', omschrijving: expect.stringMatching(/18 januari 2027/) });
      expect(timeline(id).at(-1)).toMatchObject({ soort: 'fase.vooruit', omschrijving: expect.stringMatching(/op 18 januari 2027, bij verzending van het vragenformulier/) });
      expect((await callOk(app, 'dossiers.get', { id })).dossier.fase).toBe('vragenformulier-uitgezet');
      const audit = listAudit(app.vault.database(), { entityType: 'dossier', entityId: id });
      expect(audit.find((entry) => entry.action === 'vragenformulier.verzonden')).toMatchObject({ details: { setId: BASE_QUESTION_SET.id, verzondenOp: [null, '2027-01-18'] } });
    }
  });

  it('refuses to send twice, to send on a future date, and to change the selection after sending', async () => {
    const id = await dossier('horeca');
    expect(await call(app, 'vragenformulier.send', { dossierId: id, verzondenOp: '2027-01-19' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'verzondenOp' }] } } });
    await callOk(app, 'vragenformulier.send', { dossierId: id, verzondenOp: '2027-01-18' });
    expect(await call(app, 'vragenformulier.send', { dossierId: id, verzondenOp: '2027-01-18' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call(app, 'vragenformulier.setSelection', { dossierId: id, deselecteer: ['13.3'] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/versie en selectie waarmee het is verzonden/) },
    });
  });

  it('adjusts the selection before sending by selecting and deselecting, and sends exactly that selection', async () => {
    const id = await dossier('wabo');
    const horecaOnly = BASE_QUESTION_SET.standaardSelecties!.horeca!.find((nummer) => nummer.startsWith('11.') && !nummer.includes('.', 3))!;
    const adjusted = await callOk(app, 'vragenformulier.setSelection', { dossierId: id, deselecteer: ['13.3'], selecteer: [horecaOnly] });
    expect(adjusted.stand).toBe('concept');
    expect(adjusted.selectie).not.toContain('13.3');
    expect(adjusted.selectie).toContain(horecaOnly);
    const view = await callOk(app, 'vragenformulier.send', { dossierId: id, verzondenOp: '2027-01-15' });
    expect(view.selectie).toEqual(adjusted.selectie);
    const audit = listAudit(app.vault.database(), { entityType: 'dossier', entityId: id });
    expect(audit.find((entry) => entry.action === 'vragenformulier.selectie-gewijzigd')).toMatchObject({ details: { gedeselecteerd: ['13.3'], geselecteerd: [horecaOnly] } });
  });

  it('refuses an own question, and a selection whose conditions read a deselected question', async () => {
    const id = await dossier('horeca');
    const own = await call(app, 'vragenformulier.setSelection', { dossierId: id, selecteer: ['1.1', '99.1'] });
    expect(own).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(issuesOf(own)).toEqual([{ path: 'selecteer.1', message: expect.stringMatching(/eigen vragen toevoegen kan niet/) }]);
    // Question 1.2 (the legal form) decides whether many others apply: it cannot go while they stay.
    const incoherent = await call(app, 'vragenformulier.setSelection', { dossierId: id, deselecteer: ['1.2'] });
    expect(incoherent).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(issuesOf(incoherent)[0]!.message).toMatch(/Selecteer ook vraag 1\.2/);
    expect((await callOk(app, 'vragenformulier.get', { dossierId: id })).stand).toBe('standaard');
  });
});

describe('vragenformulier: question set versions', () => {
  it('keeps the version and selection a dossier was sent with after a new version is imported', async () => {
    const early = await sent('horeca');
    const json = JSON.stringify({ ...BASE_QUESTION_SET, versie: '2024.1', titel: 'Bibob-vragenformulier 2024' });
    const imported = await callOk(app, 'vragenformulier.importSet', { json });
    expect(imported).toMatchObject({ id: BASE_QUESTION_SET.id, versie: '2024.1', meegeleverd: false, standaard: true });

    const { sets } = await callOk(app, 'vragenformulier.sets', {});
    expect(sets).toEqual([
      expect.objectContaining({ versie: '2024.1', meegeleverd: false, standaard: true }),
      expect.objectContaining({ versie: BASE_QUESTION_SET.versie, meegeleverd: true, standaard: false }),
    ]);

    const kept = await callOk(app, 'vragenformulier.get', { dossierId: early });
    expect(kept).toMatchObject({ versie: BASE_QUESTION_SET.versie, selectie: BASE_QUESTION_SET.standaardSelecties!.horeca });
    const later = await dossier('horeca');
    expect((await callOk(app, 'vragenformulier.get', { dossierId: later })).versie).toBe('2024.1');
    // The shipped version stays available: a dossier can still be composed from it.
    const fromShipped = await callOk(app, 'vragenformulier.setSelection', { dossierId: later, setId: BASE_QUESTION_SET.id, versie: BASE_QUESTION_SET.versie, deselecteer: ['13.3'] });
    expect(fromShipped.versie).toBe(BASE_QUESTION_SET.versie);
    expect(await call(app, 'vragenformulier.send', { dossierId: later, verzondenOp: '2027-01-18', setId: BASE_QUESTION_SET.id, versie: '2024.1' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const audit = listAudit(app.vault.database(), { entityType: 'vraagset', entityId: `${BASE_QUESTION_SET.id} 2024.1` });
    expect(audit).toEqual([expect.objectContaining({ action: 'vraagset.geimporteerd' })]);
  });

  it('never overwrites a version: importing an existing id and version is a conflict', async () => {
    await callOk(app, 'vragenformulier.importSet', { json: JSON.stringify(miniSet()) });
    expect(await call(app, 'vragenformulier.importSet', { json: JSON.stringify(miniSet({ titel: 'Andere tekst' })) })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call(app, 'vragenformulier.importSet', { json: JSON.stringify(BASE_QUESTION_SET) })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses a malformed set with each error at its position', async () => {
    const set = miniSet();
    set.sections[0]!.vragen[1]!.nummer = '1.1';
    const { titel: _titel, ...withoutTitle } = set;
    const result = await call(app, 'vragenformulier.importSet', { json: JSON.stringify({ ...withoutTitle, eigenVeld: true }) });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/niet geïmporteerd/) } });
    expect(issuesOf(result)).toEqual(
      expect.arrayContaining([
        { path: 'titel', message: 'Dit veld ontbreekt.' },
        { path: 'eigenVeld', message: expect.stringMatching(/Onbekend veld "eigenVeld"/) },
      ]),
    );
    const duplicate = await call(app, 'vragenformulier.importSet', { json: JSON.stringify(set) });
    expect(issuesOf(duplicate)).toEqual([{ path: 'sections[0].vragen[1].nummer', message: expect.stringMatching(/komt al voor op sections\[0\]\.vragen\[0\]/) }]);
    const notJson = await call(app, 'vragenformulier.importSet', { json: '{ "formaat": "bibob-vragenset/1", ' });
    expect(issuesOf(notJson)).toEqual([{ path: 'json', message: expect.stringMatching(/Ongeldige JSON/) }]);
    expect((await callOk(app, 'vragenformulier.sets', {})).sets).toHaveLength(1);
  });
});

describe('vragenformulier: answers, statuses and completeness', () => {
  it('says exactly what is missing and why, and changes as statuses are recorded', async () => {
    const id = await sent('horeca');
    let view = await callOk(app, 'vragenformulier.get', { dossierId: id });
    expect(view.volledigheid.compleet).toBe(false);
    expect(missing(view, '1.1')).toMatchObject({ status: 'ontbreekt', melding: expect.stringMatching(/^Vraag 1\.1 is niet beantwoord: .*Waarom: .*Wet Bibob/) });

    expect(await call(app, 'vragenformulier.recordReceived', { dossierId: id, ontvangenOp: '2027-01-10' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'ontvangenOp' }] } } });
    clock = new Date('2027-02-01T09:00:00Z');
    view = await callOk(app, 'vragenformulier.recordReceived', { dossierId: id, ontvangenOp: '2027-01-29' });
    expect(view).toMatchObject({ stand: 'ontvangen', ontvangenOp: '2027-01-29' });

    view = await callOk(app, 'vragenformulier.recordAnswers', {
      dossierId: id,
      antwoorden: { algemeen: { '1.1': 'Exploitatievergunning voor Eetcafé De Brug, Markt 1', '1.2': 'rechtspersoon' }, perPersoon: {} },
    });
    // A rechtspersoon must send an extract of the trade register: the overview says why, and why here.
    expect(missing(view, '1.2#handelsregister')).toMatchObject({ status: 'ontbreekt', melding: expect.stringMatching(/^De bijlage bij vraag 1\.2 ontbreekt: .*Vereist omdat/) });
    expect(item(view, '1.2#identiteitsbewijs')).toBeUndefined();

    view = await callOk(app, 'vragenformulier.setItemStatus', { dossierId: id, sleutel: '1.1', status: 'ontvangen' });
    expect(item(view, '1.1')?.status).toBe('ontvangen');
    expect(missing(view, '1.1')).toBeUndefined();

    const withoutNote = await call(app, 'vragenformulier.setItemStatus', { dossierId: id, sleutel: '1.2#handelsregister', status: 'onvolledig' });
    expect(withoutNote).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'notitie', message: 'Noteer wat er nog ontbreekt.' }] } } });
    view = await callOk(app, 'vragenformulier.setItemStatus', { dossierId: id, sleutel: '1.2#handelsregister', status: 'onvolledig', notitie: 'Het uittreksel is ouder dan zes maanden' });
    expect(missing(view, '1.2#handelsregister')).toMatchObject({ status: 'onvolledig', melding: expect.stringMatching(/is onvolledig.*Opmerking: Het uittreksel is ouder dan zes maanden\./) });

    expect(await call(app, 'vragenformulier.setItemStatus', { dossierId: id, sleutel: '1.5', status: 'niet-van-toepassing' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: 'notitie', message: 'Noteer waarom dit onderdeel niet van toepassing is.' }] } },
    });
    view = await callOk(app, 'vragenformulier.setItemStatus', { dossierId: id, sleutel: '1.5', status: 'niet-van-toepassing', notitie: 'Buitenlandse rechtspersoon zonder KvK-inschrijving' });
    expect(missing(view, '1.5')).toBeUndefined();
    expect(item(view, '1.5')).toMatchObject({ status: 'niet-van-toepassing', notitie: 'Buitenlandse rechtspersoon zonder KvK-inschrijving' });

    const audit = listAudit(app.vault.database(), { entityType: 'dossier', entityId: id });
    expect(audit.filter((entry) => entry.action === 'vragenformulier.status-vastgelegd')).toHaveLength(3);
    expect(timeline(id).map((event) => event.soort)).toEqual(expect.arrayContaining(['vragenformulier.ontvangen', 'vragenformulier.antwoorden']));
  });

  it('refuses statuses and answers for items that are not in this dossier’s vragenlijst', async () => {
    const notSent = await dossier('horeca');
    expect(await call(app, 'vragenformulier.setItemStatus', { dossierId: notSent, sleutel: '1.1', status: 'ontvangen' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const id = await sent('wabo');
    for (const sleutel of ['99.1', '1.2#eigen-bijlage', '11.1', '4.1', '1.1@p1']) {
      const result = await call(app, 'vragenformulier.setItemStatus', { dossierId: id, sleutel, status: 'ontvangen' });
      expect(result, sleutel).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'sleutel' }] } } });
    }
    const answers = await call(app, 'vragenformulier.recordAnswers', {
      dossierId: id,
      antwoorden: { algemeen: { '1.2': 'eenmanszaak', '99.1': 'eigen', '1.7': 'misschien' }, perPersoon: { p1: { '1.1': 'x' } } },
    });
    expect(answers).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(issuesOf(answers).map((issue) => issue.path)).toEqual(['antwoorden.algemeen.1.2', 'antwoorden.algemeen.99.1', 'antwoorden.algemeen.1.7', 'antwoorden.perPersoon.p1.1.1']);
  });

  it('links attachments of the same dossier to items and unlinks them', async () => {
    const id = await sent('horeca');
    const other = await dossier('horeca', undefined, 'Ander Café');
    const db = app.vault.database();
    const file = path.join(folder, 'uittreksel.txt');
    writeFileSync(file, 'Uittreksel handelsregister Eetcafé De Brug B.V.\n');
    const input = { sourcePath: file, fileName: 'uittreksel.txt', importer: 'testcoördinator', now: clock, maxBytes: 1024 * 1024 };
    const bijlage = await importAttachment(db, { ...input, dossierId: id });
    const vreemd = await importAttachment(db, { ...input, dossierId: other });

    let view = await callOk(app, 'vragenformulier.linkAttachment', { dossierId: id, sleutel: '1.2#handelsregister', bijlageId: bijlage.id });
    expect(item(view, '1.2#handelsregister')).toBeUndefined(); // not applicable until 1.2 is answered
    view = await callOk(app, 'vragenformulier.recordAnswers', { dossierId: id, antwoorden: { algemeen: { '1.2': 'rechtspersoon' }, perPersoon: {} } });
    expect(item(view, '1.2#handelsregister')).toMatchObject({ status: 'ontvangen', afgeleid: true, bestanden: [bijlage.id] });

    expect(await call(app, 'vragenformulier.linkAttachment', { dossierId: id, sleutel: '1.2#handelsregister', bijlageId: bijlage.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call(app, 'vragenformulier.linkAttachment', { dossierId: id, sleutel: '1.2#handelsregister', bijlageId: vreemd.id })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: 'bijlageId' }] } },
    });
    expect(await call(app, 'vragenformulier.linkAttachment', { dossierId: id, sleutel: '1.2#handelsregister', bijlageId: '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call(app, 'vragenformulier.linkAttachment', { dossierId: id, sleutel: '1.2#koopakte', bijlageId: bijlage.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    view = await callOk(app, 'vragenformulier.setItemStatus', { dossierId: id, sleutel: '1.2#handelsregister', status: 'ontvangen' });
    expect(item(view, '1.2#handelsregister')).toMatchObject({ status: 'ontvangen', bestanden: [bijlage.id] });
    view = await callOk(app, 'vragenformulier.unlinkAttachment', { dossierId: id, sleutel: '1.2#handelsregister', bijlageId: bijlage.id });
    expect(item(view, '1.2#handelsregister')).toMatchObject({ status: 'ontvangen', bestanden: [] });
    expect(await call(app, 'vragenformulier.unlinkAttachment', { dossierId: id, sleutel: '1.2#handelsregister', bijlageId: bijlage.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const actions = listAudit(db, { entityType: 'dossier', entityId: id }).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['vragenformulier.bijlage-gekoppeld', 'vragenformulier.bijlage-ontkoppeld']));

    // A deleted bijlage is no longer linked to any item.
    await callOk(app, 'vragenformulier.linkAttachment', { dossierId: id, sleutel: '1.2#handelsregister', bijlageId: bijlage.id });
    app.vault.transaction((tx) => deleteAttachment(tx, bijlage.id));
    expect(item(await callOk(app, 'vragenformulier.get', { dossierId: id }), '1.2#handelsregister')?.bestanden).toEqual([]);
  });
});

describe('vragenformulier: betrokkenen named in the answers', () => {
  const antwoorden = {
    algemeen: {
      '1.2': 'rechtspersoon',
      '1.9': [{ id: 'p1', naam: 'Jan de Vries', soort: 'persoon', geboortedatum: '1970-05-01', adres: 'Dorpsstraat 1, Zwolle' }],
      '1.10': [{ id: 'p2', naam: 'Brug Holding B.V.', soort: 'rechtspersoon', kvkNummer: '12345678', percentage: 60 }],
    },
    perPersoon: {},
  };

  it('proposes them and, on confirmation, records them as betrokkenen with their role', async () => {
    const id = await sent('horeca');
    let view = await callOk(app, 'vragenformulier.recordAnswers', { dossierId: id, antwoorden });
    expect(view.voorgesteldeBetrokkenen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rol: 'bestuurder', naam: 'Jan de Vries', bron: '1.9', persoonId: 'p1', bevestigd: false }),
        expect.objectContaining({ rol: 'aandeelhouder', naam: 'Brug Holding B.V.', bron: '1.10', persoonId: 'p2', bevestigd: false }),
      ]),
    );

    type Confirmed = { betrokkeneId: string; betrokkenen: { betrokkene: { id: string; naam: string; soort: string }; rollen: { rol: string; aandeelPercentage: number | null; toelichting: string }[] }[]; vragenformulier: View };
    const bestuurder = await callOk(app, 'vragenformulier.confirmProposedBetrokkene', { dossierId: id, bron: '1.9', persoonId: 'p1' });
    expect(bestuurder.betrokkenen.find((entry) => entry.betrokkene.id === bestuurder.betrokkeneId)).toMatchObject({
      betrokkene: { naam: 'Jan de Vries', soort: 'persoon' },
      rollen: [{ rol: 'bestuurder', aandeelPercentage: null, toelichting: expect.stringMatching(/vraag 1\.9/) }],
    });
    expect(bestuurder.vragenformulier.voorgesteldeBetrokkenen.find((proposal) => proposal.persoonId === 'p1')?.bevestigd).toBe(true);

    const aandeelhouder = await callOk(app, 'vragenformulier.confirmProposedBetrokkene', { dossierId: id, bron: '1.10', persoonId: 'p2' });
    expect(aandeelhouder.betrokkenen.find((entry) => entry.betrokkene.id === aandeelhouder.betrokkeneId)).toMatchObject({
      betrokkene: { naam: 'Brug Holding B.V.', soort: 'rechtspersoon' },
      rollen: [{ rol: 'aandeelhouder', aandeelPercentage: 60 }],
    });

    expect(await call(app, 'vragenformulier.confirmProposedBetrokkene', { dossierId: id, bron: '1.9', persoonId: 'p1' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call(app, 'vragenformulier.confirmProposedBetrokkene', { dossierId: id, bron: '1.9', persoonId: 'p9' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(timeline(id).filter((event) => event.soort === 'betrokkene.toegevoegd').map((event) => event.omschrijving)).toEqual([
      'Jan de Vries toegevoegd als bestuurder (genoemd bij vraag 1.9 van het Bibob-vragenformulier).',
      'Brug Holding B.V. toegevoegd als aandeelhouder (genoemd bij vraag 1.10 van het Bibob-vragenformulier).',
    ]);
    const audit = listAudit(app.vault.database(), { entityType: 'dossier', entityId: id });
    expect(audit.filter((entry) => entry.action === 'vragenformulier.betrokkene-bevestigd')).toHaveLength(2);

    // In another dossier the same person is a likely duplicate: the coordinator picks the existing record.
    const second = await sent('horeca');
    await callOk(app, 'vragenformulier.recordAnswers', { dossierId: second, antwoorden });
    const duplicate = await call(app, 'vragenformulier.confirmProposedBetrokkene', { dossierId: second, bron: '1.9', persoonId: 'p1' });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'POSSIBLE_DUPLICATE', details: { candidates: [{ id: bestuurder.betrokkeneId }] } } });
    const linked = await callOk(app, 'vragenformulier.confirmProposedBetrokkene', {
      dossierId: second,
      bron: '1.9',
      persoonId: 'p1',
      bestaandeId: bestuurder.betrokkeneId,
    });
    expect(linked.betrokkeneId).toBe(bestuurder.betrokkeneId);
    expect(linked.betrokkenen.find((entry) => entry.betrokkene.id === bestuurder.betrokkeneId)?.ookInDossiers.map((other) => other.id)).toEqual([id]);
  });
});

describe('vragenformulier: the aanvrager named in the answers', () => {
  type Proposal = { bron: string; naam: string; soort?: string; bevestigd: boolean; bestaandeAanvrager: { id: string; naam: string } | null };
  type Linked = { betrokkene: { id: string; naam: string; soort: string }; rollen: { rol: string }[] };
  const proposalAt = (view: { voorgesteldeBetrokkenen: Proposal[] }, bron: string) => view.voorgesteldeBetrokkenen.find((proposal) => proposal.bron === bron)!;

  it('offers the dossier’s own aanvrager (same name, normalised) and links to it instead of making a second record', async () => {
    const id = await sent('horeca');
    const aanvrager = (await callOk(app, 'dossiers.get', { id })).betrokkenen[0]!.betrokkene;
    const view = await callOk(app, 'vragenformulier.recordAnswers', {
      dossierId: id,
      antwoorden: { algemeen: { '1.2': 'rechtspersoon', '1.4': 'Eetcafe de Brug BV' }, perPersoon: {} },
    });
    expect(proposalAt(view, '1.4')).toMatchObject({ naam: 'Eetcafe de Brug BV', soort: 'rechtspersoon', bevestigd: false, bestaandeAanvrager: { id: aanvrager.id, naam: 'Eetcafé De Brug B.V.' } });

    // Asked for a new record, the service finds the aanvrager too: the kind is kept, so the duplicate search matches.
    const duplicate = await call(app, 'vragenformulier.confirmProposedBetrokkene', { dossierId: id, bron: '1.4' });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'POSSIBLE_DUPLICATE', details: { candidates: [{ id: aanvrager.id }] } } });

    const linked = await callOk(app, 'vragenformulier.confirmProposedBetrokkene', {
      dossierId: id,
      bron: '1.4',
      bestaandeId: aanvrager.id,
    });
    expect(linked.betrokkeneId).toBe(aanvrager.id);
    expect(linked.betrokkenen.map((entry) => entry.betrokkene.naam)).toEqual(['Eetcafé De Brug B.V.']);
    expect(proposalAt(linked.vragenformulier, '1.4').bevestigd).toBe(true);
    expect(timeline(id).at(-1)!.omschrijving).toBe('Eetcafé De Brug B.V., genoemd bij vraag 1.4 van het Bibob-vragenformulier, was al aanvrager in dit dossier.');
    expect(app.vault.database().prepare('SELECT count(*) AS n FROM betrokkene').get()).toEqual({ n: 1 });
  });

  it('matches by KvK-nummer whatever the name, and keeps a proposed rechtspersoon a rechtspersoon', async () => {
    const created = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Brug Exploitatie B.V.', aanvragerSoort: 'rechtspersoon', aanvragerKvkNummer: '87654321' });
    await callOk(app, 'vragenformulier.send', { dossierId: created.id, verzondenOp: '2027-01-18' });
    const view = await callOk(app, 'vragenformulier.recordAnswers', {
      dossierId: created.id,
      antwoorden: {
        algemeen: { '1.2': 'rechtspersoon', '1.4': 'Horecagroep Noord B.V.', '1.10': [{ id: 'p1', naam: 'De Brug', soort: 'rechtspersoon', kvkNummer: '87654321', percentage: 100 }] },
        perPersoon: {},
      },
    });
    expect(proposalAt(view, '1.10').bestaandeAanvrager).toMatchObject({ naam: 'Brug Exploitatie B.V.' });
    // Another company's statutory name is no match: recorded as a new betrokkene, and as a rechtspersoon.
    expect(proposalAt(view, '1.4')).toMatchObject({ soort: 'rechtspersoon', bestaandeAanvrager: null });
    const recorded = await callOk(app, 'vragenformulier.confirmProposedBetrokkene', { dossierId: created.id, bron: '1.4' });
    expect(recorded.betrokkenen.find((entry) => entry.betrokkene.id === recorded.betrokkeneId)).toMatchObject({ betrokkene: { naam: 'Horecagroep Noord B.V.', soort: 'rechtspersoon' }, rollen: [{ rol: 'aanvrager' }] });
  });

  it('a natural person named as aanvrager is a person, and a person of the same name is no match for a company', async () => {
    const id = await dossier('horeca', undefined, 'J. de Brug');
    await callOk(app, 'vragenformulier.send', { dossierId: id, verzondenOp: '2027-01-18' });
    const view = await callOk(app, 'vragenformulier.recordAnswers', {
      dossierId: id,
      antwoorden: { algemeen: { '1.2': 'natuurlijk-persoon', '1.3': 'J. de Brug' }, perPersoon: {} },
    });
    // The dossier's aanvrager was created as a company (the form's default kind): the name alone does not link them.
    expect(proposalAt(view, '1.3')).toMatchObject({ soort: 'persoon', bestaandeAanvrager: null });
  });
});

describe('vragenformulier: refusal to complete the form', () => {
  it('is recorded in a revocation investigation as a finding: ernstig gevaar (art. 4 lid 1 Wet Bibob)', async () => {
    const id = await dossier('horeca', 'alcoholwetvergunning-intrekking', 'Café Proef');
    expect((await callOk(app, 'vragenformulier.get', { dossierId: id })).weigeringMogelijk).toBe(true);
    expect(await call(app, 'vragenformulier.recordRefusal', { dossierId: id, op: '2027-01-18' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/nog niet verzonden/) } });
    await callOk(app, 'vragenformulier.send', { dossierId: id, verzondenOp: '2027-01-04' });
    const view = await callOk(app, 'vragenformulier.recordRefusal', { dossierId: id, op: '2027-01-18' });
    expect(view.weigering).toEqual({ op: '2027-01-18', bevinding: 'weigering vragenformulier', grondslag: 'art. 4 lid 1 Wet Bibob', gevolg: 'geldt als ernstig gevaar' });
    expect(timeline(id).at(-1)).toMatchObject({
      soort: 'bevinding.weigering-vragenformulier',
      omschrijving: expect.stringMatching(/weigering vragenformulier.*18 januari 2027.*ernstig gevaar \(art\. 4 lid 1 Wet Bibob\)/),
    });
    const audit = listAudit(app.vault.database(), { entityType: 'dossier', entityId: id });
    expect(audit.at(-1)).toMatchObject({ action: 'bevinding.vastgelegd', details: { bevinding: 'weigering vragenformulier', grondslag: 'art. 4 lid 1 Wet Bibob', op: [null, '2027-01-18'] } });
    expect(await call(app, 'vragenformulier.recordRefusal', { dossierId: id, op: '2027-01-18' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(JSON.stringify(timeline(id))).not.toMatch(/art\. 30/);
  });

  it('is refused when invoking a vastgoed contract clause: art. 4 lid 1 names the holder of a beschikking (issue 19 item 13)', async () => {
    const id = await sent('vastgoed', 'vastgoed-contractbeding');
    expect((await callOk(app, 'vragenformulier.get', { dossierId: id })).weigeringMogelijk).toBe(false);
    const result = await call(app, 'vragenformulier.recordRefusal', { dossierId: id, op: '2027-01-18' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('houder van een beschikking') } });
    expect((await callOk(app, 'vragenformulier.get', { dossierId: id })).weigering).toBeNull();
  });

  it('is refused for an application, pointing to herstel and buiten behandeling (Awb 4:5)', async () => {
    const id = await sent('horeca', 'alcoholwetvergunning');
    expect((await callOk(app, 'vragenformulier.get', { dossierId: id })).weigeringMogelijk).toBe(false);
    const result = await call(app, 'vragenformulier.recordRefusal', { dossierId: id, op: '2027-01-18' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/herstelverzoek.*buiten behandeling.*art\. 4:5 Awb/) } });
    if (!result.ok) expect(result.error.message).not.toMatch(/art\. 30/);
    expect((await callOk(app, 'vragenformulier.get', { dossierId: id })).weigering).toBeNull();
  });
});

describe('vragenformulier: completeness follows the answers and the files', () => {
  const kinds = new Map(allQuestions(BASE_QUESTION_SET).map(({ question }) => [question.nummer, question]));

  /** An answer of the question's kind: 'nee', the first option, a date, an amount, a text, one person. */
  function answerFor(nummer: string, n: number): unknown {
    const question = kinds.get(nummer)!;
    switch (question.soort) {
      case 'ja-nee':
        return 'nee';
      case 'keuze':
        return question.opties![0]!.waarde;
      case 'datum':
        return '2020-01-01';
      case 'bedrag':
        return 1000;
      case 'personen':
        return [{ id: `p${n}`, naam: `Persoon ${n}`, soort: 'natuurlijk-persoon' }];
      default:
        return 'Ingevuld antwoord';
    }
  }

  async function answerEverything(id: string): Promise<View> {
    const antwoorden: { algemeen: Record<string, unknown>; perPersoon: Record<string, Record<string, unknown>> } = { algemeen: {}, perPersoon: {} };
    let view = await callOk(app, 'vragenformulier.get', { dossierId: id });
    for (let round = 0, n = 0; round < 6; round += 1) {
      const open = view.volledigheid.items.filter((entry) => entry.soort === 'vraag' && entry.status === 'ontbreekt');
      if (open.length === 0) break;
      for (const entry of open) {
        const persoon = (entry as Item & { persoon?: { id: string } }).persoon;
        const nummer = entry.sleutel.split('@')[0]!;
        if (persoon) (antwoorden.perPersoon[persoon.id] ??= {})[nummer] = answerFor(nummer, (n += 1));
        else antwoorden.algemeen[nummer] = answerFor(nummer, (n += 1));
      }
      view = await callOk(app, 'vragenformulier.recordAnswers', { dossierId: id, antwoorden });
    }
    return view;
  }

  it('reaches volledig on a fully answered set with its files in one confirmation', async () => {
    const id = await sent('horeca');
    await callOk(app, 'vragenformulier.recordReceived', { dossierId: id, ontvangenOp: '2027-01-18' });
    let view = await answerEverything(id);
    const file = path.join(folder, 'stuk.txt');
    writeFileSync(file, 'Bijlage bij het vragenformulier\n');
    const stuk = await importAttachment(app.vault.database(), { sourcePath: file, fileName: 'stuk.txt', importer: 'testcoördinator', now: clock, maxBytes: 1024 * 1024, dossierId: id });
    for (const entry of view.volledigheid.items.filter((candidate) => candidate.soort === 'bijlage')) {
      view = await callOk(app, 'vragenformulier.linkAttachment', { dossierId: id, sleutel: entry.sleutel, bijlageId: stuk.id });
    }
    // Everything is derived as received: nothing missing, but not yet complete until the coordinator confirms.
    expect(view.volledigheid.ontbreekt).toEqual([]);
    expect(view.volledigheid.items.filter((entry) => entry.status !== 'ontvangen' && (entry as Item & { verplicht: boolean }).verplicht)).toEqual([]);
    expect(view.volledigheid.compleet).toBe(false);
    const teBevestigen = view.volledigheid.teBevestigen;
    expect(teBevestigen).toBeGreaterThan(10);

    const before = listAudit(app.vault.database(), { entityType: 'dossier', entityId: id }).length;
    view = await callOk(app, 'vragenformulier.confirmDerivedStatuses', { dossierId: id });
    expect(view.volledigheid.compleet).toBe(true);
    expect(view.volledigheid.teBevestigen).toBe(0);
    const audit = listAudit(app.vault.database(), { entityType: 'dossier', entityId: id });
    expect(audit.length - before).toBe(1);
    expect(audit.map((entry) => entry.action)).toContain('vragenformulier.statussen-bevestigd');
    // Nothing left to confirm.
    expect(await call(app, 'vragenformulier.confirmDerivedStatuses', { dossierId: id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('sets many statuses in one transaction with one audit record; a malformed batch changes nothing', async () => {
    const id = await sent('horeca');
    const db = app.vault.database();
    const statusesNow = () => db.prepare('SELECT sleutel, status, notitie FROM vragenformulier_item WHERE dossier_id = ? ORDER BY sleutel').all(id);
    const auditNow = () => listAudit(db, { entityType: 'dossier', entityId: id }).length;
    const [s0, a0] = [statusesNow(), auditNow()];
    for (const items of [
      [],
      [{ sleutel: '1.1', status: 'onvolledig' }],
      [{ sleutel: '1.1', status: 'ontvangen' }, { sleutel: '1.1', status: 'ontbreekt' }],
      [{ sleutel: '1.1', status: 'ontvangen' }, { sleutel: '99.9', status: 'ontvangen' }],
      [{ sleutel: '1.1', status: 'kwijt' }],
      'alles',
    ]) {
      expect(await call(app, 'vragenformulier.setItemStatuses', { dossierId: id, items })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(statusesNow()).toEqual(s0);
    expect(auditNow()).toBe(a0);

    const view = await callOk(app, 'vragenformulier.setItemStatuses', {
      dossierId: id,
      items: [
        { sleutel: '1.1', status: 'ontvangen' },
        { sleutel: '1.2', status: 'onvolledig', notitie: 'Rechtsvorm niet aangekruist' },
      ],
    });
    expect(view.volledigheid.items.find((entry) => entry.sleutel === '1.1')).toMatchObject({ status: 'ontvangen' });
    expect(view.volledigheid.ontbreekt.find((entry) => entry.sleutel === '1.2')).toMatchObject({ status: 'onvolledig' });
    const audit = listAudit(db, { entityType: 'dossier', entityId: id });
    expect(audit.length - a0).toBe(1);
    expect(audit.at(-1)).toMatchObject({ action: 'vragenformulier.statussen-vastgelegd' });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { callNames, contract, type CallName } from '../../src/contract';
import { createHash } from 'node:crypto';
import type { VaultDatabase } from '../../main/vault/database';
import { listAudit } from '../../main/vault/repositories/auditLog';
import { folderFingerprint, removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, call, testApp, trustedSender } from '../support/testVault';
import { callErr, callOk } from '../support/call';
import type { App } from '../../main/app';
import { malformedQuestionnairePayloads } from '../support/malformedQuestionnairePayloads';
import { malformedAttachmentPayloads } from '../support/malformedAttachmentPayloads';
import { malformedRequestPayloads } from '../support/malformedRequestPayloads';
import { malformedOnderzoekPayloads } from '../support/malformedOnderzoekPayloads';
import { malformedBeoordelingPayloads } from '../support/malformedBeoordelingPayloads';
import { malformedBesluitPayloads } from '../support/malformedBesluitPayloads';
import { malformedBesluitenPayloads } from '../support/malformedBesluitenPayloads';
import { malformedBriefPayloads } from '../support/malformedBriefPayloads';
import { malformedRapportPayloads } from '../support/malformedRapportPayloads';
import { malformedBackupPayloads } from '../support/malformedBackupPayloads';
import { malformedBewaarPayloads } from '../support/malformedBewaarPayloads';
import { malformedBriefhoofdPayloads } from '../support/malformedBriefhoofdPayloads';
import { malformedBeleidPayloads } from '../support/malformedBeleidPayloads';
import { malformedNetwerkPayloads } from '../support/malformedNetwerkPayloads';
import { malformedOverdrachtPayloads } from '../support/malformedOverdrachtPayloads';
import { CIRCULAR_MESSAGE, CONTROL_CHARACTER_MESSAGE, DECEPTIVE_CHARACTER_MESSAGE, NOT_PLAIN_MESSAGE } from '../../src/contract/payloadCheck';
import { leafPaths, payloadAt } from '../support/contractPaths';

afterEach(removeTempFolders);

const UUID = '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b';
const VALID_DETAILS = { besluitsoort: null, ontvangenOp: null, locatieAdres: '', bagId: null, coordinator: '', notities: '', uitkomst: null };

const circular: Record<string, unknown> = { a: 1 };
circular.zelf = circular;

/**
 * Payloads that are malformed for every call: not an object, an object with a key no call takes, values that are
 * not plain data (a BigInt, a circular structure, a Date, Map, Set, RegExp or Error, each also at a field), and a
 * key of a megabyte that an answer must not echo.
 */
const malformedForAll: unknown[] = [
  null,
  'tekst',
  42,
  true,
  [],
  { onbekendVeld: 1 },
  1n,
  { onbekendVeld: 1n },
  circular,
  new Date(),
  new Map(),
  new Set(),
  /x/,
  new Error('x'),
  Object.assign(new Error('x'), { passphrase: PASSPHRASE }),
  { ['k'.repeat(1_000_000)]: 1 },
];

/** A payload's label in an assertion message: JSON.stringify throws on a BigInt or a circular structure. */
function label(payload: unknown): string {
  try {
    return (JSON.stringify(payload) ?? String(payload)).slice(0, 60);
  } catch {
    return Object.prototype.toString.call(payload);
  }
}

/** The fields a call takes at the top of its payload. */
function fieldsOf(name: CallName): string[] {
  return Object.keys((contract[name].input as { shape?: object }).shape ?? {});
}

const SECRET_FIELDS = ['passphrase', 'currentPassphrase', 'newPassphrase', 'recoveryKey'];
const INVALID_INPUT = 'De invoer is niet volledig of niet geldig.';

/** For calls that take fields: wrong types, missing and out-of-range values. */
const malformedPerCall: Partial<Record<CallName, unknown[]>> = {
  'vault.create': [{}, { passphrase: 12345678901234 }, { passphrase: 'te kort' }, { passphrase: 'x'.repeat(2000) }],
  'vault.unlock': [{}, { passphrase: '' }, { passphrase: ['a'] }],
  'vault.unlockWithRecoveryKey': [{ recoveryKey: 'ABCD' }, { recoveryKey: 'ABCD', newPassphrase: 'kort' }, { newPassphrase: PASSPHRASE }],
  'vault.changePassphrase': [{ currentPassphrase: PASSPHRASE }, { currentPassphrase: PASSPHRASE, newPassphrase: 'kort' }],
  'settings.update': [
    { idleTimeoutMinutes: 0 },
    { idleTimeoutMinutes: 241 },
    { idleTimeoutMinutes: 2.5 },
    { idleTimeoutMinutes: '10' },
    {},
    { zaaknummerPrefix: '2026' },
    { zaaknummerPrefix: 'VEEL-TE-LANG-VOORVOEGSEL' },
    { termijnen: { decreedDays: ['2027-02-30'], apvWeeks: 8, apvExtensionWeeks: 8, apvAtw: false } },
    { termijnen: { decreedDays: [], apvWeeks: 0, apvExtensionWeeks: 8, apvAtw: false } },
    { termijnen: { decreedDays: [] } },
  ],
  'dossiers.create': [
    {},
    { zaaknummer: 'Z-1', toepassingsgebied: 'subsidie', aanvragerNaam: 'A' },
    { zaaknummer: '', toepassingsgebied: 'wabo', aanvragerNaam: 'A' },
    { zaaknummer: '../../etc', toepassingsgebied: 'wabo', aanvragerNaam: 'A' },
    { zaaknummer: 'Z-1', toepassingsgebied: 'wabo', aanvragerNaam: '   ' },
    { zaaknummer: 'Z-1', toepassingsgebied: 'wabo', aanvragerNaam: 'x'.repeat(401) },
    { zaaknummer: 'Z-1', toepassingsgebied: 'wabo', aanvragerNaam: 'A\u0000B' },
    { zaaknummer: 'Z-1', toepassingsgebied: 'wabo', aanvragerNaam: 'A', extra: true },
  ],
  'dossiers.get': [{}, { id: 'niet-een-uuid' }, { id: 7 }],
  'dossiers.list': [{ overdue: 'ja' }, { deadlineWithinDays: -1 }, { sort: 'willekeurig' }, { limit: 10_000 }, { toepassingsgebied: 'subsidie' }],
  'dossiers.update': [
    { id: UUID },
    { id: UUID, details: {} },
    { id: UUID, details: { ...VALID_DETAILS, ontvangenOp: '2027-02-30' } },
    { id: UUID, details: { ...VALID_DETAILS, bagId: '123' } },
    { id: UUID, details: { ...VALID_DETAILS, besluitsoort: 'bouwvergunning' } },
    { id: UUID, details: { ...VALID_DETAILS, uitkomst: 'misschien' } },
  ],
  'dossiers.changePhase': [{ id: UUID }, { id: UUID, to: 'nergens' }, { id: UUID, to: 'besluit', reason: 'x'.repeat(2001) }],
  'dossiers.addTermEvent': [
    { id: UUID },
    { id: UUID, gebeurtenis: { soort: 'verdaging', weken: 0, besluitOp: '2027-01-01' } },
    { id: UUID, gebeurtenis: { soort: 'overmacht', van: 'gisteren', tot: null } },
    { id: UUID, gebeurtenis: { soort: 'herstel', van: '2027-01-01', tot: null } },
  ],
  'betrokkenen.add': [
    { dossierId: UUID, rol: 'bestuurder' },
    { dossierId: UUID, wie: { nieuw: { soort: 'persoon', naam: 'A' } }, rol: 'baas' },
    { dossierId: UUID, wie: { nieuw: { soort: 'persoon', naam: 'A', bsn: '123456789' } }, rol: 'bestuurder' },
    { dossierId: UUID, wie: { nieuw: { soort: 'rechtspersoon', naam: 'A', kvkNummer: '1234567' } }, rol: 'aanvrager' },
    { dossierId: UUID, wie: { nieuw: { soort: 'persoon', naam: 'A', kvkNummer: '12345678' } }, rol: 'bestuurder' },
    { dossierId: UUID, wie: { bestaandeId: 'x' }, rol: 'bestuurder' },
    { dossierId: UUID, wie: { bestaandeId: UUID }, rol: 'aandeelhouder', aandeelPercentage: 140 },
  ],
  'betrokkenen.removeRole': [{ dossierId: UUID, betrokkeneId: UUID }, { dossierId: UUID, betrokkeneId: UUID, rol: 'x' }],
  'betrokkenen.relate': [{ vanId: UUID }, { vanId: UUID, naarId: UUID, soort: 'vriend-van' }, { vanId: UUID, naarId: UUID, soort: 'aandeelhouder-van', percentage: 0 }],
  'betrokkenen.merge': [{ behoudId: UUID, samenvoegenId: UUID }, { behoudId: UUID, samenvoegenId: UUID, bevestigd: false }],
  'betrokkenen.update': [{ betrokkeneId: UUID, gegevens: { soort: 'persoon', naam: 'A' } }, { betrokkeneId: 'x', gegevens: { soort: 'persoon', naam: 'A' }, reden: 'r' }, { betrokkeneId: UUID, gegevens: { soort: 'persoon', naam: 'A', bsn: '1' }, reden: 'r' }],
  'betrokkenen.removeRelation': [{ relatieId: UUID }, { relatieId: 'x', reden: 'r' }, { relatieId: UUID, reden: ' ' }],
  'search.query': [{}, { tekst: '' }, { tekst: '   ' }, { tekst: 'x'.repeat(201) }],
  'agenda.list': [{ binnenDagen: -3 }, { binnenDagen: 'week' }, { soort: 'verjaardag' }, { coordinator: 7 }],
  'audit.forDossier': [{}, { dossierId: 'x' }],
  'herstel.proposeTerm': [{ verzondenOp: '2027-01-18' }, { verzondenOp: '2027-01-18', weken: 0 }, { verzondenOp: 'morgen', weken: 2 }],
  'herstel.register': [
    { dossierId: UUID, verzondenOp: '2027-01-18', ontbrekend: [{ omschrijving: 'x', waarom: 'y' }] },
    { dossierId: UUID, verzondenOp: '2027-01-18', termijnTot: '2027-02-01', ontbrekend: [] },
    { dossierId: UUID, verzondenOp: '2027-01-18', termijnTot: '2027-02-01', ontbrekend: [{ omschrijving: ' ', waarom: 'y' }] },
  ],
  'herstel.recordCompletion': [{ herstelId: UUID, aangevuldOp: '2027-01-26' }, { herstelId: 'x', aangevuldOp: '2027-01-26', aanvulling: 'volledig' }, { herstelId: UUID, aangevuldOp: '2027-01-26', aanvulling: 'half' }],
  'herstel.withdraw': [{ herstelId: UUID }, { herstelId: 'x', reden: 'Dubbel ingevoerd.' }, { herstelId: UUID, reden: '' }, { herstelId: UUID, reden: 'a\u0000b' }],
  'dossiers.withdrawTermEvent': [{ gebeurtenisId: UUID }, { gebeurtenisId: 'x', reden: 'Vergissing.' }, { gebeurtenisId: UUID, reden: ' ' }],
  'dossiers.remove': [{ id: UUID, zaaknummer: 'BIBOB-2026-001' }, { id: UUID, reden: 'Dubbel aangemaakt.' }, { id: 'x', zaaknummer: 'BIBOB-2026-001', reden: 'Dubbel aangemaakt.' }, { id: UUID, zaaknummer: ' ', reden: 'Dubbel aangemaakt.' }, { id: UUID, zaaknummer: 'BIBOB-2026-001', reden: '' }],
  ...malformedQuestionnairePayloads,
  ...malformedAttachmentPayloads,
  ...malformedRequestPayloads,
  ...malformedOnderzoekPayloads,
  ...malformedBeoordelingPayloads,
  ...malformedBesluitPayloads,
  ...malformedBesluitenPayloads,
  ...malformedBriefPayloads,
  ...malformedBeleidPayloads,
  ...malformedBriefhoofdPayloads,
  ...malformedRapportPayloads,
  ...malformedBackupPayloads,
  ...malformedBewaarPayloads,
  ...malformedNetwerkPayloads,
  ...malformedOverdrachtPayloads,
  'audit.exportCsv': [{ dossierId: 'x' }, {}, { verstrekking: { categorie: 'z', ontvanger: 'x' } }, { verstrekking: { categorie: 'a', ontvanger: ' ' } }],
  'agenda.exportIcs': [{ soort: 'verjaardag' }, { coordinator: 'x'.repeat(201) }, { naam: 'Jansen' }],
  // Printing: only a recovery key in its fixed form (never HTML), a dossier id, a letter id.
  'afdrukken.herstelsleutel': [{}, { recoveryKey: '<b>ABCD</b>' }, { recoveryKey: 'ABCD-EFGH' }, { recoveryKey: `${'ABCD-'.repeat(12)}ABCD-` }, { recoveryKey: `${'ABCD-'.repeat(12)}ABCI` }],
  'afdrukken.dossier': [{}, { dossierId: 12 }, { dossierId: 'geen-id' }],
  'afdrukken.brief': [{}, { briefId: '<script>' }, { briefId: 5 }],
};

/** The tables of the vault, as sqlite_master lists them (virtual tables and their shadow tables included). */
function tableNames(db: VaultDatabase): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").all() as { name: string }[];
  return rows.map((row) => row.name);
}

/** The rows of one table in rowid order (a table without rowid: in the order of its serialised rows), hashed. */
function tableFingerprint(db: VaultDatabase, table: string): { rows: number; sha256: string } {
  const quoted = `"${table.replaceAll('"', '""')}"`;
  let rows: string[];
  try {
    rows = (db.prepare(`SELECT * FROM ${quoted} ORDER BY rowid`).all() as unknown[]).map((row) => JSON.stringify(row));
  } catch {
    rows = (db.prepare(`SELECT * FROM ${quoted}`).all() as unknown[]).map((row) => JSON.stringify(row)).sort();
  }
  const hash = createHash('sha256');
  for (const row of rows) hash.update(row).update('\n');
  return { rows: rows.length, sha256: hash.digest('hex') };
}

/** What a refused call must leave as it was: the files while locked, every table of the vault while unlocked. */
async function snapshot(app: App, folder: string) {
  const state = app.vault.state();
  if (state !== 'unlocked') return { state, files: folderFingerprint(folder) };
  const db = app.vault.database();
  return { state, tables: Object.fromEntries(tableNames(db).map((table) => [table, tableFingerprint(db, table)])) };
}

describe('IPC dispatcher', () => {
  it('fingerprints every table of the vault, so a change in any of them shows', async () => {
    const folder = tempFolder('ipc');
    const app = testApp(folder);
    await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
    await callOk(app, 'dossiers.create', { zaaknummer: 'BIBOB-2026-001', toepassingsgebied: 'horeca', aanvragerNaam: 'Eetcafé De Brug B.V.' });
    const db = app.vault.database();
    const before = await snapshot(app, folder);
    expect(Object.keys(before.tables ?? {})).toEqual(tableNames(db));
    expect(Object.keys(before.tables ?? {})).toEqual(expect.arrayContaining(['dossier', 'audit_log', 'sjabloon', 'zoekindex', 'verstrekking']));
    // A changed text in a row (the count stays the same), then a row in a table the dossier does not touch.
    db.prepare("UPDATE dossier_gebeurtenis SET omschrijving = omschrijving || '.'").run();
    const edited = await snapshot(app, folder);
    expect(edited.tables?.dossier_gebeurtenis?.rows).toBe(before.tables?.dossier_gebeurtenis?.rows);
    expect(edited.tables?.dossier_gebeurtenis).not.toEqual(before.tables?.dossier_gebeurtenis);
    await callOk(app, 'settings.update', { idleTimeoutMinutes: 12 });
    expect((await snapshot(app, folder)).tables?.setting).not.toEqual(edited.tables?.setting);
    app.shutdown();
  });

  it('has field-level malformed payloads for every call that takes fields', () => {
    const takesFields = callNames.filter((name) => (contract[name].input as { shape?: object }).shape && Object.keys((contract[name].input as { shape: object }).shape).length > 0);
    expect(takesFields.length).toBeGreaterThan(3);
    expect(takesFields.filter((name) => !malformedPerCall[name])).toEqual([]);
  });

  for (const name of callNames) {
    it(`${name}: rejects malformed payloads with VALIDATION and leaves the vault unchanged`, async () => {
      for (const vaultState of ['absent', 'unlocked'] as const) {
        const folder = tempFolder('ipc');
        const app = testApp(folder);
        if (vaultState === 'unlocked') {
          await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
          await callOk(app, 'dossiers.create', { zaaknummer: 'BIBOB-2026-001', toepassingsgebied: 'horeca', aanvragerNaam: 'Eetcafé De Brug B.V.' });
        }
        const before = await snapshot(app, folder);
        const perField = fieldsOf(name).flatMap((field) => [{ [field]: 10n }, { [field]: new Date() }, { [field]: circular }, { [field]: new Map() }]);
        for (const payload of [...malformedForAll, ...perField, ...(malformedPerCall[name] ?? [])]) {
          const result = await call(app, name, payload);
          expect(result, `${name} with ${label(payload)}`).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
          if (!result.ok) expect(result.error.message).toMatch(/invoer/);
          expect(JSON.stringify(result).length, `${name} with ${label(payload)}: the answer is bounded`).toBeLessThan(30_000);
        }
        // Control characters in every field, whatever the field's type: refused at the field, with a Dutch message.
        for (const field of fieldsOf(name).filter((field) => !SECRET_FIELDS.includes(field))) {
          for (const text of ['a\u0000b', 'a\u0001b', '\u001b[2J', 'a\u0085b', 'a\ud800b']) {
            const result = await call(app, name, { [field]: text });
            expect(result, `${name} with ${field}: ${JSON.stringify(text)}`).toMatchObject({
              ok: false,
              error: { code: 'VALIDATION', details: { issues: [{ path: field, message: CONTROL_CHARACTER_MESSAGE }] } },
            });
          }
        }
        expect(await snapshot(app, folder)).toEqual(before);
        app.shutdown();
      }
    });
  }

  it('refuses a control character, a BigInt, a circular or a non-plain object at every place of every call, at that place', async () => {
    const app = testApp(tempFolder('ipc'));
    await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
    let places = 0;
    for (const name of callNames) {
      for (const path of leafPaths(contract[name].input)) {
        const at = path.join('.');
        const field = String(path.at(-1));
        const cases: [unknown, string][] = [
          [10n, NOT_PLAIN_MESSAGE],
          [new Date(), NOT_PLAIN_MESSAGE],
          [new Set(['a']), NOT_PLAIN_MESSAGE],
          [circular, CIRCULAR_MESSAGE],
        ];
        if (!SECRET_FIELDS.includes(field)) cases.push(['a\u0000b', CONTROL_CHARACTER_MESSAGE], ['\u001b[31m', CONTROL_CHARACTER_MESSAGE]);
        for (const [value, message] of cases) {
          const result = await call(app, name, payloadAt(path, value));
          expect(result, `${name} ${at}: ${label(value)}`).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: INVALID_INPUT } });
          if (!result.ok) expect((result.error.details as { issues: { path: string; message: string }[] }).issues, `${name} ${at}`).toContainEqual({ path: value === circular ? `${at}.zelf` : at, message });
        }
        places += 1;
      }
    }
    expect(places).toBeGreaterThan(200);
    app.shutdown();
  });

  it('refuses bidi overrides and zero-width characters in names and identifiers, and keeps them out of the vault', async () => {
    const app = testApp(tempFolder('ipc'));
    await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
    for (const naam of ['Jan\u202e Jansen', 'Jan\u200bJansen', '\ufeffEetcafé De Brug', 'Eetcafé \u2066De Brug\u2069']) {
      expect(await call(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: naam })).toEqual({
        ok: false,
        error: { code: 'VALIDATION', message: INVALID_INPUT, details: { issues: [{ path: 'aanvragerNaam', message: DECEPTIVE_CHARACTER_MESSAGE }] } },
      });
    }
    expect(await call(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Eetcafé De Brug', aanvragerKvkNummer: '1234\u200b5678' })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: 'aanvragerKvkNummer', message: DECEPTIVE_CHARACTER_MESSAGE }] } },
    });
    expect(await callOk(app, 'dossiers.list')).toMatchObject({ total: 0 });
    // In free text they may stand, e.g. in a quotation in Arabic or Hebrew script.
    const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Eetcafé De Brug', notities: 'Citaat: \u2067مطعم\u2069.' });
    expect((await callOk(app, 'dossiers.get', { id: dossier.id })).dossier.notities).toBe('Citaat: \u2067مطعم\u2069.');
    app.shutdown();
  });

  it('stores text pasted with vertical tabs and form feeds with line feeds instead', async () => {
    const app = testApp(tempFolder('ipc'));
    await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
    const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Eetcafé De Brug', notities: 'Regel 1\u000bRegel 2\u000cPagina 2' });
    expect((await callOk(app, 'dossiers.get', { id: dossier.id })).dossier.notities).toBe('Regel 1\nRegel 2\nPagina 2');
    app.shutdown();
  });

  it('a Date sent to vault.confirmRecoveryKey does not confirm the recovery key', async () => {
    const app = testApp(tempFolder('ipc'));
    await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
    expect(await call(app, 'vault.confirmRecoveryKey', new Date())).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await callOk(app, 'vault.status')).toMatchObject({ recoveryKeyConfirmed: false });
    app.shutdown();
  });

  it('names the offending field in Dutch so the form can show it', async () => {
    const app = testApp(tempFolder('ipc'));
    await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
    const result = await call(app, 'dossiers.create', { zaaknummer: '', toepassingsgebied: 'wabo', aanvragerNaam: 'Bakkerij Ĳsselstein' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'zaaknummer', message: 'Vul een zaaknummer in.' }] } } });
    app.shutdown();
  });

  it('refuses calls from a foreign sender or a sub-frame without running them', async () => {
    const folder = tempFolder('ipc');
    const app = testApp(folder);
    const before = folderFingerprint(folder);
    for (const sender of [
      { url: 'https://evil.example/', isMainFrame: true },
      { url: 'file:///tmp/page.html', isMainFrame: true },
      { url: trustedSender.url, isMainFrame: false },
      { url: undefined, isMainFrame: true },
    ]) {
      const result = await app.dispatch('vault.create', { passphrase: PASSPHRASE }, sender);
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
    expect(app.vault.state()).toBe('absent');
    expect(folderFingerprint(folder)).toEqual(before);
  });

  it('refuses an unknown call name', async () => {
    const app = testApp(tempFolder('ipc'));
    for (const name of ['vault.delete', '__proto__', 'constructor', 42, null]) {
      expect(await app.dispatch(name, {}, trustedSender)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    }
  });

  it('refuses calls that need the vault while it is locked', async () => {
    const app = testApp(tempFolder('ipc'));
    await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
    await callOk(app, 'vault.lock');
    for (const name of ['dossiers.list', 'settings.get', 'session.touch', 'vault.confirmRecoveryKey'] as const) {
      expect(await call(app, name)).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    }
  });

  it('creates a dossier through the contract, shows it in the overview and audits it in the same transaction', async () => {
    const app = testApp(tempFolder('ipc'));
    await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
    expect(await callOk(app, 'dossiers.list')).toEqual({ dossiers: [], total: 0 });
    const created = await callOk(app, 'dossiers.create', {
      zaaknummer: '  BIBOB-2026-007 ',
      toepassingsgebied: 'wabo',
      aanvragerNaam: 'Bouwbedrijf Çelik & Zn. B.V.',
    });
    expect(created.zaaknummer).toBe('BIBOB-2026-007');
    const { dossiers } = await callOk(app, 'dossiers.list', {});
    expect(dossiers).toEqual([expect.objectContaining({ id: created.id, aanvragerNaam: 'Bouwbedrijf Çelik & Zn. B.V.' })]);

    const audit = listAudit(app.vault.database());
    const creation = audit.find((entry) => entry.action === 'dossier.aangemaakt');
    expect(creation).toMatchObject({ entityId: created.id, actor: 'testcoördinator', details: { zaaknummer: [null, 'BIBOB-2026-007'] } });

    const duplicate = await callErr(app, 'dossiers.create', { zaaknummer: 'bibob-2026-007', toepassingsgebied: 'horeca', aanvragerNaam: 'Ander' });
    expect(duplicate).toMatchObject({ code: 'CONFLICT' });
    expect((await callOk(app, 'dossiers.list', {})).dossiers).toHaveLength(1);
    app.shutdown();
  });

  it('returns a structured error for a dossier that does not exist', async () => {
    const app = testApp(tempFolder('ipc'));
    await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
    expect(await call(app, 'dossiers.get', { id: '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

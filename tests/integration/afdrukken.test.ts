import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { createApp, type App } from '../../main/app';
import { listAudit } from '../../main/vault/repositories/auditLog';
import { EMPTY_BEOORDELING } from '../../src/domain/beoordeling';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, TEST_ITERATIONS, call, trustedSender } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

/** Printing on paper (issue 23 §5): what main sends to the print window, and what it records. */

let printed: string[];
let answer: boolean;
let dataFolder: string;

function appWith(printer: boolean): App {
  dataFolder = tempFolder('afdrukken');
  return createApp({
    dataFolder,
    actor: 'C. Grasmuis',
    pbkdf2Iterations: TEST_ITERATIONS,
    now: () => new Date('2027-02-01T09:00:00Z'),
    isTrustedSender: (sender) => sender.url === trustedSender.url && sender.isMainFrame,
    ...(printer ? { pagePrinter: { printHtml: async (html: string) => (printed.push(html), answer) } } : {}),
  });
}

let app: App;
let recoveryKey: string;

beforeEach(async () => {
  printed = [];
  answer = true;
  app = appWith(true);
  ({ recoveryKey } = await callOk(app, 'vault.create', { passphrase: PASSPHRASE }));
});

const actions = () => listAudit(app.vault.database()).map((entry) => entry.action);

describe('printing the recovery key', () => {
  it('prints a page with the key and how to keep it, and nothing of the vault; the audit record holds no key', async () => {
    await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Café Geheim B.V.' });
    expect(await callOk(app, 'afdrukken.herstelsleutel', { recoveryKey })).toEqual({ afgedrukt: true });
    expect(printed).toHaveLength(1);
    const page = printed[0]!;
    expect(page).toContain(recoveryKey);
    expect(page).toContain('Bewaar dit papier op een veilige plaats');
    expect(page).not.toContain('Café Geheim');
    expect(page).not.toMatch(/<script|<img|src=/i);
    const record = listAudit(app.vault.database()).find((entry) => entry.action === 'herstelsleutel.afgedrukt')!;
    expect(record.details).toEqual({});
    expect(JSON.stringify(listAudit(app.vault.database()))).not.toContain(recoveryKey);
    // Nothing was written beside the vault: no PDF, no HTML file.
    expect(readdirSync(dataFolder, { recursive: true }).filter((name) => /\.(pdf|html?)$/i.test(String(name)))).toEqual([]);
  });

  it('is refused once the coordinator confirmed the key was stored, and a cancelled dialog records nothing', async () => {
    answer = false;
    expect(await callOk(app, 'afdrukken.herstelsleutel', { recoveryKey })).toEqual({ afgedrukt: false });
    expect(actions()).not.toContain('herstelsleutel.afgedrukt');
    await callOk(app, 'vault.confirmRecoveryKey', {});
    expect(await call(app, 'afdrukken.herstelsleutel', { recoveryKey })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('direct nadat de kluis is aangemaakt') } });
    expect(printed).toHaveLength(1);
  });

  it('takes only a key in its fixed form: HTML is refused before anything is printed', async () => {
    expect(await call(app, 'afdrukken.herstelsleutel', { recoveryKey: `<h1>${recoveryKey}</h1>` })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(printed).toEqual([]);
  });
});

describe('printing a dossier summary and a letter', () => {
  it('prints the dossier data and betrokkenen escaped, without the notes, and audits it', async () => {
    const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Bar <b>Vet</b> & Co B.V.', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04' });
    await callOk(app, 'dossiers.update', { id: dossier.id, details: { besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04', locatieAdres: 'Markt 1', bagId: null, coordinator: 'C. Grasmuis', notities: 'Geheime notitie over de tip', uitkomst: null } });
    await callOk(app, 'betrokkenen.add', { dossierId: dossier.id, wie: { nieuw: { soort: 'persoon', naam: 'J. Jansen' } }, rol: 'bestuurder' });
    expect(await callOk(app, 'afdrukken.dossier', { dossierId: dossier.id })).toEqual({ afgedrukt: true });
    const page = printed[0]!;
    expect(page).toContain(`Dossier ${dossier.zaaknummer}`);
    expect(page).toContain('Bar &lt;b&gt;Vet&lt;/b&gt; &amp; Co B.V.');
    expect(page).not.toContain('<b>Vet</b>');
    expect(page).toContain('4 januari 2027');
    expect(page).toContain('J. Jansen');
    expect(page).toContain('Bestuurder');
    expect(page).not.toContain('Geheime notitie');
    expect(actions()).toContain('dossier.afgedrukt');
  });

  it('prints a stored letter from its own content, audited as printed', async () => {
    const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Brief B.V.' });
    await callOk(app, 'beoordeling.save', { dossierId: dossier.id, beoordeling: EMPTY_BEOORDELING, voorgesteldeMaatregel: 'verlenen' });
    const view = await callOk(app, 'brieven.maak', { dossierId: dossier.id, soort: 'intern-advies', bronId: null, invoer: {}, doorbrekingen: [] });
    const brief = view.brieven[0]!;
    expect(await callOk(app, 'afdrukken.brief', { briefId: brief.id })).toEqual({ afgedrukt: true });
    expect(printed[0]).toContain('Brief B.V.');
    expect(printed[0]).toContain('<!doctype html>');
    expect(actions()).toContain('brief.afgedrukt');
  });
});

describe('without a printer (the preview)', () => {
  it('refuses with a Dutch message that printing works in the desktop app', async () => {
    const preview = appWith(false);
    const { recoveryKey: key } = await callOk(preview, 'vault.create', { passphrase: PASSPHRASE });
    expect(await call(preview, 'afdrukken.herstelsleutel', { recoveryKey: key })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Afdrukken kan alleen in de desktop-app van Bibob Werkbank. In deze voorbeeldversie is er geen printer.' } });
    preview.shutdown();
  });
});

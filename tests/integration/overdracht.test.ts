import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { App } from '../../main/app';
import type { ExportTarget, ImportSource } from '../../main/services/context';
import { dossierTables, tablesNotCarried, tablesWithDossierId } from '../../main/vault/repositories/overdrachtRows';
import { fileContains } from '../support/plaintextScan';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, call, testApp } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

/** A vault whose save dialog writes into `out` and whose open dialog chooses whatever `pick.path` names. */
async function vaultApp(label: string): Promise<{ app: App; folder: string; out: string; pick: { path: string | null } }> {
  const folder = tempFolder(`overdracht-${label}`);
  const out = tempFolder(`overdracht-${label}-uit`);
  const pick: { path: string | null } = { path: null };
  const exportTarget: ExportTarget = {
    async saveText() {
      return null;
    },
    async chooseSavePath(name) {
      return path.join(out, name);
    },
  };
  const importSource: ImportSource = {
    async chooseFiles() {
      return [];
    },
    async choosePackage() {
      return pick.path ? { path: pick.path, name: path.basename(pick.path) } : null;
    },
  };
  const app = testApp(folder, { exportTarget, importSource });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
  return { app, folder, out, pick };
}

interface DossierView {
  id: string;
  zaaknummer: string;
}

const GEHEIM = 'Bevinding: Pieter Overdracht-Geheim financiert via Curaçao';

async function senderWithTwoDossiers() {
  const sender = await vaultApp('afzender');
  const { app } = sender;
  await callOk(app, 'briefhoofd.update', {
    briefhoofd: { gemeente: 'Gemeente Voorbeeldstad', adres: 'Markt 1\n1234 AB Voorbeeldstad', ondertekenaar: 'J. Jansen', functie: 'de burgemeester van Voorbeeldstad', contact: 'bibob@voorbeeldstad.nl' },
  });
  const first = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Café De Overdracht B.V.' });
  const second = await callOk(app, 'dossiers.create', { toepassingsgebied: 'wabo', aanvragerNaam: 'Bouwbedrijf Tweede B.V.' });
  const added = await callOk(app, 'betrokkenen.add', {
    dossierId: first.id,
    wie: { nieuw: { soort: 'persoon', naam: 'Pieter Overdracht-Geheim', geboortedatum: '1970-01-01' } },
    rol: 'vermogensverschaffer',
  });
  const pieter = added.betrokkenen.find((link) => link.betrokkene.naam === 'Pieter Overdracht-Geheim')!.betrokkene;
  const source = path.join(tempFolder('overdracht-bron'), 'verklaring.txt');
  writeFileSync(source, `${GEHEIM}\n`.repeat(200));
  const imported = await callOk(app, 'bijlagen.importPaths', { dossierId: first.id, paden: [source] });
  return { ...sender, first, second, pieter, bijlageId: imported.geimporteerd[0]!.id };
}

async function exportBoth(app: App, ids: string[]) {
  return callOk(app, 'overdracht.export', {
    dossierIds: ids,
    ontvangerSoort: 'riec',
    ontvanger: 'RIEC Haaglanden',
    afzenderNaam: 'Anna Coördinator',
  });
}

function auditIntact(app: App) {
  return callOk(app, 'audit.verify').then((result) => result.intact);
}

describe('the overdracht (issue 24 §3)', () => {
  it('carries every table with a dossier_id, or says why not', async () => {
    const { app } = await vaultApp('tabellen');
    const carried = new Set([...dossierTables.map((spec) => spec.table), ...tablesNotCarried]);
    expect(tablesWithDossierId(app.vault.database()).filter((table) => !carried.has(table))).toEqual([]);
    app.shutdown();
  });

  it('exports two dossiers, registers the disclosure, and imports them into a second vault with an overlapping betrokkene', async () => {
    const sender = await senderWithTwoDossiers();
    const made = await exportBoth(sender.app, [sender.first.id, sender.second.id]);
    expect(made.exported).toBe(true);
    expect(made.wachtwoordzin!).toMatch(/^[2-9A-HJKMNP-Z]{5}(-[2-9A-HJKMNP-Z]{5}){5}$/);
    expect(made.bestandsnaam!).toMatch(/\.bibob-overdracht$/);
    const packageFile = path.join(sender.out, made.bestandsnaam!);

    // The disclosure register names both dossiers under art. 28 lid 2 onder d; one audit record per dossier.
    const register = await callOk(sender.app, 'verstrekkingen.list');
    expect(register.verstrekkingen.filter((v) => v.ontvanger === 'RIEC Haaglanden').map((v) => [v.zaaknummer, v.grondslag]).sort()).toEqual(
      [
        [sender.first.zaaknummer, 'art. 28 lid 2 onder d Wet Bibob'],
        [sender.second.zaaknummer, 'art. 28 lid 2 onder d Wet Bibob'],
      ].sort(),
    );
    for (const dossier of [sender.first, sender.second]) {
      const { entries } = await callOk(sender.app, 'audit.forDossier', { dossierId: dossier.id });
      expect(entries.filter((entry) => entry.action === 'overdracht.verzonden')).toHaveLength(1);
    }

    // No dossier text in the package file: names, the finding, the attachment's content.
    for (const needle of ['Pieter Overdracht-Geheim', 'Café De Overdracht', 'Curaçao', sender.first.zaaknummer]) {
      expect(fileContains(packageFile, Buffer.from(needle, 'utf8'))).toBe(false);
    }

    // The receiving vault already knows a Pieter Overdracht-Geheim, and has the sender's first zaaknummer in use.
    const receiver = await vaultApp('ontvanger');
    const own = await callOk(receiver.app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Eigen Zaak B.V.', zaaknummer: sender.first.zaaknummer });
    const ownLinks = await callOk(receiver.app, 'betrokkenen.add', {
      dossierId: own.id,
      wie: { nieuw: { soort: 'persoon', naam: 'Pieter Overdracht-Geheim', geboortedatum: '1970-01-01' } },
      rol: 'vermogensverschaffer',
    });
    const existing = ownLinks.betrokkenen.find((link) => link.betrokkene.naam === 'Pieter Overdracht-Geheim')!.betrokkene;

    receiver.pick.path = packageFile;
    expect(await callOk(receiver.app, 'overdracht.chooseFile')).toEqual({ gekozen: true, bestandsnaam: made.bestandsnaam! });

    // A wrong passphrase (of the right form) is told apart from a damaged package.
    const wrong = await call(receiver.app, 'overdracht.preview', { wachtwoordzin: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE', message: expect.stringContaining('Onjuiste overdrachtswachtwoordzin') } });
    const malformed = await call(receiver.app, 'overdracht.preview', { wachtwoordzin: 'te kort' });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    // The preview shows sender, date, contents, and offers the existing betrokkene.
    const preview = await callOk(receiver.app, 'overdracht.preview', { wachtwoordzin: made.wachtwoordzin!.toLowerCase().replace(/-/g, ' ') });
    expect(preview.soort).toBe('overdracht');
    expect(preview.afzender).toEqual({ naam: 'Anna Coördinator', organisatie: 'Gemeente Voorbeeldstad' });
    expect(preview.bijlagen).toBe(1);
    const firstInPreview = preview.dossiers.find((d) => d.id === sender.first.id)!;
    expect(firstInPreview.zaaknummer).toBe(sender.first.zaaknummer);
    expect(firstInPreview.zaaknummerHier).not.toBe(sender.first.zaaknummer);
    expect(firstInPreview.probleem).toBeNull();
    const pieterInPackage = preview.betrokkenen.find((b) => b.id === sender.pieter.id)!;
    expect(pieterInPackage.kandidaten.map((k) => k.id)).toEqual([existing.id]);

    // Never linked silently: without a choice for Pieter the import is refused at that field.
    const unchosen = await call(receiver.app, 'overdracht.import', { wachtwoordzin: made.wachtwoordzin!, koppelingen: [] });
    expect(unchosen).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: `koppelingen.${sender.pieter.id}` }] } } });

    const result = await callOk(receiver.app, 'overdracht.import', {
      wachtwoordzin: made.wachtwoordzin!,
      koppelingen: [{ betrokkeneId: sender.pieter.id, bestaandeId: existing.id }],
    });
    expect(result.dossiers.map((d) => d.id).sort()).toEqual([sender.first.id, sender.second.id].sort());
    const received = await callOk(
      receiver.app,
      'dossiers.get',
      { id: sender.first.id },
    );
    expect(received.dossier.aanvragerNaam).toBe('Café De Overdracht B.V.');
    expect(received.dossier.zaaknummer).toBe(firstInPreview.zaaknummerHier);
    expect(received.betrokkenen.map((link) => link.betrokkene.id)).toContain(existing.id);
    expect(received.betrokkenen.map((link) => link.betrokkene.id)).not.toContain(sender.pieter.id);
    expect(received.tijdlijn.map((event) => event.omschrijving).join('\n')).toMatch(/Dossier ontvangen van Anna Coördinator \(Gemeente Voorbeeldstad\) op \d+ \w+ \d{4}; zaaknummer bij de afzender/);

    // The attachment came along, as a new file of this vault, with the same content.
    const { bijlagen } = await callOk(receiver.app, 'bijlagen.list', { dossierId: sender.first.id });
    expect(bijlagen).toHaveLength(1);
    const read = await callOk(receiver.app, 'bijlagen.read', { bijlageId: bijlagen[0]!.id, offset: 0, length: 60 });
    expect(Buffer.from(read.data, 'base64').toString('utf8')).toContain('Pieter Overdracht-Geheim');

    // This vault's own trail starts with the import; the sender's records are kept apart, read-only.
    const { entries } = await callOk(receiver.app, 'audit.forDossier', { dossierId: sender.first.id });
    expect(entries[0]!.action).toBe('overdracht.ontvangen');
    const status = await callOk(receiver.app, 'overdracht.status', { dossierId: sender.first.id });
    expect(status.ontvangst!.tekst).toMatch(/^ontvangen van Anna Coördinator \(Gemeente Voorbeeldstad\) op /);
    expect(status.ontvangst!.zaaknummerAfzender).toBe(sender.first.zaaknummer);
    const history = await callOk(receiver.app, 'overdracht.history', { dossierId: sender.first.id });
    expect(history.regels.map((r) => r.action)).toEqual(expect.arrayContaining(['dossier.aangemaakt', 'betrokkene.gekoppeld', 'bijlage.geimporteerd']));

    // Both vaults' audit chains verify; the same package is not read in twice.
    expect(await auditIntact(sender.app)).toBe(true);
    expect(await auditIntact(receiver.app)).toBe(true);
    const again = await call(receiver.app, 'overdracht.preview', { wachtwoordzin: made.wachtwoordzin! });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    sender.app.shutdown();
    receiver.app.shutdown();
  });

  it('refuses a tampered package and leaves nothing behind', async () => {
    const sender = await senderWithTwoDossiers();
    const made = await exportBoth(sender.app, [sender.first.id]);
    const original = path.join(sender.out, made.bestandsnaam!);
    const receiver = await vaultApp('gewijzigd');
    const attachmentsBefore = readdirSync(path.join(receiver.folder, 'bijlagen')).length;
    const tampered = path.join(tempFolder('overdracht-gewijzigd'), 'gewijzigd.bibob-overdracht');
    // A byte changed in the attachment's record, near the end: the preview reads only the first records.
    const bytes = readFileSync(original);
    bytes[bytes.length - 40] = bytes[bytes.length - 40]! ^ 0x01;
    writeFileSync(tampered, bytes);
    receiver.pick.path = tampered;
    await callOk(receiver.app, 'overdracht.chooseFile');
    const refused = await call(receiver.app, 'overdracht.import', { wachtwoordzin: made.wachtwoordzin!, koppelingen: [] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FILE_REJECTED', message: expect.stringContaining('gewijzigd, beschadigd of onvolledig') } });
    expect(await call(receiver.app, 'dossiers.get', { id: sender.first.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(readdirSync(path.join(receiver.folder, 'bijlagen')).length).toBe(attachmentsBefore);

    // Cut short after a whole record, and a changed header: refused as well.
    const cut = path.join(path.dirname(tampered), 'kort.bibob-overdracht');
    const whole = readFileSync(original);
    writeFileSync(cut, whole.subarray(0, whole.length - 10));
    receiver.pick.path = cut;
    await callOk(receiver.app, 'overdracht.chooseFile');
    expect(await call(receiver.app, 'overdracht.import', { wachtwoordzin: made.wachtwoordzin!, koppelingen: [] })).toMatchObject({ ok: false, error: { code: 'FILE_REJECTED' } });
    const header = Buffer.from(whole);
    const at = header.indexOf(Buffer.from('"formaat":1'));
    header[at + 10] = '2'.charCodeAt(0);
    writeFileSync(cut, header);
    expect(await call(receiver.app, 'overdracht.preview', { wachtwoordzin: made.wachtwoordzin! })).toMatchObject({ ok: false, error: { code: 'FILE_REJECTED' } });
    expect(await auditIntact(receiver.app)).toBe(true);
    sender.app.shutdown();
    receiver.app.shutdown();
  });

  it('brings the reviewer’s notes back to the same dossier, by its uuid, without overwriting anything', async () => {
    const sender = await senderWithTwoDossiers();
    const made = await exportBoth(sender.app, [sender.first.id]);
    const reviewer = await vaultApp('riec');
    reviewer.pick.path = path.join(sender.out, made.bestandsnaam!);
    await callOk(reviewer.app, 'overdracht.chooseFile');
    const preview = await callOk(reviewer.app, 'overdracht.preview', { wachtwoordzin: made.wachtwoordzin! });
    expect(preview.betrokkenen.every((b) => b.kandidaten.length === 0)).toBe(true);
    await callOk(reviewer.app, 'overdracht.import', { wachtwoordzin: made.wachtwoordzin!, koppelingen: [] });

    // A reactiepakket without notes is not made; with one it is, registered back under sub d.
    expect(await call(reviewer.app, 'overdracht.exportReactie', { dossierId: sender.first.id, afzenderNaam: 'Rik Reviewer' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await callOk(reviewer.app, 'overdracht.addNote', { dossierId: sender.first.id, tekst: 'De financiering via Curaçao is onvoldoende onderbouwd.', organisatie: 'RIEC Haaglanden' });
    const reply = await callOk(reviewer.app, 'overdracht.exportReactie', { dossierId: sender.first.id, afzenderNaam: 'Rik Reviewer' });
    const replyFile = path.join(reviewer.out, reply.bestandsnaam!);
    expect(fileContains(replyFile, Buffer.from('Curaçao', 'utf8'))).toBe(false);

    // The sender changed the dossier meanwhile; reading the reply adds the note and changes nothing else.
    await callOk(sender.app, 'overdracht.addNote', { dossierId: sender.first.id, tekst: 'Eigen aantekening van de afzender.' });
    const before = await callOk(sender.app, 'dossiers.get', { id: sender.first.id });
    sender.pick.path = replyFile;
    await callOk(sender.app, 'overdracht.chooseFile');
    const replyPreview = await callOk(
      sender.app,
      'overdracht.preview',
      { wachtwoordzin: reply.wachtwoordzin! },
    );
    expect(replyPreview).toMatchObject({ soort: 'reactie', afzender: { naam: 'Rik Reviewer' }, notities: 1, dossiers: [{ id: sender.first.id, zaaknummerHier: sender.first.zaaknummer, probleem: null }] });
    const read = await callOk(sender.app, 'overdracht.import', { wachtwoordzin: reply.wachtwoordzin!, koppelingen: [] });
    expect(read.notitiesToegevoegd).toBe(1);
    const status = await callOk(sender.app, 'overdracht.status', { dossierId: sender.first.id });
    // In the order they were written: the reviewer's first.
    expect(status.notities.map((n) => [n.tekst, n.organisatie, n.ontvangenOp !== null])).toEqual([
      ['De financiering via Curaçao is onvoldoende onderbouwd.', 'RIEC Haaglanden', true],
      ['Eigen aantekening van de afzender.', 'Gemeente Voorbeeldstad', false],
    ]);
    const after = await callOk(sender.app, 'dossiers.get', { id: sender.first.id });
    expect(after.betrokkenen).toEqual(before.betrokkenen);
    expect(await call(sender.app, 'overdracht.import', { wachtwoordzin: reply.wachtwoordzin!, koppelingen: [] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await auditIntact(sender.app)).toBe(true);
    expect(await auditIntact(reviewer.app)).toBe(true);
    sender.app.shutdown();
    reviewer.app.shutdown();
  });

  it('hands over all open dossiers in one package, internally: logged, not in the verstrekkingsregister', async () => {
    const sender = await senderWithTwoDossiers();
    const made = await callOk(sender.app, 'overdracht.export', { alleOpen: true, ontvangerSoort: 'collega', ontvanger: 'B. Opvolger', afzenderNaam: 'Anna Coördinator' });
    expect(made.exported).toBe(true);
    expect(made.zaaknummers.sort()).toEqual([sender.first.zaaknummer, sender.second.zaaknummer].sort());
    const register = await callOk(sender.app, 'verstrekkingen.list');
    expect(register.verstrekkingen.filter((v) => v.ontvanger === 'B. Opvolger')).toEqual([]);
    const overview = await callOk(sender.app, 'overdracht.overview');
    expect(overview.log[0]).toMatchObject({ richting: 'verzonden', ontvanger: 'B. Opvolger', grondslag: expect.stringContaining('interne overdracht') });

    // Sub m only with its four conditions confirmed.
    const subM = await call(sender.app, 'overdracht.export', { dossierIds: [sender.first.id], ontvangerSoort: 'bestuursorgaan', ontvanger: 'Gemeente Elders', afzenderNaam: 'Anna', voorwaardenBevestigd: [true, true, false, true] });
    expect(subM).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'voorwaardenBevestigd' }] } } });
    sender.app.shutdown();
  });
});


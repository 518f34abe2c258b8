import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { App } from '../../main/app';
import { listAudit } from '../../main/vault/repositories/auditLog';
import { exportPlainCopy } from '../bench/plainCopy';
import { removeTempFolders, sourceFiles, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, call, testApp } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

interface Verification {
  intact: boolean;
  firstBrokenSeq: number | null;
  anker: { toestand: string };
}
interface Lijst {
  teVernietigen: { dossierId: string; zaaknummer: string; uitkomst: string; afgeslotenOp: string; bewarenTot: string; regel: string }[];
  records: { zaaknummer: string; reden: string; regel: string; vernietigdDoor: string; aantallen: Record<string, number>; bewarenTot: string }[];
}

let app: App;
let folder: string;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2019-06-03T09:00:00Z');
  folder = tempFolder('vernietiging');
  app = testApp(folder, { now: () => clock });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
});

/** Personal data of one dossier, each unique in the vault, so a scan can tell it from everything else. */
function personalData() {
  const tag = randomBytes(4).toString('hex').toUpperCase();
  return {
    aanvrager: `Eetcafé Vergeet${tag} B.V.`,
    locatie: `Verdwijnstraat ${tag} 12`,
    persoon: `Pieter Wisman${tag}`,
    adres: `Geheimweg ${tag} 3, Leiden`,
    notitie: `Notitie-over-${tag}-de-financier`,
    bevinding: `Bevinding-${tag}: veroordeeld voor heling`,
    bijlage: `Bijlage-inhoud-${tag}-huurovereenkomst`,
    zoekterm: `Wisman${tag}`,
  };
}

/** A dossier with a betrokkene, notes, a finding, an attachment and a search, closed by withdrawal on the clock's day. */
async function closedDossier(data: ReturnType<typeof personalData>, withFinding: boolean): Promise<string> {
  const dossier = await callOk(app, 'dossiers.create', {
    toepassingsgebied: 'horeca',
    aanvragerNaam: data.aanvrager,
    besluitsoort: 'exploitatievergunning',
    ontvangenOp: '2019-05-01',
    locatieAdres: data.locatie,
  });
  await callOk(app, 'dossiers.update', {
    id: dossier.id,
    details: { besluitsoort: 'exploitatievergunning', ontvangenOp: '2019-05-01', locatieAdres: data.locatie, bagId: null, coordinator: 'C. Grasmuis', notities: data.notitie, uitkomst: null },
  });
  const added = await callOk(app, 'betrokkenen.add', {
    dossierId: dossier.id,
    wie: { nieuw: { soort: 'persoon', naam: data.persoon, adres: data.adres } },
    rol: 'vermogensverschaffer',
  });
  const persoon = added.betrokkenen.find((b) => b.betrokkene.naam === data.persoon)!.betrokkene.id;
  if (withFinding) {
    await callOk(app, 'onderzoek.addNote', { dossierId: dossier.id, betrokkeneId: persoon, bron: 'media', geraadpleegdOp: '2019-05-20', bevinding: data.bevinding });
  }
  const sources = sourceFiles();
  await callOk(app, 'bijlagen.importPaths', { dossierId: dossier.id, paden: [sources.file('huur.txt', `${data.bijlage}\n`)] });
  await callOk(app, 'search.query', { tekst: data.zoekterm });
  await callOk(app, 'audit.exportCsv', { dossierId: dossier.id, verstrekking: { categorie: 'a', ontvanger: `${data.persoon} (betrokkene)` } });
  await callOk(app, 'dossiers.changePhase', { id: dossier.id, to: 'ingetrokken', intrekking: { op: '2019-06-03', wijze: 'schriftelijk' } });
  return dossier.id;
}

describe('vernietiging of a dossier past its bewaartermijn (issue 24 §4)', () => {
  it('removes all its personal data from the database file, keeps the audit chain verifiable and leaves a vernietigingsrecord', async () => {
    const weg = personalData();
    const blijft = personalData();
    const wegId = await closedDossier(weg, false);
    // A second dossier, closed later and with own findings: kept 5 years (art. 29 Wet Bibob).
    clock = new Date('2021-01-04T09:00:00Z');
    await closedDossier(blijft, true);
    const auditBefore = listAudit(app.vault.database()).length;

    clock = new Date('2022-01-10T09:00:00Z');
    const lijst = await callOk(app, 'vernietigingen.list');
    expect(lijst.teVernietigen).toEqual([
      { dossierId: wegId, zaaknummer: expect.any(String), toepassingsgebied: 'horeca', uitkomst: 'Aanvraag ingetrokken', afgeslotenOp: '2019-06-03', bewarenTot: '2020-06-03', regel: 'Aanvraag ingetrokken: 1 jaar na afsluiting.' },
    ]);
    const zaaknummer = lijst.teVernietigen[0]!.zaaknummer;

    const result = await callOk(app, 'vernietigingen.destroy', { dossierIds: [wegId], reden: 'Bewaartermijn verstreken (jaarlijkse schoning).', bevestigd: true });
    expect(result.teVernietigen).toEqual([]);
    expect(result.vernietigd).toEqual([
      expect.objectContaining({ zaaknummer, reden: 'Bewaartermijn verstreken (jaarlijkse schoning).', regel: 'Aanvraag ingetrokken: 1 jaar na afsluiting.', vernietigdDoor: 'testcoördinator', bewarenTot: '2020-06-03' }),
    ]);
    expect(result.vernietigd[0]!.aantallen).toMatchObject({ betrokkenen: 2, bijlagen: 1, bijlagebestanden: 1 });
    expect(result.vernietigd[0]!.aantallen.auditregelsGewist).toBeGreaterThan(3);
    expect((await callOk(app, 'vernietigingen.list')).records).toHaveLength(1);
    // Its disclosure stays in the register, without recipient or description, under its zaaknummer.
    const register = await callOk(app, 'verstrekkingen.list');
    expect(register.verstrekkingen.filter((entry) => entry.zaaknummer === zaaknummer)).toEqual([
      expect.objectContaining({ ontvanger: '(vernietigd)', wat: `Gegevens uit vernietigd dossier ${zaaknummer}`, dossierId: null }),
    ]);

    // The chain verifies, every record is still there, and the anchor is in order.
    const db = app.vault.database();
    expect(listAudit(db).length).toBeGreaterThan(auditBefore);
    expect(await callOk(app, 'audit.verify')).toMatchObject({ intact: true, firstBrokenSeq: null, anker: { toestand: 'in-orde' } });
    // Its attachment file left the attachment folder; the other dossier's stays.
    expect(readdirSync(path.join(folder, 'bijlagen'))).toHaveLength(1);

    // The database file, decrypted with the vault key (every page, free pages too), holds none of the destroyed data.
    await callOk(app, 'vault.lock');
    const plain = path.join(tempFolder('plain'), 'plain.db');
    await exportPlainCopy({ database: path.join(folder, 'vault.db'), keyFile: path.join(folder, 'vault.keys.json') }, PASSPHRASE, plain);
    const bytes = readFileSync(plain);
    const found = (text: string) => bytes.includes(Buffer.from(text, 'utf8'));
    expect(Object.values(weg).filter(found)).toEqual([]);
    // The scan can fail: the dossier that stays is found in the same file.
    expect(Object.values(blijft).filter((text) => text !== blijft.bijlage).every(found)).toBe(true);
    const check = new Database(plain, { readonly: true });
    expect(check.prepare('SELECT zaaknummer FROM vernietiging').all()).toEqual([{ zaaknummer }]);
    check.close();
    expect(existsSync(plain)).toBe(true);

    // The dossier is gone from every list and search; the other one is untouched.
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    expect((await call(app, 'dossiers.get', { id: wegId })).ok).toBe(false);
    expect((await callOk(app, 'search.query', { tekst: weg.zoekterm })).hits).toEqual([]);
    expect((await callOk(app, 'search.query', { tekst: blijft.zoekterm })).hits).toHaveLength(1);
    expect(await callOk(app, 'audit.verify')).toMatchObject({ intact: true, anker: { toestand: 'in-orde' } });
  });

  it('shows that tampering with any remaining record is still detected after a vernietiging', async () => {
    const weg = personalData();
    const wegId = await closedDossier(weg, false);
    clock = new Date('2021-01-04T09:00:00Z');
    await callOk(app, 'vernietigingen.destroy', { dossierIds: [wegId], reden: 'Termijn verstreken.', bevestigd: true });
    const db = app.vault.database();
    const entries = listAudit(db);
    const wiped = entries.filter((entry) => entry.detailsSalt === null);
    expect(wiped.length).toBeGreaterThan(3);
    expect(wiped.every((entry) => JSON.stringify(entry.details) === '{}')).toBe(true);
    db.exec('DROP TRIGGER audit_log_no_update');
    for (const target of [entries[0]!, wiped[0]!, entries[entries.length - 1]!]) {
      const original = db.prepare('SELECT actor FROM audit_log WHERE seq = ?').get(target.seq) as { actor: string };
      db.prepare("UPDATE audit_log SET actor = 'iemand anders' WHERE seq = ?").run(target.seq);
      expect(await callOk(app, 'audit.verify'), `record ${target.seq} of ${entries.length}`).toMatchObject({ intact: false, firstBrokenSeq: target.seq });
      db.prepare('UPDATE audit_log SET actor = ? WHERE seq = ?').run(original.actor, target.seq);
    }
    // A remaining record's details changed, and a record's details wiped outside a vernietiging: both detected.
    const kept = listAudit(db).filter((entry) => entry.action === 'audit.gecontroleerd').pop()!;
    db.prepare(`UPDATE audit_log SET details = '{"intact":true}' WHERE seq = ?`).run(kept.seq);
    expect(await callOk(app, 'audit.verify')).toMatchObject({ intact: false, firstBrokenSeq: kept.seq });
    db.prepare("UPDATE audit_log SET details = '{}', details_salt = NULL WHERE seq = ?").run(kept.seq);
    expect(await callOk(app, 'audit.verify')).toMatchObject({ intact: false, firstBrokenSeq: kept.seq });
    // The vernietiging's own record names the records it wiped: changing that list makes them breaks.
    const vernietiging = entries.find((entry) => entry.action === 'dossier.vernietigd')!;
    db.prepare(`UPDATE audit_log SET details = '{"gewisteAuditregels":[]}' WHERE seq = ?`).run(vernietiging.seq);
    expect(await callOk(app, 'audit.verify')).toMatchObject({ intact: false, firstBrokenSeq: wiped[0]!.seq });
  });

  it('refuses a dossier not past its period, or still open, and then destroys none of those asked', async () => {
    const eerste = await closedDossier(personalData(), false);
    clock = new Date('2019-09-02T09:00:00Z');
    const tweede = await closedDossier(personalData(), true);
    const open = await callOk(app, 'dossiers.create', { toepassingsgebied: 'wabo', aanvragerNaam: 'Bouw Open B.V.' });
    clock = new Date('2021-01-04T09:00:00Z');
    const refused = await call(app, 'vernietigingen.destroy', { dossierIds: [eerste, tweede], reden: 'Termijn verstreken.', bevestigd: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('nog niet aan vernietiging toe: de bewaartermijn loopt tot en met 2024-09-02') } });
    expect(refused.ok ? '' : refused.error.message).toContain('art. 29 Wet Bibob');
    const stillOpen = await call(app, 'vernietigingen.destroy', { dossierIds: [open.id], reden: 'Termijn verstreken.', bevestigd: true });
    expect(stillOpen).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('niet afgesloten') } });
    // Nothing was destroyed: the first dossier, past its period, is still there and listed.
    expect((await call(app, 'dossiers.get', { id: eerste })).ok).toBe(true);
    expect((await callOk(app, 'vernietigingen.list')).teVernietigen.map((d) => d.dossierId)).toEqual([eerste]);
    expect((await callOk(app, 'vernietigingen.list')).records).toEqual([]);
  });

  it('keeps the bewaartermijnen as a setting and refuses fewer than 5 years for advice or findings, naming art. 29', async () => {
    const view = await callOk(app, 'bewaartermijnen.get');
    expect(view.termijnen.perUitkomst.ingetrokken).toBe(1);
    const refused = await call(app, 'bewaartermijnen.save', { ...view.termijnen, metAdviesOfBevindingen: 3 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'metAdviesOfBevindingen', message: expect.stringContaining('art. 29 Wet Bibob') }] } } });
    const saved = await callOk(app, 'bewaartermijnen.save', { perUitkomst: { ...view.termijnen.perUitkomst, ingetrokken: 3 }, metAdviesOfBevindingen: 7 });
    expect(saved.termijnen).toMatchObject({ perUitkomst: { ingetrokken: 3 }, metAdviesOfBevindingen: 7 });
    const eerste = await closedDossier(personalData(), false);
    clock = new Date('2021-01-04T09:00:00Z');
    // Closed 2019-06-03, 3 years now: not yet.
    expect((await callOk(app, 'vernietigingen.list')).teVernietigen).toEqual([]);
    clock = new Date('2022-06-04T09:00:00Z');
    expect((await callOk(app, 'vernietigingen.list')).teVernietigen.map((d) => [d.dossierId, d.bewarenTot])).toEqual([[eerste, '2022-06-03']]);
  });

  it('the destroyed dossier\'s attachment file leaves the backup folder once no kept snapshot names it', async () => {
    app.shutdown();
    const backupFolder = tempFolder('reservekopie');
    app = testApp(folder, { now: () => clock, backupFolders: { chooseFolder: async () => backupFolder } });
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    await callOk(app, 'reservekopie.chooseFolder', {});
    await callOk(app, 'reservekopie.setKeep', { bewaren: 2 });
    const wegId = await closedDossier(personalData(), false);
    const backupFiles = () => readdirSync(backupFolder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && path.basename(entry.parentPath) === 'bijlagen').length;
    clock = new Date('2019-06-04T09:00:00Z');
    await callOk(app, 'reservekopie.make', {});
    expect(backupFiles()).toBe(1);
    clock = new Date('2021-01-04T09:00:00Z');
    await callOk(app, 'vernietigingen.destroy', { dossierIds: [wegId], reden: 'Termijn verstreken.', bevestigd: true });
    // Two kept snapshots: the one from before still names the file; after the next one it is rotated out, and the file with it.
    clock = new Date('2021-01-04T10:00:00Z');
    await callOk(app, 'reservekopie.make', {});
    expect(backupFiles()).toBe(1);
    clock = new Date('2021-01-04T11:00:00Z');
    await callOk(app, 'reservekopie.make', {});
    expect(backupFiles()).toBe(0);
  });
});

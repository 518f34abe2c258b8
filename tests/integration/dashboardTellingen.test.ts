import { afterEach, describe, expect, it } from 'vitest';
import type { VaultDatabase } from '../../main/vault/database';
import { latestVersion, migrations } from '../../main/vault/migrations';
import { dashboardCijfers, type DashboardCijfers } from '../../main/vault/repositories/rapportage';
import { phases } from '../../src/domain/workflow';
import { generate, prng } from '../bench/generate';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, testApp, testVault } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

/*
 * The dashboard's counts are kept by migration 33's triggers. Whatever happens to dossiers and requests, they must be
 * exactly what a count over every row gives: this file computes the dashboard from scratch (the queries the
 * dashboard ran before migration 33) and compares after every step of a random sequence of writes.
 */

const OPEN = "d.fase NOT IN ('afgerond', 'buiten-behandeling', 'ingetrokken') AND d.verwijderd_op IS NULL";

function fromScratch(db: VaultDatabase, vandaag: string, eindeWeek: string, lijst: number): DashboardCijfers {
  const perFase = db.prepare('SELECT fase, count(*) AS aantal FROM dossier WHERE verwijderd_op IS NULL GROUP BY fase').all() as DashboardCijfers['perFase'];
  const perGebied = db.prepare(`SELECT toepassingsgebied, count(*) AS aantal FROM dossier d WHERE ${OPEN} GROUP BY toepassingsgebied`).all() as DashboardCijfers['perGebied'];
  const termijnen = (where: string, params: Record<string, string>) => ({
    items: db.prepare(`SELECT id, zaaknummer, aanvrager_naam AS aanvragerNaam, uiterste_beslisdatum AS datum FROM dossier d WHERE ${OPEN} AND ${where} ORDER BY uiterste_beslisdatum, zaaknummer LIMIT ${lijst}`).all(params) as DashboardCijfers['verlopen'],
    totaal: (db.prepare(`SELECT count(*) AS n FROM dossier d WHERE ${OPEN} AND ${where}`).get(params) as { n: number }).n,
  });
  const verlopen = termijnen('uiterste_beslisdatum < @vandaag', { vandaag });
  const dezeWeek = termijnen('uiterste_beslisdatum BETWEEN @vandaag AND @eindeWeek', { vandaag, eindeWeek });
  const verzoekWhere = `v.status IN ('verzonden', 'verlengd') AND v.uiterlijk_op < @vandaag AND ${OPEN}`;
  const verzoekenVerlopen = db
    .prepare(
      `SELECT v.dossier_id AS dossierId, d.zaaknummer, v.geadresseerde, v.geadresseerde_naam AS geadresseerdeNaam, v.uiterlijk_op AS datum
       FROM informatieverzoek v JOIN dossier d ON d.id = v.dossier_id WHERE ${verzoekWhere} ORDER BY v.uiterlijk_op, d.zaaknummer LIMIT ${lijst}`,
    )
    .all({ vandaag }) as DashboardCijfers['verzoekenVerlopen'];
  const verzoekenVerlopenTotaal = (db.prepare(`SELECT count(*) AS n FROM informatieverzoek v JOIN dossier d ON d.id = v.dossier_id WHERE ${verzoekWhere}`).get({ vandaag }) as { n: number }).n;
  return { perFase, perGebied, verlopen: verlopen.items, dezeWeek: dezeWeek.items, verlopenTotaal: verlopen.totaal, dezeWeekTotaal: dezeWeek.totaal, verzoekenVerlopen, verzoekenVerlopenTotaal };
}

/** Both as comparable values: counts sorted and without zeros; the lists whole (ties in date and zaaknummer aside). */
function normalised(cijfers: DashboardCijfers) {
  const counts = <T extends { aantal: number }>(rows: T[], key: (row: T) => string) =>
    rows
      .filter((row) => row.aantal !== 0)
      .map((row) => [key(row), row.aantal] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1));
  const byDateAndNumber = <T extends { datum: string; zaaknummer: string }>(rows: T[]) => rows.map((row) => `${row.datum} ${row.zaaknummer}`);
  return {
    perFase: counts(cijfers.perFase, (row) => row.fase),
    perGebied: counts(cijfers.perGebied, (row) => row.toepassingsgebied),
    verlopen: byDateAndNumber(cijfers.verlopen),
    dezeWeek: byDateAndNumber(cijfers.dezeWeek),
    verzoekenVerlopen: byDateAndNumber(cijfers.verzoekenVerlopen),
    totalen: [cijfers.verlopenTotaal, cijfers.dezeWeekTotaal, cijfers.verzoekenVerlopenTotaal],
  };
}

const TODAY = '2026-11-23';
const WEEK = '2026-11-30';

function expectMaintainedEqualsFromScratch(db: VaultDatabase, step: string): void {
  for (const lijst of [10, 100_000]) {
    expect({ step, ...normalised(dashboardCijfers(db, TODAY, WEEK, lijst)) }).toEqual({ step, ...normalised(fromScratch(db, TODAY, WEEK, lijst)) });
  }
}

const isoDay = (random: () => number) => new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 400) * 86_400_000).toISOString().slice(0, 10);

/** One random write to dossiers or requests, as the services and corrections make them (plain SQL: the triggers see only rows). */
function randomWrite(db: VaultDatabase, random: () => number, n: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const dossierIds = (db.prepare('SELECT id FROM dossier').all() as { id: string }[]).map((row) => row.id);
  const presentIds = (db.prepare('SELECT id FROM dossier WHERE verwijderd_op IS NULL').all() as { id: string }[]).map((row) => row.id);
  const id = pick(presentIds);
  switch (Math.floor(random() * 9)) {
    case 0: {
      const nieuw = `nieuw-${n}`;
      db.prepare(
        "INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at, fase, uiterste_beslisdatum) VALUES (?, ?, ?, 'Nieuw B.V.', '2026-11-01T09:00:00.000Z', '2026-11-01', ?, ?)",
      ).run(nieuw, `NIEUW-${n}`, pick(['wabo', 'horeca', 'vastgoed']), pick(['intake', 'beoordeling', 'afgerond']), random() < 0.2 ? null : isoDay(random));
      return `create ${nieuw}`;
    }
    case 1: {
      const fase = pick(phases);
      db.prepare('UPDATE dossier SET fase = ? WHERE id = ?').run(fase, id);
      return `phase ${id} → ${fase}`;
    }
    case 2: {
      const gebied = pick(['wabo', 'horeca', 'vastgoed']);
      db.prepare('UPDATE dossier SET toepassingsgebied = ? WHERE id = ?').run(gebied, id);
      return `correction ${id} gebied ${gebied}`;
    }
    case 3: {
      const datum = random() < 0.2 ? null : isoDay(random);
      db.prepare('UPDATE dossier SET uiterste_beslisdatum = ? WHERE id = ?').run(datum, id);
      return `deadline ${id} ${datum}`;
    }
    case 4:
      db.prepare("UPDATE dossier SET verwijderd_op = '2026-11-20T10:00:00.000Z', verwijderd_reden = 'per vergissing' WHERE id = ?").run(id);
      return `remove ${id}`;
    case 5: {
      const verzoek = `verzoek-${n}`;
      db.prepare(
        "INSERT INTO informatieverzoek (id, dossier_id, geadresseerde, vragen, status, verzonden_op, uiterlijk_op, created_at) VALUES (?, ?, 'riec', 'Vragen', ?, '2026-10-01', ?, '2026-10-01')",
      ).run(verzoek, pick(dossierIds), pick(['verzonden', 'verlengd', 'concept']), random() < 0.1 ? null : isoDay(random));
      return `request ${verzoek}`;
    }
    case 6: {
      const verzoek = db.prepare('SELECT id FROM informatieverzoek ORDER BY random() LIMIT 1').get() as { id: string } | undefined;
      if (!verzoek) return 'no request';
      const status = pick(['verzonden', 'verlengd', 'ingetrokken']);
      db.prepare('UPDATE informatieverzoek SET status = ?, uiterlijk_op = ? WHERE id = ?').run(status, isoDay(random), verzoek.id);
      return `request ${verzoek.id} ${status}`;
    }
    case 7: {
      const verzoek = db.prepare('SELECT id FROM informatieverzoek ORDER BY random() LIMIT 1').get() as { id: string } | undefined;
      if (!verzoek) return 'no request';
      db.prepare('DELETE FROM informatieverzoek_betrokkene WHERE verzoek_id = ?').run(verzoek.id);
      db.prepare('DELETE FROM lbb_gegevensverzoek WHERE verzoek_id = ?').run(verzoek.id);
      db.prepare('DELETE FROM informatieverzoek WHERE id = ?').run(verzoek.id);
      return `delete request ${verzoek.id}`;
    }
    default: {
      // A closed dossier reopened, an open one closed: its waiting requests leave or join the count.
      const row = db.prepare("SELECT id, fase FROM dossier WHERE verwijderd_op IS NULL AND id IN (SELECT dossier_id FROM informatieverzoek WHERE status IN ('verzonden', 'verlengd')) ORDER BY random() LIMIT 1").get() as
        | { id: string; fase: string }
        | undefined;
      if (!row) return 'no dossier with requests';
      const fase = ['afgerond', 'buiten-behandeling', 'ingetrokken'].includes(row.fase) ? 'beoordeling' : pick(['afgerond', 'ingetrokken']);
      db.prepare('UPDATE dossier SET fase = ? WHERE id = ?').run(fase, row.id);
      return `${fase === 'beoordeling' ? 'reopen' : 'close'} ${row.id}`;
    }
  }
}

describe('the dashboard counts kept by triggers (migration 33)', () => {
  it('equal a count from scratch after every write of a random sequence of creates, corrections, closings, reopenings and removals', async () => {
    const vault = testVault({ dataFolder: tempFolder('dashboard-tellingen') });
    await vault.create(PASSPHRASE);
    const db = vault.database();
    generate(db, { dossiers: 80, betrokkenenPerDossier: 1, seed: 23, today: TODAY });
    expectMaintainedEqualsFromScratch(db, 'generated');
    const random = prng(2026);
    let requestsCounted = 0;
    for (let n = 0; n < 400; n += 1) {
      const step = randomWrite(db, random, n);
      expectMaintainedEqualsFromScratch(db, `${n}: ${step}`);
      requestsCounted = Math.max(requestsCounted, fromScratch(db, TODAY, WEEK, 10).verzoekenVerlopenTotaal);
    }
    // The sequence did reach the requests past their date (the comparison is not of empty lists only).
    expect(requestsCounted).toBeGreaterThan(3);
    // No day is left with nothing on it.
    expect(db.prepare('SELECT count(*) AS n FROM dashboard_dag WHERE aantal <= 0').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM dashboard_telling WHERE aantal <= 0').get()).toEqual({ n: 0 });
    vault.lock();
  });

  it('are filled by the migration from an older vault with data, and the dashboard shows what a count from scratch shows', async () => {
    const folder = tempFolder('dashboard-migratie');
    const before33 = migrations.filter((migration) => migration.version < 33);
    const old = testVault({ dataFolder: folder, migrations: before33 });
    await old.create(PASSPHRASE);
    generate(old.database(), { dossiers: 120, betrokkenenPerDossier: 1, seed: 33, today: TODAY });
    old.database().prepare("UPDATE dossier SET verwijderd_op = '2026-11-01T10:00:00.000Z', verwijderd_reden = 'per vergissing' WHERE rowid IN (SELECT rowid FROM dossier LIMIT 3)").run();
    expect(old.database().pragma('user_version', { simple: true })).toBe(latestVersion(before33));
    old.lock();

    const vault = testVault({ dataFolder: folder });
    await vault.unlock(PASSPHRASE);
    const db = vault.database();
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
    expectMaintainedEqualsFromScratch(db, 'migrated');
    const scratch = fromScratch(db, TODAY, WEEK, 10);
    expect(scratch.verlopenTotaal + scratch.dezeWeekTotaal + scratch.verzoekenVerlopenTotaal).toBeGreaterThan(0);
    vault.lock();
  });

  it('follow the use cases: a dossier created, corrected and removed through the dispatcher moves the dashboard by exactly that dossier', async () => {
    const now = new Date(`${TODAY}T10:00:00Z`);
    const app = testApp(tempFolder('dashboard-app'), { now: () => now });
    await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
    type View = { perFase: { fase: string; aantal: number }[]; perGebied: { toepassingsgebied: string; aantal: number }[]; dezeWeekTotaal: number; verlopenTotaal: number };
    const dashboard = () => callOk(app, 'dashboard.get', {});
    const intake = (view: View) => view.perFase.find((row) => row.fase === 'intake')!.aantal;
    const gebied = (view: View, naam: string) => view.perGebied.find((row) => row.toepassingsgebied === naam)!.aantal;
    const leeg = await dashboard();
    expect(intake(leeg)).toBe(0);

    const dossier = await callOk(app, 'dossiers.create', {
      toepassingsgebied: 'horeca',
      aanvragerNaam: 'Telling B.V.',
      besluitsoort: 'exploitatievergunning',
      ontvangenOp: '2026-09-28',
    });
    expect(dossier.uitersteBeslisdatum).not.toBeNull();
    const na = await dashboard();
    expect([intake(na), gebied(na, 'horeca'), na.verlopenTotaal + na.dezeWeekTotaal]).toEqual([1, 1, dossier.uitersteBeslisdatum! < WEEK ? 1 : 0]);
    expectMaintainedEqualsFromScratch(app.vault.database(), 'created');

    // A correction of the receipt date moves the beslisdatum: the day histogram follows.
    await callOk(app, 'dossiers.update', { id: dossier.id, details: { besluitsoort: 'exploitatievergunning', ontvangenOp: '2026-11-20', locatieAdres: '', bagId: null, coordinator: 'testcoördinator', notities: '', uitkomst: null } });
    expectMaintainedEqualsFromScratch(app.vault.database(), 'corrected');

    await callOk(app, 'dossiers.remove', { id: dossier.id, zaaknummer: dossier.zaaknummer, reden: 'Per vergissing aangemaakt.' });
    const weg = await dashboard();
    expect([intake(weg), gebied(weg, 'horeca'), weg.verlopenTotaal, weg.dezeWeekTotaal]).toEqual([0, 0, 0, 0]);
    expectMaintainedEqualsFromScratch(app.vault.database(), 'removed');
    app.shutdown();
  });
});

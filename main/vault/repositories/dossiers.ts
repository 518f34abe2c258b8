import { BibobError } from '../../../src/contract/errors';
import type { Dossier, DossierFilter } from '../../../src/contract/schemas';
import type { Toepassingsgebied } from '../../../src/domain/toepassingsgebied';
import type { VaultDatabase } from '../database';
import { phases } from '../../../src/domain/workflow';

interface DossierRow {
  id: string;
  zaaknummer: string;
  toepassingsgebied: Toepassingsgebied;
  aanvrager_naam: string;
  created_at: string;
  besluitsoort: string | null;
  ontvangen_op: string | null;
  locatie_adres: string;
  bag_id: string | null;
  coordinator: string;
  notities: string;
  fase: string;
  uitkomst: string | null;
  uiterste_beslisdatum: string | null;
  beslisdatum_voorlopig: number;
}

function toDossier(row: DossierRow): Dossier {
  return {
    id: row.id,
    zaaknummer: row.zaaknummer,
    toepassingsgebied: row.toepassingsgebied,
    aanvragerNaam: row.aanvrager_naam,
    createdAt: row.created_at,
    besluitsoort: row.besluitsoort,
    ontvangenOp: row.ontvangen_op,
    locatieAdres: row.locatie_adres,
    bagId: row.bag_id,
    coordinator: row.coordinator,
    notities: row.notities,
    fase: row.fase,
    uitkomst: row.uitkomst,
    uitersteBeslisdatum: row.uiterste_beslisdatum,
    beslisdatumVoorlopig: row.beslisdatum_voorlopig === 1,
  };
}

const columns =
  'id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, besluitsoort, ontvangen_op, locatie_adres, bag_id, coordinator, notities, fase, uitkomst, uiterste_beslisdatum, beslisdatum_voorlopig';

export function insertDossier(db: VaultDatabase, dossier: Dossier): void {
  db.prepare(
    `INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at, besluitsoort, ontvangen_op,
       locatie_adres, bag_id, coordinator, notities, fase, uitkomst, uiterste_beslisdatum, beslisdatum_voorlopig)
     VALUES (@id, @zaaknummer, @toepassingsgebied, @aanvragerNaam, @createdAt, @createdAt, @besluitsoort, @ontvangenOp,
       @locatieAdres, @bagId, @coordinator, @notities, @fase, @uitkomst, @uitersteBeslisdatum, @voorlopig)`,
  ).run({ ...dossier, voorlopig: dossier.beslisdatumVoorlopig ? 1 : 0 });
}

/** The fields a coordinator edits; the phase and the deadline change through their own use cases. */
export type DossierFields = Pick<Dossier, 'besluitsoort' | 'ontvangenOp' | 'locatieAdres' | 'bagId' | 'coordinator' | 'notities' | 'aanvragerNaam' | 'uitkomst'>;

export function updateDossierFields(db: VaultDatabase, id: string, fields: DossierFields, at: string): void {
  db.prepare(
    `UPDATE dossier SET besluitsoort = @besluitsoort, ontvangen_op = @ontvangenOp, locatie_adres = @locatieAdres, bag_id = @bagId,
       coordinator = @coordinator, notities = @notities, aanvrager_naam = @aanvragerNaam, uitkomst = @uitkomst, updated_at = @at WHERE id = @id`,
  ).run({ ...fields, id, at });
}

export function updateDossierPhase(db: VaultDatabase, id: string, fase: string, at: string): void {
  db.prepare('UPDATE dossier SET fase = ?, updated_at = ? WHERE id = ?').run(fase, at, id);
}

export function updateDossierDeadline(db: VaultDatabase, id: string, deadline: string | null, provisional: boolean): void {
  db.prepare('UPDATE dossier SET uiterste_beslisdatum = ?, beslisdatum_voorlopig = ? WHERE id = ?').run(deadline, provisional ? 1 : 0, id);
}

const closedPhases = ['afgerond', 'buiten-behandeling', 'ingetrokken'] as const;

/**
 * SQL condition on a dossier row: it was not removed as entered by mistake (migration 18). Every read of the app
 * carries it, so a removed dossier appears in no list, search, agenda, dashboard or report, and its page is not found.
 */
export const presentDossierSql = 'verwijderd_op IS NULL';

/** The ids of the removed dossiers, as an SQL list for NOT IN: few, and found through the partial index of migration 18. */
export const removedDossierIdsSql = '(SELECT id FROM dossier WHERE verwijderd_op IS NOT NULL)';

/**
 * SQL condition on a dossier row: it is not closed (nor removed). The phase term is written exactly as the partial
 * indexes of migration 15 are, so that SQLite uses them.
 */
/** The closed phases as an SQL list, for NOT IN. */
export const closedPhaseList = closedPhases.map((phase) => `'${phase}'`).join(', ');

export const openDossierSql = `fase NOT IN (${closedPhaseList}) AND ${presentDossierSql}`;

/** One page of the overview, filtered and sorted in SQL (indexed columns), with the total count. */
export function listDossiers(db: VaultDatabase, filter: DossierFilter, today: string): { dossiers: Dossier[]; total: number } {
  const where: string[] = [presentDossierSql];
  const params: Record<string, unknown> = { today };
  if (filter.fase) {
    where.push('fase = @fase');
    params.fase = filter.fase;
  }
  if (filter.toepassingsgebied) {
    where.push('toepassingsgebied = @toepassingsgebied');
    params.toepassingsgebied = filter.toepassingsgebied;
  }
  if (filter.coordinator) {
    // Case-insensitive, at the start of the name or of a word in it: "grasm" and "C. G" both find "C. Grasmuis".
    where.push("(coordinator LIKE @coordinator || '%' ESCAPE '\\' OR coordinator LIKE '% ' || @coordinator || '%' ESCAPE '\\')");
    params.coordinator = filter.coordinator.replace(/[%_\\]/g, '\\$&');
  }
  if (filter.overdue) {
    where.push(`${openDossierSql} AND uiterste_beslisdatum < @today`);
  }
  if (filter.deadlineWithinDays !== undefined) {
    where.push(`${openDossierSql} AND uiterste_beslisdatum >= @today AND uiterste_beslisdatum <= date(@today, '+' || @within || ' days')`);
    params.within = filter.deadlineWithinDays;
  }
  const clause = `WHERE ${where.join(' AND ')}`;
  const order = {
    aangemaakt: 'created_at DESC, zaaknummer',
    zaaknummer: 'zaaknummer',
    beslisdatum: 'uiterste_beslisdatum IS NULL, uiterste_beslisdatum, zaaknummer',
    // In the order of the procedure, not alphabetically.
    fase: `CASE fase ${phases.map((phase, index) => `WHEN '${phase}' THEN ${index}`).join(' ')} ELSE ${phases.length} END, zaaknummer`,
  }[filter.sort ?? 'aangemaakt'];
  const total = (db.prepare(`SELECT count(*) AS n FROM dossier ${clause}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT ${columns} FROM dossier ${clause} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: filter.limit ?? 100, offset: filter.offset ?? 0 }) as DossierRow[];
  return { dossiers: rows.map(toDossier), total };
}

export function findDossier(db: VaultDatabase, id: string): Dossier | null {
  const row = db.prepare(`SELECT ${columns} FROM dossier WHERE id = ? AND ${presentDossierSql}`).get(id) as DossierRow | undefined;
  return row ? toDossier(row) : null;
}

/** The dossier, or NOT_FOUND with the message every use case gives when it was removed meanwhile. */
export function requireDossier(db: VaultDatabase, id: string): Dossier {
  const dossier = findDossier(db, id);
  if (!dossier) throw new BibobError('NOT_FOUND', 'Dit dossier bestaat niet (meer).');
  return dossier;
}

export function findDossiers(db: VaultDatabase, ids: readonly string[]): Dossier[] {
  if (ids.length === 0) return [];
  const rows = db.prepare(`SELECT ${columns} FROM dossier WHERE id IN (SELECT value FROM json_each(?)) AND ${presentDossierSql} ORDER BY created_at DESC`).all(JSON.stringify(ids)) as DossierRow[];
  return rows.map(toDossier);
}

export function zaaknummerTaken(db: VaultDatabase, zaaknummer: string): boolean {
  return db.prepare('SELECT 1 FROM dossier WHERE zaaknummer = ? COLLATE NOCASE').get(zaaknummer) !== undefined;
}

export function zaaknummersWithPrefix(db: VaultDatabase, prefix: string): string[] {
  return (db.prepare("SELECT zaaknummer FROM dossier WHERE zaaknummer LIKE ? ESCAPE '\\'").all(`${prefix.replace(/[%_\\]/g, '\\$&')}%`) as { zaaknummer: string }[]).map(
    (row) => row.zaaknummer,
  );
}

/** Open dossiers with a deadline, earliest (and so overdue) first: the agenda. */
export function dossiersWithDeadline(db: VaultDatabase, until: string | null, limit: number): Dossier[] {
  const rows = db
    .prepare(`SELECT ${columns} FROM dossier WHERE ${openDossierSql} AND uiterste_beslisdatum IS NOT NULL AND (@until IS NULL OR uiterste_beslisdatum <= @until) ORDER BY uiterste_beslisdatum, zaaknummer LIMIT @limit`)
    .all({ until, limit }) as DossierRow[];
  return rows.map(toDossier);
}

export function coordinators(db: VaultDatabase): string[] {
  return (db.prepare(`SELECT DISTINCT coordinator FROM dossier WHERE coordinator <> '' AND ${presentDossierSql} ORDER BY coordinator`).all() as { coordinator: string }[]).map((r) => r.coordinator);
}

/** The aanvrager's name is copied onto the dossier for the overview; a correction of the betrokkene follows here. */
export function setAanvragerNaam(db: VaultDatabase, id: string, naam: string, at: string): void {
  db.prepare('UPDATE dossier SET aanvrager_naam = ?, updated_at = ? WHERE id = ?').run(naam, at, id);
}

/** The zaaknummer stays taken: the audit trail names the removed dossier by it, and it must name one dossier only. */
export function markDossierRemoved(db: VaultDatabase, id: string, reden: string, at: string): boolean {
  return db.prepare(`UPDATE dossier SET verwijderd_op = ?, verwijderd_reden = ?, updated_at = ? WHERE id = ? AND ${presentDossierSql}`).run(at, reden, at, id).changes === 1;
}

/** Whether a dossier with this id was removed (so a second removal is a conflict, not an unknown dossier). */
export function dossierRemoved(db: VaultDatabase, id: string): boolean {
  return db.prepare('SELECT 1 FROM dossier WHERE id = ? AND verwijderd_op IS NOT NULL').get(id) !== undefined;
}

/** The dossiers whose terms can run: the open ones, and the closed ones with a recorded besluit (its bezwaartermijn). */
export function dossiersWithRunningTerms(db: VaultDatabase, limit: number): Dossier[] {
  const rows = db
    .prepare(`SELECT ${columns} FROM dossier WHERE ${presentDossierSql} AND (${openDossierSql} OR id IN (SELECT dossier_id FROM besluit)) ORDER BY zaaknummer LIMIT @limit`)
    .all({ limit }) as DossierRow[];
  return rows.map(toDossier);
}

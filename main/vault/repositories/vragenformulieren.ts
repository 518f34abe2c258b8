import type { Answers, ItemStatus, Selection, StatusRecord } from '../../../src/domain/vragenformulier';
import type { VaultDatabase } from '../database';

/* ---------- imported question set versions ---------- */

export interface StoredVraagset {
  readonly id: string;
  readonly versie: string;
  /** The file's text as imported. */
  readonly json: string;
  readonly geimporteerdOp: string;
  readonly geimporteerdDoor: string;
}

interface VraagsetRow {
  id: string;
  versie: string;
  json: string;
  geimporteerd_op: string;
  geimporteerd_door: string;
}

const toVraagset = (row: VraagsetRow): StoredVraagset => ({
  id: row.id,
  versie: row.versie,
  json: row.json,
  geimporteerdOp: row.geimporteerd_op,
  geimporteerdDoor: row.geimporteerd_door,
});

/** False when this id and version are already stored. */
export function insertVraagset(db: VaultDatabase, set: StoredVraagset): boolean {
  return (
    db
      .prepare('INSERT OR IGNORE INTO vraagset (id, versie, json, geimporteerd_op, geimporteerd_door) VALUES (?, ?, ?, ?, ?)')
      .run(set.id, set.versie, set.json, set.geimporteerdOp, set.geimporteerdDoor).changes === 1
  );
}

export function findVraagset(db: VaultDatabase, id: string, versie: string): StoredVraagset | null {
  const row = db.prepare('SELECT id, versie, json, geimporteerd_op, geimporteerd_door FROM vraagset WHERE id = ? AND versie = ?').get(id, versie) as VraagsetRow | undefined;
  return row ? toVraagset(row) : null;
}

/** The imported versions, most recently imported first. */
export function listVraagsets(db: VaultDatabase): StoredVraagset[] {
  return (db.prepare('SELECT id, versie, json, geimporteerd_op, geimporteerd_door FROM vraagset ORDER BY geimporteerd_op DESC, rowid DESC').all() as VraagsetRow[]).map(toVraagset);
}

/** The most recently imported version, without its text; null when none was imported. */
export function latestVraagset(db: VaultDatabase): { id: string; versie: string } | null {
  return (db.prepare('SELECT id, versie FROM vraagset ORDER BY geimporteerd_op DESC, rowid DESC LIMIT 1').get() as { id: string; versie: string } | undefined) ?? null;
}

/* ---------- a dossier's vragenformulier ---------- */

export interface StoredVragenformulier {
  readonly dossierId: string;
  readonly selection: Selection;
  readonly verzondenOp: string | null;
  readonly ontvangenOp: string | null;
  readonly antwoorden: Answers;
  readonly weigeringOp: string | null;
}

interface FormulierRow {
  dossier_id: string;
  set_id: string;
  versie: string;
  selectie: string;
  verzonden_op: string | null;
  ontvangen_op: string | null;
  antwoorden: string;
  weigering_op: string | null;
}

export function findVragenformulier(db: VaultDatabase, dossierId: string): StoredVragenformulier | null {
  const row = db
    .prepare('SELECT dossier_id, set_id, versie, selectie, verzonden_op, ontvangen_op, antwoorden, weigering_op FROM dossier_vragenformulier WHERE dossier_id = ?')
    .get(dossierId) as FormulierRow | undefined;
  if (!row) return null;
  return {
    dossierId: row.dossier_id,
    selection: { setId: row.set_id, versie: row.versie, vragen: JSON.parse(row.selectie) as string[] },
    verzondenOp: row.verzonden_op,
    ontvangenOp: row.ontvangen_op,
    antwoorden: JSON.parse(row.antwoorden) as Answers,
    weigeringOp: row.weigering_op,
  };
}

/** Creates or replaces the selection of a vragenformulier that has not been sent. */
export function saveConceptSelection(db: VaultDatabase, dossierId: string, selection: Selection): void {
  db.prepare(
    `INSERT INTO dossier_vragenformulier (dossier_id, set_id, versie, selectie) VALUES (@dossierId, @setId, @versie, @selectie)
     ON CONFLICT (dossier_id) DO UPDATE SET set_id = excluded.set_id, versie = excluded.versie, selectie = excluded.selectie
     WHERE dossier_vragenformulier.verzonden_op IS NULL`,
  ).run({ dossierId, setId: selection.setId, versie: selection.versie, selectie: JSON.stringify(selection.vragen) });
}

/** Fixes version and selection as sent. False when it was already sent. */
export function markSent(db: VaultDatabase, dossierId: string, selection: Selection, verzondenOp: string): boolean {
  saveConceptSelection(db, dossierId, selection);
  return db.prepare('UPDATE dossier_vragenformulier SET verzonden_op = ? WHERE dossier_id = ? AND verzonden_op IS NULL').run(verzondenOp, dossierId).changes === 1;
}

export function setReceived(db: VaultDatabase, dossierId: string, ontvangenOp: string): void {
  db.prepare('UPDATE dossier_vragenformulier SET ontvangen_op = ? WHERE dossier_id = ?').run(ontvangenOp, dossierId);
}

export function setAnswers(db: VaultDatabase, dossierId: string, antwoorden: Answers): void {
  db.prepare('UPDATE dossier_vragenformulier SET antwoorden = ? WHERE dossier_id = ?').run(JSON.stringify(antwoorden), dossierId);
}

/** False when a refusal was already recorded. */
export function setRefusal(db: VaultDatabase, dossierId: string, op: string): boolean {
  return db.prepare('UPDATE dossier_vragenformulier SET weigering_op = ? WHERE dossier_id = ? AND weigering_op IS NULL').run(op, dossierId).changes === 1;
}

/* ---------- item statuses and attachment links ---------- */

export function upsertItemStatus(db: VaultDatabase, dossierId: string, sleutel: string, status: ItemStatus, notitie: string, at: string): void {
  db.prepare(
    `INSERT INTO vragenformulier_item (dossier_id, sleutel, status, notitie, bijgewerkt_op) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (dossier_id, sleutel) DO UPDATE SET status = excluded.status, notitie = excluded.notitie, bijgewerkt_op = excluded.bijgewerkt_op`,
  ).run(dossierId, sleutel, status, notitie, at);
}

export function findItemStatus(db: VaultDatabase, dossierId: string, sleutel: string): { status: ItemStatus; notitie: string } | null {
  return (db.prepare('SELECT status, notitie FROM vragenformulier_item WHERE dossier_id = ? AND sleutel = ?').get(dossierId, sleutel) as { status: ItemStatus; notitie: string } | undefined) ?? null;
}

/** False when the link exists already. */
export function linkItemAttachment(db: VaultDatabase, dossierId: string, sleutel: string, bijlageId: string): boolean {
  return db.prepare('INSERT OR IGNORE INTO vragenformulier_item_bijlage (dossier_id, sleutel, bijlage_id) VALUES (?, ?, ?)').run(dossierId, sleutel, bijlageId).changes === 1;
}

/** False when there was no such link. */
export function unlinkItemAttachment(db: VaultDatabase, dossierId: string, sleutel: string, bijlageId: string): boolean {
  return db.prepare('DELETE FROM vragenformulier_item_bijlage WHERE dossier_id = ? AND sleutel = ? AND bijlage_id = ?').run(dossierId, sleutel, bijlageId).changes === 1;
}

/** Item key → recorded status, note and linked attachments; a key with links only has no status (it is derived). */
export function itemStatusesOf(db: VaultDatabase, dossierId: string): Record<string, StatusRecord> {
  const result: Record<string, { status?: ItemStatus; notitie?: string; bestanden: string[] }> = {};
  for (const row of db.prepare('SELECT sleutel, status, notitie FROM vragenformulier_item WHERE dossier_id = ? ORDER BY sleutel').all(dossierId) as { sleutel: string; status: ItemStatus; notitie: string }[]) {
    result[row.sleutel] = { status: row.status, ...(row.notitie ? { notitie: row.notitie } : {}), bestanden: [] };
  }
  const links = db
    .prepare(
      `SELECT l.sleutel, l.bijlage_id FROM vragenformulier_item_bijlage l JOIN bijlage b ON b.id = l.bijlage_id
       WHERE l.dossier_id = ? ORDER BY l.sleutel, b.geimporteerd_op, b.id`,
    )
    .all(dossierId) as { sleutel: string; bijlage_id: string }[];
  for (const link of links) {
    const entry = (result[link.sleutel] ??= { bestanden: [] });
    entry.bestanden.push(link.bijlage_id);
  }
  return result;
}

/* ---------- confirmed proposals ---------- */

export function confirmedProposals(db: VaultDatabase, dossierId: string): Set<string> {
  return new Set((db.prepare('SELECT voorstel FROM vragenformulier_bevestiging WHERE dossier_id = ?').all(dossierId) as { voorstel: string }[]).map((row) => row.voorstel));
}

/** False when this proposal was confirmed already. */
export function insertConfirmation(db: VaultDatabase, dossierId: string, voorstel: string, rol: string, at: string): boolean {
  return db.prepare('INSERT OR IGNORE INTO vragenformulier_bevestiging (dossier_id, voorstel, rol, bevestigd_op) VALUES (?, ?, ?, ?)').run(dossierId, voorstel, rol, at).changes === 1;
}

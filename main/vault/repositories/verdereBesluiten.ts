import type { VerderBesluit, VerderBesluitGegevens } from '../../../src/domain/verdereBesluiten';
import type { Outcome } from '../../../src/domain/workflow';
import type { VaultDatabase } from '../database';

/** The further decisions of a dossier (issue 19 item 12), table verder_besluit of migration 26. */
export interface StoredVerderBesluit extends VerderBesluit {
  readonly dossierId: string;
}

interface Row {
  id: string;
  dossier_id: string;
  besluitsoort: string;
  ontvangen_op: string | null;
  lbb_advies: number;
  herstel: number;
  verdaging_weken: number | null;
  verdaging_op: string | null;
  mededeling_op: string | null;
  mededeling_tegemoet_op: string | null;
  uitkomst: string | null;
  besluit_op: string | null;
}

function toBesluit(row: Row): StoredVerderBesluit {
  return {
    id: row.id,
    dossierId: row.dossier_id,
    besluitsoort: row.besluitsoort,
    ontvangenOp: row.ontvangen_op,
    lbbAdvies: row.lbb_advies === 1,
    herstel: row.herstel === 1,
    verdaging: row.verdaging_weken !== null && row.verdaging_op !== null ? { weken: row.verdaging_weken, besluitOp: row.verdaging_op } : null,
    mededeling: row.mededeling_op !== null && row.mededeling_tegemoet_op !== null ? { verzondenOp: row.mededeling_op, tegemoetTeZienOp: row.mededeling_tegemoet_op } : null,
    uitkomst: row.uitkomst as Outcome | null,
    besluitOp: row.besluit_op,
  };
}

function gegevensColumns(gegevens: VerderBesluitGegevens): unknown[] {
  return [
    gegevens.besluitsoort,
    gegevens.ontvangenOp,
    gegevens.lbbAdvies ? 1 : 0,
    gegevens.herstel ? 1 : 0,
    gegevens.verdaging?.weken ?? null,
    gegevens.verdaging?.besluitOp ?? null,
    gegevens.mededeling?.verzondenOp ?? null,
    gegevens.mededeling?.tegemoetTeZienOp ?? null,
  ];
}

export function insertVerderBesluit(db: VaultDatabase, id: string, dossierId: string, gegevens: VerderBesluitGegevens, at: string): void {
  db.prepare(
    `INSERT INTO verder_besluit (id, dossier_id, besluitsoort, ontvangen_op, lbb_advies, herstel, verdaging_weken, verdaging_op, mededeling_op, mededeling_tegemoet_op, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, dossierId, ...gegevensColumns(gegevens), at, at);
}

export function updateVerderBesluitGegevens(db: VaultDatabase, id: string, gegevens: VerderBesluitGegevens, at: string): void {
  db.prepare(
    `UPDATE verder_besluit SET besluitsoort = ?, ontvangen_op = ?, lbb_advies = ?, herstel = ?, verdaging_weken = ?, verdaging_op = ?, mededeling_op = ?, mededeling_tegemoet_op = ?, updated_at = ?
     WHERE id = ? AND ingetrokken_op IS NULL`,
  ).run(...gegevensColumns(gegevens), at, id);
}

export function updateVerderBesluitUitkomst(db: VaultDatabase, id: string, uitkomst: Outcome | null, besluitOp: string | null, at: string): void {
  db.prepare('UPDATE verder_besluit SET uitkomst = ?, besluit_op = ?, updated_at = ? WHERE id = ? AND ingetrokken_op IS NULL').run(uitkomst, besluitOp, at, id);
}

/** Withdraws a further decision entered by mistake: it stays, with its reason, and no longer counts anywhere. */
export function withdrawVerderBesluit(db: VaultDatabase, id: string, reden: string, at: string): boolean {
  return db.prepare('UPDATE verder_besluit SET ingetrokken_op = ?, ingetrokken_reden = ?, updated_at = ? WHERE id = ? AND ingetrokken_op IS NULL').run(at, reden, at, id).changes === 1;
}

/** The further decisions that count (withdrawn ones left out), in the order they were added. */
export function verdereBesluitenOfDossier(db: VaultDatabase, dossierId: string): StoredVerderBesluit[] {
  return (db.prepare('SELECT * FROM verder_besluit WHERE dossier_id = ? AND ingetrokken_op IS NULL ORDER BY created_at, id').all(dossierId) as Row[]).map(toBesluit);
}

export function findVerderBesluit(db: VaultDatabase, id: string): StoredVerderBesluit | null {
  const row = db.prepare('SELECT * FROM verder_besluit WHERE id = ? AND ingetrokken_op IS NULL').get(id) as Row | undefined;
  return row ? toBesluit(row) : null;
}

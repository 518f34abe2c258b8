import type { Outcome } from '../../../src/domain/workflow';
import type { GeenNieuweRonde, PartijRol, ZienswijzePartij } from '../../../src/domain/zienswijze';
import type { VaultDatabase } from '../database';

export interface StoredPartij extends ZienswijzePartij {
  readonly id: string;
  readonly reactie: string;
  readonly dossierId: string;
}

interface Row {
  id: string;
  dossier_id: string;
  betrokkene_id: string;
  rol: PartijRol;
  uitgenodigd_op: string;
  termijn_tot: string;
  reden_korte_termijn: string;
  afschrift_advies: number;
  geheimhouding_gewezen: number;
  ontvangen_op: string | null;
  samenvatting: string;
  reactie: string;
  uitkomst: Outcome | null;
  verdere_uitkomsten: string;
}

const columns = 'id, dossier_id, betrokkene_id, rol, uitgenodigd_op, termijn_tot, reden_korte_termijn, afschrift_advies, geheimhouding_gewezen, ontvangen_op, samenvatting, reactie, uitkomst, verdere_uitkomsten';

function toPartij(row: Row): StoredPartij {
  return {
    id: row.id,
    dossierId: row.dossier_id,
    betrokkeneId: row.betrokkene_id,
    rol: row.rol,
    uitgenodigdOp: row.uitgenodigd_op,
    termijnTot: row.termijn_tot,
    redenKorteTermijn: row.reden_korte_termijn,
    afschriftAdvies: row.afschrift_advies === 1,
    geheimhoudingGewezen: row.geheimhouding_gewezen === 1,
    ontvangenOp: row.ontvangen_op,
    samenvatting: row.samenvatting,
    reactie: row.reactie,
    uitkomst: row.uitkomst,
    verdereUitkomsten: JSON.parse(row.verdere_uitkomsten) as Record<string, Outcome>,
  };
}

export function insertPartij(db: VaultDatabase, partij: Omit<StoredPartij, 'ontvangenOp' | 'samenvatting' | 'reactie'>, at: string): void {
  db.prepare(
    `INSERT INTO zienswijze (id, dossier_id, betrokkene_id, rol, uitgenodigd_op, termijn_tot, reden_korte_termijn, afschrift_advies, geheimhouding_gewezen, uitkomst, verdere_uitkomsten, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(partij.id, partij.dossierId, partij.betrokkeneId, partij.rol, partij.uitgenodigdOp, partij.termijnTot, partij.redenKorteTermijn, partij.afschriftAdvies ? 1 : 0, partij.geheimhoudingGewezen ? 1 : 0, partij.uitkomst, JSON.stringify(partij.verdereUitkomsten ?? {}), at);
}

export function partijenOfDossier(db: VaultDatabase, dossierId: string): StoredPartij[] {
  return (db.prepare(`SELECT ${columns} FROM zienswijze WHERE dossier_id = ? AND ingetrokken_op IS NULL ORDER BY uitgenodigd_op, created_at, rowid`).all(dossierId) as Row[]).map(toPartij);
}

export function findPartij(db: VaultDatabase, id: string): StoredPartij | null {
  const row = db.prepare(`SELECT ${columns} FROM zienswijze WHERE id = ? AND ingetrokken_op IS NULL`).get(id) as Row | undefined;
  return row ? toPartij(row) : null;
}

/** Marks an invitation withdrawn: it no longer counts for the zienswijze step or the besluit. */
export function withdrawPartij(db: VaultDatabase, id: string, reden: string, at: string): boolean {
  return db.prepare('UPDATE zienswijze SET ingetrokken_op = ?, ingetrokken_reden = ? WHERE id = ? AND ingetrokken_op IS NULL').run(at, reden, id).changes === 1;
}

export function recordResponse(db: VaultDatabase, id: string, ontvangenOp: string, samenvatting: string): boolean {
  return db.prepare('UPDATE zienswijze SET ontvangen_op = ?, samenvatting = ? WHERE id = ? AND ontvangen_op IS NULL').run(ontvangenOp, samenvatting, id).changes === 1;
}

/** Sets or corrects the bestuursorgaan's answer to a received zienswijze. */
export function writeReactie(db: VaultDatabase, id: string, reactie: string): boolean {
  return db.prepare('UPDATE zienswijze SET reactie = ? WHERE id = ? AND ingetrokken_op IS NULL AND ontvangen_op IS NOT NULL').run(reactie, id).changes === 1;
}

export function readBesluit(db: VaultDatabase, dossierId: string): unknown {
  const row = db.prepare('SELECT gegevens FROM besluit WHERE dossier_id = ?').get(dossierId) as { gegevens: string } | undefined;
  return row ? (JSON.parse(row.gegevens) as unknown) : null;
}

export function writeBesluit(db: VaultDatabase, dossierId: string, gegevens: unknown, at: string): void {
  db.prepare('INSERT INTO besluit (dossier_id, gegevens, updated_at) VALUES (?, ?, ?) ON CONFLICT (dossier_id) DO UPDATE SET gegevens = excluded.gegevens, updated_at = excluded.updated_at').run(
    dossierId,
    JSON.stringify(gegevens),
    at,
  );
}

/** Merging betrokkenen: invitations of the removed record now belong to the kept one. */
export function moveZienswijzeBetrokkene(db: VaultDatabase, keepId: string, removeId: string): void {
  db.prepare('UPDATE zienswijze SET betrokkene_id = ? WHERE betrokkene_id = ?').run(keepId, removeId);
}

/** The recorded reason to leave out a new round for this outcome (Awb 4:11 onder b), or null. */
export function findGeenNieuweRonde(db: VaultDatabase, dossierId: string, uitkomst: string | null): GeenNieuweRonde | null {
  if (uitkomst === null) return null;
  const row = db.prepare('SELECT uitkomst, eerdere_uitkomst, reden FROM zienswijze_geen_nieuwe_ronde WHERE dossier_id = ? AND uitkomst = ?').get(dossierId, uitkomst) as
    | { uitkomst: Outcome; eerdere_uitkomst: Outcome; reden: string }
    | undefined;
  return row ? { uitkomst: row.uitkomst, eerdereUitkomst: row.eerdere_uitkomst, reden: row.reden } : null;
}

/** Records (or replaces) the reason for this outcome. */
export function writeGeenNieuweRonde(db: VaultDatabase, dossierId: string, record: GeenNieuweRonde, at: string): void {
  db.prepare(
    `INSERT INTO zienswijze_geen_nieuwe_ronde (dossier_id, uitkomst, eerdere_uitkomst, reden, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (dossier_id, uitkomst) DO UPDATE SET eerdere_uitkomst = excluded.eerdere_uitkomst, reden = excluded.reden, created_at = excluded.created_at`,
  ).run(dossierId, record.uitkomst, record.eerdereUitkomst, record.reden, at);
}

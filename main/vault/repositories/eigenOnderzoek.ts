import type { AnderBestuursorgaanInformatie, BronId, Herkomst, HerkomstSoort, Investering, OnderzoeksNotitie } from '../../../src/domain/eigenOnderzoek';
import type { VaultDatabase } from '../database';

export function insertNote(db: VaultDatabase, dossierId: string, notitie: OnderzoeksNotitie, at: string): void {
  db.prepare('INSERT INTO onderzoeksnotitie (id, dossier_id, betrokkene_id, bron, geraadpleegd_op, bevinding, kenmerk, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    notitie.id,
    dossierId,
    notitie.betrokkeneId,
    notitie.bron,
    notitie.geraadpleegdOp,
    notitie.bevinding,
    notitie.kenmerk ?? null,
    at,
  );
}

export function notesOfDossier(db: VaultDatabase, dossierId: string): OnderzoeksNotitie[] {
  const rows = db
    .prepare('SELECT id, betrokkene_id, bron, geraadpleegd_op, bevinding, kenmerk FROM onderzoeksnotitie WHERE dossier_id = ? AND ingetrokken_op IS NULL ORDER BY geraadpleegd_op, created_at, rowid')
    .all(dossierId) as NoteRow[];
  return rows.map(toNote);
}

interface NoteRow {
  id: string;
  betrokkene_id: string;
  bron: BronId;
  geraadpleegd_op: string;
  bevinding: string;
  kenmerk: string | null;
}

function toNote(row: NoteRow): OnderzoeksNotitie {
  return {
    id: row.id,
    betrokkeneId: row.betrokkene_id,
    bron: row.bron,
    geraadpleegdOp: row.geraadpleegd_op,
    bevinding: row.bevinding,
    ...(row.kenmerk !== null ? { kenmerk: row.kenmerk } : {}),
  };
}

/** A research note that was not withdrawn, with its dossier; null when there is none (or it was withdrawn). */
export function findNote(db: VaultDatabase, id: string): (OnderzoeksNotitie & { dossierId: string }) | null {
  const row = db.prepare('SELECT id, dossier_id, betrokkene_id, bron, geraadpleegd_op, bevinding, kenmerk FROM onderzoeksnotitie WHERE id = ? AND ingetrokken_op IS NULL').get(id) as
    | (NoteRow & { dossier_id: string })
    | undefined;
  return row ? { ...toNote(row), dossierId: row.dossier_id } : null;
}

export function noteWithdrawn(db: VaultDatabase, id: string): boolean {
  return db.prepare('SELECT 1 FROM onderzoeksnotitie WHERE id = ? AND ingetrokken_op IS NOT NULL').get(id) !== undefined;
}

/** Issue 18 §2: a note corrected in place; the audit trail keeps what it said before. */
export function updateNote(db: VaultDatabase, notitie: OnderzoeksNotitie): boolean {
  return (
    db
      .prepare('UPDATE onderzoeksnotitie SET betrokkene_id = ?, bron = ?, geraadpleegd_op = ?, bevinding = ?, kenmerk = ? WHERE id = ? AND ingetrokken_op IS NULL')
      .run(notitie.betrokkeneId, notitie.bron, notitie.geraadpleegdOp, notitie.bevinding, notitie.kenmerk ?? null, notitie.id).changes === 1
  );
}

/** Issue 18 §2: a note withdrawn with the reason stays, and counts in no form or view after. */
export function withdrawNote(db: VaultDatabase, id: string, reden: string, at: string): boolean {
  return db.prepare('UPDATE onderzoeksnotitie SET ingetrokken_op = ?, ingetrokken_reden = ? WHERE id = ? AND ingetrokken_op IS NULL').run(at, reden, id).changes === 1;
}

/** Deletes a row of one of the eigen-onderzoek tables; returns its dossier, or null when there was none. */
function deleteFrom(db: VaultDatabase, table: 'onderzoeksnotitie' | 'financiering_investering' | 'financiering_herkomst' | 'ander_bestuursorgaan_gegevens', id: string): string | null {
  const row = db.prepare(`SELECT dossier_id FROM ${table} WHERE id = ?`).get(id) as { dossier_id: string } | undefined;
  if (!row) return null;
  db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
  return row.dossier_id;
}

export function deleteNote(db: VaultDatabase, id: string): string | null {
  return deleteFrom(db, 'onderzoeksnotitie', id);
}

/** An investment or an origin: the ids are unique across both tables (UUIDs). */
export function deleteFinancingPost(db: VaultDatabase, id: string): string | null {
  return deleteFrom(db, 'financiering_investering', id) ?? deleteFrom(db, 'financiering_herkomst', id);
}

export function deleteOtherBodyData(db: VaultDatabase, id: string): string | null {
  return deleteFrom(db, 'ander_bestuursorgaan_gegevens', id);
}

export function insertInvestering(db: VaultDatabase, dossierId: string, investering: Investering, at: string): void {
  db.prepare('INSERT INTO financiering_investering (id, dossier_id, omschrijving, bedrag_cent, created_at) VALUES (?, ?, ?, ?, ?)').run(
    investering.id,
    dossierId,
    investering.omschrijving,
    investering.bedragCent,
    at,
  );
}

export function insertHerkomst(db: VaultDatabase, dossierId: string, herkomst: Herkomst, at: string): void {
  db.prepare('INSERT INTO financiering_herkomst (id, dossier_id, omschrijving, soort, bedrag_cent, bewijs, verstrekker_betrokkene_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    herkomst.id,
    dossierId,
    herkomst.omschrijving,
    herkomst.soort,
    herkomst.bedragCent,
    JSON.stringify([...new Set(herkomst.bewijs)]),
    herkomst.verstrekkerBetrokkeneId ?? null,
    at,
  );
}

export function financingOfDossier(db: VaultDatabase, dossierId: string): { investeringen: Investering[]; herkomsten: Herkomst[] } {
  const investeringen = (
    db.prepare('SELECT id, omschrijving, bedrag_cent FROM financiering_investering WHERE dossier_id = ? ORDER BY created_at, rowid').all(dossierId) as {
      id: string;
      omschrijving: string;
      bedrag_cent: number;
    }[]
  ).map((row) => ({ id: row.id, omschrijving: row.omschrijving, bedragCent: row.bedrag_cent }));
  const herkomsten = (
    db.prepare('SELECT id, omschrijving, soort, bedrag_cent, bewijs, verstrekker_betrokkene_id FROM financiering_herkomst WHERE dossier_id = ? ORDER BY created_at, rowid').all(dossierId) as {
      id: string;
      omschrijving: string;
      soort: HerkomstSoort;
      bedrag_cent: number;
      bewijs: string;
      verstrekker_betrokkene_id: string | null;
    }[]
  ).map((row) => ({
    id: row.id,
    omschrijving: row.omschrijving,
    soort: row.soort,
    bedragCent: row.bedrag_cent,
    bewijs: JSON.parse(row.bewijs) as string[],
    ...(row.verstrekker_betrokkene_id !== null ? { verstrekkerBetrokkeneId: row.verstrekker_betrokkene_id } : {}),
  }));
  return { investeringen, herkomsten };
}

export function insertOtherBodyData(db: VaultDatabase, dossierId: string, info: AnderBestuursorgaanInformatie, at: string): void {
  const { id, betrokkeneId, ...gegevens } = info;
  db.prepare('INSERT INTO ander_bestuursorgaan_gegevens (id, dossier_id, betrokkene_id, gegevens, created_at) VALUES (?, ?, ?, ?, ?)').run(id, dossierId, betrokkeneId, JSON.stringify(gegevens), at);
}

export function otherBodyDataOfDossier(db: VaultDatabase, dossierId: string): AnderBestuursorgaanInformatie[] {
  const rows = db.prepare('SELECT id, betrokkene_id, gegevens FROM ander_bestuursorgaan_gegevens WHERE dossier_id = ? ORDER BY created_at, rowid').all(dossierId) as {
    id: string;
    betrokkene_id: string;
    gegevens: string;
  }[];
  return rows.map((row) => ({ ...(JSON.parse(row.gegevens) as Omit<AnderBestuursorgaanInformatie, 'id' | 'betrokkeneId'>), id: row.id, betrokkeneId: row.betrokkene_id }));
}

export function readFormulier(db: VaultDatabase, dossierId: string): unknown {
  const row = db.prepare('SELECT formulier FROM eigen_onderzoek WHERE dossier_id = ?').get(dossierId) as { formulier: string } | undefined;
  return row ? (JSON.parse(row.formulier) as unknown) : null;
}

export function writeFormulier(db: VaultDatabase, dossierId: string, formulier: unknown, at: string): void {
  db.prepare(
    'INSERT INTO eigen_onderzoek (dossier_id, formulier, updated_at) VALUES (?, ?, ?) ON CONFLICT (dossier_id) DO UPDATE SET formulier = excluded.formulier, updated_at = excluded.updated_at',
  ).run(dossierId, JSON.stringify(formulier), at);
}

/** Merging betrokkenen: notes, origins and received data about the removed record now concern the kept one. */
export function moveResearchBetrokkene(db: VaultDatabase, keepId: string, removeId: string): void {
  db.prepare('UPDATE onderzoeksnotitie SET betrokkene_id = ? WHERE betrokkene_id = ?').run(keepId, removeId);
  db.prepare('UPDATE financiering_herkomst SET verstrekker_betrokkene_id = ? WHERE verstrekker_betrokkene_id = ?').run(keepId, removeId);
  db.prepare('UPDATE ander_bestuursorgaan_gegevens SET betrokkene_id = ? WHERE betrokkene_id = ?').run(keepId, removeId);
  db.prepare("UPDATE eigen_onderzoek SET formulier = json_set(formulier, '$.betrokkeneId', ?) WHERE json_extract(formulier, '$.betrokkeneId') = ?").run(keepId, removeId);
}

import type { Dossier } from '../../../src/contract/schemas';
import type { Toepassingsgebied } from '../../../src/domain/toepassingsgebied';
import type { VaultDatabase } from '../database';

interface DossierRow {
  id: string;
  zaaknummer: string;
  toepassingsgebied: Toepassingsgebied;
  aanvrager_naam: string;
  created_at: string;
}

function toDossier(row: DossierRow): Dossier {
  return {
    id: row.id,
    zaaknummer: row.zaaknummer,
    toepassingsgebied: row.toepassingsgebied,
    aanvragerNaam: row.aanvrager_naam,
    createdAt: row.created_at,
  };
}

const columns = 'id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at';

export function insertDossier(db: VaultDatabase, dossier: Dossier): void {
  db.prepare(
    `INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at)
     VALUES (@id, @zaaknummer, @toepassingsgebied, @aanvragerNaam, @createdAt, @createdAt)`,
  ).run(dossier);
}

export function listDossiers(db: VaultDatabase): Dossier[] {
  return (db.prepare(`SELECT ${columns} FROM dossier ORDER BY created_at DESC, zaaknummer`).all() as DossierRow[]).map(toDossier);
}

export function findDossier(db: VaultDatabase, id: string): Dossier | null {
  const row = db.prepare(`SELECT ${columns} FROM dossier WHERE id = ?`).get(id) as DossierRow | undefined;
  return row ? toDossier(row) : null;
}

export function zaaknummerTaken(db: VaultDatabase, zaaknummer: string): boolean {
  return db.prepare('SELECT 1 FROM dossier WHERE zaaknummer = ? COLLATE NOCASE').get(zaaknummer) !== undefined;
}

import type { TermijnGebeurtenisInput } from '../../../src/contract/schemas';
import type { VaultDatabase } from '../database';

/** What moves a dossier's beslistermijn, as recorded: suspensions and the extension. */
export function insertTermijnGebeurtenis(db: VaultDatabase, id: string, dossierId: string, event: TermijnGebeurtenisInput, at: string): void {
  db.prepare('INSERT INTO termijn_gebeurtenis (id, dossier_id, soort, gegevens, created_at) VALUES (?, ?, ?, ?, ?)').run(id, dossierId, event.soort, JSON.stringify(event), at);
}

/** The events that count for the beslistermijn: withdrawn ones are left out. */
export function termijnGebeurtenissen(db: VaultDatabase, dossierId: string): TermijnGebeurtenisInput[] {
  return storedTermijnGebeurtenissen(db, dossierId).map((stored) => stored.gebeurtenis);
}

export interface StoredTermijnGebeurtenis {
  readonly id: string;
  readonly dossierId: string;
  readonly gebeurtenis: TermijnGebeurtenisInput;
}

export function storedTermijnGebeurtenissen(db: VaultDatabase, dossierId: string): StoredTermijnGebeurtenis[] {
  return (db.prepare('SELECT id, gegevens FROM termijn_gebeurtenis WHERE dossier_id = ? AND ingetrokken_op IS NULL ORDER BY created_at, id').all(dossierId) as { id: string; gegevens: string }[]).map(
    (row) => ({ id: row.id, dossierId, gebeurtenis: JSON.parse(row.gegevens) as TermijnGebeurtenisInput }),
  );
}

export function findTermijnGebeurtenis(db: VaultDatabase, id: string): StoredTermijnGebeurtenis | null {
  const row = db.prepare('SELECT id, dossier_id, gegevens FROM termijn_gebeurtenis WHERE id = ? AND ingetrokken_op IS NULL').get(id) as { id: string; dossier_id: string; gegevens: string } | undefined;
  return row ? { id: row.id, dossierId: row.dossier_id, gebeurtenis: JSON.parse(row.gegevens) as TermijnGebeurtenisInput } : null;
}

/** Marks a suspension or verdaging withdrawn; from then on it does not move the beslistermijn. */
export function withdrawTermijnGebeurtenis(db: VaultDatabase, id: string, reden: string, at: string): boolean {
  return db.prepare('UPDATE termijn_gebeurtenis SET ingetrokken_op = ?, ingetrokken_reden = ? WHERE id = ? AND ingetrokken_op IS NULL').run(at, reden, id).changes === 1;
}

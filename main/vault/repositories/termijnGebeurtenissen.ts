import type { TermijnGebeurtenisInput } from '../../../src/contract/schemas';
import type { VaultDatabase } from '../database';

/** What moves a dossier's beslistermijn, as recorded: suspensions and the extension. */
export function insertTermijnGebeurtenis(db: VaultDatabase, id: string, dossierId: string, event: TermijnGebeurtenisInput, at: string): void {
  db.prepare('INSERT INTO termijn_gebeurtenis (id, dossier_id, soort, gegevens, created_at) VALUES (?, ?, ?, ?, ?)').run(id, dossierId, event.soort, JSON.stringify(event), at);
}

export function termijnGebeurtenissen(db: VaultDatabase, dossierId: string): TermijnGebeurtenisInput[] {
  return (db.prepare('SELECT gegevens FROM termijn_gebeurtenis WHERE dossier_id = ? ORDER BY created_at, id').all(dossierId) as { gegevens: string }[]).map(
    (row) => JSON.parse(row.gegevens) as TermijnGebeurtenisInput,
  );
}

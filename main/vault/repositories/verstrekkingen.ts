import type { OntvangerCategorie } from '../../../src/domain/verstrekking';
import type { VaultDatabase } from '../database';

export interface Verstrekking {
  readonly id: string;
  readonly dossierId: string | null;
  readonly wat: string;
  readonly categorie: OntvangerCategorie;
  readonly ontvanger: string;
  readonly verstrektOp: string;
  readonly verstrektDoor: string;
}

export function insertVerstrekking(db: VaultDatabase, verstrekking: Verstrekking): void {
  db.prepare('INSERT INTO verstrekking (id, dossier_id, wat, categorie, ontvanger, verstrekt_op, verstrekt_door) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    verstrekking.id,
    verstrekking.dossierId,
    verstrekking.wat,
    verstrekking.categorie,
    verstrekking.ontvanger,
    verstrekking.verstrektOp,
    verstrekking.verstrektDoor,
  );
}

export function verstrekkingenOfDossier(db: VaultDatabase, dossierId: string): Verstrekking[] {
  return (
    db.prepare('SELECT id, dossier_id, wat, categorie, ontvanger, verstrekt_op, verstrekt_door FROM verstrekking WHERE dossier_id = ? ORDER BY verstrekt_op, rowid').all(dossierId) as {
      id: string;
      dossier_id: string | null;
      wat: string;
      categorie: OntvangerCategorie;
      ontvanger: string;
      verstrekt_op: string;
      verstrekt_door: string;
    }[]
  ).map((row) => ({ id: row.id, dossierId: row.dossier_id, wat: row.wat, categorie: row.categorie, ontvanger: row.ontvanger, verstrektOp: row.verstrekt_op, verstrektDoor: row.verstrekt_door }));
}

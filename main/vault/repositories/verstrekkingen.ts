import type { VerstrekkingGrondslag } from '../../../src/domain/verstrekking';
import type { VaultDatabase } from '../database';

export interface Verstrekking {
  readonly id: string;
  readonly dossierId: string | null;
  readonly wat: string;
  readonly categorie: VerstrekkingGrondslag;
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
      categorie: VerstrekkingGrondslag;
      ontvanger: string;
      verstrekt_op: string;
      verstrekt_door: string;
    }[]
  ).map((row) => ({ id: row.id, dossierId: row.dossier_id, wat: row.wat, categorie: row.categorie, ontvanger: row.ontvanger, verstrektOp: row.verstrekt_op, verstrektDoor: row.verstrekt_door }));
}

/**
 * The whole register, newest first, with the zaaknummer of each entry's dossier (the register screen); for an entry of
 * a destroyed dossier (no dossier id any more) the zaaknummer its vernietigingsrecord keeps.
 */
export function alleVerstrekkingen(db: VaultDatabase): (Verstrekking & { zaaknummer: string | null })[] {
  return (
    db
      .prepare('SELECT v.id, v.dossier_id, v.wat, v.categorie, v.ontvanger, v.verstrekt_op, v.verstrekt_door, COALESCE(d.zaaknummer, (SELECT x.zaaknummer FROM vernietiging x WHERE x.id = v.vernietiging_id)) AS zaaknummer FROM verstrekking v LEFT JOIN dossier d ON d.id = v.dossier_id ORDER BY v.verstrekt_op DESC, v.rowid DESC')
      .all() as { id: string; dossier_id: string | null; wat: string; categorie: VerstrekkingGrondslag; ontvanger: string; verstrekt_op: string; verstrekt_door: string; zaaknummer: string | null }[]
  ).map((row) => ({ id: row.id, dossierId: row.dossier_id, zaaknummer: row.zaaknummer, wat: row.wat, categorie: row.categorie, ontvanger: row.ontvanger, verstrektOp: row.verstrekt_op, verstrektDoor: row.verstrekt_door }));
}

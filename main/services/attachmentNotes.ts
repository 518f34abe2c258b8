import type { VaultDatabase } from '../vault/database';

/** A note of the coordinator on an attachment, optionally on one page of it. */
export interface AttachmentNote {
  readonly id: string;
  readonly bijlageId: string;
  readonly pagina: number | null;
  readonly tekst: string;
  readonly gemaaktOp: string;
  readonly gemaaktDoor: string;
}

export function insertNote(db: VaultDatabase, note: AttachmentNote): void {
  db.prepare('INSERT INTO bijlage_notitie (id, bijlage_id, pagina, tekst, gemaakt_op, gemaakt_door) VALUES (@id, @bijlageId, @pagina, @tekst, @gemaaktOp, @gemaaktDoor)').run(note);
}

/** The notes of an attachment: those without a page first, then by page, each in the order they were written. */
export function notesOf(db: VaultDatabase, bijlageId: string): AttachmentNote[] {
  return db
    .prepare(
      `SELECT id, bijlage_id AS bijlageId, pagina, tekst, gemaakt_op AS gemaaktOp, gemaakt_door AS gemaaktDoor
       FROM bijlage_notitie WHERE bijlage_id = ? ORDER BY pagina IS NOT NULL, pagina, gemaakt_op, rowid`,
    )
    .all(bijlageId) as AttachmentNote[];
}

/** How many notes each attachment of a dossier has (attachments without notes are absent). */
export function noteCounts(db: VaultDatabase, dossierId: string): Map<string, number> {
  const rows = db
    .prepare('SELECT n.bijlage_id AS id, count(*) AS aantal FROM bijlage_notitie n JOIN bijlage b ON b.id = n.bijlage_id WHERE b.dossier_id = ? GROUP BY n.bijlage_id')
    .all(dossierId) as { id: string; aantal: number }[];
  return new Map(rows.map((row) => [row.id, row.aantal]));
}

/** Deletes the notes of an attachment (before the attachment itself); returns how many there were. */
export function deleteNotesOf(db: VaultDatabase, bijlageId: string): number {
  return db.prepare('DELETE FROM bijlage_notitie WHERE bijlage_id = ?').run(bijlageId).changes;
}

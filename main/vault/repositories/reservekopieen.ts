import type { VaultDatabase } from '../database';

export type BackupAanleiding = 'handmatig' | 'ontgrendelen' | 'vergrendelen';

export interface BackupRecord {
  readonly id: string;
  readonly gemaaktOp: string;
  readonly snapshot: string | null;
  readonly aanleiding: BackupAanleiding;
  readonly geslaagd: boolean;
  readonly grootte: number;
  readonly bijlagenGekopieerd: number;
  /** Attachments whose file was already missing from the vault when the backup was made (so not in it). */
  readonly bijlagenOntbraken: number;
  readonly melding: string;
}

interface Row {
  id: string;
  gemaakt_op: string;
  snapshot: string | null;
  aanleiding: BackupAanleiding;
  geslaagd: number;
  grootte: number;
  bijlagen_gekopieerd: number;
  bijlagen_ontbraken: number;
  melding: string;
}

const fromRow = (row: Row): BackupRecord => ({
  id: row.id,
  gemaaktOp: row.gemaakt_op,
  snapshot: row.snapshot,
  aanleiding: row.aanleiding,
  geslaagd: row.geslaagd === 1,
  grootte: row.grootte,
  bijlagenGekopieerd: row.bijlagen_gekopieerd,
  bijlagenOntbraken: row.bijlagen_ontbraken,
  melding: row.melding,
});

export function insertBackupRecord(db: VaultDatabase, record: BackupRecord): void {
  db.prepare(
    'INSERT INTO reservekopie (id, gemaakt_op, snapshot, aanleiding, geslaagd, grootte, bijlagen_gekopieerd, bijlagen_ontbraken, melding) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(record.id, record.gemaaktOp, record.snapshot, record.aanleiding, record.geslaagd ? 1 : 0, record.grootte, record.bijlagenGekopieerd, record.bijlagenOntbraken, record.melding);
}

/** The newest record, or the newest good one. */
export function latestBackupRecord(db: VaultDatabase, onlyGood: boolean): BackupRecord | null {
  const row = db
    .prepare(`SELECT * FROM reservekopie ${onlyGood ? 'WHERE geslaagd = 1' : ''} ORDER BY gemaakt_op DESC, rowid DESC LIMIT 1`)
    .get() as Row | undefined;
  return row ? fromRow(row) : null;
}

export function recentBackupRecords(db: VaultDatabase, limit: number): BackupRecord[] {
  return (db.prepare('SELECT * FROM reservekopie ORDER BY gemaakt_op DESC, rowid DESC LIMIT ?').all(limit) as Row[]).map(fromRow);
}

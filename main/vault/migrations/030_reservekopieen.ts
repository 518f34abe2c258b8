import type { Migration } from './migration';

/**
 * The backups the vault made of itself (issue 24 §2): when, which snapshot, why (by hand, at the first unlock of a
 * day, at locking), whether it was verified, its size and how many attachment files it copied. The backup folder
 * and how many snapshots to keep are settings (in `setting`, inside the encrypted vault). Rows are never changed.
 */
export const migration030: Migration = {
  version: 30,
  name: 'reservekopieen',
  up(db) {
    db.exec(`
      CREATE TABLE reservekopie (
        id TEXT PRIMARY KEY,
        gemaakt_op TEXT NOT NULL,
        snapshot TEXT,
        aanleiding TEXT NOT NULL CHECK (aanleiding IN ('handmatig', 'ontgrendelen', 'vergrendelen')),
        geslaagd INTEGER NOT NULL CHECK (geslaagd IN (0, 1)),
        grootte INTEGER NOT NULL DEFAULT 0 CHECK (grootte >= 0),
        bijlagen_gekopieerd INTEGER NOT NULL DEFAULT 0 CHECK (bijlagen_gekopieerd >= 0),
        melding TEXT NOT NULL
      );
      CREATE INDEX reservekopie_gemaakt_op ON reservekopie (gemaakt_op);
      CREATE TRIGGER reservekopie_no_update BEFORE UPDATE ON reservekopie BEGIN SELECT RAISE(ABORT, 'reservekopie rows are never changed'); END;
    `);
  },
};

import type { Migration } from './migration';

/**
 * Generated letters, kept in the vault with their date, kind, hash and the restricted findings the coordinator
 * chose to include anyway (with the reasons). The document itself is a small .docx stored as a blob, so it never
 * exists as a file until it is exported through the save dialog.
 */
export const migration013: Migration = {
  version: 13,
  name: 'brieven',
  up(db) {
    db.exec(`
      CREATE TABLE brief (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossier (id),
        soort TEXT NOT NULL,
        titel TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        inhoud BLOB NOT NULL,
        doorbrekingen TEXT NOT NULL DEFAULT '[]',
        gemaakt_op TEXT NOT NULL,
        gemaakt_door TEXT NOT NULL
      ) STRICT;
      CREATE INDEX brief_dossier ON brief (dossier_id, gemaakt_op);
    `);
  },
};

import type { Migration } from './migration';

/**
 * The disclosure register (Wet Bibob art. 28 lid 2, art. 7a lid 6): every export of dossier data names the category
 * of its recipient and the recipient, and is kept here as well as in the audit trail. Append-only, like the audit log.
 */
export const migration012: Migration = {
  version: 12,
  name: 'verstrekkingsregister',
  up(db) {
    db.exec(`
      CREATE TABLE verstrekking (
        id TEXT PRIMARY KEY,
        dossier_id TEXT REFERENCES dossier (id),
        wat TEXT NOT NULL,
        categorie TEXT NOT NULL CHECK (categorie IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o')),
        ontvanger TEXT NOT NULL CHECK (length(ontvanger) BETWEEN 1 AND 300),
        verstrekt_op TEXT NOT NULL,
        verstrekt_door TEXT NOT NULL
      ) STRICT;
      CREATE INDEX verstrekking_dossier ON verstrekking (dossier_id, verstrekt_op);
      CREATE TRIGGER verstrekking_geen_wijziging BEFORE UPDATE ON verstrekking BEGIN SELECT RAISE(ABORT, 'verstrekkingsregister is alleen aan te vullen'); END;
      CREATE TRIGGER verstrekking_geen_verwijdering BEFORE DELETE ON verstrekking BEGIN SELECT RAISE(ABORT, 'verstrekkingsregister is alleen aan te vullen'); END;
    `);
  },
};

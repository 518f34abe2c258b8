import type { Migration } from './migration';

/**
 * Issue 20 §4. (1) A letter can carry a document of its own that goes with it — the Bibob-vragenformulier the
 * applicant fills in, enclosed with the toezending — kept in the vault next to the letter, and what its export is
 * (no disclosure, a fixed legal basis, or the coordinator's choice; JSON, null for a letter made before: then the
 * letter's type decides). (2) The disclosure register takes, besides the categories of art. 28 lid 2 Wet Bibob, the
 * transfers that rest on the law's own provisions: to the LBB on art. 9 with 7a lid 4 (request) and on art. 7a lid
 * 7/8 with 11a (melding), to the rijksbelastingdienst on art. 7c. SQLite cannot change a CHECK, so the register is
 * rebuilt with its rows (in their order) and its append-only triggers.
 */
export const migration028: Migration = {
  version: 28,
  name: 'brief_bijlage_grondslagen',
  up(db) {
    db.exec(`
      ALTER TABLE brief ADD COLUMN bijlage BLOB;
      ALTER TABLE brief ADD COLUMN bijlage_naam TEXT;
      ALTER TABLE brief ADD COLUMN verstrekking TEXT;

      DROP TRIGGER verstrekking_geen_wijziging;
      DROP TRIGGER verstrekking_geen_verwijdering;
      CREATE TABLE verstrekking_nieuw (
        id TEXT PRIMARY KEY,
        dossier_id TEXT REFERENCES dossier (id),
        wat TEXT NOT NULL,
        categorie TEXT NOT NULL CHECK (categorie IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'lbb-adviesaanvraag', 'lbb-melding', 'belastingdienst')),
        ontvanger TEXT NOT NULL CHECK (length(ontvanger) BETWEEN 1 AND 300),
        verstrekt_op TEXT NOT NULL,
        verstrekt_door TEXT NOT NULL
      ) STRICT;
      INSERT INTO verstrekking_nieuw (rowid, id, dossier_id, wat, categorie, ontvanger, verstrekt_op, verstrekt_door)
        SELECT rowid, id, dossier_id, wat, categorie, ontvanger, verstrekt_op, verstrekt_door FROM verstrekking ORDER BY rowid;
      DROP TABLE verstrekking;
      ALTER TABLE verstrekking_nieuw RENAME TO verstrekking;
      CREATE INDEX verstrekking_dossier ON verstrekking (dossier_id, verstrekt_op);
      CREATE INDEX verstrekking_datum ON verstrekking (verstrekt_op);
      CREATE TRIGGER verstrekking_geen_wijziging BEFORE UPDATE ON verstrekking BEGIN SELECT RAISE(ABORT, 'verstrekkingsregister is alleen aan te vullen'); END;
      CREATE TRIGGER verstrekking_geen_verwijdering BEFORE DELETE ON verstrekking BEGIN SELECT RAISE(ABORT, 'verstrekkingsregister is alleen aan te vullen'); END;
    `);
  },
};

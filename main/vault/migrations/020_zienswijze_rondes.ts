import type { Migration } from './migration';

/**
 * The zienswijze step belongs to the intended outcome it was asked on (art. 33 lid 1 Wet Bibob, issue 19 item 9):
 * each invitation records that outcome. Invitations made before this version are taken to be on the dossier's
 * present outcome, the only one the app then knew. And per dossier and outcome, the coordinator's record that a new
 * round is left out because the betrokkene was heard before and no new facts arose since (Awb 4:11 onder b, via
 * art. 33 lid 3 Wet Bibob), with the earlier round relied on and the reason.
 */
export const migration020: Migration = {
  version: 20,
  name: 'zienswijzerondes',
  up(db) {
    db.exec(`
      ALTER TABLE zienswijze ADD COLUMN uitkomst TEXT;
      UPDATE zienswijze SET uitkomst = (SELECT dossier.uitkomst FROM dossier WHERE dossier.id = zienswijze.dossier_id);

      CREATE TABLE zienswijze_geen_nieuwe_ronde (
        dossier_id TEXT NOT NULL REFERENCES dossier (id),
        uitkomst TEXT NOT NULL,
        eerdere_uitkomst TEXT NOT NULL,
        reden TEXT NOT NULL CHECK (length(trim(reden)) > 0),
        created_at TEXT NOT NULL,
        PRIMARY KEY (dossier_id, uitkomst),
        CHECK (uitkomst <> eerdere_uitkomst)
      ) STRICT;
    `);
  },
};

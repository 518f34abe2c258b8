import type { Migration } from './migration';

export const migration005: Migration = {
  version: 5,
  name: 'herstelverzoeken',
  up(db) {
    db.exec(`
      -- Invitations to complete the application (Awb 4:5) with their term, which suspends the beslistermijn
      -- (Awb 4:15 lid 1 sub a), and how the applicant responded.
      CREATE TABLE herstelverzoek (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossier (id),
        verzonden_op TEXT NOT NULL,
        termijn_tot TEXT NOT NULL,
        ontbrekend TEXT NOT NULL,
        aangevuld_op TEXT,
        aanvulling TEXT CHECK (aanvulling IS NULL OR aanvulling IN ('volledig', 'onvolledig')),
        created_at TEXT NOT NULL,
        CHECK (termijn_tot > verzonden_op),
        CHECK ((aangevuld_op IS NULL) = (aanvulling IS NULL))
      ) STRICT;
      CREATE INDEX herstelverzoek_dossier ON herstelverzoek (dossier_id, verzonden_op);
    `);
  },
};

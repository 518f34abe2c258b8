import type { Migration } from './migration';

/**
 * The assessment of a dossier (Wet Bibob art. 3, 3a, 4) as one validated JSON document with its proposed measure;
 * the reasonable suspicion that the betrokkene withdrew because of the investigation (art. 7a lid 8); the meldingen
 * to the LBB (art. 7a lid 7 and 8); the coordinator's own voorschriften live in the settings table. Answers to
 * information requests get their use restrictions.
 */
export const migration010: Migration = {
  version: 10,
  name: 'beoordeling en melding aan het LBB',
  up(db) {
    db.exec(`
      CREATE TABLE beoordeling (
        dossier_id TEXT PRIMARY KEY REFERENCES dossier (id),
        gegevens TEXT NOT NULL,
        voorgestelde_maatregel TEXT,
        terugtrekking_vermoed INTEGER NOT NULL DEFAULT 0 CHECK (terugtrekking_vermoed IN (0, 1)),
        terugtrekking_toelichting TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE melding_lbb (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossier (id),
        grondslag TEXT NOT NULL,
        conclusie TEXT,
        gemeld_op TEXT NOT NULL,
        kenmerk TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX melding_lbb_dossier ON melding_lbb (dossier_id, created_at);

      ALTER TABLE informatieverzoek ADD COLUMN antwoord_beperkingen TEXT NOT NULL DEFAULT '[]';
    `);
  },
};

import type { Migration } from './migration';

export const migration003: Migration = {
  version: 3,
  name: 'dossiergegevens, betrokkenen, tijdlijn, termijngebeurtenissen en zoekindex',
  up(db) {
    db.exec(`
      ALTER TABLE dossier ADD COLUMN besluitsoort TEXT;
      ALTER TABLE dossier ADD COLUMN ontvangen_op TEXT;
      ALTER TABLE dossier ADD COLUMN locatie_adres TEXT NOT NULL DEFAULT '';
      ALTER TABLE dossier ADD COLUMN bag_id TEXT;
      ALTER TABLE dossier ADD COLUMN coordinator TEXT NOT NULL DEFAULT '';
      ALTER TABLE dossier ADD COLUMN notities TEXT NOT NULL DEFAULT '';
      ALTER TABLE dossier ADD COLUMN fase TEXT NOT NULL DEFAULT 'intake';
      -- The proposed or final measure (verlenen, weigeren …); the workflow needs it before besluit.
      ALTER TABLE dossier ADD COLUMN uitkomst TEXT;
      -- The deadline engine's result, kept with the dossier so that lists and filters need no recomputation.
      ALTER TABLE dossier ADD COLUMN uiterste_beslisdatum TEXT;
      ALTER TABLE dossier ADD COLUMN beslisdatum_voorlopig INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX dossier_fase ON dossier (fase);
      CREATE INDEX dossier_toepassingsgebied ON dossier (toepassingsgebied);
      CREATE INDEX dossier_coordinator ON dossier (coordinator);
      CREATE INDEX dossier_beslisdatum ON dossier (uiterste_beslisdatum);

      CREATE TABLE betrokkene (
        id TEXT PRIMARY KEY,
        soort TEXT NOT NULL CHECK (soort IN ('persoon', 'rechtspersoon')),
        naam TEXT NOT NULL,
        match_key TEXT NOT NULL,
        geboortedatum TEXT,
        geboorteplaats TEXT,
        bsn TEXT,
        kvk_nummer TEXT,
        rechtsvorm TEXT,
        adres TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX betrokkene_match_key ON betrokkene (match_key);
      CREATE INDEX betrokkene_kvk ON betrokkene (kvk_nummer) WHERE kvk_nummer IS NOT NULL;
      CREATE INDEX betrokkene_bsn ON betrokkene (bsn) WHERE bsn IS NOT NULL;

      CREATE TABLE dossier_betrokkene (
        dossier_id TEXT NOT NULL REFERENCES dossier (id),
        betrokkene_id TEXT NOT NULL REFERENCES betrokkene (id),
        rol TEXT NOT NULL,
        aandeel_percentage REAL CHECK (aandeel_percentage IS NULL OR (aandeel_percentage > 0 AND aandeel_percentage <= 100)),
        toelichting TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (dossier_id, betrokkene_id, rol)
      ) STRICT;
      CREATE INDEX dossier_betrokkene_betrokkene ON dossier_betrokkene (betrokkene_id);

      CREATE TABLE betrokkene_relatie (
        id TEXT PRIMARY KEY,
        van_id TEXT NOT NULL REFERENCES betrokkene (id),
        naar_id TEXT NOT NULL REFERENCES betrokkene (id),
        soort TEXT NOT NULL,
        percentage REAL,
        created_at TEXT NOT NULL,
        CHECK (van_id <> naar_id)
      ) STRICT;
      CREATE INDEX betrokkene_relatie_van ON betrokkene_relatie (van_id);
      CREATE INDEX betrokkene_relatie_naar ON betrokkene_relatie (naar_id);

      -- The dossier's timeline: phase changes and every event a coordinator should see in order.
      CREATE TABLE dossier_gebeurtenis (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        dossier_id TEXT NOT NULL REFERENCES dossier (id),
        at TEXT NOT NULL,
        soort TEXT NOT NULL,
        omschrijving TEXT NOT NULL,
        gegevens TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX dossier_gebeurtenis_dossier ON dossier_gebeurtenis (dossier_id, seq);

      -- What moves the beslistermijn: suspensions (Awb 4:15, Wet Bibob art. 31) and the one extension.
      CREATE TABLE termijn_gebeurtenis (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossier (id),
        soort TEXT NOT NULL,
        gegevens TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX termijn_gebeurtenis_dossier ON termijn_gebeurtenis (dossier_id);

      -- Full-text search inside the encrypted vault; diacritics folded so "covic" finds "Čović". The FTS row of a
      -- dossier or betrokkene has the rowid of its zoek_ref row, so replacing it is a lookup, not a scan.
      CREATE TABLE zoek_ref (
        rowid INTEGER PRIMARY KEY,
        soort TEXT NOT NULL CHECK (soort IN ('dossier', 'betrokkene')),
        ref_id TEXT NOT NULL,
        UNIQUE (soort, ref_id)
      ) STRICT;
      CREATE VIRTUAL TABLE zoekindex USING fts5(tekst, tokenize = 'unicode61 remove_diacritics 2');
      INSERT INTO zoek_ref (soort, ref_id) SELECT 'dossier', id FROM dossier;
      INSERT INTO zoekindex (rowid, tekst)
        SELECT r.rowid, d.zaaknummer || ' ' || d.aanvrager_naam FROM zoek_ref r JOIN dossier d ON d.id = r.ref_id;
    `);
  },
};

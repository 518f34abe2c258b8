import type { Migration } from './migration';

/**
 * The eigen onderzoek of a dossier (Wet Bibob art. 7a, 7b, 7c, 28 lid 2 sub m): research notes per betrokkene with
 * source and date, the financing check (investments against their documented origins), information received from
 * another bestuursorgaan, and the parts of the formulier bevindingen eigen onderzoek that are not derived from
 * those (art. 7a lid 4 and 5), kept as one JSON document per dossier. Betrokkenen are foreign keys, so that merging
 * two records carries the notes along.
 */
export const migration009: Migration = {
  version: 9,
  name: 'eigen onderzoek',
  up(db) {
    db.exec(`
      CREATE TABLE onderzoeksnotitie (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossier (id),
        betrokkene_id TEXT NOT NULL REFERENCES betrokkene (id),
        bron TEXT NOT NULL,
        geraadpleegd_op TEXT NOT NULL,
        bevinding TEXT NOT NULL CHECK (length(bevinding) BETWEEN 1 AND 5000),
        kenmerk TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX onderzoeksnotitie_dossier ON onderzoeksnotitie (dossier_id, geraadpleegd_op);
      CREATE INDEX onderzoeksnotitie_betrokkene ON onderzoeksnotitie (betrokkene_id);

      CREATE TABLE financiering_investering (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossier (id),
        omschrijving TEXT NOT NULL CHECK (length(omschrijving) BETWEEN 1 AND 500),
        bedrag_cent INTEGER NOT NULL CHECK (bedrag_cent >= 0),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX financiering_investering_dossier ON financiering_investering (dossier_id, created_at);

      CREATE TABLE financiering_herkomst (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossier (id),
        omschrijving TEXT NOT NULL CHECK (length(omschrijving) BETWEEN 1 AND 500),
        soort TEXT NOT NULL CHECK (soort IN ('eigen-vermogen', 'lening', 'schenking', 'omzet', 'overig')),
        bedrag_cent INTEGER NOT NULL CHECK (bedrag_cent >= 0),
        bewijs TEXT NOT NULL DEFAULT '[]',
        verstrekker_betrokkene_id TEXT REFERENCES betrokkene (id),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX financiering_herkomst_dossier ON financiering_herkomst (dossier_id, created_at);
      CREATE INDEX financiering_herkomst_verstrekker ON financiering_herkomst (verstrekker_betrokkene_id);

      CREATE TABLE ander_bestuursorgaan_gegevens (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossier (id),
        betrokkene_id TEXT NOT NULL REFERENCES betrokkene (id),
        gegevens TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX ander_bestuursorgaan_gegevens_dossier ON ander_bestuursorgaan_gegevens (dossier_id, created_at);
      CREATE INDEX ander_bestuursorgaan_gegevens_betrokkene ON ander_bestuursorgaan_gegevens (betrokkene_id);

      CREATE TABLE eigen_onderzoek (
        dossier_id TEXT PRIMARY KEY REFERENCES dossier (id),
        formulier TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

import type { Migration } from './migration';

/**
 * Attachments inside the vault. Content is stored once per SHA-256 (content-addressed) in chunks of at most
 * `chunk_grootte` bytes; a bijlage ties a content to a dossier under the name it was imported with.
 *
 * A content row is created first with sha256 NULL ('staging') and receives its hash only when the import is
 * complete: the chunks refer to the row's integer id, so finishing an import updates one small row instead of
 * rewriting every chunk under a new key. Staging rows are never visible as attachments (bijlage refers to sha256)
 * and are removed when their import fails, or after a crash on the next import.
 */
export const migration004: Migration = {
  version: 4,
  name: 'bijlagen: bestandsinhoud in delen en bijlagen per dossier',
  up(db) {
    db.exec(`
      CREATE TABLE bestand_inhoud (
        id INTEGER PRIMARY KEY,
        sha256 TEXT UNIQUE CHECK (sha256 IS NULL OR (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*')),
        grootte INTEGER NOT NULL CHECK (grootte >= 0),
        type TEXT,
        mime TEXT,
        chunks INTEGER NOT NULL CHECK (chunks >= 0),
        chunk_grootte INTEGER NOT NULL CHECK (chunk_grootte > 0),
        created_at TEXT NOT NULL,
        CHECK (sha256 IS NULL OR (type IS NOT NULL AND mime IS NOT NULL AND grootte > 0))
      ) STRICT;
      CREATE INDEX bestand_inhoud_staging ON bestand_inhoud (id) WHERE sha256 IS NULL;

      CREATE TABLE bestand_chunk (
        inhoud_id INTEGER NOT NULL REFERENCES bestand_inhoud (id),
        volgnummer INTEGER NOT NULL CHECK (volgnummer >= 0),
        data BLOB NOT NULL,
        PRIMARY KEY (inhoud_id, volgnummer)
      ) STRICT;

      CREATE TABLE bijlage (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossier (id),
        sha256 TEXT NOT NULL REFERENCES bestand_inhoud (sha256),
        bestandsnaam TEXT NOT NULL CHECK (length(bestandsnaam) > 0),
        type TEXT NOT NULL CHECK (type IN ('pdf', 'png', 'jpeg', 'gif', 'webp', 'docx', 'xlsx', 'eml', 'txt')),
        grootte INTEGER NOT NULL CHECK (grootte > 0),
        geimporteerd_door TEXT NOT NULL,
        geimporteerd_op TEXT NOT NULL,
        waarschuwing TEXT
      ) STRICT;
      CREATE INDEX bijlage_dossier ON bijlage (dossier_id, geimporteerd_op);
      CREATE INDEX bijlage_sha256 ON bijlage (sha256);
    `);
  },
};

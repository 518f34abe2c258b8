import { randomBytes } from 'node:crypto';
import type { Migration } from './migration';

/**
 * Attachments as separately encrypted files (issue 24 §1). A content row gets the id of its file in
 * <dataFolder>/bijlagen/, the file's own random key and a keyed hash (HMAC-SHA-256) of its content, under a key held
 * in the vault (bestand_sleutel), by which identical content is found.
 *
 * Migrations run SQL in one transaction and cannot write files. Moving the existing chunks out of bestand_chunk into
 * files is therefore a step at unlock, after the migrations (main/files/attachmentMove.ts): idempotent and
 * crash-safe, and the runner has made its encrypted backup of the whole database before this migration. Until then a
 * content row has bestand_id NULL and its chunks stay where they were. What an interrupted import staged (sha256
 * NULL) is deleted here; it was never an attachment.
 */
export const migration029: Migration = {
  version: 29,
  name: 'bijlagen als versleutelde bestanden',
  up(db) {
    db.exec(`
      ALTER TABLE bestand_inhoud ADD COLUMN bestand_id TEXT CHECK (bestand_id IS NULL OR (length(bestand_id) = 32 AND bestand_id NOT GLOB '*[^0-9a-f]*'));
      ALTER TABLE bestand_inhoud ADD COLUMN sleutel BLOB CHECK (sleutel IS NULL OR length(sleutel) = 32);
      ALTER TABLE bestand_inhoud ADD COLUMN hmac TEXT CHECK (hmac IS NULL OR (length(hmac) = 64 AND hmac NOT GLOB '*[^0-9a-f]*'));
      CREATE UNIQUE INDEX bestand_inhoud_bestand ON bestand_inhoud (bestand_id) WHERE bestand_id IS NOT NULL;
      CREATE UNIQUE INDEX bestand_inhoud_hmac ON bestand_inhoud (hmac) WHERE hmac IS NOT NULL;
      CREATE INDEX bestand_inhoud_te_verplaatsen ON bestand_inhoud (id) WHERE bestand_id IS NULL;

      CREATE TABLE bestand_sleutel (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        hmac_sleutel BLOB NOT NULL CHECK (length(hmac_sleutel) = 32)
      ) STRICT;

      DELETE FROM bestand_chunk WHERE inhoud_id IN (SELECT id FROM bestand_inhoud WHERE sha256 IS NULL);
      DELETE FROM bestand_inhoud WHERE sha256 IS NULL;
    `);
    db.prepare('INSERT INTO bestand_sleutel (id, hmac_sleutel) VALUES (1, ?)').run(randomBytes(32));
  },
};

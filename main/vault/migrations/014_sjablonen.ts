import type { Migration } from './migration';

/**
 * Letter templates the coordinator edits, one row per saved version (version 0 is the built-in standard and is
 * never stored); for each generated letter the template version it was made from, and its content and layout
 * (blocks, kenmerk, house style, envelope) so that it can be printed to PDF exactly as it was made.
 */
export const migration014: Migration = {
  version: 14,
  name: 'briefsjablonen',
  up(db) {
    db.exec(`
      CREATE TABLE sjabloon (
        soort TEXT NOT NULL,
        versie INTEGER NOT NULL CHECK (versie >= 1),
        onderwerp TEXT NOT NULL,
        tekst TEXT NOT NULL,
        opgeslagen_op TEXT NOT NULL,
        opgeslagen_door TEXT NOT NULL,
        PRIMARY KEY (soort, versie)
      ) STRICT;
      CREATE TRIGGER sjabloon_geen_wijziging BEFORE UPDATE ON sjabloon BEGIN SELECT RAISE(ABORT, 'Een sjabloonversie wordt niet gewijzigd; sla een nieuwe versie op.'); END;
      ALTER TABLE brief ADD COLUMN sjabloon_versie INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE brief ADD COLUMN opmaak TEXT;
    `);
  },
};

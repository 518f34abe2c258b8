import type { Migration } from './migration';

/**
 * Notes on attachments: an observation of the coordinator on a document, optionally on one page of it
 * ("p. 4: lening zonder aflossingsschema"). A note belongs to its bijlage and is deleted with it.
 */
export const migration007: Migration = {
  version: 7,
  name: 'notities bij bijlagen',
  up(db) {
    db.exec(`
      CREATE TABLE bijlage_notitie (
        id TEXT PRIMARY KEY,
        bijlage_id TEXT NOT NULL REFERENCES bijlage (id),
        pagina INTEGER CHECK (pagina IS NULL OR pagina >= 1),
        tekst TEXT NOT NULL CHECK (length(tekst) BETWEEN 1 AND 2000),
        gemaakt_op TEXT NOT NULL,
        gemaakt_door TEXT NOT NULL
      ) STRICT;
      CREATE INDEX bijlage_notitie_bijlage ON bijlage_notitie (bijlage_id, pagina, gemaakt_op);
    `);
  },
};

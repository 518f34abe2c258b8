import type { Migration } from './migration';

/**
 * The Bibob-vragenformulier per dossier. Imported versions of the question set are kept as the JSON they were
 * imported with (the set shipped with the app needs no row). A dossier's vragenformulier keeps the set version
 * and selection it was sent with, the applicant's answers, and — in a revocation investigation — the date the
 * holder refused to complete it (art. 4 lid 1 Wet Bibob). Per item (question or required attachment, see
 * itemKey) the coordinator's status and note, and the attachments linked to it.
 */
export const migration006: Migration = {
  version: 6,
  name: 'vragensets en vragenformulieren per dossier',
  up(db) {
    db.exec(`
      CREATE TABLE vraagset (
        id TEXT NOT NULL CHECK (length(id) > 0),
        versie TEXT NOT NULL CHECK (length(versie) > 0),
        json TEXT NOT NULL,
        geimporteerd_op TEXT NOT NULL,
        geimporteerd_door TEXT NOT NULL,
        PRIMARY KEY (id, versie)
      ) STRICT;

      CREATE TABLE dossier_vragenformulier (
        dossier_id TEXT PRIMARY KEY REFERENCES dossier (id),
        set_id TEXT NOT NULL,
        versie TEXT NOT NULL,
        selectie TEXT NOT NULL,
        verzonden_op TEXT,
        ontvangen_op TEXT,
        antwoorden TEXT NOT NULL DEFAULT '{"algemeen":{},"perPersoon":{}}',
        weigering_op TEXT,
        CHECK (ontvangen_op IS NULL OR (verzonden_op IS NOT NULL AND ontvangen_op >= verzonden_op)),
        CHECK (weigering_op IS NULL OR (verzonden_op IS NOT NULL AND weigering_op >= verzonden_op))
      ) STRICT;

      CREATE TABLE vragenformulier_item (
        dossier_id TEXT NOT NULL REFERENCES dossier_vragenformulier (dossier_id),
        sleutel TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('ontvangen', 'ontbreekt', 'onvolledig', 'niet-van-toepassing')),
        notitie TEXT NOT NULL DEFAULT '',
        bijgewerkt_op TEXT NOT NULL,
        CHECK (status NOT IN ('onvolledig', 'niet-van-toepassing') OR length(notitie) > 0),
        PRIMARY KEY (dossier_id, sleutel)
      ) STRICT;

      -- A deleted bijlage is no longer linked to any item.
      CREATE TABLE vragenformulier_item_bijlage (
        dossier_id TEXT NOT NULL REFERENCES dossier_vragenformulier (dossier_id),
        sleutel TEXT NOT NULL,
        bijlage_id TEXT NOT NULL REFERENCES bijlage (id) ON DELETE CASCADE,
        PRIMARY KEY (dossier_id, sleutel, bijlage_id)
      ) STRICT;
      CREATE INDEX vragenformulier_item_bijlage_bijlage ON vragenformulier_item_bijlage (bijlage_id);

      -- Proposed betrokkenen (named in the answers) the coordinator confirmed; the record and its role live in
      -- dossier_betrokkene. No reference to betrokkene: merging records must stay possible.
      CREATE TABLE vragenformulier_bevestiging (
        dossier_id TEXT NOT NULL REFERENCES dossier_vragenformulier (dossier_id),
        voorstel TEXT NOT NULL,
        rol TEXT NOT NULL,
        bevestigd_op TEXT NOT NULL,
        PRIMARY KEY (dossier_id, voorstel)
      ) STRICT;
    `);
  },
};

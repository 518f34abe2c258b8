import type { Migration } from './migration';

/**
 * Information requests of a dossier (RIEC, Belastingdienst, another bestuursorgaan, Justitiële documentatie) and the
 * advice request to the Landelijk Bureau Bibob with what only it records: the LBB's own requests for data (art. 15
 * lid 2 Wet Bibob), its one extension of at most four weeks (lid 3) and the notice to the betrokkene (art. 32).
 * The betrokkenen a request covers are a join table, so that merging two betrokkene records carries them along.
 * The answer's documents are attachments in the vault, referred to by id (a removed attachment shows as removed).
 */
export const migration008: Migration = {
  version: 8,
  name: 'informatieverzoeken en LBB-adviesaanvraag',
  up(db) {
    db.exec(`
      CREATE TABLE informatieverzoek (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossier (id),
        geadresseerde TEXT NOT NULL CHECK (geadresseerde IN ('riec', 'belastingdienst-vergrijpboetes', 'ander-bestuursorgaan', 'justitiele-documentatie', 'lbb')),
        geadresseerde_naam TEXT NOT NULL DEFAULT '',
        vragen TEXT NOT NULL CHECK (length(vragen) BETWEEN 1 AND 10000),
        status TEXT NOT NULL CHECK (status IN ('concept', 'verzonden', 'verlengd', 'beantwoord', 'ingetrokken')),
        verzonden_op TEXT,
        uiterlijk_op TEXT,
        antwoord_ontvangen_op TEXT,
        antwoord_samenvatting TEXT,
        antwoord_bijlagen TEXT NOT NULL DEFAULT '[]',
        ingetrokken_reden TEXT,
        lbb_verlenging_gemeld_op TEXT,
        lbb_verlenging_weken INTEGER CHECK (lbb_verlenging_weken IS NULL OR lbb_verlenging_weken BETWEEN 1 AND 4),
        lbb_betrokkene_geinformeerd_op TEXT,
        created_at TEXT NOT NULL,
        CHECK (status = 'concept' OR verzonden_op IS NOT NULL),
        CHECK (status <> 'beantwoord' OR (antwoord_ontvangen_op IS NOT NULL AND antwoord_samenvatting IS NOT NULL))
      ) STRICT;
      CREATE INDEX informatieverzoek_dossier ON informatieverzoek (dossier_id, created_at);
      CREATE INDEX informatieverzoek_open ON informatieverzoek (status, uiterlijk_op);

      CREATE TABLE informatieverzoek_betrokkene (
        verzoek_id TEXT NOT NULL REFERENCES informatieverzoek (id),
        betrokkene_id TEXT NOT NULL REFERENCES betrokkene (id),
        PRIMARY KEY (verzoek_id, betrokkene_id)
      ) STRICT;
      CREATE INDEX informatieverzoek_betrokkene_betrokkene ON informatieverzoek_betrokkene (betrokkene_id);

      CREATE TABLE lbb_gegevensverzoek (
        id TEXT PRIMARY KEY,
        verzoek_id TEXT NOT NULL REFERENCES informatieverzoek (id),
        omschrijving TEXT NOT NULL CHECK (length(omschrijving) BETWEEN 1 AND 2000),
        verzocht_op TEXT NOT NULL,
        ontvangen_op TEXT,
        created_at TEXT NOT NULL,
        CHECK (ontvangen_op IS NULL OR ontvangen_op >= verzocht_op)
      ) STRICT;
      CREATE INDEX lbb_gegevensverzoek_verzoek ON lbb_gegevensverzoek (verzoek_id, verzocht_op);
    `);
  },
};

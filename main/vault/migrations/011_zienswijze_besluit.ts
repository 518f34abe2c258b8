import type { Migration } from './migration';

/**
 * The zienswijze step of art. 33 Wet Bibob per invited party (the betrokkene and every third party named in the
 * intended decision), and the decision itself: its date, for a vastgoedtransactie whether the contract holds the
 * clause that allows suspending or dissolving it, and bezwaar and beroep with their results.
 */
export const migration011: Migration = {
  version: 11,
  name: 'zienswijze en besluit',
  up(db) {
    db.exec(`
      CREATE TABLE zienswijze (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossier (id),
        betrokkene_id TEXT NOT NULL REFERENCES betrokkene (id),
        rol TEXT NOT NULL CHECK (rol IN ('betrokkene', 'derde')),
        uitgenodigd_op TEXT NOT NULL,
        termijn_tot TEXT NOT NULL,
        reden_korte_termijn TEXT NOT NULL DEFAULT '',
        afschrift_advies INTEGER NOT NULL CHECK (afschrift_advies IN (0, 1)),
        geheimhouding_gewezen INTEGER NOT NULL CHECK (geheimhouding_gewezen IN (0, 1)),
        ontvangen_op TEXT,
        samenvatting TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        CHECK (termijn_tot > uitgenodigd_op)
      ) STRICT;
      CREATE INDEX zienswijze_dossier ON zienswijze (dossier_id, uitgenodigd_op);
      CREATE INDEX zienswijze_betrokkene ON zienswijze (betrokkene_id);

      CREATE TABLE besluit (
        dossier_id TEXT PRIMARY KEY REFERENCES dossier (id),
        gegevens TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

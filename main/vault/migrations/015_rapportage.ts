import type { Migration } from './migration';

/** The closed phases as they stood at this migration (stored ids; a later change needs a migration of its own). */
const GESLOTEN = "'afgerond', 'buiten-behandeling', 'ingetrokken'";

/**
 * What the dashboard and the annual report need at 100,000 dossiers (issue 13): the closings and reopenings of
 * dossiers in a compact table of their own, kept by a trigger on the timeline and filled from it — the report needs
 * only when a dossier was closed, in which way, and whether it was opened again, not every step in between, and
 * by the date of those it finds the dossiers that matter to the years asked for; and
 * partial indexes on the open dossiers and on the requests that are still waiting, so that "overdue" and "per
 * toepassingsgebied" read only what is open.
 */
export const migration015: Migration = {
  version: 15,
  name: 'rapportage',
  up(db) {
    db.exec(`
      CREATE TABLE afsluiting (
        seq INTEGER PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossier (id),
        at TEXT NOT NULL,
        naar TEXT NOT NULL
      ) STRICT;
      CREATE INDEX afsluiting_dossier ON afsluiting (dossier_id, seq);
      CREATE INDEX afsluiting_at ON afsluiting (at);
      INSERT INTO afsluiting (seq, dossier_id, at, naar)
        SELECT seq, dossier_id, at, json_extract(gegevens, '$.naar') FROM dossier_gebeurtenis
        WHERE soort LIKE 'fase.%' AND json_extract(gegevens, '$.naar') IS NOT NULL
          AND (json_extract(gegevens, '$.naar') IN (${GESLOTEN}) OR json_extract(gegevens, '$.van') IN (${GESLOTEN}));
      CREATE TRIGGER afsluiting_bij_gebeurtenis AFTER INSERT ON dossier_gebeurtenis
        WHEN NEW.soort LIKE 'fase.%' AND json_extract(NEW.gegevens, '$.naar') IS NOT NULL
          AND (json_extract(NEW.gegevens, '$.naar') IN (${GESLOTEN}) OR json_extract(NEW.gegevens, '$.van') IN (${GESLOTEN}))
      BEGIN
        INSERT INTO afsluiting (seq, dossier_id, at, naar) VALUES (NEW.seq, NEW.dossier_id, NEW.at, json_extract(NEW.gegevens, '$.naar'));
      END;

      CREATE INDEX dossier_open_beslisdatum ON dossier (uiterste_beslisdatum) WHERE fase NOT IN ('afgerond', 'buiten-behandeling', 'ingetrokken');
      CREATE INDEX dossier_open_gebied ON dossier (toepassingsgebied) WHERE fase NOT IN ('afgerond', 'buiten-behandeling', 'ingetrokken');
      CREATE INDEX informatieverzoek_wachtend ON informatieverzoek (uiterlijk_op) WHERE status IN ('verzonden', 'verlengd');
    `);
  },
};

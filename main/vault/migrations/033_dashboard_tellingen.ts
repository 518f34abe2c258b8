import type { Migration } from './migration';

/** The closed phases as they stood at this migration (stored ids; a later change needs a migration of its own). */
const GESLOTEN = "'afgerond', 'buiten-behandeling', 'ingetrokken'";
/** The statuses of a request that still waits for its answer (as the partial index of migration 15). */
const WACHTEND = "'verzonden', 'verlengd'";

/** A dossier row counts on the dashboard's lists of terms: not closed and not removed. */
const open = (row: string) => `(${row}.fase NOT IN (${GESLOTEN}) AND ${row}.verwijderd_op IS NULL)`;
/** A request counts among the requests past their date: waiting, with a date, of an open dossier. */
const verzoekTelt = (row: string) =>
  `(${row}.status IN (${WACHTEND}) AND ${row}.uiterlijk_op IS NOT NULL AND EXISTS (SELECT 1 FROM dossier d WHERE d.id = ${row}.dossier_id AND ${open('d')}))`;

/** Adds `delta` to the count of (fase, gebied) when `when` holds. */
const telling = (fase: string, gebied: string, delta: number, when: string) => `
  INSERT INTO dashboard_telling (fase, toepassingsgebied, aantal) SELECT ${fase}, ${gebied}, ${delta} WHERE ${when}
    ON CONFLICT (fase, toepassingsgebied) DO UPDATE SET aantal = aantal + excluded.aantal;`;

/** Adds `delta` to the day `datum` of the histogram `soort` when `when` holds. */
const dag = (soort: string, datum: string, delta: number, when: string) => `
  INSERT INTO dashboard_dag (soort, datum, aantal) SELECT '${soort}', ${datum}, ${delta} WHERE ${datum} IS NOT NULL AND ${when}
    ON CONFLICT (soort, datum) DO UPDATE SET aantal = aantal + excluded.aantal;`;

/** The waiting requests of one dossier, per day, added (sign 1) or taken off (sign -1) the histogram. */
const verzoekenVanDossier = (id: string, sign: 1 | -1) => `
  INSERT INTO dashboard_dag (soort, datum, aantal)
    SELECT 'verzoek', uiterlijk_op, ${sign} * count(*) FROM informatieverzoek WHERE dossier_id = ${id} AND status IN (${WACHTEND}) AND uiterlijk_op IS NOT NULL GROUP BY uiterlijk_op
    ON CONFLICT (soort, datum) DO UPDATE SET aantal = aantal + excluded.aantal;`;

/**
 * What the dashboard shows, kept current by triggers as dossiers and requests change (issue 23, Performance), so
 * that opening it at 100,000 dossiers reads a few dozen rows instead of every dossier:
 *  - dashboard_telling: present (not removed) dossiers per phase and toepassingsgebied; the dashboard's counts per
 *    phase are its sums per phase, those per toepassingsgebied its sums over the open phases;
 *  - dashboard_dag: a histogram per day of the open dossiers' uiterste beslisdatum ('beslisdatum') and of the
 *    waiting requests' uiterlijk_op of open dossiers ('verzoek'). What depends on today (overdue, within 7 days,
 *    requests past their date) cannot be stored as a count; it is the sum over a range of days, a few hundred rows.
 * The triggers take the old row's share off and add the new row's, so a correction, a closing, a reopening or a
 * removal moves exactly one dossier. Filled from the rows as they stand. A zero day is removed so the histogram
 * holds only days with something on them.
 *
 * And for the annual report: indexes that hold every column it reads of the dossiers, their besluitdatum, their
 * closings and reopenings, the requests and the meldingen of the years asked for, so that it reads compact indexes
 * instead of the wide rows; and the open dossiers' beslisdatum with the zaaknummer, for the dashboard's lists.
 *
 * And for a backup (issue 24 §2): how many attachments it could not hold because their file was already missing from
 * the vault when it was made (0 for the backups before).
 */
export const migration033: Migration = {
  version: 33,
  name: 'dashboard_tellingen',
  up(db) {
    db.exec(`
      CREATE TABLE dashboard_telling (
        fase TEXT NOT NULL,
        toepassingsgebied TEXT NOT NULL,
        aantal INTEGER NOT NULL,
        PRIMARY KEY (fase, toepassingsgebied)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE dashboard_dag (
        soort TEXT NOT NULL CHECK (soort IN ('beslisdatum', 'verzoek')),
        datum TEXT NOT NULL,
        aantal INTEGER NOT NULL,
        PRIMARY KEY (soort, datum)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO dashboard_telling (fase, toepassingsgebied, aantal)
        SELECT fase, toepassingsgebied, count(*) FROM dossier WHERE verwijderd_op IS NULL GROUP BY fase, toepassingsgebied;
      INSERT INTO dashboard_dag (soort, datum, aantal)
        SELECT 'beslisdatum', uiterste_beslisdatum, count(*) FROM dossier d WHERE uiterste_beslisdatum IS NOT NULL AND ${open('d')} GROUP BY uiterste_beslisdatum;
      INSERT INTO dashboard_dag (soort, datum, aantal)
        SELECT 'verzoek', v.uiterlijk_op, count(*) FROM informatieverzoek v WHERE ${verzoekTelt('v')} GROUP BY v.uiterlijk_op;

      CREATE TRIGGER dashboard_dossier_nieuw AFTER INSERT ON dossier BEGIN
        ${telling('NEW.fase', 'NEW.toepassingsgebied', 1, 'NEW.verwijderd_op IS NULL')}
        ${dag('beslisdatum', 'NEW.uiterste_beslisdatum', 1, open('NEW'))}
      END;

      CREATE TRIGGER dashboard_dossier_gewijzigd AFTER UPDATE OF fase, toepassingsgebied, verwijderd_op, uiterste_beslisdatum ON dossier BEGIN
        ${telling('OLD.fase', 'OLD.toepassingsgebied', -1, 'OLD.verwijderd_op IS NULL')}
        ${telling('NEW.fase', 'NEW.toepassingsgebied', 1, 'NEW.verwijderd_op IS NULL')}
        DELETE FROM dashboard_telling WHERE fase = OLD.fase AND toepassingsgebied = OLD.toepassingsgebied AND aantal = 0;
        ${dag('beslisdatum', 'OLD.uiterste_beslisdatum', -1, open('OLD'))}
        ${dag('beslisdatum', 'NEW.uiterste_beslisdatum', 1, open('NEW'))}
        DELETE FROM dashboard_dag WHERE soort = 'beslisdatum' AND datum = OLD.uiterste_beslisdatum AND aantal = 0;
      END;

      CREATE TRIGGER dashboard_dossier_gesloten AFTER UPDATE OF fase, verwijderd_op ON dossier WHEN ${open('OLD')} AND NOT ${open('NEW')} BEGIN
        ${verzoekenVanDossier('NEW.id', -1)}
        DELETE FROM dashboard_dag WHERE soort = 'verzoek' AND aantal = 0
          AND datum IN (SELECT uiterlijk_op FROM informatieverzoek WHERE dossier_id = NEW.id AND status IN (${WACHTEND}));
      END;

      CREATE TRIGGER dashboard_dossier_geopend AFTER UPDATE OF fase, verwijderd_op ON dossier WHEN NOT ${open('OLD')} AND ${open('NEW')} BEGIN
        ${verzoekenVanDossier('NEW.id', 1)}
      END;

      CREATE TRIGGER dashboard_dossier_weg AFTER DELETE ON dossier BEGIN
        ${telling('OLD.fase', 'OLD.toepassingsgebied', -1, 'OLD.verwijderd_op IS NULL')}
        DELETE FROM dashboard_telling WHERE fase = OLD.fase AND toepassingsgebied = OLD.toepassingsgebied AND aantal = 0;
        ${dag('beslisdatum', 'OLD.uiterste_beslisdatum', -1, open('OLD'))}
        DELETE FROM dashboard_dag WHERE soort = 'beslisdatum' AND datum = OLD.uiterste_beslisdatum AND aantal = 0;
      END;

      CREATE TRIGGER dashboard_verzoek_nieuw AFTER INSERT ON informatieverzoek WHEN ${verzoekTelt('NEW')} BEGIN
        ${dag('verzoek', 'NEW.uiterlijk_op', 1, 'true')}
      END;

      CREATE TRIGGER dashboard_verzoek_gewijzigd AFTER UPDATE OF status, uiterlijk_op, dossier_id ON informatieverzoek BEGIN
        ${dag('verzoek', 'OLD.uiterlijk_op', -1, verzoekTelt('OLD'))}
        ${dag('verzoek', 'NEW.uiterlijk_op', 1, verzoekTelt('NEW'))}
        DELETE FROM dashboard_dag WHERE soort = 'verzoek' AND datum = OLD.uiterlijk_op AND aantal = 0;
      END;

      CREATE TRIGGER dashboard_verzoek_weg AFTER DELETE ON informatieverzoek WHEN ${verzoekTelt('OLD')} BEGIN
        ${dag('verzoek', 'OLD.uiterlijk_op', -1, 'true')}
        DELETE FROM dashboard_dag WHERE soort = 'verzoek' AND datum = OLD.uiterlijk_op AND aantal = 0;
      END;

      CREATE INDEX dossier_open_termijn ON dossier (uiterste_beslisdatum, zaaknummer) WHERE fase NOT IN (${GESLOTEN}) AND verwijderd_op IS NULL;

      CREATE INDEX dossier_rapport ON dossier (id, toepassingsgebied, created_at, ontvangen_op, uitkomst, uiterste_beslisdatum);
      CREATE INDEX besluit_besluit_op ON besluit (dossier_id, json_extract(gegevens, '$.besluitOp'));
      CREATE INDEX afsluiting_wissels ON afsluiting (dossier_id, seq, at, naar);
      CREATE INDEX informatieverzoek_verzonden_op ON informatieverzoek (verzonden_op, geadresseerde, antwoord_ontvangen_op, dossier_id);
      CREATE INDEX informatieverzoek_beantwoord_op ON informatieverzoek (antwoord_ontvangen_op, geadresseerde, verzonden_op, dossier_id);
      CREATE INDEX melding_lbb_gemeld_op ON melding_lbb (gemeld_op, grondslag, dossier_id);

      ALTER TABLE reservekopie ADD COLUMN bijlagen_ontbraken INTEGER NOT NULL DEFAULT 0 CHECK (bijlagen_ontbraken >= 0);
    `);
  },
};

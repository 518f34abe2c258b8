import type { Migration } from './migration';

/*
 * The overdracht (issue 24 §3):
 *  - overdracht: every package made or received here, with its kind, its recipient's basis and its contents;
 *    append-only, like the verstrekkingsregister (an internal hand-over is logged here, not there);
 *  - overdracht_ontvangst: per dossier received, from whom and when, its zaaknummer at the sender and the package;
 *  - overdracht_geschiedenis: the sender's audit records of a received dossier, kept read-only beside this vault's
 *    own trail (never in its hash chain, which starts at the import);
 *  - reactie_notitie: a reviewer's note on a dossier (made here, or received in a reactiepakket from the reviewer).
 */
export const migration034: Migration = {
  version: 34,
  name: 'overdracht',
  up(db) {
    db.exec(`
      CREATE TABLE overdracht (
        id TEXT PRIMARY KEY,
        richting TEXT NOT NULL CHECK (richting IN ('verzonden', 'ontvangen')),
        soort TEXT NOT NULL CHECK (soort IN ('overdracht', 'reactie')),
        ontvanger_soort TEXT NOT NULL CHECK (ontvanger_soort IN ('collega', 'riec', 'bestuursorgaan')),
        ontvanger TEXT NOT NULL,
        afzender_naam TEXT NOT NULL,
        afzender_organisatie TEXT NOT NULL,
        grondslag TEXT NOT NULL,
        zaaknummers TEXT NOT NULL,
        op TEXT NOT NULL,
        door TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER overdracht_geen_wijziging BEFORE UPDATE ON overdracht BEGIN SELECT RAISE(ABORT, 'overdracht is alleen aan te vullen'); END;
      CREATE TRIGGER overdracht_geen_verwijdering BEFORE DELETE ON overdracht BEGIN SELECT RAISE(ABORT, 'overdracht is alleen aan te vullen'); END;
      CREATE TABLE overdracht_ontvangst (
        dossier_id TEXT PRIMARY KEY REFERENCES dossier (id),
        pakket_id TEXT NOT NULL,
        afzender_naam TEXT NOT NULL,
        afzender_organisatie TEXT NOT NULL,
        ontvanger_soort TEXT NOT NULL CHECK (ontvanger_soort IN ('collega', 'riec', 'bestuursorgaan')),
        verzonden_op TEXT NOT NULL,
        ontvangen_op TEXT NOT NULL,
        zaaknummer_afzender TEXT NOT NULL
      ) STRICT;
      CREATE TABLE overdracht_geschiedenis (
        dossier_id TEXT NOT NULL REFERENCES dossier (id),
        volgnummer INTEGER NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        details TEXT NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (dossier_id, volgnummer)
      ) STRICT;
      CREATE TRIGGER overdracht_geschiedenis_alleen_lezen BEFORE UPDATE ON overdracht_geschiedenis BEGIN SELECT RAISE(ABORT, 'de geschiedenis van de afzender is alleen te lezen'); END;
      CREATE TABLE reactie_notitie (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossier (id),
        tekst TEXT NOT NULL CHECK (length(tekst) BETWEEN 1 AND 5000),
        auteur TEXT NOT NULL,
        organisatie TEXT NOT NULL,
        gemaakt_op TEXT NOT NULL,
        pakket_id TEXT,
        ontvangen_op TEXT,
        CHECK ((pakket_id IS NULL) = (ontvangen_op IS NULL))
      ) STRICT;
      CREATE INDEX reactie_notitie_dossier ON reactie_notitie (dossier_id, gemaakt_op);
      CREATE TRIGGER reactie_notitie_geen_wijziging BEFORE UPDATE ON reactie_notitie BEGIN SELECT RAISE(ABORT, 'een reactienotitie wordt niet gewijzigd'); END;
    `);
  },
};

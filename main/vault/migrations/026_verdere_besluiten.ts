import type { Migration } from './migration';

/**
 * A dossier may concern more than one decision (issue 19 item 12): a horeca case commonly has an
 * exploitatievergunning and an Alcoholwet licence for the same business. The dossier's own besluitsoort stays the
 * first decision; each further decision of the same toepassingsgebied is a row here with its own besluitsoort, its own
 * date of receipt (null: the dossier's), whether the dossier's LBB advice request (Wet Bibob art. 31) and its
 * herstelverzoeken (Awb 4:15 lid 1 onder a) concern it too, its own verdaging and 4:14 lid 3 notice, and its own
 * outcome and besluitdatum. A row entered by mistake is withdrawn with a reason, never deleted.
 */
export const migration026: Migration = {
  version: 26,
  name: 'verdere_besluiten',
  up(db) {
    db.exec(`
      CREATE TABLE verder_besluit (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossier (id),
        besluitsoort TEXT NOT NULL,
        ontvangen_op TEXT,
        lbb_advies INTEGER NOT NULL CHECK (lbb_advies IN (0, 1)),
        herstel INTEGER NOT NULL CHECK (herstel IN (0, 1)),
        verdaging_weken INTEGER,
        verdaging_op TEXT,
        mededeling_op TEXT,
        mededeling_tegemoet_op TEXT,
        uitkomst TEXT,
        besluit_op TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        ingetrokken_op TEXT,
        ingetrokken_reden TEXT,
        CHECK ((verdaging_weken IS NULL) = (verdaging_op IS NULL)),
        CHECK ((mededeling_op IS NULL) = (mededeling_tegemoet_op IS NULL)),
        CHECK (besluit_op IS NULL OR uitkomst IS NOT NULL),
        CHECK ((ingetrokken_op IS NULL) = (ingetrokken_reden IS NULL))
      ) STRICT;
      CREATE INDEX verder_besluit_dossier ON verder_besluit (dossier_id);
    `);
  },
};

import type { Migration } from './migration';

/**
 * The beleidstoets of a dossier at intake (issue 23 §4): the answers to the beleidsregel's questions, its advice
 * and reasons, and what the coordinator decided, with a departure's reason (Awb 4:84). The criteria of the
 * beleidsregel as they stood are kept with it (`criteria`), so a later version of the beleid does not change what
 * this dossier was tested against.
 */
export const migration031: Migration = {
  version: 31,
  name: 'beleidstoets',
  up(db) {
    db.exec(`
      CREATE TABLE beleidstoets (
        dossier_id TEXT PRIMARY KEY REFERENCES dossier (id),
        beleid_naam TEXT NOT NULL,
        beleid_versie TEXT NOT NULL,
        beleid_vastgesteld_op TEXT NOT NULL,
        beleid_voorbeeld INTEGER NOT NULL CHECK (beleid_voorbeeld IN (0, 1)),
        criteria TEXT NOT NULL,
        antwoorden TEXT NOT NULL,
        advies_toepassen INTEGER NOT NULL CHECK (advies_toepassen IN (0, 1)),
        redenen TEXT NOT NULL,
        toepassen INTEGER NOT NULL CHECK (toepassen IN (0, 1)),
        afwijking_reden TEXT CHECK ((toepassen = advies_toepassen) = (afwijking_reden IS NULL)),
        vastgelegd_op TEXT NOT NULL,
        vastgelegd_door TEXT NOT NULL,
        gecorrigeerd_op TEXT,
        gecorrigeerd_door TEXT,
        correctie_reden TEXT
      ) STRICT;
    `);
  },
};

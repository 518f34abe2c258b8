import type { Migration } from './migration';

/**
 * The bestuursorgaan's answer to each zienswijze (issue 20 §3): the besluit summarises every zienswijze given and
 * answers it (Awb 3:46 with art. 33 Wet Bibob), so each recorded zienswijze gets its answer, empty until written.
 */
export const migration027: Migration = {
  version: 27,
  name: 'reactie op zienswijze',
  up(db) {
    db.exec(`ALTER TABLE zienswijze ADD COLUMN reactie TEXT NOT NULL DEFAULT '';`);
  },
};

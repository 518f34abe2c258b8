import type { Migration } from './migration';

/**
 * A zienswijze round belongs to the intended decision it was asked on (art. 33 lid 1 Wet Bibob: "de voorgenomen
 * beschikking"). A dossier may hold further decisions (issue 19 item 12), each with its own intended outcome: an
 * invitation now keeps the intended outcome of every further decision as it stood when the invitation went out,
 * so a further refusal or grant with voorschriften waits for its own round. Rows from before keep `{}`: they were
 * asked on the dossier's own decision only.
 */
export const migration037: Migration = {
  version: 37,
  name: 'zienswijze_verdere_besluiten',
  up(db) {
    db.exec(`ALTER TABLE zienswijze ADD COLUMN verdere_uitkomsten TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(verdere_uitkomsten) AND json_type(verdere_uitkomsten) = 'object')`);
  },
};

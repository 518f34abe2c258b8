import type { Migration } from './migration';

/**
 * A wrongly entered herstelverzoek, suspension or verdaging, or zienswijze invitation can be withdrawn with a reason (issue 18 §2): the row
 * stays, marked with when and why, so the timeline and the audit trail keep it; it no longer counts for the
 * beslistermijn, the workflow or the letters.
 */
export const migration016: Migration = {
  version: 16,
  name: 'intrekkingen',
  up(db) {
    db.exec(`
      ALTER TABLE herstelverzoek ADD COLUMN ingetrokken_op TEXT;
      ALTER TABLE herstelverzoek ADD COLUMN ingetrokken_reden TEXT CHECK ((ingetrokken_op IS NULL) = (ingetrokken_reden IS NULL));
      ALTER TABLE termijn_gebeurtenis ADD COLUMN ingetrokken_op TEXT;
      ALTER TABLE termijn_gebeurtenis ADD COLUMN ingetrokken_reden TEXT CHECK ((ingetrokken_op IS NULL) = (ingetrokken_reden IS NULL));
      ALTER TABLE zienswijze ADD COLUMN ingetrokken_op TEXT;
      ALTER TABLE zienswijze ADD COLUMN ingetrokken_reden TEXT CHECK ((ingetrokken_op IS NULL) = (ingetrokken_reden IS NULL));
    `);
  },
};

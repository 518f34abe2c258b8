import type { Migration } from './migration';

/**
 * Issue 18 §2, the rest of "every record can be corrected or withdrawn": a dossier entered by mistake is removed with
 * a reason, and a research note is withdrawn with a reason. Both are soft: the row stays, marked with when and why,
 * so the audit trail and the timeline keep what was there; every read of the app passes them by, so a removed dossier
 * counts in no list, search, agenda, dashboard or annual report, and a withdrawn note in no form or assessment.
 */
export const migration018: Migration = {
  version: 18,
  name: 'verwijderingen',
  up(db) {
    db.exec(`
      ALTER TABLE dossier ADD COLUMN verwijderd_op TEXT;
      ALTER TABLE dossier ADD COLUMN verwijderd_reden TEXT CHECK ((verwijderd_op IS NULL) = (verwijderd_reden IS NULL));
      CREATE INDEX dossier_verwijderd ON dossier (verwijderd_op) WHERE verwijderd_op IS NOT NULL;
      ALTER TABLE onderzoeksnotitie ADD COLUMN ingetrokken_op TEXT;
      ALTER TABLE onderzoeksnotitie ADD COLUMN ingetrokken_reden TEXT CHECK ((ingetrokken_op IS NULL) = (ingetrokken_reden IS NULL));
    `);
  },
};

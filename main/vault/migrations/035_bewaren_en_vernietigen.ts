import { createHash, createHmac } from 'node:crypto';
import type { Migration } from './migration';

/**
 * Retention and destruction (issue 24 §4).
 *
 * 1. The audit chain covers a hash of each record's details instead of the details themselves (`details_hash`, with a
 *    random `details_salt`), so a vernietiging can wipe the personal details of a destroyed dossier's records while
 *    the chain still verifies. The salt is wiped with the details: the hash that stays cannot confirm a guessed name.
 *    The only change the trigger allows to a record is that wipe. Rehashing the existing chain needs the chain key,
 *    which a migration does not hold: this migration marks the vault (`AUDIT_CONVERSION_SETTING`), and the vault
 *    converts the chain right after, at the same unlock (main/vault/auditConversion.ts), and anchors it anew when
 *    the anchor in the key file was in order before.
 * 2. The vernietigingsrecord: what was destroyed, when, by whom and on which rule, without personal data.
 *    Append-only.
 * 3. The verstrekkingsregister keeps its entries of a destroyed dossier, their recipient and description wiped; the
 *    trigger allows only that change.
 */
export const AUDIT_CONVERSION_SETTING = 'audit.omzettingGegevenshash';

/** Records may change in one way only: their details wiped ('{}', salt gone), everything the chain covers unchanged. */
export const AUDIT_UPDATE_TRIGGER = `
  CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    WHEN NOT (NEW.seq IS OLD.seq AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor AND NEW.action IS OLD.action
      AND NEW.entity_type IS OLD.entity_type AND NEW.entity_id IS OLD.entity_id AND NEW.prev_hash IS OLD.prev_hash
      AND NEW.hash IS OLD.hash AND NEW.details_hash IS OLD.details_hash AND OLD.details_hash IS NOT NULL
      AND NEW.details = '{}' AND NEW.details_salt IS NULL)
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only; only the details of a destroyed dossier can be wiped'); END;`;

/**
 * The record hash before this migration, frozen here: over the details themselves. Only the conversion uses it, to
 * verify the old chain before it rehashes it.
 */
export function legacyAuditHash(
  prevHash: string,
  entry: { at: string; actor: string; action: string; entityType: string; entityId: string | null; details: Record<string, unknown> },
  chainKey: Buffer | null,
): string {
  const canonical = JSON.stringify([entry.at, entry.actor, entry.action, entry.entityType, entry.entityId, entry.details]);
  const digest = chainKey ? createHmac('sha256', chainKey) : createHash('sha256');
  return digest.update(prevHash).update('\n').update(canonical).digest('hex');
}

export const migration035: Migration = {
  version: 35,
  name: 'bewaren en vernietigen',
  up(db) {
    db.exec(`
      ALTER TABLE audit_log ADD COLUMN details_salt TEXT CHECK (details_salt IS NULL OR (length(details_salt) = 32 AND details_salt NOT GLOB '*[^0-9a-f]*'));
      ALTER TABLE audit_log ADD COLUMN details_hash TEXT CHECK (details_hash IS NULL OR (length(details_hash) = 64 AND details_hash NOT GLOB '*[^0-9a-f]*'));
      DROP TRIGGER IF EXISTS audit_log_no_update;
      ${AUDIT_UPDATE_TRIGGER}

      CREATE TABLE vernietiging (
        id TEXT PRIMARY KEY,
        zaaknummer TEXT NOT NULL,
        toepassingsgebied TEXT NOT NULL,
        uitkomst TEXT,
        ontvangen_op TEXT,
        aangemaakt_op TEXT NOT NULL,
        afgesloten_op TEXT NOT NULL,
        bewaren_tot TEXT NOT NULL,
        termijn_jaren INTEGER NOT NULL CHECK (termijn_jaren >= 1),
        regel TEXT NOT NULL,
        reden TEXT NOT NULL CHECK (length(trim(reden)) > 0),
        vernietigd_door TEXT NOT NULL,
        vernietigd_op TEXT NOT NULL,
        aantallen TEXT NOT NULL
      ) STRICT;
      CREATE INDEX vernietiging_op ON vernietiging (vernietigd_op);
      CREATE TRIGGER vernietiging_geen_wijziging BEFORE UPDATE ON vernietiging BEGIN SELECT RAISE(ABORT, 'een vernietigingsrecord wordt niet gewijzigd'); END;
      CREATE TRIGGER vernietiging_geen_verwijdering BEFORE DELETE ON vernietiging BEGIN SELECT RAISE(ABORT, 'een vernietigingsrecord wordt niet verwijderd'); END;

      ALTER TABLE verstrekking ADD COLUMN vernietiging_id TEXT;
      DROP TRIGGER IF EXISTS verstrekking_geen_wijziging;
      CREATE TRIGGER verstrekking_geen_wijziging BEFORE UPDATE ON verstrekking
        WHEN NOT (NEW.id IS OLD.id AND NEW.categorie IS OLD.categorie AND NEW.verstrekt_op IS OLD.verstrekt_op
          AND NEW.verstrekt_door IS OLD.verstrekt_door AND OLD.vernietiging_id IS NULL AND NEW.vernietiging_id IS NOT NULL
          AND NEW.dossier_id IS NULL AND NEW.ontvanger = '(vernietigd)')
        BEGIN SELECT RAISE(ABORT, 'verstrekkingsregister is alleen aan te vullen'); END;
    `);
    if (db.prepare('SELECT 1 FROM audit_log LIMIT 1').get()) {
      db.prepare('INSERT INTO setting (key, value) VALUES (?, ?)').run(AUDIT_CONVERSION_SETTING, 'open');
    }
  },
};

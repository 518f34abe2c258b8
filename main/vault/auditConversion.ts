import type { VaultDatabase } from './database';
import { AUDIT_CONVERSION_SETTING, AUDIT_UPDATE_TRIGGER, legacyAuditHash } from './migrations/035_bewaren_en_vernietigen';
import { auditHash, detailsHash, GENESIS_HASH, keyedFromSeq, newDetailsSalt } from './repositories/auditLog';
import { readSetting } from './repositories/settings';

interface Row {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

/** Whether migration 035 marked the chain for conversion and it has not run yet. */
export function auditConversionPending(db: VaultDatabase): boolean {
  return readSetting(db, AUDIT_CONVERSION_SETTING) !== null;
}

/**
 * Converts the chain of a vault migrated to 035 to the details-hash form, in one transaction: every record gets a
 * salt and the hash of its details; the old chain is verified first with its own formula, and only the records up
 * to its first break are rehashed (each under the key it was hashed with: SHA-256 before `keyedFromSeq`, the chain
 * key from there). From a break on, the records keep their old hashes, so verification reports the break at the same
 * record as before: a damaged trail is not made whole by the conversion. Returns the record number of that break.
 */
export function convertAuditChain(db: VaultDatabase, chainKey: Buffer): { converted: number; brokenAt: number | null } {
  return db.transaction(() => {
    const rows = db.prepare('SELECT seq, at, actor, action, entity_type, entity_id, details, prev_hash, hash FROM audit_log ORDER BY seq').all() as Row[];
    const keyedFrom = keyedFromSeq(db);
    const keyOf = (seq: number) => (seq >= keyedFrom ? chainKey : null);
    const fields = (row: Row) => ({ at: row.at, actor: row.actor, action: row.action, entityType: row.entity_type, entityId: row.entity_id });

    let brokenAt: number | null = null;
    let previous = GENESIS_HASH;
    let expectedSeq = rows[0]?.seq ?? 1;
    for (const row of rows) {
      const details = JSON.parse(row.details) as Record<string, unknown>;
      if (row.seq !== expectedSeq || row.prev_hash !== previous || legacyAuditHash(previous, { ...fields(row), details }, keyOf(row.seq)) !== row.hash) {
        brokenAt = row.seq;
        break;
      }
      previous = row.hash;
      expectedSeq = row.seq + 1;
    }

    db.exec('DROP TRIGGER IF EXISTS audit_log_no_update');
    const rehash = db.prepare('UPDATE audit_log SET details_salt = ?, details_hash = ?, prev_hash = ?, hash = ? WHERE seq = ?');
    const saltOnly = db.prepare('UPDATE audit_log SET details_salt = ?, details_hash = ? WHERE seq = ?');
    let chained = GENESIS_HASH;
    for (const row of rows) {
      const salt = newDetailsSalt();
      // Hashed as verification reads it back: the parsed details written out again.
      const hashOfDetails = detailsHash(salt, JSON.stringify(JSON.parse(row.details)));
      if (brokenAt === null || row.seq < brokenAt) {
        const hash = auditHash(chained, { ...fields(row), detailsHash: hashOfDetails }, keyOf(row.seq));
        rehash.run(salt, hashOfDetails, chained, hash, row.seq);
        chained = hash;
      } else {
        saltOnly.run(salt, hashOfDetails, row.seq);
      }
    }
    db.exec(AUDIT_UPDATE_TRIGGER);
    db.prepare('DELETE FROM setting WHERE key = ?').run(AUDIT_CONVERSION_SETTING);
    return { converted: rows.length, brokenAt };
  })();
}

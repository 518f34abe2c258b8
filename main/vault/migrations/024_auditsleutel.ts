import type { Migration } from './migration';
import { KEYED_FROM_SETTING } from '../repositories/auditLog';

/**
 * From here on each audit record's hash is an HMAC under a key derived from the vault key (issue 21 §2), so the
 * chain cannot be recomputed by someone who only has the database file. Records written before keep their SHA-256
 * hash; the first keyed record covers the last of them through its predecessor hash, so they cannot be rewritten
 * unseen either. The setting says where the keyed part begins (1 in a new vault); the anchor in the key file
 * repeats it under its own MAC.
 */
export const migration024: Migration = {
  version: 24,
  name: 'auditsleutel',
  up(db) {
    db.prepare(`INSERT INTO setting (key, value) SELECT ?, CAST(COALESCE(MAX(seq), 0) + 1 AS TEXT) FROM audit_log`).run(KEYED_FROM_SETTING);
  },
};

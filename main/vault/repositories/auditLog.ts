import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { VaultDatabase } from '../database';
import { readSetting } from './settings';

export interface AuditEntry {
  readonly at: string;
  readonly actor: string;
  /** What happened, e.g. "dossier.aangemaakt", "dossier.bekeken". */
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string | null;
  /** Field changes as { field: [old, new] } and other context; never a key or a passphrase. */
  readonly details: Record<string, unknown>;
}

export interface StoredAuditEntry extends AuditEntry {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
  /** The hash of the details with their salt: what the chain covers (migration 035). */
  readonly detailsHash: string;
  /**
   * The random salt of the details hash; null once the details were wiped at a vernietiging. The salt goes with the
   * details, so the hash that stays cannot be used to confirm a guessed name.
   */
  readonly detailsSalt: string | null;
}

/** The audit action of a vernietiging; its details list the records whose details it wiped (gewisteAuditregels). */
export const VERNIETIGING_ACTION = 'dossier.vernietigd';

/** The details of a wiped record: an empty object, its salt gone, its details hash kept. */
export const WIPED_DETAILS = '{}';

export const GENESIS_HASH = '0'.repeat(64);

/** The setting that holds the first record hashed with the chain key; records before it (older vaults) use SHA-256. */
export const KEYED_FROM_SETTING = 'audit.keyedFromSeq';

/**
 * The chain key of each open vault connection, set by the vault at unlock from the vault key and dropped at lock.
 * A record's hash is an HMAC under it, so nobody can recompute the chain from the database file alone.
 */
const chainKeys = new WeakMap<VaultDatabase, Buffer>();

export function setAuditChainKey(db: VaultDatabase, key: Buffer): void {
  chainKeys.set(db, Buffer.from(key));
}

export function dropAuditChainKey(db: VaultDatabase): void {
  chainKeys.get(db)?.fill(0);
  chainKeys.delete(db);
}

export function auditChainKey(db: VaultDatabase): Buffer {
  const key = chainKeys.get(db);
  if (!key) throw new Error('audit chain key missing: the connection was not opened by the vault');
  return key;
}

/** The hash of a record's details as stored (their JSON text) with their salt: SHA-256 over salt, newline, text. */
export function detailsHash(salt: string, detailsJson: string): string {
  return createHash('sha256').update(Buffer.from(salt, 'hex')).update('\n').update(detailsJson).digest('hex');
}

export function newDetailsSalt(): string {
  return randomBytes(16).toString('hex');
}

/** What the chain covers of a record: everything but the details themselves, which it covers through their hash. */
export type ChainedFields = Omit<AuditEntry, 'details'> & { readonly detailsHash: string };

/**
 * The record's hash: an HMAC-SHA256 under the chain key, or plain SHA-256 for records of before the key (legacy),
 * over its predecessor's hash and its fields with the hash of its details (not the details: those can be wiped at a
 * vernietiging while the chain still verifies).
 */
export function auditHash(prevHash: string, entry: ChainedFields, chainKey: Buffer | null): string {
  const canonical = JSON.stringify(['v2', entry.at, entry.actor, entry.action, entry.entityType, entry.entityId, entry.detailsHash]);
  const digest = chainKey ? createHmac('sha256', chainKey) : createHash('sha256');
  return digest.update(prevHash).update('\n').update(canonical).digest('hex');
}

/**
 * The first sequence number hashed with the chain key: 1 in a vault created with it; in a vault from before (not yet
 * migrated, e.g. while its pre-migration backup is written) the number its migration will set, the next one.
 */
export function keyedFromSeq(db: VaultDatabase): number {
  const stored = readSetting(db, KEYED_FROM_SETTING);
  if (stored !== null) return Number(stored);
  return (db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM audit_log').get() as { next: number }).next;
}

/** Appends one record, chained to the previous one. Call inside the transaction of the change it records. */
export function appendAudit(db: VaultDatabase, entry: AuditEntry): void {
  const key = auditChainKey(db);
  const last = db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { hash: string } | undefined;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const details = JSON.stringify(entry.details);
  const salt = newDetailsSalt();
  const hashOfDetails = detailsHash(salt, details);
  db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity_type, entity_id, details, details_salt, details_hash, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(entry.at, entry.actor, entry.action, entry.entityType, entry.entityId, details, salt, hashOfDetails, prevHash, auditHash(prevHash, { ...entry, detailsHash: hashOfDetails }, key));
}

/** The last record's number and hash: what the anchor outside the database keeps. */
export function lastAuditRecord(db: VaultDatabase): { seq: number; hash: string } | null {
  return (db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined) ?? null;
}

export function auditRecordHash(db: VaultDatabase, seq: number): string | null {
  return (db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(seq) as { hash: string } | undefined)?.hash ?? null;
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  details: string;
  details_salt: string | null;
  details_hash: string | null;
  prev_hash: string;
  hash: string;
}

export function listAudit(db: VaultDatabase, filter: { entityType?: string; entityId?: string } = {}): StoredAuditEntry[] {
  const rows = (
    filter.entityId !== undefined
      ? db.prepare('SELECT * FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY seq').all(filter.entityType ?? 'dossier', filter.entityId)
      : db.prepare('SELECT * FROM audit_log ORDER BY seq').all()
  ) as AuditRow[];
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    details: JSON.parse(row.details) as Record<string, unknown>,
    prevHash: row.prev_hash,
    hash: row.hash,
    detailsHash: row.details_hash ?? '',
    detailsSalt: row.details_salt,
  }));
}

/**
 * Wipes the details of the given records (a vernietiging): details become '{}', the salt goes, the details hash and
 * the chain stay. The trigger of migration 035 allows no other change to a record. Returns how many were wiped.
 */
export function wipeAuditDetails(db: VaultDatabase, seqs: readonly number[]): number {
  const wipe = db.prepare(`UPDATE audit_log SET details = '${WIPED_DETAILS}', details_salt = NULL WHERE seq = ? AND details_salt IS NOT NULL`);
  let wiped = 0;
  for (const seq of seqs) wiped += wipe.run(seq).changes;
  return wiped;
}

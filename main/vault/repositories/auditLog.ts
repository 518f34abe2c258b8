import { createHash } from 'node:crypto';
import type { VaultDatabase } from '../database';

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
}

export const GENESIS_HASH = '0'.repeat(64);

export function auditHash(prevHash: string, entry: AuditEntry): string {
  const canonical = JSON.stringify([entry.at, entry.actor, entry.action, entry.entityType, entry.entityId, entry.details]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/** Appends one record, chained to the previous one. Call inside the transaction of the change it records. */
export function appendAudit(db: VaultDatabase, entry: AuditEntry): void {
  const last = db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { hash: string } | undefined;
  const prevHash = last?.hash ?? GENESIS_HASH;
  db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity_type, entity_id, details, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(entry.at, entry.actor, entry.action, entry.entityType, entry.entityId, JSON.stringify(entry.details), prevHash, auditHash(prevHash, entry));
}

interface AuditRow {
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
  }));
}

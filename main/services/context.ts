import type { Vault } from '../vault/vault';
import { appendAudit, type AuditEntry } from '../vault/repositories/auditLog';
import type { VaultDatabase } from '../vault/database';

/** What every service needs: the vault, who is working, and the clock. */
export interface ServiceContext {
  readonly vault: Vault;
  readonly actor: string;
  readonly now: () => Date;
}

type AuditFields = Omit<AuditEntry, 'at' | 'actor'>;

/** Runs a use case in one transaction and appends its audit record in that same transaction. */
export function inTransactionWithAudit<T>(ctx: ServiceContext, work: (db: VaultDatabase) => { result: T; audit: AuditFields }): T {
  return ctx.vault.transaction((db) => {
    const { result, audit } = work(db);
    appendAudit(db, { ...audit, at: ctx.now().toISOString(), actor: ctx.actor });
    return result;
  });
}

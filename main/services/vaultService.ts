import type { CallOutput } from '../../src/contract';
import { DEFAULT_IDLE_TIMEOUT_MINUTES } from '../../src/contract/schemas';
import { readSetting, writeSetting } from '../vault/repositories/settings';
import type { VaultDatabase } from '../vault/database';
import { purgeUnusedContent } from '../files/attachmentStore';
import { inTransactionWithAudit, type ServiceContext } from './context';
import { backupAtLock, backupAtUnlock } from './backupService';
import { auditMissingFilesAtUnlock } from './attachmentService';

type VaultStatus = CallOutput<'vault.status'>;

const RECOVERY_KEY_CONFIRMED = 'recoveryKeyConfirmed';
export const IDLE_TIMEOUT_SETTING = 'idleTimeoutMinutes';

export function idleTimeoutMinutes(db: VaultDatabase): number {
  const stored = Number(readSetting(db, IDLE_TIMEOUT_SETTING));
  return Number.isInteger(stored) && stored > 0 ? stored : DEFAULT_IDLE_TIMEOUT_MINUTES;
}

export function vaultStatus(ctx: ServiceContext): VaultStatus {
  const state = ctx.vault.state();
  if (state !== 'unlocked') return { state };
  return { state, recoveryKeyConfirmed: readSetting(ctx.vault.database(), RECOVERY_KEY_CONFIRMED) === 'true' };
}

export async function createVault(ctx: ServiceContext, passphrase: string): Promise<{ recoveryKey: string }> {
  const created = await ctx.vault.create(passphrase);
  inTransactionWithAudit(ctx, (db) => {
    writeSetting(db, RECOVERY_KEY_CONFIRMED, 'false');
    writeSetting(db, IDLE_TIMEOUT_SETTING, String(DEFAULT_IDLE_TIMEOUT_MINUTES));
    return { result: undefined, audit: { action: 'kluis.aangemaakt', entityType: 'kluis', entityId: null, details: {} } };
  });
  return created;
}

export function confirmRecoveryKey(ctx: ServiceContext): VaultStatus {
  inTransactionWithAudit(ctx, (db) => {
    writeSetting(db, RECOVERY_KEY_CONFIRMED, 'true');
    return { result: undefined, audit: { action: 'herstelsleutel.bevestigd', entityType: 'kluis', entityId: null, details: {} } };
  });
  return vaultStatus(ctx);
}

/**
 * Removes the staged content of an import that a crash or a lock interrupted. In the background, in short
 * transactions; a lock meanwhile simply ends it (the next unlock or import finishes the job).
 */
function purgeInterruptedImports(ctx: ServiceContext): void {
  purgeUnusedContent(ctx.vault.database()).catch(() => undefined);
}

export async function unlockVault(ctx: ServiceContext, passphrase: string): Promise<VaultStatus> {
  await ctx.vault.unlock(passphrase);
  inTransactionWithAudit(ctx, (db) => {
    auditMissingFilesAtUnlock(ctx, db);
    return { result: undefined, audit: { action: 'kluis.ontgrendeld', entityType: 'kluis', entityId: null, details: {} } };
  });
  purgeInterruptedImports(ctx);
  backupAtUnlock(ctx);
  return vaultStatus(ctx);
}

export async function unlockVaultWithRecoveryKey(ctx: ServiceContext, recoveryKey: string, newPassphrase: string): Promise<VaultStatus> {
  await ctx.vault.unlockWithRecoveryKey(recoveryKey, newPassphrase);
  purgeInterruptedImports(ctx);
  inTransactionWithAudit(ctx, (db) => {
    auditMissingFilesAtUnlock(ctx, db);
    return { result: undefined, audit: { action: 'kluis.ontgrendeld.met-herstelsleutel', entityType: 'kluis', entityId: null, details: { wachtwoordzin: 'nieuw ingesteld' } } };
  });
  backupAtUnlock(ctx);
  return vaultStatus(ctx);
}

export async function changePassphrase(ctx: ServiceContext, currentPassphrase: string, newPassphrase: string): Promise<VaultStatus> {
  await ctx.vault.changePassphrase(currentPassphrase, newPassphrase);
  inTransactionWithAudit(ctx, () => ({ result: undefined, audit: { action: 'wachtwoordzin.gewijzigd', entityType: 'kluis', entityId: null, details: {} } }));
  return vaultStatus(ctx);
}

export function lockVault(ctx: ServiceContext, reason: 'knop' | 'inactiviteit'): VaultStatus {
  if (ctx.vault.state() === 'unlocked') {
    // The backup first, so that it holds the trail up to this lock; then the lock's own record.
    backupAtLock(ctx);
    inTransactionWithAudit(ctx, () => ({ result: undefined, audit: { action: 'kluis.vergrendeld', entityType: 'kluis', entityId: null, details: { reden: reason } } }));
    ctx.vault.lock();
  }
  return vaultStatus(ctx);
}

import type { CallName } from '../../src/contract';
import type { ServiceContext } from '../services/context';
import type { IdleLock } from '../services/idleLock';
import * as vaultService from '../services/vaultService';
import type { HandlersFor } from './types';

type VaultCall = Extract<CallName, `vault.${string}` | `session.${string}`>;

/** Sets the idle lock to the timeout of the vault just opened. */
export function idleTimeoutApplier(ctx: ServiceContext, idle: IdleLock): () => void {
  return () => idle.setTimeoutMinutes(vaultService.idleTimeoutMinutes(ctx.vault.database()));
}

/** Creating, unlocking, locking and rekeying the vault, and the session's idle timeout. */
export function vaultHandlers(ctx: ServiceContext, idle: IdleLock): HandlersFor<VaultCall> {
  const applyIdleTimeout = idleTimeoutApplier(ctx, idle);
  return {
    'vault.status': () => vaultService.vaultStatus(ctx),
    'vault.create': async ({ passphrase }) => {
      const created = await vaultService.createVault(ctx, passphrase);
      applyIdleTimeout();
      return created;
    },
    'vault.confirmRecoveryKey': () => vaultService.confirmRecoveryKey(ctx),
    'vault.unlock': async ({ passphrase }) => {
      const status = await vaultService.unlockVault(ctx, passphrase);
      applyIdleTimeout();
      return status;
    },
    'vault.unlockWithRecoveryKey': async ({ recoveryKey, newPassphrase }) => {
      const status = await vaultService.unlockVaultWithRecoveryKey(ctx, recoveryKey, newPassphrase);
      applyIdleTimeout();
      return status;
    },
    'vault.lock': () => vaultService.lockVault(ctx, 'knop'),
    'vault.changePassphrase': ({ currentPassphrase, newPassphrase }) => vaultService.changePassphrase(ctx, currentPassphrase, newPassphrase),
    'session.touch': () => ({ idleTimeoutMinutes: vaultService.idleTimeoutMinutes(ctx.vault.database()) }),
  };
}

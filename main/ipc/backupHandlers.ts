import type { backupCalls } from '../../src/contract/backupCalls';
import type { ServiceContext } from '../services/context';
import type { IdleLock } from '../services/idleLock';
import * as backupService from '../services/backupService';
import * as vaultService from '../services/vaultService';
import type { HandlersFor } from './types';
import { idleTimeoutApplier } from './vaultHandlers';

/** The reservekopieën: the folder, how many to keep, making one now, and restoring one (which reopens the vault). */
export function backupHandlers(ctx: ServiceContext, idle: IdleLock): HandlersFor<keyof typeof backupCalls> {
  const applyIdleTimeout = idleTimeoutApplier(ctx, idle);
  return {
    'reservekopie.status': () => backupService.backupStatus(ctx),
    'reservekopie.chooseFolder': () => backupService.chooseBackupFolder(ctx),
    'reservekopie.setKeep': (input) => backupService.setBackupKeep(ctx, input),
    'reservekopie.make': () => backupService.makeBackupNow(ctx),
    'reservekopie.chooseRestoreFolder': () => backupService.chooseRestoreFolder(ctx),
    'reservekopie.restore': async (input) => {
      const { vorigeKluisOpzij } = await backupService.restoreBackup(ctx, input);
      applyIdleTimeout();
      return { status: vaultService.vaultStatus(ctx), vorigeKluisOpzij };
    },
  };
}

import type { Settings } from '../../src/contract/schemas';
import { writeSetting } from '../vault/repositories/settings';
import { inTransactionWithAudit, type ServiceContext } from './context';
import { IDLE_TIMEOUT_SETTING, idleTimeoutMinutes } from './vaultService';

export function readSettings(ctx: ServiceContext): Settings {
  return { dataFolder: ctx.vault.files.folder, idleTimeoutMinutes: idleTimeoutMinutes(ctx.vault.database()) };
}

export function updateIdleTimeout(ctx: ServiceContext, minutes: number): Settings {
  inTransactionWithAudit(ctx, (db) => {
    const previous = idleTimeoutMinutes(db);
    writeSetting(db, IDLE_TIMEOUT_SETTING, String(minutes));
    return {
      result: undefined,
      audit: { action: 'instelling.gewijzigd', entityType: 'instelling', entityId: IDLE_TIMEOUT_SETTING, details: { idleTimeoutMinutes: [previous, minutes] } },
    };
  });
  return readSettings(ctx);
}

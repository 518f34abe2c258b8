import type { CallName } from '../../src/contract';
import type { ServiceContext } from '../services/context';
import type { IdleLock } from '../services/idleLock';
import * as settingsService from '../services/settingsService';
import type { HandlersFor } from './types';

/** Reading and changing the settings; a new idle timeout takes effect at once. */
export function settingsHandlers(ctx: ServiceContext, idle: IdleLock): HandlersFor<Extract<CallName, `settings.${string}`>> {
  return {
    'settings.get': () => settingsService.readSettings(ctx),
    'settings.update': (update) => {
      const settings = settingsService.updateSettings(ctx, update);
      idle.setTimeoutMinutes(settings.idleTimeoutMinutes);
      return settings;
    },
  };
}

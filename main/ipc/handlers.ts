import type { ServiceContext } from '../services/context';
import type { IdleLock } from '../services/idleLock';
import type { Handlers } from './types';
import { vaultHandlers } from './vaultHandlers';
import { settingsHandlers } from './settingsHandlers';
import { dossierHandlers } from './dossierHandlers';
import { betrokkeneHandlers } from './betrokkeneHandlers';
import { searchHandlers } from './searchHandlers';
import { agendaHandlers } from './agendaHandlers';
import { herstelHandlers } from './herstelHandlers';
import { auditHandlers } from './auditHandlers';
import { backupHandlers } from './backupHandlers';
import { questionnaireHandlers } from './questionnaireHandlers';
import { attachmentHandlers } from './attachmentHandlers';
import { requestHandlers } from './requestHandlers';
import { onderzoekHandlers } from './onderzoekHandlers';
import { beoordelingHandlers } from './beoordelingHandlers';
import { besluitHandlers } from './besluitHandlers';
import { besluitenHandlers } from './besluitenHandlers';
import { briefHandlers } from './briefHandlers';
import { rapportHandlers } from './rapportHandlers';
import { beleidHandlers } from './beleidHandlers';
import { netwerkHandlers } from './netwerkHandlers';
import { afdrukHandlers } from './afdrukHandlers';
import { overdrachtHandlers } from './overdrachtHandlers';
import { bewaarHandlers } from './bewaarHandlers';

export type { Handlers } from './types';

/**
 * Maps every contract call to its use case by assembling the handlers of each call group (one file each).
 * The compiler refuses a contract call without a handler.
 */
export function createHandlers(ctx: ServiceContext, idle: IdleLock): Handlers {
  return {
    ...vaultHandlers(ctx, idle),
    ...settingsHandlers(ctx, idle),
    ...dossierHandlers(ctx),
    ...betrokkeneHandlers(ctx),
    ...searchHandlers(ctx),
    ...agendaHandlers(ctx),
    ...herstelHandlers(ctx),
    ...auditHandlers(ctx),
    ...questionnaireHandlers(ctx),
    ...attachmentHandlers(ctx),
    ...requestHandlers(ctx),
    ...onderzoekHandlers(ctx),
    ...beoordelingHandlers(ctx),
    ...besluitHandlers(ctx),
    ...besluitenHandlers(ctx),
    ...briefHandlers(ctx),
    ...rapportHandlers(ctx),
    ...backupHandlers(ctx, idle),
    ...beleidHandlers(ctx),
    ...netwerkHandlers(ctx),
    ...afdrukHandlers(ctx),
    ...overdrachtHandlers(ctx),
    ...bewaarHandlers(ctx),
  };
}

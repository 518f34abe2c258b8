import type { CallName, CallOutput, ParsedInput } from '../../src/contract';
import type { ServiceContext } from '../services/context';
import type { IdleLock } from '../services/idleLock';
import * as vaultService from '../services/vaultService';
import * as dossierService from '../services/dossierService';
import * as settingsService from '../services/settingsService';
import * as betrokkeneService from '../services/betrokkeneService';
import * as searchService from '../services/searchService';
import * as agendaService from '../services/agendaService';
import * as auditService from '../services/auditService';
import * as herstelService from '../services/herstelService';
import * as backupService from '../services/backupService';
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
import { bewaarHandlers } from './bewaarHandlers';

export type Handler<N extends CallName> = (input: ParsedInput<N>) => CallOutput<N> | Promise<CallOutput<N>>;

export type Handlers = { [N in CallName]: Handler<N> };

/** The handlers of a group of calls, e.g. those of questionnaireCalls. */
export type HandlersFor<Names extends CallName> = { [N in Names]: Handler<N> };

/** Maps every contract call to its use case. The compiler refuses a contract call without a handler. */
export function createHandlers(ctx: ServiceContext, idle: IdleLock): Handlers {
  const applyIdleTimeout = () => idle.setTimeoutMinutes(vaultService.idleTimeoutMinutes(ctx.vault.database()));
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
    'settings.get': () => settingsService.readSettings(ctx),
    'settings.update': (update) => {
      const settings = settingsService.updateSettings(ctx, update);
      idle.setTimeoutMinutes(settings.idleTimeoutMinutes);
      return settings;
    },
    'dossiers.list': (filter) => dossierService.listAllDossiers(ctx, filter),
    'dossiers.create': (input) => dossierService.createDossier(ctx, input),
    'dossiers.get': ({ id }) => dossierService.openDossier(ctx, id),
    'dossiers.update': (input) => dossierService.updateDossier(ctx, input),
    'dossiers.changePhase': (input) => dossierService.changePhase(ctx, input),
    'dossiers.addTermEvent': (input) => dossierService.addTermEvent(ctx, input),
    'dossiers.withdrawTermEvent': (input) => dossierService.withdrawTermEvent(ctx, input),
    'betrokkenen.add': (input) => betrokkeneService.addBetrokkene(ctx, input),
    'betrokkenen.removeRole': (input) => betrokkeneService.removeBetrokkeneRol(ctx, input),
    'betrokkenen.relate': (input) => betrokkeneService.addRelatie(ctx, input),
    'betrokkenen.merge': (input) => betrokkeneService.mergeBetrokkene(ctx, input),
    'betrokkenen.update': (input) => betrokkeneService.updateBetrokkeneGegevens(ctx, input),
    'betrokkenen.removeRelation': (input) => betrokkeneService.removeRelatie(ctx, input),
    'search.query': ({ tekst }) => searchService.search(ctx, tekst),
    'agenda.list': (input) => agendaService.agenda(ctx, input),
    'herstel.proposeTerm': (input) => herstelService.proposeTerm(ctx, input),
    'herstel.register': (input) => herstelService.registerHerstelverzoek(ctx, input),
    'herstel.recordCompletion': (input) => herstelService.recordCompletion(ctx, input),
    'herstel.withdraw': (input) => herstelService.withdraw(ctx, input),
    'audit.forDossier': ({ dossierId }) => auditService.dossierAudit(ctx, dossierId),
    'audit.verify': () => auditService.verifyAudit(ctx),
    'audit.exportCsv': ({ dossierId, verstrekking }) => auditService.exportAudit(ctx, dossierId, verstrekking),
    ...questionnaireHandlers(ctx),
    ...attachmentHandlers(ctx),
    ...requestHandlers(ctx),
    ...onderzoekHandlers(ctx),
    ...beoordelingHandlers(ctx),
    ...besluitHandlers(ctx),
    ...besluitenHandlers(ctx),
    ...briefHandlers(ctx),
    ...rapportHandlers(ctx),
    ...beleidHandlers(ctx),
    ...netwerkHandlers(ctx),
    ...bewaarHandlers(ctx),
    'dossiers.remove': (input) => dossierService.removeDossier(ctx, input),
    'agenda.exportIcs': (input) => agendaService.exportIcs(ctx, input),
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

import type { CallName } from '../../src/contract';
import type { ServiceContext } from '../services/context';
import * as dossierService from '../services/dossierService';
import type { HandlersFor } from './types';

/** Listing, creating, opening, changing and removing dossiers, their fase and their termijngebeurtenissen. */
export function dossierHandlers(ctx: ServiceContext): HandlersFor<Extract<CallName, `dossiers.${string}`>> {
  return {
    'dossiers.list': (filter) => dossierService.listAllDossiers(ctx, filter),
    'dossiers.create': (input) => dossierService.createDossier(ctx, input),
    'dossiers.get': ({ id }) => dossierService.openDossier(ctx, id),
    'dossiers.update': (input) => dossierService.updateDossier(ctx, input),
    'dossiers.changePhase': (input) => dossierService.changePhase(ctx, input),
    'dossiers.addTermEvent': (input) => dossierService.addTermEvent(ctx, input),
    'dossiers.withdrawTermEvent': (input) => dossierService.withdrawTermEvent(ctx, input),
    'dossiers.remove': (input) => dossierService.removeDossier(ctx, input),
  };
}

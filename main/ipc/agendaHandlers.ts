import type { CallName } from '../../src/contract';
import type { ServiceContext } from '../services/context';
import * as agendaService from '../services/agendaService';
import type { HandlersFor } from './types';

/** Every running term across dossiers, on screen and as a calendar file. */
export function agendaHandlers(ctx: ServiceContext): HandlersFor<Extract<CallName, `agenda.${string}`>> {
  return {
    'agenda.list': (input) => agendaService.agenda(ctx, input),
    'agenda.exportIcs': (input) => agendaService.exportIcs(ctx, input),
  };
}

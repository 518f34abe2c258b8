import type { rapportCalls } from '../../src/contract/rapportCalls';
import type { ServiceContext } from '../services/context';
import * as rapportService from '../services/rapportService';
import type { HandlersFor } from './types';

/** The use cases behind the dashboard and the annual report. */
export function rapportHandlers(ctx: ServiceContext): HandlersFor<keyof typeof rapportCalls> {
  return {
    'dashboard.get': () => rapportService.dashboard(ctx),
    'rapport.jaar': (input) => rapportService.rapportJaar(ctx, input),
    'rapport.setEffect': (input) => rapportService.setEffect(ctx, input),
    'rapport.exportCsv': (input) => rapportService.exportCsv(ctx, input),
    'rapport.exportDocx': (input) => rapportService.exportDocx(ctx, input),
  };
}

import type { netwerkCalls } from '../../src/contract/netwerkCalls';
import type { ServiceContext } from '../services/context';
import * as netwerkService from '../services/netwerkService';
import type { HandlersFor } from './types';

/** The page per betrokkene and the network of betrokkenen across dossiers. */
export function netwerkHandlers(ctx: ServiceContext): HandlersFor<keyof typeof netwerkCalls> {
  return {
    'betrokkenen.get': (input) => netwerkService.betrokkenePagina(ctx, input),
    'netwerk.get': (input) => netwerkService.netwerk(ctx, input),
    'netwerk.exportPng': (input) => netwerkService.exportPng(ctx, input),
  };
}

import type { ServiceContext } from '../services/context';
import * as afdrukService from '../services/afdrukService';
import type { HandlersFor } from './types';
import type { afdrukCalls } from '../../src/contract/afdrukCalls';

/** Printing on paper: the payloads are checked against src/contract/afdrukCalls.ts by the dispatcher. */
export function afdrukHandlers(ctx: ServiceContext): HandlersFor<keyof typeof afdrukCalls> {
  return {
    'afdrukken.herstelsleutel': (input) => afdrukService.printHerstelsleutel(ctx, input),
    'afdrukken.dossier': (input) => afdrukService.printDossier(ctx, input),
    'afdrukken.brief': (input) => afdrukService.printBrief(ctx, input),
  };
}

import type { CallName } from '../../src/contract';
import type { ServiceContext } from '../services/context';
import * as searchService from '../services/searchService';
import type { HandlersFor } from './types';

/** Searching across dossiers and betrokkenen. */
export function searchHandlers(ctx: ServiceContext): HandlersFor<Extract<CallName, `search.${string}`>> {
  return {
    'search.query': ({ tekst }) => searchService.search(ctx, tekst),
  };
}

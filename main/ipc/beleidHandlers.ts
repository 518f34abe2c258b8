import type { beleidCalls } from '../../src/contract/beleidCalls';
import type { ServiceContext } from '../services/context';
import * as beleidService from '../services/beleidService';
import type { HandlersFor } from './types';

/** The use cases behind the Bibob-beleid and the beleidstoets at intake. */
export function beleidHandlers(ctx: ServiceContext): HandlersFor<keyof typeof beleidCalls> {
  return {
    'beleid.get': () => beleidService.readBeleid(ctx),
    'beleid.save': (input) => beleidService.saveBeleid(ctx, input),
    'beleid.export': () => beleidService.exportBeleid(ctx),
    'beleidstoets.get': ({ dossierId }) => beleidService.openBeleidstoets(ctx, dossierId),
    'beleidstoets.record': (input) => beleidService.recordBeleidstoets(ctx, input),
    'beleidstoets.correct': (input) => beleidService.correctBeleidstoetsVan(ctx, input),
  };
}

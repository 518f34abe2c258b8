import type { briefCalls } from '../../src/contract/briefCalls';
import type { ServiceContext } from '../services/context';
import * as briefService from '../services/briefService';
import type { HandlersFor } from './types';

/** The use cases behind the generated letters and their templates. */
export function briefHandlers(ctx: ServiceContext): HandlersFor<keyof typeof briefCalls> {
  return {
    'brieven.list': (input) => briefService.listBrieven(ctx, input),
    'brieven.maak': (input) => briefService.maakBriefVoorDossier(ctx, input),
    'brieven.export': (input) => briefService.exportBrief(ctx, input),
    'brieven.bekijk': (input) => briefService.bekijkBrief(ctx, input),
    'verstrekkingen.list': () => briefService.listVerstrekkingen(ctx),
    'briefhoofd.get': () => briefService.getBriefhoofd(ctx),
    'briefhoofd.update': (input) => briefService.updateBriefhoofd(ctx, input),
    'sjablonen.list': () => briefService.listSjablonen(ctx),
    'sjablonen.save': (input) => briefService.saveSjabloon(ctx, input),
    'sjablonen.export': () => briefService.exportSjablonen(ctx),
    'sjablonen.import': (input) => briefService.importSjablonen(ctx, input),
  };
}

import type { briefCalls } from '../../src/contract/briefCalls';
import type { ServiceContext } from '../services/context';
import * as briefService from '../services/briefService';
import type { HandlersFor } from './handlers';

/** The use cases behind the generated letters. */
export function briefHandlers(ctx: ServiceContext): HandlersFor<keyof typeof briefCalls> {
  return {
    'brieven.list': (input) => briefService.listBrieven(ctx, input),
    'brieven.internAdvies': (input) => briefService.generateInternAdvies(ctx, input),
    'brieven.export': (input) => briefService.exportBrief(ctx, input),
    'brieven.herstel': (input) => briefService.generateHerstelBrief(ctx, input),
    'brieven.mededelingAdvies': (input) => briefService.generateMededelingAdvies(ctx, input),
    'briefhoofd.get': () => briefService.getBriefhoofd(ctx),
    'briefhoofd.update': (input) => briefService.updateBriefhoofd(ctx, input),
  };
}

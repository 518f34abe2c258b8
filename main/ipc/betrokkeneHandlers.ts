import type { CallName } from '../../src/contract';
import type { netwerkCalls } from '../../src/contract/netwerkCalls';
import type { ServiceContext } from '../services/context';
import * as betrokkeneService from '../services/betrokkeneService';
import type { HandlersFor } from './types';

/** The betrokkenen calls outside the network (betrokkenen.get is in netwerkHandlers). */
type BetrokkeneCall = Exclude<Extract<CallName, `betrokkenen.${string}`>, keyof typeof netwerkCalls>;

/** The betrokkenen of a dossier, their roles, their relaties (Wet Bibob art. 3 lid 4) and their corrections. */
export function betrokkeneHandlers(ctx: ServiceContext): HandlersFor<BetrokkeneCall> {
  return {
    'betrokkenen.add': (input) => betrokkeneService.addBetrokkene(ctx, input),
    'betrokkenen.removeRole': (input) => betrokkeneService.removeBetrokkeneRol(ctx, input),
    'betrokkenen.relate': (input) => betrokkeneService.addRelatie(ctx, input),
    'betrokkenen.merge': (input) => betrokkeneService.mergeBetrokkene(ctx, input),
    'betrokkenen.update': (input) => betrokkeneService.updateBetrokkeneGegevens(ctx, input),
    'betrokkenen.removeRelation': (input) => betrokkeneService.removeRelatie(ctx, input),
  };
}

import type { CallName } from '../../src/contract';
import type { ServiceContext } from '../services/context';
import * as herstelService from '../services/herstelService';
import type { HandlersFor } from './types';

/** The herstelverzoek and its hersteltermijn (Awb 4:5 lid 1, 4:15). */
export function herstelHandlers(ctx: ServiceContext): HandlersFor<Extract<CallName, `herstel.${string}`>> {
  return {
    'herstel.proposeTerm': (input) => herstelService.proposeTerm(ctx, input),
    'herstel.register': (input) => herstelService.registerHerstelverzoek(ctx, input),
    'herstel.recordCompletion': (input) => herstelService.recordCompletion(ctx, input),
    'herstel.withdraw': (input) => herstelService.withdraw(ctx, input),
  };
}

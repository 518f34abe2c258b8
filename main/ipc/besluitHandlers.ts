import type { besluitCalls } from '../../src/contract/besluitCalls';
import type { ServiceContext } from '../services/context';
import * as besluitService from '../services/besluitService';
import type { HandlersFor } from './types';

/** The use cases behind the zienswijze step and the decision. */
export function besluitHandlers(ctx: ServiceContext): HandlersFor<keyof typeof besluitCalls> {
  return {
    'zienswijze.get': (input) => besluitService.getZienswijze(ctx, input),
    'zienswijze.proposeTerm': (input) => besluitService.proposeTerm(ctx, input),
    'zienswijze.invite': (input) => besluitService.invite(ctx, input),
    'zienswijze.recordResponse': (input) => besluitService.recordZienswijze(ctx, input),
    'zienswijze.recordReactie': (input) => besluitService.recordReactie(ctx, input),
    'zienswijze.withdraw': (input) => besluitService.withdrawInvitation(ctx, input),
    'besluit.save': (input) => besluitService.saveBesluit(ctx, input),
    'zienswijze.geenNieuweRonde': (input) => besluitService.recordGeenNieuweRonde(ctx, input),
  };
}

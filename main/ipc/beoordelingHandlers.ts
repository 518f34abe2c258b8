import type { beoordelingCalls } from '../../src/contract/beoordelingCalls';
import type { ServiceContext } from '../services/context';
import * as beoordelingService from '../services/beoordelingService';
import type { HandlersFor } from './types';

/** The use cases behind the assessment, the voorschriften library and the melding to the LBB. */
export function beoordelingHandlers(ctx: ServiceContext): HandlersFor<keyof typeof beoordelingCalls> {
  return {
    'beoordeling.get': (input) => beoordelingService.getBeoordeling(ctx, input),
    'beoordeling.save': (input) => beoordelingService.saveBeoordeling(ctx, input),
    'beoordeling.setTerugtrekking': (input) => beoordelingService.setTerugtrekking(ctx, input),
    'beoordeling.recordMelding': (input) => beoordelingService.recordMelding(ctx, input),
    'voorschriften.list': () => beoordelingService.listVoorschriften(ctx),
    'voorschriften.add': (input) => beoordelingService.addVoorschrift(ctx, input),
    'beoordeling.correctBevinding': (input) => beoordelingService.correctBevinding(ctx, input),
    'beoordeling.withdrawBevinding': (input) => beoordelingService.withdrawBevinding(ctx, input),
  };
}

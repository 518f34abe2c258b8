import type { onderzoekCalls } from '../../src/contract/onderzoekCalls';
import type { ServiceContext } from '../services/context';
import * as onderzoekService from '../services/eigenOnderzoekService';
import type { HandlersFor } from './types';

/** The use cases behind the eigen onderzoek. */
export function onderzoekHandlers(ctx: ServiceContext): HandlersFor<keyof typeof onderzoekCalls> {
  return {
    'onderzoek.get': (input) => onderzoekService.getOnderzoek(ctx, input),
    'onderzoek.addNote': (input) => onderzoekService.addNote(ctx, input),
    'onderzoek.deleteNote': (input) => onderzoekService.removeNote(ctx, input),
    'onderzoek.addInvestering': (input) => onderzoekService.addInvestering(ctx, input),
    'onderzoek.addHerkomst': (input) => onderzoekService.addHerkomst(ctx, input),
    'onderzoek.deletePost': (input) => onderzoekService.removeFinancingPost(ctx, input),
    'onderzoek.addAnderBestuursorgaan': (input) => onderzoekService.addOtherBodyData(ctx, input),
    'onderzoek.deleteAnderBestuursorgaan': (input) => onderzoekService.removeOtherBodyData(ctx, input),
    'onderzoek.updateFormulier': (input) => onderzoekService.updateFormulier(ctx, input),
    'onderzoek.correctNote': (input) => onderzoekService.correctNote(ctx, input),
    'onderzoek.withdrawNote': (input) => onderzoekService.withdrawNoteCall(ctx, input),
  };
}

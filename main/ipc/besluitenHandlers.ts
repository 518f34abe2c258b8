import type { besluitenCalls } from '../../src/contract/besluitenCalls';
import type { ServiceContext } from '../services/context';
import * as verdereBesluiten from '../services/verdereBesluitenService';
import type { HandlersFor } from './types';

/** The use cases of the further decisions of one dossier (issue 19 item 12). */
export function besluitenHandlers(ctx: ServiceContext): HandlersFor<keyof typeof besluitenCalls> {
  return {
    'besluiten.list': (input) => verdereBesluiten.listBesluiten(ctx, input),
    'besluiten.add': (input) => verdereBesluiten.addBesluit(ctx, input),
    'besluiten.correct': (input) => verdereBesluiten.correctBesluit(ctx, input),
    'besluiten.recordOutcome': (input) => verdereBesluiten.recordBesluitUitkomst(ctx, input),
    'besluiten.withdraw': (input) => verdereBesluiten.withdrawBesluit(ctx, input),
  };
}

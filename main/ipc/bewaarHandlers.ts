import type { bewaarCalls } from '../../src/contract/bewaarCalls';
import type { ServiceContext } from '../services/context';
import * as bewaartermijnService from '../services/bewaartermijnService';
import * as vernietigingService from '../services/vernietigingService';
import type { HandlersFor } from './types';

/** The use cases behind the bewaartermijnen in the settings and the screen "Te vernietigen". */
export function bewaarHandlers(ctx: ServiceContext): HandlersFor<keyof typeof bewaarCalls> {
  return {
    'bewaartermijnen.get': () => bewaartermijnService.getBewaartermijnen(ctx),
    'bewaartermijnen.save': (input) => bewaartermijnService.saveBewaartermijnen(ctx, input),
    'vernietigingen.list': () => vernietigingService.listTeVernietigen(ctx),
    'vernietigingen.destroy': (input) => vernietigingService.destroy(ctx, input),
  };
}

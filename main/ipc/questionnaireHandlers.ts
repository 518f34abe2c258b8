import type { questionnaireCalls } from '../../src/contract/questionnaireCalls';
import type { ServiceContext } from '../services/context';
import type { HandlersFor } from './handlers';

/** The use cases behind the questionnaire calls. */
export function questionnaireHandlers(_ctx: ServiceContext): HandlersFor<keyof typeof questionnaireCalls> {
  return {};
}

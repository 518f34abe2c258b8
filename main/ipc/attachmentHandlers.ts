import type { attachmentCalls } from '../../src/contract/attachmentCalls';
import type { ServiceContext } from '../services/context';
import type { HandlersFor } from './handlers';

/** The use cases behind the attachment calls. */
export function attachmentHandlers(_ctx: ServiceContext): HandlersFor<keyof typeof attachmentCalls> {
  return {};
}

import type { requestCalls } from '../../src/contract/requestCalls';
import type { ServiceContext } from '../services/context';
import * as requestService from '../services/requestService';
import type { HandlersFor } from './types';

/** The use cases behind the information requests and the LBB advice request. */
export function requestHandlers(ctx: ServiceContext): HandlersFor<keyof typeof requestCalls> {
  return {
    'verzoeken.list': (input) => requestService.listRequests(ctx, input),
    'verzoeken.create': (input) => requestService.createRequest(ctx, input),
    'verzoeken.deleteConcept': (input) => requestService.deleteRequestConcept(ctx, input),
    'verzoeken.send': (input) => requestService.sendRequest(ctx, input),
    'verzoeken.extend': (input) => requestService.extendRequest(ctx, input),
    'verzoeken.recordAnswer': (input) => requestService.recordRequestAnswer(ctx, input),
    'verzoeken.withdraw': (input) => requestService.withdrawRequest(ctx, input),
    'verzoeken.lbbDataRequest': (input) => requestService.addLbbDataRequest(ctx, input),
    'verzoeken.lbbDataReceived': (input) => requestService.recordLbbDataReceivedCall(ctx, input),
    'verzoeken.lbbExtension': (input) => requestService.recordLbbExtensionCall(ctx, input),
    'verzoeken.lbbBetrokkeneInformed': (input) => requestService.recordLbbBetrokkeneInformed(ctx, input),
    'verzoeken.correctAnswer': (input) => requestService.correctRequestAnswer(ctx, input),
    'verzoeken.withdrawAnswer': (input) => requestService.withdrawRequestAnswer(ctx, input),
  };
}

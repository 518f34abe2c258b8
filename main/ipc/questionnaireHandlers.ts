import type { questionnaireCalls } from '../../src/contract/questionnaireCalls';
import type { ServiceContext } from '../services/context';
import * as questionnaireService from '../services/questionnaireService';
import type { HandlersFor } from './types';

/** The use cases behind the questionnaire calls. */
export function questionnaireHandlers(ctx: ServiceContext): HandlersFor<keyof typeof questionnaireCalls> {
  return {
    'vragenformulier.sets': () => questionnaireService.listSets(ctx),
    'vragenformulier.importSet': (input) => questionnaireService.importSet(ctx, input),
    'vragenformulier.get': ({ dossierId }) => questionnaireService.openQuestionnaire(ctx, dossierId),
    'vragenformulier.setSelection': (input) => questionnaireService.setSelection(ctx, input),
    'vragenformulier.send': (input) => questionnaireService.send(ctx, input),
    'vragenformulier.recordReceived': (input) => questionnaireService.recordReceived(ctx, input),
    'vragenformulier.recordAnswers': (input) => questionnaireService.recordAnswers(ctx, input),
    'vragenformulier.setItemStatus': (input) => questionnaireService.setItemStatus(ctx, input),
    'vragenformulier.setItemStatuses': (input) => questionnaireService.setItemStatuses(ctx, input),
    'vragenformulier.confirmDerivedStatuses': (input) => questionnaireService.confirmDerivedStatuses(ctx, input),
    'vragenformulier.linkAttachment': (input) => questionnaireService.linkAttachment(ctx, input),
    'vragenformulier.unlinkAttachment': (input) => questionnaireService.unlinkAttachment(ctx, input),
    'vragenformulier.confirmProposedBetrokkene': (input) => questionnaireService.confirmProposedBetrokkene(ctx, input),
    'vragenformulier.recordRefusal': (input) => questionnaireService.recordRefusal(ctx, input),
  };
}

import type { attachmentCalls } from '../../src/contract/attachmentCalls';
import type { ServiceContext } from '../services/context';
import * as attachmentService from '../services/attachmentService';
import type { HandlersFor } from './types';

/** The use cases behind the attachment calls. */
export function attachmentHandlers(ctx: ServiceContext): HandlersFor<keyof typeof attachmentCalls> {
  return {
    'bijlagen.importViaDialog': (input) => attachmentService.importViaDialog(ctx, input),
    'bijlagen.importPaths': (input) => attachmentService.importPaths(ctx, input),
    'bijlagen.list': (input) => attachmentService.listDossierAttachments(ctx, input),
    'bijlagen.read': (input) => attachmentService.readRange(ctx, input),
    'bijlagen.textPreview': (input) => attachmentService.textPreview(ctx, input),
    'bijlagen.export': (input) => attachmentService.exportToFile(ctx, input),
    'bijlagen.delete': (input) => attachmentService.removeAttachment(ctx, input),
    'bijlagen.addNote': (input) => attachmentService.addNote(ctx, input),
    'bijlagen.notes': (input) => attachmentService.listNotes(ctx, input),
    'bijlagen.ontbrekend': () => attachmentService.missingFiles(ctx),
  };
}

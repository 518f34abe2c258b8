import type { overdrachtCalls } from '../../src/contract/overdrachtCalls';
import type { ServiceContext } from '../services/context';
import * as overdrachtService from '../services/overdrachtService';
import * as overdrachtExport from '../services/overdrachtExport';
import * as overdrachtImport from '../services/overdrachtImport';
import type { HandlersFor } from './types';

/** The use cases behind the overdracht calls (issue 24 §3). */
export function overdrachtHandlers(ctx: ServiceContext): HandlersFor<keyof typeof overdrachtCalls> {
  return {
    'overdracht.overview': () => overdrachtService.overview(ctx),
    'overdracht.export': (input) => overdrachtExport.exportDossiers(ctx, input),
    'overdracht.status': (input) => overdrachtService.status(ctx, input),
    'overdracht.history': (input) => overdrachtService.history(ctx, input),
    'overdracht.addNote': (input) => overdrachtService.addNote(ctx, input),
    'overdracht.exportReactie': (input) => overdrachtExport.exportReactie(ctx, input),
    'overdracht.chooseFile': () => overdrachtImport.choosePackage(ctx),
    'overdracht.preview': (input) => overdrachtImport.previewPackage(ctx, input),
    'overdracht.import': (input) => overdrachtImport.importPackage(ctx, input),
  };
}

import type { CallName } from '../../src/contract';
import type { ServiceContext } from '../services/context';
import * as auditService from '../services/auditService';
import type { HandlersFor } from './types';

/** Reading, verifying and exporting the audit trail. */
export function auditHandlers(ctx: ServiceContext): HandlersFor<Extract<CallName, `audit.${string}`>> {
  return {
    'audit.forDossier': ({ dossierId }) => auditService.dossierAudit(ctx, dossierId),
    'audit.verify': () => auditService.verifyAudit(ctx),
    'audit.exportCsv': ({ dossierId, verstrekking }) => auditService.exportAudit(ctx, dossierId, verstrekking),
  };
}

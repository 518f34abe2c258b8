import { randomUUID } from 'node:crypto';
import { BibobError } from '../../src/contract/errors';
import type { Dossier } from '../../src/contract/schemas';
import type { ParsedInput } from '../../src/contract';
import { findDossier, insertDossier, listDossiers, zaaknummerTaken } from '../vault/repositories/dossiers';
import { inTransactionWithAudit, type ServiceContext } from './context';

export function listAllDossiers(ctx: ServiceContext): Dossier[] {
  return inTransactionWithAudit(ctx, (db) => {
    const dossiers = listDossiers(db);
    return { result: dossiers, audit: { action: 'overzicht.bekeken', entityType: 'dossier', entityId: null, details: { aantal: dossiers.length } } };
  });
}

export function createDossier(ctx: ServiceContext, input: ParsedInput<'dossiers.create'>): Dossier {
  return inTransactionWithAudit(ctx, (db) => {
    if (zaaknummerTaken(db, input.zaaknummer)) {
      throw new BibobError('CONFLICT', `Er is al een dossier met zaaknummer ${input.zaaknummer}.`, {
        issues: [{ path: 'zaaknummer', message: 'Dit zaaknummer is al in gebruik.' }],
      });
    }
    const dossier: Dossier = { id: randomUUID(), ...input, createdAt: ctx.now().toISOString() };
    insertDossier(db, dossier);
    return {
      result: dossier,
      audit: {
        action: 'dossier.aangemaakt',
        entityType: 'dossier',
        entityId: dossier.id,
        details: {
          zaaknummer: [null, dossier.zaaknummer],
          toepassingsgebied: [null, dossier.toepassingsgebied],
          aanvragerNaam: [null, dossier.aanvragerNaam],
        },
      },
    };
  });
}

export function openDossier(ctx: ServiceContext, id: string): Dossier {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = findDossier(db, id);
    if (!dossier) throw new BibobError('NOT_FOUND', 'Dit dossier bestaat niet (meer).');
    return { result: dossier, audit: { action: 'dossier.bekeken', entityType: 'dossier', entityId: id, details: {} } };
  });
}

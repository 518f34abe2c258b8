import type { CallOutput } from '../../src/contract';
import { besluitsoort } from '../../src/domain/besluitsoorten';
import { addDays } from '../../src/domain/termijnen';
import { dossiersWithDeadline } from '../vault/repositories/dossiers';
import { inTransactionWithAudit, today, type ServiceContext } from './context';

const MAX_ITEMS = 500;

/**
 * Every due deadline across the open dossiers, earliest (so overdue) first. For a redelijke termijn the date is
 * the 8-week backstop of art. 4:13 lid 2 Awb and what is due is the notice of art. 4:14 lid 3 Awb.
 */
export function agenda(ctx: ServiceContext, withinDays: number | undefined): CallOutput<'agenda.list'> {
  return inTransactionWithAudit(ctx, (db) => {
    const now = today(ctx);
    const until = withinDays === undefined ? null : addDays(now, withinDays);
    const items = dossiersWithDeadline(db, until, MAX_ITEMS).map((dossier) => {
      const soort = dossier.besluitsoort ? besluitsoort(dossier.besluitsoort) : undefined;
      const redelijk = soort?.beslistermijn.kind === 'redelijk';
      return {
        dossierId: dossier.id,
        zaaknummer: dossier.zaaknummer,
        aanvragerNaam: dossier.aanvragerNaam,
        datum: dossier.uitersteBeslisdatum!,
        wat: redelijk ? 'Laatste dag voor de mededeling van een nieuwe redelijke termijn (art. 4:14 lid 3 Awb)' : 'Uiterste beslisdatum',
        grondslag: redelijk ? 'art. 4:13 lid 2 en 4:14 lid 3 Awb' : (soort?.beslistermijn.legalBasis ?? ''),
        voorlopig: dossier.beslisdatumVoorlopig,
        verlopen: dossier.uitersteBeslisdatum! < now,
      };
    });
    return { result: { vandaag: now, items }, audit: { action: 'agenda.bekeken', entityType: 'dossier', entityId: null, details: { aantal: items.length } } };
  });
}

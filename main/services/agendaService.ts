import type { CallOutput } from '../../src/contract';
import { besluitsoort } from '../../src/domain/besluitsoorten';
import { addDays } from '../../src/domain/termijnen';
import { addressees, addresseeName } from '../../src/domain/informatieverzoeken';
import { dossiersWithDeadline } from '../vault/repositories/dossiers';
import { requestsForAgenda } from '../vault/repositories/informatieverzoeken';
import { termijnGebeurtenissen } from '../vault/repositories/termijnGebeurtenissen';
import { inTransactionWithAudit, today, type ServiceContext } from './context';
import { deadlineResultOf } from './deadlineService';

const MAX_ITEMS = 500;

/**
 * Every due deadline across the open dossiers, earliest (so overdue) first. For a redelijke termijn what is due is
 * the notice of art. 4:14 lid 3 Awb, by the last day the deadline engine computes for it (the Atw and the
 * suspensions of Awb 4:15; the municipality's choice on art. 31 Wet Bibob; with the default the safe, earlier date
 * its warning names); once that notice is recorded in time, the decision by the term it named.
 */
export function agenda(ctx: ServiceContext, withinDays: number | undefined): CallOutput<'agenda.list'> {
  return inTransactionWithAudit(ctx, (db) => {
    const now = today(ctx);
    const until = withinDays === undefined ? null : addDays(now, withinDays);
    // A redelijke termijn's notice is due before its stored backstop, so the dossiers are filtered after computing.
    const deadlines = dossiersWithDeadline(db, null, MAX_ITEMS)
      .map((dossier) => {
        const soort = dossier.besluitsoort ? besluitsoort(dossier.besluitsoort) : undefined;
        const base = { dossierId: dossier.id, zaaknummer: dossier.zaaknummer, aanvragerNaam: dossier.aanvragerNaam };
        const result = soort?.beslistermijn.kind === 'redelijk' ? deadlineResultOf(db, dossier, now) : null;
        if (result?.mededelingUiterlijk) {
          const mededeling = termijnGebeurtenissen(db, dossier.id).find((event) => event.soort === 'mededeling-4-14-lid-3');
          if (mededeling && mededeling.soort === 'mededeling-4-14-lid-3' && mededeling.verzondenOp <= result.mededelingUiterlijk) {
            return {
              ...base,
              datum: mededeling.tegemoetTeZienOp,
              wat: 'Besluit tegemoet te zien volgens de mededeling van een nieuwe redelijke termijn (art. 4:14 lid 3 Awb)',
              grondslag: 'art. 4:13 lid 1 en 4:14 lid 3 Awb',
              voorlopig: false,
              verlopen: mededeling.tegemoetTeZienOp < now,
            };
          }
          return {
            ...base,
            datum: result.mededelingUiterlijk,
            wat: 'Laatste dag voor de mededeling van een nieuwe redelijke termijn (art. 4:14 lid 3 Awb)',
            grondslag: 'art. 4:13 lid 2 en 4:14 lid 3 Awb',
            voorlopig: result.provisional,
            verlopen: result.mededelingUiterlijk < now,
          };
        }
        return {
          ...base,
          datum: dossier.uitersteBeslisdatum!,
          wat: 'Uiterste beslisdatum',
          grondslag: soort?.beslistermijn.legalBasis ?? '',
          voorlopig: dossier.beslisdatumVoorlopig,
          verlopen: dossier.uitersteBeslisdatum! < now,
        };
      })
      .filter((item) => until === null || item.datum <= until);
    const requests = requestsForAgenda(db, MAX_ITEMS).flatMap((row) => {
      const dossier = { dossierId: row.dossierId, zaaknummer: row.zaaknummer, aanvragerNaam: row.aanvragerNaam };
      const naam = addresseeName(row);
      const lbb = row.geadresseerde === 'lbb';
      const entries = [];
      // An answered LBB request appears only for its notice; its advice is in.
      const answered = lbb && !row.open;
      if (!answered && (until === null || row.uiterlijkOp <= until)) {
        entries.push({
          ...dossier,
          datum: row.uiterlijkOp,
          wat: lbb ? 'Advies van het Landelijk Bureau Bibob verwacht' : `Antwoord verwacht van ${naam}`,
          grondslag: lbb ? 'art. 15 Wet Bibob' : addressees[row.geadresseerde].legalBasis,
          voorlopig: false,
          verlopen: row.uiterlijkOp < now,
        });
      }
      if (row.mededelingOpen) {
        // Art. 32 sets no term: the notice is due from the day of the request until it is recorded.
        entries.push({ ...dossier, datum: row.verzondenOp, wat: 'Betrokkene informeren dat het LBB om advies is gevraagd', grondslag: 'art. 32 Wet Bibob', voorlopig: false, verlopen: false });
      }
      return entries;
    });
    const items = [...deadlines, ...requests].sort((a, b) => a.datum.localeCompare(b.datum) || a.zaaknummer.localeCompare(b.zaaknummer)).slice(0, MAX_ITEMS);
    return { result: { vandaag: now, items }, audit: { action: 'agenda.bekeken', entityType: 'dossier', entityId: null, details: { aantal: items.length } } };
  });
}

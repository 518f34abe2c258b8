import type { CallOutput } from '../../src/contract';
import { findBetrokkene } from '../vault/repositories/betrokkenen';
import { findDossiers } from '../vault/repositories/dossiers';
import { ftsQuery, searchIndex } from '../vault/repositories/searchIndex';
import { inTransactionWithAudit, type ServiceContext } from './context';

const MAX_HITS = 50;

/** Searches dossiers and betrokkenen inside the vault; a betrokkene's hit lists the dossiers it appears in. */
export function search(ctx: ServiceContext, text: string): CallOutput<'search.query'> {
  return inTransactionWithAudit(ctx, (db) => {
    const query = ftsQuery(text);
    const hits: CallOutput<'search.query'>['hits'] = [];
    if (query) {
      const matches = searchIndex(db, query, MAX_HITS);
      const dossierIds = matches.filter((match) => match.soort === 'dossier').map((match) => match.refId);
      for (const dossier of findDossiers(db, dossierIds)) {
        hits.push({ soort: 'dossier', id: dossier.id, titel: `${dossier.zaaknummer} — ${dossier.aanvragerNaam}`, dossiers: [{ id: dossier.id, zaaknummer: dossier.zaaknummer }] });
      }
      const inDossiers = db.prepare('SELECT d.id, d.zaaknummer FROM dossier_betrokkene l JOIN dossier d ON d.id = l.dossier_id WHERE l.betrokkene_id = ? AND d.verwijderd_op IS NULL GROUP BY d.id ORDER BY d.created_at DESC');
      for (const match of matches.filter((m) => m.soort === 'betrokkene')) {
        const betrokkene = findBetrokkene(db, match.refId);
        if (!betrokkene) continue;
        const dossiers = inDossiers.all(betrokkene.id) as { id: string; zaaknummer: string }[];
        hits.push({ soort: 'betrokkene', id: betrokkene.id, titel: betrokkene.kvkNummer ? `${betrokkene.naam} (KvK ${betrokkene.kvkNummer})` : betrokkene.naam, dossiers });
      }
    }
    return { result: { hits }, audit: { action: 'zoeken', entityType: 'zoekindex', entityId: null, details: { zoekterm: text, treffers: hits.length } } };
  });
}

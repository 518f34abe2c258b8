import { randomUUID } from 'node:crypto';
import type { CallOutput, ParsedInput } from '../../src/contract';
import { BibobError } from '../../src/contract/errors';
import { formatDutchDate } from '../../src/domain/termijnen';
import { ontvangenVanTekst, voorwaardenSubM } from '../../src/domain/overdracht';
import { isClosed, type Phase } from '../../src/domain/workflow';
import { presentDossierSql } from '../vault/repositories/dossiers';
import { findOntvangst, geschiedenisOf, insertReactieNotitie, overdrachtLog, reactieNotitiesOf } from '../vault/repositories/overdracht';
import { readBriefhoofd } from './briefService';
import { inTransactionWithAudit, type ServiceContext } from './context';
import type { VaultDatabase } from '../vault/database';

/** The Overdracht screen's overview, a dossier's receipt and reactienotities, and the sender's read-only history. */

export function overview(ctx: ServiceContext): CallOutput<'overdracht.overview'> {
  return inTransactionWithAudit(ctx, (db) => {
    const rows = db
      .prepare(`SELECT d.id, d.zaaknummer, d.aanvrager_naam AS aanvragerNaam, d.fase, o.dossier_id IS NOT NULL AS ontvangen FROM dossier d LEFT JOIN overdracht_ontvangst o ON o.dossier_id = d.id WHERE ${presentDossierSql.replace('verwijderd_op', 'd.verwijderd_op')} ORDER BY d.zaaknummer`)
      .all() as { id: string; zaaknummer: string; aanvragerNaam: string; fase: string; ontvangen: number }[];
    const dossiers = rows.map((row) => ({ id: row.id, zaaknummer: row.zaaknummer, aanvragerNaam: row.aanvragerNaam, fase: row.fase, open: !isClosed(row.fase as Phase), ontvangen: row.ontvangen === 1 }));
    const log = overdrachtLog(db).map(({ afzenderNaam, afzenderOrganisatie, ...entry }) => ({ ...entry, zaaknummers: [...entry.zaaknummers], afzender: { naam: afzenderNaam, organisatie: afzenderOrganisatie } }));
    return {
      result: { afzender: { naam: ctx.actor, organisatie: readBriefhoofd(db)?.gemeente ?? '' }, dossiers, log, voorwaardenSubM: [...voorwaardenSubM] },
      audit: { action: 'overdracht.bekeken', entityType: 'kluis', entityId: null, details: { dossiers: dossiers.length } },
    };
  });
}

function requirePresent(db: VaultDatabase, dossierId: string): void {
  if (!db.prepare(`SELECT 1 FROM dossier WHERE id = ? AND ${presentDossierSql}`).get(dossierId)) throw new BibobError('NOT_FOUND', 'Dit dossier bestaat niet (meer).');
}

function statusOf(db: VaultDatabase, dossierId: string): CallOutput<'overdracht.status'> {
  const ontvangst = findOntvangst(db, dossierId);
  return {
    ontvangst: ontvangst
      ? {
          afzender: { naam: ontvangst.afzenderNaam, organisatie: ontvangst.afzenderOrganisatie },
          ontvangerSoort: ontvangst.ontvangerSoort,
          verzondenOp: ontvangst.verzondenOp,
          ontvangenOp: ontvangst.ontvangenOp,
          zaaknummerAfzender: ontvangst.zaaknummerAfzender,
          tekst: ontvangenVanTekst({ naam: ontvangst.afzenderNaam, organisatie: ontvangst.afzenderOrganisatie }, formatDutchDate(ontvangst.verzondenOp.slice(0, 10))),
        }
      : null,
    notities: reactieNotitiesOf(db, dossierId).map(({ id, tekst, auteur, organisatie, gemaaktOp, ontvangenOp }) => ({ id, tekst, auteur, organisatie, gemaaktOp, ontvangenOp })),
    geschiedenis: geschiedenisOf(db, dossierId).length,
  };
}

export function status(ctx: ServiceContext, input: ParsedInput<'overdracht.status'>): CallOutput<'overdracht.status'> {
  const db = ctx.vault.database();
  requirePresent(db, input.dossierId);
  return statusOf(db, input.dossierId);
}

export function history(ctx: ServiceContext, input: ParsedInput<'overdracht.history'>): CallOutput<'overdracht.history'> {
  return inTransactionWithAudit(ctx, (db) => {
    requirePresent(db, input.dossierId);
    const regels = geschiedenisOf(db, input.dossierId).map(({ volgnummer, at, actor, action, details }) => ({ volgnummer, at, actor, action, details }));
    return { result: { regels }, audit: { action: 'overdracht.geschiedenisBekeken', entityType: 'dossier', entityId: input.dossierId, details: { regels: regels.length } } };
  });
}

/** A reviewer's note on a dossier: added, never changed; it goes back to the sender in a reactiepakket. */
export function addNote(ctx: ServiceContext, input: ParsedInput<'overdracht.addNote'>): CallOutput<'overdracht.addNote'> {
  return inTransactionWithAudit(ctx, (db) => {
    requirePresent(db, input.dossierId);
    const id = randomUUID();
    const organisatie = input.organisatie || readBriefhoofd(db)?.gemeente || '';
    insertReactieNotitie(db, { id, dossierId: input.dossierId, tekst: input.tekst, auteur: ctx.actor, organisatie, gemaaktOp: ctx.now().toISOString(), pakketId: null, ontvangenOp: null });
    return {
      result: { notities: statusOf(db, input.dossierId).notities },
      audit: { action: 'overdracht.notitieToegevoegd', entityType: 'dossier', entityId: input.dossierId, details: { notitieId: id, tekens: input.tekst.length } },
    };
  });
}

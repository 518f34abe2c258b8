import { randomUUID } from 'node:crypto';
import type { CallOutput, ParsedInput } from '../../src/contract';
import type { TeVernietigenView, VernietigingsrecordView } from '../../src/contract/bewaarCalls';
import { BibobError } from '../../src/contract/errors';
import { bewaartermijn, termijnVerstreken, type Bewaartermijnen, type Bewaaruitkomst } from '../../src/domain/bewaartermijn';
import { uitkomstIds } from '../../src/domain/uitkomsten';
import { outcomeLabel, phaseLabels, type Outcome } from '../../src/domain/workflow';
import { foldLettersForSearch } from '../../src/domain/zoektekst';
import { removeUnknownFiles } from '../files/attachmentStore';
import type { VaultDatabase } from '../vault/database';
import { appendAudit, VERNIETIGING_ACTION, wipeAuditDetails } from '../vault/repositories/auditLog';
import {
  auditRecordsToWipe,
  compactSearchIndex,
  destroyDossierData,
  findClosedDossier,
  insertVernietiging,
  listClosedDossiers,
  listVernietigingen,
  type ClosedDossierRow,
  type VernietigingRow,
} from '../vault/repositories/vernietigingen';
import { readBewaartermijnen } from './bewaartermijnService';
import { inTransactionWithAudit, today, type ServiceContext } from './context';

/*
 * Te vernietigen (issue 24 §4): the closed dossiers past their bewaartermijn, and their vernietiging. One transaction
 * destroys the chosen dossiers, wipes the details of their audit records (the chain keeps their hashes and still
 * verifies) and leaves a vernietigingsrecord per dossier and one audit record naming the wiped records. After the
 * commit the attachment files whose key went are removed and the write-ahead log is emptied into the database file.
 */

function amsterdamDay(at: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(at));
}

function outcomeOf(row: ClosedDossierRow): Outcome | null {
  return (uitkomstIds as readonly string[]).includes(row.uitkomst ?? '') ? (row.uitkomst as Outcome) : null;
}

/** The retention of a closed dossier, or null when its closing was never recorded (then it is not listed). */
function retentionOf(row: ClosedDossierRow, termijnen: Bewaartermijnen): (Bewaaruitkomst & { afgeslotenOp: string }) | null {
  if (row.afgeslotenAt === null) return null;
  const afgeslotenOp = amsterdamDay(row.afgeslotenAt);
  const uitkomst = bewaartermijn({ toepassingsgebied: row.toepassingsgebied, uitkomst: outcomeOf(row), fase: row.fase, afgeslotenOp, adviesOfBevindingen: row.adviesOfBevindingen }, termijnen);
  return { ...uitkomst, afgeslotenOp };
}

function uitkomstTekst(row: ClosedDossierRow): string {
  const uitkomst = outcomeOf(row);
  return uitkomst ? outcomeLabel(uitkomst, row.toepassingsgebied) : phaseLabels[row.fase];
}

function teVernietigen(db: VaultDatabase, vandaag: string): TeVernietigenView[] {
  const termijnen = readBewaartermijnen(db);
  return listClosedDossiers(db).flatMap((row) => {
    const retention = retentionOf(row, termijnen);
    if (!retention || !termijnVerstreken(retention, vandaag)) return [];
    return [{ dossierId: row.id, zaaknummer: row.zaaknummer, toepassingsgebied: row.toepassingsgebied, uitkomst: uitkomstTekst(row), afgeslotenOp: retention.afgeslotenOp, bewarenTot: retention.bewarenTot, regel: retention.regel }];
  });
}

const recordView = (row: VernietigingRow): VernietigingsrecordView => ({ ...row, aantallen: { ...row.aantallen } });

function view(db: VaultDatabase, vandaag: string): CallOutput<'vernietigingen.list'> {
  return { teVernietigen: teVernietigen(db, vandaag), records: listVernietigingen(db).map(recordView) };
}

export function listTeVernietigen(ctx: ServiceContext): CallOutput<'vernietigingen.list'> {
  return inTransactionWithAudit(ctx, (db) => {
    const result = view(db, today(ctx));
    return { result, audit: { action: 'vernietigingen.bekeken', entityType: 'kluis', entityId: null, details: { teVernietigen: result.teVernietigen.length } } };
  });
}

/** Refuses, before anything is deleted, a dossier that is unknown, still open, or not yet past its period. */
function destroyable(db: VaultDatabase, dossierId: string, termijnen: Bewaartermijnen, vandaag: string): { row: ClosedDossierRow; retention: Bewaaruitkomst & { afgeslotenOp: string } } {
  const row = findClosedDossier(db, dossierId);
  const issue = (message: string) => ({ issues: [{ path: 'dossierIds', message }] });
  if (!row) {
    const open = db.prepare('SELECT zaaknummer FROM dossier WHERE id = ? AND verwijderd_op IS NULL').get(dossierId) as { zaaknummer: string } | undefined;
    if (!open) throw new BibobError('NOT_FOUND', 'Dit dossier bestaat niet (meer). Er is niets vernietigd.');
    const message = `Dossier ${open.zaaknummer} is niet afgesloten en kan niet worden vernietigd. Er is niets vernietigd.`;
    throw new BibobError('CONFLICT', message, issue(message));
  }
  const retention = retentionOf(row, termijnen);
  if (!retention) {
    const message = `Van dossier ${row.zaaknummer} is geen afsluiting vastgelegd, dus geen bewaartermijn. Er is niets vernietigd.`;
    throw new BibobError('CONFLICT', message, issue(message));
  }
  if (!termijnVerstreken(retention, vandaag)) {
    const message = `Dossier ${row.zaaknummer} is nog niet aan vernietiging toe: de bewaartermijn loopt tot en met ${retention.bewarenTot} (${retention.regel}) Er is niets vernietigd.`;
    throw new BibobError('CONFLICT', message, issue(message));
  }
  return { row, retention };
}

export function destroy(ctx: ServiceContext, input: ParsedInput<'vernietigingen.destroy'>): CallOutput<'vernietigingen.destroy'> {
  const vandaag = today(ctx);
  const at = ctx.now().toISOString();
  const vernietigd = ctx.vault.transaction((db) => {
    const termijnen = readBewaartermijnen(db);
    const records: VernietigingRow[] = [];
    for (const dossierId of [...new Set(input.dossierIds)]) {
      const { row, retention } = destroyable(db, dossierId, termijnen, vandaag);
      const id = randomUUID();
      const destroyed = destroyDossierData(db, dossierId, { id, zaaknummer: row.zaaknummer });
      const seqs = auditRecordsToWipe(db, dossierId, destroyed, foldLettersForSearch);
      wipeAuditDetails(db, seqs);
      const record: VernietigingRow = {
        id,
        zaaknummer: row.zaaknummer,
        toepassingsgebied: row.toepassingsgebied,
        uitkomst: uitkomstTekst(row),
        ontvangenOp: row.ontvangenOp,
        aangemaaktOp: amsterdamDay(row.aangemaaktOp),
        afgeslotenOp: retention.afgeslotenOp,
        bewarenTot: retention.bewarenTot,
        termijnJaren: retention.jaren,
        regel: retention.regel,
        reden: input.reden,
        vernietigdDoor: ctx.actor,
        vernietigdOp: at,
        aantallen: { ...destroyed.aantallen, auditregelsGewist: seqs.length },
      };
      insertVernietiging(db, record);
      appendAudit(db, {
        at,
        actor: ctx.actor,
        action: VERNIETIGING_ACTION,
        entityType: 'vernietiging',
        entityId: id,
        details: { zaaknummer: row.zaaknummer, regel: retention.regel, bewarenTot: retention.bewarenTot, reden: input.reden, gewisteAuditregels: seqs },
      });
      records.push(record);
    }
    compactSearchIndex(db);
    return records;
  });
  const db = ctx.vault.database();
  // The files whose key went with their content row; and the old pages out of the write-ahead log.
  try {
    removeUnknownFiles(db);
  } catch {
    // The next unlock removes them (files no row knows); their key is gone already.
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { ...view(db, vandaag), vernietigd: vernietigd.map(recordView) };
}

import { csvDocument } from '../files/csv';
import { randomUUID } from 'node:crypto';
import type { VerstrekkingInput } from '../../src/contract/schemas';
import { insertVerstrekking } from '../vault/repositories/verstrekkingen';
import { requireDossier } from '../vault/repositories/dossiers';
import { BibobError } from '../../src/contract/errors';
import type { CallOutput } from '../../src/contract';
import { auditChainKey, auditHash, detailsHash, GENESIS_HASH, keyedFromSeq, listAudit, VERNIETIGING_ACTION, WIPED_DETAILS, type StoredAuditEntry } from '../vault/repositories/auditLog';
import { inTransactionWithAudit, type ServiceContext } from './context';

/**
 * Walks the chain: each record's hash must follow from its fields, the hash of its details and its predecessor's
 * hash, as an HMAC under the chain key from `keyedFrom` on (SHA-256 before, in a vault older than the key); its
 * details must match their hash. A gap in the numbers is a break too. A record whose details were wiped keeps its
 * details hash, so the chain still verifies; but only a later vernietiging record may name it as wiped: a record
 * wiped otherwise is a break.
 */
export function verifyChain(
  entries: readonly StoredAuditEntry[],
  chain: { key: Buffer; keyedFrom: number },
): { intact: boolean; checked: number; firstBrokenSeq: number | null } {
  const wipedBy = new Set<number>();
  for (const entry of entries) {
    const named = entry.action === VERNIETIGING_ACTION ? entry.details.gewisteAuditregels : undefined;
    if (entry.detailsSalt !== null && Array.isArray(named)) for (const seq of named) if (typeof seq === 'number' && seq < entry.seq) wipedBy.add(seq);
  }
  let previous = GENESIS_HASH;
  let expectedSeq = entries[0]?.seq ?? 1;
  for (const entry of entries) {
    const key = entry.seq >= chain.keyedFrom ? chain.key : null;
    const detailsHold =
      entry.detailsSalt === null
        ? wipedBy.has(entry.seq) && JSON.stringify(entry.details) === WIPED_DETAILS
        : detailsHash(entry.detailsSalt, JSON.stringify(entry.details)) === entry.detailsHash;
    if (entry.seq !== expectedSeq || entry.prevHash !== previous || !detailsHold || auditHash(previous, entry, key) !== entry.hash) {
      return { intact: false, checked: entries.length, firstBrokenSeq: entry.seq };
    }
    previous = entry.hash;
    expectedSeq = entry.seq + 1;
  }
  return { intact: true, checked: entries.length, firstBrokenSeq: null };
}

export function dossierAudit(ctx: ServiceContext, dossierId: string): CallOutput<'audit.forDossier'> {
  return inTransactionWithAudit(ctx, (db) => {
    const entries = listAudit(db, { entityType: 'dossier', entityId: dossierId }).map((entry) => ({
      seq: entry.seq,
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      details: JSON.stringify(entry.details),
    }));
    return { result: { entries }, audit: { action: 'audit.bekeken', entityType: 'dossier', entityId: dossierId, details: {} } };
  });
}

/**
 * Verifies the chain inside the database and compares its end with the anchor in the key file: together they show
 * a changed, removed or inserted record, a trail cut short, and an older copy of vault.db put back.
 */
export function verifyAudit(ctx: ServiceContext): CallOutput<'audit.verify'> {
  const db = ctx.vault.database();
  const chain = verifyChain(listAudit(db), { key: auditChainKey(db), keyedFrom: keyedFromSeq(db) });
  const anchor = ctx.vault.checkAuditAnchor();
  const result = { ...chain, anker: { toestand: anchor.toestand, volgnummer: anchor.ankerVolgnummer, melding: anchor.melding } };
  inTransactionWithAudit(ctx, () => ({
    result: undefined,
    audit: { action: 'audit.gecontroleerd', entityType: 'kluis', entityId: null, details: { ...chain, anker: anchor.toestand, ankerVolgnummer: anchor.ankerVolgnummer } },
  }));
  return result;
}

export function auditCsv(entries: readonly StoredAuditEntry[]): string {
  const header = ['volgnummer', 'tijdstip', 'gebruiker', 'handeling', 'soort', 'id', 'gegevens', 'hash'];
  return csvDocument([header, ...entries.map((entry) => [entry.seq, entry.at, entry.actor, entry.action, entry.entityType, entry.entityId ?? '', entry.details, entry.hash])]);
}

/** Exports the audit trail (of one dossier, or all of it) as CSV, only to where the coordinator chooses. */
/** Exports the audit trail as CSV through the save dialog, for a recipient of art. 28 lid 2 recorded in the disclosure register. */
export async function exportAudit(ctx: ServiceContext, dossierId: string | undefined, verstrekking: VerstrekkingInput): Promise<CallOutput<'audit.exportCsv'>> {
  if (!ctx.exportTarget) throw new BibobError('INTERNAL', 'Exporteren is hier niet mogelijk.');
  // Check first, write last: an unknown dossier is refused before anything reaches the export target.
  if (dossierId) requireDossier(ctx.vault.database(), dossierId);
  const entries = listAudit(ctx.vault.database(), dossierId ? { entityType: 'dossier', entityId: dossierId } : {});
  const saved = await ctx.exportTarget.saveText(dossierId ? `audittrail-dossier.csv` : 'audittrail.csv', auditCsv(entries));
  if (saved) {
    inTransactionWithAudit(ctx, (db) => {
      insertVerstrekking(db, {
        id: randomUUID(),
        dossierId: dossierId ?? null,
        wat: dossierId ? 'Audittrail van het dossier' : 'Audittrail van de kluis',
        categorie: verstrekking.categorie,
        ontvanger: verstrekking.ontvanger,
        verstrektOp: ctx.now().toISOString(),
        verstrektDoor: ctx.actor,
      });
      return {
        result: undefined,
        audit: { action: 'audit.geexporteerd', entityType: dossierId ? 'dossier' : 'kluis', entityId: dossierId ?? null, details: { regels: entries.length, ...verstrekking } },
      };
    });
  }
  return { exported: saved !== null, regels: entries.length };
}

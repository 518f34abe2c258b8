import { createHmac, timingSafeEqual } from 'node:crypto';
import type { VaultDatabase } from './database';
import type { AuditAnchor, KeyFile } from './keyFile';
import { auditRecordHash, keyedFromSeq, lastAuditRecord } from './repositories/auditLog';

/** Interval at which the anchor follows the trail while the vault stays unlocked (it is also written at every lock). */
export const ANCHOR_INTERVAL_MS = 5 * 60_000;

export type AnchorState = 'in-orde' | 'nog-niet-verankerd' | 'ontbreekt' | 'ongeldig' | 'ingekort' | 'herschreven';

export interface AnchorCheck {
  readonly toestand: AnchorState;
  /** The last record number the key file holds, when it holds a valid anchor. */
  readonly ankerVolgnummer: number | null;
  readonly laatsteVolgnummer: number;
  /** What the coordinator reads: Dutch, with the numbers. */
  readonly melding: string;
}

function anchorMac(anchorKey: Buffer, vaultId: string, fields: Omit<AuditAnchor, 'mac'>): string {
  return createHmac('sha256', anchorKey)
    .update(JSON.stringify(['bibob-werkbank audit anchor v1', vaultId, fields.seq, fields.hash, fields.keyedFromSeq]))
    .digest('hex');
}

/** The anchor for the trail as it stands: its last record, where the keyed chain begins, and the MAC over both. */
export function currentAnchor(db: VaultDatabase, anchorKey: Buffer, vaultId: string): AuditAnchor {
  const last = lastAuditRecord(db);
  const fields = { seq: last?.seq ?? 0, hash: last?.hash ?? '0'.repeat(64), keyedFromSeq: keyedFromSeq(db) };
  return { ...fields, mac: anchorMac(anchorKey, vaultId, fields) };
}

function sameHex(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}

/**
 * Compares the trail in the database with the anchor in the key file. The anchor may lag behind (a crash after the
 * last interval): more records than it names are fine, as long as the record it names is unchanged. Fewer records,
 * or a different record at its number, mean the trail was cut short, rewritten, or an older vault.db was put back.
 */
export function checkAnchor(db: VaultDatabase, keyFile: KeyFile, anchorKey: Buffer): AnchorCheck {
  const last = lastAuditRecord(db)?.seq ?? 0;
  const anchor = keyFile.auditAnchor;
  if (!anchor) {
    return keyFile.format === 1
      ? { toestand: 'nog-niet-verankerd', ankerVolgnummer: null, laatsteVolgnummer: last, melding: 'De audittrail wordt bij het vergrendelen voor het eerst in het sleutelbestand verankerd.' }
      : { toestand: 'ontbreekt', ankerVolgnummer: null, laatsteVolgnummer: last, melding: 'Het anker van de audittrail ontbreekt in het sleutelbestand: het sleutelbestand is gewijzigd.' };
  }
  if (!sameHex(anchorMac(anchorKey, keyFile.vaultId, anchor), anchor.mac)) {
    return { toestand: 'ongeldig', ankerVolgnummer: null, laatsteVolgnummer: last, melding: 'Het anker van de audittrail in het sleutelbestand is gewijzigd of hoort niet bij deze kluis.' };
  }
  if (anchor.seq > last || anchor.keyedFromSeq !== keyedFromSeq(db)) {
    return {
      toestand: 'ingekort',
      ankerVolgnummer: anchor.seq,
      laatsteVolgnummer: last,
      melding: `De audittrail is ingekort of teruggezet: het sleutelbestand legde regels vast tot en met nummer ${anchor.seq}, de kluis heeft er ${last}.`,
    };
  }
  const recorded = anchor.seq === 0 ? anchor.hash : auditRecordHash(db, anchor.seq);
  if (recorded === null || !sameHex(recorded, anchor.hash)) {
    return {
      toestand: 'herschreven',
      ankerVolgnummer: anchor.seq,
      laatsteVolgnummer: last,
      melding: `De audittrail is herschreven of teruggezet: regel ${anchor.seq} is niet meer de regel die het sleutelbestand vastlegde.`,
    };
  }
  return {
    toestand: 'in-orde',
    ankerVolgnummer: anchor.seq,
    laatsteVolgnummer: last,
    melding: `Het anker in het sleutelbestand (regel ${anchor.seq}) klopt met de audittrail.`,
  };
}

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { BibobError } from '../../src/contract/errors';

/*
 * The format of an attachment file in <dataFolder>/bijlagen/ (issue 24 §1).
 *
 *   header   8 bytes  "BWBIJL01"
 *   record*  nonce (12 random bytes) ‖ AES-256-GCM ciphertext of one chunk (CHUNK_SIZE bytes, the last shorter) ‖ tag (16)
 *
 * Every file has its own random 256-bit key, kept only in the vault database (bestand_inhoud.sleutel). The
 * associated data of each record binds it to its place: the format, the file's id (its name), the chunk index and
 * whether it is the last chunk. So a record moved to another index, a record copied from another attachment file and
 * a file cut off after a whole record all fail authentication; a file shorter or longer than its row says is refused
 * before anything is decrypted. The plaintext never touches the disk: records are encrypted in memory and only
 * ciphertext is written.
 */

export const FILE_MAGIC = Buffer.from('BWBIJL01', 'ascii');
export const HEADER_BYTES = FILE_MAGIC.length;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
export const RECORD_OVERHEAD = NONCE_BYTES + TAG_BYTES;
export const FILE_KEY_BYTES = 32;
const AAD_LABEL = Buffer.from('bibob-werkbank bijlage v1\u0000', 'ascii');

/** A new random file id: 128 bits as 32 hex characters. It names the file and reveals nothing of its content. */
export function newFileId(): string {
  return randomBytes(16).toString('hex');
}

export function newFileKey(): Buffer {
  return randomBytes(FILE_KEY_BYTES);
}

function associatedData(fileId: string, index: number, final: boolean): Buffer {
  const place = Buffer.alloc(5);
  place.writeUInt32BE(index, 0);
  place.writeUInt8(final ? 1 : 0, 4);
  return Buffer.concat([AAD_LABEL, Buffer.from(fileId, 'ascii'), place]);
}

/**
 * The record of chunk `index` of file `fileId` in its parts, nonce, ciphertext and tag, to be written one after the
 * other (a vectored write spares a copy of the chunk).
 */
export function encryptRecordParts(key: Buffer, fileId: string, index: number, final: boolean, chunk: Buffer): Buffer[] {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(associatedData(fileId, index, final));
  const body = cipher.update(chunk);
  const rest = cipher.final();
  return rest.length === 0 ? [nonce, body, cipher.getAuthTag()] : [nonce, body, rest, cipher.getAuthTag()];
}

/** The record of chunk `index` of file `fileId`: nonce ‖ ciphertext ‖ tag. */
export function encryptRecord(key: Buffer, fileId: string, index: number, final: boolean, chunk: Buffer): Buffer {
  return Buffer.concat(encryptRecordParts(key, fileId, index, final, chunk), NONCE_BYTES + chunk.length + TAG_BYTES);
}

/** The plaintext of a record, or null when it does not authenticate at this place of this file with this key. */
export function decryptRecord(key: Buffer, fileId: string, index: number, final: boolean, record: Buffer): Buffer | null {
  if (record.length < RECORD_OVERHEAD) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, record.subarray(0, NONCE_BYTES));
    decipher.setAAD(associatedData(fileId, index, final));
    decipher.setAuthTag(record.subarray(record.length - TAG_BYTES));
    const body = decipher.update(record.subarray(NONCE_BYTES, record.length - TAG_BYTES));
    decipher.final();
    return body;
  } catch {
    return null;
  }
}

/** Where the record of chunk `index` starts in the file. */
export function recordOffset(chunkSize: number, index: number): number {
  return HEADER_BYTES + index * (chunkSize + RECORD_OVERHEAD);
}

/** The size of the file that holds `grootte` plaintext bytes in `chunks` chunks. */
export function encryptedFileSize(grootte: number, chunks: number): number {
  return HEADER_BYTES + chunks * RECORD_OVERHEAD + grootte;
}

export type DamageReason = 'ontbreekt' | 'afgekapt' | 'gewijzigd';

/**
 * The structured error for an attachment file that is missing, cut short or altered. Names the attachment and the
 * chunk, never the key.
 */
export function damagedAttachment(reden: DamageReason, bestandsnaam: string, volgnummer?: number): BibobError {
  const messages: Record<DamageReason, string> = {
    ontbreekt: `Het versleutelde bestand van bijlage "${bestandsnaam}" ontbreekt in de map bijlagen van de kluis. Zet de kluis terug uit een reservekopie.`,
    afgekapt: `Het versleutelde bestand van bijlage "${bestandsnaam}" is ingekort of onvolledig. Zet de kluis terug uit een reservekopie.`,
    gewijzigd: `Het versleutelde bestand van bijlage "${bestandsnaam}" is gewijzigd of beschadigd${volgnummer === undefined ? '' : `: deel ${volgnummer + 1} klopt niet`}. Zet de kluis terug uit een reservekopie.`,
  };
  return new BibobError('VAULT_DAMAGED', messages[reden], volgnummer === undefined ? { reden } : { reden, volgnummer });
}

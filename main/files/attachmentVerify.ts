import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { FILE_MAGIC, HEADER_BYTES, RECORD_OVERHEAD, decryptRecord, encryptedFileSize, recordOffset } from './attachmentCipher';

/** What a content row of the vault says about its file: enough to check it without the plaintext leaving memory. */
export interface AttachmentFileFacts {
  readonly bestandId: string;
  readonly sleutel: Buffer;
  readonly grootte: number;
  readonly chunks: number;
  readonly chunkGrootte: number;
}

/**
 * Whether an attachment file is whole and authentic: its header, the size its row gives, and the AES-GCM tag of
 * each record (every record, or with `alleen: 'randen'` the first and the last, for a file an earlier check read
 * whole and that is never rewritten). The decrypted bytes are wiped at once.
 */
export function attachmentFileAuthentic(file: string, facts: AttachmentFileFacts, alleen: 'alle' | 'randen' = 'alle'): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    if (fstatSync(fd).size !== encryptedFileSize(facts.grootte, facts.chunks) || facts.chunks === 0) return false;
    const header = Buffer.alloc(HEADER_BYTES);
    if (readSync(fd, header, 0, HEADER_BYTES, 0) !== HEADER_BYTES || !header.equals(FILE_MAGIC)) return false;
    const record = Buffer.allocUnsafe(facts.chunkGrootte + RECORD_OVERHEAD);
    const indexes = alleen === 'alle' ? Array.from({ length: facts.chunks }, (_, index) => index) : [...new Set([0, facts.chunks - 1])];
    for (const index of indexes) {
      const final = index === facts.chunks - 1;
      const length = (final ? facts.grootte - index * facts.chunkGrootte : facts.chunkGrootte) + RECORD_OVERHEAD;
      if (readSync(fd, record, 0, length, recordOffset(facts.chunkGrootte, index)) !== length) return false;
      const plain = decryptRecord(facts.sleutel, facts.bestandId, index, final, record.subarray(0, length));
      if (!plain) return false;
      plain.fill(0);
    }
    return true;
  } finally {
    closeSync(fd);
  }
}

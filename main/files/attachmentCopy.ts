import { createHash } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { fsyncDirectory } from '../vault/atomicWrite';
import type { VaultDatabase } from '../vault/database';
import { FILE_MAGIC, encryptRecordParts, newFileId, newFileKey } from './attachmentCipher';
import { CHUNK_SIZE, PART_SUFFIX, attachmentFolder, contentMac, markFileRunning } from './attachmentStore';

/*
 * Writes content that arrives in pieces (a received overdrachtspakket's attachment) as a new attachment file of this
 * vault: a new random file id and key, 1 MiB records in the format of ./attachmentCipher.ts, part file → fsync →
 * rename → fsync folder, exactly as an import does; the caller commits the content row (`insertContent`) in its own
 * transaction, and calls `discard` when it does not.
 */

export interface WrittenFile {
  readonly fileId: string;
  readonly key: Buffer;
  readonly sha256: string;
  readonly mac: string;
  readonly grootte: number;
  readonly chunks: number;
  /** Removes the file (an import that did not commit) and releases the purge guard. */
  discard(): Promise<void>;
  /** Releases the purge guard once the row is committed. */
  release(): void;
}

async function writeAll(handle: FileHandle, parts: Buffer[]): Promise<void> {
  for (const part of parts) {
    let offset = 0;
    while (offset < part.length) {
      const { bytesWritten } = await handle.write(part, offset, part.length - offset);
      offset += bytesWritten;
    }
  }
}

/**
 * Re-encrypts `pieces` (the plaintext, of any sizes, `grootte` bytes in all) into a new attachment file. Returns
 * null-free on success; throws when the pieces are not `grootte` bytes long, leaving nothing behind.
 */
export async function writeContentFile(db: VaultDatabase, pieces: AsyncIterable<Buffer>, grootte: number): Promise<WrittenFile> {
  const folder = attachmentFolder(db);
  const fileId = newFileId();
  const key = newFileKey();
  const finalPath = path.join(folder, fileId);
  const partPath = `${finalPath}${PART_SUFFIX}`;
  const release = markFileRunning(db, fileId);
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(CHUNK_SIZE);
  let filled = 0;
  let total = 0;
  let index = 0;
  let handle: FileHandle | null = null;
  try {
    handle = await open(partPath, 'wx', 0o600);
    await writeAll(handle, [FILE_MAGIC]);
    const emit = async (data: Buffer) => {
      hash.update(data);
      await writeAll(handle!, encryptRecordParts(key, fileId, index, total === grootte, data));
      index += 1;
    };
    for await (const piece of pieces) {
      let offset = 0;
      while (offset < piece.length) {
        const take = Math.min(CHUNK_SIZE - filled, piece.length - offset);
        piece.copy(chunk, filled, offset, offset + take);
        filled += take;
        offset += take;
        total += take;
        if (total > grootte) throw new Error('content longer than announced');
        if (filled === CHUNK_SIZE) {
          await emit(chunk.subarray(0, filled));
          filled = 0;
        }
      }
    }
    if (filled > 0) await emit(chunk.subarray(0, filled));
    if (total !== grootte || total === 0) throw new Error('content shorter than announced');
    await handle.sync();
    await handle.close();
    handle = null;
    await rename(partPath, finalPath);
    fsyncDirectory(folder);
    const sha256 = hash.digest('hex');
    return {
      fileId,
      key,
      sha256,
      mac: contentMac(db, sha256),
      grootte: total,
      chunks: index,
      async discard() {
        key.fill(0);
        await rm(finalPath, { force: true }).catch(() => undefined);
        release();
      },
      release() {
        key.fill(0);
        release();
      },
    };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(partPath, { force: true }).catch(() => undefined);
    await rm(finalPath, { force: true }).catch(() => undefined);
    key.fill(0);
    release();
    throw error;
  } finally {
    chunk.fill(0);
  }
}

/**
 * The content row of a written file, unless the vault already holds the same content (found by its keyed hash):
 * then false, and the caller discards the file after the commit.
 */
export function insertContent(db: VaultDatabase, file: WrittenFile, meta: { type: string; mime: string }, at: string): boolean {
  const existing = db.prepare('SELECT 1 FROM bestand_inhoud WHERE hmac = ? OR sha256 = ?').get(file.mac, file.sha256);
  if (existing) return false;
  db.prepare(
    `INSERT INTO bestand_inhoud (sha256, grootte, type, mime, chunks, chunk_grootte, created_at, bestand_id, sleutel, hmac)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(file.sha256, file.grootte, meta.type, meta.mime, file.chunks, CHUNK_SIZE, at, file.fileId, file.key, file.mac);
  return true;
}

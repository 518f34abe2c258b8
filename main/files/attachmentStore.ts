import { createHash, createHmac, randomUUID } from 'node:crypto';
import { closeSync, constants as fsConstants, existsSync, fstatSync, mkdirSync, openSync, readSync, readdirSync, rmSync } from 'node:fs';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { BibobError } from '../../src/contract/errors';
import { fsyncDirectory } from '../vault/atomicWrite';
import type { VaultDatabase } from '../vault/database';
import {
  FILE_MAGIC,
  HEADER_BYTES,
  RECORD_OVERHEAD,
  damagedAttachment,
  decryptRecord,
  encryptRecordParts,
  encryptedFileSize,
  newFileId,
  newFileKey,
  recordOffset,
} from './attachmentCipher';
import {
  HEAD_BYTES,
  TAIL_BYTES,
  detectFromHead,
  extensionMismatch,
  officeTypeOfZip,
  zipEntryNames,
  type AttachmentType,
  type DetectedType,
  type HeadVerdict,
} from './fileTypes';
import { isSystemError, rejection, rejectionForSystemError } from './rejections';

/*
 * Attachments as separately encrypted files (issue 24 §1): each content is one file in <dataFolder>/bijlagen/, named
 * by a random id, encrypted with its own random key in 1 MiB records (format: ./attachmentCipher.ts). The database
 * row of the content (bestand_inhoud) holds the file id, the key, the size, the type, the SHA-256 (the fingerprint
 * shown to the coordinator and checked on export) and a keyed hash of the content (`contentMac`, under a key held in
 * the vault): identical content is found by that keyed hash and stored once.
 *
 * Chunk size: 1 MiB, recorded per content (chunk_grootte), so a later change of the constant breaks nothing stored.
 * A viewer's range read decrypts at most the records it touches; memory stays at a chunk or two whatever the size.
 *
 * Import, atomic and crash-safe:
 *  1. the source is read once; each chunk is hashed, encrypted in memory and appended to `<id>.deel` in the
 *     folder; the type is decided from the first chunk, before anything is written;
 *  2. the part file is fsynced, renamed to `<id>` and the folder fsynced;
 *  3. ONE transaction inserts the content row (unless the HMAC is known: then only the bijlage refers to the known
 *     content and the new file is removed after the commit), the bijlage row and, through `inFinalTransaction`, the
 *     caller's audit record.
 * No transaction is open while the import awaits the source. A crash before step 3 commits leaves a file no row
 * knows: `purgeUnusedContent` (at every unlock, import and delete) removes files no row knows, sparing the imports
 * running on this connection. A committed file is never written again (the backup copies files incrementally).
 *
 * Delete: the bijlage row goes; when it was the last one using the content, its row (with its key) goes in the same
 * transaction under secure_delete — the ciphertext is unreadable from then on — and the file is removed after the
 * commit (or by the next purge).
 */

/** Bytes per chunk; see above. */
export const CHUNK_SIZE = 1024 * 1024;
/** The most one `readAttachmentRange` returns: a viewer reads ranges, never a whole large file at once. */
export const MAX_RANGE_BYTES = 64 * 1024 * 1024;
/** A sensible maximum for the configured one: large enough for the 1 GB files the vault must accept. */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024 * 1024;
/** The suffix of a file still being written; such a file is never read and removed when its import is not running. */
export const PART_SUFFIX = '.deel';

export interface AttachmentInfo {
  readonly id: string;
  readonly dossierId: string;
  readonly sha256: string;
  readonly bestandsnaam: string;
  readonly type: AttachmentType;
  readonly mime: string;
  readonly grootte: number;
  readonly geimporteerdDoor: string;
  readonly geimporteerdOp: string;
  /** Set when the name's extension says something other than the content. */
  readonly waarschuwing: string | null;
}

export interface ImportedAttachment extends AttachmentInfo {
  /** The same content was already in the vault: only the bijlage row was added. */
  readonly alBekend: boolean;
}

export interface ImportAttachmentInput {
  readonly dossierId: string;
  /** The file to import; read once, as a stream. */
  readonly sourcePath: string;
  /** The name to show; only its last path segment is kept. Defaults to the source file's name when empty. */
  readonly fileName: string;
  readonly importer: string;
  readonly now: Date;
  /** The configured maximum size in bytes. */
  readonly maxBytes: number;
  /**
   * Runs inside the one transaction that completes the import, after the bijlage row is written: the place for the
   * caller's audit record. When it throws, the import is undone and nothing is left behind.
   */
  readonly inFinalTransaction?: (db: VaultDatabase, imported: ImportedAttachment) => void;
}

/** Test-only: points at which to simulate failures, a locked vault, a file that changes, or a crash. */
export interface ImportTestHooks {
  afterChunkWritten?(volgnummer: number): void | Promise<void>;
  /** After the file got its final name and the folder was synced, before the row is committed. */
  afterRename?(fileId: string): void | Promise<void>;
}

/** Per connection: the folder of its attachment files. Set by the vault when it opens the database. */
const folders = new WeakMap<VaultDatabase, string>();
/** File ids of the imports running on a connection: never purged while they run. */
const runningImports = new WeakMap<VaultDatabase, Set<string>>();

/** Makes `folder` the attachment folder of this connection (created when absent, only for the user). */
export function useAttachmentFolder(db: VaultDatabase, folder: string): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  folders.set(db, folder);
}

export function attachmentFolder(db: VaultDatabase): string {
  const folder = folders.get(db);
  if (!folder) throw new BibobError('INTERNAL', 'De map met bijlagen van de kluis is niet bekend.');
  return folder;
}

function running(db: VaultDatabase): Set<string> {
  let set = runningImports.get(db);
  if (!set) {
    set = new Set();
    runningImports.set(db, set);
  }
  return set;
}

/**
 * Marks a file being written outside `importAttachment` (the contents of a received overdrachtspakket) as running,
 * so no purge removes it before its row is committed; returns the function that unmarks it.
 */
export function markFileRunning(db: VaultDatabase, fileId: string): () => void {
  running(db).add(fileId);
  return () => running(db).delete(fileId);
}

const vaultLocked = () => new BibobError('VAULT_LOCKED', 'De kluis werd vergrendeld tijdens het werk met de bijlage. Ontgrendel de kluis en probeer het opnieuw.');

/** The vault-held key of the keyed hash that finds identical content (migration 029). */
function dedupKey(db: VaultDatabase): Buffer {
  const row = db.prepare('SELECT hmac_sleutel AS key FROM bestand_sleutel WHERE id = 1').get() as { key: Buffer } | undefined;
  if (!row) throw new BibobError('INTERNAL', 'De sleutel voor het herkennen van dubbele bijlagen ontbreekt in de kluis.');
  return row.key;
}

/**
 * The keyed hash by which identical content is found: HMAC-SHA-256, under the vault-held key, of the content's
 * SHA-256. Without the key it cannot be computed from a known file, so it does not confirm that a vault holds it.
 */
export function contentMac(db: VaultDatabase, sha256: string): string {
  return createHmac('sha256', dedupKey(db)).update(Buffer.from(sha256, 'hex')).digest('hex');
}

/** Keeps the last path segment, without control characters; falls back to the source file's own name. */
export function displayName(fileName: string, sourcePath: string): string {
  const clean = (name: string) =>
    (name.split(/[\\/]/).pop() ?? '')
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .trim()
      .slice(0, 255);
  return clean(fileName) || clean(sourcePath) || 'bijlage';
}

/**
 * Imports a file as an attachment of a dossier. Streams it once (fixed 1 MiB reads, never whole in memory), hashes
 * it while reading, decides its type from the content and writes it encrypted to its own file; identical content is
 * stored once. Refuses with FILE_REJECTED (Dutch message, details.reden) and leaves nothing behind when the file is
 * empty, larger than `maxBytes`, unreadable, changes while it is read, or is not an allowed type.
 */
export async function importAttachment(db: VaultDatabase, input: ImportAttachmentInput, hooks: ImportTestHooks = {}): Promise<ImportedAttachment> {
  const bestandsnaam = displayName(input.fileName, input.sourcePath);
  if (!Number.isSafeInteger(input.maxBytes) || input.maxBytes <= 0) {
    throw new BibobError('VALIDATION', 'Het ingestelde maximum voor bijlagen is ongeldig.', { maxBytes: input.maxBytes });
  }
  if (!db.prepare('SELECT 1 FROM dossier WHERE id = ? AND verwijderd_op IS NULL').get(input.dossierId)) {
    throw new BibobError('NOT_FOUND', 'Dit dossier bestaat niet (meer).');
  }
  const folder = attachmentFolder(db);
  await purgeUnusedContent(db);

  const handle = await openSource(input.sourcePath, bestandsnaam, input.maxBytes);
  const fileId = newFileId();
  const finalPath = path.join(folder, fileId);
  const partPath = `${finalPath}${PART_SUFFIX}`;
  const key = newFileKey();
  running(db).add(fileId);
  let committed = false;
  let restored = false;
  try {
    const size = (await handle.stat()).size;
    checkSize(size, bestandsnaam, input.maxBytes);

    const written = await streamIntoFile(db, handle, { fileId, key, partPath }, { size, maxBytes: input.maxBytes, bestandsnaam }, hooks);
    const found = written.detected;
    if (!found) throw rejection('type-niet-toegestaan', bestandsnaam);
    await rename(partPath, finalPath);
    fsyncDirectory(folder);
    await hooks.afterRename?.(fileId);

    const bijlage: Omit<ImportedAttachment, 'alBekend'> = {
      id: newBijlageId(),
      dossierId: input.dossierId,
      sha256: written.sha256,
      bestandsnaam,
      type: found.type,
      mime: found.mime,
      grootte: written.grootte,
      geimporteerdDoor: input.importer,
      geimporteerdOp: input.now.toISOString(),
      waarschuwing: extensionMismatch(bestandsnaam, found),
    };
    if (!db.open) throw vaultLocked();
    const imported = db
      .transaction((): ImportedAttachment => {
        // The dossier may have been removed while the file was read.
        if (!db.prepare('SELECT 1 FROM dossier WHERE id = ? AND verwijderd_op IS NULL').get(input.dossierId)) throw new BibobError('NOT_FOUND', 'Dit dossier bestaat niet (meer).');
        const existing = db.prepare('SELECT sha256, bestand_id AS bestandId FROM bestand_inhoud WHERE hmac = ?').get(written.mac) as { sha256: string; bestandId: string | null } | undefined;
        // Known content whose file was lost: the file of this import takes its place (the lost file is restored).
        restored = existing !== undefined && (existing.bestandId === null || !existsSync(path.join(folder, existing.bestandId)));
        if (restored) {
          db.prepare('UPDATE bestand_inhoud SET bestand_id = ?, sleutel = ?, chunks = ?, chunk_grootte = ? WHERE sha256 = ?').run(fileId, key, written.chunks, CHUNK_SIZE, existing!.sha256);
        }
        if (!existing) {
          db.prepare(
            `INSERT INTO bestand_inhoud (sha256, grootte, type, mime, chunks, chunk_grootte, created_at, bestand_id, sleutel, hmac)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          ).run(written.sha256, written.grootte, found.type, found.mime, written.chunks, CHUNK_SIZE, input.now.toISOString(), fileId, key, written.mac);
        }
        const stored = { ...bijlage, sha256: existing?.sha256 ?? written.sha256 };
        db.prepare(
          `INSERT INTO bijlage (id, dossier_id, sha256, bestandsnaam, type, grootte, geimporteerd_door, geimporteerd_op, waarschuwing)
           VALUES (@id, @dossierId, @sha256, @bestandsnaam, @type, @grootte, @geimporteerdDoor, @geimporteerdOp, @waarschuwing)`,
        ).run(stored);
        const result: ImportedAttachment = { ...stored, alBekend: existing !== undefined };
        input.inFinalTransaction?.(db, result);
        return result;
      })
      .immediate();
    committed = !imported.alBekend || restored;
    return imported;
  } catch (error) {
    if (error instanceof BibobError) throw error;
    if (isSystemError(error)) throw rejectionForSystemError(error, bestandsnaam);
    if (!db.open) throw vaultLocked();
    throw error;
  } finally {
    key.fill(0);
    running(db).delete(fileId);
    // A file no committed row refers to: a failed import, or a duplicate of known content. Should removing it fail,
    // the next purge removes it.
    if (!committed) {
      await rm(partPath, { force: true }).catch(() => undefined);
      await rm(finalPath, { force: true }).catch(() => undefined);
    }
    await handle.close().catch(() => undefined);
  }
}

function newBijlageId(): string {
  return randomUUID();
}

function checkSize(size: number, bestandsnaam: string, maxBytes: number): void {
  if (size === 0) throw rejection('leeg', bestandsnaam);
  if (size > maxBytes) throw rejection('te-groot', bestandsnaam, { grootte: size, maximum: maxBytes });
}

/**
 * Opens the source for reading after checking that it is a regular file (opening a named pipe would block). Its size
 * is checked here already, so a file that is too large or empty is refused before anything is written.
 */
async function openSource(sourcePath: string, bestandsnaam: string, maxBytes: number): Promise<FileHandle> {
  try {
    const info = await stat(sourcePath);
    if (!info.isFile()) throw rejection('geen-bestand', bestandsnaam);
    checkSize(info.size, bestandsnaam, maxBytes);
    const handle = await open(sourcePath, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    const opened = await handle.stat().catch(async (error: unknown) => {
      await handle.close();
      throw error;
    });
    if (!opened.isFile()) {
      await handle.close();
      throw rejection('geen-bestand', bestandsnaam);
    }
    return handle;
  } catch (error) {
    if (isSystemError(error)) throw rejectionForSystemError(error, bestandsnaam);
    throw error;
  }
}

/** Reads until `buffer` is full or the file ends; returns the number of bytes read. */
async function readFull(handle: FileHandle, buffer: Buffer, position: number): Promise<number> {
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled;
}


interface WrittenContent {
  readonly sha256: string;
  readonly mac: string;
  readonly grootte: number;
  readonly chunks: number;
  readonly detected: DetectedType | null;
}

async function writeAll(handle: FileHandle, data: Buffer): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset);
    offset += bytesWritten;
  }
}

/** Appends the parts in one vectored write; what a short write left is written after it. */
async function writeAllParts(handle: FileHandle, parts: Buffer[]): Promise<void> {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const { bytesWritten } = await handle.writev(parts);
  if (bytesWritten < total) await writeAll(handle, Buffer.concat(parts).subarray(bytesWritten));
}

/**
 * Reads the file once, a chunk at a time, and appends each chunk as an encrypted record to the part file, which is
 * fsynced at the end. The work is pipelined: while one chunk is hashed and encrypted, the next is read and the record
 * before it is written. Three chunk buffers are allocated once and used in turn (the one read ahead, the one being
 * encrypted, the one before it for the tail that ZIP detection needs), so memory stays flat whatever the size of the
 * file. The type is decided from the first chunk before anything is written, so a type that is not allowed is refused
 * before the part file exists; only a ZIP waits for its central directory at the end.
 */
async function streamIntoFile(
  db: VaultDatabase,
  source: FileHandle,
  target: { fileId: string; key: Buffer; partPath: string },
  limits: { size: number; maxBytes: number; bestandsnaam: string },
  hooks: ImportTestHooks,
): Promise<WrittenContent> {
  const hash = createHash('sha256');
  const buffers = [Buffer.allocUnsafe(CHUNK_SIZE), Buffer.allocUnsafe(CHUNK_SIZE), Buffer.allocUnsafe(CHUNK_SIZE)] as const;
  // Rejections of the read ahead and of the write in flight are awaited later; marked handled now.
  const inFlight = <T>(promise: Promise<T>): Promise<T> => {
    promise.catch(() => undefined);
    return promise;
  };
  let out: FileHandle | null = null;
  let nextRead: Promise<number> | null = inFlight(readFull(source, buffers[0], 0));
  let pendingWrite: Promise<void> = Promise.resolve();
  let total = 0;
  let volgnummer = 0;
  let head: Buffer | null = null;
  let verdict: HeadVerdict | null = null;
  let previous: Buffer | null = null;
  let last: Buffer | null = null;
  try {
    while (nextRead) {
      const buffer = buffers[volgnummer % 3]!;
      const read = await nextRead;
      nextRead = null;
      if (read === 0) break;
      total += read;
      // The file grew after its size was checked (that size is at most maxBytes, so this also bounds what is read).
      if (total > limits.size) {
        throw total > limits.maxBytes ? rejection('te-groot', limits.bestandsnaam, { maximum: limits.maxBytes }) : rejection('gewijzigd', limits.bestandsnaam);
      }
      if (read === CHUNK_SIZE) nextRead = inFlight(readFull(source, buffers[(volgnummer + 1) % 3]!, total));
      const chunk = buffer.subarray(0, read);
      if (verdict === null) {
        head = Buffer.from(chunk.subarray(0, HEAD_BYTES));
        verdict = detectFromHead(head, limits.size);
        if (verdict.kind === 'decided' && verdict.detected === null) throw rejection('type-niet-toegestaan', limits.bestandsnaam);
        out = await open(target.partPath, 'wx', 0o600);
        await writeAll(out, FILE_MAGIC);
      }
      hash.update(chunk);
      // The last chunk by the size checked at the start; a file that changes meanwhile is refused below.
      const record = encryptRecordParts(target.key, target.fileId, volgnummer, total === limits.size, chunk);
      await pendingWrite;
      pendingWrite = inFlight(writeAllParts(out!, record));
      volgnummer += 1;
      previous = last;
      last = chunk;
      if (hooks.afterChunkWritten) {
        await pendingWrite;
        await hooks.afterChunkWritten(volgnummer - 1);
      }
    }
    await pendingWrite;
    if (total === 0) throw rejection('leeg', limits.bestandsnaam);
    if (total !== limits.size || !verdict || !head || !last || !out) throw rejection('gewijzigd', limits.bestandsnaam);

    let detected: DetectedType | null;
    if (verdict.kind === 'decided') detected = verdict.detected;
    else {
      const tail = Buffer.concat(previous ? [previous, last] : [last]).subarray(-Math.min(TAIL_BYTES, total));
      detected = officeTypeOfZip(zipEntryNames({ head, tail, size: total }));
    }
    await out.sync();
    const sha256 = hash.digest('hex');
    return { sha256, mac: contentMac(db, sha256), grootte: total, chunks: volgnummer, detected };
  } finally {
    // Nothing may still read into the buffers that are wiped, or write to the handle that is closed.
    await nextRead?.catch(() => 0);
    await pendingWrite.catch(() => undefined);
    await out?.close().catch(() => undefined);
    // Plaintext of the file does not linger in reused memory.
    for (const buffer of buffers) buffer.fill(0);
  }
}

/**
 * Removes every file in the attachment folder that no content row knows: what an interrupted import left (a part
 * file, or a renamed file whose row was never committed), a duplicate's copy, the file of deleted content. Files of
 * imports still running on this connection are left alone. Called at every unlock, import and delete. Returns how
 * many files were removed.
 */
export async function purgeUnusedContent(db: VaultDatabase): Promise<number> {
  return removeUnknownFiles(db);
}

/** The synchronous form of purgeUnusedContent, for the unlock. */
export function removeUnknownFiles(db: VaultDatabase): number {
  const folder = attachmentFolder(db);
  const busy = running(db);
  const known = new Set((db.prepare('SELECT bestand_id AS id FROM bestand_inhoud WHERE bestand_id IS NOT NULL').all() as { id: string }[]).map((row) => row.id));
  let removed = 0;
  for (const name of readdirSync(folder)) {
    const id = name.endsWith(PART_SUFFIX) ? name.slice(0, -PART_SUFFIX.length) : name;
    if (busy.has(id)) continue;
    if (name === id && known.has(id)) continue;
    rmSync(path.join(folder, name), { force: true, recursive: true });
    removed += 1;
  }
  if (removed > 0) fsyncDirectory(folder);
  return removed;
}

interface AttachmentRow {
  id: string;
  dossier_id: string;
  sha256: string;
  bestandsnaam: string;
  type: AttachmentType;
  mime: string;
  grootte: number;
  geimporteerd_door: string;
  geimporteerd_op: string;
  waarschuwing: string | null;
}

const attachmentColumns =
  'b.id, b.dossier_id, b.sha256, b.bestandsnaam, b.type, i.mime, b.grootte, b.geimporteerd_door, b.geimporteerd_op, b.waarschuwing';

function toAttachment(row: AttachmentRow): AttachmentInfo {
  return {
    id: row.id,
    dossierId: row.dossier_id,
    sha256: row.sha256,
    bestandsnaam: row.bestandsnaam,
    type: row.type,
    mime: row.mime,
    grootte: row.grootte,
    geimporteerdDoor: row.geimporteerd_door,
    geimporteerdOp: row.geimporteerd_op,
    waarschuwing: row.waarschuwing,
  };
}

export function attachmentInfo(db: VaultDatabase, bijlageId: string): AttachmentInfo | null {
  const row = db.prepare(`SELECT ${attachmentColumns} FROM bijlage b JOIN bestand_inhoud i ON i.sha256 = b.sha256 WHERE b.id = ?`).get(bijlageId) as AttachmentRow | undefined;
  return row ? toAttachment(row) : null;
}

/** The attachments of a dossier in the order they were imported. */
export function listAttachments(db: VaultDatabase, dossierId: string): AttachmentInfo[] {
  const rows = db
    .prepare(`SELECT ${attachmentColumns} FROM bijlage b JOIN bestand_inhoud i ON i.sha256 = b.sha256 WHERE b.dossier_id = ? ORDER BY b.geimporteerd_op, b.bestandsnaam, b.id`)
    .all(dossierId) as AttachmentRow[];
  return rows.map(toAttachment);
}


/**
 * Deletes a bijlage. When no other bijlage refers to its content, the content row — with the file's key — is deleted
 * in the same transaction (secure_delete overwrites its pages): the file can no longer be decrypted. The file itself
 * is removed by `purgeUnusedContent`, to be called after the transaction commits. Synchronous and nestable: run it
 * inside the caller's transaction with its audit record.
 */
export function deleteAttachment(db: VaultDatabase, bijlageId: string): { inhoudVrijgegeven: boolean } {
  return db.transaction(() => {
    const row = db.prepare('SELECT sha256 FROM bijlage WHERE id = ?').get(bijlageId) as { sha256: string } | undefined;
    if (!row) throw new BibobError('NOT_FOUND', 'Deze bijlage bestaat niet (meer).');
    db.prepare('DELETE FROM bijlage WHERE id = ?').run(bijlageId);
    const stillUsed = db.prepare('SELECT 1 FROM bijlage WHERE sha256 = ? LIMIT 1').get(row.sha256) !== undefined;
    if (!stillUsed) db.prepare('DELETE FROM bestand_inhoud WHERE sha256 = ?').run(row.sha256);
    return { inhoudVrijgegeven: !stillUsed };
  })();
}

interface StoredContent {
  readonly sha256: string;
  readonly grootte: number;
  readonly chunks: number;
  readonly chunkGrootte: number;
  readonly bestandId: string;
  readonly sleutel: Buffer;
  readonly bestandsnaam: string;
}

function contentOf(db: VaultDatabase, bijlageId: string): StoredContent {
  const row = db
    .prepare(
      `SELECT i.sha256, i.grootte, i.chunks, i.chunk_grootte AS chunkGrootte, i.bestand_id AS bestandId, i.sleutel, b.bestandsnaam
       FROM bijlage b JOIN bestand_inhoud i ON i.sha256 = b.sha256 WHERE b.id = ?`,
    )
    .get(bijlageId) as StoredContent | undefined;
  if (!row) throw new BibobError('NOT_FOUND', 'Deze bijlage bestaat niet (meer).');
  if (!row.bestandId || !row.sleutel) throw damagedAttachment('ontbreekt', row.bestandsnaam);
  return row;
}

function stillStored(db: VaultDatabase, content: StoredContent): boolean {
  return db.open && db.prepare('SELECT 1 FROM bestand_inhoud WHERE bestand_id = ?').get(content.bestandId) !== undefined;
}

/** Reads until `buffer` is full or the file ends; returns the number of bytes read. */
function readFullSync(fd: number, buffer: Buffer, position: number): number {
  let filled = 0;
  while (filled < buffer.length) {
    const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled;
}

/**
 * Opens the content's file and checks its header and size against the row, then runs `work` on it. A missing file
 * of content that was deleted meanwhile is NOT_FOUND; otherwise missing, short or long files are VAULT_DAMAGED.
 */
function withContentFile<T>(db: VaultDatabase, content: StoredContent, work: (fd: number) => T): T {
  let fd: number;
  try {
    fd = openSync(path.join(attachmentFolder(db), content.bestandId), 'r');
  } catch (error) {
    if (isSystemError(error) && error.code === 'ENOENT') {
      if (!stillStored(db, content)) throw new BibobError('NOT_FOUND', 'Deze bijlage is intussen verwijderd.');
      throw damagedAttachment('ontbreekt', content.bestandsnaam);
    }
    throw error;
  }
  try {
    const size = fstatSync(fd).size;
    const expected = encryptedFileSize(content.grootte, content.chunks);
    if (size < expected) throw damagedAttachment('afgekapt', content.bestandsnaam);
    const header = Buffer.alloc(HEADER_BYTES);
    if (size > expected || readFullSync(fd, header, 0) !== HEADER_BYTES || !header.equals(FILE_MAGIC)) throw damagedAttachment('gewijzigd', content.bestandsnaam);
    return work(fd);
  } finally {
    closeSync(fd);
  }
}

/** The plaintext of chunk `index`, authenticated at its place in its own file. */
function readChunk(fd: number, content: StoredContent, index: number): Buffer {
  const length = index === content.chunks - 1 ? content.grootte - index * content.chunkGrootte : content.chunkGrootte;
  const record = Buffer.allocUnsafe(length + RECORD_OVERHEAD);
  if (readFullSync(fd, record, recordOffset(content.chunkGrootte, index)) !== record.length) throw damagedAttachment('afgekapt', content.bestandsnaam, index);
  const plain = decryptRecord(content.sleutel, content.bestandId, index, index === content.chunks - 1, record);
  if (!plain) throw damagedAttachment('gewijzigd', content.bestandsnaam, index);
  return plain;
}

/**
 * The bytes [start, end) of a content, one decrypted chunk (or the part of one that is needed) at a time. The file
 * is opened per chunk, so a consumer that stops early leaves nothing open.
 */
function* contentParts(db: VaultDatabase, content: StoredContent, start: number, end: number): Generator<Buffer> {
  let position = start;
  while (position < end) {
    const index = Math.floor(position / content.chunkGrootte);
    const within = position - index * content.chunkGrootte;
    const chunk = withContentFile(db, content, (fd) => readChunk(fd, content, index));
    const part = chunk.subarray(within, Math.min(chunk.length, within + end - position));
    yield part;
    position += part.length;
  }
}

function checkRange(content: StoredContent, start: number, end: number): void {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start || end > content.grootte) {
    throw new BibobError('VALIDATION', 'Dit deel van de bijlage bestaat niet.', { start, end, grootte: content.grootte });
  }
}

/**
 * `length` bytes of an attachment from `offset` (fewer at the end of the content), decrypting only the chunks that
 * hold them: for a viewer that asks for ranges. At most MAX_RANGE_BYTES per call.
 */
export function readAttachmentRange(db: VaultDatabase, bijlageId: string, offset: number, length: number): Buffer {
  const content = contentOf(db, bijlageId);
  if (!Number.isSafeInteger(length) || length < 0 || length > MAX_RANGE_BYTES) {
    throw new BibobError('VALIDATION', `Een bijlage wordt in delen van hoogstens ${MAX_RANGE_BYTES} bytes gelezen.`, { length });
  }
  if (!Number.isSafeInteger(offset) || offset < 0 || offset > content.grootte) {
    throw new BibobError('VALIDATION', 'Dit deel van de bijlage bestaat niet.', { offset, grootte: content.grootte });
  }
  const end = Math.min(content.grootte, offset + length);
  const out = Buffer.alloc(end - offset);
  if (out.length === 0) return out;
  withContentFile(db, content, (fd) => {
    let position = offset;
    while (position < end) {
      const index = Math.floor(position / content.chunkGrootte);
      const within = position - index * content.chunkGrootte;
      const chunk = readChunk(fd, content, index);
      position += chunk.copy(out, position - offset, within, Math.min(chunk.length, within + end - position));
    }
  });
  return out;
}

/**
 * The bytes [start, end) of an attachment (default: all of it) as a sequence of buffers of at most one chunk,
 * decrypted as the consumer asks for them: for a custom protocol's streamed response. No plaintext touches the disk.
 */
export function readAttachmentChunks(db: VaultDatabase, bijlageId: string, range?: { start: number; end: number }): Generator<Buffer> {
  const content = contentOf(db, bijlageId);
  const start = range?.start ?? 0;
  const end = range?.end ?? content.grootte;
  checkRange(content, start, end);
  return contentParts(db, content, start, end);
}

/**
 * Writes an attachment to `targetPath` (the coordinator's explicit export, through a save dialog; the caller audits
 * it). Streams chunk by chunk into a temporary file beside the target, checks the SHA-256, flushes it to disk and
 * then renames it: the target never holds a partial file, and a failure removes the temporary one.
 */
export async function exportAttachmentTo(db: VaultDatabase, bijlageId: string, targetPath: string): Promise<{ grootte: number; sha256: string }> {
  const content = contentOf(db, bijlageId);
  const partPath = path.join(path.dirname(targetPath), `.${path.basename(targetPath)}.${randomUUID()}.deel`);
  const handle = await open(partPath, 'wx', 0o600);
  let closed = false;
  let completed = false;
  try {
    const hash = createHash('sha256');
    let written = 0;
    const parts = contentParts(db, content, 0, content.grootte);
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = parts.next();
      } catch (error) {
        if (!db.open) throw vaultLocked();
        throw error;
      }
      if (next.done) break;
      const part = next.value;
      hash.update(part);
      let offset = 0;
      while (offset < part.length) {
        const { bytesWritten } = await handle.write(part, offset, part.length - offset, written + offset);
        offset += bytesWritten;
      }
      written += part.length;
    }
    if (hash.digest('hex') !== content.sha256) {
      throw new BibobError('VAULT_DAMAGED', 'De inhoud van deze bijlage klopt niet meer met de vingerafdruk. Zet de kluis terug uit een reservekopie.');
    }
    await handle.sync();
    await handle.close();
    closed = true;
    await rename(partPath, targetPath);
    completed = true;
    return { grootte: written, sha256: content.sha256 };
  } finally {
    if (!closed) await handle.close().catch(() => undefined);
    if (!completed) await rm(partPath, { force: true });
  }
}

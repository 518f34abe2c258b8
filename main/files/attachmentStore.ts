import { createHash, randomUUID } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { BibobError } from '../../src/contract/errors';
import type { VaultDatabase } from '../vault/database';
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
 * Attachments live inside the encrypted vault: content-addressed (one copy per SHA-256), in chunks, never as a file.
 *
 * Chunk size: 1 MiB. Large enough that per-row costs (a B-tree cell, a statement call, one crossing into the native
 * binding) vanish next to the data, so a 1 GiB file is 1,024 rows; small enough that importing, exporting and serving
 * a range hold at most a chunk or two in memory, and a viewer's range read decrypts at most 1 MiB it does not need.
 * It also stays far below SQLite's limit of 1 GB per value. The size is recorded per content (chunk_grootte), so a
 * later change of this constant does not break what is stored.
 *
 * Streaming and transactions. better-sqlite3 is synchronous, a file stream is not. An explicit BEGIN held open across
 * the awaits of the stream would be unsafe here: the vault's one connection is shared by every use case in this
 * process, and whatever another use case ran during those awaits would become part of the transaction of the import —
 * its own `db.transaction()` nests as a SAVEPOINT, so a failed import would silently roll back that other use case
 * and its audit record. It would also grow the WAL file to the size of the attachment (a WAL is only reset after a
 * checkpoint, which cannot pass an open write transaction), and the WAL file keeps that size on disk.
 *
 * So the import stages, then completes:
 *  1. a content row without hash (sha256 NULL: "staging", invisible — bijlage rows refer to content by its hash) is
 *     inserted, and each chunk is written under its id in its own short synchronous statement; no transaction is
 *     ever open while the import awaits the stream;
 *  2. after the last byte, ONE transaction either gives the staged content its hash, or — when that content is
 *     already stored — leaves the staged copy unused, and inserts the bijlage row (and, through
 *     `inFinalTransaction`, the caller's audit record);
 *  3. unused content (staging of an import that failed or found a duplicate, content whose last bijlage was deleted)
 *     is deleted in batches, each its own short transaction, yielding to the event loop between batches; with
 *     secure_delete on, its pages are overwritten. After a crash, the next import (or `purgeUnusedContent` on unlock)
 *     removes what an interrupted import staged.
 * A failure at any point before step 2 commits leaves no bijlage and no content; its staged chunks are removed
 * before the error is passed on.
 */

/** Bytes per stored chunk; see above. */
export const CHUNK_SIZE = 1024 * 1024;
/** The most one `readAttachmentRange` returns: a viewer reads ranges, never a whole large file at once. */
export const MAX_RANGE_BYTES = 64 * 1024 * 1024;
/** A sensible maximum for the configured one: large enough for the 1 GB files the vault must accept. */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024 * 1024;
/** Chunks deleted per transaction when unused content is removed (16 MiB of pages overwritten per step). */
const PURGE_BATCH_CHUNKS = 16;

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

/** Test-only: called after each chunk is written, to simulate failures, a locked vault or a file that changes. */
export interface ImportTestHooks {
  afterChunkWritten?(volgnummer: number): void | Promise<void>;
}

/** Ids of staged content of the imports running on a connection: never purged while they run. */
const runningImports = new WeakMap<VaultDatabase, Set<number>>();

function running(db: VaultDatabase): Set<number> {
  let set = runningImports.get(db);
  if (!set) {
    set = new Set();
    runningImports.set(db, set);
  }
  return set;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const vaultLocked = () => new BibobError('VAULT_LOCKED', 'De kluis werd vergrendeld tijdens het werk met de bijlage. Ontgrendel de kluis en probeer het opnieuw.');

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
 * it while reading, decides its type from the content and stores it in the vault; identical content is stored once.
 * Refuses with FILE_REJECTED (Dutch message, details.reden) and leaves nothing behind when the file is empty,
 * larger than `maxBytes`, unreadable, changes while it is read, or is not an allowed type.
 */
export async function importAttachment(db: VaultDatabase, input: ImportAttachmentInput, hooks: ImportTestHooks = {}): Promise<ImportedAttachment> {
  const bestandsnaam = displayName(input.fileName, input.sourcePath);
  if (!Number.isSafeInteger(input.maxBytes) || input.maxBytes <= 0) {
    throw new BibobError('VALIDATION', 'Het ingestelde maximum voor bijlagen is ongeldig.', { maxBytes: input.maxBytes });
  }
  if (!db.prepare('SELECT 1 FROM dossier WHERE id = ? AND verwijderd_op IS NULL').get(input.dossierId)) {
    throw new BibobError('NOT_FOUND', 'Dit dossier bestaat niet (meer).');
  }
  await purgeUnusedContent(db);

  const handle = await openSource(input.sourcePath, bestandsnaam, input.maxBytes);
  let stagingId: number | null = null;
  try {
    const size = (await handle.stat()).size;
    checkSize(size, bestandsnaam, input.maxBytes);

    stagingId = Number(
      db.prepare('INSERT INTO bestand_inhoud (sha256, grootte, chunks, chunk_grootte, created_at) VALUES (NULL, 0, 0, ?, ?)').run(CHUNK_SIZE, input.now.toISOString())
        .lastInsertRowid,
    );
    running(db).add(stagingId);
    const staged = await streamIntoStaging(db, handle, stagingId, { size, maxBytes: input.maxBytes, bestandsnaam }, hooks);
    const found = staged.detected;
    if (!found) throw rejection('type-niet-toegestaan', bestandsnaam);

    const bijlage: Omit<ImportedAttachment, 'alBekend'> = {
      id: randomUUID(),
      dossierId: input.dossierId,
      sha256: staged.sha256,
      bestandsnaam,
      type: found.type,
      mime: found.mime,
      grootte: staged.grootte,
      geimporteerdDoor: input.importer,
      geimporteerdOp: input.now.toISOString(),
      waarschuwing: extensionMismatch(bestandsnaam, found),
    };
    const id = stagingId;
    const imported = db
      .transaction((): ImportedAttachment => {
        // The dossier may have been removed while the file was read.
        if (!db.prepare('SELECT 1 FROM dossier WHERE id = ? AND verwijderd_op IS NULL').get(input.dossierId)) throw new BibobError('NOT_FOUND', 'Dit dossier bestaat niet (meer).');
        const existing = db.prepare('SELECT id FROM bestand_inhoud WHERE sha256 = ?').get(staged.sha256) as { id: number } | undefined;
        if (!existing) {
          const completed = db
            .prepare('UPDATE bestand_inhoud SET sha256 = ?, grootte = ?, type = ?, mime = ?, chunks = ? WHERE id = ? AND sha256 IS NULL')
            .run(staged.sha256, staged.grootte, found.type, found.mime, staged.chunks, id);
          if (completed.changes !== 1) throw new Error(`staged content ${id} disappeared during the import`);
        }
        db.prepare(
          `INSERT INTO bijlage (id, dossier_id, sha256, bestandsnaam, type, grootte, geimporteerd_door, geimporteerd_op, waarschuwing)
           VALUES (@id, @dossierId, @sha256, @bestandsnaam, @type, @grootte, @geimporteerdDoor, @geimporteerdOp, @waarschuwing)`,
        ).run(bijlage);
        const result: ImportedAttachment = { ...bijlage, alBekend: existing !== undefined };
        input.inFinalTransaction?.(db, result);
        return result;
      })
      .immediate();

    running(db).delete(id);
    stagingId = null;
    if (imported.alBekend) {
      // The staged copy of known content is now unused. The import itself is committed: if removing the copy
      // fails (the vault was locked meanwhile), the next import or unlock removes it.
      await discardContent(db, id).catch(() => undefined);
    }
    return imported;
  } catch (error) {
    if (stagingId !== null) {
      running(db).delete(stagingId);
      // When the vault was locked meanwhile (the connection is closed) or removing fails, the next purge removes them.
      if (db.open) await discardContent(db, stagingId).catch(() => undefined);
    }
    if (error instanceof BibobError) throw error;
    if (isSystemError(error)) throw rejectionForSystemError(error, bestandsnaam);
    if (!db.open) throw vaultLocked();
    throw error;
  } finally {
    await handle.close().catch(() => undefined);
  }
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

interface StagedContent {
  readonly sha256: string;
  readonly grootte: number;
  readonly chunks: number;
  readonly detected: DetectedType | null;
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

/**
 * Reads the file once, a chunk at a time, and writes it as chunks of exactly CHUNK_SIZE bytes (the last one shorter)
 * under the staging id. Two chunk buffers are allocated once and used in turn — a read stream would allocate a new
 * buffer for every read and leave the garbage collector tens of megabytes behind — so memory stays flat whatever the
 * size of the file; the previous chunk stays intact for the tail that ZIP detection needs. Every byte is hashed. The
 * type is decided from the first chunk before it is written, so a type that is not allowed is refused before
 * anything is stored; only a ZIP waits for its central directory at the end.
 */
async function streamIntoStaging(
  db: VaultDatabase,
  handle: FileHandle,
  stagingId: number,
  limits: { size: number; maxBytes: number; bestandsnaam: string },
  hooks: ImportTestHooks,
): Promise<StagedContent> {
  const insertChunk = db.prepare('INSERT INTO bestand_chunk (inhoud_id, volgnummer, data) VALUES (?, ?, ?)');
  const hash = createHash('sha256');
  const buffers = [Buffer.allocUnsafe(CHUNK_SIZE), Buffer.allocUnsafe(CHUNK_SIZE)] as const;
  let total = 0;
  let volgnummer = 0;
  let head: Buffer | null = null;
  let verdict: HeadVerdict | null = null;
  let previous: Buffer | null = null;
  let last: Buffer | null = null;
  try {
    for (;;) {
      const buffer = buffers[volgnummer % 2]!;
      const read = await readFull(handle, buffer, total);
      if (read === 0) break;
      total += read;
      // The file grew after its size was checked (that size is at most maxBytes, so this also bounds what is read).
      if (total > limits.size) {
        throw total > limits.maxBytes ? rejection('te-groot', limits.bestandsnaam, { maximum: limits.maxBytes }) : rejection('gewijzigd', limits.bestandsnaam);
      }
      const chunk = buffer.subarray(0, read);
      if (verdict === null) {
        head = Buffer.from(chunk.subarray(0, HEAD_BYTES));
        verdict = detectFromHead(head, limits.size);
        if (verdict.kind === 'decided' && verdict.detected === null) throw rejection('type-niet-toegestaan', limits.bestandsnaam);
      }
      hash.update(chunk);
      insertChunk.run(stagingId, volgnummer, chunk);
      volgnummer += 1;
      previous = last;
      last = chunk;
      await hooks.afterChunkWritten?.(volgnummer - 1);
      if (read < CHUNK_SIZE) break;
    }
    if (total === 0) throw rejection('leeg', limits.bestandsnaam);
    if (total !== limits.size || !verdict || !head || !last) throw rejection('gewijzigd', limits.bestandsnaam);

    let detected: DetectedType | null;
    if (verdict.kind === 'decided') detected = verdict.detected;
    else {
      const tail = Buffer.concat(previous ? [previous, last] : [last]).subarray(-Math.min(TAIL_BYTES, total));
      detected = officeTypeOfZip(zipEntryNames({ head, tail, size: total }));
    }
    return { sha256: hash.digest('hex'), grootte: total, chunks: volgnummer, detected };
  } finally {
    // Plaintext of the file does not linger in reused memory.
    buffers[0].fill(0);
    buffers[1].fill(0);
  }
}

/** Deletes one unused content (sha256 NULL) in batches, each its own transaction, yielding between batches. */
async function discardContent(db: VaultDatabase, inhoudId: number): Promise<void> {
  const deleteBatch = db.prepare('DELETE FROM bestand_chunk WHERE rowid IN (SELECT rowid FROM bestand_chunk WHERE inhoud_id = ? LIMIT ?)');
  while (deleteBatch.run(inhoudId, PURGE_BATCH_CHUNKS).changes > 0) await yieldToEventLoop();
  db.prepare('DELETE FROM bestand_inhoud WHERE id = ? AND sha256 IS NULL').run(inhoudId);
}

/**
 * Removes all unused content: staged by an import that was interrupted (crash, locked vault) and released by
 * `deleteAttachment`. Content of imports still running on this connection is left alone. Call it after unlocking
 * and after deleting attachments; every import calls it first. Returns how many contents were removed.
 */
export async function purgeUnusedContent(db: VaultDatabase): Promise<number> {
  const busy = running(db);
  const unused = (db.prepare('SELECT id FROM bestand_inhoud WHERE sha256 IS NULL').all() as { id: number }[]).map((row) => row.id).filter((id) => !busy.has(id));
  for (const id of unused) await discardContent(db, id);
  return unused.length;
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
 * Deletes a bijlage. When no other bijlage refers to its content, the content is released in the same transaction
 * (it loses its hash and is no longer reachable); `purgeUnusedContent` then deletes its chunks in small steps —
 * call it after the transaction, so that deleting a 1 GB content neither blocks nor grows the WAL. Synchronous and
 * nestable: run it inside the caller's transaction with its audit record.
 */
export function deleteAttachment(db: VaultDatabase, bijlageId: string): { inhoudVrijgegeven: boolean } {
  return db.transaction(() => {
    const row = db.prepare('SELECT sha256 FROM bijlage WHERE id = ?').get(bijlageId) as { sha256: string } | undefined;
    if (!row) throw new BibobError('NOT_FOUND', 'Deze bijlage bestaat niet (meer).');
    db.prepare('DELETE FROM bijlage WHERE id = ?').run(bijlageId);
    const stillUsed = db.prepare('SELECT 1 FROM bijlage WHERE sha256 = ? LIMIT 1').get(row.sha256) !== undefined;
    if (!stillUsed) db.prepare('UPDATE bestand_inhoud SET sha256 = NULL WHERE sha256 = ?').run(row.sha256);
    return { inhoudVrijgegeven: !stillUsed };
  })();
}

interface StoredContent {
  readonly id: number;
  readonly sha256: string;
  readonly grootte: number;
  readonly chunkGrootte: number;
}

function contentOf(db: VaultDatabase, bijlageId: string): StoredContent {
  const row = db
    .prepare('SELECT i.id, i.sha256, i.grootte, i.chunk_grootte AS chunkGrootte FROM bijlage b JOIN bestand_inhoud i ON i.sha256 = b.sha256 WHERE b.id = ?')
    .get(bijlageId) as StoredContent | undefined;
  if (!row) throw new BibobError('NOT_FOUND', 'Deze bijlage bestaat niet (meer).');
  return row;
}

/** The bytes [start, end) of a content, one chunk (or the part of one that is needed) at a time. */
function* contentParts(db: VaultDatabase, content: StoredContent, start: number, end: number): Generator<Buffer> {
  const whole = db.prepare('SELECT data AS part FROM bestand_chunk WHERE inhoud_id = ? AND volgnummer = ?');
  const slice = db.prepare('SELECT substr(data, ?, ?) AS part FROM bestand_chunk WHERE inhoud_id = ? AND volgnummer = ?');
  let position = start;
  while (position < end) {
    const volgnummer = Math.floor(position / content.chunkGrootte);
    const chunkStart = volgnummer * content.chunkGrootte;
    const chunkLength = Math.min(content.chunkGrootte, content.grootte - chunkStart);
    const within = position - chunkStart;
    const take = Math.min(end - position, chunkLength - within);
    const row = (
      within === 0 && take === chunkLength ? whole.get(content.id, volgnummer) : slice.get(within + 1, take, content.id, volgnummer)
    ) as { part: Buffer | null } | undefined;
    if (!row?.part || row.part.length !== take) {
      if (!db.prepare('SELECT 1 FROM bestand_inhoud WHERE id = ? AND sha256 IS NOT NULL').get(content.id)) {
        throw new BibobError('NOT_FOUND', 'Deze bijlage is intussen verwijderd.');
      }
      throw new BibobError('VAULT_DAMAGED', 'De inhoud van deze bijlage is onvolledig in de kluis. Zet de kluis terug uit een back-up.', { volgnummer });
    }
    yield row.part;
    position += take;
  }
}

function checkRange(content: StoredContent, start: number, end: number): void {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start || end > content.grootte) {
    throw new BibobError('VALIDATION', 'Dit deel van de bijlage bestaat niet.', { start, end, grootte: content.grootte });
  }
}

/**
 * `length` bytes of an attachment from `offset` (fewer at the end of the content), reading only the chunks that hold
 * them: for a viewer that asks for ranges. At most MAX_RANGE_BYTES per call.
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
  let written = 0;
  for (const part of contentParts(db, content, offset, end)) written += part.copy(out, written);
  return out;
}

/**
 * The bytes [start, end) of an attachment (default: all of it) as a sequence of buffers of at most one chunk, read
 * from the vault as the consumer asks for them: for a custom protocol's streamed response. Nothing touches the disk.
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
      throw new BibobError('VAULT_DAMAGED', 'De inhoud van deze bijlage klopt niet meer met de vingerafdruk. Zet de kluis terug uit een back-up.');
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

import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { BibobError } from '../../src/contract/errors';
import { fsyncDirectory } from '../vault/atomicWrite';
import type { VaultDatabase } from '../vault/database';
import { FILE_MAGIC, encryptRecord, newFileId, newFileKey } from './attachmentCipher';
import { PART_SUFFIX, attachmentFolder, contentMac } from './attachmentStore';

/*
 * The step after migration 029, run at every unlock: moves the content still stored as chunks in the database into
 * encrypted files. Per content:
 *  1. its chunks are read in order, each encrypted in memory and appended to `<id>.deel`; fsync;
 *  2. rename to `<id>`, fsync the folder;
 *  3. one transaction gives the row its file id, key and keyed hash (only while it has no file yet);
 *  4. its chunks are deleted in small transactions (secure_delete overwrites their pages).
 * Idempotent and crash-safe: a crash before 3 leaves a file no row knows (removed at the next unlock) and the chunks
 * untouched, so the content is moved again; a crash after 3 leaves chunks of a moved content, deleted first at the
 * next run. Nothing is lost at any point; the migration runner has made its encrypted backup before migration 029.
 */

const DELETE_BATCH_CHUNKS = 16;

/** Test-only: stop (throw) after the file of a content got its final name, before its row is updated. */
export interface MoveTestHooks {
  afterRename?(fileId: string): void;
}

interface PendingContent {
  readonly id: number;
  readonly grootte: number;
  readonly chunks: number;
}

function deleteMovedChunks(db: VaultDatabase): void {
  const batch = db.prepare(
    `DELETE FROM bestand_chunk WHERE rowid IN (
       SELECT c.rowid FROM bestand_chunk c JOIN bestand_inhoud i ON i.id = c.inhoud_id WHERE i.bestand_id IS NOT NULL LIMIT ?)`,
  );
  while (batch.run(DELETE_BATCH_CHUNKS).changes > 0);
}

function writeAllSync(fd: number, data: Buffer): void {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
}

/**
 * Writes one content's chunks as an encrypted file and gives its row the file. Returns false (and writes nothing)
 * when its chunks are incomplete: the row then stays as it is and is reported as an attachment without file.
 */
function moveOne(db: VaultDatabase, folder: string, content: PendingContent, hooks: MoveTestHooks): boolean {
  const chunk = db.prepare('SELECT data FROM bestand_chunk WHERE inhoud_id = ? AND volgnummer = ?');
  const fileId = newFileId();
  const key = newFileKey();
  const finalPath = path.join(folder, fileId);
  const partPath = `${finalPath}${PART_SUFFIX}`;
  const hash = createHash('sha256');
  try {
    const fd = openSync(partPath, 'wx', 0o600);
    let total = 0;
    try {
      writeAllSync(fd, FILE_MAGIC);
      for (let index = 0; index < content.chunks; index += 1) {
        const row = chunk.get(content.id, index) as { data: Buffer } | undefined;
        if (!row) return false;
        hash.update(row.data);
        writeAllSync(fd, encryptRecord(key, fileId, index, index === content.chunks - 1, row.data));
        total += row.data.length;
      }
      if (total !== content.grootte || content.chunks === 0) return false;
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partPath, finalPath);
    fsyncDirectory(folder);
    hooks.afterRename?.(fileId);
    const done = db
      .prepare('UPDATE bestand_inhoud SET bestand_id = ?, sleutel = ?, hmac = ? WHERE id = ? AND bestand_id IS NULL')
      .run(fileId, key, contentMac(db, hash.digest('hex')), content.id);
    // A renamed file whose row was not updated (a failure here, a crash) is known to no row: the purge at the next
    // unlock removes it.
    return done.changes === 1;
  } finally {
    key.fill(0);
    rmSync(partPath, { force: true });
  }
}

/** Whether the schema has attachment files (migration 029); a vault opened with an older migration list has not. */
export function schemaHasAttachmentFiles(db: VaultDatabase): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'bestand_sleutel'").get() !== undefined;
}

/**
 * Moves every content still in the database into its own encrypted file; returns how many were moved. A failure of
 * the disk (full, read-only) refuses the unlock with a Dutch message; what was moved stays moved, the rest stays in
 * the database, and the next unlock continues.
 */
export function moveAttachmentsIntoFiles(db: VaultDatabase, hooks: MoveTestHooks = {}): number {
  const folder = attachmentFolder(db);
  deleteMovedChunks(db);
  const pending = db.prepare('SELECT id, grootte, chunks FROM bestand_inhoud WHERE bestand_id IS NULL AND sha256 IS NOT NULL ORDER BY id').all() as PendingContent[];
  let moved = 0;
  for (const content of pending) {
    try {
      if (moveOne(db, folder, content, hooks)) moved += 1;
    } catch (error) {
      if (error instanceof BibobError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (typeof code !== 'string') throw error;
      throw new BibobError(
        'INTERNAL',
        'De bijlagen konden niet uit de kluis naar de map bijlagen worden overgezet (de schijf is vol of niet beschrijfbaar). Er is niets verloren: maak ruimte vrij en ontgrendel de kluis opnieuw.',
        { code },
      );
    }
    deleteMovedChunks(db);
  }
  return moved;
}

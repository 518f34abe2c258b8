import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { MissingAttachment } from '../../src/contract/attachmentCalls';
import type { VaultDatabase } from '../vault/database';
import { attachmentFolder } from './attachmentStore';

/*
 * The attachments whose encrypted file is missing from the attachment folder (lost or deleted outside the app), for
 * the notice on the dashboard. The folder is read once per unlocked session, at unlock (right after the unlock has
 * moved and cleaned the files), and the result kept per connection: the content (by sha256) whose file is missing.
 * The list itself is read from the rows each time, so an attachment deleted, a dossier renamed or removed meanwhile
 * shows as it stands; an import that brings a missing content's file back takes it off.
 */

/** Per connection (one unlocked session): the sha256 of each content whose file is missing. */
const missingContent = new WeakMap<VaultDatabase, Set<string>>();

/** Reads the attachment folder and keeps which content has no file; returns how many attachments that concerns. */
export function checkMissingFiles(db: VaultDatabase): number {
  const present = new Set(readdirSync(attachmentFolder(db)));
  const rows = db.prepare('SELECT sha256, bestand_id AS bestandId FROM bestand_inhoud').all() as { sha256: string; bestandId: string | null }[];
  // A row without file id is content whose chunks were incomplete when it was to be moved out of the database.
  missingContent.set(db, new Set(rows.filter((row) => row.bestandId === null || !present.has(row.bestandId)).map((row) => row.sha256)));
  return missingAttachments(db).length;
}

/** The attachments whose file was found missing this session, by zaaknummer and file name. */
export function missingAttachments(db: VaultDatabase): MissingAttachment[] {
  let missing = missingContent.get(db);
  if (!missing) {
    checkMissingFiles(db);
    missing = missingContent.get(db)!;
  }
  if (missing.size === 0) return [];
  return db
    .prepare(
      `SELECT b.id AS bijlageId, b.dossier_id AS dossierId, d.zaaknummer, b.bestandsnaam
       FROM bijlage b JOIN dossier d ON d.id = b.dossier_id
       WHERE b.sha256 IN (SELECT value FROM json_each(?))
       ORDER BY d.zaaknummer, b.bestandsnaam, b.id`,
    )
    .all(JSON.stringify([...missing])) as MissingAttachment[];
}

/**
 * After an import of this content: when its file had been missing and the import put one in place, it is no longer
 * missing. One look at one row and one file.
 */
export function contentImported(db: VaultDatabase, sha256: string): void {
  const missing = missingContent.get(db);
  if (!missing?.has(sha256)) return;
  const row = db.prepare('SELECT bestand_id AS bestandId FROM bestand_inhoud WHERE sha256 = ?').get(sha256) as { bestandId: string | null } | undefined;
  if (row?.bestandId && existsSync(path.join(attachmentFolder(db), row.bestandId))) missing.delete(sha256);
}

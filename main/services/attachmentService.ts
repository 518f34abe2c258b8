import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { BibobError } from '../../src/contract/errors';
import { categorieGrondslag } from '../../src/domain/verstrekking';
import { insertVerstrekking } from '../vault/repositories/verstrekkingen';
import type { CallOutput, ParsedInput } from '../../src/contract';
import { TEXT_PREVIEW_MAX_CHARS } from '../../src/contract/attachmentCalls';
import {
  DEFAULT_MAX_ATTACHMENT_BYTES,
  attachmentInfo,
  deleteAttachment,
  displayName,
  exportAttachmentTo,
  importAttachment,
  listAttachments,
  purgeUnusedContent,
  readAttachmentChunks,
  readAttachmentRange,
  type AttachmentInfo,
  type ImportedAttachment,
} from '../files/attachmentStore';
import { contentImported, missingAttachments } from '../files/missingFiles';
import { attachmentTypes } from '../files/fileTypes';
import { formatBytes, rejection } from '../files/rejections';
import type { VaultDatabase } from '../vault/database';
import { appendAudit } from '../vault/repositories/auditLog';
import { appendTimelineEvent } from '../vault/repositories/timeline';
import { deleteNotesOf, insertNote, noteCounts, notesOf } from './attachmentNotes';
import { docxText, type ByteSource } from './attachmentDocx';
import { emailPreview, plainTextPreview } from './attachmentText';
import { inTransactionWithAudit, type ServiceContext } from './context';

/*
 * Attachments of a dossier: import (file dialog, drag and drop), list, read in ranges for the viewer, text preview,
 * export through a save dialog, delete, notes. Every use case is one transaction with its audit record (entity: the
 * dossier); content leaves the vault only in memory towards the renderer, or through the coordinator's export.
 *
 * The maximum size of an import is the store's DEFAULT_MAX_ATTACHMENT_BYTES (2 GB): there is no setting for it yet.
 */

type ImportResult = CallOutput<'bijlagen.importPaths'>;
type AttachmentView = CallOutput<'bijlagen.list'>['bijlagen'][number];

/** The most of an e-mail message that is read for its preview (attachments inside it are usually the bulk). */
const EMAIL_PREVIEW_BYTES = 8 * 1024 * 1024;
/** Enough bytes for TEXT_PREVIEW_MAX_CHARS characters of UTF-8 (at most 4 bytes each) and a BOM. */
const TEXT_PREVIEW_BYTES = TEXT_PREVIEW_MAX_CHARS * 4 + 4;
/** The types a note may name a page of. */
const PAGED_TYPES: ReadonlySet<string> = new Set(['pdf', 'docx']);

function requireDossierExists(db: VaultDatabase, dossierId: string): void {
  if (!db.prepare('SELECT 1 FROM dossier WHERE id = ? AND verwijderd_op IS NULL').get(dossierId)) throw new BibobError('NOT_FOUND', 'Dit dossier bestaat niet (meer).');
}

function requireAttachment(db: VaultDatabase, bijlageId: string): AttachmentInfo {
  const info = attachmentInfo(db, bijlageId);
  if (!info) throw new BibobError('NOT_FOUND', 'Deze bijlage bestaat niet (meer).');
  return info;
}

function view(info: AttachmentInfo, notities: number): AttachmentView {
  return {
    id: info.id,
    dossierId: info.dossierId,
    bestandsnaam: info.bestandsnaam,
    type: info.type,
    mime: info.mime,
    grootte: info.grootte,
    sha256: info.sha256,
    geimporteerdDoor: info.geimporteerdDoor,
    geimporteerdOp: info.geimporteerdOp,
    waarschuwing: info.waarschuwing,
    notities,
  };
}

/**
 * Imports files one by one, each in its own transaction with its audit record and timeline event (through the
 * store's `inFinalTransaction`). A file that is refused does not stop the others: it is reported with its Dutch
 * message. Only the file name reaches the audit trail, never the path.
 */
async function importFiles(ctx: ServiceContext, dossierId: string, files: readonly { path: string; name: string }[], bron: 'dialoog' | 'slepen'): Promise<ImportResult> {
  requireDossierExists(ctx.vault.database(), dossierId);
  const result: ImportResult = { geannuleerd: false, geimporteerd: [], geweigerd: [] };
  for (const file of files) {
    const bestandsnaam = displayName(file.name, file.path);
    try {
      // The platform's own rule (the contract accepts the absolute forms of every platform).
      if (!path.isAbsolute(file.path)) throw rejection('niet-gevonden', bestandsnaam);
      const imported = await importAttachment(ctx.vault.database(), {
        dossierId,
        sourcePath: file.path,
        fileName: file.name,
        importer: ctx.actor,
        now: ctx.now(),
        maxBytes: DEFAULT_MAX_ATTACHMENT_BYTES,
        inFinalTransaction: (db, done) => recordImport(ctx, db, done, bron),
      });
      contentImported(ctx.vault.database(), imported.sha256);
      result.geimporteerd.push({ ...view(imported, 0), alBekend: imported.alBekend });
    } catch (error) {
      if (!(error instanceof BibobError) || error.code !== 'FILE_REJECTED') throw error;
      const details = error.details as { reden?: unknown } | undefined;
      result.geweigerd.push({ bestandsnaam, reden: typeof details?.reden === 'string' ? details.reden : 'onleesbaar', melding: error.message });
    }
  }
  return result;
}

function recordImport(ctx: ServiceContext, db: VaultDatabase, imported: ImportedAttachment, bron: 'dialoog' | 'slepen'): void {
  const at = ctx.now().toISOString();
  appendTimelineEvent(
    db,
    imported.dossierId,
    { at, soort: 'bijlage.geimporteerd', omschrijving: `Bijlage "${imported.bestandsnaam}" geïmporteerd (${attachmentTypes[imported.type].omschrijving}, ${formatBytes(imported.grootte)}).` },
    { bijlageId: imported.id },
  );
  appendAudit(db, {
    at,
    actor: ctx.actor,
    action: 'bijlage.geimporteerd',
    entityType: 'dossier',
    entityId: imported.dossierId,
    details: { bijlageId: imported.id, bestandsnaam: imported.bestandsnaam, type: imported.type, grootte: imported.grootte, sha256: imported.sha256, alBekend: imported.alBekend, bron },
  });
}

/** Imports the files the coordinator chooses in the open dialog. */
export async function importViaDialog(ctx: ServiceContext, input: ParsedInput<'bijlagen.importViaDialog'>): Promise<ImportResult> {
  if (!ctx.importSource) throw new BibobError('INTERNAL', 'Importeren via een bestandskiezer is hier niet mogelijk.');
  requireDossierExists(ctx.vault.database(), input.dossierId);
  const chosen = await ctx.importSource.chooseFiles();
  if (chosen.length === 0) return { geannuleerd: true, geimporteerd: [], geweigerd: [] };
  return importFiles(ctx, input.dossierId, chosen, 'dialoog');
}

/** Imports dropped files by their paths (absolute, regular files only: the store refuses directories and devices). */
export function importPaths(ctx: ServiceContext, input: ParsedInput<'bijlagen.importPaths'>): Promise<ImportResult> {
  return importFiles(
    ctx,
    input.dossierId,
    input.paden.map((pad) => ({ path: pad, name: pad.split(/[\\/]/).pop() ?? '' })),
    'slepen',
  );
}

export function listDossierAttachments(ctx: ServiceContext, input: ParsedInput<'bijlagen.list'>): CallOutput<'bijlagen.list'> {
  return inTransactionWithAudit(ctx, (db) => {
    requireDossierExists(db, input.dossierId);
    const counts = noteCounts(db, input.dossierId);
    const bijlagen = listAttachments(db, input.dossierId).map((info) => view(info, counts.get(info.id) ?? 0));
    return { result: { bijlagen }, audit: { action: 'bijlagen.lijst-bekeken', entityType: 'dossier', entityId: input.dossierId, details: { aantal: bijlagen.length } } };
  });
}

/**
 * A range of an attachment's bytes for the viewer, in memory (base64), never through a file. The first range of a
 * view (offset 0) is audited as a view of the attachment; the ranges after it belong to the same view.
 */
export function readRange(ctx: ServiceContext, input: ParsedInput<'bijlagen.read'>): CallOutput<'bijlagen.read'> {
  const read = (db: VaultDatabase) => {
    const info = requireAttachment(db, input.bijlageId);
    const data = readAttachmentRange(db, info.id, input.offset, input.length);
    return { info, value: { data: data.toString('base64'), offset: input.offset, totaal: info.grootte } };
  };
  if (input.offset !== 0) return read(ctx.vault.database()).value;
  return inTransactionWithAudit(ctx, (db) => {
    const { info, value } = read(db);
    return { result: value, audit: { action: 'bijlage.bekeken', entityType: 'dossier', entityId: info.dossierId, details: { bijlageId: info.id, bestandsnaam: info.bestandsnaam } } };
  });
}

/** The stored bytes of an attachment as a ByteSource, read from the vault on demand. */
function vaultBytes(ctx: ServiceContext, info: AttachmentInfo): ByteSource {
  return {
    size: info.grootte,
    read: (offset, length) => readAttachmentRange(ctx.vault.database(), info.id, offset, length),
    parts: (start, end) => readAttachmentChunks(ctx.vault.database(), info.id, { start, end }),
  };
}

/** The text of a .txt, .eml or .docx attachment, at most TEXT_PREVIEW_MAX_CHARS characters; audited as a view. */
export async function textPreview(ctx: ServiceContext, input: ParsedInput<'bijlagen.textPreview'>): Promise<CallOutput<'bijlagen.textPreview'>> {
  const info = requireAttachment(ctx.vault.database(), input.bijlageId);
  const source = vaultBytes(ctx, info);
  let preview: { tekst: string; ingekort: boolean };
  let soort: 'txt' | 'eml' | 'docx';
  if (info.type === 'txt' || info.type === 'eml') {
    soort = info.type;
    const length = Math.min(info.grootte, info.type === 'txt' ? TEXT_PREVIEW_BYTES : EMAIL_PREVIEW_BYTES);
    const bytes = source.read(0, length);
    const complete = length === info.grootte;
    preview = info.type === 'txt' ? plainTextPreview(bytes, complete, TEXT_PREVIEW_MAX_CHARS) : emailPreview(bytes, complete, TEXT_PREVIEW_MAX_CHARS);
  } else if (info.type === 'docx') {
    soort = 'docx';
    preview = await docxText(source, info.bestandsnaam, TEXT_PREVIEW_MAX_CHARS);
  } else {
    throw new BibobError('CONFLICT', `Van "${info.bestandsnaam}" (${attachmentTypes[info.type].omschrijving}) is geen tekstweergave mogelijk; bekijk het in de viewer.`);
  }
  return inTransactionWithAudit(ctx, (db) => {
    requireAttachment(db, info.id);
    return {
      result: { soort, ...preview },
      audit: { action: 'bijlage.bekeken', entityType: 'dossier', entityId: info.dossierId, details: { bijlageId: info.id, bestandsnaam: info.bestandsnaam, weergave: 'tekst' } },
    };
  });
}

/**
 * Exports an attachment where the coordinator points the save dialog: streamed from the vault into that file (the
 * store writes a part file beside it and renames it when complete and verified). Audited with name and SHA-256.
 * When the audit record cannot be written, the exported file is removed again: no export without its record.
 */
export async function exportToFile(ctx: ServiceContext, input: ParsedInput<'bijlagen.export'>): Promise<CallOutput<'bijlagen.export'>> {
  const chooseSavePath = ctx.exportTarget?.chooseSavePath;
  if (!chooseSavePath) throw new BibobError('INTERNAL', 'Exporteren is hier niet mogelijk.');
  const info = requireAttachment(ctx.vault.database(), input.bijlageId);
  const target = await chooseSavePath.call(ctx.exportTarget, info.bestandsnaam);
  if (!target) return { exported: false };
  const written = await exportAttachmentTo(ctx.vault.database(), info.id, target);
  try {
    inTransactionWithAudit(ctx, (db) => {
      const at = ctx.now().toISOString();
      const { categorie, ontvanger } = input.verstrekking;
      insertVerstrekking(db, { id: randomUUID(), dossierId: info.dossierId, wat: `Bijlage "${info.bestandsnaam}"`, categorie, ontvanger, verstrektOp: at, verstrektDoor: ctx.actor });
      appendTimelineEvent(
        db,
        info.dossierId,
        { at, soort: 'bijlage.geexporteerd', omschrijving: `Bijlage "${info.bestandsnaam}" geëxporteerd voor ${ontvanger} (${categorieGrondslag(categorie)}).` },
        { bijlageId: info.id },
      );
      return {
        result: undefined,
        audit: {
          action: 'bijlage.geexporteerd',
          entityType: 'dossier',
          entityId: info.dossierId,
          details: { bijlageId: info.id, bestandsnaam: info.bestandsnaam, sha256: written.sha256, grootte: written.grootte, categorie, ontvanger },
        },
      };
    });
  } catch (error) {
    await rm(target, { force: true });
    throw error;
  }
  return { exported: true };
}

/** Deletes an attachment with its notes; its content, when no other attachment uses it, is purged after the commit. */
export async function removeAttachment(ctx: ServiceContext, input: ParsedInput<'bijlagen.delete'>): Promise<CallOutput<'bijlagen.delete'>> {
  const dossierId = inTransactionWithAudit(ctx, (db) => {
    const info = requireAttachment(db, input.bijlageId);
    const notities = deleteNotesOf(db, info.id);
    deleteAttachment(db, info.id);
    appendTimelineEvent(db, info.dossierId, { at: ctx.now().toISOString(), soort: 'bijlage.verwijderd', omschrijving: `Bijlage "${info.bestandsnaam}" verwijderd.` }, { bijlageId: info.id });
    return {
      result: info.dossierId,
      audit: { action: 'bijlage.verwijderd', entityType: 'dossier', entityId: info.dossierId, details: { bijlageId: info.id, bestandsnaam: info.bestandsnaam, sha256: info.sha256, notities } },
    };
  });
  // The deletion is committed; when purging fails (the vault was locked meanwhile), the next import purges.
  try {
    await purgeUnusedContent(ctx.vault.database());
  } catch {
    // Nothing to report to the coordinator: the released content is unreachable and removed later.
  }
  return { dossierId, verwijderd: true };
}

export function addNote(ctx: ServiceContext, input: ParsedInput<'bijlagen.addNote'>): CallOutput<'bijlagen.addNote'> {
  return inTransactionWithAudit(ctx, (db) => {
    const info = requireAttachment(db, input.bijlageId);
    const pagina = input.pagina ?? null;
    if (pagina !== null && !PAGED_TYPES.has(info.type)) {
      const message = 'Een paginanummer kan alleen bij een PDF- of Word-document; laat het leeg.';
      throw new BibobError('VALIDATION', message, { issues: [{ path: 'pagina', message }] });
    }
    const at = ctx.now().toISOString();
    const note = { id: randomUUID(), bijlageId: info.id, pagina, tekst: input.tekst, gemaaktOp: at, gemaaktDoor: ctx.actor };
    insertNote(db, note);
    const excerpt = input.tekst.length > 120 ? `${input.tekst.slice(0, 119)}…` : input.tekst;
    appendTimelineEvent(
      db,
      info.dossierId,
      { at, soort: 'bijlage.notitie', omschrijving: `Notitie bij "${info.bestandsnaam}"${pagina === null ? '' : `, p. ${pagina}`}: ${excerpt}` },
      { bijlageId: info.id, notitieId: note.id },
    );
    return {
      result: { notities: notesOf(db, info.id) },
      audit: {
        action: 'bijlage.notitie-toegevoegd',
        entityType: 'dossier',
        entityId: info.dossierId,
        details: { bijlageId: info.id, bestandsnaam: info.bestandsnaam, notitieId: note.id, pagina, tekst: [null, input.tekst] },
      },
    };
  });
}

export function listNotes(ctx: ServiceContext, input: ParsedInput<'bijlagen.notes'>): CallOutput<'bijlagen.notes'> {
  return inTransactionWithAudit(ctx, (db) => {
    const info = requireAttachment(db, input.bijlageId);
    const notities = notesOf(db, info.id);
    return {
      result: { notities },
      audit: { action: 'bijlage.notities-bekeken', entityType: 'dossier', entityId: info.dossierId, details: { bijlageId: info.id, aantal: notities.length } },
    };
  });
}

/**
 * The attachments whose encrypted file is missing from the attachment folder (lost or deleted outside the app), for
 * the notice on the dashboard. Their rows are kept: restoring the file from a backup, or importing the same file
 * again, makes them readable again. The folder was read at unlock (recorded in the audit trail then, when something
 * was missing); a view reads that result and writes nothing.
 */
export function missingFiles(ctx: ServiceContext): CallOutput<'bijlagen.ontbrekend'> {
  return { ontbrekend: missingAttachments(ctx.vault.database()) };
}

/** At unlock: one audit record when attachment files are missing, in the unlock's own transaction. */
export function auditMissingFilesAtUnlock(ctx: ServiceContext, db: VaultDatabase): void {
  const ontbrekend = missingAttachments(db);
  if (ontbrekend.length === 0) return;
  appendAudit(db, {
    at: ctx.now().toISOString(),
    actor: ctx.actor,
    action: 'bijlagen.ontbrekend-gecontroleerd',
    entityType: 'kluis',
    entityId: null,
    details: { aantal: ontbrekend.length, bijlagen: ontbrekend.map((bijlage) => bijlage.bijlageId) },
  });
}

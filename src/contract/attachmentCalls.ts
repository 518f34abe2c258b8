import { z } from 'zod';
import { call } from './call';
import type { Envelope } from './errors';
import { dossierIdSchema, noControlCharacters, noControlCharactersExceptNewlines, verstrekkingSchema } from './schemas';

/*
 * The contract calls of the attachments in the vault (issue 10). Content reaches the renderer only through
 * `bijlagen.read` (ranges of at most READ_MAX_BYTES, base64) and `bijlagen.textPreview`: never as a file on disk.
 */

/** The most `bijlagen.read` returns per call: one stored chunk (1 MiB). */
export const READ_MAX_BYTES = 1024 * 1024;
/** The most files one `bijlagen.importPaths` call takes (one drop). */
export const IMPORT_PATHS_MAX = 20;
/** The longest note on an attachment. */
export const NOTE_MAX_LENGTH = 2000;
/** The highest page number a note can name. */
export const NOTE_MAX_PAGE = 100_000;
/** The most characters a text preview returns; more is cut off (`ingekort`). */
export const TEXT_PREVIEW_MAX_CHARS = 200_000;

export const attachmentTypeIds = ['pdf', 'png', 'jpeg', 'gif', 'webp', 'docx', 'xlsx', 'eml', 'txt'] as const;

export const bijlageIdSchema = z.uuid({ error: 'Onbekende bijlage.' });

/**
 * An absolute path as the operating system gave it for a dropped file: POSIX ("/…"), a Windows drive ("C:\…") or a
 * network share ("\\server\share\…"). Relative paths and Windows device namespaces ("\\.\", "\\?\") are refused; the
 * main process checks again with the platform's own rules, and that the path is a regular file.
 */
const absolutePathSchema = z
  .string({ error: 'Geef het pad van een bestand.' })
  .min(2, { error: 'Geef het volledige pad van een bestand.' })
  .max(4096, { error: 'Dit pad is te lang.' })
  .regex(noControlCharacters, { error: 'Dit pad bevat tekens die niet zijn toegestaan.' })
  .refine((value) => /^\/[^/]/.test(value) || /^[A-Za-z]:[\\/]/.test(value) || /^\\\\[^\\/?.][^\\/]*[\\/][^\\/]+/.test(value), {
    error: 'Alleen het volledige pad van een bestand is toegestaan.',
  });

const noteTextSchema = z
  .string({ error: 'Schrijf een notitie.' })
  .trim()
  .min(1, { error: 'Schrijf een notitie.' })
  .max(NOTE_MAX_LENGTH, { error: `Een notitie heeft hoogstens ${NOTE_MAX_LENGTH} tekens.` })
  .regex(noControlCharactersExceptNewlines, { error: 'De notitie bevat tekens die niet zijn toegestaan.' });

export const attachmentSchema = z.strictObject({
  id: z.string(),
  dossierId: z.string(),
  bestandsnaam: z.string(),
  type: z.enum(attachmentTypeIds),
  mime: z.string(),
  grootte: z.number().int().positive(),
  sha256: z.string(),
  geimporteerdDoor: z.string(),
  geimporteerdOp: z.string(),
  /** A Dutch warning when the name's extension does not match the content. */
  waarschuwing: z.string().nullable(),
  notities: z.number().int().nonnegative(),
});

export const importedAttachmentSchema = attachmentSchema.extend({
  /** The same content was already in the vault: stored once, shown under both names. */
  alBekend: z.boolean(),
});

/** A file that was not imported, with the reason (stable, for tests) and the Dutch message for the coordinator. */
export const importRefusalSchema = z.strictObject({
  bestandsnaam: z.string(),
  reden: z.string(),
  melding: z.string(),
});

export const importResultSchema = z.strictObject({
  /** True when the coordinator closed the file dialog without choosing. */
  geannuleerd: z.boolean(),
  geimporteerd: z.array(importedAttachmentSchema),
  geweigerd: z.array(importRefusalSchema),
});

export const attachmentNoteSchema = z.strictObject({
  id: z.string(),
  bijlageId: z.string(),
  pagina: z.number().int().positive().nullable(),
  tekst: z.string(),
  gemaaktOp: z.string(),
  gemaaktDoor: z.string(),
});

/**
 * An attachment whose encrypted file is missing from the vault's attachment folder (deleted or lost outside the
 * app): found when the vault is opened and shown to the coordinator, never dropped silently.
 */
export const missingAttachmentSchema = z.strictObject({
  bijlageId: z.string(),
  dossierId: z.string(),
  zaaknummer: z.string(),
  bestandsnaam: z.string(),
});
export type MissingAttachment = z.infer<typeof missingAttachmentSchema>;

export const attachmentCalls = {
  'bijlagen.importViaDialog': call(z.strictObject({ dossierId: dossierIdSchema }), importResultSchema),
  'bijlagen.importPaths': call(
    z.strictObject({
      dossierId: dossierIdSchema,
      paden: z
        .array(absolutePathSchema, { error: 'Geef de bestanden die u wilt importeren.' })
        .min(1, { error: 'Kies minstens één bestand.' })
        .max(IMPORT_PATHS_MAX, { error: `Importeer hoogstens ${IMPORT_PATHS_MAX} bestanden tegelijk.` }),
    }),
    importResultSchema,
  ),
  'bijlagen.list': call(z.strictObject({ dossierId: dossierIdSchema }), z.strictObject({ bijlagen: z.array(attachmentSchema) })),
  'bijlagen.read': call(
    z.strictObject({
      bijlageId: bijlageIdSchema,
      offset: z.number({ error: 'Geef de positie in de bijlage.' }).int({ error: 'Geef een hele positie.' }).min(0, { error: 'De positie is 0 of meer.' }).max(Number.MAX_SAFE_INTEGER),
      length: z
        .number({ error: 'Geef aan hoeveel bytes.' })
        .int({ error: 'Geef een heel aantal bytes.' })
        .min(1, { error: 'Lees minstens 1 byte.' })
        .max(READ_MAX_BYTES, { error: `Lees hoogstens ${READ_MAX_BYTES} bytes tegelijk.` }),
    }),
    z.strictObject({
      /** The bytes [offset, offset + data length), base64; empty at or after the end. */
      data: z.base64(),
      offset: z.number().int().nonnegative(),
      /** The attachment's total size in bytes. */
      totaal: z.number().int().positive(),
    }),
  ),
  'bijlagen.textPreview': call(
    z.strictObject({ bijlageId: bijlageIdSchema }),
    z.strictObject({ soort: z.enum(['txt', 'eml', 'docx']), tekst: z.string(), ingekort: z.boolean() }),
  ),
  'bijlagen.export': call(z.strictObject({ bijlageId: bijlageIdSchema, verstrekking: verstrekkingSchema }), z.strictObject({ exported: z.boolean() })),
  'bijlagen.delete': call(z.strictObject({ bijlageId: bijlageIdSchema }), z.strictObject({ dossierId: z.string(), verwijderd: z.literal(true) })),
  'bijlagen.addNote': call(
    z.strictObject({
      bijlageId: bijlageIdSchema,
      pagina: z
        .number({ error: 'Geef een paginanummer.' })
        .int({ error: 'Geef een heel paginanummer.' })
        .min(1, { error: 'Pagina 1 of hoger.' })
        .max(NOTE_MAX_PAGE, { error: 'Dit paginanummer is te hoog.' })
        .optional(),
      tekst: noteTextSchema,
    }),
    z.strictObject({ notities: z.array(attachmentNoteSchema) }),
  ),
  'bijlagen.notes': call(z.strictObject({ bijlageId: bijlageIdSchema }), z.strictObject({ notities: z.array(attachmentNoteSchema) })),
  'bijlagen.ontbrekend': call(z.strictObject({}), z.strictObject({ ontbrekend: z.array(missingAttachmentSchema) })),
} as const;

/**
 * Not a contract call: what the Electron preload adds to `window.bibob.bijlagen` for drag and drop. The sandboxed
 * renderer cannot learn a dropped file's path (File.path is gone since Electron 32; webUtils exists only in the
 * preload), so the preload turns the dropped File objects into paths itself and sends `bijlagen.importPaths`.
 * The renderer never sees the paths. Absent in the browser preview.
 */
export interface DroppedFilesApi {
  importDropped(input: { dossierId: string; bestanden: readonly File[] }): Promise<Envelope<z.output<typeof importResultSchema>>>;
}

import type { Vault } from '../vault/vault';
import { appendAudit, type AuditEntry } from '../vault/repositories/auditLog';
import type { VaultDatabase } from '../vault/database';

/** Where an explicit export goes: the desktop app asks with a save dialog, the preview writes to a temporary folder. */
export interface ExportTarget {
  /** Writes `content` where the coordinator chooses; null when the coordinator cancelled. */
  saveText(suggestedName: string, content: string): Promise<string | null>;
  /**
   * Asks where a file (an attachment) is to be written and returns that path, or null when the coordinator
   * cancelled; the caller writes it. Absent where no such choice can be offered.
   */
  chooseSavePath?(suggestedName: string): Promise<string | null>;
}

/** Where imported files come from: the desktop app asks with an open dialog (several files, allowed types only). */
export interface ImportSource {
  /** The files the coordinator chose (absolute path and file name); empty when cancelled. */
  chooseFiles(): Promise<{ path: string; name: string }[]>;
  /** One overdrachtspakket (.bibob-overdracht) to import; null when cancelled. */
  choosePackage?(): Promise<{ path: string; name: string } | null>;
}

/** Prints a letter's HTML to PDF; only the desktop app has one (Electron's printToPDF). */
export interface PdfPrinter {
  /** `kop`: what header and footer show on every page. */
  print(html: string, kop: { kenmerk: string; vertrouwelijk: boolean }): Promise<Buffer>;
}

/**
 * Prints a page on paper: the desktop app's hidden print window with the system's print dialog (Electron's
 * webContents.print), never through a file. Absent in the preview, which has no printer.
 */
export interface PagePrinter {
  /** True when the page went to the printer, false when the coordinator cancelled the dialog. */
  printHtml(html: string): Promise<boolean>;
}

/** Where backups go and where a restore reads them: the desktop app asks with a folder dialog in main. */
export interface BackupFolderSource {
  /** An absolute folder the coordinator chose, or null when cancelled. */
  chooseFolder(purpose: 'reservekopie' | 'terugzetten'): Promise<string | null>;
}

/** What every service needs: the vault, who is working, the clock and where exports go. */
export interface ServiceContext {
  readonly vault: Vault;
  readonly actor: string;
  readonly now: () => Date;
  readonly exportTarget?: ExportTarget;
  readonly importSource?: ImportSource;
  readonly pdfPrinter?: PdfPrinter;
  readonly pagePrinter?: PagePrinter;
  readonly backupFolders?: BackupFolderSource;
}

/** Today's date in the Netherlands, as 'YYYY-MM-DD'. */
export function today(ctx: ServiceContext): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(ctx.now());
}

type AuditFields = Omit<AuditEntry, 'at' | 'actor'>;

/** Runs a use case in one transaction and appends its audit record in that same transaction. */
export function inTransactionWithAudit<T>(ctx: ServiceContext, work: (db: VaultDatabase) => { result: T; audit: AuditFields }): T {
  return ctx.vault.transaction((db) => {
    const { result, audit } = work(db);
    appendAudit(db, { ...audit, at: ctx.now().toISOString(), actor: ctx.actor });
    return result;
  });
}

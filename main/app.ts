import { z } from 'zod';
import { Vault, type VaultOptions } from './vault/vault';
import { IdleLock } from './services/idleLock';
import { lockVault } from './services/vaultService';
import type { BackupFolderSource, ExportTarget, ImportSource, PagePrinter, PdfPrinter, ServiceContext } from './services/context';
import { createHandlers } from './ipc/handlers';
import { checkRecordedDates } from './services/recordedDates';
import { createDispatcher, type Dispatch, type SenderPolicy } from './ipc/dispatch';

// Validation messages that zod writes itself (wrong types) in Dutch, like ours.
z.config(z.locales.nl());

export interface AppOptions extends VaultOptions {
  readonly actor: string;
  readonly isTrustedSender: SenderPolicy;
  readonly exportTarget?: ExportTarget;
  /** Where the file dialog of an attachment import comes from. */
  readonly importSource?: ImportSource;
  /** Print-to-PDF of letters: the desktop app's hidden window; absent in the preview and in tests unless given. */
  readonly pdfPrinter?: PdfPrinter;
  /** Printing on paper: the desktop app's hidden print window; absent in the preview and in tests unless given. */
  readonly pagePrinter?: PagePrinter;
  /** Where backups go and restores come from: a folder dialog in the desktop app, a development folder in the preview. */
  readonly backupFolders?: BackupFolderSource;
}

export interface App {
  readonly vault: Vault;
  readonly dispatch: Dispatch;
  readonly idle: IdleLock;
  /** Locks the vault (on quit, on a signal). */
  shutdown(): void;
}

/** Composes vault, services and the dispatcher; shared by the Electron main process and the browser preview. */
export function createApp(options: AppOptions): App {
  const vault = new Vault(options);
  const now = options.now ?? (() => new Date());
  const ctx: ServiceContext = {
    vault,
    actor: options.actor,
    now,
    ...(options.exportTarget ? { exportTarget: options.exportTarget } : {}),
    ...(options.importSource ? { importSource: options.importSource } : {}),
    ...(options.pdfPrinter ? { pdfPrinter: options.pdfPrinter } : {}),
    ...(options.pagePrinter ? { pagePrinter: options.pagePrinter } : {}),
    ...(options.backupFolders ? { backupFolders: options.backupFolders } : {}),
  };
  const idle = new IdleLock(() => now().getTime(), () => lockVault(ctx, 'inactiviteit'));
  const dispatch = createDispatcher({
    handlers: createHandlers(ctx, idle),
    vault,
    isTrustedSender: options.isTrustedSender,
    onActivity: () => idle.touch(),
    checkInput: (name, input) => checkRecordedDates(ctx, name, input),
    reportInternalError: (call, errorName) => console.error(`[bibob] interne fout in ${call}: ${errorName}`),
  });
  return {
    vault,
    dispatch,
    idle,
    shutdown() {
      idle.stop();
      vault.lock();
    },
  };
}

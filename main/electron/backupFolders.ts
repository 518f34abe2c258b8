import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import path from 'node:path';
import type { BackupFolderSource } from '../services/context';

/**
 * The folder dialog of the backups, in main: the renderer asks for a choice and never sends a path itself. Only an
 * absolute folder the dialog returned is passed on; the service checks it further.
 */
export function dialogBackupFolders(window: () => BrowserWindow | null): BackupFolderSource {
  return {
    async chooseFolder(purpose) {
      const options: OpenDialogOptions =
        purpose === 'reservekopie'
          ? { title: 'Map voor reservekopieën kiezen', buttonLabel: 'Deze map gebruiken', properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] }
          : { title: 'Map met de reservekopie kiezen', buttonLabel: 'Deze map openen', properties: ['openDirectory', 'dontAddToRecent'] };
      const owner = window();
      const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      const chosen = choice.filePaths[0];
      if (choice.canceled || !chosen || !path.isAbsolute(chosen)) return null;
      return chosen;
    },
  };
}

import { dialog, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportTarget } from '../services/context';

/** Exports leave the vault only where the coordinator points the save dialog. */
export function saveDialogExportTarget(window: () => BrowserWindow | null): ExportTarget {
  return {
    async saveText(suggestedName, content) {
      const options = {
        title: 'Exporteren',
        defaultPath: suggestedName,
        filters: [{ name: path.extname(suggestedName).slice(1).toUpperCase() || 'Bestand', extensions: [path.extname(suggestedName).slice(1) || '*'] }],
      };
      const owner = window();
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      await writeFile(choice.filePath, content, { encoding: 'utf8', mode: 0o600 });
      return choice.filePath;
    },
  };
}

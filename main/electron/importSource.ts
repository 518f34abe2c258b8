import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import path from 'node:path';
import { attachmentTypes, type AttachmentType } from '../files/fileTypes';
import type { ImportSource } from '../services/context';

/*
 * The dialogs of the attachments: the open dialog that chooses files to import, and the save dialog that chooses
 * where an exported attachment goes (the export itself is written by the attachment store). Neither adds the file
 * to the system's list of recent documents.
 */

const allowedExtensions = [...new Set((Object.keys(attachmentTypes) as AttachmentType[]).flatMap((type) => attachmentTypes[type].extensions))];

/** Chooses files to import with the open dialog: several at once, filtered on the allowed types. */
export function dialogImportSource(window: () => BrowserWindow | null): ImportSource {
  return {
    async chooseFiles() {
      const options: OpenDialogOptions = {
        title: 'Bijlagen importeren',
        buttonLabel: 'Importeren',
        properties: ['openFile', 'multiSelections', 'dontAddToRecent'],
        filters: [
          { name: 'Toegestane bestanden', extensions: allowedExtensions },
          { name: 'PDF', extensions: ['pdf'] },
          { name: 'Afbeeldingen', extensions: ['png', 'jpg', 'jpeg', 'gif', 'webp'] },
          { name: 'Word en Excel', extensions: ['docx', 'xlsx'] },
          { name: 'E-mail en tekst', extensions: ['eml', 'txt'] },
        ],
      };
      const owner = window();
      const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      if (choice.canceled) return [];
      return choice.filePaths.map((filePath) => ({ path: filePath, name: path.basename(filePath) }));
    },
    async choosePackage() {
      const options: OpenDialogOptions = {
        title: 'Overdrachtspakket inlezen',
        buttonLabel: 'Kiezen',
        properties: ['openFile', 'dontAddToRecent'],
        filters: [{ name: 'Overdrachtspakket', extensions: ['bibob-overdracht'] }],
      };
      const owner = window();
      const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      const filePath = choice.canceled ? undefined : choice.filePaths[0];
      return filePath ? { path: filePath, name: path.basename(filePath) } : null;
    },
  };
}

/** Asks with the save dialog where an attachment (or an overdrachtspakket) is to be exported; null when cancelled. */
export function saveDialogPathChooser(window: () => BrowserWindow | null): (suggestedName: string) => Promise<string | null> {
  return async (suggestedName) => {
    const extension = path.extname(suggestedName).slice(1);
    const options: SaveDialogOptions = {
      title: extension === 'bibob-overdracht' ? 'Overdrachtspakket opslaan' : 'Bijlage exporteren',
      buttonLabel: 'Exporteren',
      defaultPath: suggestedName,
      properties: ['showOverwriteConfirmation', 'dontAddToRecent', 'createDirectory'],
      filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }, { name: 'Alle bestanden', extensions: ['*'] }] : [{ name: 'Alle bestanden', extensions: ['*'] }],
    };
    const owner = window();
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return choice.canceled || !choice.filePath ? null : choice.filePath;
  };
}

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportTarget } from '../services/context';

/** The preview has no save dialog: an export is written to its own folder (never the vault's) and its path printed. */
export function folderExportTarget(folder: string, now: () => Date = () => new Date()): ExportTarget {
  return {
    async saveText(suggestedName, content) {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      const stamp = now().toISOString().replace(/[:.]/g, '-');
      const file = path.join(folder, `${stamp}-${path.basename(suggestedName)}`);
      writeFileSync(file, content, { encoding: 'utf8', mode: 0o600 });
      console.log(`Export: ${file}`);
      return file;
    },
  };
}

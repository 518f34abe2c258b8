import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

const created: string[] = [];

export function tempFolder(label = 'test'): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), `bibob-${label}-`));
  created.push(folder);
  return folder;
}

export function removeTempFolders(): void {
  while (created.length > 0) rmSync(created.pop()!, { recursive: true, force: true });
}

/**
 * A temp folder for the files a test imports; each is written into a numbered folder of its own, so that two files
 * of the same name can exist and only the name, never the folder, is what the app may keep.
 */
export function sourceFiles(label = 'bronnen'): { readonly folder: string; file(name: string, content: Buffer | string): string } {
  const folder = tempFolder(label);
  let counter = 0;
  return {
    folder,
    file(name, content) {
      counter += 1;
      const own = path.join(folder, String(counter));
      mkdirSync(own);
      const full = path.join(own, name);
      writeFileSync(full, content);
      return full;
    },
  };
}

/** Every regular file below `root`, recursively. */
export function filesBelow(root: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(full);
    }
  };
  walk(root);
  return out;
}

/** A fingerprint of every file in a folder: name → sha256, to prove that nothing was written. */
export function folderFingerprint(root: string): Record<string, string> {
  const fingerprint: Record<string, string> = {};
  for (const file of filesBelow(root).sort()) {
    fingerprint[path.relative(root, file)] = `${statSync(file).size}:${createHash('sha256').update(readFileSync(file)).digest('hex')}`;
  }
  return fingerprint;
}

export function sha256OfFile(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

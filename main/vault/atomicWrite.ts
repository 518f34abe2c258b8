import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** Points at which a test can simulate a crash (by throwing) in the middle of an atomic replacement. */
export interface AtomicWriteHooks {
  afterTempWritten?: () => void;
  afterRename?: () => void;
}

export function fsyncDirectory(directory: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(directory, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a directory for fsync; NTFS renames are journaled.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export const TEMP_MARKER = '.tmp-';

/**
 * Replaces `target` so that a crash at any moment leaves either the old or the new content: write a temporary
 * file beside it, fsync it, rename it over the target, fsync the directory.
 */
export function writeFileAtomic(target: string, data: string | Buffer, hooks: AtomicWriteHooks = {}): void {
  const temp = `${target}${TEMP_MARKER}${randomBytes(6).toString('hex')}`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  hooks.afterTempWritten?.();
  renameSync(temp, target);
  hooks.afterRename?.();
  fsyncDirectory(path.dirname(target));
}

import { closeSync, openSync, readSync, statSync } from 'node:fs';

/**
 * Time limit for a test that scans every file of the OS temp folder: on a shared CI machine that folder holds the
 * caches of other tools and a scan took 50 s or more (one run timed out at the default 60 s).
 */
export const SCAN_TIMEOUT_MS = 300_000;

/**
 * Whether `needle` occurs in the file, read in 1 MiB chunks with an overlap so that a match across two chunks is
 * found. An unreadable or vanished file (the OS temp folder changes under a running test) counts as not containing it.
 */
export function fileContains(file: string, needle: Buffer): boolean {
  let fd: number;
  try {
    if (!statSync(file).isFile()) return false;
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const chunk = Buffer.alloc(1 << 20);
    let carry = Buffer.alloc(0);
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) return false;
      const window = Buffer.concat([carry, chunk.subarray(0, read)]);
      if (window.includes(needle)) return true;
      carry = window.subarray(Math.max(0, window.length - needle.length + 1));
    }
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

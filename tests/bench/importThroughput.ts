import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/** The size of the file of issue 10's benchmark. */
export const IMPORT_BENCH_BYTES = 200 * 1024 * 1024;
const ROUNDS = 3;

export interface ImportThroughput {
  readonly megabytes: number;
  /** Median MB/s of importing into the vault through the dispatcher (read, hash, type detection, encrypt, fsync). */
  readonly importMbPerSecond: number;
  /** Median MB/s of the same bytes copied to a file on the same disk with fs.copyFile, then fsync. */
  readonly copyMbPerSecond: number;
  /**
   * MB/s of the bare ceiling: the same number of 1 MiB blobs inserted in ONE transaction into an empty SQLCipher 4
   * database with the vault's journal settings, then checkpointed; no reading, hashing or audit.
   */
  readonly sqlcipherCeilingMbPerSecond: number;
  readonly importSeconds: readonly number[];
  readonly copySeconds: readonly number[];
}

/** Writes a PDF-headed file of `bytes` random (incompressible, never deduplicated) bytes, synced to disk. */
function writeSource(file: string, bytes: number): void {
  const fd = openSync(file, 'w', 0o600);
  try {
    writeSync(fd, Buffer.from('%PDF-1.7\n'));
    let written = 9;
    while (written < bytes) {
      const block = randomBytes(Math.min(8 * 1024 * 1024, bytes - written));
      writeSync(fd, block);
      written += block.length;
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** The ceiling SQLCipher page encryption puts on any import, measured on a bare database (see ImportThroughput). */
function measureSqlcipherCeiling(folder: string, bytes: number): number {
  const file = path.join(folder, 'plafond.db');
  const db = new Database(file);
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${randomBytes(32).toString('hex')}'"`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE chunk (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
    const insert = db.prepare('INSERT INTO chunk (data) VALUES (?)');
    const block = randomBytes(1024 * 1024);
    const start = performance.now();
    db.transaction(() => {
      for (let written = 0; written < bytes; written += block.length) insert.run(block);
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return bytes / 1e6 / ((performance.now() - start) / 1000);
  } finally {
    db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
}

/**
 * Issue 10's import benchmark: each round a new file (so nothing is deduplicated) is copied once with the OS's
 * file copy plus fsync, then imported into the vault; the median of three rounds of each is reported.
 */
export async function measureImportThroughput(folder: string, importFile: (sourcePath: string) => Promise<void>, bytes = IMPORT_BENCH_BYTES, rounds = ROUNDS): Promise<ImportThroughput> {
  const importSeconds: number[] = [];
  const copySeconds: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const source = path.join(folder, `bron-${round}.pdf`);
    const copy = path.join(folder, `kopie-${round}.pdf`);
    writeSource(source, bytes);
    try {
      const copyStart = performance.now();
      copyFileSync(source, copy);
      const fd = openSync(copy, 'r+');
      fsyncSync(fd);
      closeSync(fd);
      copySeconds.push((performance.now() - copyStart) / 1000);
      rmSync(copy);

      const importStart = performance.now();
      await importFile(source);
      importSeconds.push((performance.now() - importStart) / 1000);
    } finally {
      rmSync(source, { force: true });
      rmSync(copy, { force: true });
    }
  }
  const megabytes = bytes / 1e6;
  return {
    megabytes,
    sqlcipherCeilingMbPerSecond: measureSqlcipherCeiling(folder, bytes),
    importMbPerSecond: megabytes / median(importSeconds),
    copyMbPerSecond: megabytes / median(copySeconds),
    importSeconds,
    copySeconds,
  };
}

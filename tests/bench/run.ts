// `npm run bench`: builds vaults of fictitious dossiers at two scales (2,000: a large municipality over ten years;
// 100,000: far beyond any single municipality) and times the service layer through the IPC dispatcher (validation,
// service, SQL, audit record with fsync). Every figure is measured in the same run on a plain, decrypted copy of
// the same database served by the same services, and reported as the ratio encrypted/plain. Results go to stdout
// and BENCHMARKS.md. BENCH_SCALES (e.g. "2000") and BENCH_ITERATIONS change the run; BENCH_ALLEEN_ACTIES=1 times only
// the actions (no attachment import, no backups, no letters) and prints their tables without writing BENCHMARKS.md.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../../main/app';
import type { Dispatch } from '../../main/ipc/dispatch';
import { DEFAULT_PBKDF2_ITERATIONS } from '../../main/vault/keyCrypto';
import { generate, prng } from './generate';
import { measureImportThroughput, type ImportThroughput } from './importThroughput';
import { measureLetterGeneration } from './letterGeneration';
import { measureBackupTimes, type BackupTimes } from './backupTimes';
import { exportPlainCopy, openPlainApp } from './plainCopy';

const SCALES = (process.env.BENCH_SCALES ?? '2000,100000').split(',').map(Number);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const REPORT_ITERATIONS = Math.max(5, Math.floor(ITERATIONS / 10));
const IMPORT_BYTES = 100 * 1024 * 1024;
const ONLY_ACTIONS = process.env.BENCH_ALLEEN_ACTIES === '1';
const TODAY = '2026-11-23';
const sender = { url: 'app://bibob/index.html', isMainFrame: true };

interface Timing {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

interface Action {
  readonly label: string;
  readonly interactive: boolean;
  readonly iterations: number;
  readonly run: (call: (name: string, payload: unknown) => Promise<unknown>, i: number) => Promise<unknown>;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(samples: number[]): Timing {
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples[samples.length - 1]! };
}

/**
 * Times the same action on the encrypted vault and on the plain copy, interleaved (which goes first alternates),
 * so that both meet the same machine state: the OS page cache, the garbage collector, the disk's queue.
 */
async function timePair(iterations: number, encrypted: (i: number) => Promise<unknown>, plain: (i: number) => Promise<unknown>): Promise<{ encrypted: Timing; plain: Timing }> {
  for (let i = 0; i < Math.min(10, iterations); i += 1) {
    await encrypted(i);
    await plain(i);
  }
  const samples = { encrypted: [] as number[], plain: [] as number[] };
  const measure = async (which: 'encrypted' | 'plain', i: number) => {
    const start = performance.now();
    await (which === 'encrypted' ? encrypted : plain)(i);
    samples[which].push(performance.now() - start);
  };
  for (let i = 0; i < iterations; i += 1) {
    if (i % 2 === 0) {
      await measure('encrypted', i);
      await measure('plain', i);
    } else {
      await measure('plain', i);
      await measure('encrypted', i);
    }
  }
  return { encrypted: summary(samples.encrypted), plain: summary(samples.plain) };
}

function caller(dispatch: Dispatch) {
  return async (name: string, payload: unknown) => {
    const result = await dispatch(name, payload, sender);
    if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
}

/** Imports one file into the given dossier through the dispatcher, as a drop does. */
function importInto(c: ReturnType<typeof caller>, dossierId: string) {
  return async (sourcePath: string) => {
    const result = (await c('bijlagen.importPaths', { dossierId, paden: [sourcePath] })) as { geimporteerd: unknown[]; geweigerd: { melding: string }[] };
    if (result.geimporteerd.length !== 1) throw new Error(`import refused: ${result.geweigerd.map((r) => r.melding).join('; ')}`);
  };
}

interface ScaleResult {
  readonly dossiers: number;
  readonly betrokkenen: number;
  readonly sizeMb: number;
  readonly generationSeconds: number;
  readonly exportSeconds: number;
  readonly unlockMs: readonly number[];
  readonly plainOpenMs: number;
  readonly rows: readonly { label: string; interactive: boolean; encrypted: Timing; plain: Timing }[];
  readonly imports: { readonly encrypted: ImportThroughput; readonly plain: ImportThroughput } | null;
  readonly backups: BackupTimes | null;
}

async function measureScale(dossiers: number): Promise<ScaleResult> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'bibob-bench-'));
  const passphrase = 'benchmark wachtwoordzin 2026';
  const now = () => new Date(`${TODAY}T10:00:00Z`);
  const backupFolder = mkdtempSync(path.join(os.tmpdir(), 'bibob-bench-backup-'));
  const app = createApp({ dataFolder: folder, actor: 'benchmark', isTrustedSender: () => true, now, backupFolders: { chooseFolder: async () => backupFolder } });
  const call = caller(app.dispatch);
  try {
    await call('vault.create', { passphrase });
    const started = performance.now();
    const { names, dossierIds } = generate(app.vault.database(), { dossiers, betrokkenenPerDossier: 5, seed: 20261123, today: TODAY });
    const generationSeconds = (performance.now() - started) / 1000;
    // Unlock five times: the first run after generating also pays for collecting the generator's garbage.
    const unlockMs: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      await call('vault.lock', {});
      const unlockStart = performance.now();
      await call('vault.unlock', { passphrase });
      unlockMs.push(performance.now() - unlockStart);
    }
    const db = app.vault.database();
    db.pragma('wal_checkpoint(TRUNCATE)');
    const sizeMb = statSync(path.join(folder, 'vault.db')).size / 1024 / 1024;
    const betrokkenen = (db.prepare('SELECT count(*) AS n FROM betrokkene').get() as { n: number }).n;
    const plainFile = path.join(folder, 'plain.db');
    const exportSeconds = (await exportPlainCopy(app.vault.files, passphrase, plainFile)) / 1000;
    const plain = openPlainApp(plainFile, { dataFolder: path.join(folder, 'plain'), now });
    const plainCall = caller(plain.dispatch);

    const random = prng(7);
    const picks = Array.from({ length: 1000 }, () => dossierIds[Math.floor(random() * dossierIds.length)]!);
    const filters = [
      { toepassingsgebied: 'horeca' },
      { fase: 'beoordeling' },
      { overdue: true },
      { deadlineWithinDays: 14 },
      { coordinator: 'C. Grasmuis', sort: 'beslisdatum' },
      { toepassingsgebied: 'wabo', fase: 'afgerond', sort: 'zaaknummer' },
    ];
    const searches = names.map((name) => name.split(' ')[1]!.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').slice(0, 6));
    const actions: Action[] = [
      { label: 'Overzicht openen (eerste 100, nieuwste eerst)', interactive: true, iterations: ITERATIONS, run: (c) => c('dossiers.list', {}) },
      { label: 'Filter toepassen (wisselend: gebied, fase, verlopen, binnen 14 dagen, coördinator)', interactive: true, iterations: ITERATIONS, run: (c, i) => c('dossiers.list', filters[i % filters.length]) },
      { label: 'Zoeken op (een deel van) een naam, zonder diacritics', interactive: true, iterations: ITERATIONS, run: (c, i) => c('search.query', { tekst: searches[i % searches.length] ?? 'proef' }) },
      { label: 'Dossier openen (met betrokkenen, termijn, tijdlijn)', interactive: true, iterations: ITERATIONS, run: (c, i) => c('dossiers.get', { id: picks[i % picks.length] }) },
      { label: 'Stand van zaken (dashboard)', interactive: true, iterations: ITERATIONS, run: (c) => c('dashboard.get', {}) },
      { label: 'Brief maken (dossiersamenvatting: lezen, sjabloon, .docx, opslaan, audit)', interactive: true, iterations: Math.max(20, ITERATIONS / 4), run: (c, i) => c('brieven.maak', { dossierId: picks[i % picks.length], soort: 'dossiersamenvatting', bronId: null, invoer: {}, doorbrekingen: [] }) },
      { label: 'Jaarverslag 2026 met de twee jaren ervoor', interactive: false, iterations: REPORT_ITERATIONS, run: (c) => c('rapport.jaar', { jaar: 2026, vergelijkJaren: 2 }) },
    ];
    const rows = [];
    for (const action of actions) {
      const { encrypted, plain: plainTiming } = await timePair(action.iterations, (i) => action.run(call, i), (i) => action.run(plainCall, i));
      rows.push({ label: action.label, interactive: action.interactive, encrypted, plain: plainTiming });
      console.error(`[bench ${dossiers}] ${action.label}: p95 ${encrypted.p95.toFixed(1)} / ${plainTiming.p95.toFixed(1)} ms`);
    }
    const firstDossier = dossierIds[0]!;
    if (ONLY_ACTIONS) {
      plain.close();
      return { dossiers: dossierIds.length, betrokkenen, sizeMb, generationSeconds, exportSeconds, unlockMs, plainOpenMs: plain.openMs, rows, imports: null, backups: null };
    }
    const imports = {
      encrypted: await measureImportThroughput(folder, importInto(call, firstDossier), IMPORT_BYTES, 2),
      plain: await measureImportThroughput(folder, importInto(plainCall, firstDossier), IMPORT_BYTES, 2),
    };
    plain.close();
    // After the imports: the attachments they added are part of the first backup.
    const backups = await measureBackupTimes(call);
    console.error(`[bench ${dossiers}] backups: first ${backups.firstMs.toFixed(0)} ms, second ${backups.secondMs.toFixed(0)} ms`);
    return { dossiers: dossierIds.length, betrokkenen, sizeMb, generationSeconds, exportSeconds, unlockMs, plainOpenMs: plain.openMs, rows, imports, backups };
  } finally {
    app.shutdown();
    rmSync(folder, { recursive: true, force: true });
    rmSync(backupFolder, { recursive: true, force: true });
  }
}

const ms = (value: number) => value.toFixed(1);
const ratio = (encrypted: number, plain: number) => (plain > 0 ? (encrypted / plain).toFixed(2) : '–');

function scaleSection(result: ScaleResult): string[] {
  const unlockSorted = [...result.unlockMs].sort((a, b) => a - b);
  const unlockMedian = unlockSorted[2]!;
  const worstInteractive = Math.max(...result.rows.filter((row) => row.interactive).map((row) => row.encrypted.p95));
  const worstRatio = Math.max(...result.rows.map((row) => row.encrypted.p95 / row.plain.p95));
  const report = result.rows.find((row) => !row.interactive)!;
  const { imports, backups } = result;
  return [
    `## ${result.dossiers.toLocaleString('nl-NL')} dossiers`,
    '',
    `Vault: ${result.dossiers.toLocaleString('nl-NL')} dossiers with their history (phases, requests, findings, outcomes), ${result.betrokkenen.toLocaleString('nl-NL')} betrokkenen, ${result.sizeMb.toFixed(0)} MB encrypted (SQLCipher 4); generated in ${result.generationSeconds.toFixed(1)} s, plain copy exported in ${result.exportSeconds.toFixed(1)} s.`,
    `Unlock (PBKDF2-HMAC-SHA512, ${DEFAULT_PBKDF2_ITERATIONS.toLocaleString('nl-NL')} iterations, plus opening and checking the database): median ${unlockMedian.toFixed(0)} ms of 5 (all: ${result.unlockMs.map((value) => value.toFixed(0)).join(', ')} ms). Opening the plain copy: ${result.plainOpenMs.toFixed(1)} ms; the difference is the deliberate key derivation, so no ratio is given for unlock.`,
    '',
    '| action | p50 encrypted | p95 encrypted | max encrypted | p95 plain | ratio p95 encrypted/plain |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...result.rows.map((row) => `| ${row.label} | ${ms(row.encrypted.p50)} | ${ms(row.encrypted.p95)} | ${ms(row.encrypted.max)} | ${ms(row.plain.p95)} | ${ratio(row.encrypted.p95, row.plain.p95)} |`),
    ...(imports ? [importRow(imports)] : []),
    '',
    `Against the targets of issue 13: unlock ${unlockMedian.toFixed(0)} ms (target < 500 ms); slowest interactive p95 ${ms(worstInteractive)} ms (target < 100 ms); annual report p95 ${ms(report.encrypted.p95)} ms (target < 1,000 ms); largest ratio of the actions ${worstRatio.toFixed(2)}${imports ? `, of the attachment import ${(imports.plain.importMbPerSecond / imports.encrypted.importMbPerSecond).toFixed(2)}` : ''} (target < 1.5 for each).`,
    ...(imports && backups ? fileLines(imports, backups) : []),
    '',
  ];
}

function importRow(imports: NonNullable<ScaleResult['imports']>): string {
  return `| Bijlage importeren (MB/s, ${(IMPORT_BYTES / 1e6).toFixed(0)} MB, median of 2; higher is better) | ${imports.encrypted.importMbPerSecond.toFixed(0)} MB/s | | | ${imports.plain.importMbPerSecond.toFixed(0)} MB/s | ${ratio(imports.plain.importMbPerSecond, imports.encrypted.importMbPerSecond)} (time) |`;
}

function fileLines(imports: NonNullable<ScaleResult['imports']>, backups: BackupTimes): string[] {
  const result = { imports, backups };
  return [
    `A plain file copy with fsync on the same disk ran at ${result.imports.encrypted.copyMbPerSecond.toFixed(0)} MB/s: the import reached ${(result.imports.encrypted.importMbPerSecond / result.imports.encrypted.copyMbPerSecond).toFixed(2)} of it (target ≥ 0.5, issue 24 §1). The bare SQLCipher ceiling (1 MiB blobs in one transaction), where attachments were stored before, ran at ${result.imports.encrypted.sqlcipherCeilingMbPerSecond.toFixed(0)} MB/s.`,
    `Backup (issue 24 §2) of this vault into an empty folder on the same disk, through the dispatcher, written and verified: first ${result.backups.firstMs.toFixed(0)} ms (${result.backups.firstCopiedFiles} attachment files copied), second right after it ${result.backups.secondMs.toFixed(0)} ms (${result.backups.secondCopiedFiles} copied); snapshot ${(result.backups.snapshotBytes / 1024 / 1024).toFixed(0)} MB.`,
  ];
}

/**
 * `npm run bench -- --alleen-bijlagen`: only the attachment import against a plain file copy with fsync, three rounds
 * of IMPORT_BYTES each on a vault with a few dossiers; prints the lines of BENCHMARKS.md's attachment section.
 */
async function measureImportOnly(): Promise<void> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'bibob-bench-bijlagen-'));
  const now = () => new Date(`${TODAY}T10:00:00Z`);
  const app = createApp({ dataFolder: folder, actor: 'benchmark', isTrustedSender: () => true, now });
  try {
    const call = caller(app.dispatch);
    await call('vault.create', { passphrase: 'benchmark wachtwoordzin 2026' });
    const { dossierIds } = generate(app.vault.database(), { dossiers: 10, betrokkenenPerDossier: 1, seed: 20261123, today: TODAY });
    const result = await measureImportThroughput(folder, importInto(call, dossierIds[0]!), IMPORT_BYTES, 3);
    console.log(importSection(result).join('\n'));
  } finally {
    app.shutdown();
    rmSync(folder, { recursive: true, force: true });
  }
}

function importSection(result: ImportThroughput): string[] {
  const seconds = (values: readonly number[]) => values.map((value) => value.toFixed(2)).join(', ');
  return [
    '## Importing an attachment (issues 10 and 24)',
    '',
    `Each attachment is its own file in the data folder's bijlagen/, encrypted with its own key (AES-256-GCM, 1 MiB records), fsynced, renamed and then committed (issue 24 §1). Import through the dispatcher (read, SHA-256 and its keyed hash, type detection, encryption, fsync, the row and its audit record) of a fresh ${result.megabytes.toFixed(0)} MB file, against fs.copyFile of the same file on the same disk plus fsync, median of ${result.importSeconds.length} rounds:`,
    '',
    '| | MB/s | seconds per round |',
    '| --- | ---: | ---: |',
    `| Bijlage importeren | ${result.importMbPerSecond.toFixed(0)} | ${seconds(result.importSeconds)} |`,
    `| Kopie met fsync | ${result.copyMbPerSecond.toFixed(0)} | ${seconds(result.copySeconds)} |`,
    '',
    `Import / copy: ${(result.importMbPerSecond / result.copyMbPerSecond).toFixed(2)} (target ≥ 0.5). For comparison, 1 MiB blobs written in one transaction into a bare SQLCipher database (where attachments were stored before migration 029) ran at ${result.sqlcipherCeilingMbPerSecond.toFixed(0)} MB/s.`,
    '',
  ];
}

async function main(): Promise<void> {
  if (process.argv.includes('--alleen-bijlagen')) return measureImportOnly();
  const results: ScaleResult[] = [];
  for (const scale of SCALES) results.push(await measureScale(scale));
  if (ONLY_ACTIONS) {
    console.log(results.flatMap(scaleSection).join('\n'));
    return;
  }
  const letters = await measureLetterGeneration();
  const lines = [
    '# Benchmarks',
    '',
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'onbekende CPU'}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, ${os.type()} ${os.release()}, Node ${process.version}. Run on ${new Date().toISOString().slice(0, 10)}.`,
    `Each action through the IPC dispatcher (validation, service, SQL, audit record with fsync), ${ITERATIONS} times after a warm-up, alternating between the encrypted vault and the plain copy (the annual report ${REPORT_ITERATIONS} times); milliseconds. "Plain" is a copy of the same database, decrypted with PRAGMA rekey and served by the same services.`,
    '',
    ...results.flatMap(scaleSection),
    '## Generating letters (issue 12)',
    '',
    'Template → blocks → .docx in memory, every field filled (lists of 5 items), median of 30 runs; milliseconds.',
    '',
    '| letter | median ms |',
    '| --- | ---: |',
    ...letters.perSoort.map((entry) => `| ${entry.soort} | ${entry.ms.toFixed(1)} |`),
    `| intern-advies of about 20 pages (300 findings, ${(letters.internAdvies20.bytes / 1024).toFixed(0)} KiB .docx) | ${letters.internAdvies20.ms.toFixed(1)} |`,
    '',
    `Median over the letter types: ${[...letters.perSoort].map((entry) => entry.ms).sort((a, b) => a - b)[Math.floor(letters.perSoort.length / 2)]!.toFixed(1)} ms. Target (issue 12): under 100 ms per letter and for the 20-page advice.`,
    '',
    ...importSection(results[0]!.imports!.encrypted),
  ];
  console.log(lines.join('\n'));
  if (!process.env.BENCH_NO_WRITE) writeFileSync(path.resolve(__dirname, '../../BENCHMARKS.md'), lines.join('\n'));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

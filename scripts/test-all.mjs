// `npm test`: every test. Type-check, the Vitest suites (unit + integration), a preview build of the renderer
// and the Playwright end-to-end suite in Debian's Chromium; then one line "N passed, N failed" that sums them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.test-output');
mkdirSync(out, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(label, command, args, env = {}) {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;

if (!run('Typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])) failed += 1;

const vitestReport = path.join(out, 'vitest.json');
rmSync(vitestReport, { force: true });
const vitestOk = run('Unit and integration tests (Vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestReport}`]);
const vitest = readJson(vitestReport);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  if (!vitestOk && vitest.numFailedTests === 0) failed += 1; // e.g. a suite that failed to load
} else {
  failed += 1;
}

const previewBuilt = run('Renderer build for the preview', bin('vite'), ['build', '--config', 'vite.renderer.config.ts', '--mode', 'preview', '--logLevel', 'warn']);
if (!previewBuilt) {
  failed += 1;
} else {
  const playwrightReport = path.join(out, 'playwright.json');
  rmSync(playwrightReport, { force: true });
  const e2eOk = run('End-to-end tests (Playwright, Chromium, browser preview)', bin('playwright'), ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
  });
  const playwright = readJson(playwrightReport);
  if (playwright?.stats) {
    passed += playwright.stats.expected + (playwright.stats.flaky ?? 0);
    failed += playwright.stats.unexpected;
    skipped += playwright.stats.skipped ?? 0;
    if (!e2eOk && playwright.stats.unexpected === 0) failed += 1;
  } else {
    failed += 1;
  }
}

if (!existsSync(path.join(out, 'sqlcipher', 'sqlcipher-check'))) {
  console.log('\nNote: the SQLCipher 4 interoperability test was skipped; build its checker with scripts/build-sqlcipher-check.sh.');
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);

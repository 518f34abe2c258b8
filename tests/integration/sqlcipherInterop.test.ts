import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, testApp, vaultKeyFor } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

const checker = path.resolve(__dirname, '../../.test-output/sqlcipher/sqlcipher-check');
const available = existsSync(checker);
// CI builds the checker (scripts/build-sqlcipher-check.sh); elsewhere the test says it was skipped.
const inCi = process.env.CI === 'true';

function readWithChecker(database: string, hexKey: string, sql: string): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync(checker, [database, hexKey, sql], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: string }).stderr ?? error) };
  }
}

describe('interoperability with SQLCipher 4', () => {
  it('the checker is built in CI', () => {
    if (inCi) expect(available).toBe(true);
  });

  it.skipIf(!available)('Zetetic SQLCipher 4 opens the vault with the vault key, and not without it or with another key', async () => {
    const folder = tempFolder('interop');
    const app = testApp(folder);
    await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
    await callOk(app, 'dossiers.create', { zaaknummer: 'BIBOB-2026-042', toepassingsgebied: 'vastgoed', aanvragerNaam: 'Vastgoed Ĳmond B.V.' });
    await callOk(app, 'vault.lock');
    // The checker gets a copy, so nothing it does can touch the vault.
    const copy = path.join(tempFolder('interop-copy'), 'vault.db');
    copyFileSync(path.join(folder, 'vault.db'), copy);

    const key = (await vaultKeyFor(folder, PASSPHRASE)).toString('hex');
    const keyed = readWithChecker(copy, key, 'SELECT zaaknummer, toepassingsgebied, aanvrager_naam FROM dossier');
    expect(keyed.ok, keyed.output).toBe(true);
    expect(keyed.output).toMatch(/^4\.\d+\.\d+ community$/m);
    expect(keyed.output).toContain('BIBOB-2026-042|vastgoed|Vastgoed Ĳmond B.V.');

    expect(readWithChecker(copy, '-', 'SELECT count(*) FROM dossier').ok).toBe(false);
    expect(readWithChecker(copy, 'ab'.repeat(32), 'SELECT count(*) FROM dossier').ok).toBe(false);
  });
});

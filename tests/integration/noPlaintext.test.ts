import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { filesBelow, removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, testApp } from '../support/testVault';
import { callOk } from '../support/call';
import { SCAN_TIMEOUT_MS, fileContains } from '../support/plaintextScan';

afterEach(removeTempFolders);


describe('no plaintext outside the vault', () => {
  it('after creating a dossier and locking, its aanvrager is in no byte of any file in the data folder or the OS temp folder', async () => {
    const marker = `MARKER-${randomBytes(8).toString('hex')}`;
    const folder = tempFolder('plaintext');
    const app = testApp(folder);
    await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
    const dossier = await callOk(app, 'dossiers.create', {
      zaaknummer: 'BIBOB-2026-100',
      toepassingsgebied: 'horeca',
      aanvragerNaam: `Café ${marker} B.V.`,
    });
    await callOk(app, 'dossiers.list');
    await callOk(app, 'dossiers.get', { id: dossier.id });
    // A migration backup is written on the next unlock of an older vault; here: lock, unlock, lock again.
    await callOk(app, 'vault.lock');
    await callOk(app, 'vault.unlock', { passphrase: PASSPHRASE });
    await callOk(app, 'vault.lock');

    const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
    const dataFiles = filesBelow(folder);
    expect(dataFiles.map((file) => path.basename(file)).sort()).toEqual(['vault.db', 'vault.keys.json']);
    const scanned = [...dataFiles, ...filesBelow(os.tmpdir()).filter((file) => !file.startsWith(folder))];
    const leaks = scanned.filter((file) => needles.some((needle) => fileContains(file, needle)));
    expect(leaks).toEqual([]);
  }, SCAN_TIMEOUT_MS);

  it('the same marker is found when it is written in plaintext (the scan can fail)', () => {
    const marker = Buffer.from(`MARKER-${randomBytes(8).toString('hex')}`);
    const folder = tempFolder('plaintext');
    const file = path.join(folder, 'leak.txt');
    writeFileSync(file, Buffer.concat([randomBytes((1 << 20) - 5), marker]));
    expect(fileContains(file, marker)).toBe(true);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { keepInPackage } from '../../forge.config';
import { filesBelow, removeTempFolders, tempFolder } from '../support/tempFolders';

afterEach(removeTempFolders);

const project = path.resolve(__dirname, '../..');

describe('the packaged app carries the SQLite binding', () => {
  it('copying what the package filter keeps yields a binding that loads and opens an encrypted database', () => {
    const app = tempFolder('package');
    const moduleRoot = path.join(project, 'node_modules/better-sqlite3-multiple-ciphers');
    let kept = 0;
    for (const file of filesBelow(moduleRoot)) {
      const relative = `/${path.relative(project, file).split(path.sep).join('/')}`;
      if (!keepInPackage(relative)) continue;
      const target = path.join(app, relative);
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(file, target);
      kept += 1;
    }
    expect(kept).toBeGreaterThan(5);
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'packaged', main: '.vite/build/main.cjs' }));

    // Resolve the module from inside the copied app, as the installed main bundle would.
    const requireFromApp = createRequire(path.join(app, '.vite/build/main.cjs'));
    const resolved = requireFromApp.resolve('better-sqlite3-multiple-ciphers');
    expect(resolved.startsWith(app)).toBe(true);
    const Database = requireFromApp('better-sqlite3-multiple-ciphers');
    const db = new Database(path.join(app, 'probe.db'));
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    db.pragma(`key="x'${'11'.repeat(32)}'"`);
    db.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('ok')");
    expect(db.prepare('SELECT x FROM t').get()).toEqual({ x: 'ok' });
    db.close();
    // No C sources, no build tree: only what runs.
    expect(filesBelow(path.join(app, 'node_modules')).some((file) => /\.(c|cpp|h|gyp)$/.test(file))).toBe(false);
  });
});

import { isBuiltin } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, loadConfigFromFile, mergeConfig, type InlineConfig } from 'vite';
import { removeTempFolders, tempFolder } from '../support/tempFolders';

afterAll(removeTempFolders);

const project = path.resolve(__dirname, '../..');
const forgeVite = path.join(project, 'node_modules/@electron-forge/plugin-vite/dist/config');

/** Builds one target exactly as `electron-forge package` would: the plugin's config merged with ours. */
async function buildTarget(target: 'main' | 'preload', entry: string, configFile: string, outDir: string): Promise<string> {
  const { getConfig } = (await import(pathToFileURL(path.join(forgeVite, `vite.${target}.config.js`)).href)) as {
    getConfig: (env: unknown, user: unknown) => InlineConfig;
  };
  const user = (await loadConfigFromFile({ command: 'build', mode: 'production' }, path.join(project, configFile)))?.config ?? {};
  const forgeEnv = {
    root: project,
    mode: 'production',
    command: 'build',
    forgeConfig: { build: [], renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }] },
    forgeConfigSelf: { entry, config: configFile, target },
  };
  await build(mergeConfig(getConfig(forgeEnv, user), { configFile: false, logLevel: 'silent', build: { outDir, minify: false } }));
  return readFileSync(path.join(outDir, `${target}.cjs`), 'utf8');
}

function requiredModules(bundle: string): string[] {
  return [...new Set([...bundle.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]!))].sort();
}

describe('Electron bundles built by Forge’s Vite configuration', () => {
  it('main: loads the SQLite binding at run time instead of bundling it, and knows the renderer name', async () => {
    const main = await buildTarget('main', 'main/electron/main.ts', 'vite.main.config.ts', tempFolder('bundle-main'));
    const required = requiredModules(main);
    expect(required).toContain('better-sqlite3-multiple-ciphers');
    expect(required).toContain('electron');
    // Everything else is bundled: only Node's own modules (a bundled package may name one without 'node:') stay.
    expect(required.filter((m) => !isBuiltin(m) && m !== 'electron' && m !== 'better-sqlite3-multiple-ciphers')).toEqual([]);
    // Forge's build-time constants are replaced: the renderer folder is named, no global is left to resolve.
    expect(main).toMatch(/renderer\/main_window|"main_window"/);
    expect(main).not.toContain('MAIN_WINDOW_VITE_NAME');
    expect(main).not.toMatch(/tsx|preview\/server/);
  }, 120_000);

  it('preload: one sandbox-safe file that requires nothing but electron and exposes only window.bibob', async () => {
    const preload = await buildTarget('preload', 'main/electron/preload.ts', 'vite.preload.config.ts', tempFolder('bundle-preload'));
    expect(requiredModules(preload)).toEqual(['electron']);
    expect(preload).toMatch(/exposeInMainWorld\(\s*["']bibob["']/);
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
  }, 120_000);
});

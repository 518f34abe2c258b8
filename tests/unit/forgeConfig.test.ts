import { describe, expect, it } from 'vitest';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import config, { fuses, keepInPackage } from '../../forge.config';

describe('Electron fuses', () => {
  it('are hardened', () => {
    expect(fuses).toMatchObject({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('are applied by the fuses plugin in the Forge configuration', () => {
    const plugin = config.plugins?.find((p) => (p as { name?: string }).name === 'fuses') as { fusesConfig?: unknown } | undefined;
    expect(plugin?.fusesConfig).toEqual(fuses);
  });
});

describe('packaging', () => {
  it('ships the Vite output and the SQLite binding with its prebuilds', () => {
    for (const file of [
      '/package.json',
      '/.vite/build/main.cjs',
      '/.vite/renderer/main_window/index.html',
      '/node_modules',
      '/node_modules/better-sqlite3-multiple-ciphers',
      '/node_modules/better-sqlite3-multiple-ciphers/package.json',
      '/node_modules/better-sqlite3-multiple-ciphers/lib/index.js',
      '/node_modules/better-sqlite3-multiple-ciphers/prebuilds/win32-x64.node',
      '/node_modules/better-sqlite3-multiple-ciphers/prebuilds/linux-x64.node',
    ]) {
      expect(keepInPackage(file), file).toBe(true);
    }
  });

  it('leaves out sources, tests, the preview and every other module', () => {
    for (const file of [
      '/src/contract/index.ts',
      '/main/preview/server.ts',
      '/tests/unit/x.test.ts',
      '/renderer/App.tsx',
      '/node_modules/electron/index.js',
      '/node_modules/better-sqlite3-multiple-ciphers/src/better_sqlite3.cpp',
      '/node_modules/better-sqlite3-multiple-ciphers/deps/sqlite3/sqlite3.c',
      '/node_modules/better-sqlite3-multiple-ciphers-evil/lib/index.js',
      '/dist-preview/index.html',
      '/.git/config',
    ]) {
      expect(keepInPackage(file), file).toBe(false);
    }
  });

  it('the Forge configuration uses that filter, unpacks native binaries from the asar and rebuilds nothing', () => {
    const ignore = config.packagerConfig?.ignore as (file: string) => boolean;
    expect(ignore('/node_modules/better-sqlite3-multiple-ciphers/prebuilds/linux-x64.node')).toBe(false);
    expect(ignore('/src/contract/index.ts')).toBe(true);
    expect(config.packagerConfig?.asar).toEqual({ unpack: '**/*.node' });
    expect(config.rebuildConfig).toEqual({ onlyModules: [] });
  });

  it('has makers for Windows (Squirrel), zip and deb', () => {
    expect(config.makers?.map((maker) => (maker as { name: string }).name).sort()).toEqual(['deb', 'squirrel', 'zip']);
  });
});

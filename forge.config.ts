import type { ForgeConfig } from '@electron-forge/shared-types';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { MakerDeb } from '@electron-forge/maker-deb';
import { VitePlugin } from '@electron-forge/plugin-vite';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** Native modules that Vite leaves external and that the package must carry itself. */
export const NATIVE_MODULES = ['better-sqlite3-multiple-ciphers'] as const;

/** The parts of a native module that load at run time: its manifest, its JavaScript and its N-API prebuilds. */
const nativeRuntimeParts = ['package.json', 'lib', 'prebuilds'];

/**
 * What goes into the package. The Vite plugin's own filter keeps only `.vite/`, which leaves out the SQLite
 * binding ("Cannot find module" in the installed app, see ../shared/design.md); this one keeps the binding too.
 * `file` is a path relative to the project, starting with "/".
 */
export function keepInPackage(file: string): boolean {
  if (file === '' || file === '/package.json' || file === '/node_modules') return true;
  if (file === '/.vite' || file.startsWith('/.vite/')) return true;
  for (const name of NATIVE_MODULES) {
    const root = `/node_modules/${name}`;
    if (file === root) return true;
    for (const part of nativeRuntimeParts) {
      const prefix = `${root}/${part}`;
      if (file === prefix || file.startsWith(`${prefix}/`)) return true;
    }
  }
  return false;
}

export const fuses = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const;

const config: ForgeConfig = {
  packagerConfig: {
    name: 'Bibob Werkbank',
    executableName: 'bibob-werkbank',
    // The .node binaries cannot be loaded from inside the asar archive.
    asar: { unpack: '**/*.node' },
    ignore: (file: string) => !keepInPackage(file),
  },
  // better-sqlite3-multiple-ciphers 13 ships N-API prebuilds that work in Electron as they are: rebuild nothing.
  rebuildConfig: { onlyModules: [] },
  makers: [
    new MakerSquirrel({ name: 'bibob_werkbank' }),
    new MakerZIP({}, ['win32', 'linux', 'darwin']),
    new MakerDeb({ options: { name: 'bibob-werkbank', productName: 'Bibob Werkbank', categories: ['Office'] } }),
  ],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'main/electron/main.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'main/electron/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    }),
    new FusesPlugin(fuses),
  ],
};

export default config;

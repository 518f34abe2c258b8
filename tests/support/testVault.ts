import { createApp, type App, type AppOptions } from '../../main/app';
import { Vault, type VaultOptions } from '../../main/vault/vault';
import { MIN_PBKDF2_ITERATIONS, derivePassphraseKey, unwrapKey } from '../../main/vault/keyCrypto';
import { readKeyFile } from '../../main/vault/keyFile';
import { vaultFiles } from '../../main/vault/vaultFiles';
import type { SenderInfo } from '../../main/ipc/dispatch';
import type { ExportTarget } from '../../main/services/context';

export const PASSPHRASE = 'correct paard batterij niet';
export const OTHER_PASSPHRASE = 'een heel andere wachtzin 42';

/** Tests use the smallest iteration count the key file accepts, to stay quick. */
export const TEST_ITERATIONS = MIN_PBKDF2_ITERATIONS;

export function testVault(options: Partial<VaultOptions> & { dataFolder: string }): Vault {
  return new Vault({ pbkdf2Iterations: TEST_ITERATIONS, ...options });
}

export const trustedSender: SenderInfo = { url: 'app://bibob/index.html', isMainFrame: true };

/** Exports made in tests land here instead of on disk. */
export const exports: { name: string; content: string }[] = [];

const memoryExportTarget: ExportTarget = {
  async saveText(name, content) {
    exports.push({ name, content });
    return `memory:${name}`;
  },
};

export function testApp(dataFolder: string, options: Partial<Omit<AppOptions, 'dataFolder'>> = {}): App {
  return createApp({
    dataFolder,
    actor: 'testcoördinator',
    pbkdf2Iterations: TEST_ITERATIONS,
    exportTarget: memoryExportTarget,
    isTrustedSender: (sender) => sender.url === trustedSender.url && sender.isMainFrame,
    ...options,
  });
}

/** Test-only: the vault key, unwrapped from the key file with the passphrase, as the app does on unlock. */
export async function vaultKeyFor(dataFolder: string, passphrase: string): Promise<Buffer> {
  const keyFile = readKeyFile(vaultFiles(dataFolder).keyFile);
  const wrapping = await derivePassphraseKey(passphrase, Buffer.from(keyFile.passphrase.salt, 'base64'), keyFile.passphrase.iterations);
  const key = unwrapKey(keyFile.passphrase.wrapped, wrapping, keyFile.vaultId, 'passphrase');
  if (!key) throw new Error('wrong passphrase in test');
  return key;
}

/**
 * Calls the dispatcher as the app's window would and returns the envelope, with any name and payload: for the
 * malformed payloads and unknown calls a test sends on purpose. Well-formed calls go through callOk/callErr of
 * ./call.ts, typed by the contract.
 */
export function call(app: App, name: string, payload: unknown = {}) {
  return app.dispatch(name, payload, trustedSender);
}

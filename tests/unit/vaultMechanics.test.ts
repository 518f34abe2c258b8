import { describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { AttemptThrottle, failureDelayMs } from '../../main/vault/attemptThrottle';
import { IdleLock } from '../../main/services/idleLock';
import { resolveAppAsset } from '../../main/electron/appProtocol';
import { resolveDataFolder } from '../../main/vault/vaultFiles';

describe('delay after wrong passphrases', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 0],
    [3, 1000],
    [4, 2000],
    [5, 4000],
    [10, 128_000],
    [11, 256_000],
    [12, 300_000],
    [50, 300_000],
  ])('after %i failures: %i ms', (failures, delay) => {
    expect(failureDelayMs(failures)).toBe(delay);
  });

  it('is cleared by a success', () => {
    let now = 0;
    const throttle = new AttemptThrottle(() => now);
    for (let i = 0; i < 4; i += 1) throttle.recordFailure();
    expect(() => throttle.assertAllowed()).toThrow(expect.objectContaining({ code: 'TOO_MANY_ATTEMPTS', details: { retryAfterMs: 2000 } }));
    now = 2000;
    throttle.assertAllowed();
    throttle.recordSuccess();
    throttle.recordFailure();
    expect(() => throttle.assertAllowed()).not.toThrow();
  });
});

describe('idle lock (main process backstop)', () => {
  it('locks after the timeout plus a minute without calls, and not before', () => {
    let now = 0;
    const onIdle = vi.fn();
    const idle = new IdleLock(() => now, onIdle);
    idle.setTimeoutMinutes(10);
    now = 10 * 60_000;
    expect(idle.check()).toBe(false);
    now = 11 * 60_000 - 1;
    expect(idle.check()).toBe(false);
    now = 11 * 60_000;
    expect(idle.check()).toBe(true);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('starts counting again on every call', () => {
    let now = 0;
    const onIdle = vi.fn();
    const idle = new IdleLock(() => now, onIdle);
    idle.setTimeoutMinutes(1);
    now = 100_000;
    idle.touch();
    now = 100_000 + 119_999;
    expect(idle.check()).toBe(false);
    expect(onIdle).not.toHaveBeenCalled();
  });
});

describe('app:// protocol file resolution', () => {
  const root = path.resolve('/opt/app/.vite/renderer/main_window');

  it.each([
    ['app://bibob/', path.join(root, 'index.html')],
    ['app://bibob/index.html', path.join(root, 'index.html')],
    ['app://bibob/assets/index-abc.js', path.join(root, 'assets/index-abc.js')],
    ['app://bibob/assets/../index.html', path.join(root, 'index.html')],
    // The URL parser folds encoded dots itself: this stays inside the build.
    ['app://bibob/%2e%2e/%2e%2e/main.cjs', path.join(root, 'main.cjs')],
  ])('%s → a file inside the build', (url, file) => {
    expect(resolveAppAsset(root, url, 'app://bibob')).toBe(file);
  });

  it.each([
    'app://bibob/..%2F..%2Fbuild%2Fmain.cjs',
    'app://bibob/%00.js',
    'app://other/index.html',
    'https://bibob/index.html',
    'app://bibob/%E0%A4%A',
  ])('%s → refused', (url) => {
    expect(resolveAppAsset(root, url, 'app://bibob')).toBeNull();
  });
});

describe('data folder', () => {
  it('is the user app data unless BIBOB_WERKBANK_DATA names another', () => {
    expect(resolveDataFolder({}, '/home/c/.config/Bibob Werkbank')).toBe(path.join('/home/c/.config/Bibob Werkbank', 'vault'));
    expect(resolveDataFolder({ BIBOB_WERKBANK_DATA: '/mnt/usb/werkbank' }, '/home/c')).toBe(path.resolve('/mnt/usb/werkbank'));
    expect(resolveDataFolder({ BIBOB_WERKBANK_DATA: '  ' }, '/home/c')).toBe(path.join('/home/c', 'vault'));
  });
});

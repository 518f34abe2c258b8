import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  denyNavigation,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  developmentContentSecurityPolicy,
  isTrustedSender,
  mainWindowOptions,
} from '../../main/electron/security';

describe('main window options', () => {
  for (const packaged of [true, false]) {
    it(`isolate the untrusted renderer (packaged: ${packaged})`, () => {
      const { webPreferences } = mainWindowOptions('/app/.vite/build/preload.cjs', packaged);
      expect(webPreferences).toMatchObject({
        preload: '/app/.vite/build/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: false,
      });
      // A partition without "persist:" lives in memory only.
      expect(webPreferences?.partition).not.toMatch(/^persist:/);
      expect(webPreferences?.devTools).toBe(!packaged);
    });
  }
});

describe('Content-Security-Policy of the package', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name!, values] as const;
  }));

  it('allows only the app itself and no inline script or eval', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('relaxes only for the local Vite dev server during development', () => {
    const dev = developmentContentSecurityPolicy('http://localhost:5173/');
    expect(dev).toContain('http://localhost:5173');
    expect(dev).toContain('ws://localhost:5173');
    expect(dev).not.toMatch(/https?:\/\/(?!localhost:5173)/);
  });
});

describe('navigation, new windows and permissions', () => {
  it('prevents every navigation away from the app', () => {
    const event = { preventDefault: vi.fn() };
    denyNavigation(event as never);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('denies window.open', () => {
    expect(denyWindowOpen({ url: 'https://example.org', frameName: '', features: '', disposition: 'new-window', referrer: {} } as never)).toEqual({ action: 'deny' });
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem'])('refuses the %s permission', (permission) => {
    const callback = vi.fn();
    denyPermissionRequest(null, permission, callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe('trusted sender', () => {
  it.each([
    [{ url: 'app://bibob/index.html', isMainFrame: true }, undefined, true],
    [{ url: 'app://bibob/', isMainFrame: false }, undefined, false],
    [{ url: 'app://evil/index.html', isMainFrame: true }, undefined, false],
    [{ url: 'https://bibob/index.html', isMainFrame: true }, undefined, false],
    [{ url: 'file:///C:/app/index.html', isMainFrame: true }, undefined, false],
    [{ url: 'http://localhost:5173/', isMainFrame: true }, undefined, false],
    [{ url: 'http://localhost:5173/', isMainFrame: true }, 'http://localhost:5173/', true],
    [{ url: 'http://localhost:5174/', isMainFrame: true }, 'http://localhost:5173/', false],
    [{ url: 'niet een url', isMainFrame: true }, undefined, false],
    [{ url: undefined, isMainFrame: true }, undefined, false],
  ])('%o with dev server %s → %s', (sender, devServer, trusted) => {
    expect(isTrustedSender(sender, devServer)).toBe(trusted);
  });
});

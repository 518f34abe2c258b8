import type { BrowserWindowConstructorOptions, Event, HandlerDetails, PermissionRequest, WebContents, WindowOpenHandlerResponse } from 'electron';
import type { SenderInfo } from '../ipc/dispatch';

/** The app is served from this origin by the custom protocol (main/electron/appProtocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bibob';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The Content-Security-Policy of the packaged app: only its own files, no inline script, no remote origin,
 * nothing framed, no plugins. Sent as a response header by the protocol handler.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * During `npm start` (never in a package) Vite's dev server needs its own origin, websocket and the inline
 * preamble of React refresh; see the trap in ../shared/design.md.
 */
export function developmentContentSecurityPolicy(devServerUrl: string): string {
  const origin = new URL(devServerUrl).origin;
  const socket = origin.replace(/^http/, 'ws');
  return [
    "default-src 'none'",
    `script-src 'self' ${origin} 'unsafe-inline'`,
    `style-src 'self' ${origin} 'unsafe-inline'`,
    `img-src 'self' ${origin} data: blob:`,
    `font-src 'self' ${origin}`,
    `connect-src 'self' ${origin} ${socket}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The main window's options: the renderer is untrusted and gets no Node, no remote content, no devtools in a package. */
export function mainWindowOptions(preloadPath: string, packaged: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Bibob Werkbank',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Spell-check dictionaries are downloaded from a remote server: off.
      spellcheck: false,
      devTools: !packaged,
      // An in-memory session: no cookies, storage or cache of the renderer reach the disk.
      partition: 'bibob-werkbank',
      safeDialogs: true,
    },
  };
}

/** Only the app's own top frame may call the contract. */
export function isTrustedSender(sender: SenderInfo, devServerUrl?: string): boolean {
  if (!sender.isMainFrame || !sender.url) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  return devServerUrl !== undefined && url.origin === new URL(devServerUrl).origin;
}

/** will-navigate / will-redirect / will-attach-webview: the window never leaves the app. */
export function denyNavigation(event: Event): void {
  event.preventDefault();
}

/** window.open and target=_blank: no new windows, and no hand-off to another program. */
export function denyWindowOpen(_details: HandlerDetails): WindowOpenHandlerResponse {
  return { action: 'deny' };
}

/** Camera, microphone, notifications, geolocation, clipboard, …: all refused. */
export function denyPermissionRequest(
  _contents: WebContents | null,
  _permission: string,
  callback: (granted: boolean) => void,
  _details?: PermissionRequest,
): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

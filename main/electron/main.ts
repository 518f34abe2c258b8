import { app, BrowserWindow, ipcMain, protocol, session, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { IPC_CHANNEL } from '../../src/contract';
import { createApp, type App } from '../app';
import { resolveDataFolder } from '../vault/vaultFiles';
import { contentTypeFor, resolveAppAsset } from './appProtocol';
import { saveDialogExportTarget } from './exportTarget';
import { electronPdfPrinter } from './pdfPrinter';
import { electronPagePrinter } from './pagePrinter';
import { dialogImportSource, saveDialogPathChooser } from './importSource';
import { dialogBackupFolders } from './backupFolders';
import {
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  denyNavigation,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  developmentContentSecurityPolicy,
  isTrustedSender,
  mainWindowOptions,
} from './security';

const devServerUrl = MAIN_WINDOW_VITE_DEV_SERVER_URL;
const rendererRoot = path.join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}`);

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();
// The renderer's own controls (date pickers) in Dutch, whatever the system's language.
app.commandLine.appendSwitch('lang', 'nl-NL');

function isAllowedRequest(url: string): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('devtools:')) return true;
  return !app.isPackaged && devServerUrl !== undefined && (url.startsWith(new URL(devServerUrl).origin) || url.startsWith(new URL(devServerUrl).origin.replace(/^http/, 'ws')));
}

function secureSession(ses: Session): void {
  ses.setPermissionRequestHandler(denyPermissionRequest);
  ses.setPermissionCheckHandler(denyPermissionCheck);
  // No remote content: every request that is not the app's own is cancelled.
  ses.webRequest.onBeforeRequest((details, respond) => respond({ cancel: !isAllowedRequest(details.url) }));
  ses.protocol.handle('file', () => new Response('file:// is niet toegestaan', { status: 403 }));
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppAsset(rendererRoot, request.url, APP_ORIGIN);
    if (!file) return new Response('Niet gevonden', { status: 404 });
    try {
      return new Response(await readFile(file), {
        headers: {
          'Content-Type': contentTypeFor(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        },
      });
    } catch {
      return new Response('Niet gevonden', { status: 404 });
    }
  });
  if (!app.isPackaged && devServerUrl) {
    const policy = developmentContentSecurityPolicy(devServerUrl);
    ses.webRequest.onHeadersReceived((details, respond) =>
      respond({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } }),
    );
  }
}

function createWindow(ses: Session): BrowserWindow {
  const options = mainWindowOptions(path.join(__dirname, 'preload.cjs'), app.isPackaged);
  const window = new BrowserWindow({ ...options, webPreferences: { ...options.webPreferences, session: ses, partition: undefined } });
  window.removeMenu();
  window.once('ready-to-show', () => window.show());
  void window.loadURL(!app.isPackaged && devServerUrl ? devServerUrl : `${APP_ORIGIN}/index.html`);
  return window;
}

function start(): void {
  let bibob: App | null = null;

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', denyNavigation);
    contents.on('will-redirect', denyNavigation);
    contents.on('will-attach-webview', denyNavigation);
    contents.setWindowOpenHandler(denyWindowOpen);
  });

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => bibob?.shutdown());

  void app.whenReady().then(() => {
    // Not persisted: the renderer's storage and cache stay in memory.
    const ses = session.fromPartition('bibob-werkbank');
    secureSession(ses);
    const dialogOwner = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null;
    bibob = createApp({
      dataFolder: resolveDataFolder(process.env, app.getPath('userData')),
      actor: os.userInfo().username,
      isTrustedSender: (sender) => isTrustedSender(sender, app.isPackaged ? undefined : devServerUrl),
      exportTarget: { ...saveDialogExportTarget(dialogOwner), chooseSavePath: saveDialogPathChooser(dialogOwner) },
      importSource: dialogImportSource(dialogOwner),
      backupFolders: dialogBackupFolders(dialogOwner),
      pdfPrinter: electronPdfPrinter(),
      pagePrinter: electronPagePrinter(),
    });
    bibob.idle.start();
    const dispatch = bibob.dispatch;
    ipcMain.handle(IPC_CHANNEL, (event, name: unknown, payload: unknown) =>
      dispatch(name, payload, {
        url: event.senderFrame?.url,
        isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
      }),
    );
    createWindow(ses);
  });
}

if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}

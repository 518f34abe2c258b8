import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, mkdtempSync, realpathSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp, type App } from '../app';
import { DATA_FOLDER_ENV } from '../vault/vaultFiles';
import { folderExportTarget } from './folderExportTarget';
import type { BackupFolderSource, ExportTarget, ImportSource } from '../services/context';
import { contentTypeFor, resolveAppAsset } from '../electron/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../electron/security';
import { preloadOnlyCalls, type CallName } from '../../src/contract';

/**
 * DEVELOPMENT ONLY: serves the renderer build and the real main/ipc dispatcher over HTTP on 127.0.0.1, so the
 * UI can be used and tested where no Electron binary runs. Not part of the packaged app (Forge builds only
 * main/electron). Guarded by a random per-run token and a Host check against DNS rebinding.
 */
export interface PreviewOptions {
  readonly dataFolder: string;
  readonly staticRoot: string;
  readonly port?: number;
  readonly pbkdf2Iterations?: number;
  /** The services' clock; tests fix "today" so that dates relative to it do not drift with the calendar. */
  readonly now?: () => Date;
  /** Where exports go (the preview has no save dialog); never inside the data folder. */
  readonly exportFolder?: string;
  /**
   * The preview's stand-in for the open dialog of an attachment import: "choosing files" takes the regular files
   * directly in this folder (at most 20), and a file dropped on the page is the file of that name here (see
   * droppedPaths). Without it, importing is not possible in the preview.
   *
   * There is deliberately no upload route: the attachment store imports from a path (it streams, hashes and checks
   * a regular file), and turning an uploaded body into a path would mean a plaintext temporary file, which nothing
   * in this app writes. Files the developer already has on disk are imported from where they are instead.
   */
  readonly importFolder?: string;
  /**
   * The preview's stand-in for the folder dialog of the backups: "choosing a folder", for a backup or a restore,
   * always chooses this one. Without it, a new temporary folder (outside the data folder) is used.
   */
  readonly backupFolder?: string;
}

/** Name of the environment variable that sets the preview's "now" (an ISO date-time), for end-to-end tests. */
export const PREVIEW_NOW_ENV = 'BIBOB_PREVIEW_NOW';

/**
 * A clock that starts at `start` and runs on from there, or null when `start` is not a date-time. Tests use it so
 * that "today" (deadlines, overdue markers, lapsed terms) is the same whenever they run.
 */
export function clockStartingAt(start: string | undefined): (() => Date) | null {
  const startMs = start ? Date.parse(start) : Number.NaN;
  if (Number.isNaN(startMs)) return null;
  const offset = startMs - Date.now();
  return () => new Date(Date.now() + offset);
}

/** Name of the environment variable with the preview's import folder. */
export const PREVIEW_IMPORT_FOLDER_ENV = 'BIBOB_PREVIEW_IMPORT_FOLDER';
/** Where the preview writes exports (tests read them there); a new temporary folder when unset. */
export const PREVIEW_EXPORT_FOLDER_ENV = 'BIBOB_PREVIEW_EXPORT_FOLDER';

/** Name of the environment variable with the folder the preview's folder dialog of the backups chooses. */
export const PREVIEW_BACKUP_FOLDER_ENV = 'BIBOB_PREVIEW_BACKUP_FOLDER';

/** The preview's folder dialog of the backups: it always chooses `folder`, created when missing. Development only. */
export function fixedBackupFolders(folder: string): BackupFolderSource {
  return {
    async chooseFolder() {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      return folder;
    },
  };
}

/** The regular files directly in `folder`, sorted by name: what the preview's "open dialog" chooses. */
export function folderImportSource(folder: string): ImportSource {
  return {
    async chooseFiles() {
      const entries = await readdir(folder, { withFileTypes: true });
      return entries
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name)
        .sort()
        .slice(0, 20)
        .map((name) => ({ path: path.join(folder, name), name }));
    },
    /** The package of the overdracht: the last (by name) `.bibob-overdracht` file directly in the folder. */
    async choosePackage() {
      const entries = await readdir(folder, { withFileTypes: true });
      const name = entries
        .filter((entry) => entry.isFile() && entry.name.endsWith('.bibob-overdracht'))
        .map((entry) => entry.name)
        .sort()
        .pop();
      return name ? { path: path.join(folder, name), name } : null;
    },
  };
}

/**
 * The preview's stand-in for what the preload does with dropped files (it asks Electron for their paths): a
 * dropped file is the file of the same name in the import folder. Only the base name counts, so a name cannot
 * reach outside that folder. Without an import folder nothing can be dropped; anything but a list of names
 * yields a payload the contract refuses.
 */
export function droppedPaths(importFolder: string | undefined, namen: unknown): unknown {
  if (!Array.isArray(namen)) return namen;
  if (!importFolder) return [];
  return namen.map((naam) => (typeof naam === 'string' ? path.join(path.resolve(importFolder), path.basename(naam)) : naam));
}

/** The folder export target, plus the path choice for exported attachments: a new file in the same folder. */
function previewExportTarget(folder: string): ExportTarget {
  return {
    ...folderExportTarget(folder),
    async chooseSavePath(suggestedName) {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      const file = path.join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${path.basename(suggestedName)}`);
      console.log(`Export: ${file}`);
      return file;
    },
  };
}

export interface PreviewServer {
  readonly url: string;
  readonly token: string;
  readonly app: App;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The page's assets are fetched with a cookie, since a `<script src>` cannot carry a header. Browsers send a cookie
 * for 127.0.0.1 to every port of that host, so any other local server would receive it: the cookie therefore holds
 * its own random asset key, never the IPC token, and its name carries the port so that two previews do not
 * overwrite each other's. Knowing the asset key gets the renderer's code, which holds no dossier data; every call
 * needs the token from the page's URL in the `X-Bibob-Token` header.
 */
function assetCookieName(port: number): string {
  return `bibob_preview_assets_${port}`;
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(request: IncomingMessage, cookieName: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookieName) return value.join('=');
  }
  return undefined;
}

function send(response: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...headers,
  });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const token = randomBytes(24).toString('base64url');
  const assetKey = randomBytes(24).toString('base64url');
  const app = createApp({
    dataFolder: options.dataFolder,
    actor: `${os.userInfo().username} (preview)`,
    // The token and Host checks below stand in for Electron's sender-frame check.
    isTrustedSender: () => true,
    exportTarget: previewExportTarget(options.exportFolder ?? path.join(realpathSync(os.tmpdir()), `bibob-preview-exports-${randomBytes(6).toString('hex')}`)),
    ...(options.importFolder ? { importSource: folderImportSource(path.resolve(options.importFolder)) } : {}),
    backupFolders: fixedBackupFolders(path.resolve(options.backupFolder ?? path.join(realpathSync(os.tmpdir()), `bibob-preview-backups-${randomBytes(6).toString('hex')}`))),
    ...(options.pbkdf2Iterations ? { pbkdf2Iterations: options.pbkdf2Iterations } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  app.idle.start();
  let allowedHosts: string[] = [];
  let listeningPort = 0;
  const origin = () => `http://${allowedHosts[0]}`;

  const server: Server = createServer(async (request, response) => {
    try {
      if (!allowedHosts.includes(request.headers.host ?? '')) return send(response, 421, 'Onbekende host');
      const url = new URL(request.url ?? '/', origin());

      if (url.pathname === '/ipc' || url.pathname === '/drop') {
        if (request.method !== 'POST') return send(response, 405, 'Alleen POST');
        if (!sameSecret(request.headers['x-bibob-token'] as string | undefined, token)) return send(response, 403, 'Geen toegang');
        const requestOrigin = request.headers.origin;
        if (requestOrigin !== undefined && !allowedHosts.some((host) => requestOrigin === `http://${host}`)) {
          return send(response, 403, 'Geen toegang');
        }
        if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return send(response, 415, 'Alleen JSON');
        const body = await readBody(request);
        if (body === null) return send(response, 413, 'Te groot');
        let message: { name?: unknown; payload?: unknown; dossierId?: unknown; namen?: unknown };
        try {
          message = JSON.parse(body) as typeof message;
        } catch {
          message = {};
        }
        const sender = { url: origin(), isMainFrame: true };
        // What the preload alone may send (paths of dropped files) is not a renderer call: over HTTP it is unknown,
        // as it is to the renderer in the app. Dropped files come through /drop, which takes names in the import folder.
        if (url.pathname === '/ipc' && preloadOnlyCalls.includes(message?.name as CallName)) {
          return send(response, 200, JSON.stringify({ ok: false, error: { code: 'UNKNOWN_CALL', message: 'Onbekende opdracht.' } }), {
            'Content-Type': 'application/json; charset=utf-8',
          });
        }
        const result =
          url.pathname === '/ipc'
            ? await app.dispatch(message?.name, message?.payload, sender)
            : await app.dispatch('bijlagen.importPaths', { dossierId: message?.dossierId, paden: droppedPaths(options.importFolder, message?.namen) }, sender);
        return send(response, 200, JSON.stringify(result), { 'Content-Type': 'application/json; charset=utf-8' });
      }

      if (request.method !== 'GET') return send(response, 405, 'Alleen GET');
      const isPage = url.pathname === '/' || url.pathname === '/index.html';
      if (isPage) {
        if (!sameSecret(url.searchParams.get('token') ?? undefined, token)) return send(response, 403, 'Geen toegang: open de URL met het token die de preview toonde.');
      } else if (!sameSecret(cookieValue(request, assetCookieName(listeningPort)), assetKey)) {
        return send(response, 403, 'Geen toegang');
      }
      const file = resolveAppAsset(options.staticRoot, `${origin()}${url.pathname}`, origin());
      if (!file) return send(response, 404, 'Niet gevonden');
      let content: Buffer;
      try {
        content = await readFile(file);
      } catch {
        return send(response, 404, 'Niet gevonden');
      }
      const headers: Record<string, string> = { 'Content-Type': contentTypeFor(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY };
      if (isPage) headers['Set-Cookie'] = `${assetCookieName(listeningPort)}=${assetKey}; HttpOnly; SameSite=Strict; Path=/`;
      return send(response, 200, content, headers);
    } catch {
      return send(response, 500, 'Interne fout');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  listeningPort = port;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    app,
    close: () =>
      new Promise<void>((resolve) => {
        app.shutdown();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function main(): Promise<void> {
  if (process.versions.electron) throw new Error('De preview draait niet in Electron.');
  const dataFolder = process.env[DATA_FOLDER_ENV]?.trim()
    ? path.resolve(process.env[DATA_FOLDER_ENV]!.trim())
    : mkdtempSync(path.join(realpathSync(os.tmpdir()), 'bibob-preview-'));
  const preview = await startPreviewServer({
    dataFolder,
    staticRoot: path.resolve(__dirname, '../../dist-preview'),
    port: process.env.BIBOB_PREVIEW_PORT ? Number(process.env.BIBOB_PREVIEW_PORT) : 0,
    ...(process.env[PREVIEW_IMPORT_FOLDER_ENV]?.trim() ? { importFolder: process.env[PREVIEW_IMPORT_FOLDER_ENV]!.trim() } : {}),
    ...(process.env[PREVIEW_BACKUP_FOLDER_ENV]?.trim() ? { backupFolder: path.resolve(process.env[PREVIEW_BACKUP_FOLDER_ENV]!.trim()) } : {}),
    ...(process.env[PREVIEW_EXPORT_FOLDER_ENV]?.trim() ? { exportFolder: path.resolve(process.env[PREVIEW_EXPORT_FOLDER_ENV]!.trim()) } : {}),
    ...(clockStartingAt(process.env[PREVIEW_NOW_ENV]) ? { now: clockStartingAt(process.env[PREVIEW_NOW_ENV])! } : {}),
  });
  console.log(`Kluismap: ${dataFolder}`);
  console.log(`Preview: ${preview.url}`);
  const stop = () => void preview.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  void main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

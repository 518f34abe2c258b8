import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { droppedPaths, startPreviewServer, type PreviewServer } from '../../main/preview/server';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, TEST_ITERATIONS } from '../support/testVault';

let preview: PreviewServer;
let port: number;

beforeAll(async () => {
  const staticRoot = tempFolder('preview-static');
  mkdirSync(path.join(staticRoot, 'assets'));
  writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(path.join(staticRoot, 'assets', 'app.js'), 'console.log(1)');
  preview = await startPreviewServer({ dataFolder: tempFolder('preview-data'), staticRoot, pbkdf2Iterations: TEST_ITERATIONS });
  port = Number(new URL(preview.url).port);
});

afterAll(async () => {
  await preview.close();
  removeTempFolders();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so that the Host header can be anything (fetch does not let a test forge it). */
function send(options: { method?: string; path: string; host?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { Host: options.host ?? `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

function ipc(name: string, payload: unknown, headers: Record<string, string> = {}) {
  return send({
    method: 'POST',
    path: '/ipc',
    headers: { 'Content-Type': 'application/json', 'X-Bibob-Token': preview.token, ...headers },
    body: JSON.stringify({ name, payload }),
  });
}

describe('development preview server', () => {
  it('listens on the loopback address only and prints a URL with a long random token', () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
  });

  it('serves the page only with the token, with the strict CSP and a same-site cookie for the assets', async () => {
    expect((await send({ path: '/' })).status).toBe(403);
    expect((await send({ path: '/?token=wrong' })).status).toBe(403);
    const page = await send({ path: `/?token=${preview.token}` });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect((await send({ path: '/assets/app.js' })).status).toBe(403);
    const asset = await send({ path: '/assets/app.js', headers: { Cookie: cookie.split(';')[0]! } });
    expect(asset.status).toBe(200);
    expect((await send({ path: '/../../etc/passwd', headers: { Cookie: cookie.split(';')[0]! } })).status).toBe(404);
  });

  it('keeps the IPC token out of the cookie, which every server on 127.0.0.1 would receive, and names the cookie by its port', async () => {
    const page = await send({ path: `/?token=${preview.token}` });
    const [pair] = String(page.headers['set-cookie']).split(';');
    const [name, value] = pair!.split('=');
    expect(name).toBe(`bibob_preview_assets_${port}`);
    expect(value).not.toContain(preview.token);
    expect(String(page.headers['set-cookie'])).not.toContain(preview.token);
    // What the cookie holds opens no call.
    expect((await ipc('vault.status', {}, { 'X-Bibob-Token': value! })).status).toBe(403);
    // The token does not open the assets either: it is not the asset key.
    expect((await send({ path: '/assets/app.js', headers: { Cookie: `bibob_preview_assets_${port}=${preview.token}` } })).status).toBe(403);
  });

  it('serves only the calls of the renderer: the preload-only import of paths is unknown over /ipc', async () => {
    const imported = await ipc('bijlagen.importPaths', { dossierId: 'x', paden: ['/etc/hostname'] });
    expect(imported.status).toBe(200);
    expect(JSON.parse(imported.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect((await send({ path: `/?token=${preview.token}`, host: 'evil.example' })).status).toBe(421);
    expect((await send({ path: `/?token=${preview.token}`, host: `evil.example:${port}` })).status).toBe(421);
    expect((await ipc('vault.status', {}).then(() => send({ method: 'POST', path: '/ipc', host: 'attacker.test', body: '{}' }))).status).toBe(421);
  });

  it('refuses calls without the token, from a foreign origin, or not as JSON', async () => {
    expect((await ipc('vault.status', {}, { 'X-Bibob-Token': 'guess' })).status).toBe(403);
    expect((await ipc('vault.status', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await ipc('vault.status', {}, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await send({ path: '/ipc' })).status).toBe(405);
  });

  it('runs the real dispatcher: validation, vault creation and status', async () => {
    const malformed = await ipc('vault.create', { passphrase: 'kort' });
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const created = await ipc('vault.create', { passphrase: PASSPHRASE });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { recoveryKey: expect.any(String) } });
    const status = await ipc('vault.status', {}, { Origin: `http://127.0.0.1:${port}` });
    expect(JSON.parse(status.body)).toEqual({ ok: true, value: { state: 'unlocked', recoveryKeyConfirmed: false } });
    const garbage = await send({ method: 'POST', path: '/ipc', headers: { 'Content-Type': 'application/json', 'X-Bibob-Token': preview.token }, body: '{niet json' });
    expect(JSON.parse(garbage.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
  });
});

describe('files dropped on the preview', () => {
  it('are the files of the same base name in the import folder: a name cannot reach outside it', () => {
    const folder = path.resolve('/tmp/bibob-import');
    expect(droppedPaths(folder, ['a.pdf', '../../etc/passwd', 'sub/b.txt'])).toEqual([path.join(folder, 'a.pdf'), path.join(folder, 'passwd'), path.join(folder, 'b.txt')]);
  });

  it('without an import folder nothing can be dropped; anything but a list of names is left for the contract to refuse', () => {
    expect(droppedPaths(undefined, ['a.pdf'])).toEqual([]);
    expect(droppedPaths('/tmp/x', 'a.pdf')).toBe('a.pdf');
    expect(droppedPaths('/tmp/x', [42])).toEqual([42]);
  });

  it('go through the token check and the contract of bijlagen.importPaths', async () => {
    const drop = (headers: Record<string, string>, body: unknown) =>
      send({ method: 'POST', path: '/drop', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
    expect((await drop({}, { dossierId: 'x', namen: ['a.pdf'] })).status).toBe(403);
    const refused = await drop({ 'X-Bibob-Token': preview.token }, { dossierId: 'x', namen: ['a.pdf'] });
    expect(refused.status).toBe(200);
    const envelope = JSON.parse(refused.body) as { ok: boolean; error?: { code: string } };
    expect(envelope.ok).toBe(false);
    // This preview has no import folder: an empty list of paths, refused like any invalid payload.
    expect(envelope.error?.code).toBe('VALIDATION');
  });
});

describe('the preview clock for end-to-end tests', () => {
  it('starts at the given date-time and runs on; ignores what is not a date-time', async () => {
    const { clockStartingAt } = await import('../../main/preview/server');
    const clock = clockStartingAt('2026-11-23T10:00:00Z')!;
    const first = clock().getTime();
    expect(Math.abs(first - Date.parse('2026-11-23T10:00:00Z'))).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(clock().getTime()).toBeGreaterThan(first);
    expect(clockStartingAt('gisteren')).toBeNull();
    expect(clockStartingAt(undefined)).toBeNull();
  });
});

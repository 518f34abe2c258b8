import { buildApi, type BibobApi, type CallName } from '../src/contract';
import type { DroppedFilesApi } from '../src/contract/attachmentCalls';
import { BibobError, type Envelope } from '../src/contract/errors';

declare global {
  interface Window {
    /** Exposed by the preload (main/electron/preload.ts) through contextBridge, with `bijlagen.importDropped`. */
    bibob?: BibobApi & { readonly bijlagen: BibobApi['bijlagen'] & Partial<DroppedFilesApi> };
  }
}

/**
 * In the development-only browser preview (a Vite build with mode "preview") there is no preload: calls go
 * over HTTP to the preview server on 127.0.0.1, carrying the per-run token from the page's URL. This branch is
 * removed from every other build because `import.meta.env.MODE` is replaced by a constant.
 */
function previewToken(): string {
  return new URLSearchParams(window.location.search).get('token') ?? '';
}

async function postToPreview(route: '/ipc' | '/drop', body: unknown): Promise<Envelope<unknown>> {
  const response = await fetch(route, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Bibob-Token': previewToken() },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: 'De preview weigert dit verzoek (verlopen of onjuist token).' } };
  }
  return (await response.json()) as Envelope<unknown>;
}

function previewBridge(): BibobApi {
  return buildApi((name: CallName, input: unknown) => postToPreview('/ipc', { name, payload: input }));
}

/**
 * The preview's stand-in for the preload's drop handling: a browser never reveals a dropped file's path, so the
 * preview server takes the file of the same name from its import folder (see main/preview/server.ts).
 */
const previewDroppedFiles: DroppedFilesApi = {
  importDropped: ({ dossierId, bestanden }) =>
    postToPreview('/drop', { dossierId, namen: bestanden.map((file) => file.name) }) as ReturnType<DroppedFilesApi['importDropped']>,
};

function resolveApi(): BibobApi {
  if (window.bibob) return window.bibob;
  if (import.meta.env.MODE === 'preview') return previewBridge();
  throw new Error('window.bibob ontbreekt: de preload is niet geladen.');
}

export const bibob: BibobApi = resolveApi();

/** Import of files dropped on the window; null where the platform offers no way to learn a dropped file's path. */
export const droppedFiles: DroppedFilesApi | null = resolveDroppedFiles();

function resolveDroppedFiles(): DroppedFilesApi | null {
  const importDropped = window.bibob?.bijlagen.importDropped;
  if (importDropped) return { importDropped };
  if (import.meta.env.MODE === 'preview') return previewDroppedFiles;
  return null;
}

/** Unwraps a call's result: the value, or a thrown BibobError with the service's code and Dutch message. */
export async function unwrap<T>(pending: Promise<Envelope<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new BibobError(result.error.code, result.error.message, result.error.details);
}

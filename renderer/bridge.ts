import { buildApi, type BibobApi, type CallName } from '../src/contract';
import { BibobError, type Envelope } from '../src/contract/errors';

declare global {
  interface Window {
    /** Exposed by the preload (main/electron/preload.ts) through contextBridge. */
    bibob?: BibobApi;
  }
}

/**
 * In the development-only browser preview (a Vite build with mode "preview") there is no preload: calls go
 * over HTTP to the preview server on 127.0.0.1, carrying the per-run token from the page's URL. This branch is
 * removed from every other build because `import.meta.env.MODE` is replaced by a constant.
 */
function previewBridge(): BibobApi {
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  return buildApi(async (name: CallName, input: unknown) => {
    const response = await fetch('/ipc', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Bibob-Token': token },
      body: JSON.stringify({ name, payload: input }),
    });
    if (!response.ok) {
      return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: 'De preview weigert dit verzoek (verlopen of onjuist token).' } };
    }
    return (await response.json()) as Envelope<unknown>;
  });
}

function resolveApi(): BibobApi {
  if (window.bibob) return window.bibob;
  if (import.meta.env.MODE === 'preview') return previewBridge();
  throw new Error('window.bibob ontbreekt: de preload is niet geladen.');
}

export const bibob: BibobApi = resolveApi();

/** Unwraps a call's result: the value, or a thrown BibobError with the service's code and Dutch message. */
export async function unwrap<T>(pending: Promise<Envelope<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new BibobError(result.error.code, result.error.message, result.error.details);
}

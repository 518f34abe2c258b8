import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';

/** Why a PDF cannot be shown, in the coordinator's words. */
export class PdfOpenError extends Error {}

/** pdf.js is large: it is loaded on the first PDF that is opened, not with the app. */
async function loadPdfJs(): Promise<typeof import('pdfjs-dist')> {
  const pdfjs = await import('pdfjs-dist');
  // The worker is one of the app's own files (the CSP allows workers from 'self' only).
  if (pdfjs.GlobalWorkerOptions.workerSrc === '') pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return pdfjs;
}

/**
 * Opens a PDF held in memory. The options keep pdf.js inside the app's limits: no network (all data is given),
 * no WebAssembly (the CSP allows no wasm; JPEG 2000 images then stay blank), no XFA forms, no scripting (the
 * display layer never runs a PDF's JavaScript), and parse errors are reported instead of papered over.
 */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given (it moves it to the worker): give it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    useWasm: false,
    enableXfa: false,
    useWorkerFetch: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new PdfOpenError('Deze PDF is met een wachtwoord beveiligd en kan hier niet worden getoond. Exporteer het bestand om het te openen.');
    throw new PdfOpenError('Deze PDF is beschadigd of onleesbaar en kan niet worden getoond. Het bestand blijft bewaard; u kunt het exporteren.');
  }
}

/** The text of every page, for searching; a page whose text cannot be read counts as empty. */
export async function pageTexts(document: PDFDocumentProxy): Promise<string[]> {
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    try {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      texts.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(''));
    } catch {
      texts.push('');
    }
  }
  return texts;
}

/** A page being drawn; `cancel` stops it when the page, zoom or viewer changes first. */
export interface PageRendering {
  readonly done: Promise<void>;
  cancel(): void;
}

/**
 * Draws one page on a canvas at `scale` (sharp on high-density screens) and lays its text over it as selectable,
 * searchable text for screen readers and copying. Rendering a page that pdf.js cannot draw rejects `done`.
 */
export function renderPage(document: PDFDocumentProxy, number: number, scale: number, canvas: HTMLCanvasElement, textLayerContainer: HTMLElement): PageRendering {
  let cancelled = false;
  const cancellers: Array<() => void> = [];
  const done = (async () => {
    const [pdfjs, page] = await Promise.all([loadPdfJs(), document.getPage(number)]);
    if (cancelled) return;
    const viewport = page.getViewport({ scale });
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${Math.floor(viewport.width)}px`;
    canvas.style.height = `${Math.floor(viewport.height)}px`;
    const drawing = page.render({ canvas, viewport, ...(ratio === 1 ? {} : { transform: [ratio, 0, 0, ratio, 0, 0] }) });
    cancellers.push(() => drawing.cancel());
    await drawing.promise;
    if (cancelled) return;
    textLayerContainer.replaceChildren();
    const textLayer = new pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container: textLayerContainer, viewport });
    cancellers.push(() => textLayer.cancel());
    await textLayer.render();
  })();
  return {
    done: done.catch((error: unknown) => {
      if (cancelled) return;
      throw error;
    }),
    cancel() {
      cancelled = true;
      for (const cancel of cancellers) cancel();
    },
  };
}

/** Frees the document and its worker. */
export function closePdf(document: PDFDocumentProxy): Promise<void> {
  return document.loadingTask.destroy();
}

import { BrowserWindow, session } from 'electron';
import { pdfKopEnVoet } from '../letters/htmlWriter';
import type { PdfPrinter } from '../services/context';

/*
 * Print-to-PDF of a letter in a hidden window of its own: an in-memory session that allows only the letter's own
 * data: URL, no JavaScript, sandboxed, no preload. The PDF comes back as bytes in memory; nothing is written to disk
 * until the coordinator chooses where in the save dialog. Type-checked here; it runs only in the desktop app.
 */

const PARTITION = 'bibob-pdf';

export function electronPdfPrinter(): PdfPrinter {
  const ses = session.fromPartition(PARTITION);
  ses.setPermissionRequestHandler((_contents, _permission, respond) => respond(false));
  ses.webRequest.onBeforeRequest((details, respond) => respond({ cancel: !details.url.startsWith('data:') }));
  return {
    async print(html, kop) {
      const window = new BrowserWindow({
        show: false,
        webPreferences: { session: ses, sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, spellcheck: false },
      });
      try {
        await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
        return await window.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          ...pdfKopEnVoet(kop),
          margins: { top: 1, bottom: 1, left: 0.9, right: 0.9 },
        });
      } finally {
        window.destroy();
      }
    },
  };
}

import { BrowserWindow, session } from 'electron';
import type { PagePrinter } from '../services/context';

/*
 * Printing on paper (the recovery key, a dossier summary, a letter) in a hidden window of its own, like the PDF of a
 * letter (pdfPrinter.ts): an in-memory session that allows only the page's own data: URL, no JavaScript, sandboxed,
 * no preload. webContents.print opens the system's print dialog and sends the page to the printer; unlike
 * printToPDF nothing comes back and nothing is written to a file. Type-checked here; it runs only in the desktop app.
 */

const PARTITION = 'bibob-afdruk';

export function electronPagePrinter(): PagePrinter {
  const ses = session.fromPartition(PARTITION);
  ses.setPermissionRequestHandler((_contents, _permission, respond) => respond(false));
  ses.webRequest.onBeforeRequest((details, respond) => respond({ cancel: !details.url.startsWith('data:') }));
  return {
    async printHtml(html) {
      const window = new BrowserWindow({
        show: false,
        webPreferences: { session: ses, sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, spellcheck: false },
      });
      try {
        await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
        return await new Promise<boolean>((resolve, reject) => {
          window.webContents.print({ silent: false, printBackground: true, pageSize: 'A4' }, (success, failureReason) => {
            // A cancelled dialog is no error: nothing was printed. Electron says "canceled" (before Electron 17
            // "cancelled"; electron/electron#33015), some versions "Print job canceled".
            if (success || /cancel/i.test(failureReason)) resolve(success);
            else reject(new Error(`Afdrukken mislukte: ${failureReason}`));
          });
        });
      } finally {
        window.destroy();
      }
    },
  };
}

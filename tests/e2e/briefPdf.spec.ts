import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { briefNaarHtml, pdfKopEnVoet } from '../../main/letters/htmlWriter';
import { STANDAARD_HUISSTIJL } from '../../src/domain/brieven';
import { expect, test } from './support';

/*
 * The HTML the desktop app prints to PDF, printed here by the same engine (Chromium's printToPDF through
 * Playwright) with the same header and footer templates, and read back as text: the letter, its escaped special
 * characters, "Vertrouwelijk" with the kenmerk, and the page numbers.
 */
test('a letter printed to PDF by Chromium keeps its text, header and page numbers', async ({ page }) => {
  const briefhoofd = { gemeente: 'Gemeente <Proef> & "Stad"', adres: 'Postbus 1\n1234 AB Proefstad', ondertekenaar: 'J. de Burgemeester', functie: 'de burgemeester', contact: '14 071', bezwaarAdres: '', huisstijl: STANDAARD_HUISSTIJL };
  const opmaak = {
    brief: { titel: 'Besluit', vertrouwelijk: true, blokken: [{ soort: 'kop' as const, tekst: 'Motivering' }, { soort: 'alinea' as const, tekst: `Café Ëlla & Zn. <Holding> ${'lange tekst '.repeat(400)}` }, { soort: 'lijst' as const, items: ['Eerste punt', 'Tweede punt'] }] },
    kenmerk: 'BIBOB-2027-0001/besluit',
    huisstijl: STANDAARD_HUISSTIJL,
    omslag: { briefhoofd, datum: '1 maart 2027', kenmerk: 'BIBOB-2027-0001/besluit', onderwerp: 'Besluit op uw aanvraag', geadresseerde: ['Café Ëlla & Zn. <Holding>'] },
  };
  await page.setContent(briefNaarHtml(opmaak));
  const pdf = await page.pdf({ format: 'A4', printBackground: true, displayHeaderFooter: true, ...pdfKopEnVoet({ kenmerk: opmaak.kenmerk, vertrouwelijk: true }), margin: { top: '1in', bottom: '1in', left: '0.9in', right: '0.9in' } });
  const folder = mkdtempSync(path.join(os.tmpdir(), 'bibob-pdf-'));
  try {
    const file = path.join(folder, 'brief.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('Gemeente <Proef> & "Stad"');
    expect(text).toContain('Café Ëlla & Zn. <Holding>');
    expect(text).toContain('Vertrouwelijk — BIBOB-2027-0001/besluit');
    expect(text).toMatch(/Pagina 2 van \d/);
    expect(text).toContain('Eerste punt');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

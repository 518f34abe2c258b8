import { bijlagenKop, slotRegels, type BriefOpmaak } from '../../src/domain/brieven';

/**
 * The same letter as a self-contained HTML page, for print-to-PDF in the desktop app: no script, no request
 * (the logo is a data: URL, the policy forbids everything else), the house style's font and colour. Every text is
 * escaped. Header and footer ("Vertrouwelijk", kenmerk, page numbers) are added by the printer.
 */

const escapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (teken) => escapes[teken]!);
}

export function briefNaarHtml({ brief, huisstijl, omslag }: BriefOpmaak): string {
  const p = (text: string, className?: string) => `<p${className ? ` class="${className}"` : ''}>${escapeHtml(text)}</p>`;
  const delen: string[] = [];
  if (omslag) {
    const { logo } = huisstijl;
    if (logo) delen.push(`<img class="logo" alt="${escapeHtml(`Logo van ${omslag.briefhoofd.gemeente}`)}" src="data:image/png;base64,${logo.png}">`);
    delen.push(p(omslag.briefhoofd.gemeente, 'gemeente'), ...omslag.briefhoofd.adres.split('\n').map((regel) => p(regel, 'regel')), '<div class="ruimte"></div>');
    delen.push(...omslag.geadresseerde.map((regel) => p(regel, 'regel')), '<div class="ruimte"></div>');
    delen.push(p(`Datum: ${omslag.datum}`, 'regel'), p(`Kenmerk: ${omslag.kenmerk}`, 'regel'), `<p class="regel"><strong>${escapeHtml(`Onderwerp: ${omslag.onderwerp}`)}</strong></p>`, '<div class="ruimte"></div>');
  } else {
    delen.push(`<h1>${escapeHtml(brief.titel)}</h1>`);
  }
  for (const blok of brief.blokken) {
    if (blok.soort === 'kop') delen.push(`<h2>${escapeHtml(blok.tekst)}</h2>`);
    else if (blok.soort === 'alinea') delen.push(p(blok.tekst));
    else delen.push(`<ul>${blok.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
  }
  if (omslag) {
    // One block that a printed page does not split (break-inside: avoid), as the Word file keeps it together.
    delen.push(`<div class="slot">${['', ...slotRegels(omslag)].map((regel) => (regel === '' ? '<div class="ruimte"></div>' : p(regel, 'regel'))).join('')}</div>`);
  }
  const kop = bijlagenKop(brief.bijlagen);
  const bijlagen = brief.bijlagen ?? [];
  if (kop && bijlagen.length === 1) delen.push('<div class="ruimte"></div>', `<p class="regel"><strong>${escapeHtml(kop)}</strong> ${escapeHtml(bijlagen[0]!)}</p>`);
  else if (kop) delen.push('<div class="ruimte"></div>', `<p class="regel"><strong>${escapeHtml(kop)}</strong></p>`, `<ul>${bijlagen.map((bijlage) => `<li>${escapeHtml(bijlage)}</li>`).join('')}</ul>`);
  const font = escapeHtml(huisstijl.lettertype);
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(brief.titel)}</title>
<style>
body { font-family: "${font}", sans-serif; font-size: 11pt; line-height: 1.35; color: #000; margin: 0; }
h1, h2, .gemeente { color: ${huisstijl.kleur}; }
h1 { font-size: 18pt; } h2 { font-size: 13pt; margin: 12pt 0 4pt; } .gemeente { font-size: 14pt; font-weight: bold; }
p { margin: 0 0 6pt; } p.regel { margin: 0; } .ruimte { height: 11pt; } .logo { max-height: 2cm; max-width: 6cm; margin-bottom: 6pt; } .slot { break-inside: avoid; page-break-inside: avoid; }
</style></head>
<body>
${delen.join('\n')}
</body></html>
`;
}

/** Header and footer templates for Chromium's printToPDF: the kenmerk (and "Vertrouwelijk") on top, page x of y below. */
export function pdfKopEnVoet(kop: { kenmerk: string; vertrouwelijk: boolean }): { headerTemplate: string; footerTemplate: string } {
  const vertrouwelijk = kop.vertrouwelijk ? 'Vertrouwelijk — ' : '';
  const stijl = 'font-size:8pt;width:100%;margin:0 1.5cm;font-family:sans-serif;';
  return {
    headerTemplate: `<div style="${stijl}text-align:right;font-weight:${kop.vertrouwelijk ? 'bold' : 'normal'}">${escapeHtml(`${vertrouwelijk}${kop.kenmerk}`)}</div>`,
    footerTemplate: `<div style="${stijl}text-align:center">${escapeHtml(vertrouwelijk)}Pagina <span class="pageNumber"></span> van <span class="totalPages"></span></div>`,
  };
}

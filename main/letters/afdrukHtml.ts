import { escapeHtml } from './htmlWriter';

/*
 * The pages printed on paper in the desktop app (issue 23 §5), as self-contained HTML: no script, no request, no
 * image; every text escaped. Each page holds only what it is for: the recovery key page only the key and how to keep
 * it, the dossier summary only the dossier's own data and its betrokkenen (no findings, no LBB advice, no notes).
 */

function pagina(titel: string, inhoud: string): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(titel)}</title>
<style>
@page { size: A4; margin: 2cm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #000; margin: 0; }
h1 { font-size: 18pt; margin: 0 0 12pt; } h2 { font-size: 13pt; margin: 14pt 0 4pt; }
p { margin: 0 0 6pt; } ol, ul { margin: 0 0 6pt; padding-left: 18pt; }
.sleutel { font-family: "Courier New", Courier, monospace; font-size: 16pt; font-weight: bold; letter-spacing: 1pt; border: 1pt dashed #000; padding: 10pt; margin: 12pt 0; word-spacing: 4pt; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 3pt 14pt; margin: 0 0 8pt; } dt { font-weight: bold; } dd { margin: 0; }
table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 0.5pt solid #000; padding: 3pt 4pt; text-align: left; vertical-align: top; }
.voet { margin-top: 18pt; font-size: 9pt; }
</style></head>
<body>
${inhoud}
</body></html>
`;
}

/** The recovery key with its instructions, and nothing else: no name of the municipality, no date, no dossier. */
export function herstelsleutelHtml(recoveryKey: string): string {
  return pagina(
    'Herstelsleutel Bibob Werkbank',
    `<h1>Herstelsleutel van de kluis van Bibob Werkbank</h1>
<p>Met deze herstelsleutel opent u de kluis als de wachtwoordzin kwijt is. Wie deze sleutel en de computer met de kluis heeft, kan de kluis openen.</p>
<p class="sleutel">${escapeHtml(recoveryKey)}</p>
<h2>Zo bewaart u de sleutel</h2>
<ol>
<li>Bewaar dit papier op een veilige plaats van de gemeente, bijvoorbeeld in een afgesloten kast of kluis, niet bij de computer.</li>
<li>Maak er geen foto, scan of kopie van en zet de sleutel niet op de computer.</li>
<li>Wachtwoordzin kwijt? Kies bij het openen van de app "Wachtwoordzin vergeten? Herstelsleutel gebruiken", typ de sleutel over en kies een nieuwe wachtwoordzin.</li>
</ol>`,
  );
}

/** What the dossier summary shows: labels already in Dutch, dates already written out. */
export interface DossierSamenvatting {
  readonly zaaknummer: string;
  readonly gegevens: readonly { readonly label: string; readonly waarde: string }[];
  readonly betrokkenen: readonly { readonly naam: string; readonly soort: string; readonly rollen: string }[];
  /** The date the summary was printed, written out. */
  readonly afgedruktOp: string;
}

export function dossierSamenvattingHtml(samenvatting: DossierSamenvatting): string {
  const gegevens = samenvatting.gegevens.map(({ label, waarde }) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(waarde)}</dd>`).join('\n');
  const betrokkenen =
    samenvatting.betrokkenen.length === 0
      ? '<p>Er zijn nog geen betrokkenen vastgelegd.</p>'
      : `<table><thead><tr><th>Naam</th><th>Soort</th><th>Rol</th></tr></thead><tbody>
${samenvatting.betrokkenen.map((b) => `<tr><td>${escapeHtml(b.naam)}</td><td>${escapeHtml(b.soort)}</td><td>${escapeHtml(b.rollen)}</td></tr>`).join('\n')}
</tbody></table>`;
  return pagina(
    `Dossier ${samenvatting.zaaknummer}`,
    `<h1>${escapeHtml(`Dossier ${samenvatting.zaaknummer}`)}</h1>
<p><strong>Vertrouwelijk</strong> — samenvatting uit Bibob Werkbank (art. 28 lid 1 Wet Bibob).</p>
<dl>
${gegevens}
</dl>
<h2>Betrokkenen</h2>
${betrokkenen}
<p class="voet">${escapeHtml(`Afgedrukt op ${samenvatting.afgedruktOp}.`)}</p>`,
  );
}

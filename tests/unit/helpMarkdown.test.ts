import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { headingId, parseInline, parseMarkdown, type Block } from '../../renderer/help/markdown';
import { MarkdownView } from '../../renderer/help/MarkdownView';

const html = (source: string) => renderToStaticMarkup(createElement(MarkdownView, { blocks: parseMarkdown(source) }));

describe('the Markdown subset of the user guide', () => {
  it.each([
    ['# Titel', '<h1 id="titel" tabindex="-1" class="help__heading">Titel</h1>'],
    ['## De kluis, de wachtwoordzin', '<h2 id="de-kluis-de-wachtwoordzin" tabindex="-1" class="help__heading">De kluis, de wachtwoordzin</h2>'],
    ['### Art. 32: mededeling', '<h3 id="art-32-mededeling" tabindex="-1" class="help__heading">Art. 32: mededeling</h3>'],
    ['Een zin\ndie doorloopt.\n\nNieuwe alinea.', '<p>Een zin die doorloopt.</p><p>Nieuwe alinea.</p>'],
    ['- een\n- twee\n  vervolg', '<ul><li>een</li><li>twee vervolg</li></ul>'],
    ['1. eerst\n2. dan', '<ol><li>eerst</li><li>dan</li></ol>'],
    ['Klik op **Dossier aanmaken**.', '<p>Klik op <strong>Dossier aanmaken</strong>.</p>'],
    ['Het bestand `vault.db`.', '<p>Het bestand <code>vault.db</code>.</p>'],
    ['**vet met `code`**', '<p><strong>vet met <code>code</code></strong></p>'],
    ['`**geen vet**`', '<p><code>**geen vet**</code></p>'],
    ['een losse ** en een losse `', '<p>een losse ** en een losse `</p>'],
    ['Tekst\n- lijst', '<p>Tekst</p><ul><li>lijst</li></ul>'],
    ['- punt\n1. nummer', '<ul><li>punt</li></ul><ol><li>nummer</li></ol>'],
  ])('%j renders as %s', (source, expected) => {
    expect(html(source)).toBe(expected);
  });

  it('shows HTML in the text as text: a <script> is never an element', () => {
    const source = '## <script>alert(1)</script>\n\nTekst <img src=x onerror="alert(2)"> en **<b>vet</b>** en `<i>`\n\n- <a href="javascript:alert(3)">x</a>';
    const out = html(source);
    expect(out).not.toMatch(/<script|<img|<b>|<i>|<a /);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(out).toContain('<strong>&lt;b&gt;vet&lt;/b&gt;</strong>');
    expect(out).toContain('<code>&lt;i&gt;</code>');
  });

  it('gives every heading its own id, also when two headings read the same', () => {
    const used = new Set<string>();
    expect([headingId('Zoeken', used), headingId('Zoeken', used), headingId('Één café', used), headingId('???', used)]).toEqual(['zoeken', 'zoeken-2', 'een-cafe', 'sectie']);
  });

  it('keeps inline text between marks', () => {
    expect(parseInline('a **b** c `d` e')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'b' }] },
      { kind: 'text', text: ' c ' },
      { kind: 'code', text: 'd' },
      { kind: 'text', text: ' e' },
    ]);
  });
});

describe('docs/handleiding.md', () => {
  const source = readFileSync(path.resolve(__dirname, '../../docs/handleiding.md'), 'utf8');
  const blocks = parseMarkdown(source);
  const headings = blocks.filter((block): block is Extract<Block, { kind: 'heading' }> => block.kind === 'heading');

  it('has the sections the coordinator looks for, in this order', () => {
    expect(headings.filter((heading) => heading.level === 2).map((heading) => heading.text)).toEqual([
      'Wat is Bibob Werkbank',
      'Installeren',
      'De kluis, de wachtwoordzin en de herstelsleutel',
      'Een dossier van intake tot melding, stap voor stap',
      'Bewaren en vernietigen',
      'Fouten herstellen',
      'Brieven en sjablonen',
      'Het jaarverslag',
      'Zoeken',
      'Geheimhouding',
      'Dossiers overdragen',
      'Veelgestelde vragen',
    ]);
  });

  it('uses only what the renderer understands: no HTML, links, tables, images or deeper headings', () => {
    const problems = source
      .split('\n')
      .map((line, index) => ({ line, number: index + 1 }))
      .filter(({ line }) => /<[a-z/!]|\]\(|^\s*\||!\[|^#{4,}|^\s*>/i.test(line));
    expect(problems).toEqual([]);
  });
});

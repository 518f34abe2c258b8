import { describe, expect, it } from 'vitest';
import { findInPages, normaliseForSearch } from '../../renderer/viewer/textSearch';

describe('search in a PDF viewer page text', () => {
  const pages = ['Jaarrekening 2026\nEetcafé De Gouden Leeuw', 'Lening  zonder\naflossingsschema', '', 'De LENING is verstrekt door J. Jansen; lening 2: Jansen'];

  it.each([
    // term, expected pages in order
    ['lening', [2, 4, 4]],
    ['LENING', [2, 4, 4]],
    ['eetcafe', [1]],
    ['Eetcafé', [1]],
    ['lening zonder aflossingsschema', [2]],
    ['  jansen ', [4, 4]],
    ['kasboek', []],
    ['', []],
    ['   ', []],
  ] as const)('"%s" is found on pages %j', (term, expected) => {
    expect(findInPages(pages, term).map((match) => match.pagina)).toEqual(expected);
  });

  it.each([
    ['yilmaz', 'Verklaring van de heer Yılmaz'],
    ['lukasz', 'Opgesteld door Łukasz Nowak'],
    ['soren', 'Søren Ørsted, directeur'],
    ['dordevic', 'Lening van Đorđević'],
    ['strasse', 'Hauptstraße 12'],
  ])('"%s" finds the letter that decomposition does not fold in "%s"', (term, text) => {
    expect(findInPages([text], term).map((match) => match.fragment)).toEqual([text]);
  });

  it('shows the words around a match as the document writes them, with ellipses where text was cut', () => {
    const long = `${'a'.repeat(100)} Lening zonder aflossingsschema ${'b'.repeat(100)}`;
    const [match] = findInPages([long], 'aflossingsschema');
    expect(match?.fragment).toMatch(/^…a+ Lening zonder aflossingsschema b+…$/);
    expect(findInPages(['Eetcafé De Gouden Leeuw'], 'eetcafe')[0]?.fragment).toBe('Eetcafé De Gouden Leeuw');
  });

  it('stops at the limit', () => {
    expect(findInPages(['x '.repeat(1000)], 'x', 25)).toHaveLength(25);
  });

  it('normalises case, accents and white space the same way for term and text', () => {
    expect(normaliseForSearch('Één\t\nLÉNING')).toBe('een lening');
  });
});

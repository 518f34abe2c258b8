import { describe, expect, it } from 'vitest';
import { kenmerkVan, pngAfmetingen, svgProbleem } from '../../src/domain/brieven';

const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('the logo', () => {
  it('is a PNG by its signature, with its size read from the header', () => {
    expect(pngAfmetingen(PNG_1X1)).toEqual({ breedte: 1, hoogte: 1 });
    expect(pngAfmetingen(Buffer.from('GIF89a..................').toString('base64'))).toBeNull();
    expect(pngAfmetingen('***')).toBeNull();
  });

  it.each([
    ['a plain SVG', '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>', null],
    ['with an XML declaration and a comment', '<?xml version="1.0"?>\n<!-- logo -->\n<svg><circle r="1"/></svg>', null],
    ['an internal reference', '<svg><defs><linearGradient id="g"/></defs><rect fill="url(#g)"/></svg>', null],
    ['not an SVG', '<html><body/></html>', 'begint niet met <svg>'],
    ['a script', '<svg><script>alert(1)</script></svg>', 'scripts'],
    ['foreign content', '<svg><foreignObject><div/></foreignObject></svg>', 'ingesloten inhoud'],
    ['an entity declaration', '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "y">]><svg/>', 'begint niet met <svg>'],
    ['an event handler', '<svg onload="x()"/>', 'gebeurtenissen'],
    ['an outside image', '<svg><image href="https://example.org/a.png"/></svg>', 'buiten zichzelf'],
    ['an outside font in CSS', '<svg><style>@font-face { src: url(https://example.org/f.woff) }</style></svg>', 'buiten zichzelf'],
  ])('%s', (_name, svg, probleem) => {
    const result = svgProbleem(svg);
    if (probleem === null) expect(result).toBeNull();
    else expect(result).toContain(probleem);
  });
});

describe('the kenmerk', () => {
  it.each([
    ['{zaaknummer}', 'BIBOB-2027-0001'],
    ['{zaaknummer}/{brief}', 'BIBOB-2027-0001/besluit'],
    ['Bibob {jaar}-{zaaknummer}', 'Bibob 2027-BIBOB-2027-0001'],
  ])('%s', (formaat, kenmerk) => {
    expect(kenmerkVan(formaat, { zaaknummer: 'BIBOB-2027-0001', jaar: '2027', brief: 'besluit' })).toBe(kenmerk);
  });
});

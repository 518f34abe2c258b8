import { describe, expect, it } from 'vitest';
import { tekstGeheimhouding } from '../../src/domain/brieven/wettelijkeTeksten';

describe('the copy of the LBB advice and its secrecy warning (Wet Bibob art. 28 lid 1, 3 and 4)', () => {
  it('gives the betrokkene the whole advice, and says it may go to the court', () => {
    const tekst = tekstGeheimhouding('betrokkene', 'ik');
    expect(tekst).toContain('Bij deze brief ontvangt u een afschrift van het advies van het Landelijk Bureau Bibob.');
    expect(tekst).not.toContain('voor zover het op u betrekking heeft');
    expect(tekst).toContain('over anderen dan uzelf geheim te houden');
    expect(tekst).toContain('artikel 28, vierde lid');
    // In the burgemeester's voice when he decides.
    expect(tekst).toContain('Ik wijs u er uitdrukkelijk op');
  });

  it('gives a third party only the part that concerns him (lid 3, second sentence)', () => {
    const tekst = tekstGeheimhouding('derde', 'wij');
    expect(tekst).toContain('voor zover het op u betrekking heeft');
    expect(tekst).toContain('geheim te houden (artikel 28, eerste en derde lid, van de Wet Bibob)');
    expect(tekst).not.toContain('vierde lid');
    expect(tekst).toContain('Wij wijzen u er uitdrukkelijk op');
  });
});

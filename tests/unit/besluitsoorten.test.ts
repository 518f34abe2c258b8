import { describe, expect, it } from 'vitest';
import { besluitsoort } from '../../src/domain/besluitsoorten';
import { lbbAdviceAuthority } from '../../src/domain/informatieverzoeken';

/*
 * The powers each kind of decision rests on (issue 19 item 15), read from the law texts:
 * - Alcoholwet art. 27 lid 3/4: refusal on Bibob grounds and the LBB advice before it;
 * - Alcoholwet art. 31 lid 3 onder a: revocation "in het geval en onder de voorwaarden, bedoeld in artikel 3" Wet
 *   Bibob — its second sentence: "Voordat daaraan toepassing wordt gegeven, kan het Bureau ... om een advies ...
 *   worden gevraagd". So a revocation's LBB power is not art. 27 lid 4;
 * - Omgevingswet: revocation art. 5.40 lid 2 onder d, the LBB advice art. 5.31 lid 3.
 */
describe('the Bibob power and the LBB power of each kind of decision', () => {
  it.each([
    ['alcoholwetvergunning', 'art. 27 lid 3 Alcoholwet', 'art. 27 lid 4 Alcoholwet'],
    ['alcoholwetvergunning-intrekking', 'art. 31 lid 3 onder a Alcoholwet', 'art. 31 lid 3 onder a (tweede zin) Alcoholwet'],
    ['omgevingsvergunning', 'art. 5.31 lid 1 Omgevingswet', 'art. 5.31 lid 3 Omgevingswet'],
    ['omgevingsvergunning-intrekking', 'art. 5.40 lid 2 onder d Omgevingswet', 'art. 5.31 lid 3 Omgevingswet'],
  ])('%s: %s, LBB %s', (id, grond, lbb) => {
    expect(besluitsoort(id)).toMatchObject({ bibobGrond: grond, lbbAdviesBevoegdheid: lbb });
    expect(lbbAdviceAuthority(id)).toEqual({ ok: true, bevoegdheid: lbb });
  });

  it('no revocation cites the refusal power of art. 27 lid 4', () => {
    expect(besluitsoort('alcoholwetvergunning-intrekking')?.lbbAdviesBevoegdheid).not.toContain('27 lid 4');
  });
});

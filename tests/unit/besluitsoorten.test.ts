import { describe, expect, it } from 'vitest';
import { besluitsoort, rechtsmiddelVoor } from '../../src/domain/besluitsoorten';
import { lbbAdviceAuthority } from '../../src/domain/informatieverzoeken';
import { uitkomstenVoor } from '../../src/domain/uitkomsten';

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

/*
 * The uniforme openbare voorbereidingsprocedure as data on the kind of decision (issue 19 item 10):
 * - Alcoholwet art. 6: "Op de voorbereiding van een beslissing tot verlening van een vergunning op grond van
 *   artikel 3 voor het horecabedrijf aan een paracommerciële rechtspersoon is afdeling 3.4 van de Algemene wet
 *   bestuursrecht van toepassing";
 * - an omgevingsvergunning where Ow 16.65 makes afd. 3.4 apply (../shared/bibob-domain.md §5);
 * then Awb 3:18 lid 1 (six months), Awb 7:1 lid 1 onder d (no bezwaar first: "het besluit is voorbereid met
 * toepassing van afdeling 3.4"), Awb 6:8 lid 4 (the beroepstermijn from the day after the terinzagelegging).
 */
describe('the uniforme openbare voorbereidingsprocedure on the kind of decision', () => {
  it.each([
    ['alcoholwetvergunning-paracommercieel', 'horeca', 'art. 6 Alcoholwet'],
    ['omgevingsvergunning-uniforme-voorbereiding', 'wabo', 'art. 16.65 Omgevingswet'],
  ])('%s: six months, no Atw, direct beroep', (id, gebied, grond) => {
    const soort = besluitsoort(id)!;
    expect(soort).toMatchObject({ toepassingsgebied: gebied, uniformeVoorbereiding: grond, beschikking: true, ambtshalve: false });
    expect(soort.beslistermijn).toEqual({ kind: 'wettelijk', months: 6, legalBasis: 'art. 3:18 lid 1 Awb', atw: false, extension: null });
    expect(rechtsmiddelVoor(soort)).toEqual({ soort: 'beroep', legalBasis: 'art. 7:1 lid 1 onder d Awb; art. 6:8 lid 4 Awb', voorbereiding: grond });
  });

  it.each([
    // A commercial horeca licence has no afd. 3.4: bezwaar first (Awb 7:1 lid 1), from the bekendmaking (6:8 lid 1).
    ['alcoholwetvergunning', 'bezwaar'],
    ['omgevingsvergunning', 'bezwaar'],
    ['alcoholwetvergunning-intrekking', 'bezwaar'],
    // A vastgoedtransactie is no beschikking: no bezwaar and no beroep.
    ['vastgoed-verkoop', 'geen'],
  ])('%s: %s', (id, expected) => {
    expect(rechtsmiddelVoor(besluitsoort(id)).soort).toBe(expected);
  });
});

/*
 * Issue 19 item 11, the refusal to add a leidinggevende: Alcoholwet art. 30a lid 2 ("Deze melding geldt als
 * aanvraag tot wijziging van het aanhangsel"), lid 5 ("De burgemeester weigert de wijziging van het aanhangsel: ...
 * b. in het geval en onder de voorwaarden, bedoeld in artikel 3 van de Wet [Bibob]") and lid 6 (the LBB may be asked
 * before deciding). Art. 30a sets no beslistermijn: the redelijke termijn of Awb 4:13.
 */
describe('the bijschrijving of a leidinggevende (Alcoholwet art. 30a)', () => {
  it('refusal on art. 30a lid 5 onder b, LBB under lid 6, a redelijke termijn, bezwaar', () => {
    const soort = besluitsoort('alcoholwet-leidinggevende-bijschrijven')!;
    expect(soort).toMatchObject({ toepassingsgebied: 'horeca', bibobGrond: 'art. 30a lid 5 onder b Alcoholwet', lbbAdviesBevoegdheid: 'art. 30a lid 6 Alcoholwet', ambtshalve: false, beschikking: true });
    expect(soort.beslistermijn.kind).toBe('redelijk');
    expect(lbbAdviceAuthority(soort.id)).toEqual({ ok: true, bevoegdheid: 'art. 30a lid 6 Alcoholwet' });
    expect(rechtsmiddelVoor(soort).soort).toBe('bezwaar');
  });
});

describe('the outcomes a kind of decision allows (issue 19 item 11)', () => {
  it.each([
    // Alcoholwet art. 32 lid 1: suspension only of the Alcoholwet licence; Wet Bibob art. 3 lid 7: changing
    // voorschriften of a permit already given; neither for an application.
    ['alcoholwetvergunning-intrekking', 'horeca', true, true],
    ['exploitatievergunning-intrekking', 'horeca', false, true],
    ['omgevingsvergunning-intrekking', 'wabo', false, true],
    ['alcoholwetvergunning', 'horeca', false, false],
    [null, 'horeca', false, false],
  ] as const)('%s: schorsen %s, voorschriften wijzigen %s', (id, gebied, schorsen, wijzigen) => {
    const uitkomsten = uitkomstenVoor(gebied, id);
    expect(uitkomsten.includes('schorsen')).toBe(schorsen);
    expect(uitkomsten.includes('voorschriften-wijzigen')).toBe(wijzigen);
    expect(uitkomsten).toEqual(expect.arrayContaining(['verlenen', 'weigeren', 'intrekken', 'buiten-behandeling', 'ingetrokken']));
  });
});

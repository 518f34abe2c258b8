import { describe, expect, it } from 'vitest';
import {
  AFWIJKING_ZONDER_REDEN,
  beleidsregelNaarJson,
  beslissingProblemen,
  geenAntwoorden,
  leesBeleidsregel,
  toetsBeleid,
  VOORBEELD_BELEID,
  type Gebiedsbeleid,
  type IntakeAntwoorden,
} from '../../src/domain/beleid';

/** A small beleid for one toepassingsgebied, so that every expected value below can be checked by hand. */
const wabo: Gebiedsbeleid = {
  categorieen: [{ id: 'coffeeshop', omschrijving: 'Een bouwwerk voor een coffeeshop.', artikel: 'art. 3 lid 1' }],
  drempels: [
    {
      id: 'bouwkosten',
      omschrijving: 'Bouwkosten',
      vanafEuro: 500_000,
      artikel: 'art. 3 lid 2',
      verlaagd: { vanafEuro: 50_000, artikel: 'art. 3 lid 3', wanneer: [{ id: 'risicogebied', omschrijving: 'Risicogebied Stationsbuurt' }] },
    },
  ],
  signalen: [{ id: 'riec', omschrijving: 'Een signaal van het RIEC.', artikel: 'art. 5' }],
  wisselingExploitant: { omschrijving: 'Een nieuwe exploitant.', artikel: 'art. 6' },
};

const antwoorden = (partial: Partial<IntakeAntwoorden>): IntakeAntwoorden => ({ ...geenAntwoorden(), ...partial });
const bouwkosten = (euro: number, verlaagd: string[] = []) => ({ drempel: 'bouwkosten', bedragCent: euro * 100, verlaagd });

describe('toetsBeleid: does the beleidsregel say to apply the Wet Bibob, and why', () => {
  it.each<[string, IntakeAntwoorden, boolean, string[]]>([
    // Nothing answered: no criterion is met, the beleid does not prescribe a screening.
    ['nothing applies', geenAntwoorden(), false, []],
    // A category in which the beleid always applies Bibob: one reason, article and text quoted.
    ['a coffeeshop', antwoorden({ categorieen: ['coffeeshop'] }), true, ['art. 3 lid 1: Een bouwwerk voor een coffeeshop.']],
    // € 499.999,99 is one cent under "vanaf € 500.000": not met.
    ['one cent under the threshold', antwoorden({ bedragen: [{ drempel: 'bouwkosten', bedragCent: 49_999_999, verlaagd: [] }] }), false, []],
    // Exactly € 500.000: "vanaf" includes the threshold itself.
    ['exactly the threshold', antwoorden({ bedragen: [bouwkosten(500_000)] }), true, ['art. 3 lid 2: Bouwkosten vanaf € 500.000,00']],
    // € 80.000 outside a risk area: under € 500.000, not met.
    ['€ 80.000 outside the risk area', antwoorden({ bedragen: [bouwkosten(80_000)] }), false, []],
    // € 80.000 in the risk area: the lowered threshold of € 50.000 applies, with its own article.
    ['€ 80.000 in the risk area', antwoorden({ bedragen: [bouwkosten(80_000, ['risicogebied'])] }), true, ['art. 3 lid 3: Bouwkosten vanaf € 50.000,00 (verlaagde drempel: Risicogebied Stationsbuurt)']],
    // € 40.000 in the risk area: still under the lowered threshold.
    ['€ 40.000 in the risk area', antwoorden({ bedragen: [bouwkosten(40_000, ['risicogebied'])] }), false, []],
    // A signal and a new exploitant: two reasons, in the order of the beleid (signals before the exploitant).
    ['a signal and a new exploitant', antwoorden({ signalen: ['riec'], wisselingExploitant: true }), true, ['art. 5: Een signaal van het RIEC.', 'art. 6: Een nieuwe exploitant.']],
    // Everything at once: category, amount, signal, exploitant — four reasons.
    [
      'every criterion',
      antwoorden({ categorieen: ['coffeeshop'], bedragen: [bouwkosten(600_000)], signalen: ['riec'], wisselingExploitant: true }),
      true,
      ['art. 3 lid 1: Een bouwwerk voor een coffeeshop.', 'art. 3 lid 2: Bouwkosten vanaf € 500.000,00', 'art. 5: Een signaal van het RIEC.', 'art. 6: Een nieuwe exploitant.'],
    ],
  ])('%s', (_case, given, toepassen, redenen) => {
    const uitkomst = toetsBeleid(wabo, given);
    expect(uitkomst.ok).toBe(true);
    if (!uitkomst.ok) return;
    expect(uitkomst.advies.toepassen).toBe(toepassen);
    expect(uitkomst.advies.redenen.map((reden) => `${reden.artikel}: ${reden.citaat}`)).toEqual(redenen);
  });

  it('says how the amount meets the threshold', () => {
    const uitkomst = toetsBeleid(wabo, antwoorden({ bedragen: [bouwkosten(620_000)] }));
    expect(uitkomst.ok && uitkomst.advies.redenen[0]!.toelichting).toBe('Bouwkosten: € 620.000,00, niet minder dan de drempel van € 500.000,00.');
    expect(uitkomst.ok && uitkomst.advies.conclusie).toBe('Volgens de beleidsregel wordt de Wet Bibob toegepast: aan één criterium is voldaan.');
  });

  it('says that the bestuursorgaan may still apply the law when no criterion is met (art. 3 lid 1 "kunnen")', () => {
    const uitkomst = toetsBeleid(wabo, geenAntwoorden());
    expect(uitkomst.ok && uitkomst.advies.conclusie).toMatch(/geen Bibob-toets voor.*art\. 3 lid 1 Wet Bibob/);
  });

  it('a toepassingsgebied the beleid leaves out: no questions, no prescribed screening', () => {
    const uitkomst = toetsBeleid(null, geenAntwoorden());
    expect(uitkomst.ok && uitkomst.advies).toMatchObject({ toepassen: false, redenen: [] });
    expect(toetsBeleid(null, antwoorden({ signalen: ['riec'] })).ok).toBe(false);
  });

  it.each<[string, IntakeAntwoorden, string]>([
    ['an unknown category', antwoorden({ categorieen: ['casino'] }), 'antwoorden.categorieen[0]'],
    ['an unknown threshold', antwoorden({ bedragen: [{ drempel: 'koopsom', bedragCent: 100, verlaagd: [] }] }), 'antwoorden.bedragen[0].drempel'],
    ['a risk area of no threshold', antwoorden({ bedragen: [bouwkosten(80_000, ['haven'])] }), 'antwoorden.bedragen[0].verlaagd[0]'],
    ['the same threshold twice', antwoorden({ bedragen: [bouwkosten(1), bouwkosten(2)] }), 'antwoorden.bedragen[1].drempel'],
    ['a new exploitant where the beleid does not ask', antwoorden({ wisselingExploitant: true }), 'antwoorden.wisselingExploitant'],
  ])('refuses %s, at its place', (_case, given, pad) => {
    const beleid = _case.startsWith('a new exploitant') ? { ...wabo, wisselingExploitant: null } : wabo;
    const uitkomst = toetsBeleid(beleid, given);
    expect(uitkomst.ok).toBe(false);
    expect(!uitkomst.ok && uitkomst.problemen.map((probleem) => probleem.pad)).toEqual([pad]);
  });
});

describe('the coordinator decides; a departure needs its reason (Awb 4:84)', () => {
  const toepassen = { toepassen: true, redenen: [], conclusie: '' };
  const nietToepassen = { toepassen: false, redenen: [], conclusie: '' };
  it.each([
    ['follows the advice to apply', toepassen, { toepassen: true }, []],
    ['follows the advice not to apply', nietToepassen, { toepassen: false }, []],
    ['does not apply against the advice, without a reason', toepassen, { toepassen: false }, [AFWIJKING_ZONDER_REDEN]],
    ['does not apply against the advice, with only spaces', toepassen, { toepassen: false, afwijkingReden: '   ' }, [AFWIJKING_ZONDER_REDEN]],
    ['applies although the beleid does not say so, without a reason', nietToepassen, { toepassen: true }, [AFWIJKING_ZONDER_REDEN]],
    ['departs with a reason', toepassen, { toepassen: false, afwijkingReden: 'Verlenging van een vergunning van een bekende exploitant, pas in 2025 getoetst.' }, []],
  ])('%s', (_case, advies, beslissing, meldingen) => {
    expect(beslissingProblemen(advies, beslissing).map((probleem) => probleem.melding)).toEqual(meldingen);
  });
});

describe('the beleidsregel as JSON', () => {
  it('the example is marked as an example, reads back from its own JSON, and covers the three toepassingsgebieden', () => {
    expect(VOORBEELD_BELEID.voorbeeld).toBe(true);
    expect(VOORBEELD_BELEID.naam).toBe('Voorbeeld — vervang door de beleidsregel van uw gemeente');
    const gelezen = leesBeleidsregel(JSON.parse(beleidsregelNaarJson(VOORBEELD_BELEID)));
    expect(gelezen).toEqual({ ok: true, beleid: VOORBEELD_BELEID });
    expect(Object.keys(VOORBEELD_BELEID.gebieden).sort()).toEqual(['horeca', 'vastgoed', 'wabo']);
  });

  it('the example: an Alcoholwet licence in horeca is always in scope; € 80.000 of building costs only in a risk area', () => {
    const horeca = toetsBeleid(VOORBEELD_BELEID.gebieden.horeca!, antwoorden({ categorieen: ['alcoholwet'] }));
    expect(horeca.ok && horeca.advies.toepassen).toBe(true);
    const buiten = toetsBeleid(VOORBEELD_BELEID.gebieden.wabo!, antwoorden({ bedragen: [bouwkosten(80_000)] }));
    expect(buiten.ok && buiten.advies.toepassen).toBe(false);
    const binnen = toetsBeleid(VOORBEELD_BELEID.gebieden.wabo!, antwoorden({ bedragen: [bouwkosten(80_000, ['risicogebied'])] }));
    expect(binnen.ok && binnen.advies.toepassen).toBe(true);
  });

  it.each<[string, (beleid: Record<string, unknown>) => void, string]>([
    ['an unknown format', (beleid) => (beleid.formaat = 'bibob-beleid/2'), 'formaat'],
    ['an empty version', (beleid) => (beleid.versie = ' '), 'versie'],
    ['a date that does not exist', (beleid) => (beleid.vastgesteldOp = '2026-02-30'), 'vastgesteldOp'],
    ['an unknown field', (beleid) => (beleid.extra = 1), ''],
    ['an unknown toepassingsgebied', (beleid) => ((beleid.gebieden as Record<string, unknown>).subsidie = {}), 'gebieden'],
    ['a threshold in cents', (beleid) => (((beleid.gebieden as { wabo: Gebiedsbeleid }).wabo.drempels[0] as { vanafEuro: number }).vanafEuro = 500_000.5), 'gebieden.wabo.drempels[0].vanafEuro'],
    ['a lowered threshold that is not lower', (beleid) => ((beleid.gebieden as { wabo: Gebiedsbeleid }).wabo.drempels[0]!.verlaagd!.vanafEuro = 500_000), 'gebieden.wabo.drempels[0].verlaagd.vanafEuro'],
    ['an id used twice', (beleid) => ((beleid.gebieden as { wabo: Gebiedsbeleid }).wabo.signalen[0]!.id = 'risicobouwwerk'), 'gebieden.wabo.signalen[0].id'],
  ])('refuses %s, at its place', (_case, change, pad) => {
    const beleid = JSON.parse(beleidsregelNaarJson(VOORBEELD_BELEID)) as Record<string, unknown>;
    change(beleid);
    const gelezen = leesBeleidsregel(beleid);
    expect(gelezen.ok).toBe(false);
    expect(!gelezen.ok && gelezen.problemen[0]!.pad).toBe(pad);
  });
});

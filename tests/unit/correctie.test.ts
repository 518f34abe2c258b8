import { describe, expect, it } from 'vitest';
import { wijzigingen } from '../../src/domain/correctie';
import { answerChanges, statusAfterAnswerWithdrawn } from '../../src/domain/informatieverzoeken';
import { bevindingCorrigeren, bevindingIntrekken, EMPTY_BEOORDELING, type Art4Kader, type Beoordeling, type Bevinding } from '../../src/domain/beoordeling';

/** An application case (no revocation): art. 4 lid 1 does not apply. */
const KADER: Art4Kader = { intrekking: false, houders: [] };

describe('which fields a correction changes (issue 18 §2)', () => {
  const note = { bron: 'kvk', geraadpleegdOp: '2026-11-02', bevinding: 'Niets gevonden.', kenmerk: undefined as string | undefined };
  const rows: { rule: string; after: typeof note; changes: Record<string, [unknown, unknown]> }[] = [
    { rule: 'nothing changed', after: { ...note }, changes: {} },
    { rule: 'one field', after: { ...note, bevinding: 'Bestuurder sinds 2019.' }, changes: { bevinding: ['Niets gevonden.', 'Bestuurder sinds 2019.'] } },
    { rule: 'an absent field filled in counts from null', after: { ...note, kenmerk: '1234' }, changes: { kenmerk: [null, '1234'] } },
    { rule: 'two fields', after: { ...note, bron: 'media', geraadpleegdOp: '2026-11-01' }, changes: { bron: ['kvk', 'media'], geraadpleegdOp: ['2026-11-02', '2026-11-01'] } },
  ];
  for (const row of rows) it(row.rule, () => expect(wijzigingen(note, row.after, ['bron', 'geraadpleegdOp', 'bevinding', 'kenmerk'])).toEqual(row.changes));

  const answer = { ontvangenOp: '2026-11-10', samenvatting: 'Geen gevaar.', beperkingen: ['niet-aan-betrokkene', 'derdenbelang'] };
  it('the use restrictions of an answer compare as a set', () => {
    expect(answerChanges(answer, { ...answer, beperkingen: ['derdenbelang', 'niet-aan-betrokkene'] })).toEqual({});
    expect(answerChanges(answer, { ...answer, beperkingen: ['derdenbelang'] })).toEqual({ beperkingen: [['derdenbelang', 'niet-aan-betrokkene'], ['derdenbelang']] });
    expect(answerChanges(answer, { ...answer, ontvangenOp: '2026-11-09' })).toEqual({ ontvangenOp: ['2026-11-10', '2026-11-09'] });
  });
  it('a withdrawn answer leaves the request awaited as before: extended or sent', () => {
    expect(statusAfterAnswerWithdrawn(true)).toBe('verlengd');
    expect(statusAfterAnswerWithdrawn(false)).toBe('verzonden');
  });
});

describe('correcting and withdrawing a finding keeps the assessment within art. 3, 3a and 4 Wet Bibob', () => {
  const b1: Bevinding = { id: 'b1', betrokkeneId: 'p1', soort: 'veroordeling', omschrijving: 'Witwassen (2024).', bron: 'Justitiële documentatie', datum: '2024-05-01', ernst: 'zwaar' };
  const b2: Bevinding = { id: 'b2', betrokkeneId: 'p1', soort: 'overig-feit', omschrijving: 'Krantenbericht.', bron: 'Media', datum: '2026-10-01', ernst: 'gering' };
  const ernstig: Beoordeling = {
    ...EMPTY_BEOORDELING,
    bevindingen: [b1, b2],
    relaties: [{ bevindingId: 'b1', betrokkeneId: 'p1', grondslag: 'a', toelichting: 'Zelf begaan.' }],
    gevaar: [
      { grond: 'a', mate: 'ernstig', factoren: ['lid2-a', 'lid2-c', 'lid2-d'], motivering: 'Recente witwasveroordeling van de bestuurder.' },
      { grond: 'b', mate: 'geen', factoren: [], motivering: '' },
    ],
  };
  const geen: Beoordeling = { ...ernstig, gevaar: [{ grond: 'a', mate: 'geen', factoren: [], motivering: '' }, ernstig.gevaar[1]!] };

  const withdrawals: { rule: string; beoordeling: Beoordeling; id: string; outcome: 'ok' | 'onbekend' | 'regels'; relatiesWeg?: number }[] = [
    { rule: 'a finding nothing rests on', beoordeling: ernstig, id: 'b2', outcome: 'ok', relatiesWeg: 0 },
    { rule: 'the finding the ernstig gevaar rests on (art. 3 lid 2 sub a, lid 4)', beoordeling: ernstig, id: 'b1', outcome: 'regels' },
    { rule: 'the same finding once the degree is geen: its relation goes with it', beoordeling: geen, id: 'b1', outcome: 'ok', relatiesWeg: 1 },
    { rule: 'an unknown finding', beoordeling: ernstig, id: 'b9', outcome: 'onbekend' },
  ];
  for (const row of withdrawals) {
    it(`withdrawing ${row.rule}`, () => {
      const result = bevindingIntrekken(row.beoordeling, row.id, null, KADER);
      expect(result.ok ? 'ok' : result.reden).toBe(row.outcome);
      if (result.ok) {
        expect(result.beoordeling.bevindingen.map((bevinding) => bevinding.id)).not.toContain(row.id);
        expect(result.vervallenRelaties).toHaveLength(row.relatiesWeg!);
        expect(result.beoordeling.relaties.some((relatie) => relatie.bevindingId === row.id)).toBe(false);
      }
    });
  }

  it('a correction the rules carry replaces the finding in place; an acquittal under the relation is refused (art. 3a lid 3)', () => {
    const ok = bevindingCorrigeren(ernstig, { ...b1, ernst: 'aanzienlijk' }, null, KADER);
    expect(ok.ok && ok.beoordeling.bevindingen[0]).toMatchObject({ id: 'b1', ernst: 'aanzienlijk' });
    expect(ok.ok && ok.voor).toEqual(b1);
    const refused = bevindingCorrigeren(ernstig, { ...b1, soort: 'vrijspraak' }, null, KADER);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reden === 'regels' && refused.problemen.map((probleem) => probleem.melding).join(' ')).toContain('art. 3a lid 3');
    expect(bevindingCorrigeren(ernstig, { ...b1, id: 'b9' }, null, KADER)).toEqual({ ok: false, reden: 'onbekend' });
  });
});

import { describe, expect, it } from 'vitest';
import { afgerondeEerdereRondes, doubleInvitationProblem, geenNieuweRondeProblems, invitationProblems, responseProblems, verderBesluitStapGedaan, zienswijzeStepDone, type ZienswijzePartij } from '../../src/domain/zienswijze';

const partij = (extra: Partial<ZienswijzePartij> = {}): ZienswijzePartij => ({
  betrokkeneId: 'b1',
  rol: 'betrokkene',
  uitgenodigdOp: '2027-03-01',
  termijnTot: '2027-03-15',
  redenKorteTermijn: '',
  afschriftAdvies: true,
  geheimhoudingGewezen: true,
  ontvangenOp: null,
  samenvatting: '',
  uitkomst: 'weigeren',
  ...extra,
});

describe('the invitation to give a zienswijze (art. 33, art. 28 lid 3 Wet Bibob)', () => {
  it.each([
    ['two weeks, with advice and warning', {}, true, []],
    ['a shorter term without a reason', { termijnTot: '2027-03-10' }, true, ['redenKorteTermijn']],
    ['a shorter term with a reason', { termijnTot: '2027-03-10', redenKorteTermijn: 'De vergunning verloopt op 12 maart.' }, true, []],
    ['a term ending on the day of the invitation', { termijnTot: '2027-03-01' }, true, ['termijnTot']],
    ['no copy of the advice', { afschriftAdvies: false }, true, ['afschriftAdvies']],
    ['no warning of secrecy', { geheimhoudingGewezen: false }, true, ['geheimhoudingGewezen']],
    ['no LBB advice: nothing to copy or warn about', { afschriftAdvies: false, geheimhoudingGewezen: false }, false, []],
  ] as const)('%s', (_label, extra, lbbAdvies, paths) => {
    expect(invitationProblems(partij(extra), lbbAdvies).map((problem) => problem.pad)).toEqual(paths);
  });

  it('a third party gets only his part of the advice', () => {
    expect(invitationProblems(partij({ rol: 'derde', afschriftAdvies: false }), true)[0]!.melding).toContain('deel van het LBB-advies dat op hem betrekking heeft');
  });

  it('a zienswijze cannot arrive before the invitation and is summarised', () => {
    expect(responseProblems(partij(), '2027-02-28', 'x').map((problem) => problem.pad)).toEqual(['ontvangenOp']);
    expect(responseProblems(partij(), '2027-03-05', ' ').map((problem) => problem.pad)).toEqual(['samenvatting']);
  });
});

describe('the zienswijze step is done', () => {
  it.each([
    ['nobody invited', [], '2027-04-01', false],
    ['only a third party', [partij({ rol: 'derde', ontvangenOp: '2027-03-05' })], '2027-04-01', false],
    ['the betrokkene answered', [partij({ ontvangenOp: '2027-03-05' })], '2027-03-06', true],
    ['the term runs (its last day)', [partij()], '2027-03-15', false],
    ['the term passed unused', [partij()], '2027-03-16', true],
    ['the betrokkene answered, a third party still has time', [partij({ ontvangenOp: '2027-03-05' }), partij({ betrokkeneId: 'b2', rol: 'derde', termijnTot: '2027-03-20' })], '2027-03-16', false],
  ] as const)('%s: %s', (_label, partijen, today, done) => {
    expect(zienswijzeStepDone(partijen, today, 'weigeren')).toBe(done);
  });
});

/*
 * Art. 33 lid 1 Wet Bibob: the betrokkene is given the opportunity on "de voorgenomen beschikking" — the round
 * belongs to the intended outcome announced. Art. 33 lid 3 makes Awb 4:9–4:12 apply; Awb 4:11 onder b lets the
 * hearing be left out "voor zover de belanghebbende reeds eerder in de gelegenheid is gesteld zijn zienswijze naar
 * voren te brengen en zich sindsdien geen nieuwe feiten of omstandigheden hebben voorgedaan".
 */
describe('the zienswijze round belongs to the intended outcome (art. 33 lid 1, Awb 4:11 onder b)', () => {
  // A round on voorschriften, invited 1 March with a term to 15 March, answered 5 March: done from 5 March.
  const voorschriftenRonde = [partij({ uitkomst: 'verlenen-met-voorschriften', ontvangenOp: '2027-03-05' })];
  const geenNieuwe = { uitkomst: 'weigeren', eerdereUitkomst: 'verlenen-met-voorschriften', reden: 'Het voornemen tot weigeren rust op dezelfde feiten.' } as const;

  it.each([
    ['voorschriften heard, outcome still voorschriften: done', voorschriftenRonde, 'verlenen-met-voorschriften', null, true],
    ['voorschriften heard, outcome now weigeren: the heard round is on another decision, not done', voorschriftenRonde, 'weigeren', null, false],
    ['voorschriften heard, outcome now weigeren, 4:11 b recorded relying on that round: done', voorschriftenRonde, 'weigeren', geenNieuwe, true],
    ['4:11 b recorded for weigeren, but the outcome is now intrekken: the reason was for another outcome, not done', voorschriftenRonde, 'intrekken', geenNieuwe, false],
    [
      '4:11 b relies on a round whose term still runs (invited 1 March, term to 15 March, today 10 March, no answer): no earlier opportunity yet, not done',
      [partij({ uitkomst: 'verlenen-met-voorschriften' })],
      'weigeren',
      geenNieuwe,
      false,
    ],
    [
      'new round on weigeren: betrokkene invited 8 March, term to 22 March, today 10 March: still open, not done',
      [...voorschriftenRonde, partij({ uitkomst: 'weigeren', uitgenodigdOp: '2027-03-08', termijnTot: '2027-03-22' })],
      'weigeren',
      null,
      false,
    ],
    [
      'new round on weigeren answered on 9 March: done',
      [...voorschriftenRonde, partij({ uitkomst: 'weigeren', uitgenodigdOp: '2027-03-08', termijnTot: '2027-03-22', ontvangenOp: '2027-03-09' })],
      'weigeren',
      null,
      true,
    ],
    ['an invitation before any outcome was recorded counts for no round', [partij({ uitkomst: null, ontvangenOp: '2027-03-05' })], 'weigeren', null, false],
    ['no outcome recorded: no step to be done', voorschriftenRonde, null, null, false],
  ] as const)('%s', (_label, partijen, uitkomst, record, done) => {
    expect(zienswijzeStepDone(partijen, '2027-03-10', uitkomst, record)).toBe(done);
  });

  it('offers only finished rounds on another outcome to rely on', () => {
    const open = partij({ betrokkeneId: 'b1', uitkomst: 'intrekken', uitgenodigdOp: '2027-03-08', termijnTot: '2027-03-22' });
    expect(afgerondeEerdereRondes([...voorschriftenRonde, open], 'weigeren', '2027-03-10')).toEqual(['verlenen-met-voorschriften']);
    expect(afgerondeEerdereRondes(voorschriftenRonde, 'verlenen-met-voorschriften', '2027-03-10')).toEqual([]);
  });

  it('refuses leaving out a new round without an earlier finished round or without the reason', () => {
    expect(geenNieuweRondeProblems(voorschriftenRonde, 'weigeren', 'verlenen-met-voorschriften', 'Dezelfde feiten.', '2027-03-10')).toEqual([]);
    expect(geenNieuweRondeProblems(voorschriftenRonde, 'weigeren', 'intrekken', 'Dezelfde feiten.', '2027-03-10').map((p) => p.pad)).toEqual(['eerdereUitkomst']);
    expect(geenNieuweRondeProblems(voorschriftenRonde, 'weigeren', 'verlenen-met-voorschriften', '  ', '2027-03-10').map((p) => p.pad)).toEqual(['reden']);
  });

  it('a new round on a changed outcome is no double invitation; the same outcome while the term runs is', () => {
    const bestaand = [partij({ uitkomst: 'verlenen-met-voorschriften' })]; // term to 15 March, unanswered
    expect(doubleInvitationProblem({ betrokkeneId: 'b1', uitgenodigdOp: '2027-03-10', uitkomst: 'weigeren' }, bestaand, 'A')).toBeNull();
    expect(doubleInvitationProblem({ betrokkeneId: 'b1', uitgenodigdOp: '2027-03-10', uitkomst: 'verlenen-met-voorschriften' }, bestaand, 'A')?.pad).toBe('betrokkeneId');
  });
});

describe('the round of a further decision in the dossier (art. 33 lid 1: the opportunity on the intended decision)', () => {
  // The dossier's own decision is the exploitatievergunning ('verlenen'); the further decision 'alc' is the Alcoholwet
  // licence. Today is Tuesday 16 March 2027: a term to 15 March has passed, one to 16 March still runs.
  const op = (uitkomst: 'weigeren' | 'verlenen-met-voorschriften') => ({ alc: uitkomst });
  it.each([
    ['invited while the licence had no intended outcome: no opportunity on its refusal', [partij({ uitkomst: 'verlenen' })], false],
    ['invited on its intended refusal, the term passed unused', [partij({ uitkomst: 'verlenen', verdereUitkomsten: op('weigeren') })], true],
    ['invited on its intended refusal, the term runs today', [partij({ uitkomst: 'verlenen', termijnTot: '2027-03-16', verdereUitkomsten: op('weigeren') })], false],
    ['invited on voorschriften for it: no opportunity on a refusal', [partij({ uitkomst: 'verlenen', ontvangenOp: '2027-03-05', verdereUitkomsten: op('verlenen-met-voorschriften') })], false],
    ['only a third party invited on it, not the betrokkene', [partij({ rol: 'derde', verdereUitkomsten: op('weigeren') })], false],
    ['the betrokkene answered, the third party still has time', [partij({ ontvangenOp: '2027-03-05', verdereUitkomsten: op('weigeren') }), partij({ betrokkeneId: 'b2', rol: 'derde', termijnTot: '2027-03-20', verdereUitkomsten: op('weigeren') })], false],
  ] as const)('%s', (_label, partijen, done) => {
    expect(verderBesluitStapGedaan(partijen, 'alc', 'weigeren', '2027-03-16')).toBe(done);
  });

  it('no intended outcome: nothing to hear on', () => {
    expect(verderBesluitStapGedaan([partij({ verdereUitkomsten: op('weigeren') })], 'alc', null, '2027-03-16')).toBe(false);
  });

  it('an invitation on a changed outcome of the further decision is a new round, not a double', () => {
    const eerder = partij({ uitkomst: 'verlenen', termijnTot: '2027-03-20' });
    expect(doubleInvitationProblem({ betrokkeneId: 'b1', uitgenodigdOp: '2027-03-08', uitkomst: 'verlenen', verdereUitkomsten: op('weigeren') }, [eerder], 'Café B.V.')).toBeNull();
    expect(doubleInvitationProblem({ betrokkeneId: 'b1', uitgenodigdOp: '2027-03-08', uitkomst: 'verlenen' }, [eerder], 'Café B.V.')?.pad).toBe('betrokkeneId');
  });
});

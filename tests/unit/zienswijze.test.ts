import { describe, expect, it } from 'vitest';
import { invitationProblems, responseProblems, zienswijzeStepDone, type ZienswijzePartij } from '../../src/domain/zienswijze';

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
    expect(zienswijzeStepDone(partijen, today)).toBe(done);
  });
});

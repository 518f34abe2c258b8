import { describe, expect, it } from 'vitest';
import { attachmentsToRemove, backupOverdue, firstUnlockOfDay, isSnapshotName, snapshotName, snapshotsToRemove } from '../../src/domain/reservekopie';

describe('snapshotsToRemove: rotation keeps the newest N', () => {
  const a = '2026-11-28T07-00-00-000Z';
  const b = '2026-11-29T07-00-00-000Z';
  const c = '2026-11-30T07-00-00-000Z';
  const c2 = '2026-11-30T07-00-00-000Z-2'; // taken in the same millisecond as c, so after it
  const d = '2026-12-01T07-00-00-000Z';
  it.each([
    // names (any order), keep → removed (oldest first)
    { names: [d, a, c, b], keep: 2, removed: [a, b], why: 'four, keep two: the two oldest go' },
    { names: [a, b], keep: 7, removed: [], why: 'fewer than N: nothing goes' },
    { names: [a, b, c], keep: 3, removed: [], why: 'exactly N: nothing goes' },
    { names: [c2, c, d], keep: 1, removed: [c, c2], why: 'a same-millisecond suffix sorts after its twin and before the next' },
    { names: [a, b, c], keep: 0, removed: [a, b], why: 'keep below 1 is read as 1: the newest is never removed' },
    { names: ['notities', a, '.2026-12-02T07-00-00-000Z.partial'], keep: 1, removed: [], why: 'folders that are not snapshots are left alone' },
  ])('$why', ({ names, keep, removed }) => {
    expect(snapshotsToRemove(names, keep)).toEqual(removed);
  });
});

describe('attachmentsToRemove', () => {
  it('removes what no kept snapshot names and keeps what any of them names', () => {
    expect(attachmentsToRemove(['f3', 'f1', 'f2'], new Set(['f2']))).toEqual(['f1', 'f3']);
    expect(attachmentsToRemove(['f1'], ['f1', 'f9'])).toEqual([]);
    expect(attachmentsToRemove([], ['f1'])).toEqual([]);
  });
});

describe('snapshotName', () => {
  it('is the UTC time with : and . replaced, and is recognised', () => {
    const name = snapshotName(new Date('2026-12-02T07:40:05.123Z'));
    expect(name).toBe('2026-12-02T07-40-05-123Z');
    expect(isSnapshotName(name)).toBe(true);
    expect(isSnapshotName(`${name}-2`)).toBe(true);
    expect(isSnapshotName('../etc')).toBe(false);
  });
});

describe('backupOverdue: the dashboard warns after more than seven days without a good backup', () => {
  const now = new Date('2026-12-10T12:00:00.000Z');
  it.each([
    // last good, since (vault created), → overdue
    { last: '2026-12-03T12:00:00.000Z', since: '2026-01-01T00:00:00.000Z', overdue: false, why: 'exactly 7 × 24 h ago is not more than a week' },
    { last: '2026-12-03T11:59:59.000Z', since: '2026-01-01T00:00:00.000Z', overdue: true, why: 'one second more than a week: warn' },
    { last: '2026-12-09T18:00:00.000Z', since: '2026-01-01T00:00:00.000Z', overdue: false, why: 'yesterday: fine' },
    { last: null, since: '2026-12-05T09:00:00.000Z', overdue: false, why: 'never, but the vault is 5 days old: a hint, no warning yet' },
    { last: null, since: '2026-11-01T09:00:00.000Z', overdue: true, why: 'never, in a vault of six weeks: warn' },
    { last: null, since: null, overdue: true, why: 'never, and nothing known of its age: warn' },
  ])('$why', ({ last, since, overdue }) => {
    expect(backupOverdue(last, since, now).achterstallig).toBe(overdue);
  });

  it('says how old the last good backup is, in whole days', () => {
    // 10 December 12:00 − 1 December 12:00 = 9 days.
    expect(backupOverdue('2026-12-01T12:00:00.000Z', null, now).melding).toBe('De laatste geslaagde reservekopie is 9 dagen oud. Maak een nieuwe reservekopie.');
  });
});

describe('firstUnlockOfDay', () => {
  it.each([
    { last: null, today: '2026-12-02', due: true },
    { last: '2026-12-01', today: '2026-12-02', due: true },
    { last: '2026-12-02', today: '2026-12-02', due: false },
  ])('last backup day $last, today $today → $due', ({ last, today, due }) => {
    expect(firstUnlockOfDay(last, today)).toBe(due);
  });
});

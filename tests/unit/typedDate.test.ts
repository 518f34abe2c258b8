import { describe, expect, it } from 'vitest';
import { parseTypedDate } from '../../renderer/format';

describe('parseTypedDate: a date typed in one box, as the Dutch write it', () => {
  it.each([
    ['5-10-2026', '2026-10-05'],
    ['05-10-2026', '2026-10-05'],
    ['5/10/2026', '2026-10-05'],
    ['5.10.2026', '2026-10-05'],
    [' 31-12-2026 ', '2026-12-31'],
    ['2026-10-05', '2026-10-05'],
    // The shape is right; the service says that 31 February does not exist.
    ['31-2-2026', '2026-02-31'],
  ])('%s → %s', (typed, iso) => expect(parseTypedDate(typed)).toBe(iso));

  it.each(['', '5 oktober 2026', '5-10-26', '2026/10/05', '10-2026', 'morgen'])('%j is no date', (typed) => expect(parseTypedDate(typed)).toBeNull());
});

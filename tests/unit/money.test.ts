import { describe, expect, it } from 'vitest';
import { parseEuroToCents } from '../../renderer/money';

describe('amounts typed in Dutch', () => {
  it.each([
    ['150000', 15_000_000],
    ['150.000', 15_000_000],
    ['150.000,50', 15_000_050],
    ['€ 2.500', 250_000],
    ['1500,5', 150_050],
    ['12.5', 1250],
    ['0', 0],
    ['1.234.567,89', 123_456_789],
  ])('"%s" is %i cents', (text, cents) => {
    expect(parseEuroToCents(text)).toBe(cents);
  });

  it.each([[''], ['abc'], ['-5'], ['1,234,567'], ['12.3456'], ['1.23,4']])('"%s" is no amount', (text) => {
    expect(parseEuroToCents(text)).toBeNull();
  });
});

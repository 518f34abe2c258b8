import { describe, expect, it } from 'vitest';
import { assessPassphrase, crackTimeText } from '../../src/domain/passphrase';
import { formatRecoveryKey, parseRecoveryKey } from '../../src/domain/recoveryKey';
import { zaaknummerProblem } from '../../src/domain/zaaknummer';

describe('recovery key', () => {
  const bytes = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256);

  it('is written as 13 groups of 4 unambiguous characters and reads back to the same bytes', () => {
    const text = formatRecoveryKey(bytes);
    expect(text.split('-')).toHaveLength(13);
    expect(text).not.toMatch(/[ILOU]/);
    expect(parseRecoveryKey(text)).toEqual(bytes);
  });

  it.each([
    ['lower case', (t: string) => t.toLowerCase()],
    ['spaces for hyphens', (t: string) => t.replace(/-/g, ' ')],
    ['no separators', (t: string) => t.replace(/-/g, '')],
    ['O read for 0 and I or L for 1', (t: string) => t.replace(/0/g, 'O').replace(/1/g, 'l')],
  ])('forgives %s', (_label, transform) => {
    expect(parseRecoveryKey(transform(formatRecoveryKey(bytes)))).toEqual(bytes);
  });

  it.each([
    ['too short', (t: string) => t.slice(0, -1)],
    ['too long', (t: string) => `${t}0`],
    ['a U, which the alphabet lacks', (t: string) => `U${t.slice(1)}`],
    ['non-zero padding bits in the last character', (t: string) => `${t.slice(0, -1)}1`],
    ['empty', () => ''],
  ])('refuses %s', (_label, transform) => {
    expect(parseRecoveryKey(transform(formatRecoveryKey(bytes)))).toBeNull();
  });
});

describe('passphrase assessment', () => {
  // Acceptable from 10^11 estimated guesses: at 2,300 PBKDF2 guesses per second on one GPU, about 1.4 years.
  it.each([
    ['', 'te kort', false],
    ['elf tekens!', 'te kort', false],
    // Twelve characters, but repetition, a common word plus digits, or the app's own words: found in minutes.
    ['aaaaaaaaaaaa', 'zwak', false],
    ['welkom123456', 'zwak', false],
    ['fietsbel1234', 'zwak', false],
    ['Wachtwoord2026!', 'zwak', false],
    ['bibobwerkbank2026', 'zwak', false],
    ['Zomer2026Zomer2026', 'zwak', false],
    ['Amsterdam2026!!', 'zwak', false],
    ['koffie melk 1234', 'redelijk', true],
    ['derde wachtwoordzin hier', 'redelijk', true],
    ['Fietsbel-1234-Oost', 'sterk', true],
    ['paard batterij nietje correct', 'sterk', true],
    ['zomeravond aan de gracht 2026', 'sterk', true],
  ] as const)('%j → %s (acceptable: %s)', (passphrase, strength, acceptable) => {
    const assessment = assessPassphrase(passphrase);
    expect(assessment.strength).toBe(strength);
    expect(assessment.acceptable).toBe(acceptable);
    expect(assessment.hint.length).toBeGreaterThan(0);
  });

  it('says in Dutch how fast a weak passphrase falls and what to choose instead', () => {
    const { hint } = assessPassphrase('welkom123456');
    expect(hint).toMatch(/^Te makkelijk te raden: wie een kopie van het sleutelbestand heeft, vindt deze wachtwoordzin met één videokaart in (minder dan een minuut|ongeveer [\d.]+ (minuut|minuten|uur|dag|dagen))\./);
    expect(hint).toContain('vier of meer losse, ongewone woorden');
  });

  it.each([
    [1_000, 'minder dan een minuut'],
    [2_300 * 60, 'ongeveer 1 minuut'],
    [2_300 * 3600 * 5, 'ongeveer 5 uur'],
    [2_300 * 86_400 * 3, 'ongeveer 3 dagen'],
    [2_300 * 31_557_600 * 1_500, 'ongeveer 1.500 jaar'],
    [1e20, 'meer dan een miljoen jaar'],
  ])('%d guesses take %s on one GPU', (guesses, text) => {
    expect(crackTimeText(guesses)).toBe(text);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(assessPassphrase('😀😀😀😀😀😀😀😀😀😀😀').acceptable).toBe(false);
  });
});

describe('zaaknummer', () => {
  it.each([
    ['BIBOB-2026-001', null],
    ['2026/horeca/12', null],
    ['  Z 1  ', null],
    ['', 'Vul een zaaknummer in.'],
    ['   ', 'Vul een zaaknummer in.'],
    ['-2026', expect.stringMatching(/begint met een letter of cijfer/)],
    ['Z<script>', expect.stringMatching(/letters, cijfers/)],
    ['x'.repeat(41), expect.stringMatching(/hoogstens 40/)],
  ])('%j → %s', (input, expected) => {
    expect(zaaknummerProblem(input)).toEqual(expected);
  });
});

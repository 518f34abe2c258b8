import { describe, expect, it } from 'vitest';
import { parseSjabloon, vulSjabloon } from '../../src/domain/brieven/sjabloon';

const velden = new Set(['aanvrager.naam', 'termijn.zienswijze', 'dossier.zaaknummer']);

describe('letter templates with merge fields', () => {
  it.each([
    ['plain text', 'Geachte heer, mevrouw,', 'Geachte heer, mevrouw,'],
    ['one field', 'Geachte {aanvrager.naam},', 'Geachte Eetcafé De Brug & Co <B.V.>,'],
    ['fields with spaces inside the braces', 'Zaak { dossier.zaaknummer }', 'Zaak BIBOB-2027-001'],
    ['escaped braces', 'Gebruik {{ en }} letterlijk', 'Gebruik { en } letterlijk'],
    ['a field without a value stays visible', 'Termijn: {termijn.zienswijze}', 'Termijn: [termijn.zienswijze]'],
  ])('%s', (_label, template, expected) => {
    const parsed = parseSjabloon(template, velden);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(vulSjabloon(parsed.delen, { 'aanvrager.naam': 'Eetcafé De Brug & Co <B.V.>', 'dossier.zaaknummer': 'BIBOB-2027-001' })).toBe(expected);
  });

  it.each([
    ['an unknown field, with a suggestion', 'Geachte {aanvrager.naan},', 1, 9, 'Bedoelt u {aanvrager.naam}?'],
    ['an unknown field far from any', 'Regel een\nBeste {burgemeester},', 2, 7, 'Onbekend veld {burgemeester}.'],
    ['a field never closed', 'Geachte {aanvrager.naam,\nmet vriendelijke groet', 1, 9, "de '}' ontbreekt"],
    ['a field closed after another opens', 'A {aanvrager.naam {dossier.zaaknummer}', 1, 3, "de '}' ontbreekt"],
    ['a closing brace without an opening one', 'Tekst } hier', 1, 7, "Een '}' zonder '{'"],
    ['not a field name', 'Bedrag {1000}', 1, 8, 'is geen veldnaam'],
  ] as const)('reports %s with its line and column', (_label, template, regel, kolom, melding) => {
    const parsed = parseSjabloon(template, velden);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.fouten[0]).toMatchObject({ regel, kolom });
      expect(parsed.fouten[0]!.melding).toContain(melding);
    }
  });

  it('reports every error, not only the first', () => {
    const parsed = parseSjabloon('{onbekend} en } en {aanvrager.naam', velden);
    expect(parsed.ok ? [] : parsed.fouten.map((fout) => fout.kolom)).toEqual([1, 15, 20]);
  });
});

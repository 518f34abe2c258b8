import { describe, expect, it } from 'vitest';
import {
  VOORWAARDEN_SUB_M_MELDING,
  WACHTWOORDZIN_ALFABET,
  WACHTWOORDZIN_VORM_MELDING,
  formatWachtwoordzin,
  normalizeWachtwoordzin,
  ontvangenVanTekst,
  ontvangerKeuzes,
  ontvangerProblem,
  voorwaardenSubM,
  wachtwoordzinBits,
  wachtwoordzinProblem,
} from '../../src/domain/overdracht';
import { newWachtwoordzin } from '../../main/files/pakketCipher';

describe('the one-time passphrase of an overdrachtspakket', () => {
  it('has at least 120 bits and no look-alike characters', () => {
    expect(wachtwoordzinBits()).toBeGreaterThanOrEqual(120);
    for (const ambiguous of ['0', '1', 'I', 'L', 'O']) expect(WACHTWOORDZIN_ALFABET).not.toContain(ambiguous);
    expect(new Set(WACHTWOORDZIN_ALFABET).size).toBe(WACHTWOORDZIN_ALFABET.length);
  });

  it('is written in six groups of five', () => {
    expect(formatWachtwoordzin(Array.from({ length: 30 }, (_, i) => i))).toBe('23456-789AB-CDEFG-HJKMN-PQRST-UVWXY');
    expect(() => formatWachtwoordzin([1, 2, 3])).toThrow(RangeError);
    expect(() => formatWachtwoordzin(Array.from({ length: 30 }, () => 31))).toThrow(RangeError);
    const made = newWachtwoordzin();
    expect(made).toMatch(/^([2-9A-HJKMNP-Z]{5}-){5}[2-9A-HJKMNP-Z]{5}$/);
    expect(newWachtwoordzin()).not.toBe(made);
  });

  it.each([
    ['ABCDE-FGHJK-MNPQR-STUVW-XYZ23-45678', null],
    ['abcde fghjk mnpqr stuvw xyz23 45678', null],
    ['ABCDEFGHJKMNPQRSTUVWXYZ2345678', null],
    ['ABCDE-FGHJK-MNPQR-STUVW-XYZ23-4567', WACHTWOORDZIN_VORM_MELDING],
    ['ABCDE-FGHJK-MNPQR-STUVW-XYZ23-45670', WACHTWOORDZIN_VORM_MELDING],
    ['ABCDE-FGHJK-MNPQR-STUVW-XYZ23-4567I', WACHTWOORDZIN_VORM_MELDING],
    ['', WACHTWOORDZIN_VORM_MELDING],
  ])('checks the form of %j', (text, expected) => {
    expect(wachtwoordzinProblem(text)).toBe(expected);
  });

  it('forgives case, spaces and hyphens', () => {
    expect(normalizeWachtwoordzin(' abcde-FGHJK  mnpqr ')).toBe('ABCDEFGHJKMNPQR');
  });
});

describe('to whom a package goes (Wet Bibob art. 28)', () => {
  it.each([
    ['collega', null, 'interne overdracht'],
    ['riec', 'd', 'art. 28 lid 2 onder d Wet Bibob'],
    ['bestuursorgaan', 'm', 'art. 28 lid 2 onder m Wet Bibob'],
  ] as const)('%s is registered under %s', (ontvanger, categorie, grondslag) => {
    expect(ontvangerKeuzes[ontvanger].categorie).toBe(categorie);
    expect(ontvangerKeuzes[ontvanger].grondslag).toContain(grondslag);
  });

  it('quotes the RIEC condition "voor zover noodzakelijk" and the four conditions of sub m', () => {
    expect(ontvangerKeuzes.riec.toelichting).toMatch(/voor zover de gegevens noodzakelijk zijn voor het ondersteunen van het bestuursorgaan bij het toepassen van de Wet Bibob/);
    expect(voorwaardenSubM.map((v) => v.slice(0, 3))).toEqual(['1°.', '2°.', '3°.', '4°.']);
    expect(voorwaardenSubM[1]).toMatch(/niet langer dan vijf jaar geleden/);
  });

  it.each([
    ['collega', undefined, null],
    ['riec', undefined, null],
    ['bestuursorgaan', undefined, VOORWAARDEN_SUB_M_MELDING],
    ['bestuursorgaan', [true, true, true], VOORWAARDEN_SUB_M_MELDING],
    ['bestuursorgaan', [true, true, false, true], VOORWAARDEN_SUB_M_MELDING],
    ['bestuursorgaan', [true, true, true, true], null],
  ] as const)('%s with conditions %j: %s', (ontvanger, voorwaarden, expected) => {
    expect(ontvangerProblem(ontvanger, voorwaarden)).toBe(expected);
  });

  it('says from whom and when a dossier was received', () => {
    expect(ontvangenVanTekst({ naam: 'Anna', organisatie: 'Gemeente Leiden' }, '3 december 2026')).toBe('ontvangen van Anna (Gemeente Leiden) op 3 december 2026');
    expect(ontvangenVanTekst({ naam: 'Anna', organisatie: '' }, '3 december 2026')).toBe('ontvangen van Anna op 3 december 2026');
  });
});

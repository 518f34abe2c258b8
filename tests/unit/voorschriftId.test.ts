import { describe, expect, it } from 'vitest';
import { DEFAULT_VOORSCHRIFTEN, nieuwVoorschrift, nieuwVoorschriftSchema, voorschriftIdVoor, voorschriftSchema } from '../../src/domain/beoordeling';

describe('voorschriftIdVoor derives the id of an own voorschrift from its text', () => {
  it.each<[string, string, readonly string[], string]>([
    ['the first words in kebab-case', 'Cameratoezicht bij de ingang.', [], 'cameratoezicht-bij-de-ingang'],
    ['diacritics folded', 'Géén verkoop ná 22.00 uur', [], 'geen-verkoop-na-22-00-uur'],
    ['letters decomposition does not fold', 'Straße Łódź Øresund đak ıslak', [], 'strasse-lodz-oresund-dak-islak'],
    ['cut at a word within 48 characters', 'De vergunninghouder houdt cameratoezicht bij de ingang en de nooduitgang.', [], 'de-vergunninghouder-houdt-cameratoezicht-bij-de'],
    ['one long word cut to 48', 'a'.repeat(60), [], 'a'.repeat(48)],
    ['no letters or digits at all', '—!?', [], 'voorschrift'],
    ['a taken id numbered', 'Cameratoezicht', ['cameratoezicht'], 'cameratoezicht-2'],
    ['the next free number', 'Cameratoezicht', ['cameratoezicht', 'cameratoezicht-2', 'cameratoezicht-3'], 'cameratoezicht-4'],
    ['a default id not reused', 'Girale betalingen', DEFAULT_VOORSCHRIFTEN.map((entry) => entry.id), 'girale-betalingen-2'],
  ])('%s', (_name, tekst, bestaand, id) => {
    expect(voorschriftIdVoor(tekst, bestaand)).toBe(id);
    expect(voorschriftSchema.shape.id.safeParse(id).success).toBe(true);
  });
});

describe('nieuwVoorschrift', () => {
  const invoer = { tekst: 'Cameratoezicht bij de ingang.', wegneemtGevaar: 'Beperkt drugshandel aan de deur (art. 3 lid 1 sub b).', toepassingsgebieden: ['horeca'] as const };

  it('adds the derived id to the entry', () => {
    expect(nieuwVoorschrift(DEFAULT_VOORSCHRIFTEN, invoer)).toEqual({ ok: true, voorschrift: { ...invoer, id: 'cameratoezicht-bij-de-ingang' } });
  });

  it.each([
    ['the same text', invoer.tekst],
    ['the same text in other case and spacing', '  cameratoezicht  bij de INGANG. '],
  ])('refuses %s at the text field', (_name, tekst) => {
    const library = [...DEFAULT_VOORSCHRIFTEN, { ...invoer, id: 'camera' }];
    expect(nieuwVoorschrift(library, { ...invoer, tekst })).toEqual({ ok: false, problems: [{ pad: 'tekst', melding: 'Dit voorschrift staat al met dezelfde tekst in de bibliotheek.' }] });
  });

  it('the contract takes no id from the coordinator', () => {
    expect(nieuwVoorschriftSchema.safeParse(invoer).success).toBe(true);
    const withId = nieuwVoorschriftSchema.safeParse({ ...invoer, id: 'camera' });
    expect(withId.success).toBe(false);
    expect(withId.error?.issues[0]?.message).toBe('Onbekend veld in een voorschrift: id.');
  });
});

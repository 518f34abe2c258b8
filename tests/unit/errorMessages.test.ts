import { describe, expect, it } from 'vitest';
import { contract } from '../../src/contract';
import { betrokkeneInputSchema, betrokkeneInputSchemaVoor } from '../../src/contract/schemas';
import { naamOntbreektMelding, rolIds } from '../../src/domain/betrokkenen';
import { maakBrief } from '../../src/domain/brieven/maakBrief';
import { briefSoortIds, briefSoorten, veldenVan } from '../../src/domain/brieven/soorten';
import { withUnshownMessages } from '../../renderer/hooks/useSubmission';

const DOSSIER_ID = '00000000-0000-4000-8000-000000000001';

function messagesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

describe('a betrokkene without a name: the message names the role (issue 18 §6)', () => {
  it.each([
    ['bestuurder', 'Vul de naam van de bestuurder in.'],
    ['aanvrager', 'Vul de naam van de aanvrager in.'],
    ['aandeelhouder', 'Vul de naam van de aandeelhouder in.'],
    ['ubo', 'Vul de naam van de UBO (uiteindelijk belanghebbende) in.'],
  ])('betrokkenen.add with rol %s', (rol, message) => {
    const result = contract['betrokkenen.add'].input.safeParse({ dossierId: DOSSIER_ID, wie: { nieuw: { soort: 'persoon', naam: '   ' } }, rol });
    expect(messagesOf(result)).toEqual([{ path: 'wie.nieuw.naam', message }]);
  });

  it('no role ever gets the aanvrager message but the aanvrager', () => {
    for (const rol of rolIds) {
      const message = naamOntbreektMelding(rol);
      expect(message).toMatch(/^Vul de naam van de .+ in\.$/);
      if (rol !== 'aanvrager') expect(message).not.toContain('van de aanvrager in');
    }
  });

  it('a name is still checked for its other rules, and a named betrokkene passes', () => {
    const ok = contract['betrokkenen.add'].input.safeParse({ dossierId: DOSSIER_ID, wie: { nieuw: { soort: 'persoon', naam: 'J. Jansen' } }, rol: 'bestuurder' });
    expect(ok.success).toBe(true);
    const tooLong = contract['betrokkenen.add'].input.safeParse({ dossierId: DOSSIER_ID, wie: { nieuw: { soort: 'persoon', naam: 'x'.repeat(401) } }, rol: 'bestuurder' });
    expect(messagesOf(tooLong).map((issue) => issue.message)).toEqual(['Een naam heeft hoogstens 400 tekens.']);
  });

  it('the questionnaire proposal schema names the proposed role; without one it says "betrokkene"', () => {
    expect(messagesOf(betrokkeneInputSchemaVoor('vennoot').safeParse({ soort: 'persoon', naam: '' }))).toEqual([{ path: 'naam', message: 'Vul de naam van de vennoot in.' }]);
    expect(messagesOf(betrokkeneInputSchema.safeParse({ soort: 'persoon', naam: '' }))).toEqual([{ path: 'naam', message: 'Vul de naam van de betrokkene in.' }]);
  });
});

describe('a letter refused for a missing field speaks Dutch, not template names (issue 18 §6)', () => {
  it('the vragenformulier without its term', () => {
    const result = maakBrief('toezending-vragenformulier', briefSoorten['toezending-vragenformulier'].standaard, {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const termijn = result.problemen.find((probleem) => probleem.pad === 'termijn.vragenformulier');
    expect(termijn?.melding).toBe(
      'Deze brief kan niet worden gemaakt, want dit ontbreekt: de datum waarop het ingevulde formulier binnen moet zijn. De aanvrager moet weten wanneer het formulier binnen moet zijn.',
    );
  });

  it.each(briefSoortIds)('%s: every required field has a Dutch description, and no message shows a {field}', (soortId) => {
    const velden = veldenVan(soortId);
    for (const verplicht of briefSoorten[soortId].verplicht) expect(velden[verplicht.veld]?.omschrijving, verplicht.veld).toBeTruthy();
    const result = maakBrief(soortId, briefSoorten[soortId].standaard, {});
    if (result.ok) return;
    for (const probleem of result.problemen) expect(probleem.melding).not.toMatch(/[{}]|heeft geen waarde/);
  });
});

describe('a field message that no field shows goes into the alert box', () => {
  it('adds unshown messages, with the error message when there was no alert', () => {
    expect(withUnshownMessages(null, 'Niet alle gegevens zijn goed.', { a: 'Fout A', b: 'Fout B' }, ['Fout A'])).toEqual({ message: 'Niet alle gegevens zijn goed.', details: ['Fout B'] });
  });

  it('keeps the alert as it is when every message is shown', () => {
    const alert = { message: 'M', details: ['X'] };
    expect(withUnshownMessages(alert, 'M', { a: 'Fout A' }, ['Fout A'])).toBe(alert);
    expect(withUnshownMessages(null, 'M', {}, [])).toBeNull();
  });

  it('adds to an existing alert without repeating what it already says', () => {
    expect(withUnshownMessages({ message: 'M', details: ['X'] }, 'M', { a: 'X', b: 'Y', c: 'Y' }, [])).toEqual({ message: 'M', details: ['X', 'Y'] });
  });

  it('both art. 28 lid 3 messages of the zienswijze invitation, when the checkboxes render no error', () => {
    const errors = { afschriftAdvies: 'Geef de betrokkene een afschrift van het LBB-advies (art. 28 lid 3 Wet Bibob).', geheimhoudingGewezen: 'Wijs schriftelijk op de geheimhoudingsplicht.' };
    expect(withUnshownMessages(null, 'De uitnodiging kan niet worden vastgelegd.', errors, [])?.details).toEqual(Object.values(errors));
  });
});

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { actionSentence, auditActionsNamed, detailLines } from '../../src/domain/auditZinnen';

const main = path.resolve(__dirname, '../../main');

/**
 * Every audit action the main process writes: the string literals in an `action:` property (a ternary gives two),
 * read from the source of main/ outside main/electron (whose `action: 'deny'` is a window-open answer, no audit).
 */
function actionsWrittenByMain(): string[] {
  const files = readdirSync(main, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts') && !file.startsWith(`electron${path.sep}`));
  const actions = new Set<string>();
  for (const file of files) {
    const source = readFileSync(path.join(main, file), 'utf8');
    for (const [, expression] of source.matchAll(/\baction:\s*([^,}\n]*(?:\?[^,}\n]*)?)/g)) {
      for (const [, literal] of expression!.matchAll(/'([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*)'/g)) actions.add(literal!);
    }
  }
  return [...actions].sort();
}

describe('the audit trail in Dutch sentences', () => {
  it.each([
    ['dossier.aangemaakt', 'C. Grasmuis maakte het dossier aan.'],
    ['herstel.ingetrokken', 'C. Grasmuis trok een herstelverzoek in.'],
    ['lbb.betrokkene-geinformeerd', 'C. Grasmuis legde de mededeling van art. 32 Wet Bibob vast.'],
    ['verzoek.antwoord-gecorrigeerd', 'C. Grasmuis corrigeerde het antwoord op een verzoek.'],
    ['kluis.ontgrendeld.met-herstelsleutel', 'C. Grasmuis opende de kluis met de herstelsleutel en stelde een nieuwe wachtwoordzin in.'],
    ['herstelsleutel.afgedrukt', 'C. Grasmuis drukte de herstelsleutel af.'],
    // An action of another version of the app is read from its code, never dropped.
    ['toekomst.iets-nieuws', 'C. Grasmuis — toekomst: iets nieuws.'],
  ])('%s → %s', (action, sentence) => {
    expect(actionSentence('C. Grasmuis', action)).toBe(sentence);
  });

  it('has a Dutch sentence for every audit action the services write', () => {
    const written = actionsWrittenByMain();
    // The scan itself works: it finds plain, ternary and helper-returned actions.
    expect(written).toEqual(expect.arrayContaining(['dossier.aangemaakt', 'lbb.advies-aangevraagd', 'verzoek.verzonden', 'reservekopie.mislukt', 'eigen-onderzoek.notitie']));
    expect(written.length).toBeGreaterThan(100);
    expect(written.filter((action) => !auditActionsNamed.has(action))).toEqual([]);
  });

  it('writes lists and nested details as words, never as JSON', () => {
    expect(detailLines({ rollen: ['bestuurder', 'aandeelhouder', 'verhuurder'], filter: { fase: 'intake', toepassingsgebied: 'horeca' }, leeg: [] })).toEqual([
      'rollen: bestuurder, aandeelhouder, verhuurder',
      'filter: fase intake, toepassingsgebied horeca',
      'leeg: (leeg)',
    ]);
  });

  it('leaves out ids that are not named so, such as the two ends of a relation', () => {
    expect(
      detailLines({
        van: '6e6f044f-eb03-436a-9ef1-b038ab1b5b33',
        naar: ['2c19453c-0ddd-43ad-9baa-c23dfb64c19a', null],
        soort: 'ubo-van',
        percentage: 100,
      }),
    ).toEqual(['soort: ubo-van', 'percentage: 100']);
  });

  it('shows a change as old → new, a first value as the value, a cleared one as (leeg), yes/no in Dutch; leaves ids and unchanged fields out', () => {
    expect(
      detailLines({
        betrokkeneId: 'b-1',
        aanvragerNaam: ['Eetcafe De Leew B.V.', 'Eetcafé De Leeuw B.V.'],
        kvkNummer: [null, '12345678'],
        adres: ['Markt 1', null],
        notities: [null, null],
        rol: ['bestuurder', 'bestuurder'],
        ontvangenOp: ['2026-10-05', '2026-10-06'],
        bevestigd: true,
        reden: 'Tikfout',
      }),
    ).toEqual([
      'aanvrager naam: Eetcafe De Leew B.V. → Eetcafé De Leeuw B.V.',
      'kvk nummer: 12345678',
      'adres: Markt 1 → (leeg)',
      'ontvangen op: 5 oktober 2026 → 6 oktober 2026',
      'bevestigd: ja',
      'reden: Tikfout',
    ]);
  });
});

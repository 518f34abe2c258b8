import { describe, expect, it } from 'vitest';
import { lopendeTermijnen, type DossierTermFacts } from '../../src/domain/termijnen/agenda';
import { agendaIcs, foldLine } from '../../src/domain/termijnen/ics';
import { DEFAULT_DECREED_DAYS } from '../../src/domain/termijnen';

const holidays = { decreedDays: DEFAULT_DECREED_DAYS };
const geen: DossierTermFacts = { dossierId: 'd1', zaaknummer: 'BIB-2026-0001', gesloten: false, ambtshalve: false, herstelverzoeken: [], zienswijzen: [], besluitBekendgemaaktOp: null };
// Mon 2 Nov 2026 sent, term to Mon 16 Nov 2026.
const herstel = { verzondenOp: '2026-11-02', termijnTot: '2026-11-16', aangevuldOp: null, aanvulling: null } as const;

const soortEnDatum = (feiten: Partial<DossierTermFacts>, vandaag: string) =>
  lopendeTermijnen({ ...geen, ...feiten }, vandaag, holidays).map((item) => [item.soort, item.datum, item.artikel]);

describe('lopendeTermijnen: each kind of running term of a dossier, with hand-checked dates', () => {
  it.each<[string, Partial<DossierTermFacts>, string, (string | RegExp)[][]]>([
    ['no facts, no terms', {}, '2026-11-10', []],
    ['a running hersteltermijn: its stored last day', { herstelverzoeken: [herstel] }, '2026-11-10', [['hersteltermijn', '2026-11-16', 'art. 4:5 lid 1 Awb']]],
    // Term passed unused on Mon 16 Nov 2026; four weeks from the day after: Mon 14 Dec 2026, a working day.
    ['the hersteltermijn passed unused: the 4 weeks of Awb 4:5 lid 4', { herstelverzoeken: [herstel] }, '2026-11-20', [['buiten-behandeling', '2026-12-14', 'art. 4:5 lid 4 Awb']]],
    // Completed incompletely on Thu 12 Nov 2026: four weeks → Thu 10 Dec 2026.
    ['completed incompletely: the 4 weeks from the completion', { herstelverzoeken: [{ ...herstel, aangevuldOp: '2026-11-12', aanvulling: 'onvolledig' }] }, '2026-11-13', [['buiten-behandeling', '2026-12-10', 'art. 4:5 lid 4 Awb']]],
    ['completed fully: nothing runs', { herstelverzoeken: [{ ...herstel, aangevuldOp: '2026-11-12', aanvulling: 'volledig' }] }, '2026-11-13', []],
    ['a revocation has no aanvraag: no 4:5 lid 4 term', { ambtshalve: true, herstelverzoeken: [herstel] }, '2026-11-20', []],
    [
      'two zienswijze invitations, one answered',
      { zienswijzen: [{ rol: 'betrokkene', termijnTot: '2026-11-24', ontvangenOp: null }, { rol: 'derde', termijnTot: '2026-11-24', ontvangenOp: '2026-11-20' }] },
      '2026-11-23',
      [['zienswijzetermijn', '2026-11-24', 'art. 33 Wet Bibob; art. 4:9–4:12 Awb']],
    ],
    ['a zienswijzetermijn that passed no longer runs', { zienswijzen: [{ rol: 'betrokkene', termijnTot: '2026-11-24', ontvangenOp: null }] }, '2026-11-25', []],
    // Made known Thu 5 Nov 2026; six weeks from the day after: Thu 17 Dec 2026.
    ['the bezwaartermijn after the besluit', { besluitBekendgemaaktOp: '2026-11-05' }, '2026-11-23', [['bezwaartermijn', '2026-12-17', /^art\. 6:7 Awb; art\. 6:8 lid 1 Awb$/]]],
    // Made known Sat 14 Nov 2026; six weeks = Sat 26 Dec 2026 (also 2nd Christmas day) → Atw: Mon 28 Dec 2026.
    ['a bezwaartermijn ending on a Saturday moves by the Atw', { besluitBekendgemaaktOp: '2026-11-14' }, '2026-11-23', [['bezwaartermijn', '2026-12-28', /art\. 6:7 Awb; art\. 6:8 lid 1 Awb; .*Algemene termijnenwet|Atw/]]],
    ['the bezwaartermijn that passed no longer runs', { besluitBekendgemaaktOp: '2026-11-05' }, '2026-12-18', []],
    [
      'a closed dossier gives only its bezwaartermijn',
      { gesloten: true, herstelverzoeken: [herstel], zienswijzen: [{ rol: 'betrokkene', termijnTot: '2026-11-24', ontvangenOp: null }], besluitBekendgemaaktOp: '2026-11-05' },
      '2026-11-10',
      [['bezwaartermijn', '2026-12-17', /art\. 6:7 Awb/]],
    ],
    [
      'several at once, earliest first',
      { herstelverzoeken: [herstel], zienswijzen: [{ rol: 'derde', termijnTot: '2026-11-12', ontvangenOp: null }], besluitBekendgemaaktOp: '2026-11-05' },
      '2026-11-10',
      [
        ['zienswijzetermijn', '2026-11-12', expect.any(String)],
        ['hersteltermijn', '2026-11-16', expect.any(String)],
        ['bezwaartermijn', '2026-12-17', expect.any(String)],
      ],
    ],
  ])('%s', (_name, feiten, vandaag, expected) => {
    const actual = soortEnDatum(feiten, vandaag);
    expect(actual).toHaveLength(expected.length);
    expected.forEach(([soort, datum, artikel], i) => {
      expect(actual[i]![0]).toBe(soort);
      expect(actual[i]![1]).toBe(datum);
      if (artikel instanceof RegExp) expect(actual[i]![2]).toMatch(artikel);
      else expect(actual[i]![2]).toEqual(artikel);
    });
  });
});

describe('agendaIcs: RFC 5545', () => {
  const items = [
    { dossierId: 'd1', zaaknummer: 'BIB-2026-0001', soort: 'zienswijzetermijn' as const, datum: '2026-11-24', artikel: 'x', omschrijving: 'y' },
    { dossierId: 'd1', zaaknummer: 'BIB-2026-0001', soort: 'zienswijzetermijn' as const, datum: '2026-11-24', artikel: 'x', omschrijving: 'y' },
    { dossierId: 'd2', zaaknummer: 'BIB-2026-0002', soort: 'bezwaartermijn' as const, datum: '2026-12-31', artikel: 'x', omschrijving: 'y' },
  ];
  const ics = agendaIcs(items, new Date('2026-11-23T10:00:00.000Z'));

  it('has CRLF line ends only, all-day events, a unique UID each and a DTSTAMP', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(lines).toContain('DTSTART;VALUE=DATE:20261124');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(lines.filter((l) => l === 'DTSTAMP:20261123T100000Z')).toHaveLength(3);
    const uids = lines.filter((l) => l.startsWith('UID:'));
    expect(new Set(uids).size).toBe(3);
    expect(lines).toContain('SUMMARY:BIB-2026-0002 – Bezwaartermijn');
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const long = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(long).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const line of folded) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(folded.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(long);
  });
});

import { describe, expect, it } from 'vitest';
import { nogUitTeNodigen, voornemenUitkomst, zienswijzeTermijnProblemen } from '../../src/domain/brieven';
import type { Outcome } from '../../src/domain/workflow';
import type { Toepassingsgebied } from '../../src/domain/toepassingsgebied';

const aanvrager = { betrokkeneId: 'a', naam: 'Café B.V.', aanvrager: true };
const bestuurder = { betrokkeneId: 'b', naam: 'P. Pieters', aanvrager: false };
const verhuurder = { betrokkeneId: 'v', naam: 'V. Verhuur', aanvrager: false };
const ontvangers = [aanvrager, bestuurder, verhuurder];

describe('nogUitTeNodigen: who gets the voornemen or the bericht before the invitation is recorded', () => {
  it.each<[string, 'betrokkene' | 'derde', { betrokkeneId: string; uitkomst: Outcome | null }[], Outcome | null, string[]]>([
    ['no intended outcome: nobody', 'betrokkene', [], null, []],
    ['the voornemen goes to the applicant', 'betrokkene', [], 'weigeren', ['a']],
    ['the bericht to every other betrokkene', 'derde', [], 'weigeren', ['b', 'v']],
    ['not again once invited on this outcome', 'betrokkene', [{ betrokkeneId: 'a', uitkomst: 'weigeren' }], 'weigeren', []],
    ['again on a changed outcome (a new round)', 'betrokkene', [{ betrokkeneId: 'a', uitkomst: 'verlenen-met-voorschriften' }], 'weigeren', ['a']],
    ['only the third party not yet invited', 'derde', [{ betrokkeneId: 'v', uitkomst: 'weigeren' }], 'weigeren', ['b']],
  ])('%s', (_name, rol, partijen, uitkomst, ids) => {
    expect(nogUitTeNodigen(rol, ontvangers, partijen, uitkomst).map((ontvanger) => ontvanger.betrokkeneId)).toEqual(ids);
  });
});

describe('voornemenUitkomst: only an outcome that needs the art. 33 step', () => {
  it.each<[Toepassingsgebied, Outcome | null, Outcome | null]>([
    ['horeca', null, null],
    ['horeca', 'verlenen', null],
    ['horeca', 'weigeren', 'weigeren'],
    ['horeca', 'verlenen-met-voorschriften', 'verlenen-met-voorschriften'],
    ['wabo', 'intrekken', 'intrekken'],
  ])('%s, %s → %s', (gebied, uitkomst, verwacht) => {
    expect(voornemenUitkomst(gebied, uitkomst)).toBe(verwacht);
  });
});

describe('zienswijzeTermijnProblemen: the term the letter names', () => {
  it.each<[string | null, string | null]>([
    [null, 'Vul de laatste dag van de zienswijzetermijn in'],
    ['2027-03-21', 'De zienswijzetermijn moet na vandaag eindigen.'],
    ['2027-03-22', 'De zienswijzetermijn moet na vandaag eindigen.'],
    ['2027-03-23', null],
    ['2027-04-05', null],
  ])('ends %s', (termijnTot, melding) => {
    const problemen = zienswijzeTermijnProblemen(termijnTot, '2027-03-22');
    if (melding === null) expect(problemen).toEqual([]);
    else expect(problemen).toEqual([expect.stringContaining(melding)]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../main/app';
import { EMPTY_BEOORDELING, type Beoordeling } from '../../src/domain/beoordeling';
import { briefTekst } from '../support/briefTekst';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, TEST_ITERATIONS, call, trustedSender } from '../support/testVault';
import { callOk } from '../support/call';

/*
 * Issue 23 §1: the real order of the zienswijze step (art. 33 lid 1 Wet Bibob, Awb 4:8). The voornemen is made first —
 * the letter announcing the intended decision and inviting the applicant — and the invitation is recorded after it
 * went out. So the letter is offered, through the dispatcher, as soon as the intended outcome and the people to invite
 * are known, with the checks every voornemen has: the grounds, the postal address, a term.
 */

let app: App;

const BRIEFHOOFD = {
  gemeente: 'Gemeente Proefstad',
  adres: 'Postbus 1\n1234 AB Proefstad',
  ondertekenaar: 'M. Jansen',
  functie: 'teamleider Openbare Orde en Veiligheid',
  contact: '14 071 of bibob@proefstad.nl',
  bezwaarAdres: 'Postbus 2\n1234 AB Proefstad',
};

interface Mogelijk {
  soort: string;
  bronId: string | null;
  bronLabel: string | null;
  invoer: string[];
}

interface Case {
  dossierId: string;
  aanvrager: string;
  bestuurder: string;
  verhuurder: string;
}

/** A horeca dossier with its bestuurder and verhuurder; the assessment is saved with `maatregel` when given. */
let cases = 0;
const bestuurders = ['P. Pieters', 'K. de Wit', 'L. Bakker', 'S. Smit'];
const verhuurders = ['V. Verhuur', 'H. Visser', 'J. Mulder', 'T. Bos'];

async function horecaCase(aanvragerAdres: string | undefined, maatregel: 'weigeren' | null): Promise<Case> {
  cases += 1;
  const dossier = await callOk(app, 'dossiers.create', {
    toepassingsgebied: 'horeca',
    aanvragerNaam: 'Café De Haven B.V.',
    aanvragerSoort: 'rechtspersoon',
    ...(aanvragerAdres ? { aanvragerAdres } : {}),
    aanvragerKvkNummer: `1234567${cases}`,
    besluitsoort: 'alcoholwetvergunning',
    ontvangenOp: '2026-10-05',
    locatieAdres: 'Havenkade 9, Proefstad',
  });
  const dossierId = dossier.id;
  await callOk(app, 'betrokkenen.add', { dossierId, wie: { nieuw: { soort: 'persoon', naam: bestuurders[cases - 1]!, geboortedatum: `1975-02-0${cases}`, adres: 'Dijkweg 5, 1234 EF Proefstad' } }, rol: 'bestuurder' });
  const added = await callOk(app, 'betrokkenen.add', { dossierId, wie: { nieuw: { soort: 'persoon', naam: verhuurders[cases - 1]!, geboortedatum: `1980-05-0${cases}`, adres: 'Kerkweg 1, 1234 GH Proefstad' } }, rol: 'verhuurder' });
  const id = (naam: string) => added.betrokkenen.find((entry) => entry.betrokkene.naam === naam)!.betrokkene.id;
  const found: Case = { dossierId, aanvrager: id('Café De Haven B.V.'), bestuurder: id(bestuurders[cases - 1]!), verhuurder: id(verhuurders[cases - 1]!) };
  if (maatregel) await saveAssessment(found, maatregel);
  return found;
}

async function saveAssessment(found: Case, maatregel: 'weigeren'): Promise<void> {
  const beoordeling: Beoordeling = {
    ...EMPTY_BEOORDELING,
    bevindingen: [{ id: 'heling', betrokkeneId: found.bestuurder, soort: 'veroordeling', omschrijving: 'Veroordeling wegens heling (2023).', bron: 'Justitiële documentatie', datum: '2023-06-01', ernst: 'zwaar' }],
    relaties: [{ bevindingId: 'heling', betrokkeneId: found.aanvrager, grondslag: 'c', via: { betrokkeneId: found.bestuurder, naam: 'de bestuurder' }, hoedanigheid: 'leiding', toelichting: 'Pieters is enig bestuurder.' }],
    gevaar: [
      { grond: 'a', mate: 'geen', factoren: [], motivering: '' },
      { grond: 'b', mate: 'ernstig', factoren: ['lid3-a', 'lid3-d'], motivering: 'HELING-GROND: heling hangt samen met de inkoop van de onderneming.', bevindingIds: ['heling'] },
    ],
    evenredigheid: 'Voorschriften nemen het gevaar van heling bij de inkoop niet weg; weigeren is evenredig.',
    evenredigheidBevindingIds: ['heling'],
  };
  await callOk(app, 'beoordeling.save', { dossierId: found.dossierId, beoordeling, voorgesteldeMaatregel: maatregel });
}

async function mogelijk(dossierId: string, soort: string): Promise<Mogelijk[]> {
  const view = await callOk(app, 'brieven.list', { dossierId });
  return view.mogelijk.filter((entry) => entry.soort === soort);
}

function maak(dossierId: string, soort: string, bronId: string, invoer: Record<string, string>) {
  return call(app, 'brieven.maak', { dossierId, soort, bronId, invoer, doorbrekingen: [] });
}

beforeAll(async () => {
  app = createApp({
    dataFolder: tempFolder('voornemen-vooraf'),
    actor: 'testcoördinator',
    pbkdf2Iterations: TEST_ITERATIONS,
    now: () => new Date('2027-03-22T09:00:00Z'),
    isTrustedSender: (sender) => sender.url === trustedSender.url && sender.isMainFrame,
  });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
  await callOk(app, 'briefhoofd.update', { briefhoofd: BRIEFHOOFD });
});

afterAll(removeTempFolders);

describe('the voornemen before the invitation is recorded (art. 33 lid 1 Wet Bibob)', () => {
  it('is not offered while no outcome that needs a zienswijze is intended', async () => {
    const found = await horecaCase('Havenkade 9\n1234 CD Proefstad', null);
    expect(await mogelijk(found.dossierId, 'voornemen-zienswijze')).toEqual([]);
    expect(await maak(found.dossierId, 'voornemen-zienswijze', found.aanvrager, { zienswijzeTot: '2027-04-05' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Leg eerst een voorgenomen maatregel vast') } });
  });

  it('is made for the applicant before any invitation, dated today and naming the term entered; the invitation then replaces the offer', async () => {
    const found = await horecaCase('Havenkade 9\n1234 CD Proefstad', 'weigeren');
    expect((await callOk(app, 'zienswijze.get', { dossierId: found.dossierId })).partijen).toEqual([]);
    expect(await mogelijk(found.dossierId, 'voornemen-zienswijze')).toEqual([{ soort: 'voornemen-zienswijze', label: expect.any(String), bronId: found.aanvrager, bronLabel: 'Café De Haven B.V., nog niet uitgenodigd', invoer: ['zienswijzeTot', 'doorbrekingen'] }]);
    // The third parties named get their bericht the same way; the applicant does not.
    expect((await mogelijk(found.dossierId, 'bericht-derde')).map((entry) => entry.bronId).sort()).toEqual([found.bestuurder, found.verhuurder].sort());

    expect(await maak(found.dossierId, 'voornemen-zienswijze', found.aanvrager, {})).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: 'invoer.zienswijzeTot', message: expect.stringContaining('Vul de laatste dag van de zienswijzetermijn in') }] } },
    });
    expect(await maak(found.dossierId, 'voornemen-zienswijze', found.aanvrager, { zienswijzeTot: '2027-03-22' })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: 'invoer.zienswijzeTot', message: 'De zienswijzetermijn moet na vandaag eindigen.' }] } },
    });
    expect(await maak(found.dossierId, 'voornemen-zienswijze', found.bestuurder, { zienswijzeTot: '2027-04-05' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Het voornemen gaat naar de aanvrager') } });

    const view = await callOk(app, 'brieven.maak', { dossierId: found.dossierId, soort: 'voornemen-zienswijze', bronId: found.aanvrager, invoer: { zienswijzeTot: '2027-04-05' }, doorbrekingen: [] });
    const brief = view.brieven.at(-1)!;
    expect(brief.soort).toBe('voornemen-zienswijze');
    const tekst = await briefTekst(app, brief.id);
    for (const element of ['22 maart 2027', 'Havenkade 9', '1234 CD Proefstad', 'te weigeren', 'HELING-GROND', '5 april 2027', 'schriftelijk of mondeling']) expect(tekst).toContain(element);
    // Still no invitation: the letter came first.
    expect((await callOk(app, 'zienswijze.get', { dossierId: found.dossierId })).partijen).toEqual([]);

    const invited = await callOk(app, 'zienswijze.invite', { dossierId: found.dossierId, betrokkeneId: found.aanvrager, rol: 'betrokkene', uitgenodigdOp: '2027-03-22', termijnTot: '2027-04-05', afschriftAdvies: false, geheimhoudingGewezen: false });
    expect(await mogelijk(found.dossierId, 'voornemen-zienswijze')).toEqual([expect.objectContaining({ bronId: invited.partijen[0]!.id, bronLabel: 'Café De Haven B.V., uitgenodigd 22 maart 2027', invoer: ['doorbrekingen'] })]);
    expect(await maak(found.dossierId, 'voornemen-zienswijze', found.aanvrager, { zienswijzeTot: '2027-04-05' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('keeps the address check: no voornemen to an applicant without a full postal address (Awb 3:41)', async () => {
    const found = await horecaCase(undefined, 'weigeren');
    expect(await maak(found.dossierId, 'voornemen-zienswijze', found.aanvrager, { zienswijzeTot: '2027-04-05' })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: 'geadresseerde', message: expect.stringContaining('Van Café De Haven B.V. is geen adres vastgelegd') }] } },
    });
  });

  it('refuses a source that is neither an invitation nor a betrokkene of the dossier', async () => {
    const found = await horecaCase('Havenkade 9\n1234 CD Proefstad', 'weigeren');
    expect(await maak(found.dossierId, 'voornemen-zienswijze', '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b', { zienswijzeTot: '2027-04-05' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

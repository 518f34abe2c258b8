import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../main/app';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, call, testApp } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

let app: App;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2027-01-18T09:00:00Z');
  app = testApp(tempFolder('herstel'), { now: () => clock });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
});

async function omgevingsvergunning(): Promise<string> {
  const dossier = await callOk(app, 'dossiers.create', {
    toepassingsgebied: 'wabo',
    aanvragerNaam: 'Bouwbedrijf Proef B.V.',
    besluitsoort: 'omgevingsvergunning',
    ontvangenOp: '2027-01-04',
  });
  return dossier.id;
}

const ontbrekend = [{ omschrijving: 'Vraag 5.2: leningsovereenkomst', waarom: 'De financiering met een lening moet met de overeenkomst worden onderbouwd.' }];

describe('herstelverzoek (Awb 4:5, 4:15 lid 1 sub a)', () => {
  it('is refused without a term', async () => {
    const id = await omgevingsvergunning();
    const result = await call(app, 'herstel.register', { dossierId: id, verzondenOp: '2027-01-18', ontbrekend });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'termijnTot', message: expect.stringMatching(/niet opgeschort/) }] } } });
  });

  it('proposes a term that ends on a working day', async () => {
    // Thu 22 April 2027 + 2 weeks = Thu 6 May 2027 (Hemelvaartsdag), Fri 7 May decreed → Mon 10 May 2027.
    expect(await callOk(app, 'herstel.proposeTerm', { verzondenOp: '2027-04-22', weken: 2 })).toEqual({ termijnTot: '2027-05-10' });
  });

  it('suspends and resumes the beslistermijn exactly as the worked example of §5', async () => {
    const id = await omgevingsvergunning();
    const sent = await callOk(app, 'herstel.register', { dossierId: id, verzondenOp: '2027-01-18', termijnTot: '2027-02-01', ontbrekend });
    // Pending: suspended at most through the term's last day, 19 January – 1 February (14 days) → 15 March, provisional.
    expect(sent.termijn.deadline).toBe('2027-03-15');
    clock = new Date('2027-01-27T09:00:00Z'); // a completion is recorded on or after the day it came in
    const completed = await callOk(app, 'herstel.recordCompletion', { herstelId: sent.herstelverzoeken[0]!.id, aangevuldOp: '2027-01-26', aanvulling: 'volledig' });
    // Completed on Tuesday 26 January: 19–25 January suspended (7 days) → Monday 8 March 2027.
    expect(completed.termijn.deadline).toBe('2027-03-08');
    expect(completed.termijn.explanation).toMatch(/8 maart 2027/);
    expect(completed.buitenBehandelingVoorstel).toBeNull();
    expect(completed.tijdlijn.map((event) => event.soort)).toEqual(expect.arrayContaining(['herstel.verzonden', 'herstel.aangevuld']));
    expect(await call(app, 'herstel.recordCompletion', { herstelId: sent.herstelverzoeken[0]!.id, aangevuldOp: '2027-01-27', aanvulling: 'volledig' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('proposes buiten behandeling when the term passes unused, with its 4-week deadline', async () => {
    const id = await omgevingsvergunning();
    await callOk(app, 'herstel.register', { dossierId: id, verzondenOp: '2027-01-18', termijnTot: '2027-02-01', ontbrekend });
    expect((await callOk(app, 'dossiers.get', { id })).buitenBehandelingVoorstel).toBeNull();
    clock = new Date('2027-02-02T09:00:00Z');
    const detail = await callOk(app, 'dossiers.get', { id });
    // Term passed unused on Monday 1 February; 4 weeks later: Monday 1 March 2027 (Awb 4:5 lid 4).
    expect(detail.buitenBehandelingVoorstel).toMatchObject({ reden: 'termijn-ongebruikt-verstreken', bekendmakenUiterlijk: '2027-03-01', legalBasis: expect.stringMatching(/4:5/) });
  });

  it('proposes buiten behandeling after an incomplete completion', async () => {
    const id = await omgevingsvergunning();
    const sent = await callOk(app, 'herstel.register', { dossierId: id, verzondenOp: '2027-01-18', termijnTot: '2027-02-01', ontbrekend });
    clock = new Date('2027-01-29T09:00:00Z');
    const detail = await callOk(app, 'herstel.recordCompletion', { herstelId: sent.herstelverzoeken[0]!.id, aangevuldOp: '2027-01-29', aanvulling: 'onvolledig' });
    // Completed incompletely on Friday 29 January + 4 weeks = Friday 26 February 2027.
    expect(detail.buitenBehandelingVoorstel).toMatchObject({ reden: 'onvolledig-aangevuld', bekendmakenUiterlijk: '2027-02-26' });
  });

  it('is not the route in a revocation investigation (Wet Bibob art. 4 lid 1)', async () => {
    const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Café Proef', besluitsoort: 'alcoholwetvergunning-intrekking' });
    const result = await call(app, 'herstel.register', { dossierId: dossier.id, verzondenOp: '2027-01-18', termijnTot: '2027-02-01', ontbrekend });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/art\. 4 lid 1 Wet Bibob/) } });
  });
});

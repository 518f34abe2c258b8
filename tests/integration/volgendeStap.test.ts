import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../main/app';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, testApp } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

let app: App;

beforeEach(async () => {
  app = testApp(tempFolder('volgende-stap'), { now: () => new Date('2027-01-18T09:00:00Z') });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
});

describe('dossiers.get: volgende stappen (issue 23 §1)', () => {
  it('follows the dossier from intake to the questionnaire sent, with the engine’s 4:14 lid 3 date', async () => {
    const { id } = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Café Proef B.V.', besluitsoort: 'alcoholwetvergunning', ontvangenOp: '2027-01-04' });
    const fresh = await callOk(app, 'dossiers.get', { id });
    expect(fresh.volgendeStappen.map((stap) => [stap.sectie, stap.artikel, stap.brief])).toEqual([
      // Received Monday 4 January 2027: 8 weeks → Monday 1 March 2027, the last day for the notice (Awb 4:13 lid 2, 4:14 lid 3).
      ['betrokkenen', 'art. 3 lid 4 Wet Bibob', undefined],
      ['vragenformulier', 'art. 7a lid 2 Wet Bibob', 'toezending-vragenformulier'],
      ['beslistermijn', 'art. 4:14 lid 3 Awb', 'termijn-niet-haalbaar'],
      ['beslistermijn', 'art. 4:13 lid 2 en 4:14 lid 3 Awb', undefined],
    ]);
    expect(fresh.volgendeStappen[2]).toMatchObject({ uiterlijk: '2027-03-01', wat: expect.stringMatching(/^Vóór of op 1 maart 2027: mededeling art\. 4:14 lid 3 Awb/) });

    await callOk(app, 'vragenformulier.send', { dossierId: id, verzondenOp: '2027-01-18' });
    const sent = await callOk(app, 'dossiers.get', { id });
    expect(sent.volgendeStappen.find((stap) => stap.sectie === 'vragenformulier')).toMatchObject({ wat: expect.stringMatching(/ontvangst van het ingevulde vragenformulier vast \(verstuurd op 18 januari 2027\)/) });
    expect(sent.volgendeStappen.some((stap) => stap.brief === 'toezending-vragenformulier')).toBe(false);
  });
});

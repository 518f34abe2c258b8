import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../main/app';
import { EMPTY_BEOORDELING, type Beoordeling } from '../../src/domain/beoordeling';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, call, testApp } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

let app: App;

beforeEach(async () => {
  app = testApp(tempFolder('beoordeling'), { now: () => new Date('2027-03-01T09:00:00Z') });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
});

async function horecaDossier(): Promise<{ dossierId: string; jansen: string }> {
  const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Eetcafé Oordeel B.V.', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04' });
  const added = await callOk(app, 'betrokkenen.add', { dossierId: dossier.id, wie: { nieuw: { soort: 'persoon', naam: 'J. Jansen' } }, rol: 'bestuurder' });
  return { dossierId: dossier.id, jansen: added.betrokkenen.find((b) => b.betrokkene.naam === 'J. Jansen')!.betrokkene.id };
}

function ernstig(jansen: string, extra: Partial<Beoordeling> = {}): Beoordeling {
  return {
    ...EMPTY_BEOORDELING,
    bevindingen: [{ id: 'b1', betrokkeneId: jansen, soort: 'veroordeling', omschrijving: 'Veroordeling wegens witwassen (2024).', bron: 'Justitiële documentatie', datum: '2024-05-01', ernst: 'zwaar' }],
    relaties: [{ bevindingId: 'b1', betrokkeneId: jansen, grondslag: 'a', toelichting: 'Jansen heeft het feit zelf begaan.' }],
    gevaar: [
      { grond: 'a', mate: 'ernstig', factoren: ['lid2-a', 'lid2-c', 'lid2-d'], motivering: 'Recente witwasveroordeling van de bestuurder; de financiering is niet verklaard.' },
      { grond: 'b', mate: 'geen', factoren: [], motivering: '' },
    ],
    ...extra,
  };
}

describe('the assessment (art. 3 Wet Bibob)', () => {
  it('refuses ernstig gevaar without a finding, a relation and a motivation, and saves it with them', async () => {
    const { dossierId, jansen } = await horecaDossier();
    const withoutRelation = ernstig(jansen, { relaties: [] });
    const refused = await call(app, 'beoordeling.save', { dossierId, beoordeling: withoutRelation, voorgesteldeMaatregel: null });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(refused)).toContain('art. 3');
    const withoutMotivation = ernstig(jansen);
    const noReason = await call(app, 'beoordeling.save', { dossierId, beoordeling: { ...withoutMotivation, gevaar: [{ ...withoutMotivation.gevaar[0]!, motivering: '' }, withoutMotivation.gevaar[1]!] }, voorgesteldeMaatregel: null });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await callOk(app, 'beoordeling.get', { dossierId })).conclusie).toBe('geen');

    const saved = await callOk(app, 'beoordeling.save', { dossierId, beoordeling: ernstig(jansen), voorgesteldeMaatregel: null });
    expect(saved.conclusie).toBe('ernstig');
    expect(saved.maatregelen).toEqual(['verlenen', 'verlenen-met-voorschriften', 'weigeren', 'intrekken']);
  });

  it('refuses a refusal without the proportionality of lid 5, and a finding about someone outside the dossier', async () => {
    const { dossierId, jansen } = await horecaDossier();
    const refused = await call(app, 'beoordeling.save', { dossierId, beoordeling: ernstig(jansen), voorgesteldeMaatregel: 'weigeren' });
    expect(refused).toMatchObject({ ok: false, error: { details: { issues: expect.arrayContaining([expect.objectContaining({ message: expect.stringContaining('lid 5') })]) } } });
    const stranger = '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b';
    const foreign = ernstig(stranger);
    expect(await call(app, 'beoordeling.save', { dossierId, beoordeling: foreign, voorgesteldeMaatregel: null })).toMatchObject({ ok: false, error: { details: { issues: expect.arrayContaining([expect.objectContaining({ path: 'bevindingen[0].betrokkeneId' })]) } } });
    const accepted = await callOk(app, 'beoordeling.save', { dossierId, beoordeling: ernstig(jansen, { evenredigheid: 'De veroordeling is recent en hangt samen met de exploitatie; voorschriften nemen het gevaar niet weg.' }), voorgesteldeMaatregel: 'weigeren' });
    expect(accepted.voorgesteldeMaatregel).toBe('weigeren');
    // Entered once: the proposed measure is the dossier's intended outcome, and the art. 33 step follows from it.
    const detail = await callOk(app, 'dossiers.get', { id: dossierId });
    expect(detail.dossier.uitkomst).toBe('weigeren');
    expect(await callOk(app, 'zienswijze.get', { dossierId })).toMatchObject({ vereist: true, legalBasis: 'art. 33 lid 1 Wet Bibob' });
  });

  it('a conclusion without LBB advice needs the melding of art. 7a lid 7, again after the conclusion changes', async () => {
    const { dossierId, jansen } = await horecaDossier();
    const saved = await callOk(app, 'beoordeling.save', { dossierId, beoordeling: ernstig(jansen), voorgesteldeMaatregel: null });
    expect(saved.melding).toMatchObject({ vereist: true, grondslag: 'art. 7a lid 7 Wet Bibob' });
    const reported = await callOk(app, 'beoordeling.recordMelding', { dossierId, gemeldOp: '2027-03-01', kenmerk: 'LBB-2027-12' });
    expect(reported.melding).toMatchObject({ vereist: false, meldingen: [expect.objectContaining({ conclusie: 'ernstig' })] });
    expect(await call(app, 'beoordeling.recordMelding', { dossierId, gemeldOp: '2027-03-01' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // Down to mindere mate: the LBB needs the correction.
    const base = ernstig(jansen);
    const lesser = { ...base, gevaar: [{ ...base.gevaar[0]!, mate: 'mindere-mate' as const }, base.gevaar[1]!] };
    const changed = await callOk(app, 'beoordeling.save', { dossierId, beoordeling: lesser, voorgesteldeMaatregel: null });
    expect(changed.melding.vereist).toBe(true);
  });

  it('a suspected withdrawal needs its reason and the melding of art. 7a lid 8', async () => {
    const { dossierId } = await horecaDossier();
    expect(await call(app, 'beoordeling.setTerugtrekking', { dossierId, vermoed: true, toelichting: '' })).toMatchObject({ ok: false, error: { details: { issues: [{ path: 'toelichting' }] } } });
    const suspected = await callOk(app, 'beoordeling.setTerugtrekking', { dossierId, vermoed: true, toelichting: 'Aanvraag ingetrokken een dag na het verzoek om de leningsovereenkomst.' });
    expect(suspected.melding).toMatchObject({ vereist: true, grondslag: 'art. 7a lid 8 Wet Bibob' });
    const reported = await callOk(app, 'beoordeling.recordMelding', { dossierId, gemeldOp: '2027-03-01' });
    expect(reported.melding.vereist).toBe(false);
  });
});

describe('the voorschriften library (art. 3 lid 7)', () => {
  it('ships defaults, takes own entries with an id derived from the text, and never overwrites a default', async () => {
    const before = await callOk(app, 'voorschriften.list', {});
    expect(before.voorschriften.length).toBeGreaterThanOrEqual(8);
    expect(before.eigen).toEqual([]);
    const own = { tekst: 'De vergunninghouder houdt cameratoezicht bij de ingang.', wegneemtGevaar: 'Beperkt het gevaar van drugshandel aan de deur (art. 3 lid 1 sub b).', toepassingsgebieden: ['horeca' as const] };
    const after = await callOk(app, 'voorschriften.add', { voorschrift: own });
    expect(after.eigen).toEqual(['de-vergunninghouder-houdt-cameratoezicht-bij-de']);
    expect(after.voorschriften.at(-1)).toMatchObject({ id: 'de-vergunninghouder-houdt-cameratoezicht-bij-de', tekst: own.tekst });
    // A text that starts the same gets its own id; the same text again is refused at the text field.
    const second = await callOk(app, 'voorschriften.add', { voorschrift: { ...own, tekst: 'De vergunninghouder houdt cameratoezicht bij de ingang en de nooduitgang.' } });
    expect(second.eigen).toEqual(['de-vergunninghouder-houdt-cameratoezicht-bij-de', 'de-vergunninghouder-houdt-cameratoezicht-bij-de-2']);
    expect(await call(app, 'voorschriften.add', { voorschrift: own })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'voorschrift.tekst', message: 'Dit voorschrift staat al met dezelfde tekst in de bibliotheek.' }] } } });
    expect(await call(app, 'voorschriften.add', { voorschrift: { ...own, tekst: before.voorschriften[0]!.tekst } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // The coordinator types no id: one sent along is refused by the contract.
    expect(await call(app, 'voorschriften.add', { voorschrift: { ...own, id: 'camera' } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../main/app';
import type { BeleidstoetsView, BeleidView } from '../../src/contract/beleidCalls';
import type { Beleidsregel } from '../../src/domain/beleid';
import { eigenBeleid as eigenFixture } from '../support/beleidFixture';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, call, exports, testApp } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

let app: App;

beforeEach(async () => {
  app = testApp(tempFolder('beleid'), { now: () => new Date('2027-01-04T09:00:00Z') });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
});

const eigenBeleid = (versie: string, change?: (beleid: Beleidsregel) => void) => eigenFixture('Beleidsregel Bibob Voorbeeldstad 2027', versie, change);

async function newHorecaDossier() {
  return callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Cafe De Hoek B.V.' });
}

const geen = { categorieen: [], signalen: [], bedragen: [], wisselingExploitant: false };

async function auditActions(dossierId: string) {
  const { entries } = await callOk(app, 'audit.forDossier', { dossierId });
  return entries;
}

describe('the Bibob-beleid in the settings', () => {
  it('starts with the example, marked as such; a saved beleid replaces it, audited; export writes its JSON', async () => {
    const start = await callOk(app, 'beleid.get');
    expect(start).toMatchObject({ meegeleverd: true, beleid: { naam: 'Voorbeeld — vervang door de beleidsregel van uw gemeente', voorbeeld: true } });

    const saved = await callOk(app, 'beleid.save', { json: eigenBeleid('2027-1') });
    expect(saved).toMatchObject({ meegeleverd: false, gewijzigdDoor: 'testcoördinator', beleid: { naam: 'Beleidsregel Bibob Voorbeeldstad 2027', versie: '2027-1', voorbeeld: false } });
    expect((await callOk(app, 'beleid.get')).beleid.versie).toBe('2027-1');

    await callOk(app, 'beleid.export');
    const exported = exports.at(-1)!;
    expect(exported.name).toBe('bibob-beleid.json');
    expect(JSON.parse(exported.content)).toMatchObject({ naam: 'Beleidsregel Bibob Voorbeeldstad 2027', versie: '2027-1' });

    // Both are in the audit trail: the new version with the one it replaced, and the export.
    await callOk(app, 'audit.exportCsv', { verstrekking: { categorie: 'i', ontvanger: 'Autoriteit Persoonsgegevens' } });
    const trail = exports.at(-1)!.content;
    expect(trail).toMatch(/"beleid\.opgeslagen";"instelling";.*voorbeeld-1.*2027-1/);
    expect(trail).toContain('beleid.geexporteerd');
  });

  it('refuses a beleid with problems, naming each at its place, and keeps the one in force', async () => {
    const refused = await call(app, 'beleid.save', { json: eigenBeleid('2027-1', (beleid) => (beleid.gebieden.horeca!.drempels[0]!.verlaagd!.vanafEuro = 300_000)) });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('VALIDATION');
    expect((refused.error.details as { issues: { path: string; message: string }[] }).issues[0]).toMatchObject({ path: 'gebieden.horeca.drempels[0].verlaagd.vanafEuro', message: expect.stringMatching(/^De verlaagde drempel/) });
    const notJson = await call(app, 'beleid.save', { json: '{ "formaat": ' });
    expect(!notJson.ok && notJson.error.code).toBe('VALIDATION');
    expect((await callOk(app, 'beleid.get')).meegeleverd).toBe(true);
  });

  it('changed criteria under the version in force are refused: a dossier names the version it was tested against', async () => {
    await callOk(app, 'beleid.save', { json: eigenBeleid('2027-1') });
    const same = await call(app, 'beleid.save', { json: eigenBeleid('2027-1', (beleid) => (beleid.gebieden.horeca!.drempels[0]!.vanafEuro = 100_000)) });
    expect(!same.ok && same.error.message).toMatch(/nieuwe versie/);
    // Saving the same text again changes nothing and is allowed.
    expect((await call(app, 'beleid.save', { json: eigenBeleid('2027-1') })).ok).toBe(true);
  });
});

describe('the beleidstoets at intake', () => {
  it('records the answers, the advice with its quoted reasons and the beleid version on the dossier, audited', async () => {
    const dossier = await newHorecaDossier();
    const before = await callOk(app, 'beleidstoets.get', { dossierId: dossier.id });
    expect(before.toets).toBeNull();
    expect(before.huidig.criteria!.categorieen.map((c) => c.id)).toContain('alcoholwet');

    const view = await callOk(app, 'beleidstoets.record', {
      dossierId: dossier.id,
      antwoorden: { ...geen, categorieen: ['alcoholwet'], wisselingExploitant: true },
      toepassen: true,
    });
    expect(view.toets).toMatchObject({
      beleid: { naam: 'Voorbeeld — vervang door de beleidsregel van uw gemeente', versie: 'voorbeeld-1', voorbeeld: true },
      adviesToepassen: true,
      toepassen: true,
      afwijking: false,
      afwijkingReden: null,
      vastgelegdDoor: 'testcoördinator',
    });
    expect(view.toets!.redenen.map((r) => r.artikel)).toEqual(['art. 2 lid 1 onder d (voorbeeld)', 'art. 2 lid 4 (voorbeeld)']);
    expect(view.toets!.conclusie).toBe('Volgens de beleidsregel wordt de Wet Bibob toegepast: aan 2 criteria is voldaan.');
    expect((await auditActions(dossier.id)).map((e) => e.action)).toContain('beleidstoets.vastgelegd');

    const twice = await call(app, 'beleidstoets.record', { dossierId: dossier.id, antwoorden: geen, toepassen: false });
    expect(!twice.ok && twice.error.code).toBe('CONFLICT');
  });

  it('refuses a departure from the beleid without a reason, at the field; accepts it with one', async () => {
    const dossier = await newHorecaDossier();
    const refused = await call(app, 'beleidstoets.record', { dossierId: dossier.id, antwoorden: { ...geen, categorieen: ['coffeeshop'] }, toepassen: false });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('VALIDATION');
    expect(refused.error.details).toMatchObject({ issues: [{ path: 'afwijkingReden', message: expect.stringMatching(/art\. 4:84 Awb/) }] });
    expect((await callOk(app, 'beleidstoets.get', { dossierId: dossier.id })).toets).toBeNull();

    const reden = 'Verlenging voor dezelfde exploitant, in 2026 volledig getoetst zonder bevindingen.';
    const view = await callOk(app, 'beleidstoets.record', { dossierId: dossier.id, antwoorden: { ...geen, categorieen: ['coffeeshop'] }, toepassen: false, afwijkingReden: reden });
    expect(view.toets).toMatchObject({ adviesToepassen: true, toepassen: false, afwijking: true, afwijkingReden: reden });
  });

  it('refuses answers that name criteria the beleid does not have', async () => {
    const dossier = await newHorecaDossier();
    const refused = await call(app, 'beleidstoets.record', { dossierId: dossier.id, antwoorden: { ...geen, categorieen: ['casino'] }, toepassen: true });
    expect(!refused.ok && refused.error.code).toBe('VALIDATION');
  });

  it('corrects the toets with a reason: the old and new decision in the audit trail; a correction without a reason is refused', async () => {
    const dossier = await newHorecaDossier();
    await callOk(app, 'beleidstoets.record', { dossierId: dossier.id, antwoorden: geen, toepassen: false });
    const noReason = await call(app, 'beleidstoets.correct', { dossierId: dossier.id, antwoorden: { ...geen, signalen: ['signaal-partners'] }, toepassen: true, reden: ' ' });
    expect(!noReason.ok && noReason.error.code).toBe('VALIDATION');

    const view = await callOk(app, 'beleidstoets.correct', {
      dossierId: dossier.id,
      antwoorden: { ...geen, bedragen: [{ drempel: 'investering', bedragCent: 8_000_000, verlaagd: ['risicogebied'] }] },
      toepassen: true,
      reden: 'Het pand blijkt in het aangewezen risicogebied te liggen.',
    });
    expect(view.toets).toMatchObject({ adviesToepassen: true, toepassen: true, correctieReden: 'Het pand blijkt in het aangewezen risicogebied te liggen.', gecorrigeerdDoor: 'testcoördinator' });
    expect(view.toets!.redenen[0]!.toelichting).toBe('Investering in de onderneming (overnamesom, inrichting, verbouwing): € 80.000,00, niet minder dan de drempel van € 50.000,00.');
    const correctie = (await auditActions(dossier.id)).find((e) => e.action === 'beleidstoets.gecorrigeerd')!;
    expect(JSON.parse(correctie.details)).toMatchObject({ besluit: ['niet toepassen', 'toepassen'], reden: 'Het pand blijkt in het aangewezen risicogebied te liggen.' });

    const otherDossier = await newHorecaDossier();
    const nothingToCorrect = await call(app, 'beleidstoets.correct', { dossierId: otherDossier.id, antwoorden: geen, toepassen: false, reden: 'x' });
    expect(!nothingToCorrect.ok && nothingToCorrect.error.code).toBe('NOT_FOUND');
  });

  it('keeps the beleid version and its criteria when the beleid changes later; new dossiers get the new version', async () => {
    await callOk(app, 'beleid.save', { json: eigenBeleid('2027-1') });
    const eerder = await newHorecaDossier();
    await callOk(app, 'beleidstoets.record', { dossierId: eerder.id, antwoorden: { ...geen, bedragen: [{ drempel: 'investering', bedragCent: 30_000_000, verlaagd: [] }] }, toepassen: true });

    // Version 2 raises the threshold to € 400.000 and drops the Alcoholwet category.
    await callOk(app, 'beleid.save', {
      json: eigenBeleid('2027-2', (beleid) => {
        beleid.gebieden.horeca!.drempels[0]!.vanafEuro = 400_000;
        beleid.gebieden.horeca!.categorieen = beleid.gebieden.horeca!.categorieen.filter((c) => c.id !== 'alcoholwet');
      }),
    });
    const kept = await callOk(app, 'beleidstoets.get', { dossierId: eerder.id });
    expect(kept.toets!.beleid.versie).toBe('2027-1');
    expect(kept.toets!.criteria!.drempels[0]!.vanafEuro).toBe(250_000);
    expect(kept.huidig.beleid.versie).toBe('2027-2');
    // A correction is judged by the criteria the dossier was tested against: € 300.000 still meets € 250.000.
    const corrected = await callOk(app, 'beleidstoets.correct', {
      dossierId: eerder.id,
      antwoorden: { ...geen, bedragen: [{ drempel: 'investering', bedragCent: 30_000_000, verlaagd: [] }], wisselingExploitant: true },
      toepassen: true,
      reden: 'Ook een wisseling van exploitant.',
    });
    expect(corrected.toets).toMatchObject({ beleid: { versie: '2027-1' }, adviesToepassen: true });

    const later = await newHorecaDossier();
    const laterView = await callOk(app, 'beleidstoets.record', { dossierId: later.id, antwoorden: { ...geen, bedragen: [{ drempel: 'investering', bedragCent: 30_000_000, verlaagd: [] }] }, toepassen: false });
    expect(laterView.toets).toMatchObject({ beleid: { versie: '2027-2' }, adviesToepassen: false, afwijking: false });
  });
});

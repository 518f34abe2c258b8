import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../main/app';
import { EMPTY_BEOORDELING, type Beoordeling } from '../../src/domain/beoordeling';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, call, testApp } from '../support/testVault';
import { callOk } from '../support/call';
import type { CallInput, CallOutput } from '../../src/contract';

/*
 * Issue 18 §2, the records not covered before: the recorded answer of a request and the LBB advice, research notes
 * and findings corrected or withdrawn with a reason, and a dossier entered by mistake removed.
 */

afterEach(removeTempFolders);

let app: App;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2027-01-18T09:00:00Z');
  app = testApp(tempFolder('intrekken'), { now: () => clock });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
});

async function omgevingsvergunning(aanvragerNaam = 'Bouwbedrijf Proef B.V.', bestaandeLender?: string): Promise<{ dossierId: string; aanvragerId: string; lenderId: string }> {
  const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'wabo', aanvragerNaam, besluitsoort: 'omgevingsvergunning', ontvangenOp: '2027-01-04', locatieAdres: 'Breestraat 1, Leiden' });
  const added = await callOk(app, 'betrokkenen.add', {
    dossierId: dossier.id,
    wie: bestaandeLender ? { bestaandeId: bestaandeLender } : { nieuw: { soort: 'rechtspersoon', naam: 'Noordzee Financiering B.V.', kvkNummer: '12345678' } },
    rol: 'vermogensverschaffer',
  });
  return {
    dossierId: dossier.id,
    aanvragerId: added.betrokkenen.find((b) => b.rollen.some((rol) => rol.rol === 'aanvrager'))!.betrokkene.id,
    lenderId: added.betrokkenen.find((b) => b.betrokkene.naam === 'Noordzee Financiering B.V.')!.betrokkene.id,
  };
}

/** An LBB advice request sent on 18 January 2027, with a complete formulier bevindingen eigen onderzoek. */
async function lbbRequestSent(): Promise<{ dossierId: string; verzoekId: string }> {
  const { dossierId, aanvragerId, lenderId } = await omgevingsvergunning();
  for (const betrokkeneId of [aanvragerId, lenderId]) {
    await callOk(app, 'onderzoek.addNote', { dossierId, betrokkeneId, bron: 'kvk', geraadpleegdOp: '2027-01-15', bevinding: 'Niets bijzonders gevonden.' });
  }
  const view = await callOk(app, 'onderzoek.get', { dossierId });
  await callOk(app, 'onderzoek.updateFormulier', {
    dossierId,
    formulier: { ...view.formulier, aanleiding: { berichtArt26: true, riecAdvies: false, toelichting: '' }, vragenformulierMetBijlagen: true, financieringGecontroleerd: true },
  });
  const created = await callOk(app, 'verzoeken.create', { dossierId, geadresseerde: 'lbb', betrokkeneIds: [aanvragerId], vragen: 'Advies over de mate van gevaar.' });
  const verzoekId = created.verzoeken[0]!.id;
  await callOk(app, 'verzoeken.send', { verzoekId, verzondenOp: '2027-01-18' });
  return { dossierId, verzoekId };
}

async function termijn(dossierId: string): Promise<CallOutput<'dossiers.get'>['termijn']> {
  return (await callOk(app, 'dossiers.get', { id: dossierId })).termijn;
}

async function audit(dossierId: string, action: string): Promise<Record<string, unknown>[]> {
  const { entries } = await callOk(app, 'audit.forDossier', { dossierId });
  return entries.filter((entry) => entry.action === action).map((entry) => JSON.parse(entry.details) as Record<string, unknown>);
}

describe('the recorded LBB advice', () => {
  it('corrected: the receipt date moves the end of the art. 31 suspension, audited old → new, and goes through the date rules', async () => {
    const { dossierId, verzoekId } = await lbbRequestSent();
    clock = new Date('2027-02-15T09:00:00Z');
    await callOk(app, 'verzoeken.recordAnswer', { verzoekId, ontvangenOp: '2027-02-15', samenvatting: 'Mindere mate van gevaar (art. 3 lid 1 sub a).' });
    // Suspended 18 January – 15 February (29 days): 1 March + 29 = 30 March 2027.
    expect(await termijn(dossierId)).toEqual({ ...(await termijn(dossierId)), deadline: '2027-03-30', provisional: false });

    // The advice really came on 10 February: suspended 18 January – 10 February (24 days) → 25 March 2027.
    const corrected = await callOk(app, 'verzoeken.correctAnswer', {
      verzoekId,
      ontvangenOp: '2027-02-10',
      samenvatting: 'Mindere mate van gevaar (art. 3 lid 1 sub a).',
      beperkingen: ['niet-aan-betrokkene'],
      reden: 'Ontvangstdatum verkeerd overgenomen van de envelop.',
    });
    expect(corrected.verzoeken[0]).toMatchObject({ status: 'beantwoord', antwoord: { ontvangenOp: '2027-02-10', beperkingen: ['niet-aan-betrokkene'] } });
    expect((await termijn(dossierId)).deadline).toBe('2027-03-25');
    expect(await audit(dossierId, 'lbb.advies-gecorrigeerd')).toEqual([
      expect.objectContaining({ ontvangenOp: ['2027-02-15', '2027-02-10'], beperkingen: [[], ['niet-aan-betrokkene']], reden: 'Ontvangstdatum verkeerd overgenomen van de envelop.' }),
    ]);
    const detail = await callOk(app, 'dossiers.get', { id: dossierId });
    expect(detail.tijdlijn.find((event) => event.soort === 'lbb.advies-gecorrigeerd')?.omschrijving).toContain('Ontvangen op 10 februari 2027 in plaats van 15 februari 2027');

    // Before the request, in the future, or nothing changed: refused at the field, nothing stored.
    const before = await call(app, 'verzoeken.correctAnswer', { verzoekId, ontvangenOp: '2027-01-10', samenvatting: 'x', beperkingen: [], reden: 'Tikfout.' });
    expect(before).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'ontvangenOp', message: expect.stringContaining('vóór de verzending van het verzoek') }] } } });
    const future = await call(app, 'verzoeken.correctAnswer', { verzoekId, ontvangenOp: '2027-02-16', samenvatting: 'x', beperkingen: [], reden: 'Tikfout.' });
    expect(future).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'ontvangenOp', message: expect.stringContaining('na vandaag') }] } } });
    const same = await call(app, 'verzoeken.correctAnswer', { verzoekId, ontvangenOp: '2027-02-10', samenvatting: 'Mindere mate van gevaar (art. 3 lid 1 sub a).', beperkingen: ['niet-aan-betrokkene'], reden: 'Nog eens.' });
    expect(same).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'samenvatting', message: expect.stringContaining('Wijzig ten minste') }] } } });
    expect((await termijn(dossierId)).deadline).toBe('2027-03-25');
  });

  it('withdrawn: the request is awaited again and the beslistermijn is what it was while the advice was awaited', async () => {
    const { dossierId, verzoekId } = await lbbRequestSent();
    clock = new Date('2027-02-15T09:00:00Z');
    const awaited = await termijn(dossierId);
    expect(awaited).toMatchObject({ deadline: '2027-04-26', provisional: true });
    const awaitedRequest = (await callOk(app, 'verzoeken.list', { dossierId })).verzoeken[0]!;

    await callOk(app, 'verzoeken.recordAnswer', { verzoekId, ontvangenOp: '2027-02-15', samenvatting: 'Ernstig gevaar.' });
    expect(await termijn(dossierId)).toMatchObject({ deadline: '2027-03-30', provisional: false });
    expect((await callOk(app, 'beoordeling.get', { dossierId })).lbbAdviesOntvangen).toBe(true);

    const withdrawn = await callOk(app, 'verzoeken.withdrawAnswer', { verzoekId, reden: 'Het advies hoorde bij een ander dossier.' });
    expect(withdrawn.verzoeken[0]).toMatchObject({ status: 'verzonden', antwoord: null, uiterlijkOp: awaitedRequest.uiterlijkOp });
    expect(await termijn(dossierId)).toEqual(awaited);
    expect((await callOk(app, 'beoordeling.get', { dossierId })).lbbAdviesOntvangen).toBe(false);
    const agenda = await callOk(app, 'agenda.list', {});
    expect(agenda.items.filter((item) => item.dossierId === dossierId).map((item) => item.wat)).toContain('Advies van het Landelijk Bureau Bibob verwacht');

    expect(await audit(dossierId, 'lbb.advies-ingetrokken')).toEqual([
      expect.objectContaining({ reden: 'Het advies hoorde bij een ander dossier.', ontvangenOp: ['2027-02-15', null], samenvatting: ['Ernstig gevaar.', null], status: ['beantwoord', 'verzonden'] }),
    ]);
    const detail = await callOk(app, 'dossiers.get', { id: dossierId });
    expect(detail.tijdlijn.find((event) => event.soort === 'lbb.advies-ingetrokken')?.omschrijving).toContain('Het advies hoorde bij een ander dossier.');

    // Twice: a conflict, and correcting an advice that is not there either.
    expect(await call(app, 'verzoeken.withdrawAnswer', { verzoekId, reden: 'Nog eens.' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call(app, 'verzoeken.correctAnswer', { verzoekId, ontvangenOp: '2027-02-15', samenvatting: 'x', beperkingen: [], reden: 'x' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call(app, 'verzoeken.withdrawAnswer', { verzoekId: '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b', reden: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    // The real advice can then be recorded.
    await callOk(app, 'verzoeken.recordAnswer', { verzoekId, ontvangenOp: '2027-02-15', samenvatting: 'Geen gevaar.' });
    expect((await termijn(dossierId)).deadline).toBe('2027-03-30');
  });

  it('withdrawn after an extension: the request is extended again, with the LBB due date of art. 15 lid 3', async () => {
    const { dossierId, verzoekId } = await lbbRequestSent();
    clock = new Date('2027-03-01T09:00:00Z');
    const extended = await callOk(app, 'verzoeken.lbbExtension', { verzoekId, gemeldOp: '2027-03-01', weken: 2 });
    await callOk(app, 'verzoeken.recordAnswer', { verzoekId, ontvangenOp: '2027-03-01', samenvatting: 'Geen gevaar.' });
    const withdrawn = await callOk(app, 'verzoeken.withdrawAnswer', { verzoekId, reden: 'Verkeerd verzoek aangeklikt.' });
    expect(withdrawn.verzoeken[0]).toMatchObject({ status: 'verlengd', uiterlijkOp: extended.verzoeken[0]!.uiterlijkOp });
    expect((await termijn(dossierId)).provisional).toBe(true);
  });
});

describe('research notes', () => {
  it('corrected with a reason (audit old → new, timeline) and withdrawn with a reason (counted nowhere after)', async () => {
    const { dossierId, aanvragerId } = await omgevingsvergunning();
    const added = await callOk(app, 'onderzoek.addNote', { dossierId, betrokkeneId: aanvragerId, bron: 'kvk', geraadpleegdOp: '2027-01-15', bevinding: 'Bestuurder P. de Vreis.' });
    const notitieId = added.notities[0]!.id;
    const base = { notitieId, betrokkeneId: aanvragerId, bron: 'kvk' as const, geraadpleegdOp: '2027-01-14', bevinding: 'Bestuurder P. de Vries.', reden: 'Tikfout in de naam en de datum.' };
    const corrected = await callOk(app, 'onderzoek.correctNote', base);
    expect(corrected.notities).toEqual([expect.objectContaining({ bevinding: 'Bestuurder P. de Vries.', geraadpleegdOp: '2027-01-14' })]);
    expect(corrected.bevindingenFormulier.sections.flatMap((section) => section.regels).join('\n')).not.toContain('Vreis');
    expect(await audit(dossierId, 'eigen-onderzoek.notitie-gecorrigeerd')).toEqual([
      expect.objectContaining({ bevinding: ['Bestuurder P. de Vreis.', 'Bestuurder P. de Vries.'], geraadpleegdOp: ['2027-01-15', '2027-01-14'], reden: 'Tikfout in de naam en de datum.' }),
    ]);
    const detail = await callOk(app, 'dossiers.get', { id: dossierId });
    expect(detail.tijdlijn.find((event) => event.soort === 'eigen-onderzoek.notitie-gecorrigeerd')?.omschrijving).toContain('de datum van raadpleging, de bevinding');

    expect(await call(app, 'onderzoek.correctNote', { ...base, geraadpleegdOp: '2027-01-19' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'geraadpleegdOp' }] } } });
    expect(await call(app, 'onderzoek.correctNote', base)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Wijzig ten minste één gegeven van de notitie.' } });

    const withdrawn = await callOk(app, 'onderzoek.withdrawNote', { notitieId, reden: 'Hoort bij een ander dossier.' });
    expect(withdrawn.notities).toEqual([]);
    expect(withdrawn.bevindingenFormulier.sections.flatMap((section) => section.regels).join('\n')).not.toContain('De Vries');
    expect(await audit(dossierId, 'eigen-onderzoek.notitie-ingetrokken')).toEqual([expect.objectContaining({ reden: 'Hoort bij een ander dossier.', notitie: expect.objectContaining({ bevinding: 'Bestuurder P. de Vries.' }) })]);
    expect(await call(app, 'onderzoek.withdrawNote', { notitieId, reden: 'Nog eens.' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call(app, 'onderzoek.correctNote', base)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('findings of the assessment', () => {
  function ernstig(jansen: string): Beoordeling {
    return {
      ...EMPTY_BEOORDELING,
      bevindingen: [
        { id: 'b1', betrokkeneId: jansen, soort: 'veroordeling', omschrijving: 'Veroordeling wegens witwassen (2024).', bron: 'Justitiële documentatie', datum: '2024-05-01', ernst: 'zwaar' },
        { id: 'b2', betrokkeneId: jansen, soort: 'overig-feit', omschrijving: 'Krantenbericht over een ander bedrijf.', bron: 'Media', datum: '2026-10-01', ernst: 'gering' },
      ],
      relaties: [{ bevindingId: 'b1', betrokkeneId: jansen, grondslag: 'a', toelichting: 'Jansen heeft het feit zelf begaan.' }],
      gevaar: [
        { grond: 'a', mate: 'ernstig', factoren: ['lid2-a', 'lid2-c', 'lid2-d'], motivering: 'Recente witwasveroordeling van de bestuurder; de financiering is niet verklaard.' },
        { grond: 'b', mate: 'geen', factoren: [], motivering: '' },
      ],
    };
  }

  it('a correction is audited old → new; a withdrawal is refused while the degree of danger rests on the finding', async () => {
    clock = new Date('2027-03-01T09:00:00Z');
    const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Eetcafé Oordeel B.V.', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04' });
    const added = await callOk(app, 'betrokkenen.add', { dossierId: dossier.id, wie: { nieuw: { soort: 'persoon', naam: 'J. Jansen' } }, rol: 'bestuurder' });
    const jansen = added.betrokkenen.find((b) => b.betrokkene.naam === 'J. Jansen')!.betrokkene.id;
    const dossierId = dossier.id;
    const beoordeling = ernstig(jansen);
    await callOk(app, 'beoordeling.save', { dossierId, beoordeling, voorgesteldeMaatregel: null });

    const b1 = beoordeling.bevindingen[0]!;
    const corrected = await callOk(app, 'beoordeling.correctBevinding', { dossierId, bevinding: { ...b1, datum: '2024-06-01', ernst: 'aanzienlijk' } as CallInput<'beoordeling.correctBevinding'>['bevinding'], reden: 'Datum van het vonnis verkeerd overgenomen.' });
    expect(corrected.beoordeling.bevindingen[0]).toMatchObject({ datum: '2024-06-01', ernst: 'aanzienlijk' });
    expect(corrected.conclusie).toBe('ernstig');
    expect(await audit(dossierId, 'beoordeling.bevinding-gecorrigeerd')).toEqual([
      expect.objectContaining({ bevindingId: 'b1', datum: ['2024-05-01', '2024-06-01'], ernst: ['zwaar', 'aanzienlijk'], reden: 'Datum van het vonnis verkeerd overgenomen.' }),
    ]);
    // A correction the rules cannot carry (an acquittal cannot bear a relation, art. 3a lid 3) is refused at the finding.
    const acquittal = await call(app, 'beoordeling.correctBevinding', { dossierId, bevinding: { ...b1, soort: 'vrijspraak' }, reden: 'Toch vrijgesproken.' });
    expect(acquittal).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(acquittal)).toContain('art. 3a lid 3');
    expect(await call(app, 'beoordeling.correctBevinding', { dossierId, bevinding: { ...b1, id: 'b9' }, reden: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    // Withdrawing the finding the degree of danger rests on is refused; the assessment stays as it was.
    const refused = await call(app, 'beoordeling.withdrawBevinding', { dossierId, bevindingId: 'b1', reden: 'Verkeerde persoon.' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('de beoordeling rust erop') } });
    expect((await callOk(app, 'beoordeling.get', { dossierId })).beoordeling.bevindingen).toHaveLength(2);

    // A finding nothing rests on is withdrawn; twice is a conflict.
    const withdrawn = await callOk(app, 'beoordeling.withdrawBevinding', { dossierId, bevindingId: 'b2', reden: 'Ging over een ander bedrijf.' });
    expect(withdrawn.beoordeling.bevindingen.map((bevinding) => bevinding.id)).toEqual(['b1']);
    expect(await audit(dossierId, 'beoordeling.bevinding-ingetrokken')).toEqual([expect.objectContaining({ bevindingId: 'b2', reden: 'Ging over een ander bedrijf.', bevinding: expect.objectContaining({ omschrijving: 'Krantenbericht over een ander bedrijf.' }) })]);
    expect(await call(app, 'beoordeling.withdrawBevinding', { dossierId, bevindingId: 'b2', reden: 'Nog eens.' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Deze bevinding is al ingetrokken.' } });

    // Once the degree no longer rests on it, b1 is withdrawn with its relation.
    await callOk(app, 'beoordeling.save', { dossierId, beoordeling: { ...withdrawn.beoordeling, gevaar: [{ grond: 'a', mate: 'geen', factoren: [], motivering: '' }, withdrawn.beoordeling.gevaar[1]!] }, voorgesteldeMaatregel: null });
    const emptied = await callOk(app, 'beoordeling.withdrawBevinding', { dossierId, bevindingId: 'b1', reden: 'Verkeerde persoon.' });
    expect(emptied.beoordeling).toMatchObject({ bevindingen: [], relaties: [] });
    expect(emptied.conclusie).toBe('geen');
  });
});

describe('a dossier entered by mistake', () => {
  const count = (dashboard: CallOutput<'dashboard.get'>) => dashboard.perFase.reduce((sum, row) => sum + row.aantal, 0);

  it('is removed after the zaaknummer is confirmed: gone from list, search, agenda, dashboard and annual report; the page is not found; the audit trail keeps it', async () => {
    const kept = await omgevingsvergunning('Bouwbedrijf Blijft B.V.');
    const mistake = await omgevingsvergunning('Bouwbedrijf Vergissing B.V.', kept.lenderId);
    const zaaknummer = (await callOk(app, 'dossiers.get', { id: mistake.dossierId })).dossier.zaaknummer;
    const listed = async () => (await callOk(app, 'dossiers.list', {})).total;
    const found = async (tekst: string) => (await callOk(app, 'search.query', { tekst })).hits;
    const agendaFor = async (dossierId: string) => (await callOk(app, 'agenda.list', {})).items.filter((item) => item.dossierId === dossierId);
    const gestart = async () => (await callOk(app, 'rapport.jaar', { jaar: 2027, vergelijkJaren: 0 })).verslagen[0]!.gestart.totaal;

    expect(await listed()).toBe(2);
    expect(count(await callOk(app, 'dashboard.get', {}))).toBe(2);
    expect(await gestart()).toBe(2);
    expect((await found('Vergissing')).map((hit) => hit.soort).sort()).toEqual(['betrokkene', 'dossier']);
    expect(await agendaFor(mistake.dossierId)).not.toEqual([]);
    const noordzeeBefore = (await found('Noordzee')).filter((hit) => hit.soort === 'betrokkene');

    // The zaaknummer typed wrong: refused at the field, nothing removed.
    expect(await call(app, 'dossiers.remove', { id: mistake.dossierId, zaaknummer: 'BIBOB-1999-999', reden: 'Dubbel aangemaakt.' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: 'zaaknummer', message: expect.stringContaining(zaaknummer) }] } },
    });
    expect(await listed()).toBe(2);

    clock = new Date('2027-01-18T10:30:00Z');
    expect(await callOk(app, 'dossiers.remove', { id: mistake.dossierId, zaaknummer: zaaknummer.toLowerCase(), reden: 'Dubbel aangemaakt bij de intake.' })).toEqual({ zaaknummer });

    expect(await listed()).toBe(1);
    expect((await callOk(app, 'dossiers.list', {})).dossiers.map((d) => d.id)).toEqual([kept.dossierId]);
    expect(await found('Vergissing')).toEqual([]);
    expect(await agendaFor(mistake.dossierId)).toEqual([]);
    expect(count(await callOk(app, 'dashboard.get', {}))).toBe(1);
    expect(await gestart()).toBe(1);
    expect(await call(app, 'dossiers.get', { id: mistake.dossierId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call(app, 'dossiers.update', { id: mistake.dossierId, details: {} })).toMatchObject({ ok: false });
    // The lender was in both dossiers: still found, now only with the dossier that stays.
    const noordzee = (await found('Noordzee')).filter((hit) => hit.soort === 'betrokkene');
    expect(noordzee.flatMap((hit) => hit.dossiers.map((d) => d.id)).sort()).toEqual([kept.dossierId].sort());
    expect(noordzeeBefore.flatMap((hit) => hit.dossiers).length).toBeGreaterThan(noordzee.flatMap((hit) => hit.dossiers).length);
    const keptDetail = await callOk(app, 'dossiers.get', { id: kept.dossierId });
    expect(keptDetail.betrokkenen.find((link) => link.betrokkene.naam === 'Noordzee Financiering B.V.')?.ookInDossiers).toEqual([]);

    const { entries } = await callOk(app, 'audit.forDossier', { dossierId: mistake.dossierId });
    const removal = entries.find((entry) => entry.action === 'dossier.verwijderd')!;
    expect(removal).toMatchObject({ at: '2027-01-18T10:30:00.000Z', actor: expect.any(String) });
    expect(JSON.parse(removal.details)).toMatchObject({ zaaknummer, reden: 'Dubbel aangemaakt bij de intake.' });

    expect(await call(app, 'dossiers.remove', { id: mistake.dossierId, zaaknummer, reden: 'Nog eens.' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call(app, 'dossiers.remove', { id: '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b', zaaknummer, reden: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

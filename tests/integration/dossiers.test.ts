import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../main/app';
import { auditChainKey, keyedFromSeq, listAudit } from '../../main/vault/repositories/auditLog';
import { verifyChain } from '../../main/services/auditService';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, call, exports, testApp } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

let app: App;
let clock = new Date('2027-01-04T09:00:00Z');

beforeEach(async () => {
  clock = new Date('2027-01-04T09:00:00Z');
  app = testApp(tempFolder('dossiers'), { now: () => clock });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
});

interface DossierOut {
  id: string;
  zaaknummer: string;
  fase: string;
  uitersteBeslisdatum: string | null;
}

async function newDossier(extra: Record<string, unknown> = {}): Promise<DossierOut> {
  return callOk(app, 'dossiers.create', { toepassingsgebied: 'wabo', aanvragerNaam: 'Bouwbedrijf Čović B.V.', ...extra });
}

describe('dossiers', () => {
  it('numbers dossiers by the municipality’s scheme when no zaaknummer is given', async () => {
    expect((await newDossier()).zaaknummer).toBe('BIBOB-2027-001');
    await newDossier({ zaaknummer: 'BIBOB-2027-007' });
    expect((await newDossier()).zaaknummer).toBe('BIBOB-2027-008');
  });

  it('computes the beslisdatum of an omgevingsvergunning from the date of receipt and explains it', async () => {
    const dossier = await newDossier({ besluitsoort: 'omgevingsvergunning', ontvangenOp: '2027-01-04' });
    // 4 January 2027 + 8 weeks = Monday 1 March 2027 (art. 16.64 lid 1 Omgevingswet).
    expect(dossier.uitersteBeslisdatum).toBe('2027-03-01');
    const detail = await callOk(app, 'dossiers.get', { id: dossier.id });
    expect(detail.termijn.deadline).toBe('2027-03-01');
    expect(detail.termijn.explanation).toMatch(/1 maart 2027/);
    expect(detail.termijn.explanation).toMatch(/16\.64 lid 1 Omgevingswet/);
  });

  it('moves the beslisdatum for a suspension with the applicant’s consent and refuses an extension after the term ended', async () => {
    const dossier = await newDossier({ besluitsoort: 'omgevingsvergunning', ontvangenOp: '2027-01-04' });
    // 1–7 February 2027 suspended (art. 4:15 lid 2 sub a Awb): 7 days → 8 March 2027. Recorded once it began.
    clock = new Date('2027-02-08T09:00:00Z');
    const termijn = await callOk(app, 'dossiers.addTermEvent', {
      id: dossier.id,
      gebeurtenis: { soort: 'instemming-aanvrager', van: '2027-02-01', tot: '2027-02-07' },
    });
    expect(termijn.deadline).toBe('2027-03-08');
    clock = new Date('2027-03-09T09:00:00Z');
    const late = await call(app, 'dossiers.addTermEvent', { id: dossier.id, gebeurtenis: { soort: 'verdaging', weken: 6, besluitOp: '2027-03-09' } });
    expect(late).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const inTime = await callOk(app, 'dossiers.addTermEvent', { id: dossier.id, gebeurtenis: { soort: 'verdaging', weken: 6, besluitOp: '2027-03-01' } });
    expect(inTime.deadline).toBe('2027-04-19');
  });

  it('records every changed field in the audit trail as old → new', async () => {
    const dossier = await newDossier();
    await callOk(app, 'dossiers.update', {
      id: dossier.id,
      details: { besluitsoort: 'omgevingsvergunning', ontvangenOp: '2027-01-04', locatieAdres: 'Markt 1, Leiden', bagId: null, coordinator: 'J. de Vries', notities: '', uitkomst: null },
    });
    const change = listAudit(app.vault.database()).find((entry) => entry.action === 'dossier.gewijzigd');
    expect(change?.details).toMatchObject({ locatieAdres: ['', 'Markt 1, Leiden'], coordinator: ['testcoördinator', 'J. de Vries'], ontvangenOp: [null, '2027-01-04'] });
    expect(change?.details).not.toHaveProperty('notities');
  });

  it('refuses a kind of decision from another toepassingsgebied', async () => {
    expect(await call(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'X', besluitsoort: 'omgevingsvergunning' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: 'besluitsoort' }] } },
    });
  });

  it('filters and sorts the overview: phase, toepassingsgebied, coordinator, deadline within N days, overdue', async () => {
    const soon = await newDossier({ besluitsoort: 'omgevingsvergunning', ontvangenOp: '2026-11-30', coordinator: 'A' }); // deadline 2027-01-25
    const overdue = await newDossier({ besluitsoort: 'omgevingsvergunning', ontvangenOp: '2026-10-26', coordinator: 'B' }); // deadline 2026-12-21
    await newDossier({ toepassingsgebied: 'vastgoed', aanvragerNaam: 'Vastgoed BV', besluitsoort: 'vastgoed-verkoop', coordinator: 'A' });
    const list = (filter: Record<string, unknown>) => callOk(app, 'dossiers.list', filter);
    expect((await list({ overdue: true })).dossiers.map((d) => d.id)).toEqual([overdue.id]);
    expect((await list({ deadlineWithinDays: 30 })).dossiers.map((d) => d.id)).toEqual([soon.id]);
    expect((await list({ coordinator: 'A' })).total).toBe(2);
    expect((await list({ toepassingsgebied: 'vastgoed' })).total).toBe(1);
    expect((await list({ fase: 'intake' })).total).toBe(3);
    expect((await list({ sort: 'beslisdatum' })).dossiers.map((d) => d.id).slice(0, 2)).toEqual([overdue.id, soon.id]);
    const agenda = await callOk(app, 'agenda.list', {});
    expect(agenda.items.map((item) => [item.dossierId, item.verlopen])).toEqual([
      [overdue.id, true],
      [soon.id, false],
    ]);
  });

  it('moves through the workflow, records it on the timeline, and refuses besluit without an outcome', async () => {
    const dossier = await newDossier();
    await callOk(app, 'dossiers.changePhase', { id: dossier.id, to: 'vragenformulier-uitgezet' });
    const refused = await call(app, 'dossiers.changePhase', { id: dossier.id, to: 'besluit' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'TRANSITION_REFUSED' } });
    const detail = await callOk(app, 'dossiers.get', { id: dossier.id });
    expect(detail.dossier.fase).toBe('vragenformulier-uitgezet');
    expect(detail.tijdlijn.map((event) => event.soort)).toEqual(['aangemaakt', 'fase.vooruit']);
  });
});

describe('betrokkenen', () => {
  it('links the same company to two dossiers as one record, and shows "also in dossier"', async () => {
    const first = await newDossier();
    const second = await newDossier({ toepassingsgebied: 'horeca', aanvragerNaam: 'Eetcafé De Brug B.V.' });
    const financier = { soort: 'rechtspersoon' as const, naam: 'Noordzee Financiering B.V.', kvkNummer: '12345678' };
    const added = await callOk(app, 'betrokkenen.add', {
      dossierId: first.id,
      wie: { nieuw: financier },
      rol: 'vermogensverschaffer',
    });
    const financierId = added.betrokkenen.find((b) => b.betrokkene.naam === financier.naam)!.betrokkene.id;

    // The same company again, typed slightly differently: the service proposes the existing record.
    const duplicate = await call(app, 'betrokkenen.add', { dossierId: second.id, wie: { nieuw: { soort: 'rechtspersoon', naam: 'Noordzee Financiering BV' } }, rol: 'vermogensverschaffer' });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'POSSIBLE_DUPLICATE', details: { candidates: [{ id: financierId }] } } });
    // With the same KvK-nummer it is refused outright, naming the existing record.
    const sameKvk = await call(app, 'betrokkenen.add', { dossierId: second.id, wie: { nieuw: { ...financier, naam: 'Noordzee Financiering BV' } }, rol: 'vermogensverschaffer' });
    expect(sameKvk).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { bestaandeId: financierId } } });
    const linked = await callOk(app, 'betrokkenen.add', {
      dossierId: second.id,
      wie: { bestaandeId: financierId },
      rol: 'vermogensverschaffer',
    });
    expect(linked.betrokkenen.find((b) => b.betrokkene.id === financierId)?.ookInDossiers).toEqual([expect.objectContaining({ zaaknummer: first.zaaknummer })]);
  });

  it('stores a BSN but never returns it unmasked, and checks BSN and KvK-nummer', async () => {
    const dossier = await newDossier();
    const result = await callOk(app, 'betrokkenen.add', {
      dossierId: dossier.id,
      wie: { nieuw: { soort: 'persoon', naam: 'Jan Jansen', bsn: '111222333', geboortedatum: '1970-05-01' } },
      rol: 'bestuurder',
    });
    const jan = result.betrokkenen.find((b) => b.betrokkene.naam === 'Jan Jansen')!;
    expect(jan.betrokkene.bsnGemaskeerd).toBe('••••••333');
    expect(JSON.stringify(result)).not.toContain('111222333');
    expect(await call(app, 'betrokkenen.add', { dossierId: dossier.id, wie: { nieuw: { soort: 'persoon', naam: 'P', bsn: '123456789' } }, rol: 'bestuurder' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await call(app, 'betrokkenen.add', { dossierId: dossier.id, wie: { nieuw: { soort: 'rechtspersoon', naam: 'Q', kvkNummer: '1234' } }, rol: 'onderaannemer' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('merges two records only when confirmed, moving the dossier links', async () => {
    const first = await newDossier({ aanvragerNaam: 'Pizzeria Bella' });
    const second = await newDossier({ aanvragerNaam: 'Pizzaria Bella' });
    const ids = async (id: string) => (await callOk(app, 'dossiers.get', { id })).betrokkenen.map((b) => b.betrokkene.id);
    const [keep] = (await ids(first.id)) as [string];
    const [remove] = (await ids(second.id)) as [string];
    expect(await call(app, 'betrokkenen.merge', { behoudId: keep, samenvoegenId: remove })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await callOk(app, 'betrokkenen.merge', { behoudId: keep, samenvoegenId: remove, bevestigd: true });
    expect(await ids(second.id)).toEqual([keep]);
  });
});

describe('search', () => {
  it('finds a dossier by a betrokkene’s name typed without diacritics, by prefix, by KvK-nummer and by zaaknummer', async () => {
    const dossier = await newDossier({ toepassingsgebied: 'horeca', aanvragerNaam: 'Café Ĳssel B.V.' });
    await callOk(app, 'betrokkenen.add', { dossierId: dossier.id, wie: { nieuw: { soort: 'persoon', naam: 'Dragan Čović' } }, rol: 'bestuurder' });
    await callOk(app, 'betrokkenen.add', { dossierId: dossier.id, wie: { nieuw: { soort: 'rechtspersoon', naam: 'Lening & Co', kvkNummer: '87654321' } }, rol: 'vermogensverschaffer' });
    const dossiersFor = async (tekst: string) =>
      (await callOk(app, 'search.query', { tekst })).hits.flatMap((hit) => hit.dossiers.map((d) => d.id));
    expect(await dossiersFor('covic')).toContain(dossier.id);
    expect(await dossiersFor('drag cov')).toContain(dossier.id);
    expect(await dossiersFor('87654321')).toContain(dossier.id);
    expect(await dossiersFor(dossier.zaaknummer)).toContain(dossier.id);
    expect(await dossiersFor('ijssel')).toContain(dossier.id);
    // Letters that decomposition does not fold (issue 23 §3): typed as a Dutch keyboard writes them.
    const turkish = await newDossier({ toepassingsgebied: 'horeca', aanvragerNaam: 'Yılmaz Straße Ørsted B.V.' });
    expect(await dossiersFor('yilmaz')).toContain(turkish.id);
    expect(await dossiersFor('strasse orsted')).toContain(turkish.id);
    expect(await dossiersFor('Yılmaz')).toContain(turkish.id);
    expect(await dossiersFor('onbekend')).toEqual([]);
    // FTS5 syntax in the input is searched as text, not executed.
    expect((await call(app, 'search.query', { tekst: '"covic" OR NEAR(a b' })).ok).toBe(true);
  });
});

describe('audit trail', () => {
  it('records reads and changes in a chain that verifies, and detects a tampered record', async () => {
    const dossier = await newDossier();
    await callOk(app, 'dossiers.get', { id: dossier.id });
    const own = await callOk(app, 'audit.forDossier', { dossierId: dossier.id });
    expect(own.entries.map((entry) => entry.action)).toEqual(['dossier.aangemaakt', 'dossier.bekeken']);
    expect(await callOk(app, 'audit.verify')).toMatchObject({ intact: true, firstBrokenSeq: null });

    // Someone with the key bypasses the app: drops the guard and edits a past record.
    const db = app.vault.database();
    db.exec('DROP TRIGGER audit_log_no_update');
    const target = listAudit(db).find((entry) => entry.action === 'dossier.aangemaakt')!;
    db.prepare("UPDATE audit_log SET actor = 'iemand anders' WHERE seq = ?").run(target.seq);
    expect(await callOk(app, 'audit.verify')).toMatchObject({ intact: false, firstBrokenSeq: target.seq });
  });

  it('detects a deleted record', () => {
    const db = app.vault.database();
    const entries = listAudit(db);
    const chain = { key: auditChainKey(db), keyedFrom: keyedFromSeq(db) };
    expect(verifyChain(entries, chain).intact).toBe(true);
    expect(verifyChain([entries[0]!, ...entries.slice(2)], chain).intact).toBe(entries.length < 2);
  });

  it('exports the trail as CSV only through the export target, and audits the export', async () => {
    const dossier = await newDossier({ aanvragerNaam: '=HYPERLINK("x")' });
    expect(await call(app, 'audit.exportCsv', { dossierId: dossier.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const exported = await callOk(app, 'audit.exportCsv', { dossierId: dossier.id, verstrekking: { categorie: 'i', ontvanger: 'Autoriteit Persoonsgegevens' } });
    expect(exported).toEqual({ exported: true, regels: 1 });
    const csv = exports.at(-1)!.content;
    expect(csv.split('\r\n')[0]).toContain('"volgnummer";"tijdstip";"gebruiker";"handeling"');
    // A value that a spreadsheet would run as a formula is defused.
    expect(csv).not.toMatch(/[;\n]"=HYPERLINK/);
    expect(listAudit(app.vault.database()).at(-1)?.action).toBe('audit.geexporteerd');
  });

  it('refuses the export of an unknown dossier as NOT_FOUND before any file is handed to the export target', async () => {
    const before = exports.length;
    const auditBefore = listAudit(app.vault.database()).length;
    const result = await call(app, 'audit.exportCsv', { dossierId: '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b', verstrekking: { categorie: 'i', ontvanger: 'Autoriteit Persoonsgegevens' } });
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Dit dossier bestaat niet (meer).' } });
    expect(exports.length).toBe(before);
    expect(listAudit(app.vault.database())).toHaveLength(auditBefore);
  });
});

describe('settings that the deadlines and numbers depend on', () => {
  it('a new zaaknummer prefix numbers the next dossier', async () => {
    await callOk(app, 'settings.update', { zaaknummerPrefix: 'LEI' });
    expect((await newDossier()).zaaknummer).toBe('LEI-2027-001');
  });

  it('a decreed day or an APV that applies the Atw recomputes the stored deadlines of open dossiers', async () => {
    // APV exploitatievergunning, received Friday 15 January 2027: 8 weeks → Friday 12 March 2027.
    clock = new Date('2027-01-15T09:00:00Z');
    const dossier = await callOk(app, 'dossiers.create', {
      toepassingsgebied: 'horeca',
      aanvragerNaam: 'Eetcafé De Brug B.V.',
      besluitsoort: 'exploitatievergunning',
      ontvangenOp: '2027-01-15',
    });
    expect(dossier.uitersteBeslisdatum).toBe('2027-03-12');
    const settings = await callOk(app, 'settings.get');
    // The municipality's APV declares the Atw applicable, and 12 March 2027 is (hypothetically) decreed: → Monday 15 March.
    await callOk(app, 'settings.update', { termijnen: { decreedDays: [...settings.termijnen.decreedDays, '2027-03-12'], apvWeeks: 8, apvExtensionWeeks: 8, apvAtw: true } });
    const list = await callOk(app, 'dossiers.list', {});
    expect(list.dossiers.find((d) => d.id === dossier.id)?.uitersteBeslisdatum).toBe('2027-03-15');
  });
});

describe('kinds of decision', () => {
  it.each([
    // Ow 16.64 lid 1: 8 weeks; 4 Jan 2027 + 56 days = Monday 1 March 2027.
    ['omgevingsvergunning', '2027-01-04', '2027-03-01'],
    // Ow 16.64 lid 1, instemming: 12 weeks; 4 Jan 2027 + 84 days = Monday 29 March 2027, tweede Paasdag
    // (Easter 28 March 2027) → next working day Tuesday 30 March 2027 (art. 1 lid 1, art. 3 lid 1 Atw).
    ['omgevingsvergunning-instemming', '2027-01-04', '2027-03-30'],
    // Awb 4:13 lid 2: redelijke termijn, backstop 8 weeks → Monday 1 March 2027.
    ['alcoholwetvergunning', '2027-01-04', '2027-03-01'],
    // Revocation: ambtshalve, no beslistermijn.
    ['alcoholwetvergunning-intrekking', '2027-01-04', null],
  ])('%s received on %s → %s', async (soort, ontvangenOp, deadline) => {
    const gebied = soort.startsWith('omgevings') ? 'wabo' : 'horeca';
    const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: gebied, aanvragerNaam: 'Proef B.V.', besluitsoort: soort, ontvangenOp });
    expect(dossier.uitersteBeslisdatum).toBe(deadline);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../main/app';
import { listAudit } from '../../main/vault/repositories/auditLog';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, call, exports, testApp } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

let app: App;
const MARKER = 'Markeria Naamsdochter';

beforeEach(async () => {
  // Monday 1 March 2027.
  app = testApp(tempFolder('agenda'), { now: () => new Date('2027-03-01T09:00:00Z') });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
});

async function dossier(coordinator: string): Promise<{ id: string; zaaknummer: string; aanvragerId: string }> {
  const created = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: MARKER });
  await callOk(app, 'dossiers.update', { id: created.id, details: { besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04', locatieAdres: 'Geheimstraat 1, Ergens', bagId: null, coordinator, notities: '', uitkomst: 'weigeren' } });
  const detail = await callOk(app, 'dossiers.get', { id: created.id });
  return { ...created, aanvragerId: detail.betrokkenen.find((b) => b.rollen.some((r) => r.rol === 'aanvrager'))!.betrokkene.id };
}

/** One dossier with a hersteltermijn and a zienswijzetermijn running, one with its besluit made known. */
async function dossiersWithTerms(coordinator: string): Promise<{ lopend: { id: string; zaaknummer: string }; besloten: { id: string; zaaknummer: string } }> {
  const lopend = await dossier(coordinator);
  const ontbrekend = [{ omschrijving: 'Jaarrekening', waarom: 'Voor de financiering.' }];
  await callOk(app, 'herstel.register', { dossierId: lopend.id, verzondenOp: '2027-03-01', termijnTot: '2027-03-15', ontbrekend });
  await callOk(app, 'zienswijze.invite', { dossierId: lopend.id, betrokkeneId: lopend.aanvragerId, rol: 'betrokkene', uitgenodigdOp: '2027-03-01', termijnTot: '2027-03-16', afschriftAdvies: false, geheimhoudingGewezen: false });
  const besloten = await dossier(coordinator);
  await callOk(app, 'besluit.save', { dossierId: besloten.id, besluit: { besluitOp: '2027-03-01', contractclausule: null, bezwaar: null, beroep: null } });
  return { lopend, besloten };
}

describe('the agenda: every running term, filters, and the calendar file', () => {
  it('lists the hersteltermijn, the zienswijzetermijn and the bezwaartermijn, each with its date and article', async () => {
    const { lopend, besloten } = await dossiersWithTerms('C. Grasmuis');
    const agenda = await callOk(app, 'agenda.list', {});
    const of = (id: string) => agenda.items.filter((item) => item.dossierId === id).map((item) => [item.soort, item.datum, item.grondslag]);
    expect(of(lopend.id).filter(([soort]) => soort !== 'beslistermijn')).toEqual([
      ['hersteltermijn', '2027-03-15', 'art. 4:5 lid 1 Awb'],
      ['zienswijzetermijn', '2027-03-16', 'art. 33 Wet Bibob; art. 4:9–4:12 Awb'],
    ]);
    // Made known Mon 1 March 2027: six weeks from the day after, Mon 12 April 2027 (Awb 6:7, 6:8 lid 1).
    expect(of(besloten.id)).toEqual([['bezwaartermijn', '2027-04-12', 'art. 6:7 Awb; art. 6:8 lid 1 Awb']]);
    expect(agenda.items.filter((item) => item.dossierId === besloten.id && item.soort === 'beslistermijn')).toEqual([]);
  });

  it('leaves out a withdrawn herstelverzoek and a withdrawn zienswijze invitation', async () => {
    const { id } = (await dossiersWithTerms('C. Grasmuis')).lopend;
    const detail = await callOk(app, 'dossiers.get', { id });
    await callOk(app, 'herstel.withdraw', { herstelId: detail.herstelverzoeken[0]!.id, reden: 'Per vergissing verstuurd.' });
    const view = await callOk(app, 'zienswijze.get', { dossierId: id });
    await callOk(app, 'zienswijze.withdraw', { partijId: view.partijen[0]!.id, reden: 'Verkeerde persoon.' });
    const agenda = await callOk(app, 'agenda.list', {});
    expect(agenda.items.filter((item) => item.dossierId === id).map((item) => item.soort)).toEqual(['beslistermijn']);
  });

  it('filters by kind of term and by coordinator, and offers every coordinator', async () => {
    const a = (await dossiersWithTerms('C. Grasmuis')).besloten;
    const b = (await dossiersWithTerms('D. de Vries')).besloten;
    const all = await callOk(app, 'agenda.list', {});
    expect(all.coordinatoren).toEqual(['C. Grasmuis', 'D. de Vries']);
    const bezwaar = await callOk(app, 'agenda.list', { soort: 'bezwaartermijn' });
    expect(bezwaar.items.map((item) => item.soort)).toEqual(['bezwaartermijn', 'bezwaartermijn']);
    expect(new Set(bezwaar.items.map((item) => item.dossierId))).toEqual(new Set([a.id, b.id]));
    const deVries = await callOk(app, 'agenda.list', { coordinator: 'D. de Vries' });
    expect(deVries.items.map((item) => item.coordinator)).toEqual(['D. de Vries', 'D. de Vries', 'D. de Vries', 'D. de Vries']);
    expect(await call(app, 'agenda.list', { soort: 'verjaardag' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'soort', message: 'Kies een soort termijn uit de lijst.' }] } } });
  });

  it('exports the filtered agenda as an RFC 5545 file with only zaaknummer and kind of term, and audits it', async () => {
    const { lopend, besloten } = await dossiersWithTerms('C. Grasmuis');
    await dossiersWithTerms('D. de Vries');
    exports.length = 0;
    expect(await callOk(app, 'agenda.exportIcs', { coordinator: 'C. Grasmuis' })).toEqual({ exported: true, aantal: 4 });
    const file = exports.at(-1)!;
    expect(file.name).toBe('bibob-agenda.ics');
    const ics = file.content;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const lines = ics.split('\r\n');
    expect(lines.filter((line) => line.startsWith('SUMMARY:')).sort()).toEqual(
      [`SUMMARY:${lopend.zaaknummer} – Beslistermijn`, `SUMMARY:${lopend.zaaknummer} – Hersteltermijn`, `SUMMARY:${lopend.zaaknummer} – Zienswijzetermijn`, `SUMMARY:${besloten.zaaknummer} – Bezwaartermijn`].sort(),
    );
    expect(lines).toContain('DTSTART;VALUE=DATE:20270412');
    expect(lines.filter((line) => line === 'DTSTAMP:20270301T090000Z')).toHaveLength(4);
    expect(new Set(lines.filter((line) => line.startsWith('UID:'))).size).toBe(4);
    // No dossier details beyond the zaaknummer: no names, no address, no coordinator.
    expect(ics).not.toContain('Markeria');
    expect(ics).not.toContain('Naamsdochter');
    expect(ics).not.toContain('Geheimstraat');
    expect(ics).not.toContain('Grasmuis');
    const exported = listAudit(app.vault.database()).filter((entry) => entry.action === 'agenda.geexporteerd');
    expect(exported).toHaveLength(1);
    expect(exported[0]!.details).toEqual({ aantal: 4, soort: 'alle', coordinator: 'C. Grasmuis' });
  });

  it('a filter without terms writes a calendar with no events', async () => {
    await dossiersWithTerms('C. Grasmuis');
    exports.length = 0;
    expect(await callOk(app, 'agenda.exportIcs', { coordinator: 'Niemand' })).toEqual({ exported: true, aantal: 0 });
    expect(exports.at(-1)!.content).not.toContain('BEGIN:VEVENT');
  });
});

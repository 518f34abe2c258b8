import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../main/app';
import { docxText } from '../../main/services/attachmentDocx';
import { briefInhoud } from '../../main/vault/repositories/brieven';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, call, testApp } from '../support/testVault';
import { callOk } from '../support/call';

/*
 * Issue 19 items 2, 3, 5, 6, 7 and 8 through the dispatcher, as the window calls them. Dates are worked out by hand
 * (see tests/unit/termijnControles.test.ts for the same reasoning row by row).
 */

afterEach(removeTempFolders);

let app: App;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2027-01-18T09:00:00Z');
  app = testApp(tempFolder('termijncontroles'), { now: () => clock });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
});

const at = (day: string) => {
  clock = new Date(`${day}T09:00:00Z`);
};

async function dossier(besluitsoort: string, toepassingsgebied: 'wabo' | 'horeca'): Promise<{ id: string; aanvragerId: string }> {
  const created = await callOk(app, 'dossiers.create', { toepassingsgebied, aanvragerNaam: 'Proef B.V.', besluitsoort, ontvangenOp: '2027-01-04', aanvragerAdres: 'Proefstraat 1\n1234 AB Proefstad' });
  const detail = await callOk(app, 'dossiers.get', { id: created.id });
  return { id: created.id, aanvragerId: detail.betrokkenen[0]!.betrokkene.id };
}

const get = (id: string) => callOk(app, 'dossiers.get', { id });
const ontbrekend = [{ omschrijving: 'Vraag 5.2: leningsovereenkomst', waarom: 'De financiering met een lening moet met de overeenkomst worden onderbouwd.' }];

async function toVolledigheid(id: string): Promise<void> {
  await callOk(app, 'dossiers.changePhase', { id, to: 'volledigheid' });
}

describe('item 2 — the workflow ends "buiten behandeling" only when Awb 4:5 lid 1 allows it', () => {
  it('is refused without a herstelverzoek, while the term runs and after a complete completion; allowed once the term lapsed unused', async () => {
    const { id } = await dossier('omgevingsvergunning', 'wabo');
    await toVolledigheid(id);
    expect(await call(app, 'dossiers.changePhase', { id, to: 'buiten-behandeling' })).toMatchObject({
      ok: false,
      error: { code: 'TRANSITION_REFUSED', message: expect.stringContaining('alleen na een herstelverzoek met een termijn (art. 4:5 lid 1 Awb)') },
    });

    // Herstelverzoek Mon 18 Jan 2027 with a term through Mon 1 Feb.
    const sent = await callOk(app, 'herstel.register', { dossierId: id, verzondenOp: '2027-01-18', termijnTot: '2027-02-01', ontbrekend });
    at('2027-02-01');
    expect(await call(app, 'dossiers.changePhase', { id, to: 'buiten-behandeling' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('loopt nog tot en met 1 februari 2027') } });
    expect((await get(id)).overgangen.find((o) => o.to === 'buiten-behandeling')).toMatchObject({ allowed: false, reason: expect.stringContaining('1 februari 2027') });

    // Tue 2 Feb: the term passed unused; made known within 4 weeks: 1 Feb + 28 days = Mon 1 March 2027.
    at('2027-02-02');
    expect((await get(id)).buitenBehandelingVoorstel?.bekendmakenUiterlijk).toBe('2027-03-01');
    const closed = await callOk(app, 'dossiers.changePhase', { id, to: 'buiten-behandeling' });
    expect(closed.fase).toBe('buiten-behandeling');
    expect(sent.herstelverzoeken).toHaveLength(1);
  });

  it('is refused after a completion recorded as volledig, and nothing changes', async () => {
    const { id } = await dossier('omgevingsvergunning', 'wabo');
    await toVolledigheid(id);
    const sent = await callOk(app, 'herstel.register', { dossierId: id, verzondenOp: '2027-01-18', termijnTot: '2027-02-01', ontbrekend });
    at('2027-01-26');
    await callOk(app, 'herstel.recordCompletion', { herstelId: sent.herstelverzoeken[0]!.id, aangevuldOp: '2027-01-26', aanvulling: 'volledig' });
    at('2027-02-10');
    expect(await call(app, 'dossiers.changePhase', { id, to: 'buiten-behandeling' })).toMatchObject({
      ok: false,
      error: { code: 'TRANSITION_REFUSED', message: expect.stringContaining('op 26 januari 2027 volledig aangevuld') },
    });
    const detail = await get(id);
    expect(detail.dossier.fase).toBe('volledigheid');
    expect(detail.buitenBehandelingVoorstel).toBeNull();
  });

  it('after the four weeks the dossier page warns, and the decision can still be made', async () => {
    const { id } = await dossier('omgevingsvergunning', 'wabo');
    await toVolledigheid(id);
    await callOk(app, 'herstel.register', { dossierId: id, verzondenOp: '2027-01-18', termijnTot: '2027-02-01', ontbrekend });
    // Tue 2 March 2027: the day after Mon 1 March, the last day of Awb 4:5 lid 4.
    at('2027-03-02');
    expect((await get(id)).buitenBehandelingVoorstel?.toelichting).toMatch(/uiterlijk op 1 maart 2027 bekendgemaakt.*geen gevolg/);
    expect((await callOk(app, 'dossiers.changePhase', { id, to: 'buiten-behandeling' })).fase).toBe('buiten-behandeling');
  });
});

async function textOf(briefId: string): Promise<string> {
  const bytes = briefInhoud(app.vault.database(), briefId)!;
  const source = { size: bytes.length, read: (offset: number, length: number) => bytes.subarray(offset, offset + length), parts: function* (start: number, end: number) { yield bytes.subarray(start, end); } };
  return (await docxText(source, 'brief.docx', 5_000_000)).tekst;
}

const BRIEFHOOFD = {
  gemeente: 'Gemeente Proefstad',
  adres: 'Postbus 1\n1234 AB Proefstad',
  ondertekenaar: 'J. de Burgemeester',
  functie: 'de burgemeester van Proefstad',
  contact: '14 0000',
  bezwaarAdres: 'Postbus 2\n1234 AB Proefstad',
};

describe('item 3 — a revocation has no aanvraag: no buiten behandeling, and the vragenformulier warns of Wet Bibob art. 4 lid 1', () => {
  it('refuses the move to buiten behandeling, naming art. 4 lid 1 Wet Bibob', async () => {
    const { id } = await dossier('alcoholwetvergunning-intrekking', 'horeca');
    await toVolledigheid(id);
    at('2027-03-01');
    expect(await call(app, 'dossiers.changePhase', { id, to: 'buiten-behandeling' })).toMatchObject({
      ok: false,
      error: { code: 'TRANSITION_REFUSED', message: expect.stringMatching(/intrekking.*geen aanvraag.*art\. 4 lid 1 Wet Bibob/) },
    });
    expect((await get(id)).dossier.fase).toBe('volledigheid');
  });

  it('the toezending vragenformulier of a revocation warns that refusing counts as ernstig gevaar, not of Awb 4:5', async () => {
    await callOk(app, 'briefhoofd.update', { briefhoofd: BRIEFHOOFD });
    const intrekking = await dossier('alcoholwetvergunning-intrekking', 'horeca');
    const aanvraag = await dossier('alcoholwetvergunning', 'horeca');
    const maak = async (id: string) => {
      const view = await callOk(app, 'brieven.maak', { dossierId: id, soort: 'toezending-vragenformulier', bronId: null, invoer: { termijnTot: '2027-02-15' }, doorbrekingen: [] });
      return textOf(view.brieven.at(-1)!.id);
    };
    const revocation = await maak(intrekking.id);
    expect(revocation).toContain('artikel 4, eerste lid, van de Wet Bibob');
    expect(revocation).toContain('ernstig gevaar');
    expect(revocation).not.toContain('artikel 4:5');
    expect(await maak(aanvraag.id)).toContain('artikel 4:5 van de Algemene wet bestuursrecht');
  });
});

type RequestsView = { verzoeken: { id: string; uiterlijkOp: string | null }[] };

/** An LBB request sent on `on` (the eigen-onderzoek checks before sending are covered elsewhere): recorded directly. */
async function askLbb(id: string, _betrokkeneId: string, on: string): Promise<string> {
  const verzoekId = randomUUID();
  app.vault.database().prepare("INSERT INTO informatieverzoek (id, dossier_id, geadresseerde, vragen, status, verzonden_op, uiterlijk_op, created_at) VALUES (?, ?, 'lbb', 'advies', 'verzonden', ?, ?, 'x')").run(verzoekId, id, on, on);
  await callOk(app, 'verzoeken.list', { dossierId: id });
  return verzoekId;
}

describe('item 6 — an LBB extension announced after its eight weeks does not lengthen the suspension', () => {
  // Received Mon 4 Jan 2027 → Mon 1 March (Ow 16.64 lid 1). LBB asked Mon 11 Jan; its eight weeks end Mon 8 March;
  // the art. 31 suspension runs from 11 Jan: 56 days through Sun 7 March, with 4 weeks' extension 84 days.
  it.each([
    // In time: suspended (provisionally) through Sun 4 April, 84 days → Mon 24 May 2027.
    ['2027-03-08', '2027-05-24', false],
    // Late: the suspension ended on Sun 7 March, 56 days → Mon 26 April 2027, with a warning.
    ['2027-03-09', '2027-04-26', true],
  ])('notice on %s → deadline %s', async (gemeldOp, deadline, warned) => {
    const { id, aanvragerId } = await dossier('omgevingsvergunning', 'wabo');
    const verzoekId = await askLbb(id, aanvragerId, '2027-01-11');
    at('2027-03-09');
    await callOk(app, 'verzoeken.lbbExtension', { verzoekId, gemeldOp, weken: 4 });
    const detail = await get(id);
    expect(detail.termijn.deadline).toBe(deadline);
    expect(detail.dossier.uitersteBeslisdatum).toBe(deadline);
    const warning = detail.termijn.warnings.find((w) => w.code === 'LBB_VERLENGING_NA_ACHT_WEKEN');
    expect(warning !== undefined).toBe(warned);
    if (warning) expect(warning.message).toContain('eindigde op 7 maart 2027');
    // One extension only (art. 15 lid 3: "eenmaal" through art. 31).
    expect(await call(app, 'verzoeken.lbbExtension', { verzoekId, gemeldOp: '2027-03-09', weken: 1 })).toMatchObject({ ok: false, error: { details: { issues: [{ path: 'weken', message: expect.stringContaining('maar één keer') }] } } });
  });
});

describe('item 7 — one verdaging, at most the maximum, not before receipt; refused at its field and nothing stored', () => {
  it('refuses 7 weeks, a decision before receipt and a second verdaging', async () => {
    const { id } = await dossier('omgevingsvergunning', 'wabo');
    at('2027-02-15');
    const refused = async (gebeurtenis: object, path: string, message: string | RegExp) => {
      const result = await call(app, 'dossiers.addTermEvent', { id, gebeurtenis });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path, message: expect.stringMatching(message) }] } } });
    };
    // Ow 16.64 lid 2: at most 6 weeks; 7 is refused, not shortened.
    await refused({ soort: 'verdaging', weken: 7, besluitOp: '2027-02-15' }, 'gebeurtenis.weken', /ten hoogste 6 weken.*ingevuld is 7 weken/);
    // Received Mon 4 Jan 2027: a decision of Sun 3 Jan is before receipt.
    await refused({ soort: 'verdaging', weken: 6, besluitOp: '2027-01-03' }, 'gebeurtenis.besluitOp', /vóór|voor/);
    expect((await get(id)).termijnGebeurtenissen).toEqual([]);
    // 6 weeks decided Mon 15 Feb, within the term ending Mon 1 March → Mon 12 April 2027.
    expect((await callOk(app, 'dossiers.addTermEvent', { id, gebeurtenis: { soort: 'verdaging', weken: 6, besluitOp: '2027-02-15' } })).deadline).toBe('2027-04-12');
    await refused({ soort: 'verdaging', weken: 2, besluitOp: '2027-02-15' }, 'gebeurtenis.soort', /maar één keer/);
    const detail = await get(id);
    expect(detail.termijnGebeurtenissen).toHaveLength(1);
    expect(detail.termijn.deadline).toBe('2027-04-12');
  });

  it('refuses any verdaging of a term that the law gives no power to extend: the Alcoholwet licence has a redelijke termijn (Awb 4:13 lid 2), made known as later by art. 4:14 lid 3 instead', async () => {
    const { id } = await dossier('alcoholwetvergunning', 'horeca');
    at('2027-02-15');
    expect(await call(app, 'dossiers.addTermEvent', { id, gebeurtenis: { soort: 'verdaging', weken: 8, besluitOp: '2027-02-15' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: 'gebeurtenis.soort', message: 'De beslistermijn van dit besluit kan niet worden verdaagd: art. 4:13 lid 2 Awb kent geen verdaging. Komt het besluit later, leg dan de mededeling van art. 4:14 lid 3 Awb vast.' }] } },
    });
    expect((await get(id)).termijnGebeurtenissen).toEqual([]);
  });
});

describe('item 5 — the agenda: the safe date for the 4:14 lid 3 notice, the art. 31 setting and the recorded notice', () => {
  type Agenda = { items: { dossierId: string; datum: string; wat: string }[] };
  // Alcoholwetvergunning (redelijke termijn) received Mon 4 Jan 2027 → backstop Mon 1 March. LBB asked Mon 18 Jan,
  // advice in Mon 1 Feb: 15 days → with art. 31 counted the backstop is Tue 16 March, the safe notice date 1 March.
  it('shows the engine dates and follows the setting and the notice', async () => {
    const { id, aanvragerId } = await dossier('alcoholwetvergunning', 'horeca');
    const verzoekId = await askLbb(id, aanvragerId, '2027-01-18');
    at('2027-02-01');
    await callOk(app, 'verzoeken.recordAnswer', { verzoekId, ontvangenOp: '2027-02-01', samenvatting: 'Mindere mate van gevaar.' });
    at('2027-02-20');
    expect((await get(id)).termijn.deadline).toBe('2027-03-16');
    const item = async () => (await callOk(app, 'agenda.list', {})).items.find((entry) => entry.dossierId === id && /4:14 lid 3/.test(entry.wat))!;
    expect(await item()).toMatchObject({ soort: 'mededeling-4-14', datum: '2027-03-01', wat: expect.stringContaining('Laatste dag voor de mededeling') });
    // Within 14 days of 20 Feb the notice date (1 March) is listed even though the stored backstop is later.
    expect((await callOk(app, 'agenda.list', { binnenDagen: 14 })).items.some((entry) => entry.dossierId === id && entry.datum === '2027-03-01')).toBe(true);

    // The municipality does not count art. 31 for a redelijke termijn: the backstop itself is Mon 1 March.
    const settings = await callOk(app, 'settings.get', {});
    await callOk(app, 'settings.update', { zaaknummerPrefix: settings.zaaknummerPrefix, termijnen: { ...settings.termijnen, art31SuspendsRedelijkeTermijn: false } });
    expect((await get(id)).termijn.deadline).toBe('2027-03-01');
    expect((await item()).datum).toBe('2027-03-01');

    // A notice dated after today (Sat 20 Feb) is refused at its field.
    expect(await call(app, 'dossiers.addTermEvent', { id, gebeurtenis: { soort: 'mededeling-4-14-lid-3', verzondenOp: '2027-02-21', tegemoetTeZienOp: '2027-04-30' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: 'gebeurtenis.verzondenOp' }] } },
    });
    // The notice is recorded Fri 19 Feb, naming Fri 30 April 2027: the agenda now shows that term.
    await callOk(app, 'dossiers.addTermEvent', { id, gebeurtenis: { soort: 'mededeling-4-14-lid-3', verzondenOp: '2027-02-19', tegemoetTeZienOp: '2027-04-30' } });
    expect(await item()).toMatchObject({ soort: 'beslistermijn', datum: '2027-04-30', wat: expect.stringContaining('Besluit tegemoet te zien') });
    expect((await get(id)).termijn.warnings.map((w) => w.code)).not.toContain('AWB_4_14_LID_3_MEDEDELING');
  });
});

describe('item 8 — a warning names art. 32 while the LBB was asked and the betrokkene was not told', () => {
  it('warns until the notice is recorded', async () => {
    const { id, aanvragerId } = await dossier('omgevingsvergunning', 'wabo');
    const verzoekId = await askLbb(id, aanvragerId, '2027-01-18');
    expect((await get(id)).termijn.warnings.find((w) => w.code === 'ART32_MEDEDELING_ONTBREEKT')?.message).toMatch(/18 januari 2027.*art\. 32 Wet Bibob/);
    await callOk(app, 'verzoeken.lbbBetrokkeneInformed', { verzoekId, op: '2027-01-18' });
    expect((await get(id)).termijn.warnings.map((w) => w.code)).not.toContain('ART32_MEDEDELING_ONTBREEKT');
  });
});

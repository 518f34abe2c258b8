import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createApp, type App } from '../../main/app';
import { listAudit } from '../../main/vault/repositories/auditLog';
import { EMPTY_BEOORDELING } from '../../src/domain/beoordeling';
import { actionSentence } from '../../src/domain/auditZinnen';
import type { BetrokkenePagina, NetwerkView } from '../../src/contract/netwerkCalls';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, TEST_ITERATIONS, call, trustedSender } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

let app: App;
let exportsFolder: string;

beforeEach(async () => {
  exportsFolder = tempFolder('netwerk-export');
  app = createApp({
    dataFolder: tempFolder('netwerk'),
    actor: 'C. Grasmuis',
    pbkdf2Iterations: TEST_ITERATIONS,
    now: () => new Date('2027-02-01T09:00:00Z'),
    exportTarget: { saveText: async () => null, chooseSavePath: async (name: string) => path.join(exportsFolder, name) },
    isTrustedSender: (sender) => sender.url === trustedSender.url && sender.isMainFrame,
  });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
});

/** A PNG of `breedte` × `hoogte` grey pixels, made here so that the test knows exactly what it sends. */
function png(breedte: number, hoogte: number): string {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(breedte, 0);
  header.writeUInt32BE(hoogte, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.alloc((breedte + 1) * hoogte, 0x80);
  for (let row = 0; row < hoogte; row++) rows[row * (breedte + 1)] = 0; // filter byte: none
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]).toString('base64');
}

type Betrokkenen = { betrokkenen: { betrokkene: { id: string; naam: string } }[] };
const idOf = (result: Betrokkenen, naam: string) => result.betrokkenen.find((entry) => entry.betrokkene.naam === naam)!.betrokkene.id;

/**
 * Two horeca dossiers. In the first, Café De Gracht B.V. applies with Bram Yılmaz as bestuurder and Gracht Holding
 * B.V. as aandeelhouder (60%); in the second, Bram Yılmaz finances another applicant. The holding holds 60% of the
 * café (recorded in the first dossier), and Bram Yılmaz is UBO of the holding (recorded outside a dossier).
 */
async function tweeDossiers() {
  const eerste = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Café De Gracht B.V.', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04' });
  await callOk(app, 'betrokkenen.add', { dossierId: eerste.id, wie: { nieuw: { soort: 'persoon', naam: 'Bram Yılmaz' } }, rol: 'bestuurder' });
  const na = await callOk(app, 'betrokkenen.add', { dossierId: eerste.id, wie: { nieuw: { soort: 'rechtspersoon', naam: 'Gracht Holding B.V.' } }, rol: 'aandeelhouder', aandeelPercentage: 60 });
  const cafe = idOf(na, 'Café De Gracht B.V.');
  const bram = idOf(na, 'Bram Yılmaz');
  const holding = idOf(na, 'Gracht Holding B.V.');
  const tweede = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Snackbar Oost V.O.F.', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-11' });
  await callOk(app, 'betrokkenen.add', { dossierId: tweede.id, wie: { bestaandeId: bram }, rol: 'vermogensverschaffer' });
  await callOk(app, 'betrokkenen.relate', { dossierId: eerste.id, vanId: holding, naarId: cafe, soort: 'aandeelhouder-van', percentage: 60 });
  await callOk(app, 'betrokkenen.relate', { vanId: bram, naarId: holding, soort: 'ubo-van', percentage: 100 });
  return { eerste, tweede, cafe, bram, holding };
}

describe('the page of a betrokkene (betrokkenen.get)', () => {
  it('shows its roles in every dossier, its relations and the findings about it, restricted ones marked', async () => {
    const { eerste, tweede, bram, holding } = await tweeDossiers();
    await callOk(app, 'beoordeling.save', {
      dossierId: eerste.id,
      voorgesteldeMaatregel: null,
      beoordeling: {
        ...EMPTY_BEOORDELING,
        bevindingen: [
          { id: 'b-open', betrokkeneId: bram, soort: 'veroordeling', omschrijving: 'Veroordeeld wegens heling (2023).', bron: 'Justitiële documentatie', datum: '2023-06-12', ernst: 'aanzienlijk' },
          { id: 'b-riec', betrokkeneId: bram, soort: 'verdenking', omschrijving: 'Lopend onderzoek naar witwassen.', bron: 'RIEC', datum: '2026-12-01', ernst: 'zwaar', beperkingen: ['niet-aan-betrokkene', 'alleen-deze-beoordeling'] },
          { id: 'b-holding', betrokkeneId: holding, soort: 'bestuurlijke-boete', omschrijving: 'Boete van de holding.', bron: 'Justitiële documentatie', datum: '2022-01-01', ernst: 'gering' },
        ],
      },
    });

    const pagina = await callOk(app, 'betrokkenen.get', { betrokkeneId: bram });
    expect(pagina.betrokkene).toMatchObject({ id: bram, naam: 'Bram Yılmaz', soort: 'persoon' });
    // Newest dossier first: the second was created after the first (same clock, so by zaaknummer).
    expect(pagina.rollen.map((rol) => [rol.zaaknummer, rol.rol, rol.fase])).toEqual(
      expect.arrayContaining([
        [eerste.zaaknummer, 'bestuurder', expect.any(String)],
        [tweede.zaaknummer, 'vermogensverschaffer', expect.any(String)],
      ]),
    );
    expect(pagina.rollen).toHaveLength(2);
    expect(pagina.relaties).toEqual([
      expect.objectContaining({ richting: 'van', ander: { id: holding, naam: 'Gracht Holding B.V.', soort: 'rechtspersoon' }, soort: 'ubo-van', percentage: 100, zin: 'Bram Yılmaz is UBO van Gracht Holding B.V. (100%)' }),
    ]);
    expect(pagina.relaties[0]!.grondslag).toContain('art. 3 lid 4');

    // Only the findings about him, the newest first; the RIEC one carries its restrictions, the other none.
    expect(pagina.bevindingen.map((bevinding) => [bevinding.id, bevinding.zaaknummer, bevinding.beperkingen])).toEqual([
      ['b-riec', eerste.zaaknummer, ['niet-aan-betrokkene', 'alleen-deze-beoordeling']],
      ['b-open', eerste.zaaknummer, []],
    ]);

    // His place in the audit trail: added to both dossiers, and the UBO relation kept on him. The holding's
    // 60% of the café names him nowhere, so it is not his.
    const zinnen = pagina.audit.map((entry) => actionSentence(entry.actor, entry.action));
    expect(zinnen).toEqual(['C. Grasmuis voegde een betrokkene toe.', 'C. Grasmuis voegde een betrokkene toe.', 'C. Grasmuis legde een relatie vast.']);
  });

  it('is audited as a view on the betrokkene, and the next view shows that view in its trail', async () => {
    const { bram } = await tweeDossiers();
    await callOk(app, 'betrokkenen.get', { betrokkeneId: bram });
    const tweede = await callOk(app, 'betrokkenen.get', { betrokkeneId: bram });
    expect(tweede.audit.at(-1)).toMatchObject({ action: 'betrokkene.bekeken', actor: 'C. Grasmuis' });
    expect(actionSentence('C. Grasmuis', 'betrokkene.bekeken')).toBe('C. Grasmuis bekeek de pagina van een betrokkene.');
  });

  it('refuses an unknown betrokkene with NOT_FOUND and a malformed id with VALIDATION', async () => {
    expect(await call(app, 'betrokkenen.get', { betrokkeneId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Deze betrokkene bestaat niet (meer).' } });
    expect(await call(app, 'betrokkenen.get', { betrokkeneId: 'bram' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('the network across dossiers (netwerk.get, netwerk.exportPng)', () => {
  it('reaches through relations from a betrokkene, a dossier or the whole vault', async () => {
    const { eerste, tweede, cafe, bram, holding } = await tweeDossiers();
    const vanBram = await callOk(app, 'netwerk.get', { betrokkeneId: bram });
    // Bram → holding (UBO) → café (aandeelhouder): three nodes, two edges; the snackbar has no relation.
    expect(vanBram.knopen.map((knoop) => [knoop.naam, knoop.vorm])).toEqual([
      ['Bram Yılmaz', 'ellipse'],
      ['Café De Gracht B.V.', 'round-rectangle'],
      ['Gracht Holding B.V.', 'round-rectangle'],
    ]);
    expect(vanBram.knopen[0]!.zaaknummers).toEqual([eerste.zaaknummer, tweede.zaaknummer].sort());
    expect(vanBram.lijnen.map((lijn) => lijn.label)).toEqual(['UBO 100%', 'aandeelhouder 60%']);
    expect(vanBram).toMatchObject({ vanaf: { soort: 'betrokkene', id: bram, naam: 'Bram Yılmaz' }, afgekapt: false });

    // From the second dossier: its applicant (no relation) and Bram, and through him the holding and the café.
    const vanDossier = await callOk(app, 'netwerk.get', { dossierId: tweede.id });
    expect(vanDossier.knopen.map((knoop) => knoop.naam)).toEqual(['Bram Yılmaz', 'Café De Gracht B.V.', 'Gracht Holding B.V.', 'Snackbar Oost V.O.F.']);
    const kluis = await callOk(app, 'netwerk.get', {});
    expect(kluis.knopen.map((knoop) => knoop.id).sort()).toEqual([bram, cafe, holding].sort());

    expect(await call(app, 'netwerk.get', { betrokkeneId: bram, dossierId: eerste.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('exports the drawing as a PNG file through the export target, audited; refuses what is not a PNG', async () => {
    const { bram } = await tweeDossiers();
    const tekening = png(3, 2);
    expect(await callOk(app, 'netwerk.exportPng', { betrokkeneId: bram, png: tekening })).toEqual({ exported: true });
    const files = readdirSync(exportsFolder);
    expect(files).toEqual(['Netwerk Bram Yılmaz.png']);
    expect(readFileSync(path.join(exportsFolder, files[0]!)).toString('base64')).toBe(tekening);
    const record = listAudit(app.vault.database()).at(-1)!;
    expect(record).toMatchObject({ action: 'netwerk.geexporteerd', details: { betrokkeneId: bram, formaat: 'png', breedte: 3, hoogte: 2, betrokkenen: 3, relaties: 2 } });

    const gif = Buffer.from('GIF89a-geen-png-maar-iets-anders').toString('base64');
    expect(await call(app, 'netwerk.exportPng', { png: gif })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'png' }] } } });
    expect(readdirSync(exportsFolder)).toHaveLength(1);
  });
});

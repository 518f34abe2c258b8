/*
 * Every letter as a municipal jurist reads it — as page images (issue 20, final review).
 *
 *   npx tsx scripts/brieven-als-beeld.ts [uitvoermap]      (default /tmp/brieven)
 *
 * Builds the horeca case of issue 20 in a temporary vault through the dispatcher, as the app's window calls it: a
 * B.V. aanvrager with KvK-nummer and postal address, its bestuurder (a natural person with date of birth and
 * address), the verhuurder of the premises as third party, a RIEC answer marked "niet aan betrokkene", an LBB advice
 * of mindere mate van gevaar. Two variants: "verlenen" (an Alcoholwet licence granted with voorschriften) and
 * "weigeren" (an APV exploitatievergunning refused). For each it makes every letter type the app knows, along the
 * procedure's own dates, plus the enclosed vragenformulier; the vastgoed letters come from a companion vastgoed
 * dossier of the same B.V. Each .docx is converted with LibreOffice to PDF and with pdftoppm to
 * <uitvoermap>/<variant>-<type>-p<N>.png. A letter the app refuses is listed with its reason in
 * <uitvoermap>/geweigerd.txt. Needs soffice and pdftoppm; nothing of it runs in CI.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../main/app';
import type { SenderInfo } from '../main/ipc/dispatch';
import { MIN_PBKDF2_ITERATIONS } from '../main/vault/keyCrypto';
import { briefBijlage, briefInhoud } from '../main/vault/repositories/brieven';
import { zienswijzeStapVoorUitkomst } from '../tests/support/zienswijzeStap';
import { EMPTY_BEOORDELING, type Beoordeling } from '../src/domain/beoordeling';

const UIT = path.resolve(process.argv[2] ?? '/tmp/brieven');
const SENDER: SenderInfo = { url: 'app://bibob/index.html', isMainFrame: true };

const BRIEFHOOFD = {
  gemeente: 'Gemeente Proefstad',
  adres: 'Postbus 1\n1234 AB Proefstad',
  ondertekenaar: 'A. de Vries',
  functie: 'de burgemeester van Proefstad',
  contact: '14 071 of bibob@proefstad.nl',
  bezwaarAdres: 'Postbus 2\n1234 AB Proefstad',
};

const RIEC_OMSCHRIJVING = 'Lopend opsporingsonderzoek Zandloper naar hennepteelt in het pand door de bestuurder';
const UITGAAND = 'De bestuurder van aanvrager is in 2024 onherroepelijk veroordeeld voor witwassen. Uit informatie die de gemeente niet aan u mag verstrekken, blijkt daarnaast dat dit beeld actueel is.';

type Variant = 'verlenen' | 'weigeren';

let nu = new Date('2026-09-02T09:00:00Z');
const op = (datum: string) => {
  nu = new Date(`${datum}T09:00:00Z`);
};

async function call(app: App, name: string, payload: unknown): Promise<{ ok: true; value: unknown } | { ok: false; error: { code: string; message: string; details?: unknown } }> {
  return (await app.dispatch(name, payload, SENDER)) as never;
}

async function ok<T = unknown>(app: App, name: string, payload: unknown): Promise<T> {
  const result = await call(app, name, payload);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.details ?? {})}`);
  return result.value as T;
}

const geweigerd: string[] = [];
const gemaakt: { variant: string; soort: string; docx: string }[] = [];
let werkmap = '';

/** Makes one letter; a refusal is kept with its reason, the letter (and the form it encloses) written as .docx. */
async function brief(app: App, variant: string, dossierId: string, soort: string, bronId: string | null = null, invoer: Record<string, string> = {}, naam = soort): Promise<void> {
  const result = await call(app, 'brieven.maak', { dossierId, soort, bronId, invoer, doorbrekingen: [] });
  if (!result.ok) {
    geweigerd.push(`${variant}-${naam} (${nu.toISOString().slice(0, 10)}): ${result.error.message}\n    ${JSON.stringify(result.error.details ?? {})}`);
    return;
  }
  const view = result.value as { brieven: { id: string; soort: string }[] };
  const made = view.brieven.at(-1)!;
  const docx = path.join(werkmap, `${variant}-${naam}.docx`);
  writeFileSync(docx, briefInhoud(app.vault.database(), made.id)!);
  gemaakt.push({ variant, soort: naam, docx });
  const bijlage = briefBijlage(app.vault.database(), made.id);
  if (bijlage) {
    const bijlageDocx = path.join(werkmap, `${variant}-vragenformulier.docx`);
    writeFileSync(bijlageDocx, bijlage.inhoud);
    gemaakt.push({ variant, soort: 'vragenformulier', docx: bijlageDocx });
  }
}

interface Partijen {
  dossierId: string;
  bv: string;
  bestuurder: string;
  verhuurder: string;
}

async function horecaDossier(app: App, variant: Variant): Promise<Partijen> {
  op('2026-09-02');
  const dossier = await ok<{ id: string }>(app, 'dossiers.create', {
    toepassingsgebied: 'horeca',
    aanvragerNaam: 'Horeca De Zandbank B.V.',
    aanvragerSoort: 'rechtspersoon',
    aanvragerAdres: 'Havenkade 7\n1234 CD Proefstad',
    aanvragerKvkNummer: '87654321',
    besluitsoort: variant === 'verlenen' ? 'alcoholwetvergunning' : 'exploitatievergunning',
    ontvangenOp: '2026-09-01',
    locatieAdres: 'Havenkade 7, Proefstad',
  });
  await ok(app, 'betrokkenen.add', { dossierId: dossier.id, wie: { nieuw: { soort: 'persoon', naam: 'P. Bakker', geboortedatum: '1980-04-12', adres: 'Dijkweg 3, 1234 EF Proefstad' } }, rol: 'bestuurder' });
  const added = await ok<{ betrokkenen: { betrokkene: { id: string; naam: string } }[] }>(app, 'betrokkenen.add', {
    dossierId: dossier.id,
    wie: { nieuw: { soort: 'rechtspersoon', naam: 'Pandbeheer Noord B.V.', kvkNummer: '11223344', adres: 'Postbus 77, 5678 GH Elders' } },
    rol: 'verhuurder',
  });
  const id = (naam: string) => added.betrokkenen.find((entry) => entry.betrokkene.naam === naam)!.betrokkene.id;
  return { dossierId: dossier.id, bv: id('Horeca De Zandbank B.V.'), bestuurder: id('P. Bakker'), verhuurder: id('Pandbeheer Noord B.V.') };
}

function beoordelingVoor(variant: Variant, p: Partijen): Beoordeling {
  const grondB =
    variant === 'weigeren'
      ? { grond: 'b' as const, mate: 'ernstig' as const, factoren: ['lid3-a', 'lid3-b', 'lid3-c', 'lid3-d'] }
      : { grond: 'b' as const, mate: 'mindere-mate' as const, factoren: ['lid3-a', 'lid3-b'] };
  return {
    ...EMPTY_BEOORDELING,
    bevindingen: [
      { id: 'open', betrokkeneId: p.bestuurder, soort: 'veroordeling', omschrijving: 'Onherroepelijke veroordeling wegens witwassen (2024).', bron: 'Justitiële documentatie', datum: '2024-03-01', ernst: 'zwaar' },
      { id: 'riec', betrokkeneId: p.bestuurder, soort: 'verdenking', omschrijving: RIEC_OMSCHRIJVING, bron: 'RIEC', datum: '2026-10-20', ernst: 'zwaar', beperkingen: ['niet-aan-betrokkene'] },
    ],
    relaties: [
      { bevindingId: 'open', betrokkeneId: p.bv, grondslag: 'c', via: { betrokkeneId: p.bestuurder, naam: 'P. Bakker' }, hoedanigheid: 'leiding', toelichting: 'Bakker is enig bestuurder van de B.V.' },
      { bevindingId: 'riec', betrokkeneId: p.bv, grondslag: 'c', via: { betrokkeneId: p.bestuurder, naam: 'P. Bakker' }, hoedanigheid: 'leiding', toelichting: 'Het onderzoek Zandloper betreft de bestuurder.' },
    ],
    gevaar: [
      { grond: 'a', mate: 'geen', factoren: [], motivering: '' },
      {
        ...grondB,
        motivering: 'De bestuurder is veroordeeld voor witwassen; het RIEC meldt daarnaast het lopende opsporingsonderzoek Zandloper naar hennepteelt in het pand.',
        bevindingIds: ['open', 'riec'],
        uitgaandeMotivering: UITGAAND,
      },
    ],
    evenredigheid:
      variant === 'weigeren'
        ? 'Voorschriften nemen het gevaar niet weg: de bestuurder houdt de leiding over het bedrijf. Weigeren is evenredig.'
        : 'De veroordeling betreft één feit; met voorschriften over de financiering en de administratie is het gevaar voldoende beperkt. Weigeren zou onevenredig zijn.',
    evenredigheidBevindingIds: ['open'],
    voorschriften:
      variant === 'verlenen'
        ? [
            {
              voorschriftId: 'girale-betalingen',
              tekst: 'Alle betalingen voor de exploitatie boven € 3.000 lopen via een bankrekening op naam van de vergunninghouder bij een in Nederland gevestigde bank; contante betalingen boven dat bedrag worden niet gedaan of aangenomen.',
              wegneemtGevaar: 'Beperkt het gevaar dat contant geld uit strafbare feiten via de onderneming wordt witgewassen of benut (art. 3 lid 1 sub a).',
            },
            {
              voorschriftId: 'administratie-ter-inzage',
              tekst: 'De vergunninghouder voert een deugdelijke administratie (omzet, kas, inkoop, personeel en financiering) en stelt die op eerste verzoek ter inzage aan het bestuursorgaan of de door hem aangewezen toezichthouder.',
              wegneemtGevaar: 'Maakt toezicht mogelijk op witwassen via de onderneming (art. 3 lid 1 sub a) en op strafbare feiten in de bedrijfsvoering (art. 3 lid 1 sub b).',
            },
          ]
        : [],
  } as Beoordeling;
}

async function variant(app: App, variant: Variant): Promise<Partijen> {
  const p = await horecaDossier(app, variant);
  const d = p.dossierId;
  const maatregel = variant === 'verlenen' ? 'verlenen-met-voorschriften' : 'weigeren';

  await brief(app, variant, d, 'toezending-vragenformulier', null, { termijnTot: '2026-09-30' });

  op('2026-10-05');
  const herstel = await ok<{ herstelverzoeken: { id: string }[] }>(app, 'herstel.register', {
    dossierId: d,
    verzondenOp: '2026-10-05',
    termijnTot: '2026-10-19',
    ontbrekend: [
      { omschrijving: 'Vraag 4.3: de huurovereenkomst van het pand', waarom: 'Nodig om de verhuurder als betrokkene te kunnen beoordelen (artikel 7a, tweede lid, Wet Bibob).' },
      { omschrijving: 'Bankafschriften van de eigen middelen (€ 50.000)', waarom: 'De herkomst van het geïnvesteerde geld moet blijken.' },
    ],
  });
  await brief(app, variant, d, 'herstelverzoek', herstel.herstelverzoeken[0]!.id);

  op('2026-10-06');
  const riec = (await ok<{ verzoeken: { id: string }[] }>(app, 'verzoeken.create', { dossierId: d, geadresseerde: 'riec', betrokkeneIds: [p.bv, p.bestuurder], vragen: 'Zijn er bij de politie, het OM of de Belastingdienst signalen over de aanvrager of haar bestuurder?' })).verzoeken[0]!;
  await ok(app, 'verzoeken.send', { verzoekId: riec.id, verzondenOp: '2026-10-06' });
  await brief(app, variant, d, 'informatieverzoek', riec.id);

  op('2026-10-20');
  await ok(app, 'verzoeken.recordAnswer', { verzoekId: riec.id, ontvangenOp: '2026-10-20', samenvatting: RIEC_OMSCHRIJVING, beperkingen: ['niet-aan-betrokkene'] });

  op('2026-10-22');
  await ok(app, 'beoordeling.save', { dossierId: d, beoordeling: beoordelingVoor(variant, p), voorgesteldeMaatregel: maatregel });
  // Before the LBB is asked the conclusion rests on the eigen onderzoek alone: what a melding of art. 7a lid 7 says.
  await brief(app, variant, d, 'melding-lbb');

  for (const betrokkeneId of [p.bv, p.bestuurder, p.verhuurder]) {
    await ok(app, 'onderzoek.addNote', { dossierId: d, betrokkeneId, bron: 'kvk', geraadpleegdOp: '2026-10-01', bevinding: 'Ingeschreven in het handelsregister; geen bijzonderheden.' });
  }
  await ok(app, 'onderzoek.addInvestering', { dossierId: d, omschrijving: 'Inventaris en verbouwing', bedragCent: 5_000_000 });
  await ok(app, 'onderzoek.addHerkomst', { dossierId: d, omschrijving: 'Eigen middelen van de B.V.', soort: 'eigen-vermogen', bedragCent: 5_000_000, bewijs: [] });
  const onderzoek = await ok<{ formulier: Record<string, unknown> }>(app, 'onderzoek.get', { dossierId: d });
  await ok(app, 'onderzoek.updateFormulier', {
    dossierId: d,
    formulier: { ...onderzoek.formulier, aanleiding: { berichtArt26: false, riecAdvies: true, toelichting: 'Het RIEC heeft signalen over de bestuurder.' }, vragenformulierMetBijlagen: true, financieringGecontroleerd: true, onderzoeksvragen: ['Staat de bestuurder in relatie tot strafbare feiten?'] },
  });
  op('2026-10-23');
  const lbb = (await ok<{ verzoeken: { id: string }[] }>(app, 'verzoeken.create', { dossierId: d, geadresseerde: 'lbb', betrokkeneIds: [p.bv, p.bestuurder], vragen: 'Wij vragen uw advies over de mate van gevaar als bedoeld in artikel 3 van de Wet Bibob.' })).verzoeken.find((entry) => entry.id !== riec.id)!;
  await brief(app, variant, d, 'adviesaanvraag-lbb', lbb.id);
  await ok(app, 'verzoeken.send', { verzoekId: lbb.id, verzondenOp: '2026-10-23' });
  await brief(app, variant, d, 'mededeling-adviesaanvraag', lbb.id);

  const detail = await ok<{ dossier: { uitersteBeslisdatum: string | null } }>(app, 'dossiers.get', { id: d });
  const later = detail.dossier.uitersteBeslisdatum && detail.dossier.uitersteBeslisdatum > '2027-01-29' ? detail.dossier.uitersteBeslisdatum : '2027-01-29';
  await brief(app, variant, d, 'termijn-niet-haalbaar', null, { nieuweDatum: later, reden: 'Het advies van het Landelijk Bureau Bibob is nog niet ontvangen.' });
  const verdaging = await call(app, 'dossiers.addTermEvent', { id: d, gebeurtenis: { soort: 'verdaging', weken: 8, besluitOp: '2026-10-23' } });
  if (!verdaging.ok) geweigerd.push(`${variant}-verdaging vastleggen: ${verdaging.error.message}`);
  await brief(app, variant, d, 'verlengingsbesluit');

  op('2026-12-01');
  await ok(app, 'verzoeken.recordAnswer', { verzoekId: lbb.id, ontvangenOp: '2026-12-01', samenvatting: 'Mindere mate van gevaar: de veroordeling van de bestuurder wegens witwassen.' });
  op('2026-12-03');
  await brief(app, variant, d, 'intern-advies');

  op('2026-12-07');
  const term = await ok<{ termijnTot: string }>(app, 'zienswijze.proposeTerm', { uitgenodigdOp: '2026-12-07' });
  await ok(app, 'zienswijze.invite', { dossierId: d, betrokkeneId: p.bv, rol: 'betrokkene', uitgenodigdOp: '2026-12-07', termijnTot: term.termijnTot, afschriftAdvies: true, geheimhoudingGewezen: true });
  const partijen = await ok<{ partijen: { id: string; rol: string }[] }>(app, 'zienswijze.invite', { dossierId: d, betrokkeneId: p.verhuurder, rol: 'derde', uitgenodigdOp: '2026-12-07', termijnTot: term.termijnTot, afschriftAdvies: true, geheimhoudingGewezen: true });
  const betrokkene = partijen.partijen.find((entry) => entry.rol === 'betrokkene')!.id;
  const derde = partijen.partijen.find((entry) => entry.rol === 'derde')!.id;
  await brief(app, variant, d, 'voornemen-zienswijze', betrokkene);
  await brief(app, variant, d, 'bericht-derde', derde, { deelAdvies: 'U verhuurt het pand Havenkade 7 aan de aanvrager. Het advies noemt u als verhuurder van het pand; over u zelf bevat het geen feiten of omstandigheden.' });

  op('2026-12-18');
  await ok(app, 'zienswijze.recordResponse', { partijId: betrokkene, ontvangenOp: '2026-12-18', samenvatting: 'De B.V. stelt dat de veroordeling van de bestuurder oud is en los staat van het bedrijf.' });
  await ok(app, 'zienswijze.recordResponse', { partijId: derde, ontvangenOp: '2026-12-18', samenvatting: 'De verhuurder wist niet van de veroordeling van de bestuurder.' });
  await ok(app, 'zienswijze.recordReactie', { partijId: betrokkene, reactie: variant === 'weigeren' ? 'De veroordeling is van 2024 en betreft de enige bestuurder, die de leiding houdt; dat weeg ik zwaar.' : 'De veroordeling is recent; juist daarom verbind ik voorschriften aan de vergunning.' });
  await ok(app, 'zienswijze.recordReactie', { partijId: derde, reactie: 'Dat neem ik aan; het verandert de beoordeling van de aanvrager niet.' });
  const besluit = { besluitOp: null, contractclausule: null, bezwaar: null, beroep: null, lbbAdviesMate: 'mindere-mate' };
  await ok(app, 'besluit.save', { dossierId: d, besluit: variant === 'weigeren' ? { ...besluit, afwijkingLbbReden: 'het advies weegt niet mee dat de veroordeelde bestuurder de dagelijkse leiding houdt over juist dit bedrijf' } : besluit });
  op('2027-01-08');
  await brief(app, variant, d, 'besluit');
  await brief(app, variant, d, 'dossiersamenvatting');
  return p;
}

/** The municipality sells the premises it owns next door to the same B.V.: the two vastgoed letters. */
async function vastgoed(app: App, bv: string, bestuurder: string): Promise<void> {
  op('2026-11-02');
  const dossier = await ok<{ id: string }>(app, 'dossiers.create', { toepassingsgebied: 'vastgoed', aanvragerNaam: 'Horeca De Zandbank B.V.', bestaandeAanvragerId: bv, besluitsoort: 'vastgoed-verkoop', locatieAdres: 'Havenkade 9, Proefstad' });
  await ok(app, 'betrokkenen.add', { dossierId: dossier.id, wie: { bestaandeId: bestuurder }, rol: 'bestuurder' });
  await ok(app, 'beoordeling.save', {
    dossierId: dossier.id,
    beoordeling: {
      ...EMPTY_BEOORDELING,
      bevindingen: [{ id: 'v1', betrokkeneId: bestuurder, soort: 'veroordeling', omschrijving: 'Onherroepelijke veroordeling wegens witwassen (2024).', bron: 'Justitiële documentatie', datum: '2024-03-01', ernst: 'zwaar' }],
      relaties: [{ bevindingId: 'v1', betrokkeneId: bv, grondslag: 'c', via: { betrokkeneId: bestuurder, naam: 'P. Bakker' }, hoedanigheid: 'leiding', toelichting: 'De veroordeelde is enig bestuurder van de koper.' }],
      gevaar: [
        { grond: 'a', mate: 'ernstig', factoren: ['lid2-a', 'lid2-b', 'lid2-c'], motivering: 'De koopsom kan uit witwassen afkomstig zijn; de herkomst is niet aangetoond.' },
        { grond: 'b', mate: 'geen', factoren: [], motivering: '' },
      ],
      evenredigheid: 'Een kettingbeding neemt het gevaar niet weg; niet verkopen is evenredig.',
    },
    voorgesteldeMaatregel: 'niet-contracteren',
  });
  await ok(app, 'besluit.save', { dossierId: dossier.id, besluit: { besluitOp: null, contractclausule: true, bezwaar: null, beroep: null } });
  // Art. 33 lid 2 onder d and e: the koper heard on not contracting, and again on dissolving, before each letter.
  const vandaag = nu.toISOString().slice(0, 10);
  await zienswijzeStapVoorUitkomst(app, dossier.id, 'niet-contracteren', vandaag, vandaag);
  await brief(app, 'vastgoed', dossier.id, 'vastgoed-niet-contracteren');
  await zienswijzeStapVoorUitkomst(app, dossier.id, 'contract-ontbinden', vandaag, vandaag);
  await brief(app, 'vastgoed', dossier.id, 'vastgoed-ontbinding');
}

function alsBeeld(): void {
  const profiel = path.join(werkmap, 'profiel');
  const docx = gemaakt.map((entry) => entry.docx);
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profiel}`, '--convert-to', 'pdf', '--outdir', werkmap, ...docx], { stdio: 'ignore', timeout: 600_000 });
  for (const { docx: file } of gemaakt) {
    const pdf = file.replace(/\.docx$/, '.pdf');
    const basis = path.join(UIT, path.basename(file, '.docx'));
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, `${basis}-p`]);
  }
  // pdftoppm writes "<prefix>-1.png", with leading zeros for long documents ("-01"): name them -p1, -p2 ….
  for (const file of readdirSync(UIT)) {
    const match = /^(.*-p)-0*(\d+)\.png$/.exec(file);
    if (match) execFileSync('mv', [path.join(UIT, file), path.join(UIT, `${match[1]}${match[2]}.png`)]);
  }
}

async function main(): Promise<void> {
  mkdirSync(UIT, { recursive: true });
  for (const file of readdirSync(UIT)) if (/\.(png|docx|pdf)$/.test(file)) rmSync(path.join(UIT, file));
  werkmap = mkdtempSync(path.join(os.tmpdir(), 'brieven-als-beeld-'));
  const apps: App[] = [];
  const nieuweKluis = async (naam: string) => {
    const app = createApp({ dataFolder: path.join(werkmap, naam), actor: 'coördinator', pbkdf2Iterations: MIN_PBKDF2_ITERATIONS, now: () => nu, isTrustedSender: (sender) => sender.url === SENDER.url && sender.isMainFrame });
    apps.push(app);
    await ok(app, 'vault.create', { passphrase: 'correct paard batterij niet' });
    await ok(app, 'briefhoofd.update', { briefhoofd: BRIEFHOOFD });
    return app;
  };
  try {
    await variant(await nieuweKluis('verlenen'), 'verlenen');
    const weigeren = await nieuweKluis('weigeren');
    const p = await variant(weigeren, 'weigeren');
    await vastgoed(weigeren, p.bv, p.bestuurder);
    alsBeeld();
    for (const { docx } of gemaakt) execFileSync('cp', [docx, UIT]);
    writeFileSync(path.join(UIT, 'geweigerd.txt'), geweigerd.length > 0 ? `${geweigerd.join('\n')}\n` : 'Geen brief geweigerd.\n');
    console.log(`${gemaakt.length} documenten in ${UIT}; geweigerd: ${geweigerd.length}`);
    for (const line of geweigerd) console.log(`  ${line}`);
  } finally {
    for (const app of apps) app.shutdown();
    rmSync(werkmap, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

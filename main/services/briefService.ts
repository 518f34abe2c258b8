import { createHash, randomUUID } from 'node:crypto';
import { besluitsoort } from '../../src/domain/besluitsoorten';
import { verdereBesluitenOfDossier } from '../vault/repositories/verdereBesluiten';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BibobError } from '../../src/contract/errors';
import type { CallOutput, ParsedInput } from '../../src/contract';
import type { BrievenView, SjablonenView } from '../../src/contract/briefCalls';
import {
  briefhoofdSchema,
  briefSoortIds,
  briefSoorten,
  controleerSjabloon,
  kenmerkVan,
  leesSjabloonSet,
  maakBrief,
  nogUitTeNodigen,
  voornemenUitkomst,
  sjabloonSetNaarJson,
  STANDAARD_HUISSTIJL,
  veldenVan,
  type Briefhoofd,
  type BriefOpmaak,
  type BriefSoortId,
  type SjabloonTekst,
} from '../../src/domain/brieven';
import { addressees } from '../../src/domain/informatieverzoeken';
import { formatDutchDate } from '../../src/domain/termijnen';
import type { Outcome } from '../../src/domain/workflow';
import type { Toepassingsgebied } from '../../src/domain/toepassingsgebied';
import { briefGegevens } from './briefGegevens';
import { herstelverzoekenOfDossier } from '../vault/repositories/herstelverzoeken';
import { readSetting, writeSetting } from '../vault/repositories/settings';
import { currentSjabloon, insertSjabloonVersie, sjabloonVersies } from '../vault/repositories/sjablonen';
import { partijenOfDossier } from '../vault/repositories/zienswijzen';
import { beperkingenTekst } from '../../src/domain/gebruiksbeperkingen';
import { categorieGrondslag, isEigenGrondslag, verstrekkingVanBrief, type BriefVerstrekking, type VerstrekkingGrondslag } from '../../src/domain/verstrekking';
import { briefNaarDocx } from '../letters/docxWriter';
import { briefNaarHtml } from '../letters/htmlWriter';
import type { VaultDatabase } from '../vault/database';
import { betrokkenenOfDossier } from '../vault/repositories/betrokkenen';
import { readBeoordeling } from '../vault/repositories/beoordeling';
import { briefBijlage, briefBijlageNaam, briefInhoud, briefOpmaak, brievenOfDossier, briefVerstrekking, findBrief, insertBrief } from '../vault/repositories/brieven';
import { formulierNaarDocx } from '../letters/formulierDocx';
import type { Dossier } from '../../src/contract/schemas';
import { requireDossier } from '../vault/repositories/dossiers';
import { findInformatieverzoek, informatieverzoekenOfDossier } from '../vault/repositories/informatieverzoeken';
import { appendTimelineEvent } from '../vault/repositories/timeline';
import { alleVerstrekkingen, insertVerstrekking } from '../vault/repositories/verstrekkingen';
import { inTransactionWithAudit, today, type ServiceContext } from './context';
import { problemsError } from './problems';

/** The letters this dossier can have now, each with the record it is made from. */
function mogelijkeBrieven(db: VaultDatabase, dossier: Dossier): BrievenView['mogelijk'] {
  const vastgoed = dossier.toepassingsgebied === 'vastgoed';
  const verzoeken = informatieverzoekenOfDossier(db, dossier.id);
  const partijen = partijenOfDossier(db, dossier.id);
  const links = betrokkenenOfDossier(db, dossier.id);
  const namen = new Map(links.map((link) => [link.betrokkene.id, link.betrokkene.naam]));
  // The voornemen comes before the invitation is recorded (art. 33 lid 1 Wet Bibob): once an outcome is intended
  // that needs the step, on the same outcome the invitation's round will have.
  const voorgenomen = voornemenUitkomst(dossier.toepassingsgebied as Toepassingsgebied, (dossier.uitkomst ?? null) as Outcome | null);
  const ontvangers = links.map((link) => ({ betrokkeneId: link.betrokkene.id, naam: link.betrokkene.naam, aanvrager: link.rollen.some((rol) => rol.rol === 'aanvrager') }));
  return briefSoortIds.flatMap((soort): BrievenView['mogelijk'] => {
    const def = briefSoorten[soort];
    const optie = (bronId: string | null, bronLabel: string | null) => ({ soort, label: def.label, bronId, bronLabel, invoer: [...def.invoer] });
    switch (def.bron) {
      case 'dossier': {
        if (vastgoed ? ['besluit', 'termijn-niet-haalbaar', 'verlengingsbesluit'].includes(soort) : soort.startsWith('vastgoed-')) return [];
        // One besluit letter per decision (issue 19 item 12): each beschikking its own dictum, grondslag and rechtsmiddel.
        const verdere = soort === 'besluit' ? verdereBesluitenOfDossier(db, dossier.id) : [];
        if (verdere.length === 0) return [optie(null, null)];
        const label = (id: string | null) => (id ? (besluitsoort(id)?.label ?? id) : 'soort besluit nog niet gekozen');
        return [optie(null, label(dossier.besluitsoort)), ...verdere.map((besluit) => optie(besluit.id, label(besluit.besluitsoort)))];
      }
      case 'herstelverzoek':
        return herstelverzoekenOfDossier(db, dossier.id).map((verzoek) => optie(verzoek.id, `herstelverzoek van ${formatDutchDate(verzoek.verzondenOp)}`));
      case 'informatieverzoek':
        return verzoeken.filter((verzoek) => verzoek.geadresseerde !== 'lbb').map((verzoek) => optie(verzoek.id, `aan ${verzoek.geadresseerdeNaam || addressees[verzoek.geadresseerde].label}`));
      case 'lbb-verzoek':
        return verzoeken
          .filter((verzoek) => verzoek.geadresseerde === 'lbb' && (soort === 'adviesaanvraag-lbb' || verzoek.verzondenOp !== null))
          .map((verzoek) => optie(verzoek.id, verzoek.verzondenOp ? `adviesaanvraag van ${formatDutchDate(verzoek.verzondenOp)}` : 'adviesaanvraag (concept)'));
      case 'zienswijze-betrokkene':
      case 'zienswijze-derde': {
        const rol = def.bron === 'zienswijze-derde' ? 'derde' : 'betrokkene';
        const uitgenodigd = partijen.filter((partij) => partij.rol === rol).map((partij) => optie(partij.id, `${namen.get(partij.betrokkeneId) ?? 'onbekend'}, uitgenodigd ${formatDutchDate(partij.uitgenodigdOp)}`));
        // Made from the betrokkene before the invitation is recorded: the letter then names its own term.
        const vooraf = nogUitTeNodigen(rol, ontvangers, partijen, voorgenomen).map((ontvanger) => ({ ...optie(ontvanger.betrokkeneId, `${ontvanger.naam}, nog niet uitgenodigd`), invoer: ['zienswijzeTot', ...def.invoer] }));
        return [...vooraf, ...uitgenodigd];
      }
    }
  });
}

/** What exporting a letter is: as recorded when it was made, or (a letter made before that was kept) by its type. */
function verstrekkingVan(db: VaultDatabase, brief: { id: string; soort: string }): BriefVerstrekking {
  return briefVerstrekking(db, brief.id) ?? verstrekkingVanBrief(brief.soort, null);
}

function brievenView(db: VaultDatabase, dossierId: string): BrievenView {
  const { beoordeling } = readBeoordeling(db, dossierId);
  return {
    brieven: brievenOfDossier(db, dossierId).map(({ dossierId: _dossier, doorbrekingen, ...brief }) => ({
      ...brief,
      doorbrekingen: [...doorbrekingen],
      verstrekking: verstrekkingVan(db, brief),
      bijlageNaam: briefBijlageNaam(db, brief.id),
    })),
    mogelijk: mogelijkeBrieven(db, requireDossier(db, dossierId)),
    beperkteBevindingen: beoordeling.bevindingen
      .filter((bevinding) => (bevinding.beperkingen ?? []).length > 0)
      .map((bevinding) => ({ bevindingId: bevinding.id, omschrijving: bevinding.omschrijving, beperkingen: beperkingenTekst(bevinding.beperkingen ?? []) })),
  };
}

export function listBrieven(ctx: ServiceContext, input: ParsedInput<'brieven.list'>): BrievenView {
  return inTransactionWithAudit(ctx, (db) => {
    requireDossier(db, input.dossierId);
    return { result: brievenView(db, input.dossierId), audit: { action: 'brieven.bekeken', entityType: 'dossier', entityId: input.dossierId, details: {} } };
  });
}

/** The bytes of a letter in the chosen format: the stored Word document, or a PDF printed from the same content. */
async function briefBestand(ctx: ServiceContext, db: VaultDatabase, brief: { id: string; titel: string }, formaat: 'docx' | 'pdf'): Promise<{ bytes: Buffer; naam: string }> {
  if (formaat === 'docx') {
    const inhoud = briefInhoud(db, brief.id);
    if (!inhoud) throw new BibobError('NOT_FOUND', 'Deze brief bestaat niet (meer).');
    return { bytes: inhoud, naam: `${brief.titel}.docx` };
  }
  if (!ctx.pdfPrinter) throw new BibobError('CONFLICT', 'Een PDF maken kan alleen in de desktop-app. Exporteer de brief hier als Word-document.');
  const opmaak = briefOpmaak(db, brief.id);
  if (!opmaak) throw new BibobError('CONFLICT', 'Van deze brief is de opmaak niet bewaard; maak de brief opnieuw om hem als PDF te exporteren.');
  const bytes = await ctx.pdfPrinter.print(briefNaarHtml(opmaak), { kenmerk: opmaak.kenmerk, vertrouwelijk: opmaak.brief.vertrouwelijk });
  return { bytes, naam: `${brief.titel}.pdf` };
}

/** Where the document that goes with a letter is written: next to the letter, "<letter> - <bijlage>.docx". */
export function bijlagePad(target: string, bijlageNaam: string): string {
  const { dir, name } = path.parse(target);
  return path.join(dir, `${name} - ${bijlageNaam}.docx`);
}

/**
 * Exports a generated letter (Word or PDF) through the save dialog, together with the document that goes with it
 * (the form with the toezending, written next to it), and registers the disclosure: to a recipient of art. 28 lid 2
 * the coordinator names, or on the basis the letter fixes (the LBB on art. 9 with 7a lid 4 or on art. 7a lid 7/8
 * with 11a, the Belastingdienst on art. 7c). The internal advice to the bestuursorgaan is no disclosure: exported
 * and audited, not registered — unless it goes to someone else, such as the driehoek (art. 28 lid 2 onder c).
 */
export async function exportBrief(ctx: ServiceContext, input: ParsedInput<'brieven.export'>): Promise<CallOutput<'brieven.export'>> {
  const chooseSavePath = ctx.exportTarget?.chooseSavePath;
  if (!chooseSavePath) throw new BibobError('INTERNAL', 'Exporteren is hier niet mogelijk.');
  const db = ctx.vault.database();
  const brief = findBrief(db, input.briefId);
  if (!brief) throw new BibobError('NOT_FOUND', 'Deze brief bestaat niet (meer).');
  const wijze = verstrekkingVan(db, brief);
  let registratie: { grondslag: VerstrekkingGrondslag; ontvanger: string } | null;
  if (wijze.soort === 'geen') {
    // To the bestuursorgaan itself no disclosure; to someone else (the driehoek of art. 28 lid 2 onder c) it is one.
    if (input.verstrekking && isEigenGrondslag(input.verstrekking.categorie)) {
      throw new BibobError('VALIDATION', 'Het interne advies gaat niet aan het LBB of de Belastingdienst: kies de ontvanger uit art. 28 lid 2 Wet Bibob.', { issues: [{ path: 'verstrekking.categorie', message: 'Kies de ontvanger uit art. 28 lid 2 Wet Bibob.' }] });
    }
    registratie = input.verstrekking ? { grondslag: input.verstrekking.categorie, ontvanger: input.verstrekking.ontvanger } : null;
  } else if (wijze.soort === 'vast') registratie = { grondslag: wijze.grondslag, ontvanger: wijze.ontvanger };
  else {
    if (!input.verstrekking) {
      throw new BibobError('VALIDATION', 'Kies aan wie de brief wordt verstrekt (art. 28 lid 2 Wet Bibob); een export zonder ontvanger wordt geweigerd.', { issues: [{ path: 'verstrekking', message: 'Kies aan wie de brief wordt verstrekt (art. 28 lid 2 Wet Bibob).' }] });
    }
    if (isEigenGrondslag(input.verstrekking.categorie)) {
      throw new BibobError('VALIDATION', 'Deze brief gaat niet aan het LBB of de Belastingdienst: kies de ontvanger uit art. 28 lid 2 Wet Bibob.', { issues: [{ path: 'verstrekking.categorie', message: 'Kies de ontvanger uit art. 28 lid 2 Wet Bibob.' }] });
    }
    registratie = { grondslag: input.verstrekking.categorie, ontvanger: input.verstrekking.ontvanger };
  }
  const bestand = await briefBestand(ctx, db, brief, input.formaat);
  const bijlage = briefBijlage(db, brief.id);
  const target = await chooseSavePath.call(ctx.exportTarget, bestand.naam);
  if (!target) return { exported: false };
  const geschreven: string[] = [];
  try {
    await writeFile(target, bestand.bytes, { mode: 0o600 });
    geschreven.push(target);
    if (bijlage) {
      const bijlageTarget = bijlagePad(target, bijlage.naam);
      await writeFile(bijlageTarget, bijlage.inhoud, { mode: 0o600 });
      geschreven.push(bijlageTarget);
    }
    const wat = bijlage ? `${brief.titel} met ${bijlage.naam}` : brief.titel;
    const vorm = input.formaat === 'pdf' ? 'PDF' : 'Word-document';
    inTransactionWithAudit(ctx, (tx) => {
      const at = ctx.now().toISOString();
      if (registratie) {
        insertVerstrekking(tx, { id: randomUUID(), dossierId: brief.dossierId, wat, categorie: registratie.grondslag, ontvanger: registratie.ontvanger, verstrektOp: at, verstrektDoor: ctx.actor });
      }
      appendTimelineEvent(tx, brief.dossierId, {
        at,
        soort: 'brief.geexporteerd',
        omschrijving: registratie
          ? `${wat} geëxporteerd als ${vorm} voor ${registratie.ontvanger} (${categorieGrondslag(registratie.grondslag)}).`
          : `${wat} geëxporteerd als ${vorm} voor het bestuursorgaan (intern; geen verstrekking).`,
      });
      return {
        result: undefined,
        audit: {
          action: 'brief.geexporteerd',
          entityType: 'dossier',
          entityId: brief.dossierId,
          details: { briefId: brief.id, formaat: input.formaat, sha256: brief.sha256, ...(registratie ? { categorie: registratie.grondslag, ontvanger: registratie.ontvanger } : { intern: true }), ...(bijlage ? { bijlage: bijlage.naam } : {}) },
        },
      };
    });
  } catch (error) {
    for (const file of geschreven) await rm(file, { force: true });
    throw error;
  }
  return { exported: true };
}

/**
 * Reading a letter in the app is not disclosing it (issue 20 §4): its HTML for the viewer, nothing written outside
 * the vault, no register entry; the viewing is audited as viewing.
 */
export function bekijkBrief(ctx: ServiceContext, input: ParsedInput<'brieven.bekijk'>): CallOutput<'brieven.bekijk'> {
  return inTransactionWithAudit(ctx, (db) => {
    const brief = findBrief(db, input.briefId);
    if (!brief) throw new BibobError('NOT_FOUND', 'Deze brief bestaat niet (meer).');
    const opmaak = briefOpmaak(db, brief.id);
    if (!opmaak) throw new BibobError('CONFLICT', 'Van deze brief is de opmaak niet bewaard; maak de brief opnieuw om hem hier te lezen.');
    return { result: { titel: brief.titel, html: briefNaarHtml(opmaak) }, audit: { action: 'brief.bekeken', entityType: 'dossier', entityId: brief.dossierId, details: { briefId: brief.id, soort: brief.soort } } };
  });
}

/** The disclosure register of the whole vault, newest first; reading it is audited. */
export function listVerstrekkingen(ctx: ServiceContext): CallOutput<'verstrekkingen.list'> {
  return inTransactionWithAudit(ctx, (db) => ({
    result: {
      verstrekkingen: alleVerstrekkingen(db).map((entry) => ({
        id: entry.id,
        verstrektOp: entry.verstrektOp,
        ontvanger: entry.ontvanger,
        grondslag: categorieGrondslag(entry.categorie),
        wat: entry.wat,
        dossierId: entry.dossierId,
        zaaknummer: entry.zaaknummer,
        verstrektDoor: entry.verstrektDoor,
      })),
    },
    audit: { action: 'verstrekkingsregister.bekeken', entityType: 'kluis', entityId: null, details: {} },
  }));
}

const BRIEFHOOFD_KEY = 'briefhoofd';

/** The saved letterhead, or null while none is saved (or it no longer fits the schema). */
export function readBriefhoofd(db: VaultDatabase): Briefhoofd | null {
  const raw = readSetting(db, BRIEFHOOFD_KEY);
  const parsed = briefhoofdSchema.safeParse(raw === null ? null : JSON.parse(raw));
  return parsed.success ? parsed.data : null;
}

export function getBriefhoofd(ctx: ServiceContext): CallOutput<'briefhoofd.get'> {
  return { briefhoofd: readBriefhoofd(ctx.vault.database()) };
}

export function updateBriefhoofd(ctx: ServiceContext, input: ParsedInput<'briefhoofd.update'>): CallOutput<'briefhoofd.update'> {
  return inTransactionWithAudit(ctx, (db) => {
    writeSetting(db, BRIEFHOOFD_KEY, JSON.stringify(input.briefhoofd));
    return { result: { briefhoofd: readBriefhoofd(db) }, audit: { action: 'instelling.gewijzigd', entityType: 'instelling', entityId: null, details: { briefhoofd: input.briefhoofd.gemeente } } };
  });
}

/** The template a letter type is made from now: the newest saved version, or the standard one (version 0). */
function sjabloonVoor(db: VaultDatabase, soort: BriefSoortId): { versie: number; sjabloon: SjabloonTekst } {
  const stored = currentSjabloon(db, soort);
  return stored ? { versie: stored.versie, sjabloon: { onderwerp: stored.onderwerp, tekst: stored.tekst } } : { versie: 0, sjabloon: briefSoorten[soort].standaard };
}

/**
 * Makes a letter of any type from its current template and the dossier's data, keeps it in the vault with its date,
 * template version and hash, and puts it on the timeline. Refused — with every reason — when the letterhead is
 * missing (letters that leave the municipality), when the law's elements lack a value, or when the step does not
 * allow the letter yet. Restricted findings stay out unless overridden; each override is audited with its reason.
 */
export async function maakBriefVoorDossier(ctx: ServiceContext, input: ParsedInput<'brieven.maak'>): Promise<BrievenView> {
  const db = ctx.vault.database();
  const def = briefSoorten[input.soort];
  const briefhoofd = readBriefhoofd(db);
  if (def.ontvanger !== 'intern' && !briefhoofd) {
    throw new BibobError('CONFLICT', 'Vul eerst het briefhoofd van de gemeente in (Instellingen → Briefhoofd): een brief zonder afzender, ondertekenaar en contact gaat niet de deur uit.');
  }
  if (def.bron !== 'dossier' && input.bronId === null) throw new BibobError('VALIDATION', 'Kies waar de brief bij hoort.', { issues: [{ path: 'bronId', message: 'Kies waar de brief bij hoort.' }] });
  const gegevens = briefGegevens(db, { dossierId: input.dossierId, soort: input.soort, bronId: input.bronId, invoer: input.invoer, doorbrekingen: input.doorbrekingen }, today(ctx), briefhoofd);
  const { versie, sjabloon } = sjabloonVoor(db, input.soort);
  const gemaakt = gegevens.problemen.length > 0 ? ({ ok: false, problemen: gegevens.problemen } as const) : maakBrief(input.soort, sjabloon, gegevens.waarden, gegevens.bijlagen);
  if (!gemaakt.ok) {
    throw problemsError(gemaakt.problemen[0]!.melding, gemaakt.problemen);
  }
  const { dossier } = gegevens;
  const huisstijl = briefhoofd?.huisstijl ?? STANDAARD_HUISSTIJL;
  const kenmerk = kenmerkVan(huisstijl.kenmerkFormaat, { zaaknummer: dossier.zaaknummer, jaar: today(ctx).slice(0, 4), brief: input.soort });
  const opmaak: BriefOpmaak = {
    brief: gemaakt.brief,
    kenmerk,
    huisstijl,
    omslag: def.ontvanger === 'intern' || !briefhoofd ? undefined : { briefhoofd, datum: String(gegevens.waarden.datum), kenmerk, onderwerp: gemaakt.onderwerp, geadresseerde: gegevens.geadresseerde, ...(gegevens.ondertekening ? { ondertekening: gegevens.ondertekening } : {}) },
  };
  const docx = await briefNaarDocx(opmaak.brief, opmaak);
  const sha256 = createHash('sha256').update(docx).digest('hex');
  // The form the toezending encloses: a Word document of its own, kept with the letter and exported with it.
  const bijlage = gegevens.formulier
    ? {
        naam: 'Bibob-vragenformulier',
        inhoud: await formulierNaarDocx(
          gegevens.formulier,
          { gemeente: briefhoofd?.gemeente ?? '', aanvrager: dossier.aanvragerNaam, besluit: String(gegevens.waarden['besluit.omschrijving']), kenmerk, terugUiterlijk: String(gegevens.waarden['termijn.vragenformulier']), contact: briefhoofd?.contact ?? '' },
          huisstijl,
        ),
      }
    : undefined;
  const geadresseerde = input.soort === 'informatieverzoek' && input.bronId ? (findInformatieverzoek(db, input.bronId)?.geadresseerde ?? null) : null;
  const verstrekking = verstrekkingVanBrief(input.soort, geadresseerde);
  return inTransactionWithAudit(ctx, (tx) => {
    const id = randomUUID();
    const at = ctx.now().toISOString();
    insertBrief(tx, { id, dossierId: dossier.id, soort: input.soort, titel: gemaakt.brief.titel, sha256, doorbrekingen: gegevens.doorbroken, gemaaktOp: at, gemaaktDoor: ctx.actor, sjabloonVersie: versie }, docx, opmaak, { bijlage, verstrekking });
    const beperkt = gegevens.beperktGetoond > 0 ? `; ${gegevens.beperktGetoond} beperkte bevinding(en) gemarkeerd getoond (intern)` : '';
    appendTimelineEvent(tx, dossier.id, { at, soort: 'brief.gemaakt', omschrijving: `${gemaakt.brief.titel} gemaakt (sjabloon ${versie === 0 ? 'standaard' : `versie ${versie}`})${beperkt}.` });
    // Each override of a use restriction is an event of its own, with its reason (§10: audited, on the timeline).
    const bevindingen = readBeoordeling(tx, dossier.id).beoordeling.bevindingen;
    for (const doorbreking of gegevens.doorbroken) {
      const bevinding = bevindingen.find((entry) => entry.id === doorbreking.bevindingId);
      appendTimelineEvent(tx, dossier.id, {
        at,
        soort: 'brief.beperking-doorbroken',
        omschrijving: `Gebruiksbeperking doorbroken in ${gemaakt.brief.titel}: bevinding uit ${bevinding?.bron ?? 'onbekende bron'} (${beperkingenTekst(bevinding?.beperkingen ?? [])}). Reden: ${doorbreking.reden}`,
      });
    }
    return {
      result: brievenView(tx, dossier.id),
      audit: {
        action: 'brief.gemaakt',
        entityType: 'dossier',
        entityId: dossier.id,
        details: { briefId: id, soort: input.soort, sjabloonVersie: versie, sha256, beperktGetoond: gegevens.beperktGetoond, doorbrekingen: gegevens.doorbroken },
      },
    };
  });
}

/* ---------- templates ---------- */

function sjablonenView(db: VaultDatabase): SjablonenView {
  return {
    sjablonen: briefSoortIds.map((soort) => {
      const { versie, sjabloon } = sjabloonVoor(db, soort);
      return {
        soort,
        label: briefSoorten[soort].label,
        versie,
        onderwerp: sjabloon.onderwerp,
        tekst: sjabloon.tekst,
        versies: sjabloonVersies(db, soort).map((entry) => ({ versie: entry.versie, opgeslagenOp: entry.opgeslagenOp, opgeslagenDoor: entry.opgeslagenDoor })),
      };
    }),
  };
}

export function listSjablonen(ctx: ServiceContext): SjablonenView {
  return sjablonenView(ctx.vault.database());
}

function sjabloonFouten(soort: BriefSoortId, sjabloon: SjabloonTekst): { path: string; message: string }[] {
  const fouten = controleerSjabloon(sjabloon, veldenVan(soort), briefSoorten[soort].verplicht);
  const plaats = (regel: number | null, kolom: number | null) => (regel === null ? '' : `regel ${regel}, kolom ${kolom}: `);
  return [
    ...fouten.onderwerp.map((fout) => ({ path: 'onderwerp', message: `${plaats(fout.regel, fout.kolom)}${fout.melding}` })),
    ...fouten.tekst.map((fout) => ({ path: 'tekst', message: `${plaats(fout.regel, fout.kolom)}${fout.melding}` })),
  ];
}

/** Saves a template as a new version; refused with every error at its place. */
export function saveSjabloon(ctx: ServiceContext, input: ParsedInput<'sjablonen.save'>): SjablonenView {
  const sjabloon = { onderwerp: input.onderwerp, tekst: input.tekst };
  const fouten = sjabloonFouten(input.soort, sjabloon);
  if (fouten.length > 0) throw new BibobError('VALIDATION', `Het sjabloon bevat ${fouten.length === 1 ? 'een fout' : `${fouten.length} fouten`}: ${fouten[0]!.message}`, { issues: fouten });
  return inTransactionWithAudit(ctx, (db) => {
    const versie = insertSjabloonVersie(db, input.soort, sjabloon, ctx.now().toISOString(), ctx.actor);
    return { result: sjablonenView(db), audit: { action: 'sjabloon.opgeslagen', entityType: 'instelling', entityId: null, details: { soort: input.soort, versie } } };
  });
}

/** Writes the current templates as a template set through the save dialog (no dossier data). */
export async function exportSjablonen(ctx: ServiceContext): Promise<{ exported: boolean }> {
  if (!ctx.exportTarget) throw new BibobError('INTERNAL', 'Exporteren is hier niet mogelijk.');
  const db = ctx.vault.database();
  const json = sjabloonSetNaarJson(new Map(briefSoortIds.map((soort) => [soort, sjabloonVoor(db, soort).sjabloon])));
  const saved = await ctx.exportTarget.saveText('briefsjablonen.json', json);
  if (!saved) return { exported: false };
  inTransactionWithAudit(ctx, () => ({ result: undefined, audit: { action: 'sjablonen.geexporteerd', entityType: 'instelling', entityId: null, details: { soorten: briefSoortIds.length } } }));
  return { exported: true };
}

/** Imports a template set: all or nothing; a template that differs from the current one becomes a new version. */
export function importSjablonen(ctx: ServiceContext, input: ParsedInput<'sjablonen.import'>): CallOutput<'sjablonen.import'> {
  const gelezen = leesSjabloonSet(input.json);
  if (!gelezen.ok) {
    throw new BibobError('VALIDATION', `De sjabloonset is niet ingevoerd: ${gelezen.fouten[0]}`, { issues: gelezen.fouten.map((message) => ({ path: 'json', message })) });
  }
  return inTransactionWithAudit(ctx, (db) => {
    const at = ctx.now().toISOString();
    let ingevoerd = 0;
    for (const [soort, sjabloon] of gelezen.sjablonen) {
      const huidig = sjabloonVoor(db, soort).sjabloon;
      if (huidig.onderwerp === sjabloon.onderwerp && huidig.tekst === sjabloon.tekst) continue;
      insertSjabloonVersie(db, soort, sjabloon, at, ctx.actor);
      ingevoerd += 1;
    }
    return { result: { ...sjablonenView(db), ingevoerd }, audit: { action: 'sjablonen.ingevoerd', entityType: 'instelling', entityId: null, details: { ingevoerd } } };
  });
}

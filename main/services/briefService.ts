import { createHash, randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { BibobError } from '../../src/contract/errors';
import type { CallOutput, ParsedInput } from '../../src/contract';
import type { BrievenView } from '../../src/contract/briefCalls';
import { besluitsoort } from '../../src/domain/besluitsoorten';
import { briefhoofdSchema, herstelBrief, herstelBriefProblemen, internAdviesBrief, internAdviesProblemen, mededelingAdviesBrief, type Brief, type Briefhoofd, type Doorbreking } from '../../src/domain/brieven';
import { formatDutchDate } from '../../src/domain/termijnen';
import { findHerstelverzoek } from '../vault/repositories/herstelverzoeken';
import { findInformatieverzoek } from '../vault/repositories/informatieverzoeken';
import { readSetting, writeSetting } from '../vault/repositories/settings';
import { beperkingenTekst } from '../../src/domain/gebruiksbeperkingen';
import { categorieGrondslag } from '../../src/domain/verstrekking';
import { outcomeLabel } from '../../src/domain/workflow';
import { briefNaarDocx } from '../letters/docxWriter';
import type { VaultDatabase } from '../vault/database';
import { betrokkenenOfDossier } from '../vault/repositories/betrokkenen';
import { readBeoordeling } from '../vault/repositories/beoordeling';
import { briefInhoud, brievenOfDossier, findBrief, insertBrief } from '../vault/repositories/brieven';
import { findDossier } from '../vault/repositories/dossiers';
import { informatieverzoekenOfDossier } from '../vault/repositories/informatieverzoeken';
import { appendTimelineEvent } from '../vault/repositories/timeline';
import { insertVerstrekking } from '../vault/repositories/verstrekkingen';
import { inTransactionWithAudit, today, type ServiceContext } from './context';

function requireDossier(db: VaultDatabase, id: string) {
  const dossier = findDossier(db, id);
  if (!dossier) throw new BibobError('NOT_FOUND', 'Dit dossier bestaat niet (meer).');
  return dossier;
}

function brievenView(db: VaultDatabase, dossierId: string): BrievenView {
  const { beoordeling } = readBeoordeling(db, dossierId);
  return {
    brieven: brievenOfDossier(db, dossierId).map(({ dossierId: _dossier, doorbrekingen, ...brief }) => ({ ...brief, doorbrekingen: [...doorbrekingen] })),
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

/**
 * Generates the internal Bibob advice from the stored assessment and keeps it in the vault. Restricted findings stay
 * out unless overridden; each override is in the audit record with its reason.
 */
export async function generateInternAdvies(ctx: ServiceContext, input: ParsedInput<'brieven.internAdvies'>): Promise<BrievenView> {
  const db = ctx.vault.database();
  const dossier = requireDossier(db, input.dossierId);
  const stored = readBeoordeling(db, dossier.id);
  const soort = dossier.besluitsoort ? besluitsoort(dossier.besluitsoort) : undefined;
  const lbb = informatieverzoekenOfDossier(db, dossier.id).find((verzoek) => verzoek.geadresseerde === 'lbb' && verzoek.antwoord !== null);
  const adviesInput = {
    zaaknummer: dossier.zaaknummer,
    aanvragerNaam: dossier.aanvragerNaam,
    besluit: soort ? `${soort.label}${dossier.locatieAdres ? `, ${dossier.locatieAdres}` : ''}` : 'soort besluit nog niet vastgelegd',
    opgesteldOp: today(ctx),
    betrokkenen: betrokkenenOfDossier(db, dossier.id).map((link) => ({ id: link.betrokkene.id, naam: link.betrokkene.naam, rollen: link.rollen.map((rol) => rol.rol) })),
    beoordeling: stored.beoordeling,
    voorgesteldeMaatregel: stored.voorgesteldeMaatregel,
    maatregelLabel: stored.voorgesteldeMaatregel ? outcomeLabel(stored.voorgesteldeMaatregel, dossier.toepassingsgebied) : null,
    lbbAdvies: lbb?.antwoord ? { ontvangenOp: lbb.antwoord.ontvangenOp, samenvatting: lbb.antwoord.samenvatting } : null,
  };
  const problems = internAdviesProblemen(adviesInput, input.doorbrekingen);
  if (problems.length > 0) {
    throw new BibobError('VALIDATION', problems[0]!.melding, { issues: problems.map((problem) => ({ path: problem.pad, message: problem.melding })) });
  }
  const result = internAdviesBrief(adviesInput, input.doorbrekingen);
  const docx = await briefNaarDocx(result.brief, dossier.zaaknummer);
  const sha256 = createHash('sha256').update(docx).digest('hex');
  return inTransactionWithAudit(ctx, (tx) => {
    const id = randomUUID();
    const at = ctx.now().toISOString();
    insertBrief(tx, { id, dossierId: dossier.id, soort: 'intern-advies', titel: result.brief.titel, sha256, doorbrekingen: result.doorbroken, gemaaktOp: at, gemaaktDoor: ctx.actor }, docx);
    appendTimelineEvent(tx, dossier.id, {
      at,
      soort: 'brief.gemaakt',
      omschrijving: `${result.brief.titel} gemaakt${result.weggelaten.length > 0 ? `; ${result.weggelaten.length} beperkte bevinding(en) weggelaten` : ''}${result.doorbroken.length > 0 ? `; ${result.doorbroken.length} beperkte bevinding(en) met reden opgenomen` : ''}.`,
    });
    return {
      result: brievenView(tx, dossier.id),
      audit: {
        action: 'brief.gemaakt',
        entityType: 'dossier',
        entityId: dossier.id,
        details: { briefId: id, soort: 'intern-advies', sha256, weggelaten: result.weggelaten.map((entry) => entry.bevindingId), doorbrekingen: result.doorbroken },
      },
    };
  });
}

/** Exports a generated letter through the save dialog, to a recipient of art. 28 lid 2 recorded in the register. */
export async function exportBrief(ctx: ServiceContext, input: ParsedInput<'brieven.export'>): Promise<CallOutput<'brieven.export'>> {
  const chooseSavePath = ctx.exportTarget?.chooseSavePath;
  if (!chooseSavePath) throw new BibobError('INTERNAL', 'Exporteren is hier niet mogelijk.');
  const db = ctx.vault.database();
  const brief = findBrief(db, input.briefId);
  const inhoud = brief ? briefInhoud(db, brief.id) : null;
  if (!brief || !inhoud) throw new BibobError('NOT_FOUND', 'Deze brief bestaat niet (meer).');
  const target = await chooseSavePath.call(ctx.exportTarget, `${brief.titel}.docx`);
  if (!target) return { exported: false };
  await writeFile(target, inhoud, { mode: 0o600 });
  try {
    inTransactionWithAudit(ctx, (tx) => {
      const at = ctx.now().toISOString();
      const { categorie, ontvanger } = input.verstrekking;
      insertVerstrekking(tx, { id: randomUUID(), dossierId: brief.dossierId, wat: brief.titel, categorie, ontvanger, verstrektOp: at, verstrektDoor: ctx.actor });
      appendTimelineEvent(tx, brief.dossierId, { at, soort: 'brief.geexporteerd', omschrijving: `${brief.titel} geëxporteerd voor ${ontvanger} (${categorieGrondslag(categorie)}).` });
      return { result: undefined, audit: { action: 'brief.geexporteerd', entityType: 'dossier', entityId: brief.dossierId, details: { briefId: brief.id, sha256: brief.sha256, categorie, ontvanger } } };
    });
  } catch (error) {
    await rm(target, { force: true });
    throw error;
  }
  return { exported: true };
}

const BRIEFHOOFD_KEY = 'briefhoofd';

function readBriefhoofd(db: VaultDatabase): Briefhoofd | null {
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

function requireBriefhoofd(db: VaultDatabase): Briefhoofd {
  const briefhoofd = readBriefhoofd(db);
  if (!briefhoofd) throw new BibobError('CONFLICT', 'Vul eerst het briefhoofd van de gemeente in (Instellingen → Briefhoofd): een brief zonder afzender, ondertekenaar en contact gaat niet de deur uit.');
  return briefhoofd;
}

/** Generates a letter to the applicant with the letterhead, stores it in the vault and puts it on the timeline. */
async function storeLetter(ctx: ServiceContext, dossierId: string, soort: string, brief: Brief, onderwerp: string): Promise<BrievenView> {
  const db = ctx.vault.database();
  const dossier = requireDossier(db, dossierId);
  const briefhoofd = requireBriefhoofd(db);
  const docx = await briefNaarDocx(brief, dossier.zaaknummer, {
    briefhoofd,
    datum: formatDutchDate(today(ctx)),
    kenmerk: dossier.zaaknummer,
    onderwerp,
    geadresseerde: [dossier.aanvragerNaam, ...(dossier.locatieAdres ? [dossier.locatieAdres] : [])],
  });
  const sha256 = createHash('sha256').update(docx).digest('hex');
  const doorbrekingen: Doorbreking[] = [];
  return inTransactionWithAudit(ctx, (tx) => {
    const id = randomUUID();
    const at = ctx.now().toISOString();
    insertBrief(tx, { id, dossierId: dossier.id, soort, titel: brief.titel, sha256, doorbrekingen, gemaaktOp: at, gemaaktDoor: ctx.actor }, docx);
    appendTimelineEvent(tx, dossier.id, { at, soort: 'brief.gemaakt', omschrijving: `${brief.titel} gemaakt.` });
    return { result: brievenView(tx, dossier.id), audit: { action: 'brief.gemaakt', entityType: 'dossier', entityId: dossier.id, details: { briefId: id, soort, sha256 } } };
  });
}

function besluitTekst(db: VaultDatabase, dossierId: string): string {
  const dossier = requireDossier(db, dossierId);
  const soort = dossier.besluitsoort ? besluitsoort(dossier.besluitsoort) : undefined;
  return soort ? `${soort.label.charAt(0).toLowerCase()}${soort.label.slice(1)}${dossier.locatieAdres ? ` (${dossier.locatieAdres})` : ''}` : 'een vergunning';
}

/** The letter of a registered herstelverzoek (Awb 4:5, 4:15); refused when it lacks a term or missing items. */
export async function generateHerstelBrief(ctx: ServiceContext, input: ParsedInput<'brieven.herstel'>): Promise<BrievenView> {
  const db = ctx.vault.database();
  const verzoek = findHerstelverzoek(db, input.herstelId);
  if (!verzoek) throw new BibobError('NOT_FOUND', 'Dit herstelverzoek bestaat niet (meer).');
  const dossier = requireDossier(db, verzoek.dossierId);
  const brief = { aanvragerNaam: dossier.aanvragerNaam, besluit: besluitTekst(db, dossier.id), verzondenOp: verzoek.verzondenOp, termijnTot: verzoek.termijnTot, ontbrekend: verzoek.ontbrekend };
  const problems = herstelBriefProblemen(brief);
  if (problems.length > 0) throw new BibobError('VALIDATION', problems[0]!, { issues: problems.map((message) => ({ path: 'herstelId', message })) });
  return storeLetter(ctx, dossier.id, 'herstelverzoek', herstelBrief(brief), 'Aanvulling van uw aanvraag (herstelverzoek)');
}

/** The notice of art. 32 Wet Bibob for a sent LBB request, with the suspension of art. 31 and the expected decision date. */
export async function generateMededelingAdvies(ctx: ServiceContext, input: ParsedInput<'brieven.mededelingAdvies'>): Promise<BrievenView> {
  const db = ctx.vault.database();
  const verzoek = findInformatieverzoek(db, input.verzoekId);
  if (!verzoek) throw new BibobError('NOT_FOUND', 'Deze adviesaanvraag bestaat niet (meer).');
  if (verzoek.geadresseerde !== 'lbb' || !verzoek.verzondenOp || !verzoek.uiterlijkOp) {
    throw new BibobError('CONFLICT', 'Een mededeling op grond van art. 32 Wet Bibob hoort bij een verzonden adviesaanvraag aan het LBB.');
  }
  const dossier = requireDossier(db, verzoek.dossierId);
  // The cached deadline: every change that moves it (this request included) recomputes it in its own transaction.
  const brief = mededelingAdviesBrief({ besluit: besluitTekst(db, dossier.id), aangevraagdOp: verzoek.verzondenOp, adviesUiterlijk: verzoek.uiterlijkOp, beslisdatum: dossier.uitersteBeslisdatum });
  return storeLetter(ctx, dossier.id, 'mededeling-adviesaanvraag', brief, 'Advies gevraagd aan het Landelijk Bureau Bibob');
}

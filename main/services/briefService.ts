import { createHash, randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { BibobError } from '../../src/contract/errors';
import type { CallOutput, ParsedInput } from '../../src/contract';
import type { BrievenView } from '../../src/contract/briefCalls';
import { besluitsoort } from '../../src/domain/besluitsoorten';
import { internAdviesBrief, internAdviesProblemen } from '../../src/domain/brieven';
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

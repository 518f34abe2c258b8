import { randomUUID } from 'node:crypto';
import { verdereBesluitTermijnen } from './verdereBesluitenService';
import { besluitenZonderUitkomst } from '../../src/domain/verdereBesluiten';
import { verdereBesluitenOfDossier } from '../vault/repositories/verdereBesluiten';
import { BibobError } from '../../src/contract/errors';
import type { Dossier, DossierDetail, DossierFilter, TermijnGebeurtenisInput } from '../../src/contract/schemas';
import type { ParsedInput } from '../../src/contract';
import { besluitsoort } from '../../src/domain/besluitsoorten';
import { formatDutchDate } from '../../src/domain/termijnen';
import { intrekkingWijzeLabels } from '../../src/domain/intrekking';
import { problemsError } from './problems';
import { uitkomstenVoor } from '../../src/domain/uitkomsten';
import { DEFAULT_ZAAKNUMMER_PREFIX, nextZaaknummer } from '../../src/domain/zaaknummer';
import { availableTransitions, isClosed, outcomeLabel, phaseAfterStep, phaseLabels, transition, zienswijzeRequired, type Outcome, type Phase, type RecordedStep, type StepPhaseMove, type WorkflowFacts } from '../../src/domain/workflow';
import type { Toepassingsgebied } from '../../src/domain/toepassingsgebied';
import { buitenBehandelingToets, buitenBehandelingVoorstel } from '../../src/domain/herstel';
import type { VaultDatabase } from '../vault/database';
import { type DossierFields, dossierRemoved, insertDossier, listDossiers, markDossierRemoved, requireDossier, updateDossierFields, updateDossierPhase, zaaknummersWithPrefix, zaaknummerTaken } from '../vault/repositories/dossiers';
import { betrokkenenOfDossier, findBetrokkene, insertBetrokkene, linkBetrokkene, relatiesOfDossier } from '../vault/repositories/betrokkenen';
import { appendTimelineEvent, lastClosingAt, timelineOfDossier } from '../vault/repositories/timeline';
import { findTermijnGebeurtenis, insertTermijnGebeurtenis, storedTermijnGebeurtenissen, withdrawTermijnGebeurtenis } from '../vault/repositories/termijnGebeurtenissen';
import { indexEntry, removeEntry } from '../vault/repositories/searchIndex';
import { readSetting } from '../vault/repositories/settings';
import { appendAudit } from '../vault/repositories/auditLog';
import { inTransactionWithAudit, today, type ServiceContext } from './context';
import { readTermSettings, refreshDeadline, refusalOf } from './deadlineService';
import { herstelverzoekenOfDossier } from '../vault/repositories/herstelverzoeken';
import { informatieverzoekenOfDossier } from '../vault/repositories/informatieverzoeken';
import { isOpen, lbbAdviceReceived, lbbNoticeWarning } from '../../src/domain/informatieverzoeken';
import { assessmentFacts } from './beoordelingService';
import { besluitOf, zienswijzeFact } from './besluitService';
import { verderBesluitStapGedaan, type ZienswijzePartij } from '../../src/domain/zienswijze';
import { refuseSameIdentifier } from './duplicates';
import { deadlineResultOf } from './deadlineService';
import { questionnaireView } from './questionnaireService';
import { termijnGebeurtenissen } from '../vault/repositories/termijnGebeurtenissen';
import { partijenOfDossier } from '../vault/repositories/zienswijzen';
import { volgendeStappen, type VolgendeStap, type VolgendeStapInput } from '../../src/domain/workflow/volgendeStap';
import type { DeadlineResult } from '../../src/domain/termijnen';

export const ZAAKNUMMER_PREFIX_SETTING = 'zaaknummerPrefix';

export function indexDossier(db: VaultDatabase, dossier: Dossier): void {
  indexEntry(db, 'dossier', dossier.id, [dossier.zaaknummer, dossier.aanvragerNaam, dossier.locatieAdres, dossier.bagId, dossier.coordinator, dossier.notities]);
}

/** What the workflow needs to know: requests, the LBB advice, the assessment and its melding, the zienswijze step (art. 33). */
function workflowFacts(db: VaultDatabase, dossier: Dossier, now: string): WorkflowFacts {
  const verzoeken = informatieverzoekenOfDossier(db, dossier.id);
  return {
    toepassingsgebied: dossier.toepassingsgebied,
    outcome: (dossier.uitkomst as WorkflowFacts['outcome']) ?? null,
    openInformationRequests: verzoeken.filter((verzoek) => isOpen(verzoek.status)).length,
    lbbAdviceReceived: lbbAdviceReceived(verzoeken),
    ...assessmentFacts(db, dossier.id),
    ...zienswijzeFact(db, dossier.id, now),
    buitenBehandelingBeletsel: buitenBehandelingFact(db, dossier, now),
    verdereBesluitenZonderUitkomst: besluitenZonderUitkomst(verdereBesluitenOfDossier(db, dossier.id)),
  };
}

/** Awb 4:5: the herstel history (and, for a revocation, the absence of an aanvraag) decides whether it may end there. */
function buitenBehandelingFact(db: VaultDatabase, dossier: Dossier, now: string): string | null {
  const toets = buitenBehandelingToets(herstelverzoekenOfDossier(db, dossier.id), now, { decreedDays: readTermSettings(db).decreedDays }, { ambtshalve: isAmbtshalve(dossier) });
  return toets.mag ? null : toets.melding;
}

/** The art. 33 step of a further decision while it has an intended outcome that needs one and no besluitdatum. */
function verderBesluitZienswijze(besluit: { id: string; uitkomst: Outcome | null; besluitOp: string | null }, dossier: Dossier, partijen: readonly ZienswijzePartij[], now: string): { uitkomst: string; artikel: string; afgerond: boolean } | null {
  if (besluit.uitkomst === null || besluit.besluitOp !== null) return null;
  const vereist = zienswijzeRequired({ toepassingsgebied: dossier.toepassingsgebied as Toepassingsgebied, outcome: besluit.uitkomst });
  if (!vereist.required) return null;
  return { uitkomst: outcomeLabel(besluit.uitkomst, dossier.toepassingsgebied), artikel: vereist.legalBasis ?? 'art. 33 Wet Bibob', afgerond: verderBesluitStapGedaan(partijen, besluit.id, besluit.uitkomst, now) };
}

/** What the law requires next (issue 23 §1), from the same facts, deadline and herstel toets the page shows. */
function nextSteps(db: VaultDatabase, dossier: Dossier, now: string): VolgendeStap[] {
  const result = deadlineResultOf(db, dossier, now);
  const mededeling = termijnGebeurtenissen(db, dossier.id).find((event) => event.soort === 'mededeling-4-14-lid-3');
  const formulier = questionnaireView(db, dossier);
  const betrokkenen = betrokkenenOfDossier(db, dossier.id);
  const namen = new Map(betrokkenen.map((link) => [link.betrokkene.id, link.betrokkene.naam]));
  const herstelverzoeken = herstelverzoekenOfDossier(db, dossier.id);
  const partijen = partijenOfDossier(db, dossier.id);
  return volgendeStappen({
    phase: dossier.fase as Phase,
    facts: workflowFacts(db, dossier, now),
    today: now,
    besluitsoortGekozen: dossier.besluitsoort !== null,
    ontvangenOp: dossier.ontvangenOp,
    ambtshalve: isAmbtshalve(dossier),
    aanvragerNaam: dossier.aanvragerNaam,
    andereBetrokkenen: betrokkenen.filter((link) => !link.rollen.some((rol) => rol.rol === 'aanvrager')).length,
    termijn: result ? termijnStand(result) : null,
    mededelingRedelijkeTermijn: mededeling?.soort === 'mededeling-4-14-lid-3' ? { sentOn: mededeling.verzondenOp, expectedBy: mededeling.tegemoetTeZienOp } : null,
    vragenformulier: { verzondenOp: formulier.verzondenOp, ontvangenOp: formulier.ontvangenOp, compleet: formulier.volledigheid.compleet, ontbreekt: formulier.volledigheid.ontbreekt.length },
    herstelverzoeken,
    buitenBehandeling: buitenBehandelingToets(herstelverzoeken, now, { decreedDays: readTermSettings(db).decreedDays }, { ambtshalve: isAmbtshalve(dossier) }),
    verzoeken: informatieverzoekenOfDossier(db, dossier.id).map((verzoek) => ({
      geadresseerde: verzoek.geadresseerde,
      status: verzoek.status,
      verzondenOp: verzoek.verzondenOp,
      uiterlijkOp: verzoek.uiterlijkOp,
      betrokkeneGeinformeerd: Boolean(verzoek.lbb?.betrokkeneGeinformeerdOp),
    })),
    zienswijzePartijen: partijen.map((partij) => ({
      naam: namen.get(partij.betrokkeneId) ?? 'een betrokkene',
      rol: partij.rol,
      termijnTot: partij.termijnTot,
      ontvangen: partij.ontvangenOp !== null,
    })),
    besluitOp: besluitOf(db, dossier.id).besluitOp,
    besluitNaam: dossier.besluitsoort ? (besluitsoort(dossier.besluitsoort)?.label ?? null) : null,
    verdereBesluiten: verdereBesluitTermijnen(db, dossier, now).map(({ besluit, label, result }) => ({
      naam: label,
      termijn: result ? termijnStand(result) : null,
      mededelingRedelijkeTermijn: besluit.mededeling ? { sentOn: besluit.mededeling.verzondenOp, expectedBy: besluit.mededeling.tegemoetTeZienOp } : null,
      genomen: besluit.uitkomst !== null || besluit.besluitOp !== null,
      zienswijze: verderBesluitZienswijze(besluit, dossier, partijen, now),
    })),
  });
}

/** The engine's result as the volgende-stap rules read it: the kind of term, its last day and basis, the 4:14 lid 3 day. */
function termijnStand(result: DeadlineResult): NonNullable<VolgendeStapInput['termijn']> {
  return { kind: result.mededelingUiterlijk !== null ? 'redelijk' : result.deadline === null ? 'geen' : 'wettelijk', deadline: result.deadline, legalBasis: result.legalBasis, mededelingUiterlijk: result.mededelingUiterlijk };
}

function isAmbtshalve(dossier: Dossier): boolean {
  return dossier.besluitsoort !== null && besluitsoort(dossier.besluitsoort)?.ambtshalve === true;
}

export function listAllDossiers(ctx: ServiceContext, filter: DossierFilter): { dossiers: Dossier[]; total: number } {
  return inTransactionWithAudit(ctx, (db) => {
    const page = listDossiers(db, filter, today(ctx));
    return { result: page, audit: { action: 'overzicht.bekeken', entityType: 'dossier', entityId: null, details: { filter, aantal: page.dossiers.length } } };
  });
}

export function createDossier(ctx: ServiceContext, input: ParsedInput<'dossiers.create'>): Dossier {
  return inTransactionWithAudit(ctx, (db) => {
    const at = ctx.now().toISOString();
    const prefix = readSetting(db, ZAAKNUMMER_PREFIX_SETTING) ?? DEFAULT_ZAAKNUMMER_PREFIX;
    const year = Number(today(ctx).slice(0, 4));
    const zaaknummer = input.zaaknummer || nextZaaknummer(prefix, year, zaaknummersWithPrefix(db, `${prefix}-${year}-`));
    if (zaaknummerTaken(db, zaaknummer)) {
      throw new BibobError('CONFLICT', `Er is al een dossier met zaaknummer ${zaaknummer}.`, {
        issues: [{ path: 'zaaknummer', message: 'Dit zaaknummer is al in gebruik.' }],
      });
    }
    if (input.besluitsoort && besluitsoort(input.besluitsoort)?.toepassingsgebied !== input.toepassingsgebied) {
      throw new BibobError('VALIDATION', 'De soort besluit hoort niet bij dit toepassingsgebied.', {
        issues: [{ path: 'besluitsoort', message: 'Kies een soort besluit van dit toepassingsgebied.' }],
      });
    }
    const dossier: Dossier = {
      id: randomUUID(),
      zaaknummer,
      toepassingsgebied: input.toepassingsgebied,
      aanvragerNaam: input.aanvragerNaam,
      createdAt: at,
      besluitsoort: input.besluitsoort ?? null,
      ontvangenOp: input.ontvangenOp ?? null,
      locatieAdres: input.locatieAdres ?? '',
      bagId: input.bagId ?? null,
      coordinator: input.coordinator || ctx.actor,
      notities: input.notities ?? '',
      fase: 'intake',
      uitkomst: null,
      uitersteBeslisdatum: null,
      beslisdatumVoorlopig: false,
    };
    const soort = input.aanvragerSoort ?? 'rechtspersoon';
    if (soort === 'persoon' && input.aanvragerKvkNummer) {
      throw new BibobError('VALIDATION', 'Een KvK-nummer hoort bij een rechtspersoon.', { issues: [{ path: 'aanvragerKvkNummer', message: 'Een KvK-nummer hoort bij een rechtspersoon.' }] });
    }
    if (soort === 'rechtspersoon' && input.aanvragerBsn) {
      throw new BibobError('VALIDATION', 'Een BSN hoort bij een natuurlijk persoon.', { issues: [{ path: 'aanvragerBsn', message: 'Een BSN hoort bij een natuurlijk persoon.' }] });
    }
    let aanvragerId: string;
    if (input.bestaandeAanvragerId) {
      const bestaande = findBetrokkene(db, input.bestaandeAanvragerId);
      if (!bestaande) throw new BibobError('NOT_FOUND', 'Deze betrokkene bestaat niet (meer).');
      aanvragerId = bestaande.id;
      dossier.aanvragerNaam = bestaande.naam;
      insertDossier(db, dossier);
    } else {
      const gegevens = { soort, naam: input.aanvragerNaam, adres: input.aanvragerAdres, kvkNummer: input.aanvragerKvkNummer, bsn: input.aanvragerBsn };
      refuseSameIdentifier(db, gegevens, undefined, (veld) => (veld === 'bsn' ? 'aanvragerBsn' : 'aanvragerKvkNummer'));
      insertDossier(db, dossier);
      aanvragerId = randomUUID();
      insertBetrokkene(db, aanvragerId, gegevens, at);
      indexEntry(db, 'betrokkene', aanvragerId, [input.aanvragerNaam, input.aanvragerKvkNummer, input.aanvragerAdres]);
    }
    linkBetrokkene(db, dossier.id, aanvragerId, 'aanvrager', null, '');
    indexDossier(db, dossier);
    appendTimelineEvent(db, dossier.id, { at, soort: 'aangemaakt', omschrijving: `Dossier ${zaaknummer} aangemaakt (fase: ${phaseLabels.intake}).` });
    const termijn = refreshDeadline(db, dossier, today(ctx));
    return {
      result: { ...dossier, uitersteBeslisdatum: termijn.deadline, beslisdatumVoorlopig: termijn.provisional },
      audit: {
        action: 'dossier.aangemaakt',
        entityType: 'dossier',
        entityId: dossier.id,
        details: Object.fromEntries(
          (['zaaknummer', 'toepassingsgebied', 'aanvragerNaam', 'besluitsoort', 'ontvangenOp', 'locatieAdres', 'bagId', 'coordinator', 'notities'] as const).map((field) => [
            field,
            [null, dossier[field]],
          ]),
        ),
      },
    };
  });
}

export function updateDossier(ctx: ServiceContext, input: ParsedInput<'dossiers.update'>): Dossier {
  return inTransactionWithAudit(ctx, (db) => {
    const before = requireDossier(db, input.id);
    if (input.details.besluitsoort && besluitsoort(input.details.besluitsoort)?.toepassingsgebied !== before.toepassingsgebied) {
      throw new BibobError('VALIDATION', 'De soort besluit hoort niet bij dit toepassingsgebied.', {
        issues: [{ path: 'details.besluitsoort', message: 'Kies een soort besluit van dit toepassingsgebied.' }],
      });
    }
    // A further decision of this dossier already has that kind (issue 19 item 12): one decision per kind.
    if (input.details.besluitsoort && input.details.besluitsoort !== before.besluitsoort && verdereBesluitenOfDossier(db, before.id).some((besluit) => besluit.besluitsoort === input.details.besluitsoort)) {
      throw new BibobError('VALIDATION', 'Dit dossier bevat deze soort besluit al als verder besluit.', {
        issues: [{ path: 'details.besluitsoort', message: "Dit dossier bevat deze soort besluit al bij 'Besluiten in dit dossier'. Kies een andere soort, of haal dat besluit daar eerst uit het dossier." }],
      });
    }
    if (input.details.uitkomst && !uitkomstenVoor(before.toepassingsgebied, input.details.besluitsoort).includes(input.details.uitkomst)) {
      throw new BibobError('VALIDATION', 'Deze uitkomst past niet bij dit toepassingsgebied.', {
        issues: [{ path: 'details.uitkomst', message: 'Kies een uitkomst die bij dit toepassingsgebied past.' }],
      });
    }
    const fields: DossierFields = { ...input.details, aanvragerNaam: before.aanvragerNaam };
    const changes = Object.fromEntries(
      (Object.keys(input.details) as (keyof typeof input.details)[])
        .filter((field) => before[field] !== fields[field])
        .map((field) => [field, [before[field], fields[field]]]),
    );
    updateDossierFields(db, before.id, fields, ctx.now().toISOString());
    const after = requireDossier(db, before.id);
    indexDossier(db, after);
    const termijn = refreshDeadline(db, after, today(ctx));
    return {
      result: { ...after, uitersteBeslisdatum: termijn.deadline, beslisdatumVoorlopig: termijn.provisional },
      audit: { action: 'dossier.gewijzigd', entityType: 'dossier', entityId: before.id, details: changes },
    };
  });
}

/** The whole dossier as the dossier page shows it, its deadline recomputed for today. */
export function dossierDetail(ctx: ServiceContext, db: VaultDatabase, id: string): DossierDetail {
  const now = today(ctx);
  const refreshed = refreshDeadline(db, requireDossier(db, id), now);
  const dossier = requireDossier(db, id);
  const art32 = isClosed(dossier.fase as Phase) ? null : lbbNoticeWarning(informatieverzoekenOfDossier(db, id));
  const termijn = art32 ? { ...refreshed, warnings: [...refreshed.warnings, art32] } : refreshed;
  const herstelverzoeken = herstelverzoekenOfDossier(db, id);
  const holidays = { decreedDays: readTermSettings(db).decreedDays };
  const voorstel = buitenBehandelingVoorstel(herstelverzoeken, now, holidays, { ambtshalve: isAmbtshalve(dossier) });
  return {
    dossier,
    betrokkenen: betrokkenenOfDossier(db, id),
    relaties: relatiesOfDossier(db, id),
    tijdlijn: timelineOfDossier(db, id),
    termijn,
    overgangen: availableTransitions(dossier.fase as Phase, workflowFacts(db, dossier, now)).map((option) => ({
      to: option.to,
      label: phaseLabels[option.to],
      allowed: option.allowed,
      ...(option.reason ? { reason: option.reason } : {}),
    })),
    herstelverzoeken,
    termijnGebeurtenissen: storedTermijnGebeurtenissen(db, id).map((stored) => ({ id: stored.id, omschrijving: describeTermEvent(stored.gebeurtenis) })),
    // Buiten behandeling needs an aanvraag om een beschikking (Awb 4:5): never for vastgoed or an ambtshalve step.
    buitenBehandelingVoorstel:
      voorstel && dossier.toepassingsgebied !== 'vastgoed' && !isClosed(dossier.fase as Phase)
        ? {
            reden: voorstel.reden,
            toelichting: voorstel.toelichting,
            bekendmakenUiterlijk: voorstel.bekendmakenUiterlijk.date,
            uitleg: voorstel.bekendmakenUiterlijk.description,
            legalBasis: voorstel.legalBasis,
          }
        : null,
    afsluiting: isClosed(dossier.fase as Phase) ? { besluitOp: besluitOf(db, id).besluitOp, afgeslotenOp: closingDay(db, id) } : null,
    volgendeStappen: nextSteps(db, dossier, now),
  };
}

/** The Dutch day of the dossier's last closing move, or null when none is recorded. */
function closingDay(db: VaultDatabase, dossierId: string): string | null {
  const at = lastClosingAt(db, dossierId);
  return at === null ? null : new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(at));
}

export function openDossier(ctx: ServiceContext, id: string): DossierDetail {
  return inTransactionWithAudit(ctx, (db) => ({
    result: dossierDetail(ctx, db, id),
    audit: { action: 'dossier.bekeken', entityType: 'dossier', entityId: id, details: {} },
  }));
}

export function changePhase(ctx: ServiceContext, input: ParsedInput<'dossiers.changePhase'>): Dossier {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.id);
    const outcome = transition(dossier.fase as Phase, { to: input.to as Phase, ...(input.reason ? { reason: input.reason } : {}) }, workflowFacts(db, dossier, today(ctx)));
    if (!outcome.ok) throw new BibobError('TRANSITION_REFUSED', outcome.message, { reason: outcome.code });
    if (outcome.to === 'ingetrokken' && !input.intrekking) {
      throw problemsError('Vul in wanneer en hoe de aanvraag is ingetrokken.', [
        { pad: 'intrekking.op', melding: 'Vul de datum in waarop de aanvraag is ingetrokken.' },
        { pad: 'intrekking.wijze', melding: 'Kies hoe de aanvraag is ingetrokken.' },
      ]);
    }
    const intrekking = outcome.to === 'ingetrokken' && input.intrekking ? ` Ingetrokken op ${formatDutchDate(input.intrekking.op)}, ${intrekkingWijzeLabels[input.intrekking.wijze]}.` : '';
    const at = ctx.now().toISOString();
    updateDossierPhase(db, dossier.id, outcome.to, at);
    appendTimelineEvent(
      db,
      dossier.id,
      { at, soort: `fase.${outcome.kind}`, omschrijving: `${outcome.timelineText}${intrekking}${input.reason ? ` Reden: ${input.reason}` : ''}` },
      { van: outcome.from, naar: outcome.to },
    );
    return {
      result: requireDossier(db, dossier.id),
      audit: { action: 'dossier.fase-gewijzigd', entityType: 'dossier', entityId: dossier.id, details: { fase: [outcome.from, outcome.to], reden: input.reason ?? null, ...(intrekking && input.intrekking ? { intrekking: input.intrekking } : {}) } },
    };
  });
}

/**
 * Moves the dossier on after a recorded step (the form sent or received, a herstelverzoek, the LBB advice request,
 * the besluit), inside the step's transaction: the phase, a timeline event naming the step's own date and an audit
 * record of its own. `gegevens` goes with the timeline event, e.g. the herstelverzoek that caused the move.
 */
export function movePhaseForStep(ctx: ServiceContext, db: VaultDatabase, dossierId: string, step: RecordedStep, op: string, gegevens: Record<string, unknown> = {}): StepPhaseMove | null {
  const dossier = requireDossier(db, dossierId);
  const moves = phaseAfterStep(dossier.fase as Phase, step, op, workflowFacts(db, dossier, today(ctx)));
  const at = ctx.now().toISOString();
  for (const move of moves) {
    updateDossierPhase(db, dossier.id, move.to, at);
    appendTimelineEvent(db, dossier.id, { at, soort: 'fase.vooruit', omschrijving: move.timelineText }, { van: move.from, naar: move.to, op, stap: step, ...gegevens });
    appendAudit(db, { at, actor: ctx.actor, action: 'dossier.fase-gewijzigd', entityType: 'dossier', entityId: dossier.id, details: { fase: [move.from, move.to], op, stap: step, reden: null } });
  }
  return moves.at(-1) ?? null;
}

function describeTermEvent(event: TermijnGebeurtenisInput): string {
  if (event.soort === 'verdaging') return `Beslistermijn verdaagd met ${event.weken} weken (besluit van ${formatDutchDate(event.besluitOp)}).`;
  if (event.soort === 'mededeling-4-14-lid-3') {
    return `Mededeling aan de aanvrager op ${formatDutchDate(event.verzondenOp)}: het besluit komt niet binnen acht weken en is tegemoet te zien uiterlijk ${formatDutchDate(event.tegemoetTeZienOp)} (art. 4:14 lid 3 Awb).`;
  }
  const label = { 'instemming-aanvrager': 'met schriftelijke instemming van de aanvrager', 'vertraging-aanvrager': 'wegens vertraging die aan de aanvrager is toe te rekenen', overmacht: 'wegens overmacht' }[event.soort];
  return `Beslistermijn opgeschort ${label} vanaf ${formatDutchDate(event.van)}${event.tot ? ` tot en met ${formatDutchDate(event.tot)}` : ''} (art. 4:15 lid 2 Awb).`;
}

export function addTermEvent(ctx: ServiceContext, input: ParsedInput<'dossiers.addTermEvent'>): DossierDetail['termijn'] {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.id);
    const refusal = refusalOf(db, dossier, input.gebeurtenis, today(ctx));
    if (refusal) throw new BibobError('VALIDATION', refusal.message, { issues: [{ path: refusal.path, message: refusal.message }] });
    const at = ctx.now().toISOString();
    insertTermijnGebeurtenis(db, randomUUID(), dossier.id, input.gebeurtenis, at);
    appendTimelineEvent(db, dossier.id, { at, soort: `termijn.${input.gebeurtenis.soort}`, omschrijving: describeTermEvent(input.gebeurtenis) });
    const termijn = refreshDeadline(db, dossier, today(ctx));
    return {
      result: termijn,
      audit: { action: 'termijn.gebeurtenis-vastgelegd', entityType: 'dossier', entityId: dossier.id, details: { gebeurtenis: input.gebeurtenis, uitersteBeslisdatum: termijn.deadline } },
    };
  });
}

/**
 * Withdraws a suspension or verdaging recorded by mistake, with the reason: it stays in the timeline and the audit
 * trail and no longer moves the beslistermijn (Awb 4:15, Ow 16.64 lid 2), which is computed again at once.
 */
export function withdrawTermEvent(ctx: ServiceContext, input: ParsedInput<'dossiers.withdrawTermEvent'>): DossierDetail {
  return inTransactionWithAudit(ctx, (db) => {
    const stored = findTermijnGebeurtenis(db, input.gebeurtenisId);
    if (!stored) throw new BibobError('NOT_FOUND', 'Deze opschorting of verdaging bestaat niet (meer) of is al ingetrokken.');
    const at = ctx.now().toISOString();
    withdrawTermijnGebeurtenis(db, stored.id, input.reden, at);
    appendTimelineEvent(db, stored.dossierId, { at, soort: 'termijn.ingetrokken', omschrijving: `Ingetrokken: ${describeTermEvent(stored.gebeurtenis)} Reden: ${input.reden}` });
    const detail = dossierDetail(ctx, db, stored.dossierId);
    return {
      result: detail,
      audit: { action: 'termijn.gebeurtenis-ingetrokken', entityType: 'dossier', entityId: stored.dossierId, details: { gebeurtenisId: stored.id, gebeurtenis: stored.gebeurtenis, reden: input.reden, uitersteBeslisdatum: detail.termijn.deadline } },
    };
  });
}

/**
 * Removes a dossier entered by mistake (issue 18 §2), after the coordinator typed its zaaknummer and gave the reason.
 * Soft: the row stays, marked removed, and every read passes it by (presentDossierSql), so it counts in no list,
 * search, agenda, dashboard or annual report and its page is not found; the audit trail keeps the removal with the
 * zaaknummer, the reason, who and when. Betrokkenen stay: those in other dossiers are found there as before; those
 * that were only in this one leave the search index.
 */
export function removeDossier(ctx: ServiceContext, input: ParsedInput<'dossiers.remove'>): { zaaknummer: string } {
  return inTransactionWithAudit(ctx, (db) => {
    if (dossierRemoved(db, input.id)) throw new BibobError('CONFLICT', 'Dit dossier is al verwijderd.');
    const dossier = requireDossier(db, input.id);
    if (input.zaaknummer.toLowerCase() !== dossier.zaaknummer.toLowerCase()) {
      throw problemsError('Het dossier is niet verwijderd: het zaaknummer klopt niet.', [
        { pad: 'zaaknummer', melding: `Typ het zaaknummer van dit dossier (${dossier.zaaknummer}) over om te bevestigen dat u het wilt verwijderen.` },
      ]);
    }
    const at = ctx.now().toISOString();
    const betrokkenen = betrokkenenOfDossier(db, dossier.id);
    markDossierRemoved(db, dossier.id, input.reden, at);
    removeEntry(db, 'dossier', dossier.id);
    const alleenHier = betrokkenen.filter((link) => link.ookInDossiers.length === 0).map((link) => link.betrokkene.id);
    for (const betrokkeneId of alleenHier) removeEntry(db, 'betrokkene', betrokkeneId);
    appendTimelineEvent(db, dossier.id, { at, soort: 'dossier.verwijderd', omschrijving: `Dossier ${dossier.zaaknummer} verwijderd als per vergissing aangemaakt. Reden: ${input.reden}` });
    return {
      result: { zaaknummer: dossier.zaaknummer },
      audit: {
        action: 'dossier.verwijderd',
        entityType: 'dossier',
        entityId: dossier.id,
        details: { zaaknummer: dossier.zaaknummer, aanvragerNaam: dossier.aanvragerNaam, fase: dossier.fase, reden: input.reden, betrokkenenAlleenHier: alleenHier.length },
      },
    };
  });
}

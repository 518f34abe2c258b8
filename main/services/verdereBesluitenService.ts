import { randomUUID } from 'node:crypto';
import { BibobError } from '../../src/contract/errors';
import type { ParsedInput } from '../../src/contract';
import type { BesluitenView } from '../../src/contract/besluitenCalls';
import type { Dossier } from '../../src/contract/schemas';
import { besluitsoort } from '../../src/domain/besluitsoorten';
import { wijzigingen } from '../../src/domain/correctie';
import { buitenBehandelingToets } from '../../src/domain/herstel';
import { formatDutchDate, type DeadlineResult } from '../../src/domain/termijnen';
import {
  besluitenZonderUitkomst,
  opschortingenVoorBesluit,
  verderBesluitGrondslag,
  verderBesluitProblemen,
  verderBesluitTermijnInput,
  verderBesluitUitkomstProblemen,
  verderBesluitUitkomsten,
  verdereBesluitsoorten,
  type DossierBesluitFeiten,
  type VerderBesluit,
  type VerderBesluitGegevens,
} from '../../src/domain/verdereBesluiten';
import { outcomeLabel, zienswijzeRequired, type Outcome } from '../../src/domain/workflow';
import type { Toepassingsgebied } from '../../src/domain/toepassingsgebied';
import type { VaultDatabase } from '../vault/database';
import { readBeoordeling } from '../vault/repositories/beoordeling';
import { requireDossier } from '../vault/repositories/dossiers';
import { herstelverzoekenOfDossier } from '../vault/repositories/herstelverzoeken';
import { appendTimelineEvent } from '../vault/repositories/timeline';
import {
  findVerderBesluit,
  insertVerderBesluit,
  updateVerderBesluitGegevens,
  updateVerderBesluitUitkomst,
  verdereBesluitenOfDossier,
  withdrawVerderBesluit,
  type StoredVerderBesluit,
} from '../vault/repositories/verdereBesluiten';
import { besluitOf, stepDone } from './besluitService';
import { inTransactionWithAudit, today, type ServiceContext } from './context';
import { computeDeadline, deadlineResultOf, deadlineView, dossierSuspensions, readTermSettings, termSpecFor, type DeadlineView, type TermSettings } from './deadlineService';
import { problemsError } from './problems';

/*
 * The further decisions of one dossier (issue 19 item 12): the dossier's own besluitsoort is the first decision;
 * each further one has its own beslistermijn (the engine called per decision), legal basis and outcome.
 */

function feitenVan(dossier: Dossier): DossierBesluitFeiten {
  return { toepassingsgebied: dossier.toepassingsgebied, besluitsoort: dossier.besluitsoort, ontvangenOp: dossier.ontvangenOp };
}

function labelOf(soortId: string): string {
  return besluitsoort(soortId)?.label ?? soortId;
}

export interface VerderBesluitTermijn {
  readonly besluit: StoredVerderBesluit;
  readonly label: string;
  /** The engine's result, or null when this decision's date of receipt is not known yet. */
  readonly result: DeadlineResult | null;
}

/** Each further decision with its beslistermijn as the engine computes it today. */
export function verdereBesluitTermijnen(db: VaultDatabase, dossier: Dossier, now: string): VerderBesluitTermijn[] {
  const besluiten = verdereBesluitenOfDossier(db, dossier.id);
  if (besluiten.length === 0) return [];
  const settings = readTermSettings(db);
  const suspensions = dossierSuspensions(db, dossier.id, now);
  return besluiten.map((besluit) => {
    const term = termSpecFor(besluit.besluitsoort, settings);
    const input = term
      ? verderBesluitTermijnInput(besluit, term, feitenVan(dossier), opschortingenVoorBesluit(besluit, suspensions), { decreedDays: settings.decreedDays }, now, {
          art31SuspendsRedelijkeTermijn: settings.art31SuspendsRedelijkeTermijn,
        })
      : null;
    return { besluit, label: labelOf(besluit.besluitsoort), result: input ? computeDeadline(input) : null };
  });
}

/** The labels of the further decisions still without an outcome: the workflow closes the dossier only without them. */
export function verdereBesluitenZonderUitkomst(db: VaultDatabase, dossierId: string): string[] {
  return besluitenZonderUitkomst(verdereBesluitenOfDossier(db, dossierId));
}

/** A besluitsoort as a form needs it; the APV's verdaging from the settings, as the engine counts it. */
function soortView(soortId: string, settings: TermSettings): BesluitenView['soorten'][number] {
  const soort = besluitsoort(soortId);
  const term = termSpecFor(soortId, settings);
  return { id: soortId, label: soort?.label ?? soortId, ambtshalve: soort?.ambtshalve === true, verdagingMaxWeken: term?.extension?.maxWeeks ?? null, redelijk: term?.kind === 'redelijk' };
}

const unknownTerm = (why: string): DeadlineView => ({ deadline: null, provisional: false, explanation: why, steps: [], warnings: [] });

export function besluitenView(db: VaultDatabase, dossierId: string, now: string): BesluitenView {
  const dossier = requireDossier(db, dossierId);
  const lid6 = readBeoordeling(db, dossierId).beoordeling.lid6.vanToepassing;
  const eersteResult = deadlineResultOf(db, dossier, now);
  const termijnen = verdereBesluitTermijnen(db, dossier, now);
  const settings = readTermSettings(db);
  return {
    eerste: {
      label: dossier.besluitsoort ? labelOf(dossier.besluitsoort) : null,
      uitkomst: (dossier.uitkomst as Outcome | null) ?? null,
      besluitOp: besluitOf(db, dossierId).besluitOp,
      termijn: eersteResult ? deadlineView(eersteResult) : unknownTerm(dossier.besluitsoort ? 'Vul de datum van ontvangst van de aanvraag in om de beslistermijn te berekenen.' : 'Kies de soort besluit om de beslistermijn te berekenen.'),
    },
    besluiten: termijnen.map(({ besluit, label, result }) => ({
      id: besluit.id,
      besluitsoort: besluit.besluitsoort,
      label,
      ontvangenOp: besluit.ontvangenOp,
      termijnVanaf: besluit.ontvangenOp ?? dossier.ontvangenOp,
      lbbAdvies: besluit.lbbAdvies,
      herstel: besluit.herstel,
      verdaging: besluit.verdaging,
      mededeling: besluit.mededeling,
      uitkomst: besluit.uitkomst,
      besluitOp: besluit.besluitOp,
      grondslag: verderBesluitGrondslag(besluit, lid6),
      uitkomsten: verderBesluitUitkomsten(dossier.toepassingsgebied, besluit.besluitsoort).map((uitkomst) => ({ id: uitkomst, label: outcomeLabel(uitkomst, dossier.toepassingsgebied) })),
      termijn: result ? deadlineView(result) : unknownTerm('Vul de datum van ontvangst van deze aanvraag in (of die van het dossier) om de beslistermijn te berekenen.'),
      soort: soortView(besluit.besluitsoort, settings),
    })),
    soorten: verdereBesluitsoorten(feitenVan(dossier), termijnen.map((termijn) => termijn.besluit)).map((soort) => soortView(soort.id, settings)),
  };
}

function prefixed(prefix: string, problemen: readonly { pad: string; melding: string }[]): { pad: string; melding: string }[] {
  return problemen.map((probleem) => ({ pad: `${prefix}${probleem.pad}`, melding: probleem.melding }));
}

function requireBesluit(db: VaultDatabase, id: string): StoredVerderBesluit {
  const besluit = findVerderBesluit(db, id);
  if (!besluit) throw new BibobError('NOT_FOUND', 'Dit besluit bestaat niet (meer) of is ingetrokken.');
  return besluit;
}

function beschrijf(besluit: Pick<VerderBesluit, 'besluitsoort' | 'ontvangenOp'>): string {
  return `'${labelOf(besluit.besluitsoort)}'${besluit.ontvangenOp ? ` (aanvraag ontvangen op ${formatDutchDate(besluit.ontvangenOp)})` : ''}`;
}

export function listBesluiten(ctx: ServiceContext, input: ParsedInput<'besluiten.list'>): BesluitenView {
  return inTransactionWithAudit(ctx, (db) => ({
    result: besluitenView(db, input.dossierId, today(ctx)),
    audit: { action: 'besluiten.bekeken', entityType: 'dossier', entityId: input.dossierId, details: {} },
  }));
}

export function addBesluit(ctx: ServiceContext, input: ParsedInput<'besluiten.add'>): BesluitenView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const problemen = verderBesluitProblemen(input.besluit, feitenVan(dossier), verdereBesluitenOfDossier(db, dossier.id));
    if (problemen.length > 0) throw problemsError('Het besluit is niet toegevoegd.', prefixed('besluit.', problemen));
    const id = randomUUID();
    const at = ctx.now().toISOString();
    insertVerderBesluit(db, id, dossier.id, input.besluit, at);
    appendTimelineEvent(db, dossier.id, { at, soort: 'besluit.toegevoegd', omschrijving: `Besluit ${beschrijf(input.besluit)} toegevoegd aan het dossier.` });
    return {
      result: besluitenView(db, dossier.id, today(ctx)),
      audit: { action: 'besluit.toegevoegd', entityType: 'dossier', entityId: dossier.id, details: { besluitId: id, ...input.besluit } },
    };
  });
}

/** A correction of what was entered, with its reason; the audit trail keeps old → new for every changed field. */
export function correctBesluit(ctx: ServiceContext, input: ParsedInput<'besluiten.correct'>): BesluitenView {
  return inTransactionWithAudit(ctx, (db) => {
    const before = requireBesluit(db, input.besluitId);
    const dossier = requireDossier(db, before.dossierId);
    const anderen = verdereBesluitenOfDossier(db, dossier.id).filter((ander) => ander.id !== before.id);
    const problemen = verderBesluitProblemen(input.besluit, feitenVan(dossier), anderen);
    // A decided besluit keeps an outcome that fits its (corrected) kind and date.
    if (problemen.length === 0 && (before.uitkomst !== null || before.besluitOp !== null)) {
      problemen.push(...verderBesluitUitkomstProblemen(input.besluit, before.uitkomst, before.besluitOp, feitenVan(dossier), null).map((p) => ({ pad: 'besluitsoort', melding: `${p.melding} Pas eerst de uitkomst aan.` })));
    }
    if (problemen.length > 0) throw problemsError('De correctie is niet opgeslagen.', prefixed('besluit.', problemen));
    const keys = ['besluitsoort', 'ontvangenOp', 'lbbAdvies', 'herstel', 'verdaging', 'mededeling'] as const;
    const changed = wijzigingen<VerderBesluitGegevens>(before, input.besluit, keys);
    if (Object.keys(changed).length === 0) throw problemsError('Er is niets gewijzigd.', [{ pad: 'besluit.besluitsoort', melding: 'Er is niets gewijzigd: pas een gegeven aan of annuleer.' }]);
    const at = ctx.now().toISOString();
    updateVerderBesluitGegevens(db, before.id, input.besluit, at);
    appendTimelineEvent(db, dossier.id, { at, soort: 'besluit.gecorrigeerd', omschrijving: `Besluit ${beschrijf(input.besluit)} gecorrigeerd. Reden: ${input.reden}` });
    return {
      result: besluitenView(db, dossier.id, today(ctx)),
      audit: { action: 'besluit.gecorrigeerd', entityType: 'dossier', entityId: dossier.id, details: { besluitId: before.id, ...changed, reden: input.reden } },
    };
  });
}

/**
 * The besluit step for a further decision: its outcome (one of its besluitsoort's) and its besluitdatum. Buiten
 * behandeling needs a herstel history of this very application that allows it (Awb 4:5 lid 1).
 */
export function recordBesluitUitkomst(ctx: ServiceContext, input: ParsedInput<'besluiten.recordOutcome'>): BesluitenView {
  return inTransactionWithAudit(ctx, (db) => {
    const besluit = requireBesluit(db, input.besluitId);
    const dossier = requireDossier(db, besluit.dossierId);
    const now = today(ctx);
    let beletsel: string | null = null;
    if (input.uitkomst === 'buiten-behandeling') {
      if (!besluit.herstel) {
        beletsel = 'Buiten behandeling stellen kan alleen na een herstelverzoek met termijn voor deze aanvraag (art. 4:5 lid 1 Awb); de herstelverzoeken van dit dossier betreffen deze aanvraag niet.';
      } else {
        const toets = buitenBehandelingToets(herstelverzoekenOfDossier(db, dossier.id), now, { decreedDays: readTermSettings(db).decreedDays }, { ambtshalve: besluitsoort(besluit.besluitsoort)?.ambtshalve === true });
        beletsel = toets.mag ? null : toets.melding;
      }
    }
    const problemen = verderBesluitUitkomstProblemen(besluit, input.uitkomst, input.besluitOp, feitenVan(dossier), beletsel);
    // Art. 33 lid 1 Wet Bibob: a refusal, revocation, suspension or grant with voorschriften on Bibob grounds is taken
    // only after the betrokkene (and a third party named) had the opportunity of a zienswijze on this intended decision.
    const vereist = input.uitkomst === null ? { required: false } : zienswijzeRequired({ toepassingsgebied: dossier.toepassingsgebied as Toepassingsgebied, outcome: input.uitkomst });
    if (input.besluitOp !== null && vereist.required && !stepDone(db, dossier.id, input.uitkomst, now, besluit.id)) {
      problemen.push({
        pad: 'besluitOp',
        melding: `Dit besluit kan pas worden genomen na de gelegenheid tot zienswijze (${vereist.legalBasis ?? 'art. 33 Wet Bibob'}) op de voorgenomen uitkomst '${outcomeLabel(input.uitkomst!, dossier.toepassingsgebied)}': sla eerst de uitkomst op zonder datum, nodig dan de betrokkene uit (Zienswijze en besluit) en wacht de zienswijze of het einde van de termijn af.`,
      });
    }
    if (problemen.length > 0) throw problemsError('De uitkomst is niet opgeslagen.', problemen);
    const at = ctx.now().toISOString();
    updateVerderBesluitUitkomst(db, besluit.id, input.uitkomst, input.besluitOp, at);
    if (input.uitkomst !== besluit.uitkomst || input.besluitOp !== besluit.besluitOp) {
      const wat = input.uitkomst ? outcomeLabel(input.uitkomst, dossier.toepassingsgebied) : 'geen uitkomst';
      appendTimelineEvent(db, dossier.id, {
        at,
        soort: 'besluit.uitkomst',
        omschrijving: input.besluitOp
          ? `Besluit ${beschrijf(besluit)} genomen op ${formatDutchDate(input.besluitOp)}: ${wat}.`
          : `Uitkomst van besluit ${beschrijf(besluit)} vastgelegd: ${wat}.`,
      });
    }
    return {
      result: besluitenView(db, dossier.id, now),
      audit: {
        action: 'besluit.uitkomst-vastgelegd',
        entityType: 'dossier',
        entityId: dossier.id,
        details: { besluitId: besluit.id, uitkomst: [besluit.uitkomst, input.uitkomst], besluitOp: [besluit.besluitOp, input.besluitOp] },
      },
    };
  });
}

/** Withdraws a further decision entered by mistake, with the reason; it stays in the timeline and the audit trail. */
export function withdrawBesluit(ctx: ServiceContext, input: ParsedInput<'besluiten.withdraw'>): BesluitenView {
  return inTransactionWithAudit(ctx, (db) => {
    const besluit = requireBesluit(db, input.besluitId);
    const at = ctx.now().toISOString();
    if (!withdrawVerderBesluit(db, besluit.id, input.reden, at)) throw new BibobError('CONFLICT', 'Dit besluit is al ingetrokken.');
    appendTimelineEvent(db, besluit.dossierId, { at, soort: 'besluit.ingetrokken', omschrijving: `Besluit ${beschrijf(besluit)} uit het dossier gehaald. Reden: ${input.reden}` });
    return {
      result: besluitenView(db, besluit.dossierId, today(ctx)),
      audit: { action: 'besluit.ingetrokken', entityType: 'dossier', entityId: besluit.dossierId, details: { besluitId: besluit.id, besluitsoort: besluit.besluitsoort, reden: input.reden } },
    };
  });
}

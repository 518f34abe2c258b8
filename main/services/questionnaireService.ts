import { randomUUID } from 'node:crypto';
import { BibobError } from '../../src/contract/errors';
import type { CallOutput, ParsedInput } from '../../src/contract';
import type { Dossier } from '../../src/contract/schemas';
import { betrokkeneInputSchemaVoor } from '../../src/contract/schemas';
import type { VragenformulierView } from '../../src/contract/questionnaireCalls';
import { besluitsoort } from '../../src/domain/besluitsoorten';
import { rollen, type RolInfo } from '../../src/domain/betrokkenen';
import { formatDutchDate } from '../../src/domain/termijnen';
import type { Toepassingsgebied } from '../../src/domain/toepassingsgebied';
import {
  BASE_QUESTION_SET,
  adjustSelection,
  completeness,
  defaultSelection,
  parseQuestionSet,
  selectedQuestionnaire,
  selectionProblems,
  type Answers,
  type Completeness,
  type ProposedBetrokkene,
  type QuestionSet,
  type Selection,
} from '../../src/domain/vragenformulier';
import { attachmentInfo } from '../files/attachmentStore';
import type { VaultDatabase } from '../vault/database';
import { requireDossier } from '../vault/repositories/dossiers';
import { betrokkenenOfDossier, findBetrokkene, insertBetrokkene, linkBetrokkene, possibleDuplicates } from '../vault/repositories/betrokkenen';
import { indexEntry } from '../vault/repositories/searchIndex';
import { appendTimelineEvent } from '../vault/repositories/timeline';
import {
  confirmedProposals,
  findItemStatus,
  findVragenformulier,
  insertConfirmation,
  insertVraagset,
  itemStatusesOf,
  linkItemAttachment,
  listVraagsets,
  markSent,
  saveConceptSelection,
  setAnswers,
  setReceived,
  setRefusal,
  unlinkItemAttachment,
  upsertItemStatus,
  type StoredVragenformulier,
} from '../vault/repositories/vragenformulieren';
import { inTransactionWithAudit, today, type ServiceContext } from './context';
import { movePhaseForStep } from './dossierService';
import { aanvragersOf, sameAsAanvrager } from './duplicates';
import { answerProblems, itemKeyProblem, type FieldIssue } from './questionnaireAnswers';
import { currentSet, isShipped, parseStored, questionCount, requireSet } from './questionnaireSets';

/** The finding a holder's refusal to complete the form leads to in a revocation investigation. */
export const WEIGERING = {
  bevinding: 'weigering vragenformulier',
  grondslag: 'art. 4 lid 1 Wet Bibob',
  gevolg: 'geldt als ernstig gevaar',
} as const;

const NO_ANSWERS: Answers = { algemeen: {}, perPersoon: {} };

function validation(message: string, issues: readonly FieldIssue[]): BibobError {
  return new BibobError('VALIDATION', message, { issues });
}

function notAfterToday(ctx: ServiceContext, date: string, path: string): void {
  if (date > today(ctx)) throw validation('Deze datum ligt in de toekomst.', [{ path, message: 'Vul een datum van vandaag of eerder in.' }]);
}

/** The vragenformulier of the dossier once sent; refused before that. */
function requireSent(db: VaultDatabase, dossierId: string): StoredVragenformulier & { verzondenOp: string } {
  const stored = findVragenformulier(db, dossierId);
  if (!stored?.verzondenOp) {
    throw new BibobError('CONFLICT', 'Het vragenformulier van dit dossier is nog niet verzonden. Leg eerst vast wanneer het is verzonden.');
  }
  return stored as StoredVragenformulier & { verzondenOp: string };
}

function selectionIssues(set: QuestionSet, selection: Selection, path: string): FieldIssue[] {
  return selectionProblems(set, selection).map((problem) => ({ path, message: problem.melding }));
}

function proposalKey(proposal: Pick<ProposedBetrokkene, 'bron' | 'persoonId' | 'genoemdDoor'>): string {
  return `${proposal.bron}|${proposal.persoonId ?? ''}|${proposal.genoemdDoor?.id ?? ''}`;
}

function completenessOf(set: QuestionSet, selection: Selection, answers: Answers, db: VaultDatabase, dossierId: string): Completeness {
  try {
    return completeness(set, selection, answers, itemStatusesOf(db, dossierId));
  } catch (error) {
    // Only a selection of another set or version makes completeness throw.
    throw new BibobError('CONFLICT', error instanceof Error ? error.message : 'De selectie hoort niet bij deze vragenset.');
  }
}

/** The dossier's vragenformulier as the questionnaire page shows it. */
export function questionnaireView(db: VaultDatabase, dossier: Dossier): VragenformulierView {
  const stored = findVragenformulier(db, dossier.id);
  const selection = stored?.selection ?? defaultSelection(currentSet(db), dossier.toepassingsgebied as Toepassingsgebied);
  const set = requireSet(db, selection.setId, selection.versie);
  const answers = stored?.antwoorden ?? NO_ANSWERS;
  const overview = completenessOf(set, selection, answers, db, dossier.id);
  const confirmed = confirmedProposals(db, dossier.id);
  const aanvragers = overview.voorgesteldeBetrokkenen.length > 0 ? aanvragersOf(db, dossier.id) : [];
  const questionnaire = selectedQuestionnaire(set, selection);
  const soort = dossier.besluitsoort ? besluitsoort(dossier.besluitsoort) : undefined;
  return {
    dossierId: dossier.id,
    stand: !stored ? 'standaard' : !stored.verzondenOp ? 'concept' : stored.ontvangenOp ? 'ontvangen' : 'verzonden',
    setId: set.id,
    versie: set.versie,
    setTitel: set.titel,
    selectie: [...selection.vragen],
    selectieWijzigbaar: !stored?.verzondenOp,
    verzondenOp: stored?.verzondenOp ?? null,
    ontvangenOp: stored?.ontvangenOp ?? null,
    vragenlijst: questionnaire.sections.length > 0 ? (questionnaire as VragenformulierView['vragenlijst']) : null,
    selectieProblemen: selectionProblems(set, selection).map((problem) => ({ nummer: problem.nummer, melding: problem.melding })),
    antwoorden: answers as VragenformulierView['antwoorden'],
    volledigheid: {
      items: overview.items.map((item) => ({ ...item, bestanden: [...item.bestanden] })),
      ontbreekt: [...overview.ontbreekt],
      teBevestigen: overview.teBevestigen,
      compleet: overview.compleet,
    },
    voorgesteldeBetrokkenen: overview.voorgesteldeBetrokkenen.map((proposal) => {
      const aanvrager = sameAsAanvrager(aanvragers, proposal);
      return { ...proposal, bevestigd: confirmed.has(proposalKey(proposal)), bestaandeAanvrager: aanvrager ? { id: aanvrager.id, naam: aanvrager.naam } : null };
    }),
    // Art. 4 lid 1 with art. 7a lid 3: only in an investigation towards revoking a beschikking (not a vastgoed contract step).
    weigeringMogelijk: soort?.ambtshalve === true && soort.beschikking,
    weigering: stored?.weigeringOp ? { op: stored.weigeringOp, ...WEIGERING } : null,
  };
}

/* ---------- question sets ---------- */

export function listSets(ctx: ServiceContext): CallOutput<'vragenformulier.sets'> {
  const db = ctx.vault.database();
  const current = currentSet(db);
  const isCurrent = (id: string, versie: string) => current.id === id && current.versie === versie;
  const imported = listVraagsets(db).map((stored) => {
    const set = parseStored(stored);
    return {
      id: set.id,
      versie: set.versie,
      titel: set.titel,
      bron: set.bron,
      meegeleverd: false,
      geimporteerdOp: stored.geimporteerdOp,
      geimporteerdDoor: stored.geimporteerdDoor,
      aantalVragen: questionCount(set),
      standaard: isCurrent(set.id, set.versie),
    };
  });
  const shipped = {
    id: BASE_QUESTION_SET.id,
    versie: BASE_QUESTION_SET.versie,
    titel: BASE_QUESTION_SET.titel,
    bron: BASE_QUESTION_SET.bron,
    meegeleverd: true,
    geimporteerdOp: null,
    geimporteerdDoor: null,
    aantalVragen: questionCount(BASE_QUESTION_SET),
    standaard: isCurrent(BASE_QUESTION_SET.id, BASE_QUESTION_SET.versie),
  };
  return { sets: [...imported, shipped] };
}

/** Imports a new version of a question set from the documented JSON format (importFormat.ts). Never overwrites. */
export function importSet(ctx: ServiceContext, input: ParsedInput<'vragenformulier.importSet'>): CallOutput<'vragenformulier.importSet'> {
  let document: unknown;
  try {
    document = JSON.parse(input.json);
  } catch (error) {
    const position = error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : undefined;
    throw validation('Het bestand is geen geldige JSON en kan daarom geen vragenset zijn.', [
      { path: 'json', message: position ? `Ongeldige JSON bij teken ${Number(position) + 1}.` : 'Ongeldige JSON.' },
    ]);
  }
  const parsed = parseQuestionSet(document);
  if (!parsed.ok) {
    throw validation(
      `De vragenset is niet geïmporteerd: ${parsed.errors.length === 1 ? 'er is 1 fout' : `er zijn ${parsed.errors.length} fouten`} gevonden. Pas het bestand aan en importeer het opnieuw.`,
      parsed.errors.map((error) => ({ path: error.pad, message: error.melding })),
    );
  }
  const set = parsed.set;
  return inTransactionWithAudit(ctx, (db) => {
    const at = ctx.now().toISOString();
    const conflict = () =>
      new BibobError('CONFLICT', `Vragenset ${set.id} versie ${set.versie} staat al in de kluis. Een versie wordt nooit overschreven: geef de nieuwe tekst een eigen versienummer.`, {
        issues: [{ path: 'versie', message: 'Deze versie bestaat al.' }],
      });
    if (isShipped(set.id, set.versie)) throw conflict();
    if (!insertVraagset(db, { id: set.id, versie: set.versie, json: input.json, geimporteerdOp: at, geimporteerdDoor: ctx.actor })) throw conflict();
    return {
      result: {
        id: set.id,
        versie: set.versie,
        titel: set.titel,
        bron: set.bron,
        meegeleverd: false,
        geimporteerdOp: at,
        geimporteerdDoor: ctx.actor,
        aantalVragen: questionCount(set),
        standaard: true,
      },
      audit: {
        action: 'vraagset.geimporteerd',
        entityType: 'vraagset',
        entityId: `${set.id} ${set.versie}`,
        details: { id: set.id, versie: set.versie, titel: set.titel, bron: set.bron, aantalVragen: questionCount(set) },
      },
    };
  });
}

/* ---------- a dossier's vragenformulier ---------- */

export function openQuestionnaire(ctx: ServiceContext, dossierId: string): VragenformulierView {
  return inTransactionWithAudit(ctx, (db) => ({
    result: questionnaireView(db, requireDossier(db, dossierId)),
    audit: { action: 'vragenformulier.bekeken', entityType: 'dossier', entityId: dossierId, details: {} },
  }));
}

/** Selects and deselects questions before sending; optionally (re)starts from another version's default. */
export function setSelection(ctx: ServiceContext, input: ParsedInput<'vragenformulier.setSelection'>): VragenformulierView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const gebied = dossier.toepassingsgebied as Toepassingsgebied;
    const stored = findVragenformulier(db, dossier.id);
    if (stored?.verzondenOp) {
      throw new BibobError(
        'CONFLICT',
        `Het vragenformulier is op ${formatDutchDate(stored.verzondenOp)} verzonden. Het dossier houdt de versie en selectie waarmee het is verzonden; de selectie kan niet meer worden gewijzigd.`,
      );
    }
    let base: Selection;
    if (input.setId !== undefined && input.versie !== undefined) {
      const set = requireSet(db, input.setId, input.versie);
      base = stored && stored.selection.setId === set.id && stored.selection.versie === set.versie ? stored.selection : defaultSelection(set, gebied);
    } else {
      base = stored?.selection ?? defaultSelection(currentSet(db), gebied);
    }
    const set = requireSet(db, base.setId, base.versie);
    const adjusted = adjustSelection(set, base, { selecteer: input.selecteer ?? [], deselecteer: input.deselecteer ?? [] });
    if (!adjusted.ok) {
      const issues = adjusted.problems.map((problem) => {
        const selectIndex = input.selecteer?.indexOf(problem.nummer) ?? -1;
        const deselectIndex = input.deselecteer?.indexOf(problem.nummer) ?? -1;
        const path = selectIndex >= 0 ? `selecteer.${selectIndex}` : deselectIndex >= 0 ? `deselecteer.${deselectIndex}` : 'selecteer';
        return { path, message: problem.melding };
      });
      throw validation('Deze selectie kan niet: een vragenlijst bestaat alleen uit vragen van het vastgestelde formulier.', issues);
    }
    const issues = selectionIssues(set, adjusted.selection, input.deselecteer?.length ? 'deselecteer' : 'selecteer');
    if (issues.length > 0) throw validation('Deze selectie is geen samenhangende vragenlijst.', issues);
    saveConceptSelection(db, dossier.id, adjusted.selection);
    const before = new Set(base.vragen);
    const after = new Set(adjusted.selection.vragen);
    return {
      result: questionnaireView(db, dossier),
      audit: {
        action: 'vragenformulier.selectie-gewijzigd',
        entityType: 'dossier',
        entityId: dossier.id,
        details: {
          setId: set.id,
          versie: set.versie,
          ...(stored ? {} : { vanuitStandaard: gebied }),
          geselecteerd: [...after].filter((nummer) => !before.has(nummer)),
          gedeselecteerd: [...before].filter((nummer) => !after.has(nummer)),
          aantalVragen: adjusted.selection.vragen.length,
        },
      },
    };
  });
}

/** Records that the vragenformulier was sent: fixes the version and selection, and moves an intake dossier on to 'vragenformulier uitgezet'. */
export function send(ctx: ServiceContext, input: ParsedInput<'vragenformulier.send'>): VragenformulierView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const stored = findVragenformulier(db, dossier.id);
    if (stored?.verzondenOp) throw new BibobError('CONFLICT', `Het vragenformulier is al verzonden op ${formatDutchDate(stored.verzondenOp)}.`);
    notAfterToday(ctx, input.verzondenOp, 'verzondenOp');
    let selection: Selection;
    if (stored) {
      if (input.setId !== undefined && (input.setId !== stored.selection.setId || input.versie !== stored.selection.versie)) {
        throw new BibobError(
          'CONFLICT',
          `De vragenlijst is samengesteld uit vragenset ${stored.selection.setId} versie ${stored.selection.versie}. Kies eerst de andere versie bij het samenstellen van de selectie.`,
          { issues: [{ path: 'versie', message: 'Dit is niet de versie van de samengestelde vragenlijst.' }] },
        );
      }
      selection = stored.selection;
    } else {
      const set = input.setId !== undefined && input.versie !== undefined ? requireSet(db, input.setId, input.versie) : currentSet(db);
      selection = defaultSelection(set, dossier.toepassingsgebied as Toepassingsgebied);
    }
    const set = requireSet(db, selection.setId, selection.versie);
    const issues = selectionIssues(set, selection, 'selectie');
    if (issues.length > 0) throw validation('De vragenlijst is geen samenhangende selectie uit de vragenset en kan zo niet worden verzonden.', issues);
    markSent(db, dossier.id, selection, input.verzondenOp);
    const at = ctx.now().toISOString();
    appendTimelineEvent(
      db,
      dossier.id,
      {
        at,
        soort: 'vragenformulier.verzonden',
        omschrijving: `Bibob-vragenformulier verzonden op ${formatDutchDate(input.verzondenOp)}: ${selection.vragen.length} vragen uit ${set.titel}, versie ${set.versie} (art. 7a Wet Bibob).`,
      },
      { setId: set.id, versie: set.versie },
    );
    movePhaseForStep(ctx, db, dossier.id, 'vragenformulier-verzonden', input.verzondenOp);
    return {
      result: questionnaireView(db, dossier),
      audit: {
        action: 'vragenformulier.verzonden',
        entityType: 'dossier',
        entityId: dossier.id,
        details: { setId: set.id, versie: set.versie, verzondenOp: [null, input.verzondenOp], aantalVragen: selection.vragen.length, standaardSelectie: stored === null },
      },
    };
  });
}

export function recordReceived(ctx: ServiceContext, input: ParsedInput<'vragenformulier.recordReceived'>): VragenformulierView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const stored = requireSent(db, dossier.id);
    notAfterToday(ctx, input.ontvangenOp, 'ontvangenOp');
    if (input.ontvangenOp < stored.verzondenOp) {
      throw validation('Het ingevulde formulier kan niet vóór de verzending zijn ontvangen.', [
        { path: 'ontvangenOp', message: `Vul een datum in op of na ${formatDutchDate(stored.verzondenOp)}.` },
      ]);
    }
    setReceived(db, dossier.id, input.ontvangenOp);
    appendTimelineEvent(db, dossier.id, {
      at: ctx.now().toISOString(),
      soort: 'vragenformulier.ontvangen',
      omschrijving: stored.ontvangenOp
        ? `Ontvangstdatum van het ingevulde Bibob-vragenformulier gecorrigeerd: ${formatDutchDate(input.ontvangenOp)} (was ${formatDutchDate(stored.ontvangenOp)}).`
        : `Ingevuld Bibob-vragenformulier ontvangen op ${formatDutchDate(input.ontvangenOp)}.`,
    });
    movePhaseForStep(ctx, db, dossier.id, 'vragenformulier-ontvangen', input.ontvangenOp);
    return {
      result: questionnaireView(db, dossier),
      audit: { action: 'vragenformulier.ontvangen', entityType: 'dossier', entityId: dossier.id, details: { ontvangenOp: [stored.ontvangenOp, input.ontvangenOp] } },
    };
  });
}

/** Replaces the recorded answers; each must belong to a selected question and fit its kind. */
export function recordAnswers(ctx: ServiceContext, input: ParsedInput<'vragenformulier.recordAnswers'>): VragenformulierView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const stored = requireSent(db, dossier.id);
    const set = requireSet(db, stored.selection.setId, stored.selection.versie);
    const issues = answerProblems(set, stored.selection, input.antwoorden);
    if (issues.length > 0) throw validation('Niet alle antwoorden passen bij de vragenlijst van dit dossier.', issues);
    setAnswers(db, dossier.id, input.antwoorden);
    const flatten = (answers: Answers) =>
      new Map<string, string>([
        ...Object.entries(answers.algemeen).map(([nummer, value]): [string, string] => [nummer, JSON.stringify(value)]),
        ...Object.entries(answers.perPersoon).flatMap(([persoon, record]) =>
          Object.entries(record).map(([nummer, value]): [string, string] => [`${nummer}@${persoon}`, JSON.stringify(value)]),
        ),
      ]);
    const before = flatten(stored.antwoorden);
    const after = flatten(input.antwoorden);
    const gewijzigd = [...new Set([...before.keys(), ...after.keys()])].filter((key) => before.get(key) !== after.get(key)).sort();
    appendTimelineEvent(db, dossier.id, {
      at: ctx.now().toISOString(),
      soort: 'vragenformulier.antwoorden',
      omschrijving: `Antwoorden op het Bibob-vragenformulier vastgelegd (${after.size} antwoorden, ${gewijzigd.length} gewijzigd).`,
    });
    return {
      result: questionnaireView(db, dossier),
      // Which answers changed, not their content: the content stays in the vault's own record.
      audit: { action: 'vragenformulier.antwoorden-vastgelegd', entityType: 'dossier', entityId: dossier.id, details: { gewijzigd, aantal: after.size } },
    };
  });
}

function requireItem(db: VaultDatabase, stored: StoredVragenformulier, sleutel: string): void {
  const set = requireSet(db, stored.selection.setId, stored.selection.versie);
  const problem = itemKeyProblem(set, stored.selection, sleutel);
  if (problem) throw validation('Dit onderdeel staat niet in de vragenlijst van dit dossier.', [{ path: 'sleutel', message: problem }]);
}

export function setItemStatus(ctx: ServiceContext, input: ParsedInput<'vragenformulier.setItemStatus'>): VragenformulierView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const stored = requireSent(db, dossier.id);
    requireItem(db, stored, input.sleutel);
    const before = findItemStatus(db, dossier.id, input.sleutel);
    const notitie = input.notitie ?? '';
    upsertItemStatus(db, dossier.id, input.sleutel, input.status, notitie, ctx.now().toISOString());
    return {
      result: questionnaireView(db, dossier),
      audit: {
        action: 'vragenformulier.status-vastgelegd',
        entityType: 'dossier',
        entityId: dossier.id,
        details: { sleutel: input.sleutel, status: [before?.status ?? null, input.status], notitie: [before?.notitie ?? null, notitie] },
      },
    };
  });
}

/**
 * The statuses of several items at once (a selection in the completeness overview): every key is checked
 * before anything is written, then all are written in one transaction with one audit record listing the changes.
 */
export function setItemStatuses(ctx: ServiceContext, input: ParsedInput<'vragenformulier.setItemStatuses'>): VragenformulierView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const stored = requireSent(db, dossier.id);
    const set = requireSet(db, stored.selection.setId, stored.selection.versie);
    const issues: FieldIssue[] = [];
    input.items.forEach((item, index) => {
      const problem = itemKeyProblem(set, stored.selection, item.sleutel);
      if (problem) issues.push({ path: `items.${index}.sleutel`, message: problem });
    });
    if (issues.length > 0) throw validation('Niet alle gekozen onderdelen staan in de vragenlijst van dit dossier.', issues);
    const at = ctx.now().toISOString();
    const wijzigingen = input.items.map((item) => {
      const before = findItemStatus(db, dossier.id, item.sleutel);
      const notitie = item.notitie ?? '';
      upsertItemStatus(db, dossier.id, item.sleutel, item.status, notitie, at);
      return { sleutel: item.sleutel, status: [before?.status ?? null, item.status], notitie: [before?.notitie ?? null, notitie] };
    });
    return {
      result: questionnaireView(db, dossier),
      audit: { action: 'vragenformulier.statussen-vastgelegd', entityType: 'dossier', entityId: dossier.id, details: { aantal: wijzigingen.length, wijzigingen } },
    };
  });
}

/**
 * The coordinator's one confirmation of the derived statuses: every item without a recorded status that the
 * answers or the linked files make 'ontvangen' gets 'ontvangen' as its recorded status. Items still missing stay
 * derived (they go into the herstelverzoek); exceptions already recorded are left as they are. When every
 * required item is then ontvangen or niet van toepassing, the form is complete.
 */
export function confirmDerivedStatuses(ctx: ServiceContext, input: ParsedInput<'vragenformulier.confirmDerivedStatuses'>): VragenformulierView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const stored = requireSent(db, dossier.id);
    const set = requireSet(db, stored.selection.setId, stored.selection.versie);
    const overview = completenessOf(set, stored.selection, stored.antwoorden, db, dossier.id);
    const bevestigd = overview.items.filter((item) => item.afgeleid && item.status === 'ontvangen').map((item) => item.sleutel);
    if (bevestigd.length === 0) throw new BibobError('CONFLICT', 'Er zijn geen beantwoorde of ontvangen onderdelen meer om te bevestigen.');
    const at = ctx.now().toISOString();
    for (const sleutel of bevestigd) upsertItemStatus(db, dossier.id, sleutel, 'ontvangen', '', at);
    const result = questionnaireView(db, dossier);
    return {
      result,
      audit: {
        action: 'vragenformulier.statussen-bevestigd',
        entityType: 'dossier',
        entityId: dossier.id,
        details: { aantal: bevestigd.length, sleutels: bevestigd, compleet: result.volledigheid.compleet },
      },
    };
  });
}

function requireOwnAttachment(db: VaultDatabase, dossierId: string, bijlageId: string) {
  const bijlage = attachmentInfo(db, bijlageId);
  if (!bijlage) throw new BibobError('NOT_FOUND', 'Deze bijlage bestaat niet (meer).');
  if (bijlage.dossierId !== dossierId) {
    throw validation('Deze bijlage hoort bij een ander dossier.', [{ path: 'bijlageId', message: 'Kies een bijlage van dit dossier.' }]);
  }
  return bijlage;
}

export function linkAttachment(ctx: ServiceContext, input: ParsedInput<'vragenformulier.linkAttachment'>): VragenformulierView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const stored = requireSent(db, dossier.id);
    requireItem(db, stored, input.sleutel);
    const bijlage = requireOwnAttachment(db, dossier.id, input.bijlageId);
    if (!linkItemAttachment(db, dossier.id, input.sleutel, bijlage.id)) {
      throw new BibobError('CONFLICT', `${bijlage.bestandsnaam} is al gekoppeld aan dit onderdeel.`);
    }
    return {
      result: questionnaireView(db, dossier),
      audit: { action: 'vragenformulier.bijlage-gekoppeld', entityType: 'dossier', entityId: dossier.id, details: { sleutel: input.sleutel, bijlageId: bijlage.id, bestandsnaam: bijlage.bestandsnaam } },
    };
  });
}

export function unlinkAttachment(ctx: ServiceContext, input: ParsedInput<'vragenformulier.unlinkAttachment'>): VragenformulierView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    requireSent(db, dossier.id);
    if (!unlinkItemAttachment(db, dossier.id, input.sleutel, input.bijlageId)) {
      throw new BibobError('NOT_FOUND', 'Deze bijlage is niet aan dit onderdeel gekoppeld.');
    }
    return {
      result: questionnaireView(db, dossier),
      audit: { action: 'vragenformulier.bijlage-ontkoppeld', entityType: 'dossier', entityId: dossier.id, details: { sleutel: input.sleutel, bijlageId: input.bijlageId } },
    };
  });
}

/**
 * Turns a betrokkene named in the answers into a betrokkene record of the dossier, in the proposed role. Like
 * betrokkenen.add, a new record that looks like an existing one is refused with POSSIBLE_DUPLICATE until the
 * coordinator picks the existing record (bestaandeId) or confirms that it is someone else (bevestigNieuw).
 */
export function confirmProposedBetrokkene(ctx: ServiceContext, input: ParsedInput<'vragenformulier.confirmProposedBetrokkene'>): CallOutput<'vragenformulier.confirmProposedBetrokkene'> {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const stored = requireSent(db, dossier.id);
    const set = requireSet(db, stored.selection.setId, stored.selection.versie);
    const proposals = completenessOf(set, stored.selection, stored.antwoorden, db, dossier.id).voorgesteldeBetrokkenen.filter(
      (proposal) => proposal.bron === input.bron && proposal.persoonId === input.persoonId && (input.genoemdDoor === undefined || proposal.genoemdDoor?.id === input.genoemdDoor),
    );
    if (proposals.length === 0) throw new BibobError('NOT_FOUND', `De antwoorden noemen bij vraag ${input.bron} (niet meer) deze betrokkene.`);
    if (proposals.length > 1) {
      throw validation('Deze betrokkene wordt in meer dan één blok genoemd.', [{ path: 'genoemdDoor', message: 'Kies in wiens blok de betrokkene wordt genoemd.' }]);
    }
    const proposal = proposals[0]!;
    const at = ctx.now().toISOString();
    if (!insertConfirmation(db, dossier.id, proposalKey(proposal), proposal.rol, at)) {
      throw new BibobError('CONFLICT', `${proposal.naam} is al als betrokkene bevestigd.`);
    }

    let betrokkeneId: string;
    let nieuw = false;
    if (input.bestaandeId) {
      const existing = findBetrokkene(db, input.bestaandeId);
      if (!existing) throw new BibobError('NOT_FOUND', 'Deze betrokkene bestaat niet (meer).');
      betrokkeneId = existing.id;
    } else {
      // The kind the answer or its question gives; else that of the aanvrager it names; a KvK-nummer means a company.
      const soort = input.soort ?? proposal.soort ?? sameAsAanvrager(aanvragersOf(db, dossier.id), proposal)?.soort ?? (proposal.kvkNummer ? 'rechtspersoon' : 'persoon');
      const parsed = betrokkeneInputSchemaVoor(proposal.rol).safeParse({
        soort,
        naam: proposal.naam,
        ...(proposal.geboortedatum && soort === 'persoon' ? { geboortedatum: proposal.geboortedatum } : {}),
        ...(proposal.kvkNummer && soort === 'rechtspersoon' ? { kvkNummer: proposal.kvkNummer } : {}),
        ...(proposal.adres ? { adres: proposal.adres } : {}),
      });
      if (!parsed.success) {
        throw validation(
          'De gegevens uit het vragenformulier zijn niet volledig of niet geldig genoeg voor een betrokkene. Voeg de betrokkene met de hand toe of corrigeer het antwoord.',
          parsed.error.issues.map((issue) => ({ path: `voorstel.${issue.path.map(String).join('.')}`, message: issue.message })),
        );
      }
      const candidates = possibleDuplicates(db, parsed.data);
      if (candidates.length > 0 && !input.bevestigNieuw) {
        throw new BibobError('POSSIBLE_DUPLICATE', 'Deze betrokkene lijkt al in de kluis te staan. Kies de bestaande of bevestig dat het iemand anders is.', { candidates });
      }
      betrokkeneId = randomUUID();
      nieuw = true;
      insertBetrokkene(db, betrokkeneId, parsed.data, at);
      indexEntry(db, 'betrokkene', betrokkeneId, [parsed.data.naam, parsed.data.kvkNummer, parsed.data.adres, parsed.data.geboorteplaats]);
    }

    const percentage = (rollen[proposal.rol] as RolInfo).percentage === true && proposal.percentage !== undefined ? proposal.percentage : null;
    const toelichting = `Genoemd bij vraag ${proposal.bron} van het Bibob-vragenformulier${proposal.genoemdDoor ? ` (blok van ${proposal.genoemdDoor.naam})` : ''}.`;
    const linked = linkBetrokkene(db, dossier.id, betrokkeneId, proposal.rol, percentage, toelichting);
    const naam = findBetrokkene(db, betrokkeneId)!.naam;
    const rol = rollen[proposal.rol].label.toLowerCase();
    appendTimelineEvent(db, dossier.id, {
      at,
      soort: 'betrokkene.toegevoegd',
      omschrijving: linked
        ? `${naam} toegevoegd als ${rol} (genoemd bij vraag ${proposal.bron} van het Bibob-vragenformulier).`
        : `${naam}, genoemd bij vraag ${proposal.bron} van het Bibob-vragenformulier, was al ${rol} in dit dossier.`,
    });
    return {
      result: { betrokkeneId, betrokkenen: betrokkenenOfDossier(db, dossier.id), vragenformulier: questionnaireView(db, dossier) },
      audit: {
        action: 'vragenformulier.betrokkene-bevestigd',
        entityType: 'dossier',
        entityId: dossier.id,
        details: { betrokkeneId, nieuw, rol: [null, proposal.rol], aandeelPercentage: [null, percentage], bron: proposal.bron, persoonId: proposal.persoonId ?? null, alGekoppeld: !linked },
      },
    };
  });
}

/**
 * In a revocation investigation (an ambtshalve besluitsoort) the holder's refusal to complete the vragenformulier
 * counts as ernstig gevaar (art. 4 lid 1 Wet Bibob): recorded as a finding for the assessment. For an application
 * the route is a herstelverzoek and, if it is not completed, buiten behandeling laten (art. 4:5 Awb).
 */
export function recordRefusal(ctx: ServiceContext, input: ParsedInput<'vragenformulier.recordRefusal'>): VragenformulierView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const soort = dossier.besluitsoort ? besluitsoort(dossier.besluitsoort) : undefined;
    if (!soort) {
      throw new BibobError(
        'CONFLICT',
        'Leg eerst de soort besluit van dit dossier vast. Alleen in een intrekkingsonderzoek geldt de weigering om het vragenformulier in te vullen als ernstig gevaar (art. 4 lid 1 Wet Bibob).',
      );
    }
    if (soort.ambtshalve && !soort.beschikking) {
      throw new BibobError(
        'CONFLICT',
        'Art. 4 lid 1 Wet Bibob geldt voor de houder van een beschikking, niet voor de wederpartij bij een vastgoedtransactie: daar geldt een weigering het formulier in te vullen niet van rechtswege als ernstig gevaar. Leg haar vast als ander feit in de beoordeling en weeg haar mee.',
      );
    }
    if (!soort.ambtshalve) {
      throw new BibobError(
        'CONFLICT',
        'Bij een aanvraag is een weigering om het vragenformulier in te vullen geen Bibob-grond. Stuur een herstelverzoek met een hersteltermijn; wordt de aanvraag niet aangevuld, dan kan zij buiten behandeling worden gelaten (art. 4:5 Awb). Alleen in een intrekkingsonderzoek geldt de weigering als ernstig gevaar (art. 4 lid 1 Wet Bibob).',
      );
    }
    const stored = requireSent(db, dossier.id);
    notAfterToday(ctx, input.op, 'op');
    if (input.op < stored.verzondenOp) {
      throw validation('De weigering kan niet vóór de verzending van het vragenformulier liggen.', [
        { path: 'op', message: `Vul een datum in op of na ${formatDutchDate(stored.verzondenOp)}.` },
      ]);
    }
    if (!setRefusal(db, dossier.id, input.op)) {
      throw new BibobError('CONFLICT', `De weigering is al vastgelegd op ${formatDutchDate(stored.weigeringOp!)}.`);
    }
    appendTimelineEvent(
      db,
      dossier.id,
      {
        at: ctx.now().toISOString(),
        soort: 'bevinding.weigering-vragenformulier',
        omschrijving: `Bevinding voor de beoordeling — weigering vragenformulier: de vergunninghouder weigert het Bibob-vragenformulier in te vullen (vastgelegd op ${formatDutchDate(input.op)}). Dit geldt als ernstig gevaar (art. 4 lid 1 Wet Bibob).`,
      },
      { ...WEIGERING, op: input.op },
    );
    return {
      result: questionnaireView(db, dossier),
      audit: {
        action: 'bevinding.vastgelegd',
        entityType: 'dossier',
        entityId: dossier.id,
        details: { ...WEIGERING, besluitsoort: soort.id, op: [null, input.op] },
      },
    };
  });
}

/**
 * The completeness overview of one dossier's vragenformulier (../shared/bibob-domain.md §4 step 3): per
 * applicable question (after skip logic, per person in repeated blocks) and per required attachment (after its
 * condition) the status the coordinator recorded, and exactly what is missing and why — the content of a
 * herstelverzoek (Awb 4:5). Also the betrokkenen the answers name, to be confirmed by the coordinator.
 *
 * An item's status follows the answers and the files: a question that is answered is 'ontvangen', an attachment
 * with a linked file is 'ontvangen', anything else 'ontbreekt' (see derivedStatus). That derived status is
 * shown but not yet the coordinator's judgement: the form is complete (compleet) only when every required item
 * is 'ontvangen' or 'niet-van-toepassing' and the coordinator confirmed the derived statuses (teBevestigen is
 * 0). A status the coordinator recorded — a confirmation or an exception, onvolledig or niet van toepassing
 * with a note — overrides the derived one. An optional question (verplicht: false) is listed but never counted
 * as missing.
 */
import { z } from 'zod';
import { rollen, type BetrokkeneSoort } from '../betrokkenen';
import { Applicability, isPersonList, type BlockPerson } from './applicability';
import { itemStatuses, type AnswerValue, type Answers, type ItemStatus, type ItemStatuses, type Question, type QuestionSet, type RoleId, type Section, type Selection } from './types';

/**
 * The key under which the coordinator records an item's status: '8.2' for a question, '8.2#leningsovereenkomst'
 * for an attachment, with '@<person id>' appended inside a block repeated per person ('5.9@p-17').
 */
export function itemKey(nummer: string, options: { readonly bijlage?: string; readonly persoon?: string } = {}): string {
  return `${nummer}${options.bijlage ? `#${options.bijlage}` : ''}${options.persoon ? `@${options.persoon}` : ''}`;
}

/**
 * What the coordinator records for one item. 'niet-van-toepassing' and 'onvolledig' need a note: the reason an
 * item is not needed, or what is still lacking (it goes into the herstelverzoek).
 */
export const statusRecordSchema = z
  .strictObject({
    status: z.enum(itemStatuses, { error: 'Kies een status: ontvangen, ontbreekt, onvolledig of niet van toepassing.' }),
    notitie: z.string().trim().max(2000, { error: 'Een notitie heeft hoogstens 2000 tekens.' }).optional(),
    bestanden: z.array(z.string().min(1)).max(100, { error: 'Hoogstens 100 bestanden per onderdeel.' }).optional(),
  })
  .superRefine((record, ctx) => {
    if ((record.status === 'niet-van-toepassing' || record.status === 'onvolledig') && !record.notitie) {
      ctx.addIssue({
        code: 'custom',
        path: ['notitie'],
        message: record.status === 'onvolledig' ? 'Noteer wat er nog ontbreekt.' : 'Noteer waarom dit onderdeel niet van toepassing is.',
      });
    }
  });

export interface CompletenessItem {
  readonly sleutel: string;
  readonly soort: 'vraag' | 'bijlage';
  readonly nummer: string;
  readonly bijlageId?: string;
  /** Inside a block repeated per person. */
  readonly persoon?: BlockPerson;
  /** The question text or the attachment's description. */
  readonly omschrijving: string;
  readonly status: ItemStatus;
  /** True when no status was recorded: the status shown is derived from the answers and the linked files. */
  readonly afgeleid: boolean;
  readonly verplicht: boolean;
  /** Why the item is asked, and why it applies in this dossier. */
  readonly waarom: string;
  readonly notitie?: string;
  /** Stored attachment files linked to the item. */
  readonly bestanden: readonly string[];
}

export interface MissingItem {
  readonly sleutel: string;
  readonly nummer: string;
  readonly omschrijving: string;
  readonly status: 'ontbreekt' | 'onvolledig';
  readonly waarom: string;
  /** One Dutch sentence for the herstelverzoek: what is missing and why it is required. */
  readonly melding: string;
}

export interface ProposedBetrokkene {
  readonly rol: RoleId;
  readonly naam: string;
  readonly soort?: BetrokkeneSoort;
  readonly adres?: string;
  readonly geboortedatum?: string;
  readonly kvkNummer?: string;
  readonly percentage?: number;
  /** The question whose answer names this betrokkene. */
  readonly bron: string;
  /** The PersonEntry id in that answer. */
  readonly persoonId?: string;
  /** When named inside a block repeated per person: whose block (e.g. the lender of an aandeelhouder). */
  readonly genoemdDoor?: BlockPerson;
}

export interface Completeness {
  readonly setId: string;
  readonly versie: string;
  readonly items: readonly CompletenessItem[];
  readonly ontbreekt: readonly MissingItem[];
  /** Required items whose derived status is 'ontvangen' and that the coordinator has not yet confirmed. */
  readonly teBevestigen: number;
  /** No required item missing or incomplete, and every derived status confirmed. */
  readonly compleet: boolean;
  readonly voorgesteldeBetrokkenen: readonly ProposedBetrokkene[];
}

/** 'Aandeelhouder' → 'aandeelhouder', while 'UBO (…)' keeps its capitals. */
function roleInSentence(rol: RoleId): string {
  const label = rollen[rol].label;
  return /^.[a-z]/.test(label) ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
}

function personPhrase(persoon: BlockPerson | undefined): string {
  return persoon ? ` voor ${persoon.naam} (${roleInSentence(persoon.rol)})` : '';
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Whether an answer counts as given: text that is not blank, a number, a list with at least one named person. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return value.trim() !== '';
  return value.some((entry) => entry.naam.trim() !== '');
}

/**
 * The status an item has by the answers and the files alone, before the coordinator records anything: an
 * answered question and an attachment with a linked file are 'ontvangen', the rest 'ontbreekt'.
 */
export function derivedStatus(soort: 'vraag' | 'bijlage', answer: AnswerValue | undefined, bestanden: readonly string[]): 'ontvangen' | 'ontbreekt' {
  if (soort === 'vraag') return isAnswered(answer) ? 'ontvangen' : 'ontbreekt';
  return bestanden.length > 0 ? 'ontvangen' : 'ontbreekt';
}

export function completeness(set: QuestionSet, selection: Selection, answers: Answers, statuses: ItemStatuses): Completeness {
  if (selection.setId !== set.id || selection.versie !== set.versie) {
    throw new Error(`De selectie hoort bij vragenset ${selection.setId} versie ${selection.versie}, niet bij ${set.id} versie ${set.versie}.`);
  }
  const engine = new Applicability(set, selection, answers);
  const items: CompletenessItem[] = [];
  const ontbreekt: MissingItem[] = [];
  const voorgesteld: ProposedBetrokkene[] = [];

  let teBevestigen = 0;

  const record = (item: Omit<CompletenessItem, 'status' | 'afgeleid' | 'notitie' | 'bestanden'>, why: string, answer: AnswerValue | undefined) => {
    const recorded = statuses[item.sleutel];
    const bestanden = recorded?.bestanden ?? [];
    const status = recorded?.status ?? derivedStatus(item.soort, answer, bestanden);
    const afgeleid = recorded?.status === undefined;
    if (afgeleid && item.verplicht && status === 'ontvangen') teBevestigen += 1;
    const full: CompletenessItem = {
      ...item,
      status,
      afgeleid,
      ...(recorded?.notitie ? { notitie: recorded.notitie } : {}),
      bestanden,
    };
    items.push(full);
    if (!item.verplicht || (status !== 'ontbreekt' && status !== 'onvolledig')) return;
    const note = recorded?.notitie ? ` Opmerking: ${sentence(recorded.notitie)}` : '';
    const state = status === 'ontbreekt' ? (item.soort === 'vraag' ? 'is niet beantwoord' : 'ontbreekt') : 'is onvolledig';
    const quoted = /[.?!]$/.test(item.omschrijving.trim()) ? `‘${item.omschrijving.trim()}’` : `‘${item.omschrijving.trim()}’.`;
    const what =
      item.soort === 'vraag'
        ? `Vraag ${item.nummer}${personPhrase(item.persoon)} ${state}: ${quoted}`
        : `De bijlage bij vraag ${item.nummer}${personPhrase(item.persoon)} ${state}: ${sentence(item.omschrijving)}`;
    ontbreekt.push({ sleutel: item.sleutel, nummer: item.nummer, omschrijving: item.omschrijving, status, waarom: why, melding: `${what} ${why}${note}` });
  };

  for (const { question, section, persoon } of engine.applicableQuestions()) {
    const personId = persoon?.id;
    const answer = engine.answer(question.nummer, personId);
    const reasons = applicabilityReasons(engine, section, question, personId);
    const vraagWaarom = `Waarom: ${sentence(question.toelichting)}${reasons}`;
    record(
      {
        sleutel: itemKey(question.nummer, personId ? { persoon: personId } : {}),
        soort: 'vraag',
        nummer: question.nummer,
        ...(persoon ? { persoon } : {}),
        omschrijving: question.tekst,
        verplicht: question.verplicht,
        waarom: vraagWaarom,
      },
      vraagWaarom,
      answer,
    );

    for (const bijlage of question.bijlagen ?? []) {
      if (bijlage.voorwaarde && !engine.holds(bijlage.voorwaarde, personId)) continue;
      const vereist = bijlage.voorwaarde ? ` Vereist omdat ${engine.explain(bijlage.voorwaarde, personId)}.` : ` Vereist bij vraag ${question.nummer}.`;
      const bijlageWaarom = `Waarom: ${sentence(bijlage.waarom)}${vereist}`;
      record(
        {
          sleutel: itemKey(question.nummer, { bijlage: bijlage.id, ...(personId ? { persoon: personId } : {}) }),
          soort: 'bijlage',
          nummer: question.nummer,
          bijlageId: bijlage.id,
          ...(persoon ? { persoon } : {}),
          omschrijving: bijlage.omschrijving,
          verplicht: true,
          waarom: bijlageWaarom,
        },
        bijlageWaarom,
        undefined,
      );
    }

    if (question.wordtBetrokkene && (!question.wordtBetrokkene.voorwaarde || engine.holds(question.wordtBetrokkene.voorwaarde, personId))) {
      voorgesteld.push(...proposals(question, answer, persoon));
    }
  }

  return {
    setId: set.id,
    versie: set.versie,
    items,
    ontbreekt,
    teBevestigen,
    compleet: ontbreekt.length === 0 && teBevestigen === 0,
    voorgesteldeBetrokkenen: voorgesteld,
  };
}

/** Why a conditional question applies here: its section's and its own condition, as they hold. */
function applicabilityReasons(engine: Applicability, section: Section, question: Question, personId: string | undefined): string {
  const parts: string[] = [];
  if (section.alleenAls) parts.push(engine.explain(section.alleenAls));
  if (question.alleenAls) parts.push(engine.explain(question.alleenAls, personId));
  return parts.length > 0 ? ` De vraag geldt omdat ${parts.join(' en ')}.` : '';
}

function proposals(question: Question, value: AnswerValue | undefined, genoemdDoor: BlockPerson | undefined): ProposedBetrokkene[] {
  const { rol, soort } = question.wordtBetrokkene!;
  const context = genoemdDoor ? { genoemdDoor } : {};
  if (isPersonList(value)) {
    return value
      .filter((entry) => entry.naam.trim() !== '')
      .map((entry) => ({
        rol,
        naam: entry.naam.trim(),
        ...(entry.soort ? { soort: entry.soort } : soort ? { soort } : {}),
        ...(entry.adres ? { adres: entry.adres } : {}),
        ...(entry.geboortedatum ? { geboortedatum: entry.geboortedatum } : {}),
        ...(entry.kvkNummer ? { kvkNummer: entry.kvkNummer } : {}),
        ...(entry.percentage !== undefined ? { percentage: entry.percentage } : {}),
        bron: question.nummer,
        persoonId: entry.id,
        ...context,
      }));
  }
  if (typeof value === 'string' && value.trim() !== '') return [{ rol, naam: value.trim(), ...(soort ? { soort } : {}), bron: question.nummer, ...context }];
  return [];
}

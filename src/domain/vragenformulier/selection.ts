/**
 * Composing a dossier's vragenlijst: by selection from one version of the question set only. A municipality may
 * select and deselect questions and sub-questions, never add its own (art. 4 and 5 Regeling Bibob-formulieren
 * 2024). Each toepassingsgebied has a default selection; the dossier keeps the selection it was sent with.
 */
import { z } from 'zod';
import type { Toepassingsgebied } from '../toepassingsgebied';
import { conditionRefs } from './conditions';
import { allQuestions, descendantNumbers, indexQuestions } from './questionIndex';
import type { Condition, Question, QuestionSet, Section, Selection } from './types';

export interface SelectionProblem {
  /** The question concerned; '' for the selection as a whole. */
  readonly nummer: string;
  /** In Dutch, for the coordinator. */
  readonly melding: string;
}

export const selectionSchema = z.strictObject({
  setId: z.string({ error: 'Vul de vragenset in.' }).min(1, { error: 'Vul de vragenset in.' }),
  versie: z.string({ error: 'Vul de versie in.' }).min(1, { error: 'Vul de versie in.' }),
  vragen: z.array(z.string({ error: 'Een vraag wordt aangeduid met haar nummer.' }).max(40, { error: 'Dit is geen vraagnummer.' }), {
    error: 'Geef de geselecteerde vragen als lijst van nummers.',
  }),
});

const OWN_QUESTION =
  'Een vragenlijst bestaat alleen uit vragen en deelvragen uit het vastgestelde formulier; eigen vragen toevoegen kan niet (art. 4 en 5 Regeling Bibob-formulieren 2024).';

function inSetOrder(set: QuestionSet, numbers: Iterable<string>): string[] {
  const wanted = new Set(numbers);
  return allQuestions(set)
    .map((entry) => entry.question.nummer)
    .filter((nummer) => wanted.has(nummer));
}

/** The default selection for a toepassingsgebied: the set's own default, or the whole set when it has none. */
export function defaultSelection(set: QuestionSet, gebied: Toepassingsgebied): Selection {
  const numbers = set.standaardSelecties?.[gebied] ?? allQuestions(set).map((entry) => entry.question.nummer);
  return { setId: set.id, versie: set.versie, vragen: inSetOrder(set, numbers) };
}

/**
 * Everything that keeps a selection from being a valid vragenlijst of this set: another set or version, a
 * number that is not in the set (an own question), a duplicate, a sub-question without its main question, a
 * question or attachment whose condition reads an unselected question, a repeated block without the question
 * that names its persons, an empty selection.
 */
export function selectionProblems(set: QuestionSet, selection: Selection): SelectionProblem[] {
  const problems: SelectionProblem[] = [];
  if (selection.setId !== set.id || selection.versie !== set.versie) {
    problems.push({
      nummer: '',
      melding: `De selectie hoort bij vragenset ${selection.setId} versie ${selection.versie}, niet bij ${set.id} versie ${set.versie}. Een dossier houdt de versie waarmee de vragenlijst is verzonden.`,
    });
  }
  if (selection.vragen.length === 0) problems.push({ nummer: '', melding: 'Selecteer minstens één vraag.' });

  const index = indexQuestions(set);
  const seen = new Set<string>();
  for (const nummer of selection.vragen) {
    if (!index.has(nummer)) {
      problems.push({ nummer, melding: `Vraag ${JSON.stringify(nummer)} staat niet in vragenset ${set.id} versie ${set.versie}. ${OWN_QUESTION}` });
    } else if (seen.has(nummer)) {
      problems.push({ nummer, melding: `Vraag ${nummer} staat twee keer in de selectie.` });
    }
    seen.add(nummer);
  }

  const selected = new Set(selection.vragen.filter((nummer) => index.has(nummer)));
  const needs = (nummer: string, condition: Condition | undefined, what: string) => {
    if (!condition) return;
    for (const ref of new Set(conditionRefs(condition))) {
      if (!selected.has(ref)) problems.push({ nummer, melding: `${what} hangt af van het antwoord op vraag ${ref}, die niet is geselecteerd. Selecteer ook vraag ${ref}.` });
    }
  };
  for (const nummer of inSetOrder(set, selected)) {
    const { question, section, parent } = index.get(nummer)!;
    if (parent !== undefined && !selected.has(parent)) {
      problems.push({ nummer, melding: `Deelvraag ${nummer} is geselecteerd zonder haar hoofdvraag ${parent}. Selecteer ook vraag ${parent}.` });
    }
    needs(nummer, section.alleenAls, `Vraag ${nummer} (sectie ${section.nummer})`);
    needs(nummer, question.alleenAls, `Vraag ${nummer}`);
    for (const bijlage of question.bijlagen ?? []) needs(nummer, bijlage.voorwaarde, `De bijlage ‘${bijlage.omschrijving}’ bij vraag ${nummer}`);
    needs(nummer, question.wordtBetrokkene?.voorwaarde, `Wie bij vraag ${nummer} betrokkene wordt`);
  }

  for (const section of set.sections) {
    if (!section.herhaalPer) continue;
    const blockSelected = section.vragen.some((question) => descendantNumbers(question).some((nummer) => selected.has(nummer)));
    if (!blockSelected) continue;
    const naming = allQuestions(set).filter(
      (entry) => !entry.section.herhaalPer && entry.question.soort === 'personen' && entry.question.wordtBetrokkene?.rol === section.herhaalPer,
    );
    if (!naming.some((entry) => selected.has(entry.question.nummer))) {
      const numbers = naming.map((entry) => entry.question.nummer).join(' of ');
      problems.push({
        nummer: section.vragen[0]?.nummer ?? section.nummer,
        melding: `Blok ${section.nummer} (${section.titel}) wordt per persoon herhaald, maar de vraag die deze personen noemt (${numbers}) is niet geselecteerd.`,
      });
    }
  }
  return problems;
}

export type AdjustResult = { readonly ok: true; readonly selection: Selection } | { readonly ok: false; readonly problems: readonly SelectionProblem[] };

/**
 * Selects and deselects questions. Selecting a sub-question also selects the questions above it; deselecting a
 * question also deselects its sub-questions. A number that is not in the set is refused: no own questions.
 */
export function adjustSelection(set: QuestionSet, selection: Selection, change: { readonly selecteer?: readonly string[]; readonly deselecteer?: readonly string[] }): AdjustResult {
  const index = indexQuestions(set);
  const unknown = [...(change.selecteer ?? []), ...(change.deselecteer ?? [])].filter((nummer) => !index.has(nummer));
  if (unknown.length > 0) {
    return { ok: false, problems: unknown.map((nummer) => ({ nummer, melding: `Vraag ${JSON.stringify(nummer)} staat niet in vragenset ${set.id} versie ${set.versie}. ${OWN_QUESTION}` })) };
  }
  if (selection.setId !== set.id || selection.versie !== set.versie) {
    return { ok: false, problems: [{ nummer: '', melding: `De selectie hoort bij vragenset ${selection.setId} versie ${selection.versie}, niet bij ${set.id} versie ${set.versie}.` }] };
  }
  const result = new Set(selection.vragen);
  for (const nummer of change.selecteer ?? []) {
    for (let current: string | undefined = nummer; current !== undefined; current = index.get(current)?.parent) result.add(current);
  }
  for (const nummer of change.deselecteer ?? []) {
    for (const sub of descendantNumbers(index.get(nummer)!.question)) result.delete(sub);
  }
  return { ok: true, selection: { setId: set.id, versie: set.versie, vragen: inSetOrder(set, result) } };
}

/**
 * The vragenlijst as sent: the set with only the selected questions (sections without any left out). What the
 * toezending letter lists and what a dossier keeps with its selection.
 */
export function selectedQuestionnaire(set: QuestionSet, selection: Selection): QuestionSet {
  const selected = new Set(selection.vragen);
  const prune = (questions: readonly Question[]): Question[] =>
    questions
      .filter((question) => selected.has(question.nummer))
      .map((question) => {
        const { subvragen, ...rest } = question;
        const kept = subvragen ? prune(subvragen) : [];
        return kept.length > 0 ? { ...rest, subvragen: kept } : rest;
      });
  const sections = set.sections
    .map((section): Section => ({ ...section, vragen: prune(section.vragen) }))
    .filter((section) => section.vragen.length > 0);
  const { standaardSelecties: _defaults, ...rest } = set;
  return { ...rest, sections };
}

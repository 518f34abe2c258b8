import type { Question, QuestionSet, Section } from './types';

/** One question of a set with its place: its section, its parent question, and its position in the JSON. */
export interface IndexedQuestion {
  readonly question: Question;
  readonly section: Section;
  /** The parent question's number, for a sub-question. */
  readonly parent?: string;
  /** e.g. 'sections[2].vragen[4].subvragen[0]' */
  readonly pad: string;
}

/** Every question and sub-question in the set's order (depth first), with its place. */
export function allQuestions(set: QuestionSet): IndexedQuestion[] {
  const result: IndexedQuestion[] = [];
  const visit = (section: Section, questions: readonly Question[], pad: string, parent: string | undefined) => {
    questions.forEach((question, index) => {
      const here = `${pad}[${index}]`;
      result.push(parent === undefined ? { question, section, pad: here } : { question, section, parent, pad: here });
      if (question.subvragen) visit(section, question.subvragen, `${here}.subvragen`, question.nummer);
    });
  };
  set.sections.forEach((section, index) => visit(section, section.vragen, `sections[${index}].vragen`, undefined));
  return result;
}

/** Question number → question with its place. Assumes unique numbers (parseQuestionSet guarantees them). */
export function indexQuestions(set: QuestionSet): ReadonlyMap<string, IndexedQuestion> {
  return new Map(allQuestions(set).map((entry) => [entry.question.nummer, entry]));
}

/** The numbers of a question and all its sub-questions. */
export function descendantNumbers(question: Question): string[] {
  return [question.nummer, ...(question.subvragen ?? []).flatMap(descendantNumbers)];
}

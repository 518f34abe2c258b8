import { evaluateCondition, explainHoldingCondition, type AnswerLookup } from './conditions';
import { allQuestions, indexQuestions, type IndexedQuestion } from './questionIndex';
import type { AnswerValue, Answers, Condition, PersonEntry, Question, QuestionSet, RoleId, Section, Selection } from './types';

/** A person for whom a repeated block is filled in, with the role that repeats the block. */
export interface BlockPerson {
  readonly id: string;
  readonly naam: string;
  readonly rol: RoleId;
}

/** A question that applies: selected, its section and parent apply, its skip condition holds (per person). */
export interface ApplicableQuestion {
  readonly question: Question;
  readonly section: Section;
  /** Set inside a block repeated per person. */
  readonly persoon?: BlockPerson;
}

export function isPersonList(value: AnswerValue | undefined): value is readonly PersonEntry[] {
  return Array.isArray(value);
}

/**
 * Skip logic for one dossier: which questions apply, for whom. A question applies when it is selected, its
 * section's condition holds, its parent question applies, and its own condition holds — evaluated on the
 * answers of that person inside a repeated block. An answer to a question that does not apply is ignored, so a
 * changed answer cannot leave stale answers in force. Conditions are acyclic (parseQuestionSet refuses cycles);
 * a guard returns "does not apply" should one slip through.
 */
export class Applicability {
  private readonly index: ReadonlyMap<string, IndexedQuestion>;
  private readonly selected: ReadonlySet<string>;
  private readonly memo = new Map<string, boolean>();
  private readonly personsMemo = new Map<RoleId, BlockPerson[]>();

  constructor(
    readonly set: QuestionSet,
    selection: Selection,
    private readonly answers: Answers,
  ) {
    this.index = indexQuestions(set);
    this.selected = new Set(selection.vragen);
  }

  questionOf = (nummer: string): Question | undefined => this.index.get(nummer)?.question;

  /** Whether the question applies; `personId` is needed (and only used) inside a repeated block. */
  applies(nummer: string, personId?: string): boolean {
    const entry = this.index.get(nummer);
    if (!entry) return false;
    const scope = entry.section.herhaalPer ? personId : undefined;
    if (entry.section.herhaalPer && scope === undefined) return false;
    const key = `${nummer}@${scope ?? ''}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    this.memo.set(key, false);
    const result =
      this.selected.has(nummer) &&
      (!entry.section.alleenAls || this.holds(entry.section.alleenAls)) &&
      (entry.parent === undefined || this.applies(entry.parent, scope)) &&
      (!entry.question.alleenAls || this.holds(entry.question.alleenAls, scope));
    this.memo.set(key, result);
    return result;
  }

  /** The answer, when the question applies (for this person inside a repeated block). */
  answer(nummer: string, personId?: string): AnswerValue | undefined {
    const entry = this.index.get(nummer);
    if (!entry) return undefined;
    const scope = entry.section.herhaalPer ? personId : undefined;
    if (!this.applies(nummer, scope)) return undefined;
    return scope === undefined ? this.answers.algemeen[nummer] : this.answers.perPersoon[scope]?.[nummer];
  }

  lookup(personId?: string): AnswerLookup {
    return (nummer) => this.answer(nummer, personId);
  }

  holds(condition: Condition, personId?: string): boolean {
    return evaluateCondition(condition, this.lookup(personId));
  }

  explain(condition: Condition, personId?: string): string {
    return explainHoldingCondition(condition, this.lookup(personId), this.questionOf);
  }

  /** The persons a block repeated per `rol` is filled in for: named in applicable 'personen' answers. */
  personsFor(rol: RoleId): BlockPerson[] {
    const known = this.personsMemo.get(rol);
    if (known) return known;
    const persons: BlockPerson[] = [];
    const seen = new Set<string>();
    for (const { question, section } of this.index.values()) {
      if (section.herhaalPer || question.soort !== 'personen' || question.wordtBetrokkene?.rol !== rol) continue;
      if (question.wordtBetrokkene.voorwaarde && !this.holds(question.wordtBetrokkene.voorwaarde)) continue;
      const value = this.answer(question.nummer);
      if (!isPersonList(value)) continue;
      for (const person of value) {
        if (seen.has(person.id)) continue;
        seen.add(person.id);
        persons.push({ id: person.id, naam: person.naam, rol });
      }
    }
    this.personsMemo.set(rol, persons);
    return persons;
  }

  /** Every applicable question in the set's order; questions of a repeated block once per person. */
  applicableQuestions(): ApplicableQuestion[] {
    const result: ApplicableQuestion[] = [];
    const entries = allQuestions(this.set);
    for (const section of this.set.sections) {
      const inSection = entries.filter((entry) => entry.section === section);
      if (section.herhaalPer) {
        for (const persoon of this.personsFor(section.herhaalPer)) {
          for (const { question } of inSection) {
            if (this.applies(question.nummer, persoon.id)) result.push({ question, section, persoon });
          }
        }
      } else {
        for (const { question } of inSection) {
          if (this.applies(question.nummer)) result.push({ question, section });
        }
      }
    }
    return result;
  }
}

/** The questions the applicant has to answer, after selection and skip logic, per person in repeated blocks. */
export function applicableQuestions(set: QuestionSet, selection: Selection, answers: Answers): ApplicableQuestion[] {
  return new Applicability(set, selection, answers).applicableQuestions();
}

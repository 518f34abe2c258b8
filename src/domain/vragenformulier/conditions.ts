import type { AnswerValue, Condition, Question } from './types';

/** The question numbers a condition reads. */
export function conditionRefs(condition: Condition): string[] {
  if ('vraag' in condition) return [condition.vraag];
  if ('allOf' in condition) return condition.allOf.flatMap(conditionRefs);
  if ('anyOf' in condition) return condition.anyOf.flatMap(conditionRefs);
  return conditionRefs(condition.not);
}

/** Reads the answer to a question, or undefined when it is unanswered or does not apply. */
export type AnswerLookup = (nummer: string) => AnswerValue | undefined;

export function evaluateCondition(condition: Condition, answerOf: AnswerLookup): boolean {
  if ('vraag' in condition) return answerOf(condition.vraag) === condition.is;
  if ('allOf' in condition) return condition.allOf.every((part) => evaluateCondition(part, answerOf));
  if ('anyOf' in condition) return condition.anyOf.some((part) => evaluateCondition(part, answerOf));
  return !evaluateCondition(condition.not, answerOf);
}

/** Finds a question by number, to name an option by its label. */
export type QuestionLookup = (nummer: string) => Question | undefined;

function describeLeaf(nummer: string, value: string, questionOf: QuestionLookup): string {
  const question = questionOf(nummer);
  if (question?.soort === 'keuze') {
    const label = question.opties?.find((option) => option.waarde === value)?.label ?? value;
    return `bij vraag ${nummer} ‘${label}’ is gekozen`;
  }
  return `vraag ${nummer} met ‘${value}’ is beantwoord`;
}

/** The condition in Dutch, e.g. "vraag 8.2 met ‘ja’ is beantwoord". */
export function describeCondition(condition: Condition, questionOf: QuestionLookup): string {
  if ('vraag' in condition) return describeLeaf(condition.vraag, condition.is, questionOf);
  if ('allOf' in condition) return condition.allOf.map((part) => describeCondition(part, questionOf)).join(' en ');
  if ('anyOf' in condition) return condition.anyOf.map((part) => describeCondition(part, questionOf)).join(' of ');
  return `niet geldt dat ${describeCondition(condition.not, questionOf)}`;
}

/**
 * Why a condition that holds holds, in Dutch: for `anyOf` only the first alternative that holds, so that the
 * applicant reads the reason that applies to him rather than every possible one.
 */
export function explainHoldingCondition(condition: Condition, answerOf: AnswerLookup, questionOf: QuestionLookup): string {
  if ('anyOf' in condition) {
    const holding = condition.anyOf.find((part) => evaluateCondition(part, answerOf));
    if (holding) return explainHoldingCondition(holding, answerOf, questionOf);
  }
  if ('allOf' in condition) {
    return condition.allOf.map((part) => explainHoldingCondition(part, answerOf, questionOf)).join(' en ');
  }
  return describeCondition(condition, questionOf);
}

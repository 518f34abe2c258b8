/**
 * The Bibob-vragenformulier (../shared/bibob-domain.md §6, Wet Bibob art. 7a, Regeling Bibob-formulieren 2024
 * art. 4–5): the question set as versioned data, its JSON import, composition by selection, skip logic and the
 * completeness overview with the betrokkenen the answers name.
 */
export {
  QUESTION_SET_FORMAT,
  itemStatuses,
  questionKinds,
  type AnswerValue,
  type Answers,
  type AttachmentRequirement,
  type BecomesBetrokkene,
  type Condition,
  type ItemStatus,
  type ItemStatuses,
  type Option,
  type PersonEntry,
  type Question,
  type QuestionKind,
  type QuestionSet,
  type RoleId,
  type Section,
  type Selection,
  type StatusRecord,
} from './types';
export { BASE_QUESTION_SET } from './baseQuestionSet';
export { conditionRefs, describeCondition, evaluateCondition, type AnswerLookup } from './conditions';
export { allQuestions, descendantNumbers, indexQuestions, type IndexedQuestion } from './questionIndex';
export { applicableQuestions, type ApplicableQuestion, type BlockPerson } from './applicability';
export {
  conditionSchema,
  parseQuestionSet,
  questionSchema,
  questionSetProblems,
  questionSetSchema,
  sectionSchema,
  type ImportError,
  type ParseResult,
} from './importFormat';
export {
  adjustSelection,
  defaultSelection,
  selectedQuestionnaire,
  selectionProblems,
  selectionSchema,
  type AdjustResult,
  type SelectionProblem,
} from './selection';
export {
  completeness,
  derivedStatus,
  isAnswered,
  itemKey,
  statusRecordSchema,
  type Completeness,
  type CompletenessItem,
  type MissingItem,
  type ProposedBetrokkene,
} from './completeness';
export { bekendeAntwoorden, formulierDocument, type FormulierBijlage, type FormulierDocument, type FormulierSectie, type FormulierVraag } from './formulierDocument';

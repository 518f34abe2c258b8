import { ITEM_KEY } from '../../src/contract/questionnaireCalls';
import { indexQuestions, type AnswerValue, type Answers, type QuestionSet, type Selection } from '../../src/domain/vragenformulier';

/*
 * Checks that main does on answers and item keys against one dossier's set version and selection: what the
 * contract's schemas cannot know, because it depends on the questions the dossier was sent.
 */

export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function valueProblem(set: QuestionSet, nummer: string, value: AnswerValue): string | null {
  const question = indexQuestions(set).get(nummer)!.question;
  switch (question.soort) {
    case 'ja-nee':
      return value === 'ja' || value === 'nee' ? null : `Vraag ${nummer} is een ja-neevraag: het antwoord is "ja" of "nee".`;
    case 'keuze': {
      const values = (question.opties ?? []).map((optie) => optie.waarde);
      return typeof value === 'string' && values.includes(value) ? null : `Vraag ${nummer} is een keuzevraag: kies uit ${values.join(', ')}.`;
    }
    case 'tekst':
      return typeof value === 'string' ? null : `Vraag ${nummer} vraagt om tekst.`;
    case 'datum':
      return typeof value === 'string' && ISO_DATE.test(value) ? null : `Vraag ${nummer} vraagt om een datum als jjjj-mm-dd.`;
    case 'bedrag':
      return typeof value === 'number' && value >= 0 ? null : `Vraag ${nummer} vraagt om een bedrag in euro's (0 of meer).`;
    case 'personen': {
      if (!Array.isArray(value)) return `Vraag ${nummer} vraagt om een lijst van personen.`;
      const ids = value.map((entry) => entry.id);
      return new Set(ids).size === ids.length ? null : `Bij vraag ${nummer} komt een persoons-id twee keer voor.`;
    }
  }
}

/**
 * Every answer must belong to a selected question of the dossier's set, in the right place (a question of a block
 * repeated per person under perPersoon, any other under algemeen), with a value of the question's kind.
 */
export function answerProblems(set: QuestionSet, selection: Selection, answers: Answers): FieldIssue[] {
  const index = indexQuestions(set);
  const selected = new Set(selection.vragen);
  const issues: FieldIssue[] = [];
  const check = (nummer: string, value: AnswerValue, path: string, perPersoon: boolean) => {
    const entry = index.get(nummer);
    if (!entry) {
      issues.push({ path, message: `Vraag ${nummer} staat niet in vragenset ${set.id} versie ${set.versie}.` });
    } else if (!selected.has(nummer)) {
      issues.push({ path, message: `Vraag ${nummer} is niet geselecteerd in de vragenlijst van dit dossier.` });
    } else if (Boolean(entry.section.herhaalPer) !== perPersoon) {
      issues.push({
        path,
        message: perPersoon
          ? `Vraag ${nummer} wordt niet per persoon gesteld: zet het antwoord onder algemeen.`
          : `Vraag ${nummer} staat in blok ${entry.section.nummer}, dat per persoon wordt ingevuld: zet het antwoord onder perPersoon.`,
      });
    } else {
      const problem = valueProblem(set, nummer, value);
      if (problem) issues.push({ path, message: problem });
    }
  };
  for (const [nummer, value] of Object.entries(answers.algemeen)) check(nummer, value, `antwoorden.algemeen.${nummer}`, false);
  for (const [persoon, record] of Object.entries(answers.perPersoon)) {
    for (const [nummer, value] of Object.entries(record)) check(nummer, value, `antwoorden.perPersoon.${persoon}.${nummer}`, true);
  }
  return issues;
}

/**
 * Why an item key does not name an item of this dossier's vragenlijst, or null: a selected question, an attachment
 * that question requires, and a person exactly when the question is in a block repeated per person.
 */
export function itemKeyProblem(set: QuestionSet, selection: Selection, sleutel: string): string | null {
  const match = ITEM_KEY.exec(sleutel);
  if (!match) return 'Dit is geen onderdeel van de vragenlijst.';
  const [, nummer = '', bijlage, persoon] = match;
  const entry = indexQuestions(set).get(nummer);
  if (!entry) return `Vraag ${nummer} staat niet in vragenset ${set.id} versie ${set.versie}, waarmee dit vragenformulier is verzonden.`;
  if (!selection.vragen.includes(nummer)) return `Vraag ${nummer} is niet geselecteerd in de vragenlijst van dit dossier.`;
  if (bijlage !== undefined && !(entry.question.bijlagen ?? []).some((item) => item.id === bijlage)) {
    return `Vraag ${nummer} vraagt geen bijlage "${bijlage}".`;
  }
  if (entry.section.herhaalPer && persoon === undefined) return `Vraag ${nummer} wordt per persoon gesteld: noem ook de persoon (@persoon).`;
  if (!entry.section.herhaalPer && persoon !== undefined) return `Vraag ${nummer} wordt niet per persoon gesteld.`;
  return null;
}

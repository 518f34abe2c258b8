import type { AnswerValue, Answers, ApplicableQuestion, PersonEntry } from '../src/domain/vragenformulier';

/**
 * The answers being typed in before they are saved, and the pure changes the answers form makes to them. An
 * empty answer is removed rather than stored, so that "not answered" stays distinguishable from an answer.
 */
export function withAnswer(answers: Answers, nummer: string, persoonId: string | undefined, value: AnswerValue | undefined): Answers {
  const isEmpty = value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
  const update = (record: Readonly<Record<string, AnswerValue>>): Record<string, AnswerValue> => {
    const next = { ...record };
    if (isEmpty) delete next[nummer];
    else next[nummer] = value;
    return next;
  };
  if (persoonId === undefined) return { ...answers, algemeen: update(answers.algemeen) };
  const perPersoon: Record<string, Readonly<Record<string, AnswerValue>>> = { ...answers.perPersoon };
  const record = update(answers.perPersoon[persoonId] ?? {});
  if (Object.keys(record).length === 0) delete perPersoon[persoonId];
  else perPersoon[persoonId] = record;
  return { ...answers, perPersoon };
}

/** The answer to a question, for the person of a repeated block or outside blocks. */
export function answerOf(answers: Answers, nummer: string, persoonId: string | undefined): AnswerValue | undefined {
  return persoonId === undefined ? answers.algemeen[nummer] : answers.perPersoon[persoonId]?.[nummer];
}

/** A group of the form: one section, or one person's repeated block of a section. */
export interface AnswerGroup {
  readonly sleutel: string;
  readonly titel: string;
  readonly vragen: readonly ApplicableQuestion[];
}

/** The applicable questions in the set's order, grouped per section and, in a repeated block, per person. */
export function groupQuestions(applicable: readonly ApplicableQuestion[]): AnswerGroup[] {
  const groups = new Map<string, { titel: string; vragen: ApplicableQuestion[] }>();
  for (const entry of applicable) {
    const sleutel = `${entry.section.nummer}@${entry.persoon?.id ?? ''}`;
    const titel = `${entry.section.nummer}. ${entry.section.titel}${entry.persoon ? `: ${entry.persoon.naam || 'naam nog niet ingevuld'}` : ''}`;
    const group = groups.get(sleutel) ?? { titel, vragen: [] };
    group.vragen.push(entry);
    groups.set(sleutel, group);
  }
  return [...groups].map(([sleutel, group]) => ({ sleutel, ...group }));
}

/** A new person for a 'personen' answer, with an id unique among `existing` that stays with the person. */
export function newPerson(existing: readonly PersonEntry[], random: () => number = Math.random): PersonEntry {
  const taken = new Set(existing.map((person) => person.id));
  let id: string;
  do id = `p-${Math.floor(random() * 36 ** 8).toString(36)}`;
  while (taken.has(id));
  return { id, naam: '' };
}

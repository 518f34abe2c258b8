import { describe, expect, it } from 'vitest';
import { answerOf, groupQuestions, newPerson, withAnswer } from '../../renderer/answersDraft';
import { applicableQuestions, BASE_QUESTION_SET, type Answers } from '../../src/domain/vragenformulier';

const empty: Answers = { algemeen: {}, perPersoon: {} };

describe('the answers form draft', () => {
  it.each([
    ['a text', '1.4', 'Eetcafé B.V.', { '1.4': 'Eetcafé B.V.' }],
    ['an amount', '8.2.b', 150000, { '8.2.b': 150000 }],
    ['a zero amount', '8.2.b', 0, { '8.2.b': 0 }],
    ['a blank text (not answered)', '1.4', '   ', {}],
    ['an empty list of persons (not answered)', '1.9', [], {}],
    ['nothing (the answer is cleared)', '1.4', undefined, {}],
  ] as const)('%s outside blocks', (_label, nummer, value, expected) => {
    expect(withAnswer(empty, nummer, undefined, value).algemeen).toEqual(expected);
  });

  it('keeps answers inside a repeated block per person, and drops a person record that has become empty', () => {
    const answered = withAnswer(empty, '4.1', 'p-1', 'ja');
    expect(answered.perPersoon).toEqual({ 'p-1': { '4.1': 'ja' } });
    expect(answerOf(answered, '4.1', 'p-1')).toBe('ja');
    expect(answerOf(answered, '4.1', undefined)).toBeUndefined();
    expect(withAnswer(answered, '4.1', 'p-1', '').perPersoon).toEqual({});
  });

  it('clearing one answer leaves the others', () => {
    const two = withAnswer(withAnswer(empty, '1.4', undefined, 'A'), '1.5', undefined, '12345678');
    expect(withAnswer(two, '1.4', undefined, undefined).algemeen).toEqual({ '1.5': '12345678' });
  });

  it('gives a new person an id no other person has', () => {
    const values = [0.5, 0.5, 0.25];
    const random = () => values.shift()!;
    const first = newPerson([], () => 0.5);
    const second = newPerson([first], random);
    expect(second.id).not.toBe(first.id);
    expect(second.id).toMatch(/^p-[0-9a-z]+$/);
    expect(second.naam).toBe('');
  });

  it('groups the applicable questions per section, and per person in a repeated block', () => {
    const set = BASE_QUESTION_SET;
    const selection = { setId: set.id, versie: set.versie, vragen: set.standaardSelecties?.horeca ?? [] };
    const allNumbers = (section: (typeof set.sections)[number]): string[] => section.vragen.flatMap(function walk(question): string[] {
      return [question.nummer, ...(question.subvragen ?? []).flatMap(walk)];
    });
    const fullSelection = { ...selection, vragen: set.sections.flatMap(allNumbers) };
    const answers: Answers = {
      algemeen: { '1.2': 'rechtspersoon', '1.9': [{ id: 'p-a', naam: 'P. de Vries' }, { id: 'p-b', naam: '' }] },
      perPersoon: {},
    };
    const titles = groupQuestions(applicableQuestions(set, fullSelection, answers)).map((group) => group.titel);
    expect(titles).toContain('4. Bestuurders: P. de Vries');
    expect(titles).toContain('4. Bestuurders: naam nog niet ingevuld');
    expect(titles.filter((title) => title.startsWith('1. '))).toHaveLength(1);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rolIds } from '../../src/domain/betrokkenen';
import { BASE_QUESTION_SET, parseQuestionSet } from '../../src/domain/vragenformulier';

const doc = readFileSync(path.resolve(__dirname, '../../docs/vragenset-formaat.md'), 'utf8');

describe('docs/vragenset-formaat.md', () => {
  it('its example is a question set the import accepts', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const parsed = parseQuestionSet(JSON.parse(example!));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('the shipped set, written as JSON, is a valid import file as the document says', () => {
    const parsed = parseQuestionSet(JSON.parse(JSON.stringify(BASE_QUESTION_SET)));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('names exactly the roles the import accepts', () => {
    const roles = /Rollen: (.*?)\. \|/.exec(doc)?.[1]?.match(/`([a-z]+)`/g)?.map((role) => role.slice(1, -1)) ?? [];
    expect([...roles].sort()).toEqual([...rolIds].sort());
  });
});

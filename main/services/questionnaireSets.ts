import { BibobError } from '../../src/contract/errors';
import { BASE_QUESTION_SET, allQuestions, parseQuestionSet, type QuestionSet } from '../../src/domain/vragenformulier';
import type { VaultDatabase } from '../vault/database';
import { findVraagset, latestVraagset, type StoredVraagset } from '../vault/repositories/vragenformulieren';

/*
 * The question sets a dossier's vragenlijst can be composed from: the set shipped with the app (always available,
 * never stored) and the versions imported into the vault. A stored version is never changed, so a parsed set can
 * be reused: the cache is keyed by the stored text itself.
 */

const parsedCache = new Map<string, QuestionSet>();
const CACHE_SIZE = 8;

export function isShipped(id: string, versie: string): boolean {
  return id === BASE_QUESTION_SET.id && versie === BASE_QUESTION_SET.versie;
}

/** Parses a stored version; it was validated on import, so a failure means the vault was damaged. */
export function parseStored(stored: StoredVraagset): QuestionSet {
  const cached = parsedCache.get(stored.json);
  if (cached) return cached;
  const result = parseQuestionSet(JSON.parse(stored.json) as unknown);
  if (!result.ok) throw new Error('stored question set no longer parses');
  if (parsedCache.size >= CACHE_SIZE) parsedCache.delete(parsedCache.keys().next().value as string);
  parsedCache.set(stored.json, result.set);
  return result.set;
}

/** The set of this id and version, or null when the vault does not have it. */
export function findSet(db: VaultDatabase, id: string, versie: string): QuestionSet | null {
  if (isShipped(id, versie)) return BASE_QUESTION_SET;
  const stored = findVraagset(db, id, versie);
  return stored ? parseStored(stored) : null;
}

export function requireSet(db: VaultDatabase, id: string, versie: string, path = 'setId'): QuestionSet {
  const set = findSet(db, id, versie);
  if (!set) {
    throw new BibobError('NOT_FOUND', `Vragenset ${id} versie ${versie} staat niet in de kluis. Importeer die versie eerst.`, {
      issues: [{ path, message: 'Kies een vragenset uit de lijst.' }],
    });
  }
  return set;
}

/** The set a new vragenlijst starts from: the most recently imported version, or the shipped set. */
export function currentSet(db: VaultDatabase): QuestionSet {
  const latest = latestVraagset(db);
  return latest ? requireSet(db, latest.id, latest.versie) : BASE_QUESTION_SET;
}

export function questionCount(set: QuestionSet): number {
  return allQuestions(set).length;
}

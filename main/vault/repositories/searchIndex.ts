import type { VaultDatabase } from '../database';

export type IndexedKind = 'dossier' | 'betrokkene';

/**
 * Replaces the indexed text of one dossier or betrokkene. NFKC first: the tokenizer folds diacritics
 * ("Č" → "c") but not compatibility characters such as the Dutch ligature "Ĳ", which NFKC turns into "IJ".
 */
export function indexEntry(db: VaultDatabase, soort: IndexedKind, refId: string, parts: readonly (string | null | undefined)[]): void {
  db.prepare('DELETE FROM zoekindex WHERE soort = ? AND ref_id = ?').run(soort, refId);
  db.prepare('INSERT INTO zoekindex (soort, ref_id, tekst) VALUES (?, ?, ?)').run(soort, refId, parts.filter(Boolean).join(' ').normalize('NFKC'));
}

export function removeEntry(db: VaultDatabase, soort: IndexedKind, refId: string): void {
  db.prepare('DELETE FROM zoekindex WHERE soort = ? AND ref_id = ?').run(soort, refId);
}

/**
 * An FTS5 query for what a coordinator types: every word must occur, each as a prefix ("covic" finds "Čović",
 * "gouden le" finds "De Gouden Leeuw"). Words are quoted, so no FTS5 syntax can be injected. Null when the
 * input has no word.
 */
export function ftsQuery(input: string): string | null {
  const words = input
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 12);
  return words.length === 0 ? null : words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(' ');
}

export function searchIndex(db: VaultDatabase, query: string, limit: number): { soort: IndexedKind; refId: string }[] {
  return db
    .prepare('SELECT soort, ref_id AS refId FROM zoekindex WHERE zoekindex MATCH ? ORDER BY rank LIMIT ?')
    .all(query, limit) as { soort: IndexedKind; refId: string }[];
}

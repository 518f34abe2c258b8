import type { VaultDatabase } from '../database';
import { foldLettersForSearch } from '../../../src/domain/zoektekst';

export type IndexedKind = 'dossier' | 'betrokkene';

/**
 * Replaces the indexed text of one dossier or betrokkene. Folded first (foldLettersForSearch): the tokenizer folds
 * diacritics ("Č" → "c") but not the ligature "Ĳ" nor letters such as "ı", "ł" and "ß"; the query is folded alike.
 */
export function indexEntry(db: VaultDatabase, soort: IndexedKind, refId: string, parts: readonly (string | null | undefined)[]): void {
  const existing = db.prepare('SELECT rowid FROM zoek_ref WHERE soort = ? AND ref_id = ?').get(soort, refId) as { rowid: number } | undefined;
  const rowid = existing?.rowid ?? Number(db.prepare('INSERT INTO zoek_ref (soort, ref_id) VALUES (?, ?)').run(soort, refId).lastInsertRowid);
  if (existing) db.prepare('DELETE FROM zoekindex WHERE rowid = ?').run(rowid);
  db.prepare('INSERT INTO zoekindex (rowid, tekst) VALUES (?, ?)').run(rowid, foldLettersForSearch(parts.filter(Boolean).join(' ')));
}

export function removeEntry(db: VaultDatabase, soort: IndexedKind, refId: string): void {
  const existing = db.prepare('SELECT rowid FROM zoek_ref WHERE soort = ? AND ref_id = ?').get(soort, refId) as { rowid: number } | undefined;
  if (!existing) return;
  db.prepare('DELETE FROM zoekindex WHERE rowid = ?').run(existing.rowid);
  db.prepare('DELETE FROM zoek_ref WHERE rowid = ?').run(existing.rowid);
}

/**
 * An FTS5 query for what a coordinator types: every word must occur, each as a prefix ("covic" finds "Čović",
 * "gouden le" finds "De Gouden Leeuw"). Words are quoted, so no FTS5 syntax can be injected. Null when the
 * input has no word.
 */
export function ftsQuery(input: string): string | null {
  const words = foldLettersForSearch(input)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 12);
  return words.length === 0 ? null : words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(' ');
}

/**
 * The newest matches first. FTS5 walks its index in rowid order and stops at the limit, where ordering by rank
 * would score every match first: a common name prefix at 100,000 dossiers matches tens of thousands of entries.
 */
export function searchIndex(db: VaultDatabase, query: string, limit: number): { soort: IndexedKind; refId: string }[] {
  return db
    .prepare('SELECT r.soort, r.ref_id AS refId FROM zoekindex JOIN zoek_ref r ON r.rowid = zoekindex.rowid WHERE zoekindex MATCH ? ORDER BY zoekindex.rowid DESC LIMIT ?')
    .all(query, limit) as { soort: IndexedKind; refId: string }[];
}

import type { VaultDatabase } from '../database';

export type IndexedKind = 'dossier' | 'betrokkene';

/**
 * Replaces the indexed text of one dossier or betrokkene. NFKC first: the tokenizer folds diacritics
 * ("Č" → "c") but not compatibility characters such as the Dutch ligature "Ĳ", which NFKC turns into "IJ".
 */
export function indexEntry(db: VaultDatabase, soort: IndexedKind, refId: string, parts: readonly (string | null | undefined)[]): void {
  const existing = db.prepare('SELECT rowid FROM zoek_ref WHERE soort = ? AND ref_id = ?').get(soort, refId) as { rowid: number } | undefined;
  const rowid = existing?.rowid ?? Number(db.prepare('INSERT INTO zoek_ref (soort, ref_id) VALUES (?, ?)').run(soort, refId).lastInsertRowid);
  if (existing) db.prepare('DELETE FROM zoekindex WHERE rowid = ?').run(rowid);
  db.prepare('INSERT INTO zoekindex (rowid, tekst) VALUES (?, ?)').run(rowid, parts.filter(Boolean).join(' ').normalize('NFKC'));
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
  const words = input
    .normalize('NFKC')
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

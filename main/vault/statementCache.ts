import type Database from 'better-sqlite3-multiple-ciphers';

/** How many distinct SQL texts stay prepared; the repositories use a few hundred, built filters add some. */
export const STATEMENT_CACHE_SIZE = 512;

/**
 * Makes `db.prepare` hand out one prepared statement per SQL text instead of compiling it again on every call.
 *
 * better-sqlite3 releases a statement's compiled program (with the programs of every trigger it fires) only when
 * the garbage collector finalizes the statement's small JS object, and V8 does not count that native memory. A
 * loop of prepares — the demo generator writing 100,000 dossiers, or a long working day — therefore grew the
 * process by gigabytes before any collection ran. Cached statements are reused, so memory stays bounded by the
 * cache, and the SQL is parsed once.
 *
 * The repositories never switch a statement's mode (pluck, raw, expand, safeIntegers), so a shared statement
 * behaves the same for every caller. A statement that is still being iterated cannot run again; a caller that
 * needs the same SQL meanwhile gets a fresh, uncached one. The least recently used text leaves the cache first.
 */
export function cacheStatements(db: Database.Database, limit = STATEMENT_CACHE_SIZE): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  const cached = (source: string): Database.Statement => {
    const statement = cache.get(source);
    if (statement) {
      if (statement.busy) return prepare(source);
      cache.delete(source);
      cache.set(source, statement);
      return statement;
    }
    const fresh = prepare(source);
    cache.set(source, fresh);
    if (cache.size > limit) cache.delete(cache.keys().next().value!);
    return fresh;
  };
  db.prepare = cached as typeof db.prepare;
}

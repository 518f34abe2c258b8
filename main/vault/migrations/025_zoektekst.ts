import type { Migration } from './migration';
import { foldLettersForSearch } from '../../../src/domain/zoektekst';

/**
 * The search index holds its text folded (src/domain/zoektekst.ts: "Yılmaz" is found by "yilmaz", "Straße" by
 * "strasse"); the text indexed before is folded once here, the same way.
 */
export const migration025: Migration = {
  version: 25,
  name: 'zoektekst',
  up(db) {
    const rows = db.prepare('SELECT rowid, tekst FROM zoekindex').all() as { rowid: number; tekst: string }[];
    const remove = db.prepare('DELETE FROM zoekindex WHERE rowid = ?');
    const insert = db.prepare('INSERT INTO zoekindex (rowid, tekst) VALUES (?, ?)');
    for (const row of rows) {
      const folded = foldLettersForSearch(row.tekst);
      if (folded === row.tekst) continue;
      remove.run(row.rowid);
      insert.run(row.rowid, folded);
    }
  },
};

import type { VaultDatabase } from '../database';

/** A saved version of a letter template. */
export interface StoredSjabloon {
  readonly soort: string;
  readonly versie: number;
  readonly onderwerp: string;
  readonly tekst: string;
  readonly opgeslagenOp: string;
  readonly opgeslagenDoor: string;
}

interface Row {
  soort: string;
  versie: number;
  onderwerp: string;
  tekst: string;
  opgeslagen_op: string;
  opgeslagen_door: string;
}

const toSjabloon = (row: Row): StoredSjabloon => ({ soort: row.soort, versie: row.versie, onderwerp: row.onderwerp, tekst: row.tekst, opgeslagenOp: row.opgeslagen_op, opgeslagenDoor: row.opgeslagen_door });

/** The newest saved version of a letter type's template, or null while the standard one is used. */
export function currentSjabloon(db: VaultDatabase, soort: string): StoredSjabloon | null {
  const row = db.prepare('SELECT * FROM sjabloon WHERE soort = ? ORDER BY versie DESC LIMIT 1').get(soort) as Row | undefined;
  return row ? toSjabloon(row) : null;
}

export function sjabloonVersies(db: VaultDatabase, soort: string): StoredSjabloon[] {
  return (db.prepare('SELECT * FROM sjabloon WHERE soort = ? ORDER BY versie DESC').all(soort) as Row[]).map(toSjabloon);
}

/** Stores a new version (one more than the newest) and returns its number. */
export function insertSjabloonVersie(db: VaultDatabase, soort: string, sjabloon: { onderwerp: string; tekst: string }, at: string, door: string): number {
  const { versie } = db.prepare('SELECT COALESCE(MAX(versie), 0) + 1 AS versie FROM sjabloon WHERE soort = ?').get(soort) as { versie: number };
  db.prepare('INSERT INTO sjabloon (soort, versie, onderwerp, tekst, opgeslagen_op, opgeslagen_door) VALUES (?, ?, ?, ?, ?, ?)').run(soort, versie, sjabloon.onderwerp, sjabloon.tekst, at, door);
  return versie;
}

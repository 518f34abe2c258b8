import type { Betrokkene, BetrokkeneInput } from '../../../src/contract/schemas';
import { maskBsn, matchKey, type Rol, type RelatieSoort } from '../../../src/domain/betrokkenen';
import type { Toepassingsgebied } from '../../../src/domain/toepassingsgebied';
import type { VaultDatabase } from '../database';
import { moveRequestBetrokkene } from './informatieverzoeken';
import { moveResearchBetrokkene } from './eigenOnderzoek';
import { moveAssessmentBetrokkene } from './beoordeling';
import { moveZienswijzeBetrokkene } from './zienswijzen';

interface BetrokkeneRow {
  id: string;
  soort: 'persoon' | 'rechtspersoon';
  naam: string;
  geboortedatum: string | null;
  geboorteplaats: string | null;
  bsn: string | null;
  kvk_nummer: string | null;
  rechtsvorm: string | null;
  adres: string;
}

const columns = 'id, soort, naam, geboortedatum, geboorteplaats, bsn, kvk_nummer, rechtsvorm, adres';

/** The betrokkene as it may leave main: the BSN masked. */
function toBetrokkene(row: BetrokkeneRow): Betrokkene {
  return {
    id: row.id,
    soort: row.soort,
    naam: row.naam,
    geboortedatum: row.geboortedatum,
    geboorteplaats: row.geboorteplaats,
    bsnGemaskeerd: row.bsn ? maskBsn(row.bsn) : null,
    kvkNummer: row.kvk_nummer,
    rechtsvorm: row.rechtsvorm,
    adres: row.adres,
  };
}

/** The stored columns of a betrokkene's data, as named parameters: one mapping for insert and update. */
function dataParameters(input: BetrokkeneInput) {
  return {
    soort: input.soort,
    naam: input.naam,
    matchKey: matchKey(input.naam),
    geboortedatum: input.geboortedatum ?? null,
    geboorteplaats: input.geboorteplaats ?? null,
    bsn: input.bsn ?? null,
    kvkNummer: input.kvkNummer ?? null,
    rechtsvorm: input.rechtsvorm ?? null,
    adres: input.adres ?? '',
  };
}

export function insertBetrokkene(db: VaultDatabase, id: string, input: BetrokkeneInput, at: string): void {
  db.prepare(
    `INSERT INTO betrokkene (id, soort, naam, match_key, geboortedatum, geboorteplaats, bsn, kvk_nummer, rechtsvorm, adres, created_at, updated_at)
     VALUES (@id, @soort, @naam, @matchKey, @geboortedatum, @geboorteplaats, @bsn, @kvkNummer, @rechtsvorm, @adres, @at, @at)`,
  ).run({ ...dataParameters(input), id, at });
}

export function findBetrokkene(db: VaultDatabase, id: string): Betrokkene | null {
  const row = db.prepare(`SELECT ${columns} FROM betrokkene WHERE id = ?`).get(id) as BetrokkeneRow | undefined;
  return row ? toBetrokkene(row) : null;
}

/** Existing records that may be the same person or company: same KvK-nummer, same BSN, or same folded name. */
export function possibleDuplicates(db: VaultDatabase, input: BetrokkeneInput, excludeId?: string): Betrokkene[] {
  const rows = db
    .prepare(
      `SELECT ${columns} FROM betrokkene
       WHERE id IS NOT @exclude AND soort = @soort AND (match_key = @key OR (@kvk IS NOT NULL AND kvk_nummer = @kvk) OR (@bsn IS NOT NULL AND bsn = @bsn))
       ORDER BY naam LIMIT 20`,
    )
    .all({ exclude: excludeId ?? null, soort: input.soort, key: matchKey(input.naam), kvk: input.kvkNummer ?? null, bsn: input.bsn ?? null }) as BetrokkeneRow[];
  return rows.map(toBetrokkene);
}

export function linkBetrokkene(db: VaultDatabase, dossierId: string, betrokkeneId: string, rol: Rol, percentage: number | null, toelichting: string): boolean {
  const result = db
    .prepare('INSERT OR IGNORE INTO dossier_betrokkene (dossier_id, betrokkene_id, rol, aandeel_percentage, toelichting) VALUES (?, ?, ?, ?, ?)')
    .run(dossierId, betrokkeneId, rol, percentage, toelichting);
  return result.changes === 1;
}

export function unlinkBetrokkene(db: VaultDatabase, dossierId: string, betrokkeneId: string, rol: Rol): boolean {
  return db.prepare('DELETE FROM dossier_betrokkene WHERE dossier_id = ? AND betrokkene_id = ? AND rol = ?').run(dossierId, betrokkeneId, rol).changes === 1;
}

export interface LinkedBetrokkene {
  betrokkene: Betrokkene;
  rollen: { rol: Rol; aandeelPercentage: number | null; toelichting: string }[];
  /** The other dossiers of the same person or company, with their phase and outcome (the cross-dossier view). */
  ookInDossiers: { id: string; zaaknummer: string; rollen: string[]; toepassingsgebied: Toepassingsgebied; fase: string; uitkomst: string | null }[];
}

export function betrokkenenOfDossier(db: VaultDatabase, dossierId: string): LinkedBetrokkene[] {
  const links = db
    .prepare(
      `SELECT b.id, b.soort, b.naam, b.geboortedatum, b.geboorteplaats, b.bsn, b.kvk_nummer, b.rechtsvorm, b.adres,
              l.rol, l.aandeel_percentage, l.toelichting
       FROM dossier_betrokkene l JOIN betrokkene b ON b.id = l.betrokkene_id
       WHERE l.dossier_id = ? ORDER BY b.naam, l.rol`,
    )
    .all(dossierId) as (BetrokkeneRow & { rol: Rol; aandeel_percentage: number | null; toelichting: string })[];
  const elsewhere = db.prepare(
    `SELECT d.id, d.zaaknummer, d.toepassingsgebied, d.fase, d.uitkomst, group_concat(l.rol, ',') AS rollen FROM dossier_betrokkene l JOIN dossier d ON d.id = l.dossier_id
     WHERE l.betrokkene_id = ? AND l.dossier_id <> ? AND d.verwijderd_op IS NULL GROUP BY d.id ORDER BY d.created_at DESC`,
  );
  const byId = new Map<string, LinkedBetrokkene>();
  for (const link of links) {
    let entry = byId.get(link.id);
    if (!entry) {
      const others = elsewhere.all(link.id, dossierId) as { id: string; zaaknummer: string; rollen: string; toepassingsgebied: Toepassingsgebied; fase: string; uitkomst: string | null }[];
      entry = {
        betrokkene: toBetrokkene(link),
        rollen: [],
        ookInDossiers: others.map((other) => ({
          id: other.id,
          zaaknummer: other.zaaknummer,
          rollen: other.rollen.split(','),
          toepassingsgebied: other.toepassingsgebied,
          fase: other.fase,
          uitkomst: other.uitkomst,
        })),
      };
      byId.set(link.id, entry);
    }
    entry.rollen.push({ rol: link.rol, aandeelPercentage: link.aandeel_percentage, toelichting: link.toelichting });
  }
  return [...byId.values()];
}

export function insertRelatie(db: VaultDatabase, relatie: { id: string; vanId: string; naarId: string; soort: RelatieSoort; percentage: number | null }, at: string): void {
  db.prepare('INSERT INTO betrokkene_relatie (id, van_id, naar_id, soort, percentage, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    relatie.id,
    relatie.vanId,
    relatie.naarId,
    relatie.soort,
    relatie.percentage,
    at,
  );
}

/** Relations among the betrokkenen of one dossier. */
export function relatiesOfDossier(db: VaultDatabase, dossierId: string): { id: string; vanId: string; naarId: string; soort: RelatieSoort; percentage: number | null }[] {
  return db
    .prepare(
      `SELECT r.id, r.van_id AS vanId, r.naar_id AS naarId, r.soort, r.percentage FROM betrokkene_relatie r
       WHERE r.van_id IN (SELECT betrokkene_id FROM dossier_betrokkene WHERE dossier_id = @d)
         AND r.naar_id IN (SELECT betrokkene_id FROM dossier_betrokkene WHERE dossier_id = @d)
       ORDER BY r.created_at`,
    )
    .all({ d: dossierId }) as { id: string; vanId: string; naarId: string; soort: RelatieSoort; percentage: number | null }[];
}

/**
 * Merges `removeId` into `keepId`: its dossier links and relations move to the kept record (duplicates
 * dropped), then the removed record is deleted. Returns the dossiers whose betrokkenen changed.
 */
export function mergeBetrokkenen(db: VaultDatabase, keepId: string, removeId: string): string[] {
  const dossiers = (db.prepare('SELECT DISTINCT dossier_id FROM dossier_betrokkene WHERE betrokkene_id IN (?, ?)').all(keepId, removeId) as { dossier_id: string }[]).map(
    (row) => row.dossier_id,
  );
  db.prepare(
    `INSERT OR IGNORE INTO dossier_betrokkene (dossier_id, betrokkene_id, rol, aandeel_percentage, toelichting)
     SELECT dossier_id, @keep, rol, aandeel_percentage, toelichting FROM dossier_betrokkene WHERE betrokkene_id = @remove`,
  ).run({ keep: keepId, remove: removeId });
  db.prepare('DELETE FROM dossier_betrokkene WHERE betrokkene_id = ?').run(removeId);
  db.prepare('UPDATE betrokkene_relatie SET van_id = @keep WHERE van_id = @remove AND naar_id <> @keep').run({ keep: keepId, remove: removeId });
  db.prepare('UPDATE betrokkene_relatie SET naar_id = @keep WHERE naar_id = @remove AND van_id <> @keep').run({ keep: keepId, remove: removeId });
  db.prepare('DELETE FROM betrokkene_relatie WHERE van_id = @remove OR naar_id = @remove').run({ remove: removeId });
  moveRequestBetrokkene(db, keepId, removeId);
  moveResearchBetrokkene(db, keepId, removeId);
  moveAssessmentBetrokkene(db, keepId, removeId);
  moveZienswijzeBetrokkene(db, keepId, removeId);
  db.prepare('DELETE FROM betrokkene WHERE id = ?').run(removeId);
  return dossiers;
}

/** The stored record with the BSN unmasked: only for comparisons inside main (duplicate checks, audit of changes). */
export function findBetrokkeneRaw(db: VaultDatabase, id: string): BetrokkeneRow | null {
  return (db.prepare(`SELECT ${columns} FROM betrokkene WHERE id = ?`).get(id) as BetrokkeneRow | undefined) ?? null;
}

/** Another person with this BSN, or another company with this KvK-nummer. */
export function sameIdentifier(db: VaultDatabase, input: { soort: 'persoon' | 'rechtspersoon'; bsn?: string | null; kvkNummer?: string | null }, excludeId?: string): { veld: 'bsn' | 'kvkNummer'; betrokkene: Betrokkene } | null {
  if (input.soort === 'persoon' && input.bsn) {
    const row = db.prepare(`SELECT ${columns} FROM betrokkene WHERE bsn = ? AND id IS NOT ? LIMIT 1`).get(input.bsn, excludeId ?? null) as BetrokkeneRow | undefined;
    if (row) return { veld: 'bsn', betrokkene: toBetrokkene(row) };
  }
  if (input.soort === 'rechtspersoon' && input.kvkNummer) {
    const row = db.prepare(`SELECT ${columns} FROM betrokkene WHERE kvk_nummer = ? AND id IS NOT ? LIMIT 1`).get(input.kvkNummer, excludeId ?? null) as BetrokkeneRow | undefined;
    if (row) return { veld: 'kvkNummer', betrokkene: toBetrokkene(row) };
  }
  return null;
}

export function updateBetrokkene(db: VaultDatabase, id: string, input: BetrokkeneInput, at: string): void {
  db.prepare(
    `UPDATE betrokkene SET soort = @soort, naam = @naam, match_key = @matchKey, geboortedatum = @geboortedatum, geboorteplaats = @geboorteplaats,
       bsn = @bsn, kvk_nummer = @kvkNummer, rechtsvorm = @rechtsvorm, adres = @adres, updated_at = @at WHERE id = @id`,
  ).run({ ...dataParameters(input), id, at });
}

/** The dossiers where this betrokkene is the aanvrager. */
export function dossiersAsAanvrager(db: VaultDatabase, betrokkeneId: string): string[] {
  return (db.prepare("SELECT DISTINCT dossier_id FROM dossier_betrokkene WHERE betrokkene_id = ? AND rol = 'aanvrager'").all(betrokkeneId) as { dossier_id: string }[]).map((r) => r.dossier_id);
}

export function findRelatie(db: VaultDatabase, id: string): { id: string; vanId: string; naarId: string; soort: RelatieSoort; percentage: number | null } | null {
  return (
    (db.prepare('SELECT id, van_id AS vanId, naar_id AS naarId, soort, percentage FROM betrokkene_relatie WHERE id = ?').get(id) as
      | { id: string; vanId: string; naarId: string; soort: RelatieSoort; percentage: number | null }
      | undefined) ?? null
  );
}

export function relatieExists(db: VaultDatabase, vanId: string, naarId: string, soort: RelatieSoort): boolean {
  return db.prepare('SELECT 1 FROM betrokkene_relatie WHERE van_id = ? AND naar_id = ? AND soort = ?').get(vanId, naarId, soort) !== undefined;
}

export function deleteRelatie(db: VaultDatabase, id: string): boolean {
  return db.prepare('DELETE FROM betrokkene_relatie WHERE id = ?').run(id).changes === 1;
}

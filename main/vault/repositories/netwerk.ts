import type { BetrokkeneSoort, RelatieSoort } from '../../../src/domain/betrokkenen';
import type { NetwerkBetrokkene, NetwerkRelatie } from '../../../src/domain/netwerk';
import type { Toepassingsgebied } from '../../../src/domain/toepassingsgebied';
import type { VaultDatabase } from '../database';
import { presentDossierSql } from './dossiers';

/*
 * Reads across dossiers for the network of betrokkenen and the page per betrokkene. Sets of ids travel into SQL
 * as one JSON array (json_each), so that a query stays one prepared statement whatever the size of the set.
 */

export interface RolInDossier {
  dossierId: string;
  zaaknummer: string;
  toepassingsgebied: Toepassingsgebied;
  rol: string;
  aandeelPercentage: number | null;
  fase: string;
  uitkomst: string | null;
}

/** Every role of a betrokkene in a dossier that was not removed, the newest dossier first. */
export function rollenVanBetrokkene(db: VaultDatabase, betrokkeneId: string): RolInDossier[] {
  return db
    .prepare(
      `SELECT d.id AS dossierId, d.zaaknummer, d.toepassingsgebied, l.rol, l.aandeel_percentage AS aandeelPercentage, d.fase, d.uitkomst
       FROM dossier_betrokkene l JOIN dossier d ON d.id = l.dossier_id
       WHERE l.betrokkene_id = ? AND d.${presentDossierSql}
       ORDER BY d.created_at DESC, d.zaaknummer, l.rol`,
    )
    .all(betrokkeneId) as RolInDossier[];
}

export interface RelatieVanBetrokkene extends NetwerkRelatie {
  anderId: string;
  anderNaam: string;
  anderSoort: BetrokkeneSoort;
}

/** The relations in which a betrokkene is the first or the second, with the other's name. */
export function relatiesVanBetrokkene(db: VaultDatabase, betrokkeneId: string): RelatieVanBetrokkene[] {
  return db
    .prepare(
      `SELECT r.id, r.van_id AS vanId, r.naar_id AS naarId, r.soort, r.percentage, b.id AS anderId, b.naam AS anderNaam, b.soort AS anderSoort
       FROM betrokkene_relatie r JOIN betrokkene b ON b.id = CASE WHEN r.van_id = @id THEN r.naar_id ELSE r.van_id END
       WHERE r.van_id = @id OR r.naar_id = @id
       ORDER BY b.naam, r.soort`,
    )
    .all({ id: betrokkeneId }) as RelatieVanBetrokkene[];
}

/** The ids of the dossiers (not removed) a betrokkene is linked to. */
export function dossiersVanBetrokkene(db: VaultDatabase, betrokkeneId: string): string[] {
  return (
    db.prepare(`SELECT DISTINCT l.dossier_id AS id FROM dossier_betrokkene l JOIN dossier d ON d.id = l.dossier_id WHERE l.betrokkene_id = ? AND d.${presentDossierSql}`).all(betrokkeneId) as {
      id: string;
    }[]
  ).map((row) => row.id);
}

/** The ids of the betrokkenen of a dossier. */
export function betrokkenenVanDossier(db: VaultDatabase, dossierId: string): string[] {
  return (db.prepare('SELECT DISTINCT betrokkene_id AS id FROM dossier_betrokkene WHERE dossier_id = ?').all(dossierId) as { id: string }[]).map((row) => row.id);
}

/**
 * Everyone reachable from `start` through recorded relations, in either direction, breadth first: the start
 * itself, then its direct relations, then theirs. Stops at `max` betrokkenen; `afgekapt` says there were more.
 */
export function netwerkRond(db: VaultDatabase, start: readonly string[], max: number): { ids: string[]; afgekapt: boolean } {
  const neighbours = db.prepare(
    `SELECT van_id AS a, naar_id AS b FROM betrokkene_relatie WHERE van_id IN (SELECT value FROM json_each(@ids)) OR naar_id IN (SELECT value FROM json_each(@ids))`,
  );
  const found = new Set<string>();
  let frontier = [...new Set(start)];
  for (const id of frontier) {
    if (found.size === max) return { ids: [...found], afgekapt: true };
    found.add(id);
  }
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const row of neighbours.all({ ids: JSON.stringify(frontier) }) as { a: string; b: string }[]) {
      for (const id of [row.a, row.b]) {
        if (found.has(id)) continue;
        if (found.size === max) return { ids: [...found], afgekapt: true };
        found.add(id);
        next.push(id);
      }
    }
    frontier = next;
  }
  return { ids: [...found], afgekapt: false };
}

/** Every betrokkene with at least one recorded relation, by name, at most `max` (and whether there were more). */
export function gerelateerdeBetrokkenen(db: VaultDatabase, max: number): { ids: string[]; afgekapt: boolean } {
  const rows = db
    .prepare(
      `SELECT id FROM betrokkene WHERE id IN (SELECT van_id FROM betrokkene_relatie UNION SELECT naar_id FROM betrokkene_relatie)
       ORDER BY naam, id LIMIT ?`,
    )
    .all(max + 1) as { id: string }[];
  return { ids: rows.slice(0, max).map((row) => row.id), afgekapt: rows.length > max };
}

/** The betrokkenen with these ids, each with the zaaknummers of its dossiers (not removed). */
export function netwerkBetrokkenen(db: VaultDatabase, ids: readonly string[]): NetwerkBetrokkene[] {
  const rows = db
    .prepare(
      `SELECT b.id, b.soort, b.naam, group_concat(d.zaaknummer, char(31)) AS zaaknummers
       FROM betrokkene b
       LEFT JOIN dossier_betrokkene l ON l.betrokkene_id = b.id
       LEFT JOIN dossier d ON d.id = l.dossier_id AND d.${presentDossierSql}
       WHERE b.id IN (SELECT value FROM json_each(?))
       GROUP BY b.id`,
    )
    .all(JSON.stringify(ids)) as { id: string; soort: BetrokkeneSoort; naam: string; zaaknummers: string | null }[];
  return rows.map((row) => ({ id: row.id, soort: row.soort, naam: row.naam, zaaknummers: row.zaaknummers ? row.zaaknummers.split('\u001f') : [] }));
}

/** The relations with both ends among these betrokkenen. */
export function relatiesTussen(db: VaultDatabase, ids: readonly string[]): NetwerkRelatie[] {
  return db
    .prepare(
      `SELECT id, van_id AS vanId, naar_id AS naarId, soort, percentage FROM betrokkene_relatie
       WHERE van_id IN (SELECT value FROM json_each(@ids)) AND naar_id IN (SELECT value FROM json_each(@ids))
       ORDER BY created_at, id`,
    )
    .all({ ids: JSON.stringify(ids) }) as { id: string; vanId: string; naarId: string; soort: RelatieSoort; percentage: number | null }[];
}

/**
 * The audit records about a betrokkene: those kept on the betrokkene itself, and those on its dossiers whose
 * details name it (linked, corrected, related, merged …). Oldest first, as the trail was written.
 */
export function auditOverBetrokkene(db: VaultDatabase, betrokkeneId: string, dossierIds: readonly string[]): { seq: number; at: string; actor: string; action: string; details: string }[] {
  return db
    .prepare(
      `SELECT seq, at, actor, action, details FROM audit_log
       WHERE (entity_type = 'betrokkene' AND entity_id = @id)
          OR (entity_type = 'dossier' AND entity_id IN (SELECT value FROM json_each(@dossiers)) AND instr(details, @quoted) > 0)
       ORDER BY seq`,
    )
    .all({ id: betrokkeneId, dossiers: JSON.stringify(dossierIds), quoted: JSON.stringify(betrokkeneId) }) as { seq: number; at: string; actor: string; action: string; details: string }[];
}

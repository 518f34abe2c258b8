import type { VaultDatabase } from '../database';
import { removeEntry } from './searchIndex';

/*
 * The vernietiging of a dossier (issue 24 §4): every row of the dossier goes, in one transaction of the caller, and
 * one vernietigingsrecord stays. The connection runs with secure_delete, so deleted rows are overwritten, not only
 * unlinked: an attachment's key is gone with its content row (crypto-shredding; the file is removed after the
 * commit). The final DELETE of the dossier row is the check that nothing was missed: with foreign keys on, any row
 * still referring to it makes that statement fail and the whole transaction roll back.
 */

export interface ClosedDossierRow {
  readonly id: string;
  readonly zaaknummer: string;
  readonly toepassingsgebied: 'wabo' | 'horeca' | 'vastgoed';
  readonly uitkomst: string | null;
  readonly fase: 'afgerond' | 'buiten-behandeling' | 'ingetrokken';
  readonly aangemaaktOp: string;
  readonly ontvangenOp: string | null;
  /** The moment of the last closing (afsluiting), null when none was recorded. */
  readonly afgeslotenAt: string | null;
  /** An LBB advice was received, or the dossier holds findings of own research (Wet Bibob art. 29). */
  readonly adviesOfBevindingen: boolean;
}

const closedSelect = `
  SELECT d.id, d.zaaknummer, d.toepassingsgebied, d.uitkomst, d.fase, d.created_at AS aangemaaktOp, d.ontvangen_op AS ontvangenOp,
    (SELECT a.at FROM afsluiting a WHERE a.dossier_id = d.id ORDER BY a.seq DESC LIMIT 1) AS afgeslotenAt,
    (EXISTS (SELECT 1 FROM informatieverzoek v WHERE v.dossier_id = d.id AND v.geadresseerde = 'lbb' AND v.status = 'beantwoord')
      OR EXISTS (SELECT 1 FROM onderzoeksnotitie n WHERE n.dossier_id = d.id AND n.ingetrokken_op IS NULL)
      OR EXISTS (SELECT 1 FROM eigen_onderzoek e WHERE e.dossier_id = d.id)
      OR EXISTS (SELECT 1 FROM ander_bestuursorgaan_gegevens g WHERE g.dossier_id = d.id)
      OR EXISTS (SELECT 1 FROM beoordeling b WHERE b.dossier_id = d.id)) AS adviesOfBevindingen
  FROM dossier d
  WHERE d.fase IN ('afgerond', 'buiten-behandeling', 'ingetrokken') AND d.verwijderd_op IS NULL`;

type RawClosed = Omit<ClosedDossierRow, 'adviesOfBevindingen'> & { adviesOfBevindingen: number };

const toClosed = (row: RawClosed): ClosedDossierRow => ({ ...row, adviesOfBevindingen: row.adviesOfBevindingen === 1 });

/** Every closed dossier (not removed), with what its retention depends on. */
export function listClosedDossiers(db: VaultDatabase): ClosedDossierRow[] {
  return (db.prepare(`${closedSelect} ORDER BY d.zaaknummer`).all() as RawClosed[]).map(toClosed);
}

export function findClosedDossier(db: VaultDatabase, dossierId: string): ClosedDossierRow | null {
  const row = db.prepare(`${closedSelect} AND d.id = ?`).get(dossierId) as RawClosed | undefined;
  return row ? toClosed(row) : null;
}

/** What the vernietiging removed, as counts; and what the audit trail must lose (see destroyDossierData). */
export interface DestroyedData {
  readonly aantallen: Record<string, number>;
  /** The betrokkenen deleted with the dossier (no other dossier referred to them). */
  readonly betrokkeneIds: readonly string[];
  /** Names, addresses and numbers of the dossier and its deleted betrokkenen: audit details naming them are wiped. */
  readonly kenmerken: readonly string[];
}

const ids = (db: VaultDatabase, sql: string, ...params: unknown[]) => (db.prepare(sql).all(...params) as { id: string }[]).map((row) => row.id);

/** The betrokkenen a dossier refers to, from every table that names one. */
function betrokkenenOf(db: VaultDatabase, dossierId: string): string[] {
  return ids(
    db,
    `SELECT betrokkene_id AS id FROM dossier_betrokkene WHERE dossier_id = @d
     UNION SELECT betrokkene_id FROM onderzoeksnotitie WHERE dossier_id = @d
     UNION SELECT betrokkene_id FROM zienswijze WHERE dossier_id = @d
     UNION SELECT betrokkene_id FROM ander_bestuursorgaan_gegevens WHERE dossier_id = @d
     UNION SELECT verstrekker_betrokkene_id FROM financiering_herkomst WHERE dossier_id = @d AND verstrekker_betrokkene_id IS NOT NULL
     UNION SELECT ib.betrokkene_id FROM informatieverzoek_betrokkene ib JOIN informatieverzoek v ON v.id = ib.verzoek_id WHERE v.dossier_id = @d`,
    { d: dossierId },
  );
}

/** Whether a betrokkene is still referred to once the dossier's rows are gone. */
function stillReferred(db: VaultDatabase, betrokkeneId: string): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM dossier_betrokkene WHERE betrokkene_id = @b
         UNION ALL SELECT 1 FROM onderzoeksnotitie WHERE betrokkene_id = @b
         UNION ALL SELECT 1 FROM zienswijze WHERE betrokkene_id = @b
         UNION ALL SELECT 1 FROM ander_bestuursorgaan_gegevens WHERE betrokkene_id = @b
         UNION ALL SELECT 1 FROM financiering_herkomst WHERE verstrekker_betrokkene_id = @b
         UNION ALL SELECT 1 FROM informatieverzoek_betrokkene WHERE betrokkene_id = @b
         LIMIT 1`,
      )
      .get({ b: betrokkeneId }) !== undefined
  );
}

function run(db: VaultDatabase, sql: string, params: Record<string, unknown>): number {
  return db.prepare(sql).run(params).changes;
}

/**
 * Deletes every row of the dossier: its questionnaire, attachments (content rows with their keys when no other
 * attachment shares them), letters, research, requests, assessment, decisions, zienswijzen, terms, timeline and
 * search entries; its betrokkenen when no other dossier refers to them, with their relations; and the dossier itself.
 * Its entries in the verstrekkingsregister stay, with recipient and description wiped and the vernietiging named.
 * Run inside the caller's transaction.
 */
export function destroyDossierData(db: VaultDatabase, dossierId: string, vernietiging: { id: string; zaaknummer: string }): DestroyedData {
  const d = { d: dossierId };
  const dossier = db.prepare('SELECT aanvrager_naam AS naam, locatie_adres AS adres FROM dossier WHERE id = ?').get(dossierId) as { naam: string; adres: string };
  const betrokkenen = betrokkenenOf(db, dossierId);
  const aantallen: Record<string, number> = {};
  const count = (kind: string, n: number) => {
    aantallen[kind] = (aantallen[kind] ?? 0) + n;
  };

  // The questionnaire and its links to attachments.
  run(db, 'DELETE FROM vragenformulier_item_bijlage WHERE dossier_id = @d', d);
  run(db, 'DELETE FROM vragenformulier_item WHERE dossier_id = @d', d);
  run(db, 'DELETE FROM vragenformulier_bevestiging WHERE dossier_id = @d', d);
  count('vragenformulieren', run(db, 'DELETE FROM dossier_vragenformulier WHERE dossier_id = @d', d));

  // Attachments: the notes, the rows, and each content no other attachment shares (its key with it).
  const contents = (db.prepare('SELECT DISTINCT sha256 FROM bijlage WHERE dossier_id = ?').all(dossierId) as { sha256: string }[]).map((row) => row.sha256);
  run(db, 'DELETE FROM bijlage_notitie WHERE bijlage_id IN (SELECT id FROM bijlage WHERE dossier_id = @d)', d);
  count('bijlagen', run(db, 'DELETE FROM bijlage WHERE dossier_id = @d', d));
  let shredded = 0;
  for (const sha256 of contents) {
    if (db.prepare('SELECT 1 FROM bijlage WHERE sha256 = ? LIMIT 1').get(sha256)) continue;
    db.prepare('DELETE FROM bestand_chunk WHERE inhoud_id IN (SELECT id FROM bestand_inhoud WHERE sha256 = ?)').run(sha256);
    shredded += db.prepare('DELETE FROM bestand_inhoud WHERE sha256 = ?').run(sha256).changes;
  }
  count('bijlagebestanden', shredded);

  count('brieven', run(db, 'DELETE FROM brief WHERE dossier_id = @d', d));

  // Requests to the RIEC, the LBB and others, with their answers.
  run(db, 'DELETE FROM lbb_gegevensverzoek WHERE verzoek_id IN (SELECT id FROM informatieverzoek WHERE dossier_id = @d)', d);
  run(db, 'DELETE FROM informatieverzoek_betrokkene WHERE verzoek_id IN (SELECT id FROM informatieverzoek WHERE dossier_id = @d)', d);
  count('verzoeken', run(db, 'DELETE FROM informatieverzoek WHERE dossier_id = @d', d));

  // Own research, assessment, decisions and the procedure.
  count('onderzoeksnotities', run(db, 'DELETE FROM onderzoeksnotitie WHERE dossier_id = @d', d));
  for (const table of [
    'eigen_onderzoek',
    'ander_bestuursorgaan_gegevens',
    'financiering_herkomst',
    'financiering_investering',
    'beoordeling',
    'melding_lbb',
    'besluit',
    'verder_besluit',
    'zienswijze',
    'zienswijze_geen_nieuwe_ronde',
    'beleidstoets',
    'herstelverzoek',
    'termijn_gebeurtenis',
  ]) {
    run(db, `DELETE FROM ${table} WHERE dossier_id = @d`, d);
  }
  count('tijdlijn', run(db, 'DELETE FROM dossier_gebeurtenis WHERE dossier_id = @d', d));
  run(db, 'DELETE FROM afsluiting WHERE dossier_id = @d', d);

  count(
    'verstrekkingen',
    db
      .prepare("UPDATE verstrekking SET dossier_id = NULL, vernietiging_id = ?, ontvanger = '(vernietigd)', wat = ? WHERE dossier_id = ?")
      .run(vernietiging.id, `Gegevens uit vernietigd dossier ${vernietiging.zaaknummer}`, dossierId).changes,
  );

  // The betrokkenen: the links go; a betrokkene no other dossier refers to goes too, with its relations and search entry.
  run(db, 'DELETE FROM dossier_betrokkene WHERE dossier_id = @d', d);
  const kenmerken = [dossier.naam, dossier.adres];
  const removed: string[] = [];
  for (const betrokkeneId of betrokkenen) {
    if (stillReferred(db, betrokkeneId)) continue;
    const row = db.prepare('SELECT naam, adres, bsn, kvk_nummer AS kvk, geboorteplaats FROM betrokkene WHERE id = ?').get(betrokkeneId) as
      | { naam: string; adres: string; bsn: string | null; kvk: string | null; geboorteplaats: string | null }
      | undefined;
    if (!row) continue;
    kenmerken.push(row.naam, row.adres, row.bsn ?? '', row.kvk ?? '', row.geboorteplaats ?? '');
    db.prepare('DELETE FROM betrokkene_relatie WHERE van_id = ? OR naar_id = ?').run(betrokkeneId, betrokkeneId);
    removeEntry(db, 'betrokkene', betrokkeneId);
    db.prepare('DELETE FROM betrokkene WHERE id = ?').run(betrokkeneId);
    removed.push(betrokkeneId);
  }
  count('betrokkenen', removed.length);

  removeEntry(db, 'dossier', dossierId);
  db.prepare('DELETE FROM dossier WHERE id = ?').run(dossierId);
  return { aantallen, betrokkeneIds: removed, kenmerken: kenmerken.map((text) => text.trim()).filter((text) => text.length >= 4) };
}

/**
 * Rewrites the search index's segments, so the deleted entries' words leave its pages (an FTS5 delete alone only adds
 * a tombstone and leaves the old segment, with the words, until a merge).
 */
export function compactSearchIndex(db: VaultDatabase): void {
  db.prepare("INSERT INTO zoekindex (zoekindex) VALUES ('optimize')").run();
}

/**
 * The audit records whose details must go with the dossier: its own, those of its deleted betrokkenen, and any other
 * whose details name one of `kenmerken` (a search for a name, a relation). Their numbers, in order.
 */
export function auditRecordsToWipe(db: VaultDatabase, dossierId: string, destroyed: DestroyedData, folded: (text: string) => string): number[] {
  const seqs = new Set<number>();
  for (const row of db.prepare("SELECT seq FROM audit_log WHERE entity_type = 'dossier' AND entity_id = ? AND details_salt IS NOT NULL").all(dossierId) as { seq: number }[]) seqs.add(row.seq);
  for (const betrokkeneId of destroyed.betrokkeneIds) {
    for (const row of db.prepare("SELECT seq FROM audit_log WHERE ((entity_type = 'betrokkene' AND entity_id = @b) OR instr(details, @b) > 0) AND details_salt IS NOT NULL").all({ b: betrokkeneId }) as { seq: number }[]) {
      seqs.add(row.seq);
    }
  }
  const needles = destroyed.kenmerken.map((text) => JSON.stringify(text).slice(1, -1));
  const foldedKenmerken = destroyed.kenmerken.map(folded);
  const candidates = db.prepare("SELECT seq, action, details FROM audit_log WHERE details_salt IS NOT NULL AND details <> '{}'").all() as { seq: number; action: string; details: string }[];
  for (const row of candidates) {
    if (needles.some((needle) => row.details.includes(needle))) seqs.add(row.seq);
    else if (row.action === 'zoeken') {
      const term = folded(String((JSON.parse(row.details) as { zoekterm?: unknown }).zoekterm ?? '')).trim();
      if (term.length >= 3 && foldedKenmerken.some((kenmerk) => kenmerk.includes(term))) seqs.add(row.seq);
    }
  }
  return [...seqs].sort((a, b) => a - b);
}

export interface VernietigingRow {
  readonly id: string;
  readonly zaaknummer: string;
  readonly toepassingsgebied: string;
  readonly uitkomst: string | null;
  readonly ontvangenOp: string | null;
  readonly aangemaaktOp: string;
  readonly afgeslotenOp: string;
  readonly bewarenTot: string;
  readonly termijnJaren: number;
  readonly regel: string;
  readonly reden: string;
  readonly vernietigdDoor: string;
  readonly vernietigdOp: string;
  readonly aantallen: Record<string, number>;
}

export function insertVernietiging(db: VaultDatabase, row: VernietigingRow): void {
  db.prepare(
    `INSERT INTO vernietiging (id, zaaknummer, toepassingsgebied, uitkomst, ontvangen_op, aangemaakt_op, afgesloten_op, bewaren_tot, termijn_jaren, regel, reden, vernietigd_door, vernietigd_op, aantallen)
     VALUES (@id, @zaaknummer, @toepassingsgebied, @uitkomst, @ontvangenOp, @aangemaaktOp, @afgeslotenOp, @bewarenTot, @termijnJaren, @regel, @reden, @vernietigdDoor, @vernietigdOp, @aantallen)`,
  ).run({ ...row, aantallen: JSON.stringify(row.aantallen) });
}

export function listVernietigingen(db: VaultDatabase): VernietigingRow[] {
  const rows = db
    .prepare(
      `SELECT id, zaaknummer, toepassingsgebied, uitkomst, ontvangen_op AS ontvangenOp, aangemaakt_op AS aangemaaktOp, afgesloten_op AS afgeslotenOp,
        bewaren_tot AS bewarenTot, termijn_jaren AS termijnJaren, regel, reden, vernietigd_door AS vernietigdDoor, vernietigd_op AS vernietigdOp, aantallen
       FROM vernietiging ORDER BY vernietigd_op DESC, zaaknummer`,
    )
    .all() as (Omit<VernietigingRow, 'aantallen'> & { aantallen: string })[];
  return rows.map((row) => ({ ...row, aantallen: JSON.parse(row.aantallen) as Record<string, number> }));
}

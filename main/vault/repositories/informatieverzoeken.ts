import { isOpen, type Geadresseerde, type Informatieverzoek, type LbbGegevensverzoek, type VerzoekStatus } from '../../../src/domain/informatieverzoeken';
import type { Gebruiksbeperking } from '../../../src/domain/gebruiksbeperkingen';
import type { VaultDatabase } from '../database';
import { openDossierSql } from './dossiers';

/** A stored request, with its dossier, the reason of a withdrawal and the attachments of its answer. */
export interface StoredInformatieverzoek extends Informatieverzoek {
  readonly dossierId: string;
  readonly antwoordBijlagen: readonly string[];
  readonly antwoordBeperkingen: readonly Gebruiksbeperking[];
  readonly ingetrokkenReden: string | null;
  readonly createdAt: string;
}

interface Row {
  id: string;
  dossier_id: string;
  geadresseerde: Geadresseerde;
  geadresseerde_naam: string;
  vragen: string;
  status: VerzoekStatus;
  verzonden_op: string | null;
  uiterlijk_op: string | null;
  antwoord_ontvangen_op: string | null;
  antwoord_samenvatting: string | null;
  antwoord_bijlagen: string;
  antwoord_beperkingen: string;
  ingetrokken_reden: string | null;
  lbb_verlenging_gemeld_op: string | null;
  lbb_verlenging_weken: number | null;
  lbb_betrokkene_geinformeerd_op: string | null;
  created_at: string;
}

interface DataRequestRow {
  id: string;
  verzoek_id: string;
  omschrijving: string;
  verzocht_op: string;
  ontvangen_op: string | null;
}

function betrokkeneIdsOf(db: VaultDatabase, verzoekId: string): string[] {
  return (db.prepare('SELECT betrokkene_id FROM informatieverzoek_betrokkene WHERE verzoek_id = ? ORDER BY rowid').all(verzoekId) as { betrokkene_id: string }[]).map(
    (row) => row.betrokkene_id,
  );
}

function dataRequestsOf(db: VaultDatabase, verzoekId: string): LbbGegevensverzoek[] {
  return (db.prepare('SELECT id, verzoek_id, omschrijving, verzocht_op, ontvangen_op FROM lbb_gegevensverzoek WHERE verzoek_id = ? ORDER BY verzocht_op, created_at, rowid').all(verzoekId) as DataRequestRow[]).map(
    (row) => ({ id: row.id, omschrijving: row.omschrijving, verzochtOp: row.verzocht_op, ontvangenOp: row.ontvangen_op }),
  );
}

function toVerzoek(db: VaultDatabase, row: Row): StoredInformatieverzoek {
  return {
    id: row.id,
    dossierId: row.dossier_id,
    geadresseerde: row.geadresseerde,
    geadresseerdeNaam: row.geadresseerde_naam,
    betrokkeneIds: betrokkeneIdsOf(db, row.id),
    vragen: row.vragen,
    status: row.status,
    verzondenOp: row.verzonden_op,
    uiterlijkOp: row.uiterlijk_op,
    antwoord: row.antwoord_ontvangen_op !== null && row.antwoord_samenvatting !== null ? { ontvangenOp: row.antwoord_ontvangen_op, samenvatting: row.antwoord_samenvatting } : null,
    antwoordBijlagen: JSON.parse(row.antwoord_bijlagen) as string[],
    antwoordBeperkingen: JSON.parse(row.antwoord_beperkingen) as Gebruiksbeperking[],
    ingetrokkenReden: row.ingetrokken_reden,
    lbb:
      row.geadresseerde === 'lbb'
        ? {
            gegevensverzoeken: dataRequestsOf(db, row.id),
            verlenging: row.lbb_verlenging_gemeld_op !== null && row.lbb_verlenging_weken !== null ? { gemeldOp: row.lbb_verlenging_gemeld_op, weken: row.lbb_verlenging_weken } : null,
            betrokkeneGeinformeerdOp: row.lbb_betrokkene_geinformeerd_op,
          }
        : null,
    createdAt: row.created_at,
  };
}

const columns = `id, dossier_id, geadresseerde, geadresseerde_naam, vragen, status, verzonden_op, uiterlijk_op, antwoord_ontvangen_op,
  antwoord_samenvatting, antwoord_bijlagen, antwoord_beperkingen, ingetrokken_reden, lbb_verlenging_gemeld_op, lbb_verlenging_weken, lbb_betrokkene_geinformeerd_op, created_at`;

export interface NewStoredRequest {
  readonly id: string;
  readonly dossierId: string;
  readonly geadresseerde: Geadresseerde;
  readonly geadresseerdeNaam: string;
  readonly betrokkeneIds: readonly string[];
  readonly vragen: string;
}

export function insertInformatieverzoek(db: VaultDatabase, verzoek: NewStoredRequest, at: string): void {
  db.prepare(
    `INSERT INTO informatieverzoek (id, dossier_id, geadresseerde, geadresseerde_naam, vragen, status, created_at)
     VALUES (@id, @dossierId, @geadresseerde, @geadresseerdeNaam, @vragen, 'concept', @at)`,
  ).run({ ...verzoek, at });
  const link = db.prepare('INSERT INTO informatieverzoek_betrokkene (verzoek_id, betrokkene_id) VALUES (?, ?)');
  for (const betrokkeneId of new Set(verzoek.betrokkeneIds)) link.run(verzoek.id, betrokkeneId);
}

export function findInformatieverzoek(db: VaultDatabase, id: string): StoredInformatieverzoek | null {
  const row = db.prepare(`SELECT ${columns} FROM informatieverzoek WHERE id = ?`).get(id) as Row | undefined;
  return row ? toVerzoek(db, row) : null;
}

export function informatieverzoekenOfDossier(db: VaultDatabase, dossierId: string): StoredInformatieverzoek[] {
  return (db.prepare(`SELECT ${columns} FROM informatieverzoek WHERE dossier_id = ? ORDER BY created_at, rowid`).all(dossierId) as Row[]).map((row) => toVerzoek(db, row));
}

/** Only a concept can be deleted: a request that left the office is withdrawn instead, and stays on record. */
export function deleteConcept(db: VaultDatabase, id: string): boolean {
  if (db.prepare("SELECT 1 FROM informatieverzoek WHERE id = ? AND status = 'concept'").get(id) === undefined) return false;
  db.prepare('DELETE FROM informatieverzoek_betrokkene WHERE verzoek_id = ?').run(id);
  return db.prepare("DELETE FROM informatieverzoek WHERE id = ? AND status = 'concept'").run(id).changes === 1;
}

/** Each update names the status it expects, so that two windows cannot both move the same request. */
export function markSent(db: VaultDatabase, id: string, verzondenOp: string, uiterlijkOp: string): boolean {
  return db.prepare("UPDATE informatieverzoek SET status = 'verzonden', verzonden_op = ?, uiterlijk_op = ? WHERE id = ? AND status = 'concept'").run(verzondenOp, uiterlijkOp, id).changes === 1;
}

export function setDueDate(db: VaultDatabase, id: string, uiterlijkOp: string, status: 'verzonden' | 'verlengd'): boolean {
  return db.prepare("UPDATE informatieverzoek SET status = ?, uiterlijk_op = ? WHERE id = ? AND status IN ('verzonden', 'verlengd')").run(status, uiterlijkOp, id).changes === 1;
}

export function recordAnswer(db: VaultDatabase, id: string, answer: { ontvangenOp: string; samenvatting: string; bijlageIds: readonly string[]; beperkingen: readonly Gebruiksbeperking[] }): boolean {
  return (
    db
      .prepare(
        "UPDATE informatieverzoek SET status = 'beantwoord', antwoord_ontvangen_op = ?, antwoord_samenvatting = ?, antwoord_bijlagen = ?, antwoord_beperkingen = ? WHERE id = ? AND status IN ('verzonden', 'verlengd')",
      )
      .run(answer.ontvangenOp, answer.samenvatting, JSON.stringify([...new Set(answer.bijlageIds)]), JSON.stringify([...new Set(answer.beperkingen)]), id).changes === 1
  );
}

export function withdraw(db: VaultDatabase, id: string, reden: string): boolean {
  return db.prepare("UPDATE informatieverzoek SET status = 'ingetrokken', ingetrokken_reden = ? WHERE id = ? AND status IN ('verzonden', 'verlengd')").run(reden, id).changes === 1;
}

export function recordLbbExtension(db: VaultDatabase, id: string, gemeldOp: string, weken: number, uiterlijkOp: string): boolean {
  return (
    db
      .prepare(
        "UPDATE informatieverzoek SET lbb_verlenging_gemeld_op = ?, lbb_verlenging_weken = ?, uiterlijk_op = ?, status = 'verlengd' WHERE id = ? AND geadresseerde = 'lbb' AND status IN ('verzonden', 'verlengd') AND lbb_verlenging_weken IS NULL",
      )
      .run(gemeldOp, weken, uiterlijkOp, id).changes === 1
  );
}

export function recordBetrokkeneInformed(db: VaultDatabase, id: string, op: string): boolean {
  return db.prepare("UPDATE informatieverzoek SET lbb_betrokkene_geinformeerd_op = ? WHERE id = ? AND geadresseerde = 'lbb' AND lbb_betrokkene_geinformeerd_op IS NULL").run(op, id).changes === 1;
}

/** The LBB's due date moves with its requests for data; the service recomputes it and stores it here. */
export function updateDueDate(db: VaultDatabase, id: string, uiterlijkOp: string): void {
  db.prepare('UPDATE informatieverzoek SET uiterlijk_op = ? WHERE id = ?').run(uiterlijkOp, id);
}

export function insertLbbDataRequest(db: VaultDatabase, verzoekId: string, request: { id: string; omschrijving: string; verzochtOp: string }, at: string): void {
  db.prepare('INSERT INTO lbb_gegevensverzoek (id, verzoek_id, omschrijving, verzocht_op, ontvangen_op, created_at) VALUES (?, ?, ?, ?, NULL, ?)').run(
    request.id,
    verzoekId,
    request.omschrijving,
    request.verzochtOp,
    at,
  );
}

export function findLbbDataRequest(db: VaultDatabase, id: string): (LbbGegevensverzoek & { verzoekId: string }) | null {
  const row = db.prepare('SELECT id, verzoek_id, omschrijving, verzocht_op, ontvangen_op FROM lbb_gegevensverzoek WHERE id = ?').get(id) as DataRequestRow | undefined;
  return row ? { id: row.id, verzoekId: row.verzoek_id, omschrijving: row.omschrijving, verzochtOp: row.verzocht_op, ontvangenOp: row.ontvangen_op } : null;
}

export function recordLbbDataReceived(db: VaultDatabase, id: string, ontvangenOp: string): boolean {
  return db.prepare('UPDATE lbb_gegevensverzoek SET ontvangen_op = ? WHERE id = ? AND ontvangen_op IS NULL').run(ontvangenOp, id).changes === 1;
}

/** Merging betrokkenen: the requests that covered the removed record now cover the kept one. */
export function moveRequestBetrokkene(db: VaultDatabase, keepId: string, removeId: string): void {
  db.prepare('INSERT OR IGNORE INTO informatieverzoek_betrokkene (verzoek_id, betrokkene_id) SELECT verzoek_id, ? FROM informatieverzoek_betrokkene WHERE betrokkene_id = ?').run(keepId, removeId);
  db.prepare('DELETE FROM informatieverzoek_betrokkene WHERE betrokkene_id = ?').run(removeId);
}

/** What the agenda shows of the requests of open dossiers: due answers and advice, and art. 32 notices still owed. */
export interface RequestAgendaRow {
  readonly dossierId: string;
  readonly zaaknummer: string;
  readonly aanvragerNaam: string;
  readonly geadresseerde: Geadresseerde;
  readonly geadresseerdeNaam: string;
  readonly verzondenOp: string;
  readonly uiterlijkOp: string;
  /** Sent or extended: the answer is still awaited. */
  readonly open: boolean;
  readonly mededelingOpen: boolean;
}

export function requestsForAgenda(db: VaultDatabase, limit: number): RequestAgendaRow[] {
  const rows = db
    .prepare(
      `SELECT v.dossier_id, d.zaaknummer, d.aanvrager_naam, v.geadresseerde, v.geadresseerde_naam, v.verzonden_op, v.uiterlijk_op, v.status,
              v.lbb_betrokkene_geinformeerd_op
       FROM informatieverzoek v JOIN dossier d ON d.id = v.dossier_id
       WHERE d.${openDossierSql}
         AND (v.status IN ('verzonden', 'verlengd') OR (v.geadresseerde = 'lbb' AND v.status = 'beantwoord' AND v.lbb_betrokkene_geinformeerd_op IS NULL))
       ORDER BY v.uiterlijk_op, d.zaaknummer LIMIT @limit`,
    )
    .all({ limit }) as {
    dossier_id: string;
    zaaknummer: string;
    aanvrager_naam: string;
    geadresseerde: Geadresseerde;
    geadresseerde_naam: string;
    verzonden_op: string;
    uiterlijk_op: string;
    status: VerzoekStatus;
    lbb_betrokkene_geinformeerd_op: string | null;
  }[];
  return rows.map((row) => ({
    dossierId: row.dossier_id,
    zaaknummer: row.zaaknummer,
    aanvragerNaam: row.aanvrager_naam,
    geadresseerde: row.geadresseerde,
    geadresseerdeNaam: row.geadresseerde_naam,
    verzondenOp: row.verzonden_op,
    uiterlijkOp: row.uiterlijk_op,
    open: isOpen(row.status),
    mededelingOpen: row.geadresseerde === 'lbb' && row.lbb_betrokkene_geinformeerd_op === null,
  }));
}

/** Corrects the recorded answer or advice (issue 18 §2): date of receipt, summary, use restrictions. */
export function correctAnswer(db: VaultDatabase, id: string, answer: { ontvangenOp: string; samenvatting: string; beperkingen: readonly Gebruiksbeperking[] }): boolean {
  return (
    db
      .prepare("UPDATE informatieverzoek SET antwoord_ontvangen_op = ?, antwoord_samenvatting = ?, antwoord_beperkingen = ? WHERE id = ? AND status = 'beantwoord'")
      .run(answer.ontvangenOp, answer.samenvatting, JSON.stringify([...new Set(answer.beperkingen)]), id).changes === 1
  );
}

/**
 * Withdraws an answer recorded by mistake (issue 18 §2): the request is awaited again, with the status it had before
 * (`terugNaar`). What the answer said stays in the audit trail, not here.
 */
export function withdrawAnswer(db: VaultDatabase, id: string, terugNaar: 'verzonden' | 'verlengd'): boolean {
  return (
    db
      .prepare(
        "UPDATE informatieverzoek SET status = ?, antwoord_ontvangen_op = NULL, antwoord_samenvatting = NULL, antwoord_bijlagen = '[]', antwoord_beperkingen = '[]' WHERE id = ? AND status = 'beantwoord'",
      )
      .run(terugNaar, id).changes === 1
  );
}

/** Whether the request's due date was ever extended (the timeline keeps each extension with the request's id). */
export function requestWasExtended(db: VaultDatabase, dossierId: string, verzoekId: string): boolean {
  return (
    db
      .prepare("SELECT 1 FROM dossier_gebeurtenis WHERE dossier_id = ? AND soort IN ('verzoek.verlengd', 'lbb.verlengd') AND json_extract(gegevens, '$.verzoekId') = ? LIMIT 1")
      .get(dossierId, verzoekId) !== undefined
  );
}

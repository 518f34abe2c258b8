import type { Aanvulling, Herstelverzoek } from '../../../src/domain/herstel';
import type { VaultDatabase } from '../database';

export interface StoredHerstelverzoek extends Herstelverzoek {
  readonly id: string;
  /** What was missing and why, as sent to the applicant. */
  readonly ontbrekend: { omschrijving: string; waarom: string }[];
}

interface Row {
  id: string;
  verzonden_op: string;
  termijn_tot: string;
  ontbrekend: string;
  aangevuld_op: string | null;
  aanvulling: Aanvulling | null;
}

function toVerzoek(row: Row): StoredHerstelverzoek {
  return {
    id: row.id,
    verzondenOp: row.verzonden_op,
    termijnTot: row.termijn_tot,
    ontbrekend: JSON.parse(row.ontbrekend) as StoredHerstelverzoek['ontbrekend'],
    aangevuldOp: row.aangevuld_op,
    aanvulling: row.aanvulling,
  };
}

export function insertHerstelverzoek(db: VaultDatabase, dossierId: string, verzoek: StoredHerstelverzoek, at: string): void {
  db.prepare(
    'INSERT INTO herstelverzoek (id, dossier_id, verzonden_op, termijn_tot, ontbrekend, aangevuld_op, aanvulling, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(verzoek.id, dossierId, verzoek.verzondenOp, verzoek.termijnTot, JSON.stringify(verzoek.ontbrekend), verzoek.aangevuldOp, verzoek.aanvulling, at);
}

export function recordAanvulling(db: VaultDatabase, id: string, aangevuldOp: string, aanvulling: Aanvulling): boolean {
  return db.prepare('UPDATE herstelverzoek SET aangevuld_op = ?, aanvulling = ? WHERE id = ? AND aanvulling IS NULL').run(aangevuldOp, aanvulling, id).changes === 1;
}

/** Marks a herstelverzoek withdrawn; from then on it counts nowhere. False when it was withdrawn already. */
export function withdrawHerstelverzoek(db: VaultDatabase, id: string, reden: string, at: string): boolean {
  return db.prepare('UPDATE herstelverzoek SET ingetrokken_op = ?, ingetrokken_reden = ? WHERE id = ? AND ingetrokken_op IS NULL').run(at, reden, id).changes === 1;
}

/** The herstelverzoeken that count: withdrawn ones are left out. */
export function herstelverzoekenOfDossier(db: VaultDatabase, dossierId: string): StoredHerstelverzoek[] {
  return (db.prepare('SELECT id, verzonden_op, termijn_tot, ontbrekend, aangevuld_op, aanvulling FROM herstelverzoek WHERE dossier_id = ? AND ingetrokken_op IS NULL ORDER BY verzonden_op, created_at').all(dossierId) as Row[]).map(toVerzoek);
}

export function findHerstelverzoek(db: VaultDatabase, id: string): (StoredHerstelverzoek & { dossierId: string }) | null {
  const row = db.prepare('SELECT id, dossier_id, verzonden_op, termijn_tot, ontbrekend, aangevuld_op, aanvulling FROM herstelverzoek WHERE id = ? AND ingetrokken_op IS NULL').get(id) as (Row & { dossier_id: string }) | undefined;
  return row ? { ...toVerzoek(row), dossierId: row.dossier_id } : null;
}

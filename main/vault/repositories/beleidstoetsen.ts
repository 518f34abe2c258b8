import type { BeleidsReden, BeleidsVersie, Gebiedsbeleid, IntakeAntwoorden } from '../../../src/domain/beleid';
import type { VaultDatabase } from '../database';

/** A dossier's beleidstoets as stored (migration 031). */
export interface StoredBeleidstoets {
  readonly beleid: BeleidsVersie;
  /** The criteria of the dossier's toepassingsgebied as they stood when tested; null: the beleid did not cover it. */
  readonly criteria: Gebiedsbeleid | null;
  readonly antwoorden: IntakeAntwoorden;
  readonly adviesToepassen: boolean;
  readonly redenen: readonly BeleidsReden[];
  readonly toepassen: boolean;
  readonly afwijkingReden: string | null;
  readonly vastgelegdOp: string;
  readonly vastgelegdDoor: string;
  readonly gecorrigeerdOp: string | null;
  readonly gecorrigeerdDoor: string | null;
  readonly correctieReden: string | null;
}

interface Row {
  beleid_naam: string;
  beleid_versie: string;
  beleid_vastgesteld_op: string;
  beleid_voorbeeld: number;
  criteria: string;
  antwoorden: string;
  advies_toepassen: number;
  redenen: string;
  toepassen: number;
  afwijking_reden: string | null;
  vastgelegd_op: string;
  vastgelegd_door: string;
  gecorrigeerd_op: string | null;
  gecorrigeerd_door: string | null;
  correctie_reden: string | null;
}

export function findBeleidstoets(db: VaultDatabase, dossierId: string): StoredBeleidstoets | null {
  const row = db.prepare('SELECT * FROM beleidstoets WHERE dossier_id = ?').get(dossierId) as Row | undefined;
  if (!row) return null;
  return {
    beleid: { naam: row.beleid_naam, versie: row.beleid_versie, vastgesteldOp: row.beleid_vastgesteld_op, voorbeeld: row.beleid_voorbeeld === 1 },
    criteria: JSON.parse(row.criteria) as Gebiedsbeleid | null,
    antwoorden: JSON.parse(row.antwoorden) as IntakeAntwoorden,
    adviesToepassen: row.advies_toepassen === 1,
    redenen: JSON.parse(row.redenen) as BeleidsReden[],
    toepassen: row.toepassen === 1,
    afwijkingReden: row.afwijking_reden,
    vastgelegdOp: row.vastgelegd_op,
    vastgelegdDoor: row.vastgelegd_door,
    gecorrigeerdOp: row.gecorrigeerd_op,
    gecorrigeerdDoor: row.gecorrigeerd_door,
    correctieReden: row.correctie_reden,
  };
}

type Uitkomst = Pick<StoredBeleidstoets, 'antwoorden' | 'adviesToepassen' | 'redenen' | 'toepassen' | 'afwijkingReden'>;

/** The columns antwoorden, advies_toepassen, redenen, toepassen and afwijking_reden, in that order. */
function uitkomstValues(uitkomst: Uitkomst): (string | number | null)[] {
  return [JSON.stringify(uitkomst.antwoorden), uitkomst.adviesToepassen ? 1 : 0, JSON.stringify(uitkomst.redenen), uitkomst.toepassen ? 1 : 0, uitkomst.afwijkingReden];
}

export function insertBeleidstoets(db: VaultDatabase, dossierId: string, toets: StoredBeleidstoets): void {
  db.prepare(
    `INSERT INTO beleidstoets (dossier_id, beleid_naam, beleid_versie, beleid_vastgesteld_op, beleid_voorbeeld, criteria, antwoorden, advies_toepassen,
       redenen, toepassen, afwijking_reden, vastgelegd_op, vastgelegd_door, gecorrigeerd_op, gecorrigeerd_door, correctie_reden)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL)`,
  ).run(
    dossierId,
    toets.beleid.naam,
    toets.beleid.versie,
    toets.beleid.vastgesteldOp,
    toets.beleid.voorbeeld ? 1 : 0,
    JSON.stringify(toets.criteria),
    ...uitkomstValues(toets),
    toets.vastgelegdOp,
    toets.vastgelegdDoor,
  );
}

/** A correction: new answers, advice and decision against the same stored criteria and beleid version. */
export function correctBeleidstoets(
  db: VaultDatabase,
  dossierId: string,
  correctie: Uitkomst & { op: string; door: string; reden: string },
): void {
  db.prepare(
    `UPDATE beleidstoets SET antwoorden = ?, advies_toepassen = ?, redenen = ?, toepassen = ?, afwijking_reden = ?,
       gecorrigeerd_op = ?, gecorrigeerd_door = ?, correctie_reden = ? WHERE dossier_id = ?`,
  ).run(...uitkomstValues(correctie), correctie.op, correctie.door, correctie.reden, dossierId);
}

import { beoordelingSchema, EMPTY_BEOORDELING, proposedMeasureSchema, type Beoordeling, type ProposedMeasure } from '../../../src/domain/beoordeling';
import type { VaultDatabase } from '../database';

export interface StoredBeoordeling {
  readonly beoordeling: Beoordeling;
  readonly voorgesteldeMaatregel: ProposedMeasure;
  readonly terugtrekkingVermoed: boolean;
  readonly terugtrekkingToelichting: string;
  /** False while nothing was saved: the empty assessment is shown. */
  readonly vastgelegd: boolean;
}

const EMPTY: StoredBeoordeling = { beoordeling: EMPTY_BEOORDELING, voorgesteldeMaatregel: null, terugtrekkingVermoed: false, terugtrekkingToelichting: '', vastgelegd: false };

/** The stored assessment, validated on read: a document another version wrote and this one cannot read shows as empty rather than wrong. */
export function readBeoordeling(db: VaultDatabase, dossierId: string): StoredBeoordeling {
  const row = db.prepare('SELECT gegevens, voorgestelde_maatregel, terugtrekking_vermoed, terugtrekking_toelichting FROM beoordeling WHERE dossier_id = ?').get(dossierId) as
    | { gegevens: string; voorgestelde_maatregel: string | null; terugtrekking_vermoed: number; terugtrekking_toelichting: string }
    | undefined;
  if (!row) return EMPTY;
  const beoordeling = beoordelingSchema.safeParse(JSON.parse(row.gegevens));
  const maatregel = proposedMeasureSchema.safeParse(row.voorgestelde_maatregel);
  return {
    beoordeling: beoordeling.success ? beoordeling.data : EMPTY_BEOORDELING,
    voorgesteldeMaatregel: maatregel.success ? maatregel.data : null,
    terugtrekkingVermoed: row.terugtrekking_vermoed === 1,
    terugtrekkingToelichting: row.terugtrekking_toelichting,
    vastgelegd: true,
  };
}

export function writeBeoordeling(db: VaultDatabase, dossierId: string, stored: Omit<StoredBeoordeling, 'vastgelegd'>, at: string): void {
  db.prepare(
    `INSERT INTO beoordeling (dossier_id, gegevens, voorgestelde_maatregel, terugtrekking_vermoed, terugtrekking_toelichting, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (dossier_id) DO UPDATE SET gegevens = excluded.gegevens, voorgestelde_maatregel = excluded.voorgestelde_maatregel,
       terugtrekking_vermoed = excluded.terugtrekking_vermoed, terugtrekking_toelichting = excluded.terugtrekking_toelichting, updated_at = excluded.updated_at`,
  ).run(dossierId, JSON.stringify(stored.beoordeling), stored.voorgesteldeMaatregel, stored.terugtrekkingVermoed ? 1 : 0, stored.terugtrekkingToelichting, at);
}

export interface StoredMelding {
  readonly id: string;
  readonly grondslag: string;
  readonly conclusie: string | null;
  readonly gemeldOp: string;
  readonly kenmerk: string;
  readonly createdAt: string;
}

export function insertMelding(db: VaultDatabase, dossierId: string, melding: Omit<StoredMelding, 'createdAt'>, at: string): void {
  db.prepare('INSERT INTO melding_lbb (id, dossier_id, grondslag, conclusie, gemeld_op, kenmerk, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    melding.id,
    dossierId,
    melding.grondslag,
    melding.conclusie,
    melding.gemeldOp,
    melding.kenmerk,
    at,
  );
}

export function meldingenOfDossier(db: VaultDatabase, dossierId: string): StoredMelding[] {
  return (
    db.prepare('SELECT id, grondslag, conclusie, gemeld_op, kenmerk, created_at FROM melding_lbb WHERE dossier_id = ? ORDER BY created_at, rowid').all(dossierId) as {
      id: string;
      grondslag: string;
      conclusie: string | null;
      gemeld_op: string;
      kenmerk: string;
      created_at: string;
    }[]
  ).map((row) => ({ id: row.id, grondslag: row.grondslag, conclusie: row.conclusie, gemeldOp: row.gemeld_op, kenmerk: row.kenmerk, createdAt: row.created_at }));
}

/** Merging betrokkenen: findings and relations about the removed record now concern the kept one. */
export function moveAssessmentBetrokkene(db: VaultDatabase, keepId: string, removeId: string): void {
  const rows = db.prepare("SELECT dossier_id, gegevens FROM beoordeling WHERE instr(gegevens, ?) > 0").all(removeId) as { dossier_id: string; gegevens: string }[];
  for (const row of rows) {
    // Ids are UUIDs: replacing the quoted id replaces exactly the references to this record.
    db.prepare('UPDATE beoordeling SET gegevens = ? WHERE dossier_id = ?').run(row.gegevens.split(`"${removeId}"`).join(`"${keepId}"`), row.dossier_id);
  }
}

import type { BriefOpmaak, Doorbreking } from '../../../src/domain/brieven';
import type { BriefVerstrekking } from '../../../src/domain/verstrekking';
import type { VaultDatabase } from '../database';

export interface StoredBrief {
  readonly id: string;
  readonly dossierId: string;
  readonly soort: string;
  readonly titel: string;
  readonly sha256: string;
  readonly grootte: number;
  readonly doorbrekingen: readonly Doorbreking[];
  readonly gemaaktOp: string;
  readonly gemaaktDoor: string;
  /** The template version it was made from; 0 is the standard template. */
  readonly sjabloonVersie: number;
}

interface Row {
  id: string;
  dossier_id: string;
  soort: string;
  titel: string;
  sha256: string;
  grootte: number;
  doorbrekingen: string;
  gemaakt_op: string;
  gemaakt_door: string;
  sjabloon_versie: number;
}

function toBrief(row: Row): StoredBrief {
  return {
    id: row.id,
    dossierId: row.dossier_id,
    soort: row.soort,
    titel: row.titel,
    sha256: row.sha256,
    grootte: row.grootte,
    doorbrekingen: JSON.parse(row.doorbrekingen) as Doorbreking[],
    gemaaktOp: row.gemaakt_op,
    gemaaktDoor: row.gemaakt_door,
    sjabloonVersie: row.sjabloon_versie,
  };
}

const columns = 'id, dossier_id, soort, titel, sha256, length(inhoud) AS grootte, doorbrekingen, gemaakt_op, gemaakt_door, sjabloon_versie';

/** A document that goes with the letter (the form with the toezending), kept with it. */
export interface BriefBijlage {
  readonly naam: string;
  readonly inhoud: Buffer;
}

export function insertBrief(
  db: VaultDatabase,
  brief: Omit<StoredBrief, 'grootte'>,
  inhoud: Buffer,
  opmaak: BriefOpmaak | null = null,
  extra: { bijlage?: BriefBijlage | undefined; verstrekking?: BriefVerstrekking | undefined } = {},
): void {
  db.prepare('INSERT INTO brief (id, dossier_id, soort, titel, sha256, inhoud, doorbrekingen, gemaakt_op, gemaakt_door, sjabloon_versie, opmaak, bijlage, bijlage_naam, verstrekking) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    brief.id,
    brief.dossierId,
    brief.soort,
    brief.titel,
    brief.sha256,
    inhoud,
    JSON.stringify(brief.doorbrekingen),
    brief.gemaaktOp,
    brief.gemaaktDoor,
    brief.sjabloonVersie,
    opmaak === null ? null : JSON.stringify(opmaak),
    extra.bijlage?.inhoud ?? null,
    extra.bijlage?.naam ?? null,
    extra.verstrekking ? JSON.stringify(extra.verstrekking) : null,
  );
}

/** The document that goes with the letter, or null. */
export function briefBijlage(db: VaultDatabase, id: string): BriefBijlage | null {
  const row = db.prepare('SELECT bijlage, bijlage_naam FROM brief WHERE id = ?').get(id) as { bijlage: Buffer | null; bijlage_naam: string | null } | undefined;
  return row?.bijlage && row.bijlage_naam ? { naam: row.bijlage_naam, inhoud: row.bijlage } : null;
}

/** What the letter's export is, as decided when it was made; null for a letter made before that was kept. */
export function briefVerstrekking(db: VaultDatabase, id: string): BriefVerstrekking | null {
  const row = db.prepare('SELECT verstrekking FROM brief WHERE id = ?').get(id) as { verstrekking: string | null } | undefined;
  return row?.verstrekking ? (JSON.parse(row.verstrekking) as BriefVerstrekking) : null;
}

export function brievenOfDossier(db: VaultDatabase, dossierId: string): StoredBrief[] {
  return (db.prepare(`SELECT ${columns} FROM brief WHERE dossier_id = ? ORDER BY gemaakt_op, rowid`).all(dossierId) as Row[]).map(toBrief);
}

export function findBrief(db: VaultDatabase, id: string): StoredBrief | null {
  const row = db.prepare(`SELECT ${columns} FROM brief WHERE id = ?`).get(id) as Row | undefined;
  return row ? toBrief(row) : null;
}

export function briefInhoud(db: VaultDatabase, id: string): Buffer | null {
  const row = db.prepare('SELECT inhoud FROM brief WHERE id = ?').get(id) as { inhoud: Buffer } | undefined;
  return row?.inhoud ?? null;
}

/** The content and layout a letter was made with (for print-to-PDF); null for a letter made before this was kept. */
export function briefOpmaak(db: VaultDatabase, id: string): BriefOpmaak | null {
  const row = db.prepare('SELECT opmaak FROM brief WHERE id = ?').get(id) as { opmaak: string | null } | undefined;
  return row?.opmaak ? (JSON.parse(row.opmaak) as BriefOpmaak) : null;
}

/** The name of the document that goes with the letter, without reading it; null when there is none. */
export function briefBijlageNaam(db: VaultDatabase, id: string): string | null {
  const row = db.prepare('SELECT bijlage_naam FROM brief WHERE id = ?').get(id) as { bijlage_naam: string | null } | undefined;
  return row?.bijlage_naam ?? null;
}

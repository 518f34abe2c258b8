import type { OverdrachtOntvanger, PakketSoort } from '../../../src/domain/overdracht';
import type { VaultDatabase } from '../database';

/** The bookkeeping of the overdracht (migration 034): the packages log, the receipts, the sender's history, the notes. */

export interface OverdrachtLogEntry {
  readonly id: string;
  readonly richting: 'verzonden' | 'ontvangen';
  readonly soort: PakketSoort;
  readonly ontvangerSoort: OverdrachtOntvanger;
  readonly ontvanger: string;
  readonly afzenderNaam: string;
  readonly afzenderOrganisatie: string;
  readonly grondslag: string;
  readonly zaaknummers: readonly string[];
  readonly op: string;
  readonly door: string;
}

export function insertOverdrachtLog(db: VaultDatabase, entry: OverdrachtLogEntry): void {
  db.prepare(
    `INSERT INTO overdracht (id, richting, soort, ontvanger_soort, ontvanger, afzender_naam, afzender_organisatie, grondslag, zaaknummers, op, door)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(entry.id, entry.richting, entry.soort, entry.ontvangerSoort, entry.ontvanger, entry.afzenderNaam, entry.afzenderOrganisatie, entry.grondslag, JSON.stringify(entry.zaaknummers), entry.op, entry.door);
}

export function overdrachtLog(db: VaultDatabase): OverdrachtLogEntry[] {
  const rows = db.prepare('SELECT * FROM overdracht ORDER BY op DESC, rowid DESC LIMIT 200').all() as Record<string, string>[];
  return rows.map((row) => ({
    id: row.id!,
    richting: row.richting as OverdrachtLogEntry['richting'],
    soort: row.soort as PakketSoort,
    ontvangerSoort: row.ontvanger_soort as OverdrachtOntvanger,
    ontvanger: row.ontvanger!,
    afzenderNaam: row.afzender_naam!,
    afzenderOrganisatie: row.afzender_organisatie!,
    grondslag: row.grondslag!,
    zaaknummers: JSON.parse(row.zaaknummers!) as string[],
    op: row.op!,
    door: row.door!,
  }));
}

export function packageKnown(db: VaultDatabase, pakketId: string): boolean {
  return db.prepare("SELECT 1 FROM overdracht WHERE id = ? AND richting = 'ontvangen'").get(pakketId) !== undefined;
}

export interface Ontvangst {
  readonly dossierId: string;
  readonly pakketId: string;
  readonly afzenderNaam: string;
  readonly afzenderOrganisatie: string;
  readonly ontvangerSoort: OverdrachtOntvanger;
  readonly verzondenOp: string;
  readonly ontvangenOp: string;
  readonly zaaknummerAfzender: string;
}

export function insertOntvangst(db: VaultDatabase, ontvangst: Ontvangst): void {
  db.prepare(
    `INSERT INTO overdracht_ontvangst (dossier_id, pakket_id, afzender_naam, afzender_organisatie, ontvanger_soort, verzonden_op, ontvangen_op, zaaknummer_afzender)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(ontvangst.dossierId, ontvangst.pakketId, ontvangst.afzenderNaam, ontvangst.afzenderOrganisatie, ontvangst.ontvangerSoort, ontvangst.verzondenOp, ontvangst.ontvangenOp, ontvangst.zaaknummerAfzender);
}

export function findOntvangst(db: VaultDatabase, dossierId: string): Ontvangst | null {
  const row = db.prepare('SELECT * FROM overdracht_ontvangst WHERE dossier_id = ?').get(dossierId) as Record<string, string> | undefined;
  if (!row) return null;
  return {
    dossierId: row.dossier_id!,
    pakketId: row.pakket_id!,
    afzenderNaam: row.afzender_naam!,
    afzenderOrganisatie: row.afzender_organisatie!,
    ontvangerSoort: row.ontvanger_soort as OverdrachtOntvanger,
    verzondenOp: row.verzonden_op!,
    ontvangenOp: row.ontvangen_op!,
    zaaknummerAfzender: row.zaaknummer_afzender!,
  };
}

export interface GeschiedenisRegel {
  readonly volgnummer: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly details: string;
  readonly hash: string;
}

export function insertGeschiedenis(db: VaultDatabase, dossierId: string, regels: readonly GeschiedenisRegel[]): void {
  const insert = db.prepare('INSERT INTO overdracht_geschiedenis (dossier_id, volgnummer, at, actor, action, details, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const regel of regels) insert.run(dossierId, regel.volgnummer, regel.at, regel.actor, regel.action, regel.details, regel.hash);
}

export function geschiedenisOf(db: VaultDatabase, dossierId: string): GeschiedenisRegel[] {
  return db.prepare('SELECT volgnummer, at, actor, action, details, hash FROM overdracht_geschiedenis WHERE dossier_id = ? ORDER BY volgnummer').all(dossierId) as GeschiedenisRegel[];
}

export interface ReactieNotitie {
  readonly id: string;
  readonly dossierId: string;
  readonly tekst: string;
  readonly auteur: string;
  readonly organisatie: string;
  readonly gemaaktOp: string;
  readonly pakketId: string | null;
  readonly ontvangenOp: string | null;
}

export function insertReactieNotitie(db: VaultDatabase, notitie: ReactieNotitie): void {
  db.prepare('INSERT INTO reactie_notitie (id, dossier_id, tekst, auteur, organisatie, gemaakt_op, pakket_id, ontvangen_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    notitie.id,
    notitie.dossierId,
    notitie.tekst,
    notitie.auteur,
    notitie.organisatie,
    notitie.gemaaktOp,
    notitie.pakketId,
    notitie.ontvangenOp,
  );
}

export function reactieNotitieExists(db: VaultDatabase, id: string): boolean {
  return db.prepare('SELECT 1 FROM reactie_notitie WHERE id = ?').get(id) !== undefined;
}

export function reactieNotitiesOf(db: VaultDatabase, dossierId: string): ReactieNotitie[] {
  const rows = db.prepare('SELECT * FROM reactie_notitie WHERE dossier_id = ? ORDER BY gemaakt_op, rowid').all(dossierId) as Record<string, string | null>[];
  return rows.map((row) => ({
    id: row.id!,
    dossierId: row.dossier_id!,
    tekst: row.tekst!,
    auteur: row.auteur!,
    organisatie: row.organisatie!,
    gemaaktOp: row.gemaakt_op!,
    pakketId: row.pakket_id ?? null,
    ontvangenOp: row.ontvangen_op ?? null,
  }));
}

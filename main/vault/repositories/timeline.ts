import type { VaultDatabase } from '../database';

export interface TimelineEvent {
  at: string;
  soort: string;
  omschrijving: string;
}

export function appendTimelineEvent(db: VaultDatabase, dossierId: string, event: TimelineEvent, gegevens: Record<string, unknown> = {}): void {
  db.prepare('INSERT INTO dossier_gebeurtenis (dossier_id, at, soort, omschrijving, gegevens) VALUES (?, ?, ?, ?, ?)').run(
    dossierId,
    event.at,
    event.soort,
    event.omschrijving,
    JSON.stringify(gegevens),
  );
}

export function timelineOfDossier(db: VaultDatabase, dossierId: string): TimelineEvent[] {
  return db.prepare('SELECT at, soort, omschrijving FROM dossier_gebeurtenis WHERE dossier_id = ? ORDER BY seq').all(dossierId) as TimelineEvent[];
}

/** Whether the dossier's timeline has an entry of `soort` recorded with `key` = `value` in its data. */
export function timelineHasEntry(db: VaultDatabase, dossierId: string, soort: string, key: string, value: string): boolean {
  return db.prepare("SELECT 1 FROM dossier_gebeurtenis WHERE dossier_id = ? AND soort = ? AND json_extract(gegevens, '$.' || ?) = ? LIMIT 1").get(dossierId, soort, key, value) !== undefined;
}

/** The phase move a recorded step caused (see movePhaseForStep), found by the step's id in its data, e.g. herstelId. */
export function phaseMoveCausedBy(db: VaultDatabase, dossierId: string, key: 'herstelId', id: string): { van: string; naar: string } | null {
  const row = db
    .prepare(`SELECT json_extract(gegevens, '$.van') AS van, json_extract(gegevens, '$.naar') AS naar FROM dossier_gebeurtenis WHERE dossier_id = ? AND soort = 'fase.vooruit' AND json_extract(gegevens, '$.${key}') = ? ORDER BY seq DESC LIMIT 1`)
    .get(dossierId, id) as { van: string; naar: string } | undefined;
  return row ?? null;
}

/** When the dossier was last closed (the closing moves migration 15 keeps), or null when it never was. */
export function lastClosingAt(db: VaultDatabase, dossierId: string): string | null {
  const row = db.prepare('SELECT at FROM afsluiting WHERE dossier_id = ? ORDER BY seq DESC LIMIT 1').get(dossierId) as { at: string } | undefined;
  return row?.at ?? null;
}

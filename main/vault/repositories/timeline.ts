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

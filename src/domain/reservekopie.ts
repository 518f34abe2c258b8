/**
 * Reservekopieën (backups) of the vault: which snapshots rotation keeps, which shared attachment files it may remove,
 * and when the dashboard warns that the last good backup is too old. Pure rules; the files are handled in main/vault.
 *
 * These are rules of the app's own care for its data, not of the Wet Bibob. They bear on the AVG's storage limitation
 * (art. 5 lid 1 sub e): data a coordinator destroys in the vault stays in older snapshots until rotation removes them,
 * at most `bewaren` backups later (the user guide says so).
 */

/** How many snapshots are kept when the coordinator has not chosen: one week of daily backups. */
export const DEFAULT_BEWAREN = 7;
export const MIN_BEWAREN = 1;
export const MAX_BEWAREN = 365;

/** After this many days without a good backup the dashboard warns. */
export const BACKUP_OVERDUE_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The snapshots rotation removes: all but the `bewaren` newest. Names are UTC timestamps, so their order is their
 * age; a name that is no timestamp is left alone (it is not the app's).
 */
export function snapshotsToRemove(names: readonly string[], bewaren: number): string[] {
  const ours = names.filter(isSnapshotName).sort();
  const keep = Math.max(MIN_BEWAREN, Math.floor(bewaren));
  return ours.slice(0, Math.max(0, ours.length - keep));
}

/** The attachment files in the shared folder that no kept snapshot names any more. */
export function attachmentsToRemove(present: readonly string[], namedByKept: Iterable<string>): string[] {
  const named = new Set(namedByKept);
  return present.filter((name) => !named.has(name)).sort();
}

/** A snapshot's folder name: the UTC time it was taken, as 2026-12-02T07-40-05-123Z (an ISO time with : and . replaced). */
export function snapshotName(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

const SNAPSHOT_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-\d+)?$/;

export function isSnapshotName(name: string): boolean {
  return SNAPSHOT_NAME.test(name);
}

export interface BackupOverdue {
  readonly achterstallig: boolean;
  /** What the dashboard says, in Dutch. */
  readonly melding: string;
}

/**
 * Whether the dashboard warns: when no backup ever succeeded, or the last good one is more than BACKUP_OVERDUE_DAYS
 * days old (exactly seven days is not yet "more than a week"). `sinds` is when backing up became possible (the vault
 * was created or the folder chosen): a vault younger than a week without a backup gets no warning yet, only a hint.
 */
export function backupOverdue(laatsteGoede: string | null, sinds: string | null, now: Date): BackupOverdue {
  if (laatsteGoede !== null) {
    const age = now.getTime() - Date.parse(laatsteGoede);
    if (age > BACKUP_OVERDUE_DAYS * DAY_MS) {
      const dagen = Math.floor(age / DAY_MS);
      return { achterstallig: true, melding: `De laatste geslaagde reservekopie is ${dagen} dagen oud. Maak een nieuwe reservekopie.` };
    }
    return { achterstallig: false, melding: 'Er is een recente geslaagde reservekopie.' };
  }
  if (sinds !== null && now.getTime() - Date.parse(sinds) <= BACKUP_OVERDUE_DAYS * DAY_MS) {
    return { achterstallig: false, melding: 'Er is nog geen reservekopie. Kies bij Instellingen een map voor reservekopieën.' };
  }
  return { achterstallig: true, melding: 'Er is al meer dan een week geen geslaagde reservekopie. Kies bij Instellingen een map en maak een reservekopie.' };
}

/** Whether an automatic backup at unlock is due: none was made yet on this (Amsterdam) day. */
export function firstUnlockOfDay(laatsteAutomatischeDag: string | null, vandaag: string): boolean {
  return laatsteAutomatischeDag === null || laatsteAutomatischeDag < vandaag;
}

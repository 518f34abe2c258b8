import { randomUUID } from 'node:crypto';
import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CallOutput, ParsedInput } from '../../src/contract';
import { BibobError } from '../../src/contract/errors';
import { backupOverdue, DEFAULT_BEWAREN, firstUnlockOfDay, MAX_BEWAREN, MIN_BEWAREN } from '../../src/domain/reservekopie';
import { readSetting, writeSetting } from '../vault/repositories/settings';
import { insertBackupRecord, latestBackupRecord, recentBackupRecords, type BackupAanleiding, type BackupRecord } from '../vault/repositories/reservekopieen';
import { backupLayout, listSnapshots } from '../vault/snapshot';
import type { VaultDatabase } from '../vault/database';
import { inTransactionWithAudit, today, type ServiceContext } from './context';
import { auditMissingFilesAtUnlock } from './attachmentService';

type BackupStatus = CallOutput<'reservekopie.status'>;

export const BACKUP_FOLDER_SETTING = 'reservekopie.map';
export const BACKUP_KEEP_SETTING = 'reservekopie.bewaren';

function backupFolder(db: VaultDatabase): string | null {
  return readSetting(db, BACKUP_FOLDER_SETTING);
}

function keepCount(db: VaultDatabase): number {
  const stored = Number(readSetting(db, BACKUP_KEEP_SETTING));
  return Number.isInteger(stored) && stored >= MIN_BEWAREN && stored <= MAX_BEWAREN ? stored : DEFAULT_BEWAREN;
}

/** When backing up became possible: the vault's first audit record (its creation). */
function vaultSince(db: VaultDatabase): string | null {
  return (db.prepare('SELECT at FROM audit_log ORDER BY seq LIMIT 1').get() as { at: string } | undefined)?.at ?? null;
}

export function backupStatus(ctx: ServiceContext): BackupStatus {
  const db = ctx.vault.database();
  const laatsteGeslaagd = latestBackupRecord(db, true);
  const overdue = backupOverdue(laatsteGeslaagd?.gemaaktOp ?? null, vaultSince(db), ctx.now());
  return {
    map: backupFolder(db),
    bewaren: keepCount(db),
    laatste: latestBackupRecord(db, false),
    laatsteGeslaagd,
    achterstallig: overdue.achterstallig,
    melding: overdue.melding,
    recent: recentBackupRecords(db, 5),
  };
}

function requireFolderSource(ctx: ServiceContext) {
  if (!ctx.backupFolders) throw new BibobError('CONFLICT', 'Een map kiezen kan hier niet.');
  return ctx.backupFolders;
}

/** A backup inside the data folder is lost with it: refuse such a folder, and one that is not a folder. */
function folderProblem(ctx: ServiceContext, folder: string): string | null {
  if (!path.isAbsolute(folder) || !existsSync(folder) || !statSync(folder).isDirectory()) return 'Deze map bestaat niet of is geen map.';
  const relative = path.relative(path.resolve(ctx.vault.files.folder), path.resolve(folder));
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
    return 'Kies een map buiten de gegevensmap van de kluis: een reservekopie daarin gaat samen met de kluis verloren.';
  }
  return null;
}

/** Asks (in main: a folder dialog) where backups go and keeps the choice as a setting in the vault. */
export async function chooseBackupFolder(ctx: ServiceContext): Promise<BackupStatus> {
  ctx.vault.database();
  const folder = await requireFolderSource(ctx).chooseFolder('reservekopie');
  if (folder === null) return backupStatus(ctx);
  const problem = folderProblem(ctx, folder);
  if (problem) throw new BibobError('VALIDATION', problem, { issues: [{ path: 'map', message: problem }] });
  inTransactionWithAudit(ctx, (db) => {
    const before = backupFolder(db);
    writeSetting(db, BACKUP_FOLDER_SETTING, path.resolve(folder));
    return { result: undefined, audit: { action: 'reservekopie.map-gekozen', entityType: 'kluis', entityId: null, details: { map: [before, path.resolve(folder)] } } };
  });
  return backupStatus(ctx);
}

export function setBackupKeep(ctx: ServiceContext, { bewaren }: ParsedInput<'reservekopie.setKeep'>): BackupStatus {
  inTransactionWithAudit(ctx, (db) => {
    const before = keepCount(db);
    writeSetting(db, BACKUP_KEEP_SETTING, String(bewaren));
    return { result: undefined, audit: { action: 'reservekopie.bewaren-gewijzigd', entityType: 'kluis', entityId: null, details: { bewaren: [before, bewaren] } } };
  });
  return backupStatus(ctx);
}

/** What went wrong, in Dutch, without the error's own text (it may name paths or more). */
function failureMessage(error: unknown): string {
  if (error instanceof BibobError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC') return 'De reservekopie is niet gemaakt: de map is vol.';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'De reservekopie is niet gemaakt: in de gekozen map mag Bibob Werkbank niet schrijven.';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'De reservekopie is niet gemaakt: de gekozen map is niet (meer) bereikbaar.';
  return 'De reservekopie is niet gemaakt: het schrijven in de gekozen map lukte niet.';
}

/**
 * The sentence for attachments whose file was already missing in the vault: the backup holds everything else and
 * says so, rather than passing as complete or failing at every backup until the file is back.
 */
export function ontbrakenZin(aantal: number): string {
  return `${aantal} ${aantal === 1 ? 'bijlage ontbrak' : 'bijlagen ontbraken'} al in de kluis en ${aantal === 1 ? 'zit' : 'zitten'} daarom niet in deze reservekopie (zie de melding over bijlagen zonder bestand op de startpagina).`;
}

/**
 * Writes a snapshot to the chosen folder, verifies it (see verifySnapshot), and on success lets rotation remove the
 * snapshots beyond the number to keep. A snapshot that fails verification is removed (it could not be restored).
 * Either way the result is recorded in the vault with its audit record; a failure is returned, not thrown.
 */
export function makeBackup(ctx: ServiceContext, aanleiding: BackupAanleiding): BackupRecord {
  const db = ctx.vault.database();
  const root = backupFolder(db);
  if (root === null) {
    throw new BibobError('VALIDATION', 'Kies eerst een map voor de reservekopieën.', { issues: [{ path: 'map', message: 'Kies eerst een map voor de reservekopieën.' }] });
  }
  const gemaaktOp = ctx.now().toISOString();
  let record: BackupRecord;
  try {
    const written = ctx.vault.writeBackup(root);
    // The files copied now are checked record by record; those copied by an earlier backup (never rewritten) by size,
    // header and their first and last record.
    const check = ctx.vault.verifyBackup(written.folder, backupLayout(root, ctx.vault.vaultId()).attachments, written.gekopieerd);
    if (check.ok) {
      const rotated = ctx.vault.rotateBackups(root, keepCount(db));
      const opgeruimd = rotated.snapshots > 0 ? ` ${rotated.snapshots} oudere reservekopie${rotated.snapshots === 1 ? ' is' : 'ën zijn'} verwijderd.` : '';
      const ontbraken = check.bijlagenOntbraken > 0 ? ` ${ontbrakenZin(check.bijlagenOntbraken)}` : '';
      record = {
        id: randomUUID(),
        gemaaktOp,
        snapshot: written.naam,
        aanleiding,
        geslaagd: true,
        grootte: written.grootte,
        bijlagenGekopieerd: written.bijlagenGekopieerd,
        bijlagenOntbraken: check.bijlagenOntbraken,
        melding: `De reservekopie is gemaakt en gecontroleerd.${ontbraken}${opgeruimd}`,
      };
    } else {
      rmSync(written.folder, { recursive: true, force: true });
      record = { id: randomUUID(), gemaaktOp, snapshot: null, aanleiding, geslaagd: false, grootte: 0, bijlagenGekopieerd: written.bijlagenGekopieerd, bijlagenOntbraken: 0, melding: `De controle van de reservekopie faalde: ${check.melding}` };
    }
  } catch (error) {
    record = { id: randomUUID(), gemaaktOp, snapshot: null, aanleiding, geslaagd: false, grootte: 0, bijlagenGekopieerd: 0, bijlagenOntbraken: 0, melding: failureMessage(error) };
  }
  inTransactionWithAudit(ctx, (tx) => {
    insertBackupRecord(tx, record);
    return {
      result: undefined,
      audit: {
        action: record.geslaagd ? 'reservekopie.gemaakt' : 'reservekopie.mislukt',
        entityType: 'kluis',
        entityId: null,
        details: { snapshot: record.snapshot, aanleiding, grootte: record.grootte, bijlagenGekopieerd: record.bijlagenGekopieerd, bijlagenOntbraken: record.bijlagenOntbraken, ...(record.geslaagd ? {} : { melding: record.melding }) },
      },
    };
  });
  return record;
}

export function makeBackupNow(ctx: ServiceContext): CallOutput<'reservekopie.make'> {
  const reservekopie = makeBackup(ctx, 'handmatig');
  return { reservekopie, status: backupStatus(ctx) };
}

const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** At unlock: a backup when a folder is chosen and none was made yet today. Never stands in the way of the unlock. */
export function backupAtUnlock(ctx: ServiceContext): void {
  try {
    const db = ctx.vault.database();
    if (backupFolder(db) === null) return;
    const last = latestBackupRecord(db, false);
    if (!firstUnlockOfDay(last ? amsterdamDay.format(new Date(last.gemaaktOp)) : null, today(ctx))) return;
    makeBackup(ctx, 'ontgrendelen');
  } catch {
    // Recorded by makeBackup where it could be; the vault opens regardless.
  }
}

/** At locking: a backup when a folder is chosen. Never keeps the vault from locking. */
export function backupAtLock(ctx: ServiceContext): void {
  try {
    if (ctx.vault.state() !== 'unlocked' || backupFolder(ctx.vault.database()) === null) return;
    makeBackup(ctx, 'vergrendelen');
  } catch {
    // The lock goes ahead.
  }
}

/** The folder chosen for a restore, per vault (this process), never taken from the renderer. */
const restoreFolders = new WeakMap<object, string>();

export async function chooseRestoreFolder(ctx: ServiceContext): Promise<CallOutput<'reservekopie.chooseRestoreFolder'>> {
  const folder = await requireFolderSource(ctx).chooseFolder('terugzetten');
  const kluisAanwezig = ctx.vault.state() !== 'absent';
  if (folder === null) return { gekozen: false, snapshots: [], kluisAanwezig };
  restoreFolders.set(ctx.vault, folder);
  const snapshots = listSnapshots(folder).map(({ vaultId, naam, gemaaktOp, compleet }) => ({ vaultId, naam, gemaaktOp, compleet }));
  return { gekozen: true, snapshots, kluisAanwezig };
}

/** Restores the chosen snapshot (see Vault.restoreBackup) and records it in the restored vault's audit trail. */
export async function restoreBackup(ctx: ServiceContext, input: ParsedInput<'reservekopie.restore'>): Promise<{ vorigeKluisOpzij: boolean }> {
  const folder = restoreFolders.get(ctx.vault);
  if (!folder) throw new BibobError('VALIDATION', 'Kies eerst de map met de reservekopie.', { issues: [{ path: 'map', message: 'Kies eerst de map met de reservekopie.' }] });
  const snapshot = listSnapshots(folder).find((listing) => listing.vaultId === input.vaultId.toLowerCase() && listing.naam === input.snapshot);
  if (!snapshot) throw new BibobError('NOT_FOUND', 'Deze reservekopie staat niet (meer) in de gekozen map. Kies de map opnieuw.', { issues: [{ path: 'snapshot', message: 'Kies een reservekopie uit de lijst.' }] });
  const credentials = 'wachtwoordzin' in input.sleutel ? { passphrase: input.sleutel.wachtwoordzin } : { recoveryKey: input.sleutel.herstelsleutel, newPassphrase: input.sleutel.nieuweWachtwoordzin };
  const { movedAside } = await ctx.vault.restoreBackup(snapshot, credentials, input.vervangBestaandeKluis === true);
  inTransactionWithAudit(ctx, (db) => {
    auditMissingFilesAtUnlock(ctx, db);
    return {
      result: undefined,
      audit: {
        action: 'reservekopie.teruggezet',
        entityType: 'kluis',
        entityId: null,
        details: { snapshot: snapshot.naam, met: 'passphrase' in credentials ? 'wachtwoordzin' : 'herstelsleutel', vorigeKluisOpzij: movedAside !== null },
      },
    };
  });
  return { vorigeKluisOpzij: movedAside !== null };
}

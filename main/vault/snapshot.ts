import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BibobError } from '../../src/contract/errors';
import { attachmentsToRemove, isSnapshotName, snapshotName, snapshotsToRemove } from '../../src/domain/reservekopie';
import { fsyncDirectory, TEMP_MARKER, writeFileAtomic } from './atomicWrite';
import { openEncryptedDatabase, schemaVersion, type VaultDatabase } from './database';
import { readKeyFile, type KeyFile } from './keyFile';
import type { VaultFiles } from './vaultFiles';
import { attachmentFileAuthentic, type AttachmentFileFacts } from '../files/attachmentVerify';

/*
 * A reservekopie in a folder the coordinator chose (issue 24 §2):
 *
 *   <folder>/<vaultId>/snapshots/<UTC time>/vault.db          the encrypted database, copied while nothing writes
 *   <folder>/<vaultId>/snapshots/<UTC time>/vault.keys.json   the key file (wrapped keys only)
 *   <folder>/<vaultId>/snapshots/<UTC time>/manifest.json     what the snapshot is; its contents list sealed
 *   <folder>/<vaultId>/bijlagen/<random name>                  attachment files, shared by every snapshot
 *
 * Nothing in it is plaintext: the database copy is the vault's own ciphertext, attachment files are encrypted each
 * with their own key (kept in the database), and what the manifest knows of the contents (row counts per table, the
 * attachment files and sizes, the database copy's hash) is sealed with AES-256-GCM under a key derived from the vault
 * key, which also authenticates it: a manifest changed or moved to another snapshot does not open.
 *
 * A snapshot is written into a hidden ".<name>.partial" folder and renamed when complete, so a snapshot folder with
 * a name is whole or was damaged afterwards; attachment files are immutable, so "present with the same size" is
 * "already copied".
 */

export const SNAPSHOT_DATABASE = 'vault.db';
export const SNAPSHOT_KEY_FILE = 'vault.keys.json';
export const SNAPSHOT_MANIFEST = 'manifest.json';
const PARTIAL_SUFFIX = '.partial';

export interface BackupLayout {
  readonly vaultFolder: string;
  readonly snapshots: string;
  readonly attachments: string;
}

export function backupLayout(root: string, vaultId: string): BackupLayout {
  const vaultFolder = path.join(root, vaultId);
  return { vaultFolder, snapshots: path.join(vaultFolder, 'snapshots'), attachments: path.join(vaultFolder, 'bijlagen') };
}

export interface AttachmentFile {
  readonly naam: string;
  readonly grootte: number;
}

/** What a snapshot holds, sealed in its manifest. */
export interface SnapshotContents {
  readonly databaseBytes: number;
  readonly databaseSha256: string;
  readonly tabellen: Record<string, number>;
  readonly bijlagen: readonly AttachmentFile[];
  /**
   * The attachment files the vault's rows name that were missing from the vault's own folder when the snapshot was
   * made (lost outside the app): they cannot be in it, and are reported instead of failing every backup. Absent in
   * snapshots written before this was recorded.
   */
  readonly ontbrekend?: readonly string[];
}

const sealedSchema = z.strictObject({ iv: z.string(), ciphertext: z.string(), tag: z.string() });
const manifestSchema = z.strictObject({
  soort: z.literal('bibob-werkbank-reservekopie'),
  formaat: z.literal(1),
  vaultId: z.uuid(),
  schemaVersion: z.number().int().min(0),
  createdAt: z.string(),
  verzegeld: sealedSchema,
});
type Manifest = z.infer<typeof manifestSchema>;

const contentsSchema = z.strictObject({
  databaseBytes: z.number().int().min(0),
  databaseSha256: z.string().regex(/^[0-9a-f]{64}$/),
  tabellen: z.record(z.string(), z.number().int().min(0)),
  bijlagen: z.array(z.strictObject({ naam: z.string(), grootte: z.number().int().min(0) })),
  ontbrekend: z.array(z.string()).optional(),
});

function manifestKey(vaultKey: Buffer, vaultId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', vaultKey, Buffer.alloc(0), `bibob-werkbank backup manifest v1:${vaultId}`, 32));
}

function manifestAad(manifest: Omit<Manifest, 'verzegeld'>, name: string): Buffer {
  return Buffer.from(JSON.stringify(['bibob-werkbank reservekopie v1', manifest.vaultId, name, manifest.schemaVersion, manifest.createdAt]), 'utf8');
}

function seal(contents: SnapshotContents, key: Buffer, aad: Buffer): Manifest['verzegeld'] {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(contents), 'utf8'), cipher.final()]);
  return { iv: iv.toString('base64'), ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

function unseal(sealed: Manifest['verzegeld'], key: Buffer, aad: Buffer): SnapshotContents | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(aad);
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]);
    const parsed = contentsSchema.safeParse(JSON.parse(plain.toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Rows per table of the vault's schema (the search index's shadow tables included). */
export function tableCounts(db: VaultDatabase): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    counts[name] = (db.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n;
  }
  return counts;
}

/**
 * The committed attachment files in a folder: regular files, without the temporary files of a write in progress
 * (they carry the atomic-write marker) or hidden ones. Absent folder: none.
 */
export function listAttachmentFiles(folder: string): AttachmentFile[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !entry.name.includes(TEMP_MARKER))
    .map((entry) => ({ naam: entry.name, grootte: statSync(path.join(folder, entry.name)).size }))
    .sort((a, b) => (a.naam < b.naam ? -1 : a.naam > b.naam ? 1 : 0));
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function sha256OfFile(file: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  const fd = openSync(file, 'r');
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      hash.update(buffer.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** Copies a file durably under a temporary name and renames it into place. */
function copyDurably(source: string, target: string): void {
  const temp = `${target}${TEMP_MARKER}${randomBytes(6).toString('hex')}`;
  copyFileSync(source, temp, constants.COPYFILE_EXCL);
  try {
    fsyncFile(temp);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Copies the attachment files the target folder does not hold yet (same name and size: already there, since files
 * are never rewritten). Returns how many were copied and their bytes.
 */
function copyMissingAttachments(files: readonly AttachmentFile[], from: string, to: string): { copied: number; bytes: number; names: Set<string> } {
  mkdirSync(to, { recursive: true, mode: 0o700 });
  let copied = 0;
  let bytes = 0;
  const names = new Set<string>();
  for (const file of files) {
    const target = path.join(to, file.naam);
    if (existsSync(target) && statSync(target).size === file.grootte) continue;
    rmSync(target, { force: true });
    copyDurably(path.join(from, file.naam), target);
    names.add(file.naam);
    copied += 1;
    bytes += file.grootte;
  }
  if (copied > 0) fsyncDirectory(to);
  return { copied, bytes, names };
}

export interface SnapshotSource {
  readonly db: VaultDatabase;
  readonly files: VaultFiles;
  readonly vaultId: string;
  readonly vaultKey: Buffer;
}

export interface WrittenSnapshot {
  readonly naam: string;
  readonly folder: string;
  readonly contents: SnapshotContents;
  /** The database copy plus every attachment file the snapshot names, in bytes. */
  readonly grootte: number;
  readonly bijlagenGekopieerd: number;
  /** The names of the attachment files this snapshot copied (the others were there from an earlier snapshot). */
  readonly gekopieerd: ReadonlySet<string>;
}

/**
 * Writes a snapshot of the open vault into `root`. Synchronous from the checkpoint to the last copy: in this process
 * nothing else runs meanwhile, so no write comes between the database copy, the row counts and the list of attachment
 * files. (db.backup() is not used: it writes its target without a key.)
 */
export function writeSnapshot(source: SnapshotSource, root: string, now: Date): WrittenSnapshot {
  const layout = backupLayout(root, source.vaultId);
  mkdirSync(layout.snapshots, { recursive: true, mode: 0o700 });
  let naam = snapshotName(now);
  for (let n = 2; existsSync(path.join(layout.snapshots, naam)); n += 1) naam = `${snapshotName(now)}-${n}`;
  const partial = path.join(layout.snapshots, `.${naam}${PARTIAL_SUFFIX}`);
  mkdirSync(partial, { mode: 0o700 });
  try {
    const checkpoint = source.db.pragma('wal_checkpoint(TRUNCATE)', { simple: false }) as { busy: number }[];
    if (checkpoint[0]?.busy) throw new BibobError('CONFLICT', 'De kluis is bezig; de reservekopie is niet gemaakt. Probeer het zo opnieuw.');
    const tabellen = tableCounts(source.db);
    const bijlagen = listAttachmentFiles(source.files.attachments);
    const live = new Set(bijlagen.map((file) => file.naam));
    const ontbrekend = attachmentFileFacts(source.db).map((facts) => facts.bestandId).filter((id) => !live.has(id));
    const databaseCopy = path.join(partial, SNAPSHOT_DATABASE);
    copyFileSync(source.files.database, databaseCopy, constants.COPYFILE_EXCL);
    fsyncFile(databaseCopy);
    copyFileSync(source.files.keyFile, path.join(partial, SNAPSHOT_KEY_FILE), constants.COPYFILE_EXCL);
    fsyncFile(path.join(partial, SNAPSHOT_KEY_FILE));
    const { copied, names: gekopieerd } = copyMissingAttachments(bijlagen, source.files.attachments, layout.attachments);
    const databaseBytes = statSync(databaseCopy).size;
    const contents: SnapshotContents = { databaseBytes, databaseSha256: sha256OfFile(databaseCopy), tabellen, bijlagen, ontbrekend };
    const header = { soort: 'bibob-werkbank-reservekopie' as const, formaat: 1 as const, vaultId: source.vaultId, schemaVersion: schemaVersion(source.db), createdAt: now.toISOString() };
    const key = manifestKey(source.vaultKey, source.vaultId);
    const manifest: Manifest = { ...header, verzegeld: seal(contents, key, manifestAad(header, naam)) };
    key.fill(0);
    writeFileAtomic(path.join(partial, SNAPSHOT_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    fsyncDirectory(partial);
    const folder = path.join(layout.snapshots, naam);
    renameSync(partial, folder);
    fsyncDirectory(layout.snapshots);
    const grootte = databaseBytes + bijlagen.reduce((sum, file) => sum + file.grootte, 0);
    return { naam, folder, contents, grootte, bijlagenGekopieerd: copied, gekopieerd };
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

export type SnapshotCheck =
  | {
      readonly ok: true;
      readonly contents: SnapshotContents;
      readonly schemaVersion: number;
      /** Attachments (rows) whose file was already missing from the vault when the snapshot was made. */
      readonly bijlagenOntbraken: number;
    }
  | { readonly ok: false; readonly melding: string };

/** The content rows that have an attachment file (migration 029 on), with what checking the file needs. */
function attachmentFileFacts(db: VaultDatabase): (AttachmentFileFacts & { readonly sha256: string })[] {
  const hasFiles = db.prepare("SELECT 1 FROM pragma_table_info('bestand_inhoud') WHERE name = 'bestand_id'").get() !== undefined;
  if (!hasFiles) return [];
  return db
    .prepare('SELECT sha256, bestand_id AS bestandId, sleutel, grootte, chunks, chunk_grootte AS chunkGrootte FROM bestand_inhoud WHERE bestand_id IS NOT NULL AND sha256 IS NOT NULL')
    .all() as (AttachmentFileFacts & { sha256: string })[];
}

/** The attachments (rows) of the copy whose content has no file in it: moved out never, or missing when it was made. */
function missingAttachmentRows(db: VaultDatabase, missingShas: readonly string[]): number {
  const hasFiles = db.prepare("SELECT 1 FROM pragma_table_info('bestand_inhoud') WHERE name = 'bestand_id'").get() !== undefined;
  if (!hasFiles) return 0;
  return (
    db
      .prepare("SELECT count(*) AS n FROM bijlage WHERE sha256 IN (SELECT value FROM json_each(?)) OR sha256 IN (SELECT sha256 FROM bestand_inhoud WHERE bestand_id IS NULL AND sha256 IS NOT NULL)")
      .get(JSON.stringify(missingShas)) as { n: number }
  ).n;
}

const refused = (melding: string): SnapshotCheck => ({ ok: false, melding });

/** The manifest of a snapshot folder, or null when it is missing or not one of ours. */
function readManifest(folder: string): Manifest | null {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(path.join(folder, SNAPSHOT_MANIFEST), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The sealed contents of a snapshot, or null when its manifest is missing, changed, or of another vault or key. */
export function readSnapshotContents(folder: string, vaultKey: Buffer, vaultId: string): SnapshotContents | null {
  const manifest = readManifest(folder);
  if (!manifest || manifest.vaultId !== vaultId) return null;
  const key = manifestKey(vaultKey, vaultId);
  try {
    return unseal(manifest.verzegeld, key, manifestAad(manifest, path.basename(folder)));
  } finally {
    key.fill(0);
  }
}

/**
 * Checks a snapshot as a restore would need it: its manifest opens with the vault key, the database copy has the
 * recorded size and hash, opens with the vault key (read-only, its own connection), passes integrity_check and
 * cipher_integrity_check, holds the recorded number of rows in every table, and every attachment file it names is in
 * the shared folder with its size. Writes nothing in the backup (the read-only connection's WAL index files, which
 * hold no data, are removed after it).
 */
export function verifySnapshot(folder: string, attachmentsFolder: string, vaultKey: Buffer, vaultId: string, geheel: 'alle' | ReadonlySet<string> = 'alle'): SnapshotCheck {
  const manifest = readManifest(folder);
  if (!manifest) return refused('De reservekopie is onvolledig of beschadigd: de beschrijving (manifest.json) ontbreekt of is onleesbaar.');
  if (manifest.vaultId !== vaultId) return refused('Deze reservekopie hoort bij een andere kluis dan het sleutelbestand ernaast.');
  const contents = readSnapshotContents(folder, vaultKey, vaultId);
  if (!contents) return refused('De beschrijving van de reservekopie (manifest.json) is gewijzigd of beschadigd.');
  const database = path.join(folder, SNAPSHOT_DATABASE);
  if (!existsSync(database)) return refused('De reservekopie is onvolledig: de kopie van de kluis (vault.db) ontbreekt.');
  if (statSync(database).size !== contents.databaseBytes || sha256OfFile(database) !== contents.databaseSha256) {
    return refused('De kopie van de kluis in deze reservekopie is beschadigd: de inhoud is veranderd sinds de reservekopie werd gemaakt.');
  }
  const sideFiles = [`${database}-wal`, `${database}-shm`].filter((file) => !existsSync(file));
  let db: VaultDatabase | null = null;
  try {
    try {
      db = openEncryptedDatabase(database, vaultKey, { mustExist: true, readonly: true });
    } catch {
      return refused('De kopie van de kluis in deze reservekopie opent niet met de sleutel van de kluis.');
    }
    const integrity = db.pragma('integrity_check', { simple: true });
    const cipherProblems = db.pragma('cipher_integrity_check') as unknown[];
    if (integrity !== 'ok' || cipherProblems.length > 0) {
      return refused('De kopie van de kluis in deze reservekopie is beschadigd: de controle op de database faalt.');
    }
    const counts = tableCounts(db);
    const expected = Object.entries(contents.tabellen);
    if (expected.length !== Object.keys(counts).length || expected.some(([table, n]) => counts[table] !== n)) {
      return refused('De kopie van de kluis in deze reservekopie is onvolledig: het aantal regels klopt niet met het moment van de reservekopie.');
    }
    const version = schemaVersion(db);
    for (const file of contents.bijlagen) {
      const present = path.join(attachmentsFolder, file.naam);
      if (!existsSync(present) || statSync(present).size !== file.grootte) {
        return refused(`De reservekopie is onvolledig: een bijlagebestand (${file.naam}) ontbreekt of heeft niet de juiste grootte.`);
      }
    }
    // Every attachment of the copy whose file the vault had is in the backup, whole and authentic (its records'
    // tags, with the file key from the copy); the files that were already missing in the vault are counted.
    const known = new Set(contents.ontbrekend ?? []);
    const missingShas: string[] = [];
    const rows = attachmentFileFacts(db);
    try {
      for (const facts of rows) {
        if (known.has(facts.bestandId)) {
          missingShas.push(facts.sha256);
          continue;
        }
        const whole = geheel === 'alle' || geheel.has(facts.bestandId) ? 'alle' : 'randen';
        if (!attachmentFileAuthentic(path.join(attachmentsFolder, facts.bestandId), facts, whole)) {
          return refused(`De reservekopie is onvolledig of beschadigd: het bijlagebestand ${facts.bestandId} ontbreekt of is niet echt (de controle van de versleuteling faalt).`);
        }
      }
    } finally {
      // The file keys read from the copy do not linger in memory.
      for (const facts of rows) facts.sleutel.fill(0);
    }
    return { ok: true, contents, schemaVersion: version, bijlagenOntbraken: missingAttachmentRows(db, missingShas) };
  } finally {
    db?.close();
    for (const file of sideFiles) rmSync(file, { force: true });
  }
}

/** Removes the snapshots beyond the newest `bewaren`, half-written ones, and attachment files no kept snapshot names. */
export function rotateSnapshots(root: string, vaultId: string, vaultKey: Buffer, bewaren: number): { snapshots: number; bijlagen: number } {
  const layout = backupLayout(root, vaultId);
  if (!existsSync(layout.snapshots)) return { snapshots: 0, bijlagen: 0 };
  const entries = readdirSync(layout.snapshots, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  for (const entry of entries.filter((e) => e.name.startsWith('.') && e.name.endsWith(PARTIAL_SUFFIX))) {
    rmSync(path.join(layout.snapshots, entry.name), { recursive: true, force: true });
  }
  const names = entries.map((entry) => entry.name).filter(isSnapshotName);
  const removed = snapshotsToRemove(names, bewaren);
  for (const name of removed) rmSync(path.join(layout.snapshots, name), { recursive: true, force: true });
  const kept = names.filter((name) => !removed.includes(name));
  const named = new Set<string>();
  for (const name of kept) {
    const contents = readSnapshotContents(path.join(layout.snapshots, name), vaultKey, vaultId);
    // A kept snapshot whose list cannot be read: remove no attachment file, it may need any of them.
    if (!contents) return { snapshots: removed.length, bijlagen: 0 };
    for (const file of contents.bijlagen) named.add(file.naam);
  }
  const orphans = attachmentsToRemove(listAttachmentFiles(layout.attachments).map((file) => file.naam), named);
  for (const name of orphans) rmSync(path.join(layout.attachments, name), { force: true });
  return { snapshots: removed.length, bijlagen: orphans.length };
}

export interface SnapshotListing {
  readonly vaultId: string;
  readonly naam: string;
  readonly gemaaktOp: string | null;
  /** False when the manifest is missing or unreadable: such a snapshot cannot be restored. */
  readonly compleet: boolean;
  readonly folder: string;
  readonly attachments: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function snapshotsOfVaultFolder(vaultFolder: string, vaultId: string): SnapshotListing[] {
  const snapshots = path.join(vaultFolder, 'snapshots');
  if (!existsSync(snapshots)) return [];
  return readdirSync(snapshots, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && isSnapshotName(entry.name))
    .map((entry) => {
      const folder = path.join(snapshots, entry.name);
      const manifest = readManifest(folder);
      return { vaultId, naam: entry.name, gemaaktOp: manifest?.createdAt ?? null, compleet: manifest !== null && manifest.vaultId === vaultId, folder, attachments: path.join(vaultFolder, 'bijlagen') };
    });
}

/**
 * The snapshots in a chosen folder, newest first: the folder may be the backup folder itself (holding one folder per
 * vault) or one vault's folder in it.
 */
export function listSnapshots(chosen: string): SnapshotListing[] {
  if (!existsSync(chosen)) return [];
  const own = path.basename(chosen);
  const found = UUID.test(own) && existsSync(path.join(chosen, 'snapshots'))
    ? snapshotsOfVaultFolder(chosen, own.toLowerCase())
    : readdirSync(chosen, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && UUID.test(entry.name))
        .flatMap((entry) => snapshotsOfVaultFolder(path.join(chosen, entry.name), entry.name.toLowerCase()));
  return found.sort((a, b) => (a.naam < b.naam ? 1 : a.naam > b.naam ? -1 : 0));
}

/** The key file in a snapshot, refused in Dutch when it is missing or damaged. */
export function readSnapshotKeyFile(folder: string): KeyFile {
  try {
    return readKeyFile(path.join(folder, SNAPSHOT_KEY_FILE));
  } catch (error) {
    if (error instanceof BibobError && error.code === 'VAULT_TOO_NEW') throw error;
    throw new BibobError('VAULT_DAMAGED', 'De reservekopie is onvolledig of beschadigd: het sleutelbestand (vault.keys.json) ontbreekt of is onleesbaar. Er is niets teruggezet.');
  }
}

/**
 * Puts a verified snapshot in the data folder. An existing vault (database, key file, attachment files) is first moved
 * aside into "vorige-kluis-<time>" in the data folder, never deleted. The database comes last, under the name of a
 * creation in progress, so a crash before its rename leaves no half vault (Vault.create removes that leftover).
 */
export function installSnapshot(snapshot: { folder: string; attachments: string; contents: SnapshotContents }, files: VaultFiles, now: Date): string | null {
  const existing = [files.database, `${files.database}-wal`, `${files.database}-shm`, files.keyFile, files.attachments].filter((file) => existsSync(file));
  let movedAside: string | null = null;
  mkdirSync(files.folder, { recursive: true, mode: 0o700 });
  if (existing.length > 0) {
    movedAside = path.join(files.folder, `vorige-kluis-${snapshotName(now)}`);
    mkdirSync(movedAside, { mode: 0o700 });
    for (const file of existing) renameSync(file, path.join(movedAside, path.basename(file)));
    fsyncDirectory(files.folder);
  }
  for (const leftover of [files.databaseBeingCreated, `${files.databaseBeingCreated}-wal`, `${files.databaseBeingCreated}-shm`]) rmSync(leftover, { force: true });
  copyMissingAttachments(snapshot.contents.bijlagen, snapshot.attachments, files.attachments);
  copyDurably(path.join(snapshot.folder, SNAPSHOT_DATABASE), files.databaseBeingCreated);
  writeFileAtomic(files.keyFile, readFileSync(path.join(snapshot.folder, SNAPSHOT_KEY_FILE)));
  renameSync(files.databaseBeingCreated, files.database);
  fsyncDirectory(files.folder);
  return movedAside;
}

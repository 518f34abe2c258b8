import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { BibobError } from '../../src/contract/errors';
import type { VaultState } from '../../src/contract/schemas';
import { formatRecoveryKey, parseRecoveryKey, RECOVERY_KEY_BYTES } from '../../src/domain/recoveryKey';
import { fsyncDirectory, type AtomicWriteHooks } from './atomicWrite';
import { AttemptThrottle } from './attemptThrottle';
import { ANCHOR_INTERVAL_MS, checkAnchor, currentAnchor, type AnchorCheck } from './auditAnchor';
import { auditConversionPending, convertAuditChain } from './auditConversion';
import { removeUnknownFiles, useAttachmentFolder } from '../files/attachmentStore';
import { moveAttachmentsIntoFiles, schemaHasAttachmentFiles, type MoveTestHooks } from '../files/attachmentMove';
import { checkMissingFiles } from '../files/missingFiles';
import { backupEncryptedVault } from './backup';
import { configureVaultConnection, openEncryptedDatabase, schemaVersion, type VaultDatabase } from './database';
import {
  DEFAULT_PBKDF2_ITERATIONS,
  deriveAuditKeys,
  derivePassphraseKey,
  deriveRecoveryWrappingKey,
  newSalt,
  newVaultKey,
  unwrapKey,
  wrapKey,
} from './keyCrypto';
import { KEY_FILE_FORMAT, readKeyFile, removeInterruptedKeyFileWrites, writeKeyFile, type KeyFile } from './keyFile';
import { applyMigrations, latestVersion, migrations as allMigrations, type Migration } from './migrations';
import { dropAuditChainKey, setAuditChainKey } from './repositories/auditLog';
import { vaultFiles, type VaultFiles } from './vaultFiles';
import {
  installSnapshot,
  readSnapshotKeyFile,
  rotateSnapshots,
  verifySnapshot,
  writeSnapshot,
  type SnapshotCheck,
  type SnapshotListing,
  type WrittenSnapshot,
} from './snapshot';

/** How a snapshot is opened for a restore: with the passphrase it was made under, or the recovery key and a new passphrase. */
export type RestoreCredentials = { readonly passphrase: string } | { readonly recoveryKey: string; readonly newPassphrase: string };

export interface VaultOptions {
  readonly dataFolder: string;
  readonly migrations?: readonly Migration[];
  readonly pbkdf2Iterations?: number;
  readonly now?: () => Date;
  /** Crash simulation for tests of the passphrase change. */
  readonly keyFileWriteHooks?: AtomicWriteHooks;
  /** Crash simulation for tests of moving attachments out of the database (after migration 029). */
  readonly attachmentMoveHooks?: MoveTestHooks;
}

const wrongPassphrase = () => new BibobError('WRONG_PASSPHRASE', 'De wachtwoordzin klopt niet. Controleer hem en probeer het opnieuw.');
const wrongRecoveryKey = () =>
  new BibobError('WRONG_RECOVERY_KEY', 'Deze herstelsleutel hoort niet bij deze kluis. Controleer de tekens en probeer het opnieuw.');

/**
 * The encrypted vault: one SQLCipher database and one key file in the data folder. Only this class holds the
 * open database; the vault key lives in memory just long enough to key the connection.
 */
export class Vault {
  readonly files: VaultFiles;
  private db: VaultDatabase | null = null;
  private readonly migrationList: readonly Migration[];
  private readonly iterations: number;
  private readonly now: () => Date;
  private readonly throttle: AttemptThrottle;
  /** Unlock attempts run one after another: twenty at once are twenty attempts in turn, each seeing the last one's failure. */
  private attemptQueue: Promise<unknown> = Promise.resolve();
  /** Set when a migration ran on the last unlock: the path of the backup written before it. */
  lastBackup: string | null = null;
  /**
   * While unlocked: the key that authenticates the audit anchor in the key file, the vault it belongs to, and what
   * the comparison at unlock found when it was not in order. Then the anchor stays as it is, as the evidence, and
   * every verification reports that finding.
   */
  private anchor: { key: Buffer; vaultId: string; writtenAt: number; problemAtUnlock: AnchorCheck | null } | null = null;
  /**
   * While unlocked: a copy of the vault key, for one use only: opening and sealing the vault's own backups (a snapshot's
   * database copy is verified on a connection of its own, keyed with it). The open SQLCipher connection holds the same
   * key in this process's memory anyway; the copy is wiped at lock.
   */
  private backupKey: Buffer | null = null;

  constructor(private readonly options: VaultOptions) {
    this.files = vaultFiles(options.dataFolder);
    this.migrationList = options.migrations ?? allMigrations;
    this.iterations = options.pbkdf2Iterations ?? DEFAULT_PBKDF2_ITERATIONS;
    this.now = options.now ?? (() => new Date());
    this.throttle = new AttemptThrottle(() => this.now().getTime(), this.files.attempts);
  }

  state(): VaultState {
    if (this.db) return 'unlocked';
    // A database without its key file is a damaged vault, never an absent one: it must not be overwritten.
    return existsSync(this.files.database) ? 'locked' : 'absent';
  }

  /** The open database; refuses with VAULT_LOCKED when the vault is not unlocked. */
  database(): VaultDatabase {
    if (!this.db) throw new BibobError('VAULT_LOCKED', 'De kluis is vergrendeld. Ontgrendel hem eerst.');
    return this.db;
  }

  /** Runs `work` in one write transaction; the audit anchor follows at most every few minutes. */
  transaction<T>(work: (db: VaultDatabase) => T): T {
    const db = this.database();
    const result = db.transaction(() => work(db)).immediate();
    if (this.anchor && this.now().getTime() - this.anchor.writtenAt >= ANCHOR_INTERVAL_MS) {
      try {
        this.writeAuditAnchor();
      } catch {
        // The change is committed and must be reported as such; the anchor lags until the next interval or lock.
      }
    }
    return result;
  }

  /**
   * Writes the number and hash of the last audit record, with their MAC, into the key file (atomically), unless it
   * holds them already. Called at every lock and, while the vault stays open, after a write every few minutes.
   */
  writeAuditAnchor(): void {
    const db = this.database();
    if (!this.anchor || this.anchor.problemAtUnlock) return;
    const keyFile = readKeyFile(this.files.keyFile);
    const anchor = currentAnchor(db, this.anchor.key, this.anchor.vaultId);
    this.anchor.writtenAt = this.now().getTime();
    if (keyFile.auditAnchor?.mac === anchor.mac) return;
    writeKeyFile(this.files.keyFile, { ...keyFile, format: KEY_FILE_FORMAT, auditAnchor: anchor });
  }

  /** Compares the audit trail with the anchor in the key file (see checkAnchor). */
  checkAuditAnchor(): AnchorCheck {
    const db = this.database();
    if (!this.anchor) throw new BibobError('VAULT_LOCKED', 'De kluis is vergrendeld. Ontgrendel hem eerst.');
    return this.anchor.problemAtUnlock ?? checkAnchor(db, readKeyFile(this.files.keyFile), this.anchor.key);
  }

  async create(passphrase: string): Promise<{ recoveryKey: string }> {
    if (this.state() !== 'absent') {
      throw new BibobError('VAULT_EXISTS', 'Er is al een kluis in deze map. Ontgrendel die kluis.');
    }
    mkdirSync(this.files.folder, { recursive: true, mode: 0o700 });
    // Leftovers of a creation that was interrupted before the recovery key was ever shown.
    for (const leftover of [this.files.databaseBeingCreated, `${this.files.databaseBeingCreated}-wal`, `${this.files.databaseBeingCreated}-shm`]) {
      rmSync(leftover, { force: true });
    }
    if (existsSync(this.files.keyFile)) {
      // A key file without a database: set it aside rather than delete it, it may still open a backup.
      renameSync(this.files.keyFile, `${this.files.keyFile}.orphaned-${this.now().getTime()}`);
    }
    removeInterruptedKeyFileWrites(this.files.keyFile);

    const vaultKey = newVaultKey();
    const recoveryKey = randomBytes(RECOVERY_KEY_BYTES);
    try {
      const vaultId = randomUUID();
      const fresh = openEncryptedDatabase(this.files.databaseBeingCreated, vaultKey, { mustExist: false });
      let auditAnchor: KeyFile['auditAnchor'];
      try {
        configureVaultConnection(fresh);
        applyMigrations(fresh, this.migrationList);
        // The anchor of the still empty trail: from the start, the key file knows how far the trail went.
        const { chainKey, anchorKey } = deriveAuditKeys(vaultKey, vaultId);
        auditAnchor = currentAnchor(fresh, anchorKey, vaultId);
        chainKey.fill(0);
        anchorKey.fill(0);
      } finally {
        fresh.close();
      }
      const passphraseSalt = newSalt();
      const recoverySalt = newSalt();
      const passphraseKey = await derivePassphraseKey(passphrase, passphraseSalt, this.iterations);
      const keyFile: KeyFile = {
        format: KEY_FILE_FORMAT,
        vaultId,
        createdAt: this.now().toISOString(),
        cipher: 'sqlcipher-4',
        passphrase: {
          kdf: 'pbkdf2-hmac-sha512',
          iterations: this.iterations,
          salt: passphraseSalt.toString('base64'),
          wrapped: wrapKey(vaultKey, passphraseKey, vaultId, 'passphrase'),
        },
        recovery: {
          kdf: 'hkdf-sha256',
          salt: recoverySalt.toString('base64'),
          wrapped: wrapKey(vaultKey, deriveRecoveryWrappingKey(recoveryKey, recoverySalt), vaultId, 'recovery'),
        },
        auditAnchor,
      };
      passphraseKey.fill(0);
      writeKeyFile(this.files.keyFile, keyFile);
      renameSync(this.files.databaseBeingCreated, this.files.database);
      fsyncDirectory(this.files.folder);
      this.openWithKey(vaultKey, vaultId);
      // Failed attempts on a vault that was here before do not make the new one wait.
      this.throttle.recordSuccess();
      return { recoveryKey: formatRecoveryKey(recoveryKey) };
    } finally {
      vaultKey.fill(0);
      recoveryKey.fill(0);
    }
  }

  unlock(passphrase: string): Promise<void> {
    return this.inTurn(() => this.attemptUnlock(passphrase));
  }

  /** Opens the vault with the recovery key and sets a new passphrase (the old one was forgotten). */
  unlockWithRecoveryKey(recoveryKeyText: string, newPassphrase: string): Promise<void> {
    return this.inTurn(() => this.attemptRecoveryUnlock(recoveryKeyText, newPassphrase));
  }

  /**
   * Rewraps the vault key under a new passphrase. One atomic replacement of the key file: a crash at any
   * moment leaves a vault that opens with either the old or the new passphrase. The database is untouched.
   */
  changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<void> {
    return this.inTurn(() => this.attemptPassphraseChange(currentPassphrase, newPassphrase));
  }

  private inTurn<T>(attempt: () => Promise<T>): Promise<T> {
    const result = this.attemptQueue.then(attempt);
    this.attemptQueue = result.catch(() => undefined);
    return result;
  }

  private async attemptUnlock(passphrase: string): Promise<void> {
    if (this.db) return;
    this.throttle.assertAllowed();
    const keyFile = this.readExistingKeyFile();
    const passphraseKey = await derivePassphraseKey(passphrase, Buffer.from(keyFile.passphrase.salt, 'base64'), keyFile.passphrase.iterations);
    const vaultKey = unwrapKey(keyFile.passphrase.wrapped, passphraseKey, keyFile.vaultId, 'passphrase');
    passphraseKey.fill(0);
    if (!vaultKey) {
      this.throttle.recordFailure();
      throw wrongPassphrase();
    }
    try {
      this.openWithKey(vaultKey, keyFile.vaultId);
      this.throttle.recordSuccess();
    } finally {
      vaultKey.fill(0);
    }
  }

  private async attemptRecoveryUnlock(recoveryKeyText: string, newPassphrase: string): Promise<void> {
    if (this.db) throw new BibobError('CONFLICT', 'De kluis is al ontgrendeld.');
    this.throttle.assertAllowed();
    const keyFile = this.readExistingKeyFile();
    const recoveryKey = parseRecoveryKey(recoveryKeyText);
    if (!recoveryKey) {
      throw new BibobError(
        'VALIDATION',
        'Dit is geen geldige herstelsleutel: die bestaat uit 13 groepen van 4 letters en cijfers.',
        { issues: [{ path: 'recoveryKey', message: 'Controleer de herstelsleutel.' }] },
      );
    }
    const wrappingKey = deriveRecoveryWrappingKey(recoveryKey, Buffer.from(keyFile.recovery.salt, 'base64'));
    const vaultKey = unwrapKey(keyFile.recovery.wrapped, wrappingKey, keyFile.vaultId, 'recovery');
    wrappingKey.fill(0);
    recoveryKey.fill(0);
    if (!vaultKey) {
      this.throttle.recordFailure();
      throw wrongRecoveryKey();
    }
    try {
      // Open first: a damaged vault must not get a new passphrase wrap written for it.
      this.openWithKey(vaultKey, keyFile.vaultId);
      this.throttle.recordSuccess();
      await this.rewrapPassphrase(this.readExistingKeyFile(), vaultKey, newPassphrase);
    } finally {
      vaultKey.fill(0);
    }
  }

  private async attemptPassphraseChange(currentPassphrase: string, newPassphrase: string): Promise<void> {
    this.database();
    this.throttle.assertAllowed();
    const keyFile = this.readExistingKeyFile();
    const currentKey = await derivePassphraseKey(currentPassphrase, Buffer.from(keyFile.passphrase.salt, 'base64'), keyFile.passphrase.iterations);
    const vaultKey = unwrapKey(keyFile.passphrase.wrapped, currentKey, keyFile.vaultId, 'passphrase');
    currentKey.fill(0);
    if (!vaultKey) {
      this.throttle.recordFailure();
      throw new BibobError('WRONG_PASSPHRASE', 'De huidige wachtwoordzin klopt niet. De wachtwoordzin is niet gewijzigd.');
    }
    this.throttle.recordSuccess();
    try {
      await this.rewrapPassphrase(keyFile, vaultKey, newPassphrase);
    } finally {
      vaultKey.fill(0);
    }
  }

  /** Closes the database: after this, nothing of the vault's content is readable without a key. */
  lock(): void {
    if (!this.db) return;
    const db = this.db;
    try {
      this.writeAuditAnchor();
    } catch {
      // A key file that cannot be written (disk full, read-only share) must not keep the vault open: the anchor then
      // lags behind, which verification tolerates; it only ever reports a trail shorter than its anchor.
    } finally {
      this.db = null;
      this.backupKey?.fill(0);
      this.backupKey = null;
      dropAuditChainKey(db);
      this.anchor?.key.fill(0);
      this.anchor = null;
      db.close();
    }
  }

  private async rewrapPassphrase(keyFile: KeyFile, vaultKey: Buffer, newPassphrase: string): Promise<void> {
    const salt = newSalt();
    const passphraseKey = await derivePassphraseKey(newPassphrase, salt, this.iterations);
    const next: KeyFile = {
      ...keyFile,
      passphrase: {
        kdf: 'pbkdf2-hmac-sha512',
        iterations: this.iterations,
        salt: salt.toString('base64'),
        wrapped: wrapKey(vaultKey, passphraseKey, keyFile.vaultId, 'passphrase'),
      },
    };
    passphraseKey.fill(0);
    writeKeyFile(this.files.keyFile, next, this.options.keyFileWriteHooks);
  }

  private readExistingKeyFile(): KeyFile {
    if (this.state() === 'absent') {
      throw new BibobError('VAULT_MISSING', 'Er is nog geen kluis in deze map. Maak eerst een kluis aan.');
    }
    removeInterruptedKeyFileWrites(this.files.keyFile);
    return readKeyFile(this.files.keyFile);
  }

  /**
   * Keys the connection, refuses a vault from a newer app version without changing it, and migrates an older
   * one after writing an encrypted backup beside it.
   */
  private openWithKey(vaultKey: Buffer, vaultId: string): void {
    const db = openEncryptedDatabase(this.files.database, vaultKey, { mustExist: true });
    const { chainKey, anchorKey } = deriveAuditKeys(vaultKey, vaultId);
    let problemAtUnlock: AnchorCheck | null;
    try {
      const version = schemaVersion(db);
      const latest = latestVersion(this.migrationList);
      if (version > latest) {
        throw new BibobError(
          'VAULT_TOO_NEW',
          'Deze kluis is gemaakt met een nieuwere versie van Bibob Werkbank. Installeer die versie om de kluis te openen; de kluis is niet gewijzigd.',
          { vaultVersion: version, appVersion: latest },
        );
      }
      configureVaultConnection(db);
      setAuditChainKey(db, chainKey);
      this.lastBackup = null;
      if (version < latest) {
        const manifest = { vaultId, schemaVersion: version, createdAt: this.now().toISOString(), auditAnchor: currentAnchor(db, anchorKey, vaultId) };
        this.lastBackup = backupEncryptedVault(db, this.files.database, this.files.backups, `v${version}`, this.now(), manifest);
        applyMigrations(db, this.migrationList);
      }
      // Compared before anything is written: an older vault.db put back, or a cut trail, must not be anchored anew.
      const atUnlock = existsSync(this.files.keyFile) ? checkAnchor(db, readKeyFile(this.files.keyFile), anchorKey) : null;
      problemAtUnlock = atUnlock && atUnlock.toestand !== 'in-orde' && atUnlock.toestand !== 'nog-niet-verankerd' ? atUnlock : null;
      // After migration 035: the chain rehashed over the hashes of the details. An anchor that was in order is moved to
      // the converted chain; one that was not stays as it is, as the evidence.
      if (auditConversionPending(db)) {
        convertAuditChain(db, chainKey);
        if (atUnlock && !problemAtUnlock) {
          writeKeyFile(this.files.keyFile, { ...readKeyFile(this.files.keyFile), format: KEY_FILE_FORMAT, auditAnchor: currentAnchor(db, anchorKey, vaultId) });
        }
      }
      // The attachment files: content still in the database moved out (after migration 029) and files no row knows
      // removed (an import or move interrupted by a crash). Rows whose file is missing are kept, found once here and
      // reported on the dashboard (bijlagen.ontbrekend) for the rest of the session.
      if (schemaHasAttachmentFiles(db)) {
        useAttachmentFolder(db, this.files.attachments);
        moveAttachmentsIntoFiles(db, this.options.attachmentMoveHooks);
        removeUnknownFiles(db);
        checkMissingFiles(db);
      }
    } catch (error) {
      dropAuditChainKey(db);
      anchorKey.fill(0);
      db.close();
      throw error;
    } finally {
      chainKey.fill(0);
    }
    // writtenAt 0: the first write after unlocking brings the anchor up to date.
    this.anchor = { key: anchorKey, vaultId, writtenAt: 0, problemAtUnlock };
    this.backupKey = Buffer.from(vaultKey);
    this.db = db;
  }

  private unlockedBackupKey(): { key: Buffer; vaultId: string } {
    this.database();
    if (!this.backupKey || !this.anchor) throw new BibobError('VAULT_LOCKED', 'De kluis is vergrendeld. Ontgrendel hem eerst.');
    return { key: this.backupKey, vaultId: this.anchor.vaultId };
  }

  /** The id of the open vault (it names its folder in a backup). */
  vaultId(): string {
    return this.unlockedBackupKey().vaultId;
  }

  /**
   * Writes a snapshot of the open vault into the backup folder `root`. The audit anchor is brought up to date first,
   * so the key file in the snapshot anchors exactly the trail in its database copy.
   */
  writeBackup(root: string): WrittenSnapshot {
    const { key, vaultId } = this.unlockedBackupKey();
    try {
      this.writeAuditAnchor();
    } catch {
      // A key file that cannot be written keeps its older anchor; the copy then has a lagging anchor, which is tolerated.
    }
    return writeSnapshot({ db: this.database(), files: this.files, vaultId, vaultKey: key }, root, this.now());
  }

  /**
   * Verifies a snapshot of this vault with its key (see verifySnapshot); `geheel`: the attachment files to check
   * record by record (default all; after writing a backup, those it copied).
   */
  verifyBackup(snapshotFolder: string, attachmentsFolder: string, geheel: 'alle' | ReadonlySet<string> = 'alle'): SnapshotCheck {
    const { key, vaultId } = this.unlockedBackupKey();
    return verifySnapshot(snapshotFolder, attachmentsFolder, key, vaultId, geheel);
  }

  rotateBackups(root: string, bewaren: number): { snapshots: number; bijlagen: number } {
    const { key, vaultId } = this.unlockedBackupKey();
    return rotateSnapshots(root, vaultId, key, bewaren);
  }

  /**
   * Restores a snapshot into the data folder and opens it. The snapshot's key file is opened with the credentials and
   * the snapshot verified in full before anything is written; a vault already in the data folder is replaced only when
   * `replaceExisting` says so, and is then moved aside, not deleted. Returns the folder it was moved to.
   */
  restoreBackup(snapshot: SnapshotListing, credentials: RestoreCredentials, replaceExisting: boolean): Promise<{ movedAside: string | null }> {
    return this.inTurn(async () => {
      if (this.db) throw new BibobError('CONFLICT', 'Vergrendel de kluis voordat u een reservekopie terugzet.');
      if (this.state() !== 'absent' && !replaceExisting) {
        throw new BibobError('CONFLICT', 'Er staat al een kluis in de gegevensmap. Bevestig dat u die wilt vervangen; hij wordt dan opzij gezet, niet verwijderd.', {
          issues: [{ path: 'vervangBestaandeKluis', message: 'Bevestig dat de bestaande kluis opzij gezet mag worden.' }],
        });
      }
      const keyFile = readSnapshotKeyFile(snapshot.folder);
      if (keyFile.vaultId !== snapshot.vaultId) {
        throw new BibobError('VAULT_DAMAGED', 'Het sleutelbestand in deze reservekopie hoort bij een andere kluis. Er is niets teruggezet.');
      }
      const vaultKey = await this.unwrapForRestore(keyFile, credentials);
      try {
        const check = verifySnapshot(snapshot.folder, snapshot.attachments, vaultKey, keyFile.vaultId);
        if (!check.ok) throw new BibobError('VAULT_DAMAGED', `${check.melding} Er is niets teruggezet.`);
        if (check.schemaVersion > latestVersion(this.migrationList)) {
          throw new BibobError('VAULT_TOO_NEW', 'Deze reservekopie is gemaakt met een nieuwere versie van Bibob Werkbank. Installeer die versie om hem terug te zetten; er is niets teruggezet.');
        }
        const movedAside = installSnapshot({ folder: snapshot.folder, attachments: snapshot.attachments, contents: check.contents }, this.files, this.now());
        this.openWithKey(vaultKey, keyFile.vaultId);
        this.throttle.recordSuccess();
        if ('recoveryKey' in credentials) await this.rewrapPassphrase(this.readExistingKeyFile(), vaultKey, credentials.newPassphrase);
        return { movedAside };
      } finally {
        vaultKey.fill(0);
      }
    });
  }

  private async unwrapForRestore(keyFile: KeyFile, credentials: RestoreCredentials): Promise<Buffer> {
    if ('passphrase' in credentials) {
      const passphraseKey = await derivePassphraseKey(credentials.passphrase, Buffer.from(keyFile.passphrase.salt, 'base64'), keyFile.passphrase.iterations);
      const vaultKey = unwrapKey(keyFile.passphrase.wrapped, passphraseKey, keyFile.vaultId, 'passphrase');
      passphraseKey.fill(0);
      if (!vaultKey) throw new BibobError('WRONG_PASSPHRASE', 'De wachtwoordzin past niet bij deze reservekopie. Gebruik de wachtwoordzin van het moment van de reservekopie, of de herstelsleutel.');
      return vaultKey;
    }
    const recoveryKey = parseRecoveryKey(credentials.recoveryKey);
    if (!recoveryKey) {
      throw new BibobError('VALIDATION', 'Dit is geen geldige herstelsleutel: die bestaat uit 13 groepen van 4 letters en cijfers.', {
        issues: [{ path: 'recoveryKey', message: 'Controleer de herstelsleutel.' }],
      });
    }
    const wrappingKey = deriveRecoveryWrappingKey(recoveryKey, Buffer.from(keyFile.recovery.salt, 'base64'));
    const vaultKey = unwrapKey(keyFile.recovery.wrapped, wrappingKey, keyFile.vaultId, 'recovery');
    wrappingKey.fill(0);
    recoveryKey.fill(0);
    if (!vaultKey) throw new BibobError('WRONG_RECOVERY_KEY', 'Deze herstelsleutel hoort niet bij deze reservekopie. Controleer de tekens en probeer het opnieuw.');
    return vaultKey;
  }
}

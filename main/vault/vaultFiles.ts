import path from 'node:path';

/** Where the vault's files live inside the data folder. */
export interface VaultFiles {
  readonly folder: string;
  readonly database: string;
  readonly databaseBeingCreated: string;
  readonly keyFile: string;
  readonly backups: string;
  /** One encrypted file per attachment content, named by a random id; a committed file is never rewritten. */
  readonly attachments: string;
  /** The count and time of failed unlock attempts (no secret), so that a restart does not reset the wait. */
  readonly attempts: string;
}

export function vaultFiles(dataFolder: string): VaultFiles {
  return {
    folder: dataFolder,
    database: path.join(dataFolder, 'vault.db'),
    databaseBeingCreated: path.join(dataFolder, 'vault.db.creating'),
    keyFile: path.join(dataFolder, 'vault.keys.json'),
    backups: path.join(dataFolder, 'backups'),
    attachments: path.join(dataFolder, 'bijlagen'),
    attempts: path.join(dataFolder, 'vault.attempts.json'),
  };
}

export const DATA_FOLDER_ENV = 'BIBOB_WERKBANK_DATA';

/** The data folder: BIBOB_WERKBANK_DATA when set (tests, portable installs), otherwise the user's app data. */
export function resolveDataFolder(env: NodeJS.ProcessEnv, userAppData: string): string {
  const override = env[DATA_FOLDER_ENV]?.trim();
  return override ? path.resolve(override) : path.join(userAppData, 'vault');
}

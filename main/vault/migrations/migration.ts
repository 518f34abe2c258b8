import type { VaultDatabase } from '../database';

/** A numbered schema change. Released migrations are never edited: a change is a new migration. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: VaultDatabase): void;
}

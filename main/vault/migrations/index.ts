import type { VaultDatabase } from '../database';
import { schemaVersion } from '../database';
import type { Migration } from './migration';
import { migration001 } from './001_dossiers_and_audit';
import { migration002 } from './002_settings';
import { migration003 } from './003_dossier_betrokkenen_zoeken';
import { migration004 } from './004_bijlagen';
import { migration005 } from './005_herstelverzoeken';
import { migration006 } from './006_vragenformulieren';
import { migration007 } from './007_bijlage_notities';
import { migration008 } from './008_informatieverzoeken';
import { migration009 } from './009_eigen_onderzoek';
import { migration010 } from './010_beoordeling';
import { migration011 } from './011_zienswijze_besluit';
import { migration012 } from './012_verstrekkingen';
import { migration013 } from './013_brieven';
import { migration014 } from './014_sjablonen';
import { migration015 } from './015_rapportage';
import { migration016 } from './016_intrekkingen';
import { migration018 } from './018_verwijderingen';
import { migration020 } from './020_zienswijze_rondes';
import { migration024 } from './024_auditsleutel';
import { migration025 } from './025_zoektekst';
import { migration026 } from './026_verdere_besluiten';
import { migration027 } from './027_zienswijze_reactie';
import { migration028 } from './028_brief_bijlage_grondslagen';
import { migration029 } from './029_bijlagen_als_bestanden';
import { migration030 } from './030_reservekopieen';
import { migration031 } from './031_beleidstoets';
import { migration033 } from './033_dashboard_tellingen';
import { migration034 } from './034_overdracht';
import { migration035 } from './035_bewaren_en_vernietigen';
import { migration037 } from './037_zienswijze_verdere_besluiten';

export type { Migration } from './migration';

/**
 * Every migration of the vault schema, in order. The vault's PRAGMA user_version is the last one applied. Numbers
 * are handed out per line of work, so the list may skip one; it must rise strictly.
 */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014, migration015, migration016, migration018, migration020, migration024, migration025, migration026, migration027, migration028, migration029, migration030, migration031, migration033, migration034, migration035, migration037];

export function assertMigrationsWellFormed(list: readonly Migration[]): void {
  list.forEach((migration, index) => {
    const previous = index === 0 ? 0 : list[index - 1]!.version;
    if (migration.version <= previous) {
      throw new Error(`migration ${migration.name} has version ${migration.version}, expected more than ${previous}`);
    }
  });
}

export function latestVersion(list: readonly Migration[]): number {
  return list.length === 0 ? 0 : list[list.length - 1]!.version;
}

/**
 * Applies every migration above the vault's version, each in its own transaction together with the new
 * user_version, so a failure leaves the vault at the last completed version.
 */
export function applyMigrations(db: VaultDatabase, list: readonly Migration[]): { from: number; to: number } {
  assertMigrationsWellFormed(list);
  const from = schemaVersion(db);
  for (const migration of list) {
    if (migration.version <= schemaVersion(db)) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return { from, to: schemaVersion(db) };
}

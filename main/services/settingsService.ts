import type { ParsedInput } from '../../src/contract';
import type { Settings } from '../../src/contract/schemas';
import { DEFAULT_ZAAKNUMMER_PREFIX } from '../../src/domain/zaaknummer';
import { findDossier, openDossierSql } from '../vault/repositories/dossiers';
import { readSetting, writeSetting } from '../vault/repositories/settings';
import type { VaultDatabase } from '../vault/database';
import { inTransactionWithAudit, today, type ServiceContext } from './context';
import { IDLE_TIMEOUT_SETTING, idleTimeoutMinutes } from './vaultService';
import { readTermSettings, refreshDeadline, TERM_SETTINGS_KEY } from './deadlineService';
import { ZAAKNUMMER_PREFIX_SETTING } from './dossierService';

function settingsOf(ctx: ServiceContext, db: VaultDatabase): Settings {
  return {
    dataFolder: ctx.vault.files.folder,
    idleTimeoutMinutes: idleTimeoutMinutes(db),
    zaaknummerPrefix: readSetting(db, ZAAKNUMMER_PREFIX_SETTING) ?? DEFAULT_ZAAKNUMMER_PREFIX,
    termijnen: { ...readTermSettings(db), decreedDays: [...readTermSettings(db).decreedDays] },
  };
}

export function readSettings(ctx: ServiceContext): Settings {
  return settingsOf(ctx, ctx.vault.database());
}

/** Recomputes the stored deadline of every open dossier, after the rules it depends on changed. */
function refreshOpenDeadlines(ctx: ServiceContext, db: VaultDatabase): number {
  const ids = (db.prepare(`SELECT id FROM dossier WHERE ${openDossierSql}`).all() as { id: string }[]).map((r) => r.id);
  const now = today(ctx);
  for (const id of ids) refreshDeadline(db, findDossier(db, id)!, now);
  return ids.length;
}

export function updateSettings(ctx: ServiceContext, update: ParsedInput<'settings.update'>): Settings {
  return inTransactionWithAudit(ctx, (db) => {
    const before = settingsOf(ctx, db);
    const changes: Record<string, [unknown, unknown]> = {};
    if (update.idleTimeoutMinutes !== undefined && update.idleTimeoutMinutes !== before.idleTimeoutMinutes) {
      writeSetting(db, IDLE_TIMEOUT_SETTING, String(update.idleTimeoutMinutes));
      changes.idleTimeoutMinutes = [before.idleTimeoutMinutes, update.idleTimeoutMinutes];
    }
    if (update.zaaknummerPrefix !== undefined && update.zaaknummerPrefix !== before.zaaknummerPrefix) {
      writeSetting(db, ZAAKNUMMER_PREFIX_SETTING, update.zaaknummerPrefix);
      changes.zaaknummerPrefix = [before.zaaknummerPrefix, update.zaaknummerPrefix];
    }
    let herberekend = 0;
    if (update.termijnen !== undefined && JSON.stringify(update.termijnen) !== JSON.stringify(before.termijnen)) {
      const termijnen = { ...update.termijnen, decreedDays: [...new Set(update.termijnen.decreedDays)].sort() };
      writeSetting(db, TERM_SETTINGS_KEY, JSON.stringify(termijnen));
      changes.termijnen = [before.termijnen, termijnen];
      herberekend = refreshOpenDeadlines(ctx, db);
    }
    return {
      result: settingsOf(ctx, db),
      audit: { action: 'instelling.gewijzigd', entityType: 'instelling', entityId: null, details: { ...changes, ...(herberekend ? { herberekendeDossiers: herberekend } : {}) } },
    };
  });
}

/*
 * Issue 18 §2: every record the coordinator entered can be corrected, with a reason; the audit trail keeps old → new.
 * The one rule shared by the corrections of research notes and findings: which fields changed, each as [old, new].
 */

/** The fields of `keys` whose value differs between `before` and `after` (absent counts as null), as [old, new]. */
export function wijzigingen<T extends object>(before: T, after: T, keys: readonly (keyof T)[]): Partial<Record<keyof T, [unknown, unknown]>> {
  const result: Partial<Record<keyof T, [unknown, unknown]>> = {};
  for (const key of keys) {
    const oud = before[key] ?? null;
    const nieuw = after[key] ?? null;
    if (JSON.stringify(oud) !== JSON.stringify(nieuw)) result[key] = [oud, nieuw];
  }
  return result;
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { isVaultLocked, messageOf } from '../errors';
import { useVaultLocked } from '../vaultLock';

export interface ReloadableState<T> {
  readonly value: T | null;
  /** The Dutch message when (re)loading failed. */
  readonly error: string | null;
  /** Loads again, e.g. after a change; resolves when the new value is in. */
  readonly reload: () => Promise<void>;
  /** Takes a value a call already returned, so that no second call is needed. */
  readonly replace: (value: T) => void;
}

/**
 * Data of one part of a screen (a dossier's vragenformulier, its attachments), loaded when the part opens and
 * again after a change. Only the newest answer counts, and none once the part has gone.
 * `load` must be stable (useCallback) or the data loads again on every render.
 */
export function useReloadable<T>(load: () => Promise<T>): ReloadableState<T> {
  const onVaultLocked = useVaultLocked();
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latestRequest = useRef(0);
  const mounted = useRef(false);

  const reload = useCallback(async () => {
    const request = ++latestRequest.current;
    const current = () => mounted.current && request === latestRequest.current;
    try {
      const loaded = await load();
      if (!current()) return;
      setValue(loaded);
      setError(null);
    } catch (reason) {
      if (!current()) return;
      if (isVaultLocked(reason)) onVaultLocked(reason.message);
      else setError(messageOf(reason));
    }
  }, [load, onVaultLocked]);

  const replace = useCallback((next: T) => {
    // An answer still under way is older than this one.
    latestRequest.current++;
    setValue(next);
    setError(null);
  }, []);

  useEffect(() => {
    mounted.current = true;
    void reload();
    return () => {
      mounted.current = false;
    };
  }, [reload]);

  return { value, error, reload, replace };
}

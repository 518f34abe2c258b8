import { useEffect, useRef, useState } from 'react';
import { isVaultLocked, messageOf } from '../errors';
import { useVaultLocked } from '../vaultLock';

/**
 * Loads data once when the screen opens. Returns the Dutch message when loading failed; an answer that
 * arrives after the screen has gone is dropped.
 */
export function useLoad<T>(load: () => Promise<T>, onLoaded: (value: T) => void): string | null {
  const onVaultLocked = useVaultLocked();
  const [error, setError] = useState<string | null>(null);
  const latest = useRef({ load, onLoaded, onVaultLocked });
  useEffect(() => {
    latest.current = { load, onLoaded, onVaultLocked };
  });

  useEffect(() => {
    let active = true;
    latest.current.load().then(
      (value) => {
        if (active) latest.current.onLoaded(value);
      },
      (reason: unknown) => {
        if (!active) return;
        if (isVaultLocked(reason)) latest.current.onVaultLocked(reason.message);
        else setError(messageOf(reason));
      },
    );
    return () => {
      active = false;
    };
  }, []);

  return error;
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { bibob, unwrap } from '../bridge';
import type { DossierDetail } from '../../src/contract/schemas';
import { isVaultLocked, messageOf } from '../errors';
import { useVaultLocked } from '../vaultLock';

export interface DossierDetailState {
  readonly detail: DossierDetail | null;
  /** The Dutch message when (re)loading failed. */
  readonly error: string | null;
  /** Loads the dossier again, e.g. after a change; resolves when the new detail is in. */
  readonly reload: () => Promise<void>;
}

/**
 * One dossier with its betrokkenen, relations, timeline, deadline and possible phase changes, loaded when the
 * page opens and again after every change. Only the newest answer counts, and none once the page has gone.
 */
export function useDossierDetail(id: string): DossierDetailState {
  const onVaultLocked = useVaultLocked();
  const [detail, setDetail] = useState<DossierDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latestRequest = useRef(0);
  const mounted = useRef(false);

  const reload = useCallback(async () => {
    const request = ++latestRequest.current;
    const current = () => mounted.current && request === latestRequest.current;
    try {
      const value = await unwrap(bibob.dossiers.get({ id }));
      if (!current()) return;
      setDetail(value);
      setError(null);
    } catch (reason) {
      if (!current()) return;
      if (isVaultLocked(reason)) onVaultLocked(reason.message);
      else setError(messageOf(reason));
    }
  }, [id, onVaultLocked]);

  useEffect(() => {
    mounted.current = true;
    void reload();
    return () => {
      mounted.current = false;
    };
  }, [reload]);

  return { detail, error, reload };
}

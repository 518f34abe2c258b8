import { useCallback } from 'react';
import { bibob, unwrap } from '../bridge';
import type { DossierDetail } from '../../src/contract/schemas';
import { useReloadable } from './useReloadable';

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
  const load = useCallback(() => unwrap(bibob.dossiers.get({ id })), [id]);
  const { value, error, reload } = useReloadable(load);
  return { detail: value, error, reload };
}

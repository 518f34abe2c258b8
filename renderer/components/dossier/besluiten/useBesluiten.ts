import { useCallback, useEffect, useRef } from 'react';
import type { BesluitenView } from '../../../../src/contract/besluitenCalls';
import { bibob, unwrap } from '../../../bridge';
import { useReloadable, type ReloadableState } from '../../../hooks/useReloadable';

/**
 * The decisions of a dossier with their terms, loaded when the part opens and again whenever `version` changes:
 * something elsewhere on the page (an LBB request, a herstelverzoek, another part's save) may have moved them.
 */
export function useBesluiten(dossierId: string, version: number): ReloadableState<BesluitenView> {
  const load = useCallback(() => unwrap(bibob.besluiten.list({ dossierId })), [dossierId]);
  const view = useReloadable(load);
  const { reload } = view;
  const loadedVersion = useRef(version);
  useEffect(() => {
    if (loadedVersion.current === version) return;
    loadedVersion.current = version;
    void reload();
  }, [version, reload]);
  return view;
}

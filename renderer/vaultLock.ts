import { createContext, useContext } from 'react';

/**
 * Called by any screen whose call failed with VAULT_LOCKED: the app then forgets everything of the vault and
 * shows the unlock screen with the given notice.
 */
export type VaultLockedHandler = (notice: string) => void;

export const VaultLockedContext = createContext<VaultLockedHandler | null>(null);

export function useVaultLocked(): VaultLockedHandler {
  const handler = useContext(VaultLockedContext);
  if (!handler) throw new Error('useVaultLocked wordt gebruikt buiten VaultLockedContext.');
  return handler;
}

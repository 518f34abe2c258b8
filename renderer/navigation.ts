import { createContext, useContext } from 'react';
import type { NetwerkVanaf } from './state';

/**
 * Opening the page of a betrokkene or the network from wherever a betrokkene is listed, without handing the
 * functions down through every screen and section in between.
 */
export interface BetrokkeneNavigation {
  readonly openBetrokkene: (id: string, naam: string) => void;
  readonly openNetwerk: (vanaf: NetwerkVanaf) => void;
}

export const BetrokkeneNavigationContext = createContext<BetrokkeneNavigation | null>(null);

export function useBetrokkeneNavigation(): BetrokkeneNavigation {
  const navigation = useContext(BetrokkeneNavigationContext);
  if (!navigation) throw new Error('useBetrokkeneNavigation wordt gebruikt buiten BetrokkeneNavigationContext.');
  return navigation;
}

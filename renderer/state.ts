import type { Dossier, Settings, VaultState } from '../src/contract/schemas';
import type { DossierPaginaId } from '../src/domain/workflow';

/** The screens of the app. Only the unlocked ones may hold anything read from the vault. */
export type Screen =
  | { readonly name: 'starting' }
  | { readonly name: 'startFailed'; readonly message: string }
  | { readonly name: 'createVault' }
  | { readonly name: 'recoveryKey'; readonly recoveryKey: string }
  | { readonly name: 'unlock'; readonly notice: string | null }
  | { readonly name: 'unlockWithRecoveryKey' }
  | { readonly name: 'restoreBackup' }
  | { readonly name: 'overview'; readonly notice: string | null }
  | { readonly name: 'newDossier' }
  /**
   * One dossier; its zaaknummer is known from where it was opened, so the heading is right at once. The page shown
   * (issue 23 §1); null until the dossier is read, then the page of its fase.
   */
  | { readonly name: 'dossier'; readonly id: string; readonly zaaknummer: string; readonly pagina: DossierPaginaId | null }
  | { readonly name: 'agenda' }
  /** The page of one betrokkene; its name is known from where it was opened. */
  | { readonly name: 'betrokkene'; readonly id: string; readonly naam: string }
  /** The network of betrokkenen: around one betrokkene, around the betrokkenen of a dossier, or of the whole vault. */
  | { readonly name: 'netwerk'; readonly vanaf: NetwerkVanaf }
  | { readonly name: 'search' }
  | { readonly name: 'report' }
  | { readonly name: 'register' }
  | { readonly name: 'overdracht' }
  /** The closed dossiers past their bewaartermijn, their vernietiging, and the vernietigingsrecords. */
  | { readonly name: 'vernietigen' }
  | { readonly name: 'settings' }
  | { readonly name: 'help' };

export type ScreenName = Screen['name'];

/** Where the network starts; neither: every betrokkene with a recorded relation. */
export interface NetwerkVanaf {
  readonly betrokkeneId?: string;
  readonly dossierId?: string;
}

/** The screens reachable from the main menu. */
export type Destination = 'overview' | 'newDossier' | 'agenda' | 'netwerk' | 'search' | 'report' | 'register' | 'overdracht' | 'vernietigen' | 'settings' | 'help';

/**
 * What the app holds. The details of one dossier, the agenda and search results live in their screen's own
 * component state: they go when the screen goes, and locking always replaces the screen.
 */
export interface AppState {
  readonly screen: Screen;
  /** Learnt from session.touch after unlocking; null while locked. */
  readonly idleTimeoutMinutes: number | null;
  readonly dossiers: readonly Dossier[] | null;
  readonly settings: Settings | null;
  /** The page last shown of each dossier opened since unlocking: opening it again returns there. */
  readonly dossierPaginas: Readonly<Record<string, DossierPaginaId>>;
}

export type Action =
  | { readonly type: 'starting' }
  | { readonly type: 'startFailed'; readonly message: string }
  | { readonly type: 'vaultStatus'; readonly state: VaultState }
  | { readonly type: 'vaultCreated'; readonly recoveryKey: string }
  | { readonly type: 'recoveryKeyConfirmed' }
  | { readonly type: 'unlocked' }
  | { readonly type: 'locked'; readonly notice: string | null }
  | { readonly type: 'showUnlockForm' }
  | { readonly type: 'showRecoveryForm' }
  | { readonly type: 'showRestoreBackup' }
  | { readonly type: 'navigate'; readonly to: Destination }
  | { readonly type: 'dossierCreated'; readonly zaaknummer: string }
  | { readonly type: 'openDossier'; readonly id: string; readonly zaaknummer: string }
  | { readonly type: 'showDossierPagina'; readonly id: string; readonly pagina: DossierPaginaId }
  | { readonly type: 'openBetrokkene'; readonly id: string; readonly naam: string }
  | { readonly type: 'openNetwerk'; readonly vanaf: NetwerkVanaf }
  | { readonly type: 'dossiersLoaded'; readonly dossiers: readonly Dossier[] }
  | { readonly type: 'settingsLoaded'; readonly settings: Settings }
  | { readonly type: 'idleTimeoutKnown'; readonly minutes: number }
  | { readonly type: 'dossierRemoved'; readonly zaaknummer: string };

export const IDLE_LOCK_NOTICE = 'De kluis is vergrendeld na een periode zonder activiteit.';

const emptyVault = { idleTimeoutMinutes: null, dossiers: null, settings: null, dossierPaginas: {} } as const;

export const initialState: AppState = { screen: { name: 'starting' }, ...emptyVault };

/** The state after locking: the unlock screen and nothing of the vault. */
function lockedState(notice: string | null): AppState {
  return { screen: { name: 'unlock', notice }, ...emptyVault };
}

const unlockedScreens: ReadonlySet<ScreenName> = new Set<ScreenName>(['recoveryKey', 'overview', 'newDossier', 'dossier', 'agenda', 'betrokkene', 'netwerk', 'search', 'report', 'register', 'overdracht', 'vernietigen', 'settings', 'help']);

export function isUnlockedScreen(screen: Screen): boolean {
  return unlockedScreens.has(screen.name);
}

/** The unlocked screens that show the main menu (all but the one-time recovery key). */
export function hasMainMenu(screen: Screen): boolean {
  return isUnlockedScreen(screen) && screen.name !== 'recoveryKey';
}

function screenFor(destination: Destination): Screen {
  if (destination === 'overview') return { name: 'overview', notice: null };
  if (destination === 'netwerk') return { name: 'netwerk', vanaf: {} };
  return { name: destination };
}

export function appReducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'starting':
      return initialState;
    case 'startFailed':
      return { screen: { name: 'startFailed', message: action.message }, ...emptyVault };
    case 'vaultStatus':
      if (action.state === 'absent') return { screen: { name: 'createVault' }, ...emptyVault };
      if (action.state === 'locked') return lockedState(null);
      return { screen: { name: 'overview', notice: null }, ...emptyVault };
    case 'vaultCreated':
      return { screen: { name: 'recoveryKey', recoveryKey: action.recoveryKey }, ...emptyVault };
    case 'recoveryKeyConfirmed':
    case 'unlocked':
      return { ...state, screen: { name: 'overview', notice: null } };
    case 'locked':
      return lockedState(action.notice);
    case 'showUnlockForm':
      return lockedState(null);
    case 'showRecoveryForm':
      return { screen: { name: 'unlockWithRecoveryKey' }, ...emptyVault };
    case 'showRestoreBackup':
      return { screen: { name: 'restoreBackup' }, ...emptyVault };
    default:
      break;
  }
  // What follows concerns an unlocked vault only: an answer that arrives after locking is dropped.
  if (!isUnlockedScreen(state.screen)) return state;
  switch (action.type) {
    case 'navigate':
      return { ...state, screen: screenFor(action.to) };
    case 'dossierCreated':
      return { ...state, screen: { name: 'overview', notice: `Dossier ${action.zaaknummer} is aangemaakt.` } };
    case 'openDossier':
      return { ...state, screen: { name: 'dossier', id: action.id, zaaknummer: action.zaaknummer, pagina: state.dossierPaginas[action.id] ?? null } };
    case 'showDossierPagina': {
      const dossierPaginas = { ...state.dossierPaginas, [action.id]: action.pagina };
      const screen = state.screen.name === 'dossier' && state.screen.id === action.id ? { ...state.screen, pagina: action.pagina } : state.screen;
      return { ...state, screen, dossierPaginas };
    }
    case 'openBetrokkene':
      return { ...state, screen: { name: 'betrokkene', id: action.id, naam: action.naam } };
    case 'openNetwerk':
      return { ...state, screen: { name: 'netwerk', vanaf: action.vanaf } };
    case 'dossiersLoaded':
      return { ...state, dossiers: action.dossiers };
    case 'settingsLoaded':
      return { ...state, settings: action.settings, idleTimeoutMinutes: action.settings.idleTimeoutMinutes };
    case 'idleTimeoutKnown':
      return state.idleTimeoutMinutes === action.minutes ? state : { ...state, idleTimeoutMinutes: action.minutes };
    case 'dossierRemoved':
      return { ...state, screen: { name: 'overview', notice: `Dossier ${action.zaaknummer} is verwijderd.` } };
  }
}

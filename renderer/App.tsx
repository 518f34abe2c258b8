import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { bibob, unwrap } from './bridge';
import { DEFAULT_IDLE_TIMEOUT_MINUTES } from '../src/contract/schemas';
import { AppLayout } from './components/AppLayout';
import { MainNavigation, type Section } from './components/MainNavigation';
import { isVaultLocked, messageOf } from './errors';
import { useIdleLock } from './hooks/useIdleLock';
import { Agenda } from './screens/Agenda';
import { BetrokkenePage } from './screens/BetrokkenePage';
import { Netwerk } from './screens/Netwerk';
import { BetrokkeneNavigationContext, type BetrokkeneNavigation } from './navigation';
import { CreateVault } from './screens/CreateVault';
import { DossierPage } from './screens/DossierPage';
import { Help } from './screens/Help';
import { NewDossier } from './screens/NewDossier';
import { Overview } from './screens/Overview';
import { RecoveryKey } from './screens/RecoveryKey';
import { RestoreBackup } from './screens/RestoreBackup';
import { Search } from './screens/Search';
import { Jaarverslag } from './screens/Jaarverslag';
import { Verstrekkingsregister } from './screens/Verstrekkingsregister';
import { Overdracht } from './screens/Overdracht';
import { TeVernietigen } from './screens/TeVernietigen';
import { Settings } from './screens/Settings';
import { StartProblem } from './screens/StartProblem';
import { Unlock } from './screens/Unlock';
import { UnlockWithRecoveryKey } from './screens/UnlockWithRecoveryKey';
import {
  appReducer,
  hasMainMenu,
  IDLE_LOCK_NOTICE,
  initialState,
  isUnlockedScreen,
  type Action,
  type AppState,
  type Destination,
  type Screen,
} from './state';
import { VaultLockedContext } from './vaultLock';
import { hasUnsavedInput, idleWarningText, lockNotice } from './unsavedInput';

/** Locks the vault in main. Whatever the answer, the page forgets the vault; main's own idle lock is the backstop. */
async function lockVault(): Promise<void> {
  try {
    await unwrap(bibob.vault.lock({}));
  } catch {
    // Nothing to show: the coordinator lands on the unlock screen either way.
  }
}

/** The menu item that is current on a screen. */
function sectionOf(screen: Screen): Section {
  switch (screen.name) {
    case 'agenda':
      return 'agenda';
    case 'betrokkene':
    case 'netwerk':
      return 'netwerk';
    case 'search':
      return 'zoeken';
    case 'report':
      return 'jaarverslag';
    case 'register':
      return 'register';
    case 'overdracht':
      return 'overdracht';
    case 'vernietigen':
      return 'vernietigen';
    case 'settings':
      return 'instellingen';
    case 'help':
      return 'help';
    default:
      return 'dossiers';
  }
}

function renderScreen(state: AppState, dispatch: (action: Action) => void, start: () => void) {
  const navigate = (to: Destination) => dispatch({ type: 'navigate', to });
  const openDossier = (id: string, zaaknummer: string) => dispatch({ type: 'openDossier', id, zaaknummer });
  const { screen } = state;
  switch (screen.name) {
    case 'starting':
      return <p className="loading">Bibob Werkbank wordt gestart…</p>;
    case 'startFailed':
      return <StartProblem message={screen.message} onRetry={start} />;
    case 'createVault':
      return <CreateVault onCreated={(recoveryKey) => dispatch({ type: 'vaultCreated', recoveryKey })} onRestore={() => dispatch({ type: 'showRestoreBackup' })} />;
    case 'recoveryKey':
      return <RecoveryKey recoveryKey={screen.recoveryKey} onConfirmed={() => dispatch({ type: 'recoveryKeyConfirmed' })} />;
    case 'unlock':
      return (
        <Unlock
          notice={screen.notice}
          onUnlocked={() => dispatch({ type: 'unlocked' })}
          onForgotPassphrase={() => dispatch({ type: 'showRecoveryForm' })}
          onRestore={() => dispatch({ type: 'showRestoreBackup' })}
        />
      );
    case 'restoreBackup':
      return <RestoreBackup onRestored={() => dispatch({ type: 'unlocked' })} onBack={start} />;
    case 'unlockWithRecoveryKey':
      return <UnlockWithRecoveryKey onUnlocked={() => dispatch({ type: 'unlocked' })} onBack={() => dispatch({ type: 'showUnlockForm' })} />;
    case 'overview':
      return (
        <Overview
          dossiers={state.dossiers}
          notice={screen.notice}
          onLoaded={(dossiers) => dispatch({ type: 'dossiersLoaded', dossiers })}
          onNewDossier={() => navigate('newDossier')}
          onOpenDossier={openDossier}
        />
      );
    case 'dossier':
      // A new key for another dossier: nothing of the previous one stays in the page's state.
      return (
        <DossierPage
          key={screen.id}
          id={screen.id}
          zaaknummer={screen.zaaknummer}
          pagina={screen.pagina}
          onShowPagina={(pagina) => dispatch({ type: 'showDossierPagina', id: screen.id, pagina })}
          onOpenDossier={openDossier}
          onRemoved={(zaaknummer) => dispatch({ type: 'dossierRemoved', zaaknummer })}
        />
      );
    case 'agenda':
      return <Agenda onOpenDossier={openDossier} />;
    case 'betrokkene':
      // A new key for another betrokkene: nothing of the previous page stays.
      return <BetrokkenePage key={screen.id} id={screen.id} naam={screen.naam} onOpenDossier={openDossier} />;
    case 'netwerk':
      return <Netwerk key={JSON.stringify(screen.vanaf)} vanaf={screen.vanaf} onOpenDossier={openDossier} />;
    case 'search':
      return <Search onOpenDossier={openDossier} />;
    case 'report':
      return <Jaarverslag huidigJaar={Number(new Date().getFullYear())} />;
    case 'register':
      return <Verstrekkingsregister onOpenDossier={openDossier} />;
    case 'overdracht':
      return <Overdracht onOpenDossier={openDossier} />;
    case 'vernietigen':
      return <TeVernietigen onOpenDossier={openDossier} />;
    case 'newDossier':
      return (
        <NewDossier
          onCreated={(dossier) => dispatch({ type: 'dossierCreated', zaaknummer: dossier.zaaknummer })}
          onCancel={() => navigate('overview')}
        />
      );
    case 'settings':
      return <Settings settings={state.settings} onSettingsLoaded={(settings) => dispatch({ type: 'settingsLoaded', settings })} />;
    case 'help':
      return <Help />;
  }
}

export function App() {
  const [state, dispatch] = useReducer(appReducer, initialState);
  const { screen } = state;
  const unlocked = isUnlockedScreen(screen);
  const withMenu = hasMainMenu(screen);

  const start = useCallback(() => {
    dispatch({ type: 'starting' });
    unwrap(bibob.vault.status({})).then(
      (status) => dispatch({ type: 'vaultStatus', state: status.state }),
      (error: unknown) => dispatch({ type: 'startFailed', message: messageOf(error) }),
    );
  }, []);
  useEffect(start, [start]);

  // Whatever locked the vault, the unlock screen says so when typed input went with the forms.
  const onVaultLocked = useCallback((notice: string | null) => dispatch({ type: 'locked', notice: lockNotice(notice) }), []);

  const lock = useCallback(
    async (notice: string | null) => {
      await lockVault();
      onVaultLocked(notice);
    },
    [onVaultLocked],
  );

  /** Reports activity to main and keeps the idle timeout in step with the vault's setting. */
  const touch = useCallback(() => {
    unwrap(bibob.session.touch({})).then(
      ({ idleTimeoutMinutes }) => dispatch({ type: 'idleTimeoutKnown', minutes: idleTimeoutMinutes }),
      (error: unknown) => {
        if (isVaultLocked(error)) onVaultLocked(error.message);
      },
    );
  }, [onVaultLocked]);

  // After unlocking: learn the idle timeout (and count the unlock as activity).
  const timeoutUnknown = unlocked && state.idleTimeoutMinutes === null;
  useEffect(() => {
    if (!timeoutUnknown) return;
    let current = true;
    unwrap(bibob.session.touch({})).then(
      ({ idleTimeoutMinutes }) => {
        if (current) dispatch({ type: 'idleTimeoutKnown', minutes: idleTimeoutMinutes });
      },
      (error: unknown) => {
        if (!current) return;
        if (isVaultLocked(error)) onVaultLocked(error.message);
        else dispatch({ type: 'idleTimeoutKnown', minutes: DEFAULT_IDLE_TIMEOUT_MINUTES });
      },
    );
    return () => {
      current = false;
    };
  }, [timeoutUnknown, onVaultLocked]);

  const betrokkeneNavigation = useMemo<BetrokkeneNavigation>(
    () => ({
      openBetrokkene: (id, naam) => dispatch({ type: 'openBetrokkene', id, naam }),
      openNetwerk: (vanaf) => dispatch({ type: 'openNetwerk', vanaf }),
    }),
    [],
  );

  const [idleWarning, setIdleWarning] = useState<string | null>(null);
  useIdleLock(unlocked ? state.idleTimeoutMinutes : null, () => void lock(IDLE_LOCK_NOTICE), touch, (warning) =>
    setIdleWarning(warning ? idleWarningText(hasUnsavedInput()) : null),
  );

  const navigation = withMenu ? (
    <MainNavigation
      current={sectionOf(screen)}
      onNavigate={(to) => dispatch({ type: 'navigate', to })}
      onLock={() => void lock(null)}
    />
  ) : null;

  return (
    <VaultLockedContext value={onVaultLocked}>
      <AppLayout navigation={navigation}>
        {unlocked && idleWarning && (
          <div role="alert" className="error-alert idle-warning">
            <p className="error-alert__message">{idleWarning}</p>
          </div>
        )}
        <BetrokkeneNavigationContext value={betrokkeneNavigation}>{renderScreen(state, dispatch, start)}</BetrokkeneNavigationContext>
      </AppLayout>
    </VaultLockedContext>
  );
}

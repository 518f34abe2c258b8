import { Button } from '@utrecht/button-react';
import type { Destination } from '../state';

export type Section = 'dossiers' | 'agenda' | 'netwerk' | 'zoeken' | 'jaarverslag' | 'register' | 'overdracht' | 'vernietigen' | 'instellingen' | 'help';

interface MainNavigationProps {
  readonly current: Section;
  readonly onNavigate: (to: Destination) => void;
  readonly onLock: () => void;
}

const sections: readonly { section: Section; label: string; to: Destination }[] = [
  { section: 'dossiers', label: 'Dossiers', to: 'overview' },
  { section: 'agenda', label: 'Agenda', to: 'agenda' },
  { section: 'netwerk', label: 'Netwerk', to: 'netwerk' },
  { section: 'zoeken', label: 'Zoeken', to: 'search' },
  { section: 'jaarverslag', label: 'Jaarverslag', to: 'report' },
  { section: 'register', label: 'Verstrekkingsregister', to: 'register' },
  { section: 'overdracht', label: 'Overdracht', to: 'overdracht' },
  { section: 'vernietigen', label: 'Te vernietigen', to: 'vernietigen' },
  { section: 'instellingen', label: 'Instellingen', to: 'settings' },
  { section: 'help', label: 'Help', to: 'help' },
];

/** The main menu and the lock button, shown in the header while the vault is unlocked. */
export function MainNavigation({ current, onNavigate, onLock }: MainNavigationProps) {
  return (
    <>
      <nav aria-label="Hoofdmenu" className="main-nav">
        <ul className="main-nav__list">
          {sections.map(({ section, label, to }) => (
            <li key={section}>
              <button
                type="button"
                className="main-nav__button"
                aria-current={section === current ? 'page' : undefined}
                onClick={() => onNavigate(to)}
              >
                {label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <Button appearance="secondary-action-button" className="lock-button" onClick={onLock}>
        Vergrendelen
      </Button>
    </>
  );
}

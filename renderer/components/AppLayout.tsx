import type { MouseEvent, ReactNode } from 'react';

export const MAIN_ID = 'inhoud';

function skipToContent(event: MouseEvent<HTMLAnchorElement>): void {
  const main = document.getElementById(MAIN_ID);
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

/** The page around every screen: skip link, header with the app's name (and, when unlocked, its menu), main. */
export function AppLayout({ navigation, children }: { navigation: ReactNode; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToContent}>
        Naar de inhoud
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <span className="app-name">Bibob Werkbank</span>
          {navigation}
        </div>
      </header>
      <main id={MAIN_ID} className="app-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

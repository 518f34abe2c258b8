import type { ReactNode } from 'react';
import type { DossierPagina } from '../../../src/domain/workflow';

export function paginaHeadingId(pagina: DossierPagina['id']): string {
  return `dossier-pagina-${pagina}`;
}

interface DossierPaginaViewProps {
  readonly pagina: DossierPagina;
  readonly shown: boolean;
  /** The page has a heading of its own; without one, its first section's heading names it (the same words). */
  readonly ownHeading: boolean;
  readonly children: ReactNode;
}

/**
 * One page of the dossier (issue 23 §1). Every page stays mounted and the others are hidden, so that a form filled
 * in on one page keeps what was typed when the coordinator looks something up on another.
 */
export function DossierPaginaView({ pagina, shown, ownHeading, children }: DossierPaginaViewProps) {
  return (
    <div className="dossier-page" hidden={!shown}>
      {ownHeading && (
        <h2 id={paginaHeadingId(pagina.id)} className="dossier-page__heading" tabIndex={-1}>
          {pagina.label}
        </h2>
      )}
      {children}
    </div>
  );
}

import type { MouseEvent } from 'react';
import type { DossierPagina, DossierPaginaId } from '../../../src/domain/workflow';
import { formatCalendarDate } from '../../format';

interface ProcedureBarProps {
  readonly paginas: readonly DossierPagina[];
  readonly shown: DossierPaginaId;
  readonly onShow: (pagina: DossierPaginaId) => void;
}

/** What the bar says of a page beside its name: the fase the dossier is in, or the day it moved past it. */
function stateText(pagina: DossierPagina): string | null {
  if (pagina.huidigeFase) return 'Huidige fase';
  if (!pagina.afgerond) return null;
  return pagina.afgerondOp === null ? 'Afgerond' : `Afgerond op ${formatCalendarDate(pagina.afgerondOp)}`;
}

/**
 * The procedure bar (issue 23 §1): the pages of the dossier in the order of the procedure, the page shown marked as
 * current, the page of the dossier's fase and the pages it has passed named beside them. Links: Tab and Enter.
 */
export function ProcedureBar({ paginas, shown, onShow }: ProcedureBarProps) {
  return (
    <nav className="procedure-bar" aria-label="Procedure">
      <ol className="procedure-bar__list">
        {paginas.map((pagina, index) => {
          const state = stateText(pagina);
          const stateId = `procedure-${pagina.id}-stand`;
          const classes = ['procedure-bar__item', pagina.huidigeFase && 'procedure-bar__item--fase', pagina.afgerond && 'procedure-bar__item--afgerond', pagina.id === shown && 'procedure-bar__item--shown'];
          return (
            <li key={pagina.id} className={classes.filter(Boolean).join(' ')}>
              <a
                href={`#dossier-pagina-${pagina.id}`}
                aria-current={pagina.id === shown ? 'page' : undefined}
                aria-describedby={state === null ? undefined : stateId}
                onClick={(event: MouseEvent<HTMLAnchorElement>) => {
                  event.preventDefault();
                  onShow(pagina.id);
                }}
              >
                <span className="procedure-bar__mark" aria-hidden="true">
                  {pagina.afgerond ? '✓' : `${index + 1}.`}
                </span>
                {pagina.label}
              </a>
              {state !== null && (
                <span id={stateId} className="procedure-bar__state">
                  {state}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

import { useCallback } from 'react';
import { bibob, unwrap } from '../bridge';
import type { DashboardView } from '../../src/contract/rapportCalls';
import { formatCalendarDate } from '../format';
import { useReloadable } from '../hooks/useReloadable';
import { ErrorAlert } from './ErrorAlert';
import { LinkButton } from './LinkButton';
import { BackupCard } from './BackupSettings';

type Item = DashboardView['verlopen'][number];

function Lijst({ titel, items, totaal, leeg, onOpenDossier }: { titel: string; items: readonly Item[]; totaal: number; leeg: string; onOpenDossier: (id: string, zaaknummer: string) => void }) {
  return (
    <div className="dashboard__card">
      <h3>{`${titel} (${totaal})`}</h3>
      {items.length === 0 ? (
        <p className="muted">{leeg}</p>
      ) : (
        <ul className="cell-list">
          {items.map((item) => (
            <li key={item.id}>
              <LinkButton onClick={() => onOpenDossier(item.id, item.zaaknummer)}>{item.zaaknummer}</LinkButton>
              {` ${item.aanvragerNaam} — ${formatCalendarDate(item.datum)}`}
            </li>
          ))}
          {totaal > items.length && <li className="muted">{`en nog ${totaal - items.length} (zie de agenda)`}</li>}
        </ul>
      )}
    </div>
  );
}

/**
 * The state of the work under the list of dossiers on the overview: the dossiers per phase and per toepassingsgebied,
 * and what is due. The list comes first, so that "Nieuw dossier" and the dossiers stay above the fold.
 */
export function Dashboard({ onOpenDossier }: { onOpenDossier: (id: string, zaaknummer: string) => void }) {
  const load = useCallback(() => unwrap(bibob.dashboard.get({})), []);
  const { value: view, error } = useReloadable(load);
  return (
    <section className="dashboard" aria-labelledby="dashboard-heading">
      <h2 id="dashboard-heading">Stand van zaken</h2>
      <ErrorAlert content={error} />
      {view === null ? (
        error === null && <p className="loading">De stand van zaken wordt geladen…</p>
      ) : (
        <div className="dashboard__grid">
          <Lijst titel="Beslisdatum verlopen" items={view.verlopen} totaal={view.verlopenTotaal} leeg="Geen dossiers over hun beslisdatum." onOpenDossier={onOpenDossier} />
          <Lijst titel="Beslisdatum binnen 7 dagen" items={view.dezeWeek} totaal={view.dezeWeekTotaal} leeg="Deze week loopt geen beslistermijn af." onOpenDossier={onOpenDossier} />
          <div className="dashboard__card">
            <h3>{`Informatieverzoeken over hun datum (${view.verzoekenVerlopenTotaal})`}</h3>
            {view.verzoekenVerlopen.length === 0 ? (
              <p className="muted">Geen verzoeken over hun datum.</p>
            ) : (
              <ul className="cell-list">
                {view.verzoekenVerlopen.map((verzoek) => (
                  <li key={`${verzoek.dossierId}|${verzoek.aan}|${verzoek.datum}`}>
                    <LinkButton onClick={() => onOpenDossier(verzoek.dossierId, verzoek.zaaknummer)}>{verzoek.zaaknummer}</LinkButton>
                    {` ${verzoek.aan} — antwoord verwacht ${formatCalendarDate(verzoek.datum)}`}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <BackupCard />
          <div className="dashboard__card">
            <h3>Open dossiers per toepassingsgebied</h3>
            <table className="utrecht-table utrecht-table--html-table data-table data-table--compact">
              <caption className="visually-hidden">Open dossiers per toepassingsgebied</caption>
              <tbody>
                {view.perGebied.map((gebied) => (
                  <tr key={gebied.toepassingsgebied}>
                    <th scope="row">{gebied.label}</th>
                    <td>{gebied.aantal}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="dashboard__card dashboard__card--wide">
            <h3>Dossiers per fase</h3>
            <table className="utrecht-table utrecht-table--html-table data-table data-table--compact">
              <caption className="visually-hidden">Dossiers per fase</caption>
              <tbody>
                {view.perFase.map((fase) => (
                  <tr key={fase.fase} className={fase.afgesloten ? 'muted' : undefined}>
                    <th scope="row">{fase.label}</th>
                    <td>{fase.aantal}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

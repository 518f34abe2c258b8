import { useCallback } from 'react';
import { bibob, unwrap } from '../bridge';
import { DataTable } from '../components/DataTable';
import { ErrorAlert } from '../components/ErrorAlert';
import { ScreenHeading } from '../components/ScreenHeading';
import { OverdrachtExport } from '../components/overdracht/OverdrachtExport';
import { OverdrachtImport } from '../components/overdracht/OverdrachtImport';
import { formatShortDateTime } from '../format';
import { useReloadable } from '../hooks/useReloadable';

/**
 * Overdracht (issue 24 §3): dossiers to a colleague, to the RIEC for review or to another bestuursorgaan in one
 * encrypted overdrachtspakket, reading such a package (or a reviewer's reactiepakket) in, and the packages so far.
 */
export function Overdracht({ onOpenDossier }: { onOpenDossier: (id: string, zaaknummer: string) => void }) {
  const load = useCallback(() => unwrap(bibob.overdracht.overview({})), []);
  const { value: overview, error, reload } = useReloadable(load);
  return (
    <>
      <ScreenHeading>Overdracht</ScreenHeading>
      <ErrorAlert content={error} />
      {overview === null ? (
        error === null && <p className="loading">Wordt geladen…</p>
      ) : (
        <>
          <OverdrachtExport overview={overview} onMade={reload} />
          <OverdrachtImport onImported={reload} onOpenDossier={onOpenDossier} />
          <section className="overdracht-section" aria-labelledby="overdracht-logboek">
            <h2 id="overdracht-logboek">Gemaakte en ingelezen pakketten</h2>
            {overview.log.length === 0 ? (
              <p className="muted">Nog geen pakketten.</p>
            ) : (
              <DataTable caption="Gemaakte en ingelezen pakketten" columns={['Datum', 'Richting', 'Soort', 'Afzender', 'Ontvanger', 'Grondslag', 'Dossiers']}>
                {overview.log.map((entry) => (
                  <tr key={`${entry.richting}-${entry.id}`}>
                    <td>
                      <time dateTime={entry.op}>{formatShortDateTime(entry.op)}</time>
                    </td>
                    <td>{entry.richting === 'verzonden' ? 'Gemaakt' : 'Ingelezen'}</td>
                    <td>{entry.soort === 'overdracht' ? 'Overdrachtspakket' : 'Reactiepakket'}</td>
                    <td>{entry.afzender.organisatie ? `${entry.afzender.naam} (${entry.afzender.organisatie})` : entry.afzender.naam}</td>
                    <td>{entry.ontvanger}</td>
                    <td>{entry.grondslag}</td>
                    <td>{entry.zaaknummers.join(', ')}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>
        </>
      )}
    </>
  );
}

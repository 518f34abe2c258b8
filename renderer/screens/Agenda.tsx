import { useState } from 'react';
import { bibob, unwrap } from '../bridge';
import type { CallOutput } from '../../src/contract';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { FormActions, SubmitButton } from '../components/FormActions';
import { LinkButton } from '../components/LinkButton';
import { ScreenHeading } from '../components/ScreenHeading';
import { SubmissionForm } from '../components/SubmissionForm';
import { countOf, formatCalendarDate } from '../format';
import { useLoad } from '../hooks/useLoad';
import { useSubmission } from '../hooks/useSubmission';
import { DataTable } from '../components/DataTable';

type AgendaResult = CallOutput<'agenda.list'>;

/** Every deadline of the open dossiers, overdue ones first (the service sorts), optionally only the next N days. */
export function Agenda({ onOpenDossier }: { onOpenDossier: (id: string, zaaknummer: string) => void }) {
  const [binnenDagen, setBinnenDagen] = useState('');
  const [agenda, setAgenda] = useState<AgendaResult | null>(null);
  const submission = useSubmission(['binnenDagen']);
  const loadError = useLoad(() => unwrap(bibob.agenda.list({})), setAgenda);

  function show(): void {
    const input = binnenDagen.trim() === '' ? {} : { binnenDagen: Number(binnenDagen) };
    void submission.run(() => unwrap(bibob.agenda.list(input)), setAgenda);
  }

  const verlopen = agenda?.items.filter((item) => item.verlopen).length ?? 0;

  return (
    <>
      <ScreenHeading>Agenda</ScreenHeading>
      <ErrorAlert content={loadError} />
      <SubmissionForm submission={submission} onSubmit={show} className="form form--inline">
        <Field
          type="number"
          className="textbox--narrow"
          min={0}
          max={366}
          step={1}
          label="Binnen (dagen)"
          description="Leeg laten: alle termijnen."
          value={binnenDagen}
          onValueChange={setBinnenDagen}
          error={submission.fieldErrors.binnenDagen}
        />
        <FormActions>
          <SubmitButton busy={submission.busy}>Toon</SubmitButton>
        </FormActions>
      </SubmissionForm>
      {agenda === null ? (
        loadError === null && <p className="loading">De agenda wordt geladen…</p>
      ) : (
        <>
          <p className="list-count" aria-live="polite">
            {agenda.items.length === 0
              ? 'Geen termijnen in deze periode.'
              : `${countOf(agenda.items.length, 'termijn', 'termijnen')}${verlopen > 0 ? `, waarvan ${verlopen} verlopen` : ''}.`}
          </p>
          {agenda.items.length > 0 && (
            <DataTable caption="Termijnen van alle open dossiers" showCaption columns={['Datum', 'Wat', 'Dossier', 'Aanvrager', 'Grondslag']}>
              {agenda.items.map((item) => (
                <tr key={`${item.dossierId}-${item.wat}`} className={item.verlopen ? 'row--overdue' : undefined}>
                  <td>
                    <time dateTime={item.datum}>{formatCalendarDate(item.datum)}</time>
                    {item.voorlopig && <> (voorlopig)</>}
                    {item.verlopen && (
                      <>
                        {' '}
                        <span className="tag tag--overdue">Verlopen</span>
                      </>
                    )}
                  </td>
                  <td>{item.wat}</td>
                  <td>
                    <LinkButton onClick={() => onOpenDossier(item.dossierId, item.zaaknummer)}>{item.zaaknummer}</LinkButton>
                  </td>
                  <td>{item.aanvragerNaam}</td>
                  <td>{item.grondslag}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </>
      )}
    </>
  );
}

import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../bridge';
import type { CallInput, CallOutput } from '../../src/contract';
import { agendaSoortLabels, agendaSoorten, type AgendaSoort } from '../../src/domain/termijnen/agenda';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { FormActions, SubmitButton } from '../components/FormActions';
import { LinkButton } from '../components/LinkButton';
import { ScreenHeading } from '../components/ScreenHeading';
import { SelectField } from '../components/SelectField';
import { StatusMessage } from '../components/StatusMessage';
import { SubmissionForm } from '../components/SubmissionForm';
import { countOf, formatCalendarDate } from '../format';
import { useLoad } from '../hooks/useLoad';
import { useSubmission } from '../hooks/useSubmission';
import { DataTable } from '../components/DataTable';

type AgendaResult = CallOutput<'agenda.list'>;
type AgendaFilter = CallInput<'agenda.exportIcs'>;

const soortOpties = [{ value: '', label: 'Alle soorten' }, ...agendaSoorten.map((soort) => ({ value: soort, label: agendaSoortLabels[soort] }))];

/**
 * Every running term (the service sorts, overdue ones first), narrowed by kind of term, coordinator and the next N
 * days; the kind and coordinator shown can be exported as a calendar file.
 */
export function Agenda({ onOpenDossier }: { onOpenDossier: (id: string, zaaknummer: string) => void }) {
  const [binnenDagen, setBinnenDagen] = useState('');
  const [soort, setSoort] = useState('');
  const [coordinator, setCoordinator] = useState('');
  const [shown, setShown] = useState<AgendaFilter>({});
  const [agenda, setAgenda] = useState<AgendaResult | null>(null);
  const [bevestiging, setBevestiging] = useState<string | null>(null);
  const submission = useSubmission(['binnenDagen', 'soort', 'coordinator']);
  const exportSubmission = useSubmission([]);
  const loadError = useLoad(() => unwrap(bibob.agenda.list({})), setAgenda);

  function show(): void {
    const filter: AgendaFilter = { ...(soort === '' ? {} : { soort: soort as AgendaSoort }), ...(coordinator === '' ? {} : { coordinator }) };
    const input = binnenDagen.trim() === '' ? filter : { ...filter, binnenDagen: Number(binnenDagen) };
    setBevestiging(null);
    void submission.run(() => unwrap(bibob.agenda.list(input)), (result) => {
      setAgenda(result);
      setShown(filter);
    });
  }

  function exportIcs(): void {
    setBevestiging(null);
    void exportSubmission.run(() => unwrap(bibob.agenda.exportIcs(shown)), (result) => {
      if (result.exported) setBevestiging(`Het agendabestand is opgeslagen met ${countOf(result.aantal, 'termijn', 'termijnen')}.`);
    });
  }

  const verlopen = agenda?.items.filter((item) => item.verlopen).length ?? 0;
  const coordinatorOpties = [{ value: '', label: 'Alle coördinatoren' }, ...(agenda?.coordinatoren ?? []).map((naam) => ({ value: naam, label: naam }))];

  return (
    <>
      <ScreenHeading>Agenda</ScreenHeading>
      <ErrorAlert content={loadError} />
      <SubmissionForm submission={submission} onSubmit={show} className="form form--inline">
        <SelectField label="Soort termijn" value={soort} onValueChange={setSoort} options={soortOpties} error={submission.fieldErrors.soort} />
        <SelectField label="Coördinator" value={coordinator} onValueChange={setCoordinator} options={coordinatorOpties} error={submission.fieldErrors.coordinator} />
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
              ? 'Geen termijnen met deze keuze.'
              : `${countOf(agenda.items.length, 'termijn', 'termijnen')}${verlopen > 0 ? `, waarvan ${verlopen} verlopen` : ''}.`}
          </p>
          {agenda.items.length > 0 && (
            <DataTable caption="Lopende termijnen van de dossiers" showCaption columns={['Datum', 'Soort', 'Wat', 'Dossier', 'Aanvrager', 'Coördinator', 'Grondslag']}>
              {agenda.items.map((item, index) => (
                <tr key={`${item.dossierId}-${item.soort}-${item.datum}-${index}`} className={item.verlopen ? 'row--overdue' : undefined}>
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
                  <td>{agendaSoortLabels[item.soort]}</td>
                  <td>{item.wat}</td>
                  <td>
                    <LinkButton onClick={() => onOpenDossier(item.dossierId, item.zaaknummer)}>{item.zaaknummer}</LinkButton>
                  </td>
                  <td>{item.aanvragerNaam}</td>
                  <td>{item.coordinator}</td>
                  <td>{item.grondslag}</td>
                </tr>
              ))}
            </DataTable>
          )}
          <section aria-labelledby="agenda-export">
            <h2 id="agenda-export">Agendabestand</h2>
            <p>
              Sla de termijnen van de gekozen soort en coördinator op als agendabestand (.ics) voor uw eigen agenda. Per termijn staan daarin alleen het zaaknummer
              en de soort termijn, geen namen of adressen.
            </p>
            <ErrorAlert content={exportSubmission.alert} />
            <StatusMessage>{bevestiging}</StatusMessage>
            <FormActions>
              <Button appearance="secondary-action-button" onClick={exportIcs} disabled={exportSubmission.busy}>
                Exporteren als agendabestand
              </Button>
            </FormActions>
          </section>
        </>
      )}
    </>
  );
}

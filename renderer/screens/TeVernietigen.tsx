import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../bridge';
import type { VernietigingenView, VernietigingsrecordView } from '../../src/contract/bewaarCalls';
import { Checkbox } from '../components/Checkbox';
import { DataTable } from '../components/DataTable';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormActions, SubmitButton } from '../components/FormActions';
import { LinkButton } from '../components/LinkButton';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusMessage } from '../components/StatusMessage';
import { SubmissionForm } from '../components/SubmissionForm';
import { TextareaField } from '../components/TextareaField';
import { countOf, formatCalendarDate, formatShortDateTime } from '../format';
import { useLoad } from '../hooks/useLoad';
import { useSubmission } from '../hooks/useSubmission';
import { gebiedLabel } from '../labels';
import type { Toepassingsgebied } from '../../src/domain/toepassingsgebied';

const aantalLabels: Record<string, [string, string]> = {
  betrokkenen: ['betrokkene', 'betrokkenen'],
  bijlagen: ['bijlage', 'bijlagen'],
  brieven: ['brief', 'brieven'],
  verzoeken: ['verzoek', 'verzoeken'],
  onderzoeksnotities: ['onderzoeksnotitie', 'onderzoeksnotities'],
  tijdlijn: ['tijdlijnregel', 'tijdlijnregels'],
  verstrekkingen: ['verstrekking geanonimiseerd', 'verstrekkingen geanonimiseerd'],
  auditregelsGewist: ['auditregel gewist', 'auditregels gewist'],
};

/** "2 betrokkenen, 1 bijlage, 14 auditregels gewist": what went, without naming any of it. */
function describeCounts(aantallen: Readonly<Record<string, number>>): string {
  const parts = Object.entries(aantalLabels)
    .filter(([key]) => (aantallen[key] ?? 0) > 0)
    .map(([key, [one, many]]) => countOf(aantallen[key]!, one, many));
  return parts.length > 0 ? parts.join(', ') : 'geen gekoppelde gegevens';
}

/**
 * Te vernietigen (issue 24 §4): the closed dossiers whose bewaartermijn has passed, destroyed after a confirmation and
 * with a reason; below, the vernietigingsrecords that stay (zaaknummer, dates, rule, reason — no personal data).
 */
export function TeVernietigen({ onOpenDossier }: { onOpenDossier: (id: string, zaaknummer: string) => void }) {
  const [view, setView] = useState<VernietigingenView | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [reden, setReden] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const submission = useSubmission(['reden', 'dossierIds', 'bevestigd']);
  const loadError = useLoad(() => unwrap(bibob.vernietigingen.list({})), setView);

  function toggle(dossierId: string, on: boolean): void {
    const next = new Set(chosen);
    if (on) next.add(dossierId);
    else next.delete(dossierId);
    setChosen(next);
    setDone(null);
  }

  function cancel(): void {
    setConfirming(false);
    setReden('');
    submission.clear();
  }

  function destroy(): void {
    void submission.run(
      () => unwrap(bibob.vernietigingen.destroy({ dossierIds: [...chosen], reden, bevestigd: true })),
      (result) => {
        setView(result);
        setChosen(new Set());
        setConfirming(false);
        setReden('');
        setDone(`${countOf(result.vernietigd.length, 'dossier', 'dossiers')} vernietigd: ${result.vernietigd.map((record) => record.zaaknummer).join(', ')}.`);
      },
    );
  }

  const selected = view?.teVernietigen.filter((dossier) => chosen.has(dossier.dossierId)) ?? [];
  return (
    <>
      <ScreenHeading>Te vernietigen</ScreenHeading>
      <div className="prose">
        <p>
          Afgesloten dossiers waarvan de bewaartermijn voorbij is. De termijnen per uitkomst stelt u in bij Instellingen → Bewaartermijnen; ze tellen vanaf de afsluiting, en een dossier met
          een LBB-advies of eigen bevindingen wordt ten minste vijf jaar bewaard (art. 29 Wet Bibob).
        </p>
        <p>
          Vernietigen verwijdert alle gegevens van het dossier: betrokkenen die in geen ander dossier voorkomen, bijlagen, brieven, onderzoek, tijdlijn en zoekgegevens. De audittrail houdt
          zijn regels, zonder hun gegevens, en blijft controleerbaar. Er blijft een vernietigingsrecord zonder persoonsgegevens. Oudere reservekopieën kunnen de gegevens nog bevatten tot ze
          zijn vervangen (zie de handleiding).
        </p>
      </div>
      <ErrorAlert content={loadError} />
      <StatusMessage>{done}</StatusMessage>
      {view === null ? (
        loadError === null && <p className="loading">De lijst wordt geladen…</p>
      ) : (
        <>
          <h2>Bewaartermijn voorbij</h2>
          <p className="list-count" aria-live="polite">
            {view.teVernietigen.length === 0 ? 'Geen dossiers om te vernietigen.' : `${countOf(view.teVernietigen.length, 'dossier', 'dossiers')} met een verstreken bewaartermijn.`}
          </p>
          {view.teVernietigen.length > 0 && (
            <DataTable caption="Dossiers met een verstreken bewaartermijn" columns={['Kiezen', 'Zaaknummer', 'Toepassingsgebied', 'Uitkomst', 'Afgesloten op', 'Bewaren tot en met', 'Regel']}>
              {view.teVernietigen.map((dossier) => (
                <tr key={dossier.dossierId}>
                  <td>
                    <Checkbox label={`${dossier.zaaknummer} kiezen`} checked={chosen.has(dossier.dossierId)} onCheckedChange={(on) => toggle(dossier.dossierId, on)} />
                  </td>
                  <td>
                    <LinkButton onClick={() => onOpenDossier(dossier.dossierId, dossier.zaaknummer)}>{dossier.zaaknummer}</LinkButton>
                  </td>
                  <td>{gebiedLabel(dossier.toepassingsgebied)}</td>
                  <td>{dossier.uitkomst}</td>
                  <td>{formatCalendarDate(dossier.afgeslotenOp)}</td>
                  <td>{formatCalendarDate(dossier.bewarenTot)}</td>
                  <td>{dossier.regel}</td>
                </tr>
              ))}
            </DataTable>
          )}
          {view.teVernietigen.length > 0 &&
            (!confirming ? (
              <FormActions>
                <Button appearance="secondary-action-button" hint="danger" disabled={chosen.size === 0} onClick={() => setConfirming(true)}>
                  {chosen.size === 0 ? 'Kies de dossiers die u wilt vernietigen' : `${countOf(chosen.size, 'dossier', 'dossiers')} vernietigen…`}
                </Button>
              </FormActions>
            ) : (
              <SubmissionForm submission={submission} onSubmit={destroy}>
                <p>
                  <strong>{`Weet u zeker dat u ${selected.map((dossier) => dossier.zaaknummer).join(', ')} wilt vernietigen?`}</strong> Alle gegevens worden definitief verwijderd; dit kunt u
                  niet ongedaan maken.
                </p>
                <TextareaField
                  label="Reden van de vernietiging"
                  description="Komt in het vernietigingsrecord. Noem geen namen of andere persoonsgegevens."
                  rows={2}
                  value={reden}
                  onValueChange={setReden}
                  error={submission.fieldErrors.reden ?? submission.fieldErrors.dossierIds}
                />
                <FormActions>
                  <SubmitButton busy={submission.busy} hint="danger">
                    Definitief vernietigen
                  </SubmitButton>
                  <Button appearance="subtle-button" onClick={cancel}>
                    Annuleren
                  </Button>
                </FormActions>
              </SubmissionForm>
            ))}
          <h2>Vernietigingsrecords</h2>
          <VernietigingsrecordsList records={view.records} />
        </>
      )}
    </>
  );
}

function VernietigingsrecordsList({ records }: { records: readonly VernietigingsrecordView[] }) {
  if (records.length === 0) return <p>Nog geen dossiers vernietigd.</p>;
  return (
    <ul className="vernietigingen" aria-label="Vernietigde dossiers">
      {records.map((record) => (
        <li key={record.id} className="vernietigingen__record">
          <h3>{record.zaaknummer}</h3>
          <dl className="details">
            <dt>Toepassingsgebied</dt>
            <dd>{gebiedLabel(record.toepassingsgebied as Toepassingsgebied)}</dd>
            <dt>Uitkomst</dt>
            <dd>{record.uitkomst ?? '—'}</dd>
            <dt>Afgesloten op</dt>
            <dd>{formatCalendarDate(record.afgeslotenOp)}</dd>
            <dt>Bewaren tot en met</dt>
            <dd>{formatCalendarDate(record.bewarenTot)}</dd>
            <dt>Regel</dt>
            <dd>{record.regel}</dd>
            <dt>Reden</dt>
            <dd>{record.reden}</dd>
            <dt>Vernietigd</dt>
            <dd>
              <time dateTime={record.vernietigdOp}>{formatShortDateTime(record.vernietigdOp)}</time> door {record.vernietigdDoor}
            </dd>
            <dt>Verwijderd</dt>
            <dd>{describeCounts(record.aantallen)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

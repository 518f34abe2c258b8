import { useCallback, useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../bridge';
import type { BackupRecordView, BackupStatus } from '../../src/contract/backupCalls';
import { MAX_BEWAREN, MIN_BEWAREN } from '../../src/domain/reservekopie';
import { useReloadable } from '../hooks/useReloadable';
import { useSubmission } from '../hooks/useSubmission';
import { ErrorAlert } from './ErrorAlert';
import { Field } from './Field';
import { FormActions, SubmitButton } from './FormActions';
import { StatusMessage } from './StatusMessage';
import { SubmissionForm } from './SubmissionForm';

const dateTime = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "2 december 2026 om 08:40", in Amsterdam time. */
export function formatBackupTime(iso: string): string {
  return dateTime.format(new Date(iso)).replace(/,? (\d{2}:\d{2})$/, ' om $1');
}

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('nl-NL')} kB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}

const aanleidingen: Record<BackupRecordView['aanleiding'], string> = { handmatig: 'met de hand', ontgrendelen: 'bij het ontgrendelen', vergrendelen: 'bij het vergrendelen' };

/** One line about a backup: when, how, its result, size and files copied. */
export function describeBackup(record: BackupRecordView): string {
  const when = `${formatBackupTime(record.gemaaktOp)} (${aanleidingen[record.aanleiding]})`;
  if (!record.geslaagd) return `${when}: mislukt. ${record.melding}`;
  const ontbraken =
    record.bijlagenOntbraken > 0 ? ` ${record.bijlagenOntbraken} ${record.bijlagenOntbraken === 1 ? 'bijlage ontbrak' : 'bijlagen ontbraken'} al in de kluis en ${record.bijlagenOntbraken === 1 ? 'zit' : 'zitten'} er niet in.` : '';
  return `${when}: gecontroleerd, ${formatSize(record.grootte)}, ${record.bijlagenGekopieerd} ${record.bijlagenGekopieerd === 1 ? 'bijlagebestand' : 'bijlagebestanden'} gekopieerd.${ontbraken}`;
}

/** Instellingen → Reservekopie: the folder (chosen with a dialog in main), how many to keep, a backup now, the last results. */
export function BackupSettings() {
  const load = useCallback(() => unwrap(bibob.reservekopie.status({})), []);
  const { value: loaded, error: loadError } = useReloadable(load);
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const current = status ?? loaded;
  const [bewaren, setBewaren] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const folderSubmission = useSubmission(['map']);
  const keepSubmission = useSubmission(['bewaren']);
  const makeSubmission = useSubmission(['map']);

  function chooseFolder(): void {
    setConfirmation(null);
    void folderSubmission.run(() => unwrap(bibob.reservekopie.chooseFolder({})), setStatus);
  }

  function saveKeep(): void {
    setConfirmation(null);
    void keepSubmission.run(
      () => unwrap(bibob.reservekopie.setKeep({ bewaren: Number(bewaren ?? current?.bewaren) })),
      (next) => {
        setStatus(next);
        setBewaren(null);
        setConfirmation('Opgeslagen.');
      },
    );
  }

  function makeNow(): void {
    setConfirmation(null);
    void makeSubmission.run(
      () => unwrap(bibob.reservekopie.make({})),
      ({ reservekopie, status: next }) => {
        setStatus(next);
        setConfirmation(reservekopie.geslaagd ? reservekopie.melding : null);
      },
    );
  }

  if (current === null) return loadError ? <ErrorAlert content={loadError} /> : <p className="loading">Wordt geladen…</p>;
  const failed = current.laatste && !current.laatste.geslaagd ? current.laatste : null;
  return (
    <>
      <div className="prose">
        <p>
          Bibob Werkbank maakt een versleutelde reservekopie van de kluis in een map die u kiest, bijvoorbeeld op een
          netwerkschijf van de gemeente: automatisch bij het eerste ontgrendelen van de dag en bij elk vergrendelen, en
          met de knop hieronder. Elke reservekopie wordt na het schrijven gecontroleerd.
        </p>
      </div>
      <dl className="details">
        <dt>Map voor reservekopieën</dt>
        <dd className="details__path">{current.map ?? 'Nog geen map gekozen'}</dd>
        <dt>Laatste geslaagde reservekopie</dt>
        <dd>{current.laatsteGeslaagd ? describeBackup(current.laatsteGeslaagd) : 'Nog geen'}</dd>
      </dl>
      <SubmissionForm submission={folderSubmission} onSubmit={chooseFolder}>
        <FormActions>
          <SubmitButton busy={folderSubmission.busy}>{current.map ? 'Andere map kiezen' : 'Map kiezen'}</SubmitButton>
        </FormActions>
      </SubmissionForm>
      <SubmissionForm submission={keepSubmission} onSubmit={saveKeep}>
        <Field
          type="number"
          className="textbox--narrow"
          min={MIN_BEWAREN}
          max={MAX_BEWAREN}
          step={1}
          label="Aantal reservekopieën bewaren"
          description="Oudere reservekopieën worden verwijderd, met de bijlagebestanden die alleen zij nog bevatten."
          value={bewaren ?? String(current.bewaren)}
          onValueChange={(value) => {
            setBewaren(value);
            setConfirmation(null);
          }}
          error={keepSubmission.fieldErrors.bewaren}
        />
        <FormActions>
          <SubmitButton busy={keepSubmission.busy}>Aantal opslaan</SubmitButton>
        </FormActions>
      </SubmissionForm>
      <SubmissionForm submission={makeSubmission} onSubmit={makeNow}>
        <FormActions>
          <SubmitButton busy={makeSubmission.busy}>Nu een reservekopie maken</SubmitButton>
        </FormActions>
      </SubmissionForm>
      {failed && <ErrorAlert content={`De laatste reservekopie is mislukt: ${failed.melding}`} />}
      <StatusMessage>{confirmation}</StatusMessage>
      {current.recent.length > 0 && (
        <>
          <h3>Laatste reservekopieën</h3>
          <ul className="cell-list">
            {current.recent.map((record) => (
              <li key={record.id}>{describeBackup(record)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The dashboard's card: the last good backup, and a warning when there is none for more than a week. */
export function BackupCard() {
  const load = useCallback(() => unwrap(bibob.reservekopie.status({})), []);
  const { value: status, error } = useReloadable(load);
  return (
    <div className="dashboard__card">
      <h3>Reservekopie</h3>
      <ErrorAlert content={error} />
      {status && (
        <>
          <p>{status.laatsteGeslaagd ? `Laatste geslaagde reservekopie: ${describeBackup(status.laatsteGeslaagd)}` : 'Er is nog geen geslaagde reservekopie.'}</p>
          {status.achterstallig ? (
            <p className="dashboard__warning" role="alert">
              {status.melding}
            </p>
          ) : (
            !status.laatsteGeslaagd && <p className="muted">{status.melding}</p>
          )}
        </>
      )}
    </div>
  );
}

/** The button on the first screens that opens "Reservekopie terugzetten". */
export function RestoreBackupButton({ onClick }: { onClick: () => void }) {
  return (
    <p className="alternative-action">
      <Button appearance="secondary-action-button" onClick={onClick}>
        Reservekopie terugzetten
      </Button>
    </p>
  );
}

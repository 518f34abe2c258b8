import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../bridge';
import type { SnapshotListingView } from '../../src/contract/backupCalls';
import { Checkbox } from '../components/Checkbox';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { FormActions, SubmitButton } from '../components/FormActions';
import { PASSPHRASES_DIFFER } from '../components/NewPassphraseFields';
import { RecoveryKeyFields, recoveryKeyProblem } from '../components/RecoveryKeyFields';
import { RadioGroup } from '../components/RadioGroup';
import { ScreenHeading } from '../components/ScreenHeading';
import { SubmissionForm } from '../components/SubmissionForm';
import { useSubmission } from '../hooks/useSubmission';
import { formatBackupTime } from '../components/BackupSettings';

type Method = 'wachtwoordzin' | 'herstelsleutel';

/** "Reservekopie terugzetten": a backup folder chosen in main, a snapshot from it, opened with the passphrase or the recovery key. */
export function RestoreBackup({ onRestored, onBack }: { onRestored: () => void; onBack: () => void }) {
  const [listing, setListing] = useState<{ snapshots: SnapshotListingView[]; kluisAanwezig: boolean } | null>(null);
  const [chooseError, setChooseError] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [chosen, setChosen] = useState('');
  const [method, setMethod] = useState<Method | ''>('');
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [newPassphrase, setNewPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [replace, setReplace] = useState(false);
  const submission = useSubmission(['snapshot', 'methode', 'sleutel.wachtwoordzin', 'sleutel.herstelsleutel', 'recoveryKey', 'sleutel.nieuweWachtwoordzin', 'repeat', 'vervangBestaandeKluis']);

  async function chooseFolder(): Promise<void> {
    setChoosing(true);
    setChooseError(null);
    try {
      const result = await unwrap(bibob.reservekopie.chooseRestoreFolder({}));
      if (result.gekozen) {
        setListing({ snapshots: result.snapshots, kluisAanwezig: result.kluisAanwezig });
        const newest = result.snapshots.find((snapshot) => snapshot.compleet);
        setChosen(newest ? `${newest.vaultId}/${newest.naam}` : '');
      }
    } catch (error) {
      setChooseError(error instanceof Error ? error.message : 'De map kon niet worden gelezen.');
    } finally {
      setChoosing(false);
    }
  }

  function restore(): void {
    if (!chosen) return submission.reject({ snapshot: 'Kies een reservekopie uit de lijst.' });
    if (!method) return submission.reject({ methode: 'Kies waarmee u de reservekopie opent.' });
    if (method === 'herstelsleutel') {
      const keyProblem = recoveryKeyProblem(recoveryKey);
      if (keyProblem) return submission.reject({ 'sleutel.herstelsleutel': keyProblem });
      if (newPassphrase !== repeat) return submission.reject({ repeat: PASSPHRASES_DIFFER });
    }
    const [vaultId, naam] = chosen.split('/') as [string, string];
    const sleutel = method === 'wachtwoordzin' ? { wachtwoordzin: passphrase } : { herstelsleutel: recoveryKey, nieuweWachtwoordzin: newPassphrase };
    void submission.run(
      () => unwrap(bibob.reservekopie.restore({ vaultId, snapshot: naam, sleutel, ...(listing?.kluisAanwezig ? { vervangBestaandeKluis: replace } : {}) })),
      () => onRestored(),
    );
  }

  const options = (listing?.snapshots ?? []).map((snapshot) => ({
    value: `${snapshot.vaultId}/${snapshot.naam}`,
    label: `${snapshot.gemaaktOp ? formatBackupTime(snapshot.gemaaktOp) : snapshot.naam}${snapshot.compleet ? '' : ' (onvolledig)'}`,
  }));

  return (
    <>
      <ScreenHeading>Reservekopie terugzetten</ScreenHeading>
      <div className="prose">
        <p>
          Zet een kluis terug uit een reservekopie, bijvoorbeeld op een nieuwe computer. Kies de map met de reservekopieën,
          kies een reservekopie en open die met de wachtwoordzin van toen of met de herstelsleutel. Een beschadigde of
          onvolledige reservekopie wordt geweigerd; er wordt dan niets in de gegevensmap geschreven.
        </p>
      </div>
      <p>
        <Button appearance="primary-action-button" onClick={() => void chooseFolder()} disabled={choosing}>
          Map met reservekopie kiezen
        </Button>{' '}
        <Button appearance="secondary-action-button" onClick={onBack}>
          Terug
        </Button>
      </p>
      <ErrorAlert content={chooseError} />
      {listing && listing.snapshots.length === 0 && <p role="status">In deze map staan geen reservekopieën van Bibob Werkbank.</p>}
      {listing && listing.snapshots.length > 0 && (
        <SubmissionForm submission={submission} onSubmit={restore}>
          <RadioGroup legend="Reservekopie" name="snapshot" options={options} value={chosen} onValueChange={setChosen} error={submission.fieldErrors.snapshot} />
          <RadioGroup
            legend="Openen met"
            name="methode"
            options={[
              { value: 'wachtwoordzin', label: 'De wachtwoordzin van het moment van de reservekopie' },
              { value: 'herstelsleutel', label: 'De herstelsleutel (u kiest dan een nieuwe wachtwoordzin)' },
            ]}
            value={method}
            onValueChange={setMethod}
            error={submission.fieldErrors.methode}
          />
          {method === 'wachtwoordzin' && (
            <Field type="password" autoComplete="current-password" label="Wachtwoordzin" value={passphrase} onValueChange={setPassphrase} error={submission.fieldErrors['sleutel.wachtwoordzin']} />
          )}
          {method === 'herstelsleutel' && (
            <>
              <RecoveryKeyFields
                recoveryKey={recoveryKey}
                newPassphrase={newPassphrase}
                repeat={repeat}
                onRecoveryKeyChange={setRecoveryKey}
                onNewPassphraseChange={setNewPassphrase}
                onRepeatChange={setRepeat}
                errors={{
                  recoveryKey: submission.fieldErrors['sleutel.herstelsleutel'] ?? submission.fieldErrors.recoveryKey,
                  newPassphrase: submission.fieldErrors['sleutel.nieuweWachtwoordzin'],
                  repeat: submission.fieldErrors.repeat,
                }}
              />
            </>
          )}
          {listing.kluisAanwezig && (
            <Checkbox
              label="Er staat al een kluis in de gegevensmap. Zet die opzij (hij wordt niet verwijderd) en vervang hem door deze reservekopie."
              checked={replace}
              onCheckedChange={setReplace}
              error={submission.fieldErrors.vervangBestaandeKluis}
            />
          )}
          <FormActions>
            <SubmitButton busy={submission.busy}>Reservekopie terugzetten</SubmitButton>
          </FormActions>
        </SubmissionForm>
      )}
    </>
  );
}

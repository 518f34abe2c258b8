import { useState } from 'react';
import { bibob, unwrap } from '../bridge';
import { FormActions, SubmitButton } from '../components/FormActions';
import { NewPassphraseFields, PASSPHRASES_DIFFER } from '../components/NewPassphraseFields';
import { ScreenHeading } from '../components/ScreenHeading';
import { useSubmission } from '../hooks/useSubmission';
import { SubmissionForm } from '../components/SubmissionForm';
import { RestoreBackupButton } from '../components/BackupSettings';

/** First start: choose the passphrase of a new vault. */
export function CreateVault({ onCreated, onRestore }: { onCreated: (recoveryKey: string) => void; onRestore: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const submission = useSubmission(['passphrase', 'repeat']);

  function create(): void {
    if (passphrase !== repeat) {
      submission.reject({ repeat: PASSPHRASES_DIFFER });
      return;
    }
    void submission.run(
      () => unwrap(bibob.vault.create({ passphrase })),
      ({ recoveryKey }) => onCreated(recoveryKey),
    );
  }

  return (
    <>
      <ScreenHeading>Kluis aanmaken</ScreenHeading>
      <div className="prose">
        <p>
          Bibob Werkbank bewaart alle dossiers in een kluis: een versleuteld bestand op deze computer. Alleen wie de
          wachtwoordzin kent, kan de kluis openen.
        </p>
        <p>
          Kies een wachtwoordzin die u goed kunt onthouden, bijvoorbeeld een zin van vier of meer woorden. Een vergeten
          wachtwoordzin is niet te achterhalen. Alleen met de herstelsleutel, die u hierna één keer te zien krijgt, komt u
          dan nog in de kluis.
        </p>
      </div>
      <SubmissionForm submission={submission} onSubmit={create}>
        <NewPassphraseFields
          label="Wachtwoordzin"
          repeatLabel="Herhaal wachtwoordzin"
          value={passphrase}
          repeat={repeat}
          onValueChange={setPassphrase}
          onRepeatChange={setRepeat}
          error={submission.fieldErrors.passphrase}
          repeatError={submission.fieldErrors.repeat}
        />
        <FormActions>
          <SubmitButton busy={submission.busy}>Kluis aanmaken</SubmitButton>
        </FormActions>
      </SubmissionForm>
      <RestoreBackupButton onClick={onRestore} />
    </>
  );
}

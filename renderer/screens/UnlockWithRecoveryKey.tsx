import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../bridge';
import { FormActions, SubmitButton } from '../components/FormActions';
import { PASSPHRASES_DIFFER } from '../components/NewPassphraseFields';
import { RecoveryKeyFields, recoveryKeyProblem } from '../components/RecoveryKeyFields';
import { ScreenHeading } from '../components/ScreenHeading';
import { useSubmission, type FieldErrors } from '../hooks/useSubmission';
import { SubmissionForm } from '../components/SubmissionForm';

interface UnlockWithRecoveryKeyProps {
  readonly onUnlocked: () => void;
  readonly onBack: () => void;
}

type RecoveryField = 'recoveryKey' | 'newPassphrase' | 'repeat';

/** Opens the vault with the recovery key when the passphrase is forgotten, and sets a new passphrase. */
export function UnlockWithRecoveryKey({ onUnlocked, onBack }: UnlockWithRecoveryKeyProps) {
  const [recoveryKey, setRecoveryKey] = useState('');
  const [newPassphrase, setNewPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const submission = useSubmission<RecoveryField>(['recoveryKey', 'newPassphrase', 'repeat']);

  function problemsBeforeCalling(): FieldErrors<RecoveryField> {
    const problems: FieldErrors<RecoveryField> = {};
    const keyProblem = recoveryKeyProblem(recoveryKey);
    if (keyProblem) problems.recoveryKey = keyProblem;
    if (newPassphrase !== repeat) problems.repeat = PASSPHRASES_DIFFER;
    return problems;
  }

  function unlock(): void {
    const problems = problemsBeforeCalling();
    if (Object.keys(problems).length > 0) {
      submission.reject(problems);
      return;
    }
    void submission.run(() => unwrap(bibob.vault.unlockWithRecoveryKey({ recoveryKey, newPassphrase })), onUnlocked);
  }

  return (
    <>
      <ScreenHeading>Ontgrendelen met herstelsleutel</ScreenHeading>
      <div className="prose">
        <p>
          Vul de herstelsleutel in die bij het aanmaken van de kluis op papier is gezet. Kies daarna een nieuwe
          wachtwoordzin: daarmee opent u de kluis voortaan.
        </p>
      </div>
      <SubmissionForm submission={submission} onSubmit={unlock}>
        <RecoveryKeyFields
          recoveryKey={recoveryKey}
          newPassphrase={newPassphrase}
          repeat={repeat}
          onRecoveryKeyChange={setRecoveryKey}
          onNewPassphraseChange={setNewPassphrase}
          onRepeatChange={setRepeat}
          errors={submission.fieldErrors}
        />
        <FormActions>
          <SubmitButton busy={submission.busy}>Ontgrendelen en wachtwoordzin instellen</SubmitButton>
          <Button appearance="secondary-action-button" onClick={onBack}>
            Terug
          </Button>
        </FormActions>
      </SubmissionForm>
    </>
  );
}

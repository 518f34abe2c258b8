import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../bridge';
import { parseRecoveryKey } from '../../src/domain/recoveryKey';
import { Field } from '../components/Field';
import { FormActions, SubmitButton } from '../components/FormActions';
import { NewPassphraseFields, PASSPHRASES_DIFFER } from '../components/NewPassphraseFields';
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
    if (recoveryKey.trim() === '') problems.recoveryKey = 'Vul de herstelsleutel in.';
    else if (!parseRecoveryKey(recoveryKey)) {
      problems.recoveryKey = 'Dit is geen geldige herstelsleutel: die bestaat uit 13 groepen van 4 letters en cijfers.';
    }
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
        <Field
          type="text"
          className="textbox--code"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          label="Herstelsleutel"
          value={recoveryKey}
          onValueChange={setRecoveryKey}
          error={submission.fieldErrors.recoveryKey}
        />
        <NewPassphraseFields
          label="Nieuwe wachtwoordzin"
          repeatLabel="Herhaal nieuwe wachtwoordzin"
          value={newPassphrase}
          repeat={repeat}
          onValueChange={setNewPassphrase}
          onRepeatChange={setRepeat}
          error={submission.fieldErrors.newPassphrase}
          repeatError={submission.fieldErrors.repeat}
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

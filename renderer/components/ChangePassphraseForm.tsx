import { useState } from 'react';
import { bibob, unwrap } from '../bridge';
import { useSubmission } from '../hooks/useSubmission';
import { Field } from './Field';
import { FormActions, SubmitButton } from './FormActions';
import { NewPassphraseFields, PASSPHRASES_DIFFER } from './NewPassphraseFields';
import { StatusMessage } from './StatusMessage';
import { SubmissionForm } from './SubmissionForm';

interface ChangePassphraseFormProps {
  /** The confirmation to show under this form, if it is this form's turn. */
  readonly confirmation: string | null;
  readonly onConfirmationChange: (message: string | null) => void;
}

/** Replaces the passphrase, given the current one. */
export function ChangePassphraseForm({ confirmation, onConfirmationChange }: ChangePassphraseFormProps) {
  const [currentPassphrase, setCurrentPassphrase] = useState('');
  const [newPassphrase, setNewPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const submission = useSubmission(['currentPassphrase', 'newPassphrase', 'repeat']);

  function edit(setter: (value: string) => void): (value: string) => void {
    return (value) => {
      setter(value);
      onConfirmationChange(null);
    };
  }

  function change(): void {
    onConfirmationChange(null);
    if (newPassphrase !== repeat) {
      submission.reject({ repeat: PASSPHRASES_DIFFER });
      return;
    }
    void submission.run(
      () => unwrap(bibob.vault.changePassphrase({ currentPassphrase, newPassphrase })),
      () => {
        setCurrentPassphrase('');
        setNewPassphrase('');
        setRepeat('');
        onConfirmationChange('De wachtwoordzin is gewijzigd.');
      },
    );
  }

  return (
    <SubmissionForm submission={submission} onSubmit={change}>
      <Field
        type="password"
        autoComplete="current-password"
        label="Huidige wachtwoordzin"
        value={currentPassphrase}
        onValueChange={edit(setCurrentPassphrase)}
        error={submission.fieldErrors.currentPassphrase}
      />
      <NewPassphraseFields
        label="Nieuwe wachtwoordzin"
        repeatLabel="Herhaal nieuwe wachtwoordzin"
        value={newPassphrase}
        repeat={repeat}
        onValueChange={edit(setNewPassphrase)}
        onRepeatChange={edit(setRepeat)}
        error={submission.fieldErrors.newPassphrase}
        repeatError={submission.fieldErrors.repeat}
      />
      <FormActions>
        <SubmitButton busy={submission.busy}>Wachtwoordzin wijzigen</SubmitButton>
      </FormActions>
      <StatusMessage>{confirmation}</StatusMessage>
    </SubmissionForm>
  );
}

import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { RestoreBackupButton } from '../components/BackupSettings';
import { bibob, unwrap } from '../bridge';
import { Field } from '../components/Field';
import { FormActions, SubmitButton } from '../components/FormActions';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusMessage } from '../components/StatusMessage';
import { useSubmission } from '../hooks/useSubmission';
import { SubmissionForm } from '../components/SubmissionForm';

interface UnlockProps {
  /** Why the vault was locked, e.g. after a period without activity. */
  readonly notice: string | null;
  readonly onUnlocked: () => void;
  readonly onForgotPassphrase: () => void;
  /** Opens "Reservekopie terugzetten" (over this vault, after confirmation there). */
  readonly onRestore?: () => void;
}

/** Opens the vault with the passphrase. */
export function Unlock({ notice, onUnlocked, onForgotPassphrase, onRestore }: UnlockProps) {
  const [passphrase, setPassphrase] = useState('');
  const submission = useSubmission(['passphrase']);

  function unlock(): void {
    void submission.run(
      () => unwrap(bibob.vault.unlock({ passphrase })),
      onUnlocked,
      () => setPassphrase(''),
    );
  }

  return (
    <>
      <ScreenHeading>Kluis ontgrendelen</ScreenHeading>
      <StatusMessage tone="info">{notice}</StatusMessage>
      <SubmissionForm submission={submission} onSubmit={unlock}>
        <Field
          type="password"
          autoComplete="current-password"
          label="Wachtwoordzin"
          value={passphrase}
          onValueChange={setPassphrase}
          error={submission.fieldErrors.passphrase}
        />
        <FormActions>
          <SubmitButton busy={submission.busy}>Ontgrendelen</SubmitButton>
        </FormActions>
      </SubmissionForm>
      <p className="alternative-action">
        <Button appearance="secondary-action-button" onClick={onForgotPassphrase}>
          Wachtwoordzin vergeten? Herstelsleutel gebruiken
        </Button>
      </p>
      {onRestore && <RestoreBackupButton onClick={onRestore} />}
    </>
  );
}

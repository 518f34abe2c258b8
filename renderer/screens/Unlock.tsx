import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../bridge';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { FormActions, SubmitButton } from '../components/FormActions';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusMessage } from '../components/StatusMessage';
import { useSubmission } from '../hooks/useSubmission';

interface UnlockProps {
  /** Why the vault was locked, e.g. after a period without activity. */
  readonly notice: string | null;
  readonly onUnlocked: () => void;
  readonly onForgotPassphrase: () => void;
}

/** Opens the vault with the passphrase. */
export function Unlock({ notice, onUnlocked, onForgotPassphrase }: UnlockProps) {
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
      <form
        ref={submission.formRef}
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          unlock();
        }}
      >
        <ErrorAlert content={submission.alert} />
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
      </form>
      <p className="alternative-action">
        <Button appearance="secondary-action-button" onClick={onForgotPassphrase}>
          Wachtwoordzin vergeten? Herstelsleutel gebruiken
        </Button>
      </p>
    </>
  );
}

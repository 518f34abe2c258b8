import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { FormActions, SubmitButton } from '../FormActions';
import { SubmissionForm } from '../SubmissionForm';
import { TextareaField } from '../TextareaField';
import { useSubmission } from '../../hooks/useSubmission';

interface WithdrawFormProps<T> {
  /** The button: "Herstelverzoek intrekken". */
  readonly button: string;
  /** What is withdrawn, with its article: "het herstelverzoek van 12 oktober 2026". */
  readonly what: string;
  /** What withdrawing does, said before the coordinator confirms. */
  readonly consequence: string;
  readonly withdraw: (reden: string) => Promise<T>;
  readonly onWithdrawn: (value: T) => void;
}

/**
 * Withdrawing a wrongly entered record: a secondary button that first asks why and says what follows; only the
 * second, explicit confirmation withdraws. The reason goes into the timeline and the audit trail.
 */
export function WithdrawForm<T>({ button, what, consequence, withdraw, onWithdrawn }: WithdrawFormProps<T>) {
  const [open, setOpen] = useState(false);
  const [reden, setReden] = useState('');
  const submission = useSubmission(['reden']);
  if (!open) {
    return (
      <FormActions>
        <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
          {button}
        </Button>
      </FormActions>
    );
  }
  return (
    <SubmissionForm submission={submission} onSubmit={() => void submission.run(() => withdraw(reden), onWithdrawn)}>
      <p>{`Weet u zeker dat u ${what} wilt intrekken? ${consequence} Het blijft als ingetrokken zichtbaar in de tijdlijn en de audittrail.`}</p>
      <TextareaField label="Reden van het intrekken" rows={2} value={reden} onValueChange={setReden} error={submission.fieldErrors.reden} />
      <FormActions>
        <SubmitButton busy={submission.busy}>Intrekken bevestigen</SubmitButton>
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            setOpen(false);
            setReden('');
            submission.clear();
          }}
        >
          Annuleren
        </Button>
      </FormActions>
    </SubmissionForm>
  );
}

import { useState } from 'react';
import { bibob, unwrap } from '../bridge';
import type { Settings } from '../../src/contract/schemas';
import { IDLE_TIMEOUT_MINUTES_MAX, IDLE_TIMEOUT_MINUTES_MIN } from '../../src/contract/schemas';
import { useSubmission } from '../hooks/useSubmission';
import { Field } from './Field';
import { FormActions, SubmitButton } from './FormActions';
import { StatusMessage } from './StatusMessage';
import { SubmissionForm } from './SubmissionForm';

interface IdleTimeoutFormProps {
  readonly initialMinutes: number;
  readonly onSaved: (settings: Settings) => void;
  /** The confirmation to show under this form, if it is this form's turn. */
  readonly confirmation: string | null;
  readonly onConfirmationChange: (message: string | null) => void;
}

/** How many minutes without activity before the vault locks itself. */
export function IdleTimeoutForm({ initialMinutes, onSaved, confirmation, onConfirmationChange }: IdleTimeoutFormProps) {
  const [minutes, setMinutes] = useState(String(initialMinutes));
  const submission = useSubmission(['idleTimeoutMinutes']);

  function change(value: string): void {
    setMinutes(value);
    onConfirmationChange(null);
  }

  function save(): void {
    onConfirmationChange(null);
    void submission.run(
      () => unwrap(bibob.settings.update({ idleTimeoutMinutes: Number(minutes) })),
      (settings) => {
        setMinutes(String(settings.idleTimeoutMinutes));
        onSaved(settings);
        onConfirmationChange('Opgeslagen.');
      },
    );
  }

  return (
    <SubmissionForm submission={submission} onSubmit={save}>
      <Field
        type="number"
        className="textbox--narrow"
        min={IDLE_TIMEOUT_MINUTES_MIN}
        max={IDLE_TIMEOUT_MINUTES_MAX}
        step={1}
        label="Automatisch vergrendelen na (minuten)"
        value={minutes}
        onValueChange={change}
        error={submission.fieldErrors.idleTimeoutMinutes}
      />
      <FormActions>
        <SubmitButton busy={submission.busy}>Opslaan</SubmitButton>
      </FormActions>
      <StatusMessage>{confirmation}</StatusMessage>
    </SubmissionForm>
  );
}

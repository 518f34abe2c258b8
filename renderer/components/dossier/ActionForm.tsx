import type { ReactNode } from 'react';
import { Button } from '@utrecht/button-react';
import { FormActions, SubmitButton } from '../FormActions';
import { SubmissionForm } from '../SubmissionForm';
import { useSubmission, type Submission } from '../../hooks/useSubmission';

interface ActionFormProps<F extends string, T> {
  readonly fields: readonly F[];
  readonly button: string;
  readonly call: () => Promise<T>;
  readonly onDone: (result: T) => void;
  readonly onCancel?: () => void;
  readonly children: (submission: Submission<F>) => ReactNode;
  readonly label?: string;
}

/** One small form of the dossier page (send a request, record an answer, add a note …): its fields, its button, errors at the fields. */
export function ActionForm<F extends string, T>({ fields, button, call, onDone, onCancel, children, label }: ActionFormProps<F, T>) {
  const submission = useSubmission(fields);
  return (
    <SubmissionForm submission={submission} onSubmit={() => void submission.run(call, onDone)} className="request-action">
      {children(submission)}
      <FormActions>
        <SubmitButton busy={submission.busy} aria-label={label}>
          {button}
        </SubmitButton>
        {onCancel && (
          <Button appearance="subtle-button" onClick={onCancel}>
            Annuleren
          </Button>
        )}
      </FormActions>
    </SubmissionForm>
  );
}

import type { ReactNode } from 'react';
import { Button } from '@utrecht/button-react';
import type { VerzoekenView } from './types';
import { FormActions, SubmitButton } from '../../FormActions';
import { SubmissionForm } from '../../SubmissionForm';
import { useSubmission, type Submission } from '../../../hooks/useSubmission';

interface ActionFormProps<F extends string> {
  readonly fields: readonly F[];
  readonly button: string;
  readonly call: () => Promise<VerzoekenView>;
  readonly onDone: (view: VerzoekenView) => void;
  readonly onCancel?: () => void;
  readonly children: (submission: Submission<F>) => ReactNode;
  readonly label?: string;
}

/** One step on a request (send, extend, answer, withdraw …): its fields, its button, errors at the fields. */
export function ActionForm<F extends string>({ fields, button, call, onDone, onCancel, children, label }: ActionFormProps<F>) {
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

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
      <ActionButtons busy={submission.busy} button={button} label={label} onCancel={onCancel} />
    </SubmissionForm>
  );
}

/** The submit button of a small form, and "Annuleren" beside it when the form can be closed. */
export function ActionButtons({ busy, button, label, onCancel }: { busy: boolean; button: string; label?: string | undefined; onCancel?: (() => void) | undefined }) {
  return (
    <FormActions>
      <SubmitButton busy={busy} aria-label={label}>
        {button}
      </SubmitButton>
      {onCancel && (
        <Button appearance="subtle-button" onClick={onCancel}>
          Annuleren
        </Button>
      )}
    </FormActions>
  );
}

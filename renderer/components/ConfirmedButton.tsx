import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from '@utrecht/button-react';
import { useSubmission, type Submission } from '../hooks/useSubmission';
import { ErrorAlert } from './ErrorAlert';
import { FormActions, SubmitButton } from './FormActions';
import { SubmissionForm } from './SubmissionForm';

interface ConfirmedButtonProps<F extends string, T> {
  /** The secondary button that opens the confirmation: "Relatie verwijderen". */
  readonly button: string;
  /** Its accessible name where the text alone is ambiguous in a list: "Relatie verwijderen: P. Pieters, bestuurder". */
  readonly label?: string | undefined;
  /** What pressing it will do, asked before it does: "Weet u het zeker? De relatie … wordt verwijderd." */
  readonly question: string;
  /** The button that acts: "Ja, verwijderen". Danger-coloured, the only place the danger colour is used. */
  readonly confirm: string;
  /** Its accessible name where the text alone is ambiguous: "Ja, verwijderen: toelichting.txt". */
  readonly confirmLabel?: string | undefined;
  readonly call: () => Promise<T>;
  readonly onDone: (result: T) => void;
  /** What the confirmation also asks for (the reason, the zaaknummer typed over): its input names, for the errors. */
  readonly fields?: readonly F[];
  readonly children?: (submission: Submission<F>) => ReactNode;
  /** The confirmation closed without acting: reset what `children` holds. */
  readonly onCancel?: () => void;
}

/**
 * A destructive action (delete, withdraw, unlink): a secondary button that first asks, inline, whether the
 * coordinator is sure — never window.confirm. The focus moves to the question, Escape or "Annuleren" closes it and
 * returns the focus to the button; a refusal of the service stays in the confirmation, at its field.
 */
export function ConfirmedButton<F extends string = never, T = unknown>({ button, label, question, confirm, confirmLabel, call, onDone, fields = [], children, onCancel }: ConfirmedButtonProps<F, T>) {
  const [open, setOpen] = useState(false);
  const submission = useSubmission(fields);
  const questionId = useId();
  const trigger = useRef<HTMLButtonElement | null>(null);
  const confirmation = useRef<HTMLDivElement | null>(null);
  /** Whether the focus goes back to the button once the confirmation closes (not after the action removed it). */
  const returnFocus = useRef(false);

  useEffect(() => {
    if (open) confirmation.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      trigger.current?.focus();
    }
  }, [open]);

  function act(): void {
    void submission.run(call, (result) => {
      setOpen(false);
      onDone(result);
    });
  }

  function cancel(): void {
    returnFocus.current = true;
    setOpen(false);
    submission.clear();
    onCancel?.();
  }

  if (!open) {
    return (
      <FormActions>
        <Button ref={trigger} appearance="secondary-action-button" className="confirmed-button" aria-label={label} onClick={() => setOpen(true)}>
          {button}
        </Button>
      </FormActions>
    );
  }
  const body = (
    <div
      ref={confirmation}
      role="group"
      aria-labelledby={questionId}
      tabIndex={-1}
      className="confirmation__body"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        cancel();
      }}
    >
      <p id={questionId} className="confirmation__question">
        {question}
      </p>
      {children?.(submission)}
      {!children && <ErrorAlert content={submission.alert} />}
      <FormActions>
        {children ? (
          <SubmitButton busy={submission.busy} hint="danger" aria-label={confirmLabel}>
            {confirm}
          </SubmitButton>
        ) : (
          <Button appearance="primary-action-button" hint="danger" busy={submission.busy} disabled={submission.busy} aria-label={confirmLabel} onClick={act}>
            {confirm}
          </Button>
        )}
        <Button appearance="secondary-action-button" onClick={cancel}>
          Annuleren
        </Button>
      </FormActions>
    </div>
  );
  // With fields the confirmation is a form of its own (Enter submits, errors at the fields); without, a group of
  // buttons that may sit inside another form (a table of attachments).
  return children ? (
    <SubmissionForm submission={submission} className="confirmation" onSubmit={act}>
      {body}
    </SubmissionForm>
  ) : (
    <div className="confirmation">{body}</div>
  );
}

import type { ReactNode } from 'react';
import type { Submission } from '../hooks/useSubmission';
import { ErrorAlert } from './ErrorAlert';

/**
 * A form wired to its submission: the browser's own validation is off (the service validates and the messages
 * appear at the fields), submitting runs `onSubmit`, and problems that belong to no field show in the alert box.
 */
export function SubmissionForm<F extends string>({
  submission,
  onSubmit,
  className = 'form',
  children,
}: {
  submission: Submission<F>;
  onSubmit: () => void;
  /** 'form' lays the fields out in one narrow column; a form around a table or a row of filters needs another. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      ref={submission.formRef}
      className={className}
      noValidate
      // Any edit makes the messages of the last attempt stale.
      onChange={() => submission.edited()}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <ErrorAlert content={submission.alert} />
      {children}
    </form>
  );
}

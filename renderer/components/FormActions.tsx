import type { ReactNode } from 'react';
import { Button, type ButtonProps } from '@utrecht/button-react';

/** The row of buttons under a form. */
export function FormActions({ children }: { children: ReactNode }) {
  return <div className="form-actions">{children}</div>;
}

interface SubmitButtonProps extends Omit<ButtonProps, 'type' | 'appearance' | 'busy'> {
  readonly busy: boolean;
}

/** The form's primary button: disabled while its call runs, with "Bezig…" beside it. */
export function SubmitButton({ busy, disabled, children, ...props }: SubmitButtonProps) {
  return (
    <>
      <Button {...props} type="submit" appearance="primary-action-button" disabled={busy || disabled} busy={busy}>
        {children}
      </Button>
      <span className="busy-indicator" aria-live="polite">
        {busy ? 'Bezig…' : ''}
      </span>
    </>
  );
}

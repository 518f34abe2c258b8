import { useId, type ReactNode } from 'react';
import { FormField } from '@utrecht/form-field-react';

/** What a control needs to be tied to its label, description and error. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': true | undefined;
}

interface LabelledControlProps {
  readonly label: string;
  readonly error?: string | undefined;
  readonly description?: string | undefined;
  /** A hint under the control that changes while typing; read out politely by screen readers. */
  readonly liveHint?: string | undefined;
  readonly children: (control: ControlProps) => ReactNode;
}

/**
 * A label, a description, one control, a live hint and its error message, all tied to the control by
 * aria-describedby. Text boxes ({@link Field}), selects and textareas are built on it.
 */
export function LabelledControl({ label, error, description, liveHint, children }: LabelledControlProps) {
  const id = useId();
  const descriptionId = `${id}-beschrijving`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-fout`;
  const describedBy = [description && descriptionId, liveHint !== undefined && hintId, error && errorId].filter(Boolean).join(' ');
  return (
    <FormField
      className="field"
      invalid={Boolean(error)}
      label={
        <label className="utrecht-form-label field__label" htmlFor={id}>
          {label}
        </label>
      }
      description={
        description ? (
          <p id={descriptionId} className="utrecht-form-field-description field__description">
            {description}
          </p>
        ) : undefined
      }
      input={
        <>
          {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': error ? true : undefined })}
          {liveHint !== undefined && (
            <p id={hintId} className="utrecht-form-field-description field__hint" aria-live="polite">
              {liveHint}
            </p>
          )}
        </>
      }
      errorMessage={
        error ? (
          <p id={errorId} className="utrecht-form-field-error-message field__error">
            {error}
          </p>
        ) : undefined
      }
    />
  );
}

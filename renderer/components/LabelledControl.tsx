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
  readonly children: (control: ControlProps) => ReactNode;
}

/**
 * A label, a description, one control and its error message, tied together as in {@link Field}; for the
 * controls that are not a text box (a select, a textarea).
 */
export function LabelledControl({ label, error, description, children }: LabelledControlProps) {
  const id = useId();
  const descriptionId = `${id}-beschrijving`;
  const errorId = `${id}-fout`;
  const describedBy = [description && descriptionId, error && errorId].filter(Boolean).join(' ');
  return (
    <FormField
      className="field"
      invalid={Boolean(error)}
      label={
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
      }
      description={
        description ? (
          <p id={descriptionId} className="field__description">
            {description}
          </p>
        ) : undefined
      }
      input={children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': error ? true : undefined })}
      errorMessage={
        error ? (
          <p id={errorId} className="field__error">
            {error}
          </p>
        ) : undefined
      }
    />
  );
}

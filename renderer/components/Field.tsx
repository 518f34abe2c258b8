import { useId } from 'react';
import { FormField } from '@utrecht/form-field-react';
import { Textbox, type TextboxProps } from '@utrecht/textbox-react';

export interface FieldProps extends Omit<TextboxProps, 'id' | 'value' | 'onChange' | 'invalid' | 'children'> {
  readonly label: string;
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  /** The problem with this field, shown under it; marks the input aria-invalid. */
  readonly error?: string | undefined;
  /** A fixed explanation between the label and the input. */
  readonly description?: string;
  /** A hint under the input that changes while typing; read out politely by screen readers. */
  readonly liveHint?: string;
}

/** A labelled text input with its description, live hint and error message, all tied to it by aria-describedby. */
export function Field({ label, value, onValueChange, error, description, liveHint, className, ...inputProps }: FieldProps) {
  const id = useId();
  const descriptionId = `${id}-beschrijving`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-fout`;
  const describedBy = [description && descriptionId, liveHint !== undefined && hintId, error && errorId].filter(Boolean).join(' ');
  const invalid = Boolean(error);

  return (
    <FormField
      className="field"
      invalid={invalid}
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
      input={
        <>
          <Textbox
            {...inputProps}
            id={id}
            className={className}
            value={value}
            onChange={(event) => onValueChange(event.target.value)}
            invalid={invalid}
            aria-describedby={describedBy || undefined}
          />
          {liveHint !== undefined && (
            <p id={hintId} className="field__hint" aria-live="polite">
              {liveHint}
            </p>
          )}
        </>
      }
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

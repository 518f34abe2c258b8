import { Textbox, type TextboxProps } from '@utrecht/textbox-react';
import { LabelledControl } from './LabelledControl';

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

/** A labelled text input with its description, live hint and error message. */
export function Field({ label, value, onValueChange, error, description, liveHint, className, ...inputProps }: FieldProps) {
  return (
    <LabelledControl label={label} error={error} description={description} liveHint={liveHint}>
      {(control) => (
        <Textbox
          {...inputProps}
          id={control.id}
          aria-describedby={control['aria-describedby']}
          className={className}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          invalid={Boolean(error)}
        />
      )}
    </LabelledControl>
  );
}

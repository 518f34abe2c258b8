import { useId } from 'react';
import { Fieldset } from './Fieldset';

export interface RadioOption<V extends string> {
  readonly value: V;
  readonly label: string;
}

interface RadioGroupProps<V extends string> {
  readonly legend: string;
  readonly name: string;
  readonly options: readonly RadioOption<V>[];
  /** The chosen value, or '' while nothing is chosen. */
  readonly value: V | '';
  readonly onValueChange: (value: V) => void;
  readonly error?: string | undefined;
}

/** A <fieldset> of NL Design System radio buttons with its legend and error message. */
export function RadioGroup<V extends string>({ legend, name, options, value, onValueChange, error }: RadioGroupProps<V>) {
  const id = useId();
  const errorId = `${id}-fout`;
  return (
    <Fieldset legend={legend} invalid={Boolean(error)} aria-describedby={error ? errorId : undefined}>
      {error && (
        <p id={errorId} className="utrecht-form-field-error-message field__error">
          {error}
        </p>
      )}
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        const checked = value === option.value;
        return (
          <div key={option.value} className="choice">
            <input
              type="radio"
              id={optionId}
              className={checked ? 'utrecht-radio-button utrecht-radio-button--html-input utrecht-radio-button--checked' : 'utrecht-radio-button utrecht-radio-button--html-input'}
              name={name}
              value={option.value}
              checked={checked}
              onChange={() => onValueChange(option.value)}
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={optionId} className={checked ? 'utrecht-form-label utrecht-form-label--radio utrecht-form-label--checked' : 'utrecht-form-label utrecht-form-label--radio'}>
              {option.label}
            </label>
          </div>
        );
      })}
    </Fieldset>
  );
}

import { useId } from 'react';

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

/** A <fieldset> of radio buttons with its legend and error message. */
export function RadioGroup<V extends string>({ legend, name, options, value, onValueChange, error }: RadioGroupProps<V>) {
  const id = useId();
  const errorId = `${id}-fout`;
  return (
    <fieldset className={error ? 'radio-group radio-group--invalid' : 'radio-group'} aria-describedby={error ? errorId : undefined}>
      <legend className="radio-group__legend">{legend}</legend>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div key={option.value} className="choice">
            <input
              type="radio"
              id={optionId}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onValueChange(option.value)}
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

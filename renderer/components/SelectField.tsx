import { LabelledControl } from './LabelledControl';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

interface SelectFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  readonly options: readonly SelectOption[];
  readonly error?: string | undefined;
  readonly description?: string | undefined;
  readonly disabled?: boolean;
}

/** A labelled <select> with its description and error message. */
export function SelectField({ label, value, onValueChange, options, error, description, disabled }: SelectFieldProps) {
  return (
    <LabelledControl label={label} error={error} description={description}>
      {(control) => (
        <select
          {...control}
          className={error ? 'utrecht-select utrecht-select--invalid select' : 'utrecht-select select'}
          value={value}
          disabled={disabled}
          onChange={(event) => onValueChange(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledControl>
  );
}

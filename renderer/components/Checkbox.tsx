import { useId } from 'react';

interface CheckboxProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onCheckedChange: (checked: boolean) => void;
  /** The service's message for this checkbox, tied to it by aria-describedby. */
  readonly error?: string | undefined;
}

/** One NL Design System checkbox with its label beside it, and its error message under it. */
export function Checkbox({ label, checked, onCheckedChange, error }: CheckboxProps) {
  const id = useId();
  const errorId = `${id}-fout`;
  return (
    <div className={error ? 'choice choice--invalid' : 'choice'}>
      <input
        type="checkbox"
        id={id}
        className={error ? 'utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--invalid' : 'utrecht-checkbox utrecht-checkbox--html-input'}
        checked={checked}
        onChange={(event) => onCheckedChange(event.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
        {label}
      </label>
      {error && (
        <p id={errorId} className="utrecht-form-field-error-message field__error">
          {error}
        </p>
      )}
    </div>
  );
}

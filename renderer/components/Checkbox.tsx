import { useId } from 'react';

interface CheckboxProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onCheckedChange: (checked: boolean) => void;
  /** The service's message for this checkbox, tied to it by aria-describedby. */
  readonly error?: string | undefined;
}

/** One checkbox with its label beside it, and its error message under it. */
export function Checkbox({ label, checked, onCheckedChange, error }: CheckboxProps) {
  const id = useId();
  const errorId = `${id}-fout`;
  return (
    <div className={error ? 'choice choice--invalid' : 'choice'}>
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(event) => onCheckedChange(event.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

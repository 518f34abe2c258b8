import { LabelledControl } from './LabelledControl';

interface TextareaFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  readonly rows?: number;
  readonly error?: string | undefined;
  readonly description?: string | undefined;
}

/** A labelled <textarea> with its description and error message. */
export function TextareaField({ label, value, onValueChange, rows = 4, error, description }: TextareaFieldProps) {
  return (
    <LabelledControl label={label} error={error} description={description}>
      {(control) => (
        <textarea
          {...control}
          className={error ? 'utrecht-textarea utrecht-textarea--html-textarea utrecht-textarea--invalid textarea' : 'utrecht-textarea utrecht-textarea--html-textarea textarea'}
          rows={rows}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </LabelledControl>
  );
}

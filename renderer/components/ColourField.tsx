import { LabelledControl } from './LabelledControl';

interface ColourFieldProps {
  readonly label: string;
  /** "#RRGGBB". */
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  readonly error?: string | undefined;
}

/**
 * A colour picker that shows the chosen colour as a swatch with its code beside it. (As a text box it showed a
 * grey bar: the text box styling hides the swatch.)
 */
export function ColourField({ label, value, onValueChange, error }: ColourFieldProps) {
  return (
    <LabelledControl label={label} error={error}>
      {(control) => (
        <span className="colour-field">
          <input
            type="color"
            id={control.id}
            aria-describedby={control['aria-describedby']}
            aria-invalid={control['aria-invalid']}
            className="colour-field__swatch"
            value={value}
            onChange={(event) => onValueChange(event.target.value)}
          />
          <span className="colour-field__code" aria-hidden="true">
            {value.toUpperCase()}
          </span>
        </span>
      )}
    </LabelledControl>
  );
}

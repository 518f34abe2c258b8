import { Checkbox } from './Checkbox';
import { Fieldset } from './Fieldset';

interface CheckboxSetProps<V extends string> {
  readonly legend: string;
  readonly options: readonly { readonly value: V; readonly label: string }[];
  readonly selected: ReadonlySet<V>;
  readonly onChange: (selected: ReadonlySet<V>) => void;
  readonly error?: string | undefined;
}

/** A <fieldset> of NL Design System checkboxes that together choose a set of values (betrokkenen, documents, restrictions …). */
export function CheckboxSet<V extends string>({ legend, options, selected, onChange, error }: CheckboxSetProps<V>) {
  return (
    <Fieldset legend={legend} invalid={Boolean(error)}>
      {error && <p className="utrecht-form-field-error-message field__error">{error}</p>}
      {options.map((option) => (
        <Checkbox
          key={option.value}
          label={option.label}
          checked={selected.has(option.value)}
          onCheckedChange={(checked) => {
            const next = new Set(selected);
            if (checked) next.add(option.value);
            else next.delete(option.value);
            onChange(next);
          }}
        />
      ))}
    </Fieldset>
  );
}

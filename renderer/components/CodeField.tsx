import { Field, type FieldProps } from './Field';

/**
 * A field for a number that identifies someone (BSN, KvK-nummer): typed as digits, never completed or spell-checked
 * by the browser, in a narrow box.
 */
export function CodeField(props: Omit<FieldProps, 'type' | 'className' | 'inputMode' | 'autoComplete' | 'spellCheck'>) {
  return <Field {...props} type="text" className="textbox--narrow-code" inputMode="numeric" autoComplete="off" spellCheck={false} />;
}

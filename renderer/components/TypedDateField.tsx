import { Field, type FieldProps } from './Field';

/** The format hint of a TypedDateField, and the message when a date does not have that shape. */
export const TYPED_DATE_HINT = 'dag-maand-jaar, bijvoorbeeld 5-10-2026';
export const TYPED_DATE_PROBLEM = `Vul de datum in als ${TYPED_DATE_HINT}.`;

/**
 * A date typed in one text box: one Tab stop, where the browser's date input has one per day, month and year and
 * another for its calendar button. The caller reads the value with parseTypedDate.
 */
export function TypedDateField({ description, ...props }: Omit<FieldProps, 'type' | 'className' | 'autoComplete' | 'spellCheck'>) {
  return <Field {...props} type="text" className="textbox--date" autoComplete="off" spellCheck={false} description={description ? `${description} (${TYPED_DATE_HINT})` : `Als ${TYPED_DATE_HINT}`} />;
}

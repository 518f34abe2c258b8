import { createContext, useContext } from 'react';

/**
 * The forms of one part of a page (a dossier section): when one of them succeeds, the error messages of the
 * others are stale and go, so that no message lingers beside another form's confirmation.
 */
export interface FormGroup {
  /** The form that succeeded last, and how many successes there were: a new value on every success. */
  readonly lastSuccess: { readonly form: symbol; readonly count: number } | null;
  readonly succeeded: (form: symbol) => void;
}

export const FormGroupContext = createContext<FormGroup | null>(null);

export function useFormGroup(): FormGroup | null {
  return useContext(FormGroupContext);
}

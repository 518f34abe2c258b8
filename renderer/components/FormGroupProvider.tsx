import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { FormGroupContext, type FormGroup } from '../hooks/formGroup';

/** Groups the forms inside it: one form's success clears the others' error messages. */
export function FormGroupProvider({ children }: { children: ReactNode }) {
  const [lastSuccess, setLastSuccess] = useState<FormGroup['lastSuccess']>(null);
  const succeeded = useCallback((form: symbol) => setLastSuccess((last) => ({ form, count: (last?.count ?? 0) + 1 })), []);
  const group = useMemo(() => ({ lastSuccess, succeeded }), [lastSuccess, succeeded]);
  return <FormGroupContext.Provider value={group}>{children}</FormGroupContext.Provider>;
}

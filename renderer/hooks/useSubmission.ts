import { useEffect, useRef, useState, type RefObject } from 'react';
import { issuesOf, isVaultLocked, messageOf } from '../errors';
import { useVaultLocked } from '../vaultLock';

/** What the role="alert" box shows: the error's message and any problems that belong to no field. */
export interface AlertContent {
  readonly message: string;
  readonly details: readonly string[];
}

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface Submission<F extends string> {
  readonly busy: boolean;
  readonly alert: AlertContent | null;
  readonly fieldErrors: FieldErrors<F>;
  /** Put on the <form>: after a failure, focus moves to its alert or its first invalid field. */
  readonly formRef: RefObject<HTMLFormElement | null>;
  /** Runs a call; on failure shows its problems next to the fields or in the alert box. */
  run<T>(call: () => Promise<T>, onSuccess: (value: T) => void, onFailure?: () => void): Promise<void>;
  /** Shows problems found before calling (e.g. two passphrases that differ). */
  reject(errors: FieldErrors<F>): void;
  /** Removes every message, e.g. when the form starts over. */
  clear(): void;
}

/**
 * The state of one form's submission. `fields` are the form's input names: a service issue whose path is one
 * of them is shown at that field, anything else in the alert box. VAULT_LOCKED sends the whole app to the
 * unlock screen.
 */
export function useSubmission<F extends string>(fields: readonly F[]): Submission<F> {
  const onVaultLocked = useVaultLocked();
  const formRef = useRef<HTMLFormElement | null>(null);
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<AlertContent | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<F>>({});
  const [failures, setFailures] = useState(0);
  const [successes, setSuccesses] = useState(0);
  /** The element that had the focus when the call started: the submit button loses it while disabled. */
  const focusBefore = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (failures === 0) return;
    formRef.current?.querySelector<HTMLElement>('[role="alert"], [aria-invalid="true"]')?.focus();
  }, [failures]);

  useEffect(() => {
    const element = focusBefore.current;
    if (successes === 0 || !element?.isConnected) return;
    if (document.activeElement === null || document.activeElement === document.body) element.focus();
  }, [successes]);

  const isField = (path: string): path is F => (fields as readonly string[]).includes(path);

  function fail(errors: FieldErrors<F>, content: AlertContent | null): void {
    setFieldErrors(errors);
    setAlert(content);
    setFailures((count) => count + 1);
  }

  async function run<T>(call: () => Promise<T>, onSuccess: (value: T) => void, onFailure?: () => void): Promise<void> {
    if (busy) return;
    focusBefore.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setBusy(true);
    setAlert(null);
    setFieldErrors({});
    let value: T;
    try {
      value = await call();
    } catch (error) {
      if (isVaultLocked(error)) {
        onVaultLocked(error.message);
        return;
      }
      setBusy(false);
      const errors: FieldErrors<F> = {};
      const elsewhere: string[] = [];
      for (const issue of issuesOf(error)) {
        if (!isField(issue.path)) elsewhere.push(issue.message);
        else errors[issue.path] ??= issue.message;
      }
      const onlyFieldProblems = Object.keys(errors).length > 0 && elsewhere.length === 0;
      fail(errors, onlyFieldProblems ? null : { message: messageOf(error), details: elsewhere });
      onFailure?.();
      return;
    }
    setBusy(false);
    setSuccesses((count) => count + 1);
    onSuccess(value);
  }

  return {
    busy,
    alert,
    fieldErrors,
    formRef,
    run,
    reject: (errors) => fail(errors, null),
    clear: () => {
      setAlert(null);
      setFieldErrors({});
    },
  };
}

import { useEffect, useRef, useState, type RefObject } from 'react';
import { issuesOf, isVaultLocked, messageOf } from '../errors';
import { useVaultLocked } from '../vaultLock';
import { useFormGroup } from './formGroup';
import { markSaved, markUnsaved } from '../unsavedInput';

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
  /** The user changed an input: the messages of the last attempt are stale and go. */
  edited(): void;
}

const FIELD_PROBLEMS = 'Niet alle gegevens zijn goed ingevuld.';

/**
 * The alert box after a failure, with every field message that no field of the form shows (`shown`: the texts
 * of the field errors on screen) added to it. Returns `alert` itself when nothing is missing.
 */
export function withUnshownMessages(
  alert: AlertContent | null,
  message: string,
  fieldErrors: Readonly<Record<string, string | undefined>>,
  shown: readonly string[],
): AlertContent | null {
  const present = new Set([...shown, ...(alert?.details ?? []), ...(alert ? [alert.message] : [])]);
  const missing = [...new Set(Object.values(fieldErrors))].filter((text): text is string => text !== undefined && !present.has(text));
  if (missing.length === 0) return alert;
  return { message: alert?.message ?? (message || FIELD_PROBLEMS), details: [...(alert?.details ?? []), ...missing] };
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

  /** The failure whose messages have been checked and focused. */
  const settledFailure = useRef(0);
  /** The message of the last failure, for the alert box when a field message turns out to have no field. */
  const lastMessage = useRef('');

  // After a failure: any field message that no field shows (a field the form does not render, or renders without
  // its error) goes into the alert box, so that no message is swallowed; then the focus moves to the problem.
  useEffect(() => {
    if (failures === 0 || settledFailure.current === failures) return;
    const form = formRef.current;
    const shown = form ? [...form.querySelectorAll('.field__error')].map((element) => element.textContent ?? '') : [];
    const next = withUnshownMessages(alert, lastMessage.current, fieldErrors, shown);
    if (next !== alert) {
      setAlert(next);
      return;
    }
    settledFailure.current = failures;
    form?.querySelector<HTMLElement>('[role="alert"], [aria-invalid="true"]')?.focus();
  }, [failures, alert, fieldErrors]);

  useEffect(() => {
    const element = focusBefore.current;
    if (successes === 0 || !element?.isConnected) return;
    if (document.activeElement === null || document.activeElement === document.body) element.focus();
  }, [successes]);

  // Another form of the same group succeeded: this form's messages are stale.
  const group = useFormGroup();
  const self = useRef(Symbol('form'));
  const lastSuccess = group?.lastSuccess ?? null;
  useEffect(() => {
    if (lastSuccess === null || lastSuccess.form === self.current) return;
    setAlert(null);
    setFieldErrors({});
  }, [lastSuccess]);

  // A form that goes (saved or not) holds no unsaved input any more.
  useEffect(() => {
    const form = self.current;
    return () => markSaved(form);
  }, []);

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
      lastMessage.current = messageOf(error);
      fail(errors, onlyFieldProblems ? null : { message: messageOf(error), details: elsewhere });
      onFailure?.();
      return;
    }
    setBusy(false);
    setSuccesses((count) => count + 1);
    group?.succeeded(self.current);
    markSaved(self.current);
    onSuccess(value);
  }

  return {
    busy,
    alert,
    fieldErrors,
    formRef,
    run,
    reject: (errors) => {
      lastMessage.current = FIELD_PROBLEMS;
      fail(errors, null);
    },
    clear: () => {
      setAlert(null);
      setFieldErrors({});
    },
    edited: () => {
      markUnsaved(self.current);
      if (alert === null && Object.keys(fieldErrors).length === 0) return;
      setAlert(null);
      setFieldErrors({});
    },
  };
}

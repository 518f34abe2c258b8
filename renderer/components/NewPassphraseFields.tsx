import { passphraseHint } from '../passphraseHint';
import { Field } from './Field';

interface NewPassphraseFieldsProps {
  readonly label: string;
  readonly repeatLabel: string;
  readonly value: string;
  readonly repeat: string;
  readonly onValueChange: (value: string) => void;
  readonly onRepeatChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly repeatError?: string | undefined;
}

export const PASSPHRASES_DIFFER = 'De wachtwoordzinnen zijn niet gelijk.';

/** A new passphrase with its live strength hint, and the field that repeats it. */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const hint = passphraseHint(props.value);
  // A refusal by main repeats the hint of the same passphrase: say it once, as the error.
  const hintRepeatsError = props.error !== undefined && hint.endsWith(props.error);
  return (
    <>
      <Field
        type="password"
        autoComplete="new-password"
        label={props.label}
        value={props.value}
        onValueChange={props.onValueChange}
        liveHint={hintRepeatsError ? undefined : hint}
        error={props.error}
      />
      <Field
        type="password"
        autoComplete="new-password"
        label={props.repeatLabel}
        value={props.repeat}
        onValueChange={props.onRepeatChange}
        error={props.repeatError}
      />
    </>
  );
}

import { parseRecoveryKey } from '../../src/domain/recoveryKey';
import { Field } from './Field';
import { NewPassphraseFields } from './NewPassphraseFields';

interface RecoveryKeyFieldsProps {
  readonly recoveryKey: string;
  readonly newPassphrase: string;
  readonly repeat: string;
  readonly onRecoveryKeyChange: (value: string) => void;
  readonly onNewPassphraseChange: (value: string) => void;
  readonly onRepeatChange: (value: string) => void;
  readonly errors: { readonly recoveryKey?: string | undefined; readonly newPassphrase?: string | undefined; readonly repeat?: string | undefined };
}

/** What is wrong with a typed recovery key before it is sent, in Dutch; null when it has the right form. */
export function recoveryKeyProblem(text: string): string | null {
  if (text.trim() === '') return 'Vul de herstelsleutel in.';
  if (!parseRecoveryKey(text)) return 'Dit is geen geldige herstelsleutel: die bestaat uit 13 groepen van 4 letters en cijfers.';
  return null;
}

/** The recovery key and the new passphrase it sets (with its repetition): opening the vault, or a backup, with the recovery key. */
export function RecoveryKeyFields(props: RecoveryKeyFieldsProps) {
  return (
    <>
      <Field
        type="text"
        className="textbox--code"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        label="Herstelsleutel"
        value={props.recoveryKey}
        onValueChange={props.onRecoveryKeyChange}
        error={props.errors.recoveryKey}
      />
      <NewPassphraseFields
        label="Nieuwe wachtwoordzin"
        repeatLabel="Herhaal nieuwe wachtwoordzin"
        value={props.newPassphrase}
        repeat={props.repeat}
        onValueChange={props.onNewPassphraseChange}
        onRepeatChange={props.onRepeatChange}
        error={props.errors.newPassphrase}
        repeatError={props.errors.repeat}
      />
    </>
  );
}

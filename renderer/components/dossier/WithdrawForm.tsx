import { useState } from 'react';
import { ConfirmedButton } from '../ConfirmedButton';
import { TextareaField } from '../TextareaField';

interface WithdrawFormProps<T> {
  /** The button: "Herstelverzoek intrekken". */
  readonly button: string;
  /** The button's accessible name where its text is ambiguous in a list: "Intrekken: adviesaanvraag aan het LBB". */
  readonly label?: string;
  /** What is withdrawn, with its article: "het herstelverzoek van 12 oktober 2026". */
  readonly what: string;
  /** What withdrawing does, said before the coordinator confirms. */
  readonly consequence: string;
  readonly withdraw: (reden: string) => Promise<T>;
  readonly onWithdrawn: (value: T) => void;
}

/**
 * Withdrawing a wrongly entered record: a secondary button that first asks, inline, why and says what follows; only
 * "Ja, intrekken" withdraws (ConfirmedButton). The reason goes into the timeline and the audit trail.
 */
export function WithdrawForm<T>({ button, label, what, consequence, withdraw, onWithdrawn }: WithdrawFormProps<T>) {
  const [reden, setReden] = useState('');
  return (
    <ConfirmedButton
      button={button}
      label={label}
      question={`Weet u zeker dat u ${what} wilt intrekken? ${consequence} Het blijft als ingetrokken zichtbaar in de tijdlijn en de audittrail.`}
      confirm="Ja, intrekken"
      fields={['reden']}
      call={() => withdraw(reden)}
      onDone={onWithdrawn}
      onCancel={() => setReden('')}
    >
      {(submission) => <TextareaField label="Reden van het intrekken" rows={2} value={reden} onValueChange={setReden} error={submission.fieldErrors.reden} />}
    </ConfirmedButton>
  );
}

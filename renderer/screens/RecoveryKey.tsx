import { useState } from 'react';
import { bibob, unwrap } from '../bridge';
import { Checkbox } from '../components/Checkbox';
import { FormActions, SubmitButton } from '../components/FormActions';
import { PrintButton } from '../components/PrintButton';
import { ScreenHeading } from '../components/ScreenHeading';
import { useSubmission } from '../hooks/useSubmission';
import { SubmissionForm } from '../components/SubmissionForm';

/** Shown once, right after the vault was created: the key that opens the vault without the passphrase. */
export function RecoveryKey({ recoveryKey, onConfirmed }: { recoveryKey: string; onConfirmed: () => void }) {
  const [stored, setStored] = useState(false);
  const submission = useSubmission([]);

  function confirm(): void {
    void submission.run(() => unwrap(bibob.vault.confirmRecoveryKey({})), onConfirmed);
  }

  return (
    <>
      <ScreenHeading>Uw herstelsleutel</ScreenHeading>
      <div className="prose">
        <p>
          Met deze herstelsleutel opent u de kluis als de wachtwoordzin kwijt is. U krijgt de sleutel alleen nu te zien,
          één keer.
        </p>
        <p>
          Schrijf de sleutel over op papier en laat de gemeente het papier op een veilige plaats bewaren, bijvoorbeeld in
          een afgesloten kast of kluis. Bewaar de sleutel niet op deze computer: wie de computer en de sleutel heeft,
          kan de kluis openen.
        </p>
      </div>
      <p className="recovery-key" data-testid="recovery-key">
        {recoveryKey}
      </p>
      <PrintButton print={() => bibob.afdrukken.herstelsleutel({ recoveryKey })}>Herstelsleutel afdrukken</PrintButton>
      <SubmissionForm submission={submission} onSubmit={confirm}>
        <Checkbox label="Ik heb de herstelsleutel op papier gezet en veilig opgeborgen" checked={stored} onCheckedChange={setStored} />
        <FormActions>
          <SubmitButton busy={submission.busy} disabled={!stored}>
            Doorgaan
          </SubmitButton>
        </FormActions>
      </SubmissionForm>
    </>
  );
}

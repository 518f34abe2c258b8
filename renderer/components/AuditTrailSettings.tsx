import { useState } from 'react';
import { bibob, unwrap } from '../bridge';
import { useSubmission } from '../hooks/useSubmission';
import { DisclosureFields, disclosureInput, EMPTY_DISCLOSURE, type DisclosureDraft } from './DisclosureFields';
import { ErrorAlert } from './ErrorAlert';
import { FormActions, SubmitButton } from './FormActions';
import { StatusMessage } from './StatusMessage';
import { SubmissionForm } from './SubmissionForm';

interface AuditTrailSettingsProps {
  /** The confirmation to show under these forms, if it is their turn. */
  readonly confirmation: string | null;
  readonly onConfirmationChange: (message: string | null) => void;
}

/** Checks the hash chain of the whole audit trail, and exports it as CSV. */
export function AuditTrailSettings({ confirmation, onConfirmationChange }: AuditTrailSettingsProps) {
  const [broken, setBroken] = useState<string | null>(null);
  const verify = useSubmission([]);
  const exportCsv = useSubmission(['verstrekking.categorie', 'verstrekking.ontvanger', 'verstrekking']);
  const [verstrekking, setVerstrekking] = useState<DisclosureDraft>(EMPTY_DISCLOSURE);

  function verifyTrail(): void {
    onConfirmationChange(null);
    setBroken(null);
    void verify.run(
      () => unwrap(bibob.audit.verify({})),
      (result) => {
        if (result.intact) onConfirmationChange(`De audittrail is intact (${result.checked} regels gecontroleerd).`);
        else setBroken(`De audittrail is gewijzigd vanaf regel ${result.firstBrokenSeq ?? '?'}.`);
      },
    );
  }

  function exportTrail(): void {
    onConfirmationChange(null);
    void exportCsv.run(
      () => unwrap(bibob.audit.exportCsv({ verstrekking: disclosureInput(verstrekking) })),
      // Cancelled in the save dialog: nothing to say.
      (result) => onConfirmationChange(result.exported ? 'Geëxporteerd.' : null),
    );
  }

  return (
    <>
      <p className="prose">
        De audittrail legt elke handeling in de kluis vast. Elke regel bevat een controlegetal van de vorige, zodat een
        latere wijziging opvalt.
      </p>
      <div className="button-forms">
        <SubmissionForm submission={verify} onSubmit={verifyTrail} className="inline-form">
          <FormActions>
            <SubmitButton busy={verify.busy}>Audittrail controleren</SubmitButton>
          </FormActions>
        </SubmissionForm>
        <SubmissionForm submission={exportCsv} onSubmit={exportTrail}>
          <DisclosureFields
            value={verstrekking}
            onChange={setVerstrekking}
            errors={{ categorie: exportCsv.fieldErrors['verstrekking.categorie'] ?? exportCsv.fieldErrors.verstrekking, ontvanger: exportCsv.fieldErrors['verstrekking.ontvanger'] }}
          />
          <FormActions>
            <SubmitButton busy={exportCsv.busy}>Volledige audittrail exporteren (CSV)</SubmitButton>
          </FormActions>
        </SubmissionForm>
      </div>
      <ErrorAlert content={broken} />
      <StatusMessage>{confirmation}</StatusMessage>
    </>
  );
}

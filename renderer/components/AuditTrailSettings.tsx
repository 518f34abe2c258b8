import { useState } from 'react';
import { bibob, unwrap } from '../bridge';
import { useSubmission } from '../hooks/useSubmission';
import { DisclosureExportForm } from './DisclosureExportForm';
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


  function verifyTrail(): void {
    onConfirmationChange(null);
    setBroken(null);
    void verify.run(
      () => unwrap(bibob.audit.verify({})),
      (result) => {
        const anchorFine = result.anker.toestand === 'in-orde' || result.anker.toestand === 'nog-niet-verankerd';
        if (!result.intact) setBroken(`De audittrail is gewijzigd vanaf regel ${result.firstBrokenSeq ?? '?'}. ${anchorFine ? '' : result.anker.melding}`.trim());
        else if (!anchorFine) setBroken(result.anker.melding);
        else onConfirmationChange(`De audittrail is intact (${result.checked} regels gecontroleerd). ${result.anker.melding}`);
      },
    );
  }

  return (
    <>
      <p className="prose">
        De audittrail legt elke handeling in de kluis vast. Elke regel bevat een controlegetal van de vorige, berekend
        met een sleutel uit de kluissleutel, zodat een latere wijziging opvalt. Het sleutelbestand houdt bij tot welke
        regel de audittrail liep: zo valt ook op dat regels aan het eind zijn verwijderd of dat een oudere kopie van de
        kluis is teruggezet.
      </p>
      <div className="button-forms">
        <SubmissionForm submission={verify} onSubmit={verifyTrail} className="inline-form">
          <FormActions>
            <SubmitButton busy={verify.busy}>Audittrail controleren</SubmitButton>
          </FormActions>
        </SubmissionForm>
        <DisclosureExportForm
          button="Volledige audittrail exporteren (CSV)"
          call={(verstrekking) => {
            onConfirmationChange(null);
            return unwrap(bibob.audit.exportCsv({ verstrekking }));
          }}
          // Cancelled in the save dialog: nothing to say.
          onDone={(result) => onConfirmationChange(result.exported ? 'Geëxporteerd.' : null)}
        />
      </div>
      <ErrorAlert content={broken} />
      <StatusMessage>{confirmation}</StatusMessage>
    </>
  );
}

import { useState } from 'react';
import { bibob, unwrap } from '../../bridge';
import type { CallOutput } from '../../../src/contract';
import { FormActions, SubmitButton } from '../FormActions';
import { StatusMessage } from '../StatusMessage';
import { SubmissionForm } from '../SubmissionForm';
import { useSubmission } from '../../hooks/useSubmission';
import { DisclosureExportForm } from '../DisclosureExportForm';
import { DossierSection, type ConfirmationProps } from './DossierSection';
import { AuditTable } from '../AuditTable';

type AuditEntry = CallOutput<'audit.forDossier'>['entries'][number];

/** Every recorded action on this dossier, on request, and its export as CSV. */
export function AuditSection({ dossierId, confirmation, onConfirmationChange }: ConfirmationProps & { dossierId: string }) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const show = useSubmission([]);


  function showTrail(): void {
    onConfirmationChange(null);
    void show.run(
      () => unwrap(bibob.audit.forDossier({ dossierId })),
      (result) => setEntries(result.entries),
    );
  }

  return (
    <DossierSection headingId="dossier-audittrail" title="Audittrail">
      <p className="prose">
        Elke handeling in dit dossier staat in de audittrail: wie, wanneer en wat. Ook het bekijken wordt vastgelegd.
      </p>
      <div className="button-forms">
        <SubmissionForm submission={show} onSubmit={showTrail} className="inline-form">
          <FormActions>
            <SubmitButton busy={show.busy}>Audittrail tonen</SubmitButton>
          </FormActions>
        </SubmissionForm>
        <DisclosureExportForm
          button="Audittrail exporteren (CSV)"
          call={(verstrekking) => {
            onConfirmationChange(null);
            return unwrap(bibob.audit.exportCsv({ dossierId, verstrekking }));
          }}
          // Cancelled in the save dialog: nothing to say.
          onDone={(result) => onConfirmationChange(result.exported ? 'Geëxporteerd.' : null)}
        />
      </div>
      <StatusMessage>{confirmation}</StatusMessage>
      {entries !== null && <AuditTable caption="Audittrail van dit dossier" entries={entries} />}
    </DossierSection>
  );
}

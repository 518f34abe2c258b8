import { useState } from 'react';
import { bibob, unwrap } from '../../bridge';
import type { CallOutput } from '../../../src/contract';
import { formatShortDateTime } from '../../format';
import { FormActions, SubmitButton } from '../FormActions';
import { StatusMessage } from '../StatusMessage';
import { SubmissionForm } from '../SubmissionForm';
import { useSubmission } from '../../hooks/useSubmission';
import { DisclosureExportForm } from '../DisclosureExportForm';
import { DossierSection, type ConfirmationProps } from './DossierSection';
import { DataTable } from '../DataTable';
import { actionSentence, detailLines } from '../../../src/domain/auditZinnen';

type AuditEntry = CallOutput<'audit.forDossier'>['entries'][number];

function parsedDetails(details: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(details);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

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
      {entries !== null && (
        <DataTable caption="Audittrail van dit dossier" showCaption columns={['Nr.', 'Tijdstip', 'Wat er gebeurde', 'Gegevens']} className="data-table--compact audit-table">
          {entries.map((entry) => {
            const lines = detailLines(parsedDetails(entry.details));
            return (
              <tr key={entry.seq}>
                <td>{entry.seq}</td>
                <td className="nowrap">
                  <time dateTime={entry.at}>{formatShortDateTime(entry.at)}</time>
                </td>
                <td>{actionSentence(entry.actor, entry.action)}</td>
                <td>
                  {lines.length > 0 && (
                    <ul className="audit-details">
                      {lines.map((line, index) => (
                        <li key={index}>{line}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </DossierSection>
  );
}

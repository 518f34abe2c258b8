import type { CallOutput } from '../../src/contract';
import { actionSentence, detailLines } from '../../src/domain/auditZinnen';
import { formatShortDateTime } from '../format';
import { DataTable } from './DataTable';

type AuditEntry = CallOutput<'audit.forDossier'>['entries'][number];

function parsedDetails(details: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(details);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Audit records as a coordinator reads them: number, time, one Dutch sentence, and what changed. */
export function AuditTable({ caption, entries }: { readonly caption: string; readonly entries: readonly AuditEntry[] }) {
  return (
    <DataTable caption={caption} showCaption columns={['Nr.', 'Tijdstip', 'Wat er gebeurde', 'Gegevens']} className="data-table--compact audit-table">
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
  );
}

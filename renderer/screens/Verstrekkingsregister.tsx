import { useState } from 'react';
import { bibob, unwrap } from '../bridge';
import type { CallOutput } from '../../src/contract';
import { DataTable } from '../components/DataTable';
import { ErrorAlert } from '../components/ErrorAlert';
import { LinkButton } from '../components/LinkButton';
import { ScreenHeading } from '../components/ScreenHeading';
import { countOf, formatShortDateTime } from '../format';
import { useLoad } from '../hooks/useLoad';

type Register = CallOutput<'verstrekkingen.list'>;

/**
 * The verstrekkingsregister: every disclosure of Bibob data the app made — to whom, on what legal basis (a category of
 * art. 28 lid 2 Wet Bibob or the law's own provision for the LBB and the Belastingdienst), what, and of which dossier.
 * Reading a letter in the app is not in it: that is no disclosure.
 */
export function Verstrekkingsregister({ onOpenDossier }: { onOpenDossier: (id: string, zaaknummer: string) => void }) {
  const [register, setRegister] = useState<Register | null>(null);
  const loadError = useLoad(() => unwrap(bibob.verstrekkingen.list({})), setRegister);
  return (
    <>
      <ScreenHeading>Verstrekkingsregister</ScreenHeading>
      <p className="prose">
        Elke keer dat de app gegevens uit een Bibob-onderzoek verstrekt (een export van een brief, bijlage of auditlog), staat hier aan wie, op welke grond en wat. Een brief lezen in de app
        is geen verstrekking en staat hier niet. Het interne advies aan het bestuursorgaan is evenmin een verstrekking.
      </p>
      <ErrorAlert content={loadError} />
      {register === null ? (
        loadError === null && <p className="loading">Het register wordt geladen…</p>
      ) : (
        <>
          <p className="list-count" aria-live="polite">
            {register.verstrekkingen.length === 0 ? 'Nog geen verstrekkingen.' : `${countOf(register.verstrekkingen.length, 'verstrekking', 'verstrekkingen')}, de nieuwste eerst.`}
          </p>
          {register.verstrekkingen.length > 0 && (
            <DataTable caption="Verstrekkingen van Bibob-gegevens" showCaption columns={['Datum', 'Ontvanger', 'Grondslag', 'Wat', 'Dossier', 'Door']}>
              {register.verstrekkingen.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.verstrektOp}>{formatShortDateTime(entry.verstrektOp)}</time>
                  </td>
                  <td>{entry.ontvanger}</td>
                  <td>{entry.grondslag}</td>
                  <td>{entry.wat}</td>
                  <td>
                    {entry.dossierId && entry.zaaknummer ? (
                      <LinkButton onClick={() => onOpenDossier(entry.dossierId!, entry.zaaknummer!)}>{entry.zaaknummer}</LinkButton>
                    ) : entry.zaaknummer ? (
                      `${entry.zaaknummer} (vernietigd)`
                    ) : (
                      'Geen (de hele kluis)'
                    )}
                  </td>
                  <td>{entry.verstrektDoor}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </>
      )}
    </>
  );
}

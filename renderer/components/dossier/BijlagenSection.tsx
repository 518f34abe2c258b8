import { useState, type DragEvent } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, droppedFiles, unwrap } from '../../bridge';
import type { CallOutput } from '../../../src/contract';
import { countOf, formatFileSize, formatShortDateTime } from '../../format';
import { bijlageSoortLabel } from '../../labels';
import { ErrorAlert } from '../ErrorAlert';
import { ConfirmedButton } from '../ConfirmedButton';
import { StatusMessage } from '../StatusMessage';
import { SubmissionForm } from '../SubmissionForm';
import type { ReloadableState } from '../../hooks/useReloadable';
import { useSubmission } from '../../hooks/useSubmission';
import { BijlageNotes } from './BijlageNotes';
import { DisclosureExportForm } from '../DisclosureExportForm';
import { DossierSection, focusHeading, type ConfirmationProps } from './DossierSection';
import { AttachmentViewer, isViewable } from './viewer/AttachmentViewer';
import { DataTable } from '../DataTable';

export type Bijlage = CallOutput<'bijlagen.list'>['bijlagen'][number];
type ImportResult = CallOutput<'bijlagen.importViaDialog'>;

const HEADING_ID = 'dossier-bijlagen';

/** The attachment whose notes are open, and the page a new note starts with (from the viewer). */
interface OpenNotes {
  readonly bijlage: Bijlage;
  readonly pagina?: number;
}

interface BijlagenSectionProps {
  readonly dossierId: string;
  /** The dossier's attachments, loaded by the page: the vragenformulier links its items to them too. */
  readonly bijlagen: ReloadableState<Bijlage[]>;
  /** An attachment was removed: its links to the vragenformulier went with it. */
  readonly onRemoved: () => Promise<void>;
  /** An export went on the timeline: load the dossier again. */
  readonly onExported: () => Promise<void>;
  readonly actions: ConfirmationProps;
  readonly notes: ConfirmationProps;
}

/** The files of the dossier, kept encrypted in the vault: import (dialog or drop), view in the app, export, remove, annotate. */
export function BijlagenSection({ dossierId, bijlagen: loaded, onRemoved, onExported, actions, notes }: BijlagenSectionProps) {
  const { value: bijlagen, error, reload } = loaded;
  const submission = useSubmission([]);
  const [importResult, setImportResult] = useState<ImportResult | null>(null);
  const [bekijken, setBekijken] = useState<Bijlage | null>(null);
  const [notitiesBij, setNotitiesBij] = useState<OpenNotes | null>(null);
  const [slepen, setSlepen] = useState(false);
  const [exporteren, setExporteren] = useState<Bijlage | null>(null);

  function start(): void {
    actions.onConfirmationChange(null);
    setImportResult(null);
  }

  function importFiles(): void {
    start();
    void submission.run(
      () => unwrap(bibob.bijlagen.importViaDialog({ dossierId })),
      async (result) => {
        if (result.geannuleerd) return;
        setImportResult(result);
        await reload();
      },
    );
  }

  function importDropped(event: DragEvent<HTMLElement>): void {
    event.preventDefault();
    setSlepen(false);
    const bestanden = [...event.dataTransfer.files];
    const api = droppedFiles;
    if (!api || bestanden.length === 0) return;
    start();
    void submission.run(
      () => unwrap(api.importDropped({ dossierId, bestanden })),
      async (result) => {
        setImportResult(result);
        await reload();
      },
    );
  }

  function acceptDrag(event: DragEvent<HTMLElement>): void {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setSlepen(true);
  }

  function openNotes(open: OpenNotes): void {
    start();
    notes.onConfirmationChange(null);
    setNotitiesBij(open);
  }

  async function removed(bijlage: Bijlage): Promise<void> {
    if (bekijken?.id === bijlage.id) setBekijken(null);
    if (notitiesBij?.bijlage.id === bijlage.id) setNotitiesBij(null);
    await Promise.all([reload(), onRemoved()]);
    focusHeading(HEADING_ID);
    actions.onConfirmationChange(`${bijlage.bestandsnaam} is verwijderd.`);
  }

  return (
    <DossierSection headingId={HEADING_ID} title="Bijlagen">
      <ErrorAlert content={error} />
      <StatusMessage>{actions.confirmation}</StatusMessage>
      <SubmissionForm submission={submission} onSubmit={() => undefined} className="table-form">
        <div
          className={slepen ? 'drop-zone drop-zone--active' : 'drop-zone'}
          onDragEnter={acceptDrag}
          onDragOver={acceptDrag}
          onDragLeave={() => setSlepen(false)}
          onDrop={importDropped}
          data-testid="bijlagen-drop-zone"
        >
          <Button appearance="secondary-action-button" disabled={submission.busy} onClick={importFiles}>
            Bestanden importeren…
          </Button>
          {droppedFiles && <p className="drop-zone__hint">Of sleep bestanden naar dit vak.</p>}
        </div>
        {importResult && <ImportSummary result={importResult} />}
        {bijlagen === null ? (
          error === null && <p className="loading">De bijlagen worden geladen…</p>
        ) : bijlagen.length === 0 ? (
          <p>Nog geen bijlagen.</p>
        ) : (
          <DataTable caption="Bijlagen" columns={['Naam', 'Soort', 'Grootte', 'Geïmporteerd', 'Waarschuwing', 'Acties']}>
            {bijlagen.map((bijlage) => (
              <tr key={bijlage.id}>
                <th scope="row">{bijlage.bestandsnaam}</th>
                <td>{bijlageSoortLabel(bijlage.type)}</td>
                <td className="nowrap">{formatFileSize(bijlage.grootte)}</td>
                <td>
                  {formatShortDateTime(bijlage.geimporteerdOp)}
                  <span className="cell-note">door {bijlage.geimporteerdDoor}</span>
                </td>
                <td>{bijlage.waarschuwing ?? <span className="muted">Geen</span>}</td>
                <td>
                  <ul className="cell-list row-actions">
                    {isViewable(bijlage.type) && (
                      <li>
                        <Button
                          appearance="subtle-button"
                          aria-label={`Bekijken: ${bijlage.bestandsnaam}`}
                          onClick={() => {
                            start();
                            setBekijken(bijlage);
                          }}
                        >
                          Bekijken
                        </Button>
                      </li>
                    )}
                    <li>
                      <Button
                        appearance="subtle-button"
                        aria-label={`Exporteren: ${bijlage.bestandsnaam}`}
                        onClick={() => {
                          start();
                          setExporteren(bijlage);
                        }}
                      >
                        Exporteren
                      </Button>
                    </li>
                    <li>
                      <Button
                        appearance="subtle-button"
                        aria-label={`Notities (${bijlage.notities}): ${bijlage.bestandsnaam}`}
                        onClick={() => openNotes({ bijlage })}
                      >
                        {`Notities (${bijlage.notities})`}
                      </Button>
                    </li>
                    <li>
                      <ConfirmedButton
                        button="Verwijderen"
                        label={`Verwijderen: ${bijlage.bestandsnaam}`}
                        question={`Weet u zeker dat u ${bijlage.bestandsnaam} wilt verwijderen? Het bestand verdwijnt uit de kluis; de audittrail bewaart de verwijdering.`}
                        confirm="Ja, verwijderen"
                        confirmLabel={`Ja, verwijderen: ${bijlage.bestandsnaam}`}
                        call={() => {
                          start();
                          return unwrap(bibob.bijlagen.delete({ bijlageId: bijlage.id }));
                        }}
                        onDone={() => void removed(bijlage)}
                      />
                    </li>
                  </ul>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </SubmissionForm>
      {exporteren && (
        <ExportPanel
          key={exporteren.id}
          bijlage={exporteren}
          onDone={(exported) => {
            setExporteren(null);
            focusHeading(HEADING_ID);
            if (exported) {
              actions.onConfirmationChange(`${exporteren.bestandsnaam} is geëxporteerd en staat in het verstrekkingsregister.`);
              void onExported();
            }
          }}
          onCancel={() => {
            setExporteren(null);
            focusHeading(HEADING_ID);
          }}
        />
      )}
      {bekijken && (
        <AttachmentViewer
          key={bekijken.id}
          bijlage={bekijken}
          onClose={() => {
            setBekijken(null);
            focusHeading(HEADING_ID);
          }}
          onNoteForPage={(pagina) => openNotes({ bijlage: bekijken, pagina })}
        />
      )}
      {notitiesBij && (
        <BijlageNotes
          key={`${notitiesBij.bijlage.id}|${notitiesBij.pagina ?? ''}`}
          bijlage={notitiesBij.bijlage}
          initialPagina={notitiesBij.pagina}
          onAdded={reload}
          onClose={() => {
            setNotitiesBij(null);
            focusHeading(HEADING_ID);
          }}
          {...notes}
        />
      )}
    </DossierSection>
  );
}

/** What the last import did: the files taken in, and those refused with the reason. */
function ImportSummary({ result }: { result: ImportResult }) {
  return (
    <div className="import-result">
      <StatusMessage tone="info">
        {`${countOf(result.geimporteerd.length, 'bestand', 'bestanden')} geïmporteerd, ${result.geweigerd.length} geweigerd.`}
      </StatusMessage>
      {result.geimporteerd.length > 0 && (
        <ul className="cell-list">
          {result.geimporteerd.map((bijlage) => (
            <li key={bijlage.id}>
              {`Geïmporteerd: ${bijlage.bestandsnaam}`}
              {bijlage.alBekend && ' (dezelfde inhoud stond al in de kluis)'}
            </li>
          ))}
        </ul>
      )}
      {result.geweigerd.length > 0 && (
        <div role="note" className="notice">
          <p className="notice__title">Niet geïmporteerd</p>
          <ul className="notice__list">
            {result.geweigerd.map((refusal, index) => (
              <li key={index}>{`${refusal.bestandsnaam}: ${refusal.melding}`}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** Exporting an attachment: only to a recipient of art. 28 lid 2 Wet Bibob, registered in the disclosure register. */
function ExportPanel({ bijlage, onDone, onCancel }: { bijlage: Bijlage; onDone: (exported: boolean) => void; onCancel: () => void }) {
  const headingId = `export-${bijlage.id}`;
  return (
    <section className="attachment-viewer" aria-labelledby={headingId}>
      <h3 id={headingId}>{`Exporteren: ${bijlage.bestandsnaam}`}</h3>
      <p className="prose">Geef aan aan wie u het bestand verstrekt. Bibob-gegevens mogen alleen naar de ontvangers van art. 28 lid 2 Wet Bibob (art. 7a lid 6).</p>
      <DisclosureExportForm
        button="Exporteren"
        call={(verstrekking) => unwrap(bibob.bijlagen.export({ bijlageId: bijlage.id, verstrekking }))}
        onDone={(result) => onDone(result.exported)}
        onCancel={onCancel}
      />
    </section>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../bridge';
import type { CallOutput } from '../../../src/contract';
import { countOf, formatFileSize, formatShortDateTime } from '../../format';
import { bijlageSoortLabel } from '../../labels';
import { ErrorAlert } from '../ErrorAlert';
import { StatusMessage } from '../StatusMessage';
import { SubmissionForm } from '../SubmissionForm';
import { useReloadable } from '../../hooks/useReloadable';
import { useSubmission } from '../../hooks/useSubmission';
import { BijlageNotes } from './BijlageNotes';
import { DossierSection, focusHeading, type ConfirmationProps } from './DossierSection';

type Bijlage = CallOutput<'bijlagen.list'>['bijlagen'][number];
type ImportResult = CallOutput<'bijlagen.importViaDialog'>;
type TextPreview = CallOutput<'bijlagen.textPreview'> & { readonly bijlageId: string; readonly naam: string };

const HEADING_ID = 'dossier-bijlagen';
const PREVIEW_HEADING_ID = 'bijlage-tekst';
const TEXT_TYPES: readonly string[] = ['txt', 'eml', 'docx'];

interface BijlagenSectionProps {
  readonly dossierId: string;
  readonly actions: ConfirmationProps;
  readonly notes: ConfirmationProps;
}

/** The files of the dossier, kept encrypted in the vault: import, read as text, export, remove, annotate. */
export function BijlagenSection({ dossierId, actions, notes }: BijlagenSectionProps) {
  const load = useCallback(async () => (await unwrap(bibob.bijlagen.list({ dossierId }))).bijlagen, [dossierId]);
  const { value: bijlagen, error, reload } = useReloadable(load);
  const submission = useSubmission([]);
  const [importResult, setImportResult] = useState<ImportResult | null>(null);
  const [preview, setPreview] = useState<TextPreview | null>(null);
  const [teVerwijderen, setTeVerwijderen] = useState<string | null>(null);
  const [notitiesBij, setNotitiesBij] = useState<Bijlage | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);

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

  function showText(bijlage: Bijlage): void {
    start();
    void submission.run(
      () => unwrap(bibob.bijlagen.textPreview({ bijlageId: bijlage.id })),
      (result) => setPreview({ ...result, bijlageId: bijlage.id, naam: bijlage.bestandsnaam }),
    );
  }

  function exportFile(bijlage: Bijlage): void {
    start();
    void submission.run(
      () => unwrap(bibob.bijlagen.export({ bijlageId: bijlage.id })),
      (result) => {
        if (result.exported) actions.onConfirmationChange('Geëxporteerd.');
      },
    );
  }

  function remove(bijlage: Bijlage): void {
    start();
    void submission.run(
      () => unwrap(bibob.bijlagen.delete({ bijlageId: bijlage.id })),
      async () => {
        setTeVerwijderen(null);
        if (preview?.bijlageId === bijlage.id) setPreview(null);
        if (notitiesBij?.id === bijlage.id) setNotitiesBij(null);
        await reload();
        focusHeading(HEADING_ID);
        actions.onConfirmationChange(`${bijlage.bestandsnaam} is verwijderd.`);
      },
    );
  }

  return (
    <DossierSection headingId={HEADING_ID} title="Bijlagen">
      <ErrorAlert content={error} />
      <StatusMessage>{actions.confirmation}</StatusMessage>
      <SubmissionForm submission={submission} onSubmit={() => undefined} className="table-form">
        <div className="form-actions">
          <Button appearance="secondary-action-button" disabled={submission.busy} onClick={importFiles}>
            Bestanden importeren…
          </Button>
        </div>
        {importResult && <ImportSummary result={importResult} />}
        {bijlagen === null ? (
          error === null && <p className="loading">De bijlagen worden geladen…</p>
        ) : bijlagen.length === 0 ? (
          <p>Nog geen bijlagen.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Bijlagen</caption>
              <thead>
                <tr>
                  <th scope="col">Naam</th>
                  <th scope="col">Soort</th>
                  <th scope="col">Grootte</th>
                  <th scope="col">Geïmporteerd</th>
                  <th scope="col">Waarschuwing</th>
                  <th scope="col">Acties</th>
                </tr>
              </thead>
              <tbody>
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
                        {TEXT_TYPES.includes(bijlage.type) && (
                          <li>
                            <Button appearance="subtle-button" aria-label={`Tekst tonen: ${bijlage.bestandsnaam}`} onClick={() => showText(bijlage)}>
                              Tekst tonen
                            </Button>
                          </li>
                        )}
                        <li>
                          <Button appearance="subtle-button" aria-label={`Exporteren: ${bijlage.bestandsnaam}`} onClick={() => exportFile(bijlage)}>
                            Exporteren
                          </Button>
                        </li>
                        <li>
                          <Button
                            appearance="subtle-button"
                            aria-label={`Notities (${bijlage.notities}): ${bijlage.bestandsnaam}`}
                            onClick={() => {
                              start();
                              notes.onConfirmationChange(null);
                              setNotitiesBij(bijlage);
                            }}
                          >
                            {`Notities (${bijlage.notities})`}
                          </Button>
                        </li>
                        <li>
                          {teVerwijderen === bijlage.id ? (
                            <>
                              <Button appearance="primary-action-button" aria-label={`Ja, verwijderen: ${bijlage.bestandsnaam}`} onClick={() => remove(bijlage)}>
                                Ja, verwijderen
                              </Button>{' '}
                              <Button appearance="subtle-button" aria-label={`Niet verwijderen: ${bijlage.bestandsnaam}`} onClick={() => setTeVerwijderen(null)}>
                                Annuleren
                              </Button>
                            </>
                          ) : (
                            <Button
                              appearance="subtle-button"
                              aria-label={`Verwijderen: ${bijlage.bestandsnaam}`}
                              onClick={() => {
                                start();
                                setTeVerwijderen(bijlage.id);
                              }}
                            >
                              Verwijderen
                            </Button>
                          )}
                        </li>
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </SubmissionForm>
      {preview && (
        <section className="text-preview" aria-labelledby={PREVIEW_HEADING_ID}>
          <h3 id={PREVIEW_HEADING_ID} ref={previewHeading} tabIndex={-1}>{`Tekst van ${preview.naam}`}</h3>
          {preview.ingekort && <p className="muted">Alleen het begin van de tekst wordt getoond.</p>}
          <pre className="text-preview__text" tabIndex={0} aria-label={`Tekst van ${preview.naam}`}>
            {preview.tekst}
          </pre>
          <Button
            appearance="subtle-button"
            onClick={() => {
              setPreview(null);
              focusHeading(HEADING_ID);
            }}
          >
            Tekst sluiten
          </Button>
        </section>
      )}
      {notitiesBij && (
        <BijlageNotes
          key={notitiesBij.id}
          bijlage={notitiesBij}
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

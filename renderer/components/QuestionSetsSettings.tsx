import { useCallback, useState } from 'react';
import { bibob, unwrap } from '../bridge';
import { BibobError } from '../../src/contract/errors';
import { MAX_QUESTION_SET_CHARS } from '../../src/contract/questionnaireCalls';
import { issuesOf } from '../errors';
import { formatShortDateTime } from '../format';
import { useReloadable } from '../hooks/useReloadable';
import { useSubmission } from '../hooks/useSubmission';
import { ErrorAlert } from './ErrorAlert';
import { FormActions, SubmitButton } from './FormActions';
import { JsonFileField } from './JsonFileField';
import { StatusMessage } from './StatusMessage';
import { SubmissionForm } from './SubmissionForm';
import type { ConfirmationProps } from './dossier/DossierSection';
import { DataTable } from './DataTable';

/**
 * A refused question set names every problem with its place in the file ("sections[2].vragen[4].nummer"), so that
 * whoever prepared the JSON can find it; a JSON syntax error already says at which character.
 */
export function withPositions(error: unknown): unknown {
  if (!(error instanceof BibobError)) return error;
  const issues = issuesOf(error);
  if (issues.length === 0) return error;
  return new BibobError(error.code, error.message, {
    issues: issues.map((issue) => ({ path: '', message: issue.path === '' || issue.path === 'json' || issue.path === 'versie' ? issue.message : `${issue.path}: ${issue.message}` })),
  });
}

/**
 * The versions of the Bibob-vragenformulier in the vault: the one shipped with the app and those imported, e.g. the
 * official text as Justis publishes it. An import adds a version and makes it the one new dossiers start from; a
 * version is never overwritten, so a dossier keeps the text it was sent with.
 */
export function QuestionSetsSettings({ confirmation, onConfirmationChange }: ConfirmationProps) {
  const load = useCallback(async () => (await unwrap(bibob.vragenformulier.sets({}))).sets, []);
  const { value: sets, error, reload } = useReloadable(load);
  const [file, setFile] = useState<File | null>(null);
  const submission = useSubmission(['bestand']);

  function importFile(): void {
    onConfirmationChange(null);
    if (!file) {
      submission.reject({ bestand: 'Kies een bestand met een vragenset (JSON).' });
      return;
    }
    if (file.size > MAX_QUESTION_SET_CHARS * 4) {
      submission.reject({ bestand: 'Dit bestand is te groot voor een vragenset (hoogstens 2 MB).' });
      return;
    }
    void submission.run(
      async () => {
        const json = await file.text();
        try {
          return await unwrap(bibob.vragenformulier.importSet({ json }));
        } catch (failure) {
          throw withPositions(failure);
        }
      },
      async (imported) => {
        await reload();
        onConfirmationChange(`Vragenset "${imported.titel}" versie ${imported.versie} is geïmporteerd (${imported.aantalVragen} vragen). Nieuwe dossiers beginnen met deze versie.`);
      },
    );
  }

  return (
    <>
      <ErrorAlert content={error} />
      {sets === null ? (
        error === null && <p className="loading">De vragensets worden geladen…</p>
      ) : (
        <DataTable caption="Vragensets" columns={['Vragenset', 'Versie', 'Vragen', 'Herkomst', 'Gebruik']}>
          {sets.map((set) => (
            <tr key={`${set.id}|${set.versie}`}>
              <th scope="row">
                {set.titel}
                <span className="cell-note">{set.bron}</span>
              </th>
              <td>{set.versie}</td>
              <td>{set.aantalVragen}</td>
              <td>{set.meegeleverd ? 'Meegeleverd met de app' : `Geïmporteerd op ${formatShortDateTime(set.geimporteerdOp ?? '')} door ${set.geimporteerdDoor ?? ''}`}</td>
              <td>{set.standaard ? <strong>Standaard voor nieuwe dossiers</strong> : <span className="muted">Alleen in dossiers die ermee zijn verstuurd</span>}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <h3>Nieuwe versie importeren</h3>
      <p className="prose">
        Importeer de officiële tekst als JSON-bestand in het formaat bibob-vragenset/1. Het bestand wordt volledig gecontroleerd: bij een fout wordt niets
        geïmporteerd, en elke fout staat hieronder met haar plaats in het bestand.
      </p>
      <SubmissionForm submission={submission} onSubmit={importFile}>
        <JsonFileField
          label="Bestand met de vragenset (JSON)"
          error={submission.fieldErrors.bestand}
          onFileChange={(chosen) => {
            setFile(chosen);
            onConfirmationChange(null);
          }}
        />
        <FormActions>
          <SubmitButton busy={submission.busy}>Vragenset importeren</SubmitButton>
        </FormActions>
        <StatusMessage>{confirmation}</StatusMessage>
      </SubmissionForm>
    </>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { focusHeading } from './DossierSection';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../bridge';
import type { CallOutput } from '../../../src/contract';
import { formatShortDateTime } from '../../format';
import { ErrorAlert } from '../ErrorAlert';
import { Field } from '../Field';
import { FormActions, SubmitButton } from '../FormActions';
import { StatusMessage } from '../StatusMessage';
import { SubmissionForm } from '../SubmissionForm';
import { TextareaField } from '../TextareaField';
import { useReloadable } from '../../hooks/useReloadable';
import { useSubmission } from '../../hooks/useSubmission';
import type { ConfirmationProps } from './DossierSection';

type Bijlage = CallOutput<'bijlagen.list'>['bijlagen'][number];

const HEADING_ID = 'bijlage-notities';

interface BijlageNotesProps extends ConfirmationProps {
  readonly bijlage: Bijlage;
  /** The page a new note starts with, e.g. the page shown in the viewer. */
  readonly initialPagina?: number | undefined;
  readonly onAdded: () => Promise<void>;
  readonly onClose: () => void;
}

/** The notes on one attachment, optionally per page, and a form to add one. */
export function BijlageNotes({ bijlage, initialPagina, onAdded, onClose, confirmation, onConfirmationChange }: BijlageNotesProps) {
  const load = useCallback(async () => (await unwrap(bibob.bijlagen.notes({ bijlageId: bijlage.id }))).notities, [bijlage.id]);
  const { value: notities, error, replace } = useReloadable(load);
  const [pagina, setPagina] = useState(initialPagina === undefined ? '' : String(initialPagina));
  const [tekst, setTekst] = useState('');
  const submission = useSubmission(['pagina', 'tekst']);

  // Opening the notes moves the focus to them, so that keyboard users need not look for them.
  useEffect(() => {
    focusHeading(HEADING_ID);
  }, []);

  function edit(setter: (value: string) => void): (value: string) => void {
    return (value) => {
      setter(value);
      onConfirmationChange(null);
    };
  }

  function add(): void {
    onConfirmationChange(null);
    void submission.run(
      () => unwrap(bibob.bijlagen.addNote({ bijlageId: bijlage.id, tekst, ...(pagina.trim() === '' ? {} : { pagina: Number(pagina) }) })),
      async (result) => {
        replace(result.notities);
        setPagina('');
        setTekst('');
        await onAdded();
        onConfirmationChange('De notitie is toegevoegd.');
      },
    );
  }

  return (
    <section className="attachment-notes" aria-labelledby={HEADING_ID}>
      <h3 id={HEADING_ID} tabIndex={-1}>{`Notities bij ${bijlage.bestandsnaam}`}</h3>
      <ErrorAlert content={error} />
      {notities === null ? (
        error === null && <p className="loading">De notities worden geladen…</p>
      ) : notities.length === 0 ? (
        <p>Nog geen notities.</p>
      ) : (
        <ul className="timeline">
          {notities.map((notitie) => (
            <li key={notitie.id} className="timeline__event">
              <p className="cell-note">
                {formatShortDateTime(notitie.gemaaktOp)} · {notitie.gemaaktDoor}
                {notitie.pagina !== null && ` · pagina ${notitie.pagina}`}
              </p>
              <p className="prose">{notitie.tekst}</p>
            </li>
          ))}
        </ul>
      )}
      <SubmissionForm submission={submission} onSubmit={add}>
        <Field
          type="number"
          className="textbox--narrow"
          min={1}
          step={1}
          label="Pagina (optioneel)"
          value={pagina}
          onValueChange={edit(setPagina)}
          error={submission.fieldErrors.pagina}
        />
        <TextareaField label="Notitie" rows={3} value={tekst} onValueChange={edit(setTekst)} error={submission.fieldErrors.tekst} />
        <FormActions>
          <SubmitButton busy={submission.busy}>Notitie toevoegen</SubmitButton>
          <Button appearance="subtle-button" onClick={onClose}>
            Notities sluiten
          </Button>
        </FormActions>
        <StatusMessage>{confirmation}</StatusMessage>
      </SubmissionForm>
    </section>
  );
}

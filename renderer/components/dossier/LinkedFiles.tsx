import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../bridge';
import type { VragenformulierView } from '../../../src/contract/questionnaireCalls';
import { ConfirmedButton } from '../ConfirmedButton';
import { SelectField } from '../SelectField';
import { SubmissionForm } from '../SubmissionForm';
import { useSubmission } from '../../hooks/useSubmission';
import type { Bijlage } from './BijlagenSection';

type CompletenessItem = VragenformulierView['volledigheid']['items'][number];

interface LinkedFilesProps {
  readonly dossierId: string;
  readonly item: CompletenessItem;
  readonly bijlagen: readonly Bijlage[];
  readonly onChanged: (formulier: VragenformulierView, message: string) => void;
  readonly onEdit: () => void;
}

/** The files of the dossier that answer one item of the vragenlijst: link one, or undo a link. */
export function LinkedFiles({ dossierId, item, bijlagen, onChanged, onEdit }: LinkedFilesProps) {
  const [gekozen, setGekozen] = useState('');
  const submission = useSubmission(['bijlageId']);
  const linked = item.bestanden.map((id) => bijlagen.find((bijlage) => bijlage.id === id) ?? { id, bestandsnaam: 'verwijderde bijlage' });
  const available = bijlagen.filter((bijlage) => !item.bestanden.includes(bijlage.id));

  function link(): void {
    const bijlage = bijlagen.find((candidate) => candidate.id === gekozen);
    if (!bijlage) {
      submission.reject({ bijlageId: 'Kies de bijlage die bij dit onderdeel hoort.' });
      return;
    }
    void submission.run(
      () => unwrap(bibob.vragenformulier.linkAttachment({ dossierId, sleutel: item.sleutel, bijlageId: bijlage.id })),
      (next) => {
        setGekozen('');
        onChanged(next, `${bijlage.bestandsnaam} is gekoppeld aan: ${item.omschrijving}.`);
      },
    );
  }

  return (
    <SubmissionForm submission={submission} onSubmit={link} className="linked-files">
      {linked.length > 0 && (
        <ul className="cell-list">
          {linked.map((bijlage) => (
            <li key={bijlage.id}>
              {bijlage.bestandsnaam}{' '}
              <ConfirmedButton
                button="Loskoppelen"
                label={`Loskoppelen: ${bijlage.bestandsnaam} van ${item.omschrijving}`}
                question={`Weet u zeker dat u ${bijlage.bestandsnaam} wilt loskoppelen van: ${item.omschrijving}? De bijlage zelf blijft bewaard.`}
                confirm="Ja, loskoppelen"
                confirmLabel={`Ja, loskoppelen: ${bijlage.bestandsnaam} van ${item.omschrijving}`}
                call={() => {
                  onEdit();
                  return unwrap(bibob.vragenformulier.unlinkAttachment({ dossierId, sleutel: item.sleutel, bijlageId: bijlage.id }));
                }}
                onDone={(next) => onChanged(next, `${bijlage.bestandsnaam} is losgekoppeld van: ${item.omschrijving}.`)}
              />
            </li>
          ))}
        </ul>
      )}
      {available.length > 0 && (
        <>
          <SelectField
            label="Bijlage koppelen"
            value={gekozen}
            onValueChange={(value) => {
              setGekozen(value);
              onEdit();
            }}
            options={[{ value: '', label: 'Kies een bijlage' }, ...available.map((bijlage) => ({ value: bijlage.id, label: bijlage.bestandsnaam }))]}
            error={submission.fieldErrors.bijlageId}
          />
          <Button type="submit" appearance="secondary-action-button" disabled={submission.busy} aria-label={`Koppelen aan: ${item.omschrijving}`}>
            Koppelen
          </Button>
        </>
      )}
    </SubmissionForm>
  );
}

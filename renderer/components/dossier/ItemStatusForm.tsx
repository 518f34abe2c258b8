import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../bridge';
import type { VragenformulierView } from '../../../src/contract/questionnaireCalls';
import type { ItemStatus } from '../../../src/domain/vragenformulier';
import { itemStatusLabel } from '../../labels';
import { SelectField } from '../SelectField';
import { SubmissionForm } from '../SubmissionForm';
import { TextareaField } from '../TextareaField';
import { useSubmission } from '../../hooks/useSubmission';

type CompletenessItem = VragenformulierView['volledigheid']['items'][number];

const statusOptions: readonly { value: ItemStatus; label: string }[] = (['ontvangen', 'ontbreekt', 'onvolledig', 'niet-van-toepassing'] as const).map(
  (status) => ({ value: status, label: itemStatusLabel(status) }),
);

interface ItemStatusFormProps {
  readonly dossierId: string;
  readonly item: CompletenessItem;
  readonly onSaved: (formulier: VragenformulierView, item: CompletenessItem) => void;
  readonly onEdit: () => void;
}

/** The status of one item of the completeness overview, with its note (required for onvolledig and niet van toepassing). */
export function ItemStatusForm({ dossierId, item, onSaved, onEdit }: ItemStatusFormProps) {
  const [status, setStatus] = useState<ItemStatus>(item.status);
  const [notitie, setNotitie] = useState(item.notitie ?? '');
  const submission = useSubmission(['status', 'notitie']);

  function save(): void {
    void submission.run(
      () =>
        unwrap(
          bibob.vragenformulier.setItemStatus({
            dossierId,
            sleutel: item.sleutel,
            status,
            ...(notitie.trim() === '' ? {} : { notitie }),
          }),
        ),
      (formulier) => onSaved(formulier, item),
    );
  }

  return (
    <SubmissionForm submission={submission} onSubmit={save} className="item-status">
      <SelectField
        label="Status"
        options={statusOptions}
        value={status}
        onValueChange={(value) => {
          setStatus(value as ItemStatus);
          onEdit();
        }}
        error={submission.fieldErrors.status}
      />
      <TextareaField
        label="Notitie"
        rows={2}
        value={notitie}
        onValueChange={(value) => {
          setNotitie(value);
          onEdit();
        }}
        error={submission.fieldErrors.notitie}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={submission.busy} aria-label={`Status opslaan: ${item.omschrijving}`}>
        Status opslaan
      </Button>
    </SubmissionForm>
  );
}

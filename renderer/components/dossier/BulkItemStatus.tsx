import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../bridge';
import type { VragenformulierView } from '../../../src/contract/questionnaireCalls';
import type { ItemStatus } from '../../../src/domain/vragenformulier';
import { countOf } from '../../format';
import { itemStatusLabel } from '../../labels';
import { SelectField } from '../SelectField';
import { SubmissionForm } from '../SubmissionForm';
import { TextareaField } from '../TextareaField';
import { useSubmission } from '../../hooks/useSubmission';

const statusOptions: readonly { value: ItemStatus; label: string }[] = (['ontvangen', 'ontbreekt', 'onvolledig', 'niet-van-toepassing'] as const).map(
  (status) => ({ value: status, label: itemStatusLabel(status) }),
);

interface ConfirmDerivedProps {
  readonly formulier: VragenformulierView;
  readonly onDone: (formulier: VragenformulierView, message: string) => void;
}

/** One click: the coordinator confirms every item that the answers and the linked files make 'ontvangen'. */
export function ConfirmDerived({ formulier, onDone }: ConfirmDerivedProps) {
  const submission = useSubmission([]);
  const { teBevestigen } = formulier.volledigheid;
  if (teBevestigen === 0) return null;
  function confirm(): void {
    void submission.run(
      () => unwrap(bibob.vragenformulier.confirmDerivedStatuses({ dossierId: formulier.dossierId })),
      (next) =>
        onDone(
          next,
          next.volledigheid.compleet
            ? `${countOf(teBevestigen, 'onderdeel', 'onderdelen')} bevestigd als ontvangen. Het vragenformulier is volledig.`
            : `${countOf(teBevestigen, 'onderdeel', 'onderdelen')} bevestigd als ontvangen.`,
        ),
    );
  }
  return (
    <SubmissionForm submission={submission} onSubmit={confirm} className="confirm-derived">
      <p>
        {teBevestigen === 1 ? '1 onderdeel is beantwoord of heeft een gekoppeld bestand' : `${teBevestigen} onderdelen zijn beantwoord of hebben een gekoppeld bestand`}, maar
        nog niet door u bevestigd.
      </p>
      <Button type="submit" appearance="primary-action-button" disabled={submission.busy}>
        Alles beantwoord bevestigen
      </Button>
    </SubmissionForm>
  );
}

interface BulkItemStatusProps {
  readonly dossierId: string;
  readonly selected: readonly string[];
  readonly onSaved: (formulier: VragenformulierView, message: string) => void;
}

/** The status (and note) for all the items checked in the completeness overview, in one save. */
export function BulkItemStatus({ dossierId, selected, onSaved }: BulkItemStatusProps) {
  const [status, setStatus] = useState<ItemStatus>('ontvangen');
  const [notitie, setNotitie] = useState('');
  const submission = useSubmission(['status', 'notitie']);
  function save(): void {
    const items = selected.map((sleutel) => ({ sleutel, status, ...(notitie.trim() === '' ? {} : { notitie }) }));
    void submission.run(
      () => unwrap(bibob.vragenformulier.setItemStatuses({ dossierId, items })),
      (next) => onSaved(next, `Status ${itemStatusLabel(status).toLowerCase()} opgeslagen voor ${countOf(items.length, 'onderdeel', 'onderdelen')}.`),
    );
  }
  return (
    <SubmissionForm submission={submission} onSubmit={save} className="bulk-status">
      <fieldset>
        <legend>Status voor geselecteerde onderdelen ({selected.length})</legend>
        <SelectField label="Status voor de selectie" options={statusOptions} value={status} onValueChange={(value) => setStatus(value as ItemStatus)} />
        <TextareaField
          label="Notitie voor de selectie"
          rows={2}
          value={notitie}
          onValueChange={setNotitie}
          description="Verplicht bij onvolledig en niet van toepassing."
        />
        <Button type="submit" appearance="secondary-action-button" disabled={submission.busy || selected.length === 0}>
          Status opslaan voor selectie
        </Button>
      </fieldset>
    </SubmissionForm>
  );
}

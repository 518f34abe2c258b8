import { useState } from 'react';
import type { VerstrekkingInput } from '../../src/contract/schemas';
import { ActionForm } from './dossier/ActionForm';
import { DisclosureFields, disclosureInput, EMPTY_DISCLOSURE, type DisclosureDraft } from './DisclosureFields';

interface DisclosureExportFormProps<T> {
  readonly button: string;
  readonly call: (verstrekking: VerstrekkingInput) => Promise<T>;
  readonly onDone: (result: T) => void;
  readonly onCancel?: () => void;
}

/** An export: whom it goes to (art. 28 lid 2 Wet Bibob), then the button; the service refuses it without a recipient. */
export function DisclosureExportForm<T>({ button, call, onDone, onCancel }: DisclosureExportFormProps<T>) {
  const [verstrekking, setVerstrekking] = useState<DisclosureDraft>(EMPTY_DISCLOSURE);
  return (
    <ActionForm fields={['verstrekking.categorie', 'verstrekking.ontvanger', 'verstrekking']} button={button} call={() => call(disclosureInput(verstrekking))} onDone={onDone} {...(onCancel ? { onCancel } : {})}>
      {(submission) => (
        <DisclosureFields
          value={verstrekking}
          onChange={setVerstrekking}
          errors={{ categorie: submission.fieldErrors['verstrekking.categorie'] ?? submission.fieldErrors.verstrekking, ontvanger: submission.fieldErrors['verstrekking.ontvanger'] }}
        />
      )}
    </ActionForm>
  );
}

import { useState } from 'react';
import type { VerstrekkingInput } from '../../src/contract/schemas';
import { ActionForm } from './dossier/ActionForm';
import { DisclosureFields, disclosureInput, EMPTY_DISCLOSURE, type DisclosureDraft } from './DisclosureFields';

interface DisclosureExportFormProps<T> {
  readonly button: string;
  readonly call: (verstrekking: VerstrekkingInput) => Promise<T>;
  readonly onDone: (result: T) => void;
  readonly onCancel?: () => void;
  /** Only the categories of art. 28 lid 2 (a letter to the betrokkene, a third party, a partner): not the LBB or Belastingdienst bases. */
  readonly alleenArtikel28?: boolean;
}

/** An export: whom it goes to (art. 28 lid 2 Wet Bibob), then the button; the service refuses it without a recipient. */
export function DisclosureExportForm<T>({ button, call, onDone, onCancel, alleenArtikel28 = false }: DisclosureExportFormProps<T>) {
  const [verstrekking, setVerstrekking] = useState<DisclosureDraft>(EMPTY_DISCLOSURE);
  return (
    <ActionForm fields={['verstrekking.categorie', 'verstrekking.ontvanger', 'verstrekking']} button={button} call={() => call(disclosureInput(verstrekking))} onDone={onDone} {...(onCancel ? { onCancel } : {})}>
      {(submission) => (
        <DisclosureFields
          value={verstrekking}
          onChange={setVerstrekking}
          alleenArtikel28={alleenArtikel28}
          errors={{ categorie: submission.fieldErrors['verstrekking.categorie'] ?? submission.fieldErrors.verstrekking, ontvanger: submission.fieldErrors['verstrekking.ontvanger'] }}
        />
      )}
    </ActionForm>
  );
}

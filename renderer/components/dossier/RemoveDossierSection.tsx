import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../bridge';
import type { Dossier } from '../../../src/contract/schemas';
import { Field } from '../Field';
import { FormActions, SubmitButton } from '../FormActions';
import { SubmissionForm } from '../SubmissionForm';
import { TextareaField } from '../TextareaField';
import { useSubmission } from '../../hooks/useSubmission';
import { DossierSection } from './DossierSection';

interface RemoveDossierSectionProps {
  readonly dossier: Dossier;
  /** After the removal: the page is gone, the overview says what happened. */
  readonly onRemoved: (zaaknummer: string) => void;
}

/**
 * Removing a dossier entered by mistake (issue 18 §2): a secondary, destructive-styled button that first asks for the
 * zaaknummer, typed over, and the reason; the audit trail keeps both. Not for a dossier that ran its course: that is
 * closed through its phase.
 */
export function RemoveDossierSection({ dossier, onRemoved }: RemoveDossierSectionProps) {
  const [open, setOpen] = useState(false);
  const [zaaknummer, setZaaknummer] = useState('');
  const [reden, setReden] = useState('');
  const submission = useSubmission(['zaaknummer', 'reden']);

  function cancel(): void {
    setOpen(false);
    setZaaknummer('');
    setReden('');
    submission.clear();
  }

  return (
    <DossierSection headingId="dossier-verwijderen" title="Dossier verwijderen">
      <p>
        Alleen voor een dossier dat per vergissing is aangemaakt. Het telt daarna nergens meer mee: niet in het overzicht, het zoeken, de agenda, het dashboard
        of het jaarverslag. De audittrail bewaart de verwijdering met het zaaknummer en de reden. Een afgehandelde zaak sluit u af via de fase.
      </p>
      {!open ? (
        <FormActions>
          <Button appearance="secondary-action-button" hint="danger" onClick={() => setOpen(true)}>
            Dossier verwijderen…
          </Button>
        </FormActions>
      ) : (
        <SubmissionForm submission={submission} onSubmit={() => void submission.run(() => unwrap(bibob.dossiers.remove({ id: dossier.id, zaaknummer, reden })), (result) => onRemoved(result.zaaknummer))}>
          <p>
            <strong>{`Weet u zeker dat u dossier ${dossier.zaaknummer} (${dossier.aanvragerNaam}) wilt verwijderen?`}</strong> Dit kunt u niet ongedaan maken.
          </p>
          <Field
            label="Zaaknummer ter bevestiging"
            description={`Typ ${dossier.zaaknummer} over.`}
            autoComplete="off"
            spellCheck={false}
            value={zaaknummer}
            onValueChange={setZaaknummer}
            error={submission.fieldErrors.zaaknummer}
          />
          <TextareaField label="Reden van het verwijderen" rows={2} value={reden} onValueChange={setReden} error={submission.fieldErrors.reden} />
          <FormActions>
            <SubmitButton busy={submission.busy} hint="danger">
              Dossier definitief verwijderen
            </SubmitButton>
            <Button appearance="subtle-button" onClick={cancel}>
              Annuleren
            </Button>
          </FormActions>
        </SubmissionForm>
      )}
    </DossierSection>
  );
}

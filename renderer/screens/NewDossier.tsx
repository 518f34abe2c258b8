import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../bridge';
import type { Dossier } from '../../src/contract/schemas';
import { toepassingsgebieden, toepassingsgebiedInfo, type Toepassingsgebied } from '../../src/domain/toepassingsgebied';
import { Field } from '../components/Field';
import { FormActions, SubmitButton } from '../components/FormActions';
import { RadioGroup } from '../components/RadioGroup';
import { ScreenHeading } from '../components/ScreenHeading';
import { useSubmission } from '../hooks/useSubmission';
import { SubmissionForm } from '../components/SubmissionForm';

interface NewDossierProps {
  readonly onCreated: (dossier: Dossier) => void;
  readonly onCancel: () => void;
}

const toepassingsgebiedOptions = toepassingsgebieden.map((value) => ({ value, label: toepassingsgebiedInfo[value].label }));

/** Registers a new Bibob dossier. */
export function NewDossier({ onCreated, onCancel }: NewDossierProps) {
  const [zaaknummer, setZaaknummer] = useState('');
  const [toepassingsgebied, setToepassingsgebied] = useState<Toepassingsgebied | ''>('');
  const [aanvragerNaam, setAanvragerNaam] = useState('');
  const submission = useSubmission(['zaaknummer', 'toepassingsgebied', 'aanvragerNaam']);

  function create(): void {
    void submission.run(
      () =>
        unwrap(
          bibob.dossiers.create({
            zaaknummer,
            // Nothing chosen is sent as '': the service refuses it with its own message for the fieldset.
            toepassingsgebied: toepassingsgebied as Toepassingsgebied,
            aanvragerNaam,
          }),
        ),
      onCreated,
    );
  }

  return (
    <>
      <ScreenHeading>Nieuw dossier</ScreenHeading>
      <SubmissionForm submission={submission} onSubmit={create}>
        <Field
          type="text"
          autoComplete="off"
          spellCheck={false}
          label="Zaaknummer"
          value={zaaknummer}
          onValueChange={setZaaknummer}
          error={submission.fieldErrors.zaaknummer}
        />
        <RadioGroup
          legend="Toepassingsgebied"
          name="toepassingsgebied"
          options={toepassingsgebiedOptions}
          value={toepassingsgebied}
          onValueChange={setToepassingsgebied}
          error={submission.fieldErrors.toepassingsgebied}
        />
        <Field
          type="text"
          autoComplete="off"
          label="Naam aanvrager"
          description="Naam van de persoon of het bedrijf dat de aanvraag deed"
          value={aanvragerNaam}
          onValueChange={setAanvragerNaam}
          error={submission.fieldErrors.aanvragerNaam}
        />
        <FormActions>
          <SubmitButton busy={submission.busy}>Dossier aanmaken</SubmitButton>
          <Button appearance="secondary-action-button" onClick={onCancel}>
            Annuleren
          </Button>
        </FormActions>
      </SubmissionForm>
    </>
  );
}

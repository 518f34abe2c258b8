import { useState } from 'react';
import { bibob, unwrap } from '../../bridge';
import type { CallInput } from '../../../src/contract';
import type { Dossier } from '../../../src/contract/schemas';
import { besluitsoortenVoor } from '../../../src/domain/besluitsoorten';
import { uitkomstenVoor } from '../../../src/domain/uitkomsten';
import { uitkomstText } from '../../labels';
import { Field } from '../Field';
import { FormActions, SubmitButton } from '../FormActions';
import { SelectField } from '../SelectField';
import { PrintButton } from '../PrintButton';
import { StatusMessage } from '../StatusMessage';
import { SubmissionForm } from '../SubmissionForm';
import { TextareaField } from '../TextareaField';
import { useSubmission } from '../../hooks/useSubmission';
import { DossierSection, type ConfirmationProps } from './DossierSection';

type Details = CallInput<'dossiers.update'>['details'];

interface DetailsFormProps extends ConfirmationProps {
  readonly dossier: Dossier;
  readonly onSaved: () => Promise<void>;
}

/**
 * The dossier's own details. The contract's checks report at `details.<field>`; the service's own refusals
 * (a kind of decision or an outcome of another toepassingsgebied) at `<field>`: both land at the field.
 */
export function DetailsForm({ dossier, onSaved, confirmation, onConfirmationChange }: DetailsFormProps) {
  const [besluitsoort, setBesluitsoort] = useState(dossier.besluitsoort ?? '');
  const [ontvangenOp, setOntvangenOp] = useState(dossier.ontvangenOp ?? '');
  const [locatieAdres, setLocatieAdres] = useState(dossier.locatieAdres);
  const [bagId, setBagId] = useState(dossier.bagId ?? '');
  const [coordinator, setCoordinator] = useState(dossier.coordinator);
  const [notities, setNotities] = useState(dossier.notities);
  const [uitkomst, setUitkomst] = useState(dossier.uitkomst ?? '');
  const submission = useSubmission([
    'details.besluitsoort',
    'besluitsoort',
    'details.ontvangenOp',
    'details.locatieAdres',
    'details.bagId',
    'details.coordinator',
    'details.notities',
    'details.uitkomst',
    'uitkomst',
  ]);
  const errors = submission.fieldErrors;

  const gebied = dossier.toepassingsgebied;
  const besluitsoortOptions = [
    { value: '', label: 'Nog niet bekend' },
    ...besluitsoortenVoor(gebied).map((soort) => ({ value: soort.id, label: soort.label })),
  ];
  const uitkomstOptions = [
    { value: '', label: 'Nog geen uitkomst' },
    ...uitkomstenVoor(gebied, besluitsoort || null).map((id) => ({ value: id, label: uitkomstText(id, gebied) })),
  ];

  function edit(setter: (value: string) => void): (value: string) => void {
    return (value) => {
      setter(value);
      onConfirmationChange(null);
    };
  }

  function save(): void {
    onConfirmationChange(null);
    const details: Details = {
      besluitsoort: besluitsoort === '' ? null : besluitsoort,
      ontvangenOp: ontvangenOp === '' ? null : ontvangenOp,
      locatieAdres,
      bagId: bagId.trim() === '' ? null : bagId,
      coordinator,
      notities,
      uitkomst: uitkomst === '' ? null : (uitkomst as NonNullable<Details['uitkomst']>),
    };
    void submission.run(
      () => unwrap(bibob.dossiers.update({ id: dossier.id, details })),
      async () => {
        await onSaved();
        onConfirmationChange('Opgeslagen.');
      },
    );
  }

  return (
    <DossierSection headingId="dossier-gegevens" title="Gegevens">
      <p className="print-intro">Op papier: de samenvatting van dit dossier, met zijn gegevens en betrokkenen, zonder bevindingen, adviezen of notities.</p>
      <PrintButton print={() => bibob.afdrukken.dossier({ dossierId: dossier.id })}>Samenvatting afdrukken</PrintButton>
      <SubmissionForm submission={submission} onSubmit={save}>
        <SelectField
          label="Soort besluit"
          description="Bepaalt de beslistermijn."
          options={besluitsoortOptions}
          value={besluitsoort}
          onValueChange={edit(setBesluitsoort)}
          error={errors['details.besluitsoort'] ?? errors.besluitsoort}
        />
        <Field
          type="date"
          className="textbox--date"
          label="Datum ontvangst aanvraag"
          value={ontvangenOp}
          onValueChange={edit(setOntvangenOp)}
          error={errors['details.ontvangenOp']}
        />
        <Field
          type="text"
          autoComplete="off"
          label="Adres of locatie"
          value={locatieAdres}
          onValueChange={edit(setLocatieAdres)}
          error={errors['details.locatieAdres']}
        />
        <Field
          type="text"
          className="textbox--code"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          label="BAG-identificatie"
          description="16 cijfers: de identificatie van het verblijfsobject of de nummeraanduiding."
          value={bagId}
          onValueChange={edit(setBagId)}
          error={errors['details.bagId']}
        />
        <Field
          type="text"
          autoComplete="off"
          label="Coördinator"
          value={coordinator}
          onValueChange={edit(setCoordinator)}
          error={errors['details.coordinator']}
        />
        <TextareaField label="Notities" rows={6} value={notities} onValueChange={edit(setNotities)} error={errors['details.notities']} />
        <SelectField
          label="Uitkomst"
          description="De voorgestelde of genomen maatregel. Nodig voordat het dossier naar advies en besluit kan."
          options={uitkomstOptions}
          value={uitkomst}
          onValueChange={edit(setUitkomst)}
          error={errors['details.uitkomst'] ?? errors.uitkomst}
        />
        <FormActions>
          <SubmitButton busy={submission.busy}>Gegevens opslaan</SubmitButton>
        </FormActions>
        <StatusMessage>{confirmation}</StatusMessage>
      </SubmissionForm>
    </DossierSection>
  );
}

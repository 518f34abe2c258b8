import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../bridge';
import type { Betrokkene, BetrokkeneInput } from '../../../src/contract/schemas';
import { Field } from '../Field';
import { FormActions, SubmitButton } from '../FormActions';
import { SubmissionForm } from '../SubmissionForm';
import { TextareaField } from '../TextareaField';
import { useSubmission } from '../../hooks/useSubmission';
import { CodeField } from '../CodeField';

interface CorrectBetrokkeneFormProps {
  readonly dossierId: string;
  readonly betrokkene: Betrokkene;
  readonly onCorrected: (naam: string) => Promise<void>;
  readonly onCancel: () => void;
}

/** Corrects the data of a betrokkene, prefilled, with the reason for the audit trail. */
export function CorrectBetrokkeneForm({ dossierId, betrokkene, onCorrected, onCancel }: CorrectBetrokkeneFormProps) {
  const [naam, setNaam] = useState(betrokkene.naam);
  const [geboortedatum, setGeboortedatum] = useState(betrokkene.geboortedatum ?? '');
  const [geboorteplaats, setGeboorteplaats] = useState(betrokkene.geboorteplaats ?? '');
  const [bsn, setBsn] = useState('');
  const [kvkNummer, setKvkNummer] = useState(betrokkene.kvkNummer ?? '');
  const [rechtsvorm, setRechtsvorm] = useState(betrokkene.rechtsvorm ?? '');
  const [adres, setAdres] = useState(betrokkene.adres);
  const [reden, setReden] = useState('');
  const submission = useSubmission([
    'gegevens.naam',
    'gegevens.geboortedatum',
    'gegevens.geboorteplaats',
    'gegevens.bsn',
    'gegevens.kvkNummer',
    'gegevens.rechtsvorm',
    'gegevens.adres',
    'reden',
  ]);
  const errors = submission.fieldErrors;
  const persoon = betrokkene.soort === 'persoon';

  function gegevens(): BetrokkeneInput {
    const optional = (value: string) => (value.trim() === '' ? undefined : value);
    const input: BetrokkeneInput = persoon
      ? { soort: 'persoon', naam, geboortedatum: optional(geboortedatum), geboorteplaats: optional(geboorteplaats), bsn: optional(bsn), adres: optional(adres) }
      : { soort: 'rechtspersoon', naam, kvkNummer: optional(kvkNummer), rechtsvorm: optional(rechtsvorm), adres: optional(adres) };
    return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as BetrokkeneInput;
  }

  function submit(): void {
    void submission.run(
      () => unwrap(bibob.betrokkenen.update({ betrokkeneId: betrokkene.id, dossierId, gegevens: gegevens(), reden })),
      async (out) => onCorrected(out.betrokkene.naam),
    );
  }

  return (
    <SubmissionForm submission={submission} onSubmit={submit}>
      <h4>{`Gegevens corrigeren: ${betrokkene.naam}`}</h4>
      <Field type="text" autoComplete="off" label="Naam" value={naam} onValueChange={setNaam} error={errors['gegevens.naam']} />
      {persoon ? (
        <>
          <Field type="date" className="textbox--date" label="Geboortedatum" value={geboortedatum} onValueChange={setGeboortedatum} error={errors['gegevens.geboortedatum']} />
          <Field type="text" autoComplete="off" label="Geboorteplaats" value={geboorteplaats} onValueChange={setGeboorteplaats} error={errors['gegevens.geboorteplaats']} />
          <CodeField
            label="Nieuw BSN (optioneel)"
            description={betrokkene.bsnGemaskeerd ? `Leeg laten om het bekende BSN (${betrokkene.bsnGemaskeerd}) te houden.` : 'Alleen als het BSN rechtmatig bekend is.'}
            value={bsn}
            onValueChange={setBsn}
            error={errors['gegevens.bsn']}
          />
        </>
      ) : (
        <>
          <CodeField
            label="KvK-nummer"
            description="8 cijfers"
            value={kvkNummer}
            onValueChange={setKvkNummer}
            error={errors['gegevens.kvkNummer']}
          />
          <Field type="text" autoComplete="off" label="Rechtsvorm" value={rechtsvorm} onValueChange={setRechtsvorm} error={errors['gegevens.rechtsvorm']} />
        </>
      )}
      <Field type="text" autoComplete="off" label="Adres" value={adres} onValueChange={setAdres} error={errors['gegevens.adres']} />
      <TextareaField label="Reden van de correctie" rows={3} value={reden} onValueChange={setReden} error={errors.reden} />
      <FormActions>
        <SubmitButton busy={submission.busy}>Correctie opslaan</SubmitButton>
        <Button appearance="secondary-action-button" type="button" onClick={onCancel}>
          Annuleren
        </Button>
      </FormActions>
    </SubmissionForm>
  );
}

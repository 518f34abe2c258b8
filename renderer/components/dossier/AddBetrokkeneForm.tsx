import { useState } from 'react';
import { bibob, unwrap } from '../../bridge';
import type { CallInput } from '../../../src/contract';
import type { Betrokkene, BetrokkeneInput } from '../../../src/contract/schemas';
import { rolIds, type BetrokkeneSoort, type Rol } from '../../../src/domain/betrokkenen';
import { duplicateCandidatesOf, existingBetrokkeneOf } from '../../errors';
import { Button } from '@utrecht/button-react';
import { rolInfo, rolLabel } from '../../labels';
import { Field } from '../Field';
import { FormActions, SubmitButton } from '../FormActions';
import { RadioGroup } from '../RadioGroup';
import { SelectField } from '../SelectField';
import { StatusMessage } from '../StatusMessage';
import { SubmissionForm } from '../SubmissionForm';
import { useSubmission } from '../../hooks/useSubmission';
import type { ConfirmationProps } from './DossierSection';
import { DuplicateCandidates } from './DuplicateCandidates';
import { CodeField } from '../CodeField';

type Wie = CallInput<'betrokkenen.add'>['wie'];

/** The service either links the betrokkene, or names the records it may already be. */
type Outcome = { readonly added: string } | { readonly candidates: Betrokkene[] };

const soortOptions: readonly { value: BetrokkeneSoort; label: string }[] = [
  { value: 'persoon', label: 'Natuurlijk persoon' },
  { value: 'rechtspersoon', label: 'Rechtspersoon' },
];

const rolOptions = [{ value: '', label: 'Kies een rol' }, ...rolIds.map((rol) => ({ value: rol, label: rolLabel(rol) }))];


interface AddBetrokkeneFormProps extends ConfirmationProps {
  readonly dossierId: string;
  readonly onAdded: () => Promise<void>;
}

/**
 * Adds a person or company to the dossier in a role. When the service finds that it may already be in the
 * vault (same KvK-nummer, BSN or name), the coordinator chooses the existing record or confirms a new one.
 */
export function AddBetrokkeneForm({ dossierId, onAdded, confirmation, onConfirmationChange }: AddBetrokkeneFormProps) {
  const [soort, setSoort] = useState<BetrokkeneSoort>('persoon');
  const [naam, setNaam] = useState('');
  const [geboortedatum, setGeboortedatum] = useState('');
  const [geboorteplaats, setGeboorteplaats] = useState('');
  const [bsn, setBsn] = useState('');
  const [kvkNummer, setKvkNummer] = useState('');
  const [rechtsvorm, setRechtsvorm] = useState('');
  const [adres, setAdres] = useState('');
  const [rol, setRol] = useState<Rol | ''>('');
  const [aandeel, setAandeel] = useState('');
  const [candidates, setCandidates] = useState<Betrokkene[] | null>(null);
  /** A person with the same BSN or a company with the same KvK-nummer that is already in the vault. */
  const [existing, setExisting] = useState<{ id: string; naam: string } | null>(null);
  const submission = useSubmission([
    'wie.nieuw.soort',
    'wie.nieuw.naam',
    'wie.nieuw.geboortedatum',
    'wie.nieuw.geboorteplaats',
    'wie.nieuw.bsn',
    'wie.nieuw.kvkNummer',
    'wie.nieuw.rechtsvorm',
    'wie.nieuw.adres',
    'rol',
    'aandeelPercentage',
  ]);
  const errors = submission.fieldErrors;
  const withPercentage = rol !== '' && rolInfo(rol)?.percentage === true;

  /** Any change to what is entered makes an earlier duplicate check stale. */
  function edit<T>(setter: (value: T) => void): (value: T) => void {
    return (value) => {
      setter(value);
      setCandidates(null);
      setExisting(null);
      onConfirmationChange(null);
    };
  }

  function nieuw(): BetrokkeneInput {
    const input: BetrokkeneInput = { soort, naam };
    const optional = (value: string) => (value.trim() === '' ? undefined : value);
    if (soort === 'persoon') {
      input.geboortedatum = optional(geboortedatum);
      input.geboorteplaats = optional(geboorteplaats);
      input.bsn = optional(bsn);
    } else {
      input.kvkNummer = optional(kvkNummer);
      input.rechtsvorm = optional(rechtsvorm);
    }
    input.adres = optional(adres);
    // Leave out what is empty: undefined does not travel, but keep the object plain.
    return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as BetrokkeneInput;
  }

  function reset(): void {
    setNaam('');
    setGeboortedatum('');
    setGeboorteplaats('');
    setBsn('');
    setKvkNummer('');
    setRechtsvorm('');
    setAdres('');
    setRol('');
    setAandeel('');
    setCandidates(null);
    setExisting(null);
  }

  function add(wie: Wie, naamOfChosen: string): void {
    onConfirmationChange(null);
    const chosenRol = rol;
    const input: CallInput<'betrokkenen.add'> = {
      dossierId,
      wie,
      // Nothing chosen is sent as '': the service answers with its own message at the field.
      rol: chosenRol as Rol,
      ...(withPercentage && aandeel.trim() !== '' ? { aandeelPercentage: Number(aandeel) } : {}),
    };
    void submission.run(
      async (): Promise<Outcome> => {
        try {
          await unwrap(bibob.betrokkenen.add(input));
          return { added: naamOfChosen };
        } catch (error) {
          const found = duplicateCandidatesOf(error);
          if (found) return { candidates: found };
          setExisting(existingBetrokkeneOf(error));
          throw error;
        }
      },
      async (outcome) => {
        if ('candidates' in outcome) {
          setCandidates(outcome.candidates);
          return;
        }
        reset();
        await onAdded();
        onConfirmationChange(`${outcome.added} is toegevoegd als ${rolLabel(chosenRol).toLowerCase()}.`);
      },
    );
  }

  return (
    <SubmissionForm submission={submission} onSubmit={() => add({ nieuw: nieuw() }, naam.trim())}>
      <RadioGroup
        legend="Soort"
        name="betrokkene-soort"
        options={soortOptions}
        value={soort}
        onValueChange={edit(setSoort)}
        error={errors['wie.nieuw.soort']}
      />
      <Field type="text" autoComplete="off" label="Naam" value={naam} onValueChange={edit(setNaam)} error={errors['wie.nieuw.naam']} />
      {soort === 'persoon' ? (
        <>
          <Field
            type="date"
            className="textbox--date"
            label="Geboortedatum"
            value={geboortedatum}
            onValueChange={edit(setGeboortedatum)}
            error={errors['wie.nieuw.geboortedatum']}
          />
          <Field
            type="text"
            autoComplete="off"
            label="Geboorteplaats"
            value={geboorteplaats}
            onValueChange={edit(setGeboorteplaats)}
            error={errors['wie.nieuw.geboorteplaats']}
          />
          <CodeField
            label="BSN (optioneel)"
            description="Alleen als het BSN rechtmatig bekend is. Daarna toont de werkbank alleen de laatste drie cijfers."
            value={bsn}
            onValueChange={edit(setBsn)}
            error={errors['wie.nieuw.bsn']}
          />
        </>
      ) : (
        <>
          <CodeField
            label="KvK-nummer"
            description="8 cijfers"
            value={kvkNummer}
            onValueChange={edit(setKvkNummer)}
            error={errors['wie.nieuw.kvkNummer']}
          />
          <Field
            type="text"
            autoComplete="off"
            label="Rechtsvorm"
            description="Bijvoorbeeld besloten vennootschap, stichting of vennootschap onder firma"
            value={rechtsvorm}
            onValueChange={edit(setRechtsvorm)}
            error={errors['wie.nieuw.rechtsvorm']}
          />
        </>
      )}
      <Field type="text" autoComplete="off" label="Adres" value={adres} onValueChange={edit(setAdres)} error={errors['wie.nieuw.adres']} />
      <SelectField label="Rol" options={rolOptions} value={rol} onValueChange={(value) => edit(setRol)(value as Rol | '')} error={errors.rol} />
      {withPercentage && (
        <Field
          type="number"
          className="textbox--narrow"
          min={0}
          max={100}
          step="any"
          label="Aandeel (%)"
          value={aandeel}
          onValueChange={edit(setAandeel)}
          error={errors.aandeelPercentage}
        />
      )}
      {candidates && (
        <DuplicateCandidates
          candidates={candidates}
          onUseExisting={(candidate) => add({ bestaandeId: candidate.id }, candidate.naam)}
          onConfirmNew={() => add({ nieuw: nieuw(), bevestigNieuw: true }, naam.trim())}
          confirmNewLabel="Toch als nieuwe betrokkene toevoegen"
        />
      )}
      {existing && (
        <p>
          <Button appearance="secondary-action-button" type="button" onClick={() => add({ bestaandeId: existing.id }, existing.naam)}>
            {`Bestaande betrokkene gebruiken: ${existing.naam}`}
          </Button>
        </p>
      )}
      <FormActions>
        <SubmitButton busy={submission.busy}>Betrokkene toevoegen</SubmitButton>
      </FormActions>
      <StatusMessage>{confirmation}</StatusMessage>
    </SubmissionForm>
  );
}

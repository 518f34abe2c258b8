import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../bridge';
import { existingBetrokkeneOf } from '../errors';
import type { Dossier, NewDossier as NewDossierInput } from '../../src/contract/schemas';
import { besluitsoort as besluitsoortById, besluitsoortenVoor } from '../../src/domain/besluitsoorten';
import type { BetrokkeneSoort } from '../../src/domain/betrokkenen';
import { toepassingsgebieden, toepassingsgebiedInfo, type Toepassingsgebied } from '../../src/domain/toepassingsgebied';
import { Field } from '../components/Field';
import { FormActions, SubmitButton } from '../components/FormActions';
import { RadioGroup } from '../components/RadioGroup';
import { ScreenHeading } from '../components/ScreenHeading';
import { SelectField } from '../components/SelectField';
import { useSubmission } from '../hooks/useSubmission';
import { SubmissionForm } from '../components/SubmissionForm';
import { CodeField } from '../components/CodeField';
import { TYPED_DATE_PROBLEM, TypedDateField } from '../components/TypedDateField';
import { parseTypedDate } from '../format';

interface NewDossierProps {
  readonly onCreated: (dossier: Dossier) => void;
  readonly onCancel: () => void;
}

const toepassingsgebiedOptions = toepassingsgebieden.map((value) => ({ value, label: toepassingsgebiedInfo[value].label }));

const aanvragerSoortOptions: readonly { value: BetrokkeneSoort; label: string }[] = [
  { value: 'rechtspersoon', label: 'Rechtspersoon' },
  { value: 'persoon', label: 'Natuurlijk persoon' },
];

const NOG_NIET_BEKEND = { value: '', label: 'Nog niet bekend' };

/** Registers a new Bibob dossier. */
export function NewDossier({ onCreated, onCancel }: NewDossierProps) {
  const [zaaknummer, setZaaknummer] = useState('');
  const [toepassingsgebied, setToepassingsgebied] = useState<Toepassingsgebied | ''>('');
  const [besluitsoort, setBesluitsoort] = useState('');
  const [ontvangenOp, setOntvangenOp] = useState('');
  const [aanvragerSoort, setAanvragerSoort] = useState<BetrokkeneSoort>('rechtspersoon');
  const [aanvragerNaam, setAanvragerNaam] = useState('');
  const [aanvragerAdres, setAanvragerAdres] = useState('');
  const [aanvragerKvkNummer, setAanvragerKvkNummer] = useState('');
  const [aanvragerBsn, setAanvragerBsn] = useState('');
  /** The existing record with the same KvK-nummer or BSN, when the service refused a second one. */
  const [existing, setExisting] = useState<{ id: string; naam: string } | null>(null);
  const [locatieAdres, setLocatieAdres] = useState('');
  const [coordinator, setCoordinator] = useState('');
  const submission = useSubmission([
    'zaaknummer',
    'toepassingsgebied',
    'besluitsoort',
    'ontvangenOp',
    'aanvragerSoort',
    'aanvragerNaam',
    'aanvragerAdres',
    'aanvragerKvkNummer',
    'aanvragerBsn',
    'locatieAdres',
    'coordinator',
  ]);

  const besluitsoortOptions = [
    NOG_NIET_BEKEND,
    ...(toepassingsgebied === '' ? [] : besluitsoortenVoor(toepassingsgebied).map((soort) => ({ value: soort.id, label: soort.label }))),
  ];

  function chooseToepassingsgebied(gebied: Toepassingsgebied): void {
    setToepassingsgebied(gebied);
    // A kind of decision of another toepassingsgebied no longer fits.
    if (!besluitsoortenVoor(gebied).some((soort) => soort.id === besluitsoort)) setBesluitsoort('');
  }

  function create(bestaandeAanvragerId?: string): void {
    const input: NewDossierInput = {
      // Nothing chosen is sent as '': the service refuses it with its own message for the fieldset.
      toepassingsgebied: toepassingsgebied as Toepassingsgebied,
      aanvragerNaam,
      aanvragerSoort,
    };
    // Left empty: the service gives the next number, and the optional details stay unknown.
    if (zaaknummer.trim() !== '') input.zaaknummer = zaaknummer;
    if (besluitsoort !== '') input.besluitsoort = besluitsoort;
    if (ontvangenOp.trim() !== '') {
      const date = parseTypedDate(ontvangenOp);
      if (date === null) {
        submission.reject({ ontvangenOp: TYPED_DATE_PROBLEM });
        return;
      }
      input.ontvangenOp = date;
    }
    if (locatieAdres.trim() !== '') input.locatieAdres = locatieAdres;
    if (coordinator.trim() !== '') input.coordinator = coordinator;
    if (aanvragerAdres.trim() !== '') input.aanvragerAdres = aanvragerAdres;
    if (aanvragerSoort === 'rechtspersoon' && aanvragerKvkNummer.trim() !== '') input.aanvragerKvkNummer = aanvragerKvkNummer;
    if (aanvragerSoort === 'persoon' && aanvragerBsn.trim() !== '') input.aanvragerBsn = aanvragerBsn;
    if (bestaandeAanvragerId) input.bestaandeAanvragerId = bestaandeAanvragerId;
    setExisting(null);
    void submission.run(
      async () => {
        try {
          return await unwrap(bibob.dossiers.create(input));
        } catch (error) {
          setExisting(existingBetrokkeneOf(error));
          throw error;
        }
      },
      onCreated,
    );
  }

  return (
    <>
      <ScreenHeading>Nieuw dossier</ScreenHeading>
      <SubmissionForm submission={submission} onSubmit={() => create()}>
        <Field
          type="text"
          autoComplete="off"
          spellCheck={false}
          label="Zaaknummer"
          description="Leeg laten: het volgende nummer wordt toegekend"
          value={zaaknummer}
          onValueChange={setZaaknummer}
          error={submission.fieldErrors.zaaknummer}
        />
        <RadioGroup
          legend="Toepassingsgebied"
          name="toepassingsgebied"
          options={toepassingsgebiedOptions}
          value={toepassingsgebied}
          onValueChange={chooseToepassingsgebied}
          error={submission.fieldErrors.toepassingsgebied}
        />
        <SelectField
          label="Soort besluit"
          description={toepassingsgebied === '' ? 'Kies eerst het toepassingsgebied.' : soortBeschrijving(besluitsoort)}
          options={besluitsoortOptions}
          value={besluitsoort}
          onValueChange={setBesluitsoort}
          error={submission.fieldErrors.besluitsoort}
        />
        <TypedDateField
          label="Datum ontvangst aanvraag"
          value={ontvangenOp}
          onValueChange={setOntvangenOp}
          error={submission.fieldErrors.ontvangenOp}
        />
        <RadioGroup
          legend="Soort aanvrager"
          name="aanvragerSoort"
          options={aanvragerSoortOptions}
          value={aanvragerSoort}
          onValueChange={setAanvragerSoort}
          error={submission.fieldErrors.aanvragerSoort}
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
        {aanvragerSoort === 'rechtspersoon' ? (
          <CodeField
            label="KvK-nummer aanvrager"
            description="8 cijfers (optioneel)"
            value={aanvragerKvkNummer}
            onValueChange={setAanvragerKvkNummer}
            error={submission.fieldErrors.aanvragerKvkNummer}
          />
        ) : (
          <CodeField
            label="BSN aanvrager"
            description="Optioneel; alleen als het BSN rechtmatig bekend is"
            value={aanvragerBsn}
            onValueChange={setAanvragerBsn}
            error={submission.fieldErrors.aanvragerBsn}
          />
        )}
        {existing && (
          <p>
            <Button appearance="secondary-action-button" type="button" onClick={() => create(existing.id)}>
              {`Bestaande betrokkene gebruiken: ${existing.naam}`}
            </Button>
          </p>
        )}
        <Field
          type="text"
          autoComplete="off"
          label="Postadres aanvrager"
          description="Optioneel"
          value={aanvragerAdres}
          onValueChange={setAanvragerAdres}
          error={submission.fieldErrors.aanvragerAdres}
        />
        <Field
          type="text"
          autoComplete="off"
          label="Adres of locatie"
          value={locatieAdres}
          onValueChange={setLocatieAdres}
          error={submission.fieldErrors.locatieAdres}
        />
        <Field
          type="text"
          autoComplete="off"
          label="Coördinator"
          description="Leeg laten: u wordt de coördinator"
          value={coordinator}
          onValueChange={setCoordinator}
          error={submission.fieldErrors.coordinator}
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

/**
 * What the chosen kind of decision means for the procedure: with the uniforme openbare voorbereidingsprocedure
 * (Awb afd. 3.4) six months to decide and direct beroep instead of bezwaar.
 */
function soortBeschrijving(id: string): string {
  const soort = id ? besluitsoortById(id) : undefined;
  if (!soort?.uniformeVoorbereiding) return 'Bepaalt de beslistermijn.';
  return `Uniforme openbare voorbereidingsprocedure (afdeling 3.4 Awb, ${soort.uniformeVoorbereiding}): beslistermijn zes maanden na ontvangst (art. 3:18 lid 1 Awb); geen bezwaar maar rechtstreeks beroep (art. 7:1 lid 1 onder d Awb), binnen zes weken na de terinzagelegging (art. 6:8 lid 4 Awb).`;
}

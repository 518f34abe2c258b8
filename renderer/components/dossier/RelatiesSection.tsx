import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { TextareaField } from '../TextareaField';
import { ConfirmedButton } from '../ConfirmedButton';
import { bibob, unwrap } from '../../bridge';
import type { DossierDetail } from '../../../src/contract/schemas';
import { relatieSoortIds, relatieSoorten, type RelatieSoort } from '../../../src/domain/betrokkenen';
import { capitalize } from '../../labels';
import { Checkbox } from '../Checkbox';
import { Field } from '../Field';
import { FormActions, SubmitButton } from '../FormActions';
import { SelectField } from '../SelectField';
import { StatusMessage } from '../StatusMessage';
import { SubmissionForm } from '../SubmissionForm';
import { useSubmission } from '../../hooks/useSubmission';
import { DossierSection, focusHeading, type ConfirmationProps } from './DossierSection';
import { useBetrokkeneNavigation } from '../../navigation';

type DossierBetrokkene = DossierDetail['betrokkenen'][number];

const HEADING_ID = 'dossier-relaties';

interface RelatiesSectionProps {
  readonly dossierId: string;
  readonly betrokkenen: readonly DossierBetrokkene[];
  readonly relaties: DossierDetail['relaties'];
  readonly onChanged: () => Promise<void>;
  readonly relate: ConfirmationProps;
  readonly merge: ConfirmationProps;
}

function betrokkeneOptions(betrokkenen: readonly DossierBetrokkene[]) {
  return [
    { value: '', label: 'Kies een betrokkene' },
    ...betrokkenen.map(({ betrokkene }) => ({ value: betrokkene.id, label: betrokkene.naam })),
  ];
}

const soortOptions = [
  { value: '', label: 'Kies de soort relatie' },
  ...relatieSoortIds.map((soort) => ({ value: soort, label: capitalize(relatieSoorten[soort]) })),
];

/** Ownership and control among the betrokkenen (art. 3 lid 4 Wet Bibob), and merging two records of the same one. */
export function RelatiesSection({ dossierId, betrokkenen, relaties, onChanged, relate, merge }: RelatiesSectionProps) {
  const { openNetwerk } = useBetrokkeneNavigation();
  const naam = (id: string) => betrokkenen.find(({ betrokkene }) => betrokkene.id === id)?.betrokkene.naam ?? 'Onbekende betrokkene';
  return (
    <DossierSection headingId={HEADING_ID} title="Relaties">
      {relaties.length === 0 ? (
        <p>Nog geen relaties vastgelegd.</p>
      ) : (
        <ul className="relations">
          {relaties.map((relatie) => (
            <li key={relatie.id}>
              {naam(relatie.vanId)} {relatieSoorten[relatie.soort]} {naam(relatie.naarId)}
              {relatie.percentage !== null && ` (${relatie.percentage.toLocaleString('nl-NL')}%)`}
              <RemoveRelatie
                dossierId={dossierId}
                relatieId={relatie.id}
                omschrijving={`${naam(relatie.vanId)} ${relatieSoorten[relatie.soort]} ${naam(relatie.naarId)}`}
                onRemoved={async (omschrijving) => {
                  await onChanged();
                  focusHeading(HEADING_ID);
                  relate.onConfirmationChange(`De relatie is verwijderd: ${omschrijving}.`);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {relaties.length > 0 && (
        <Button appearance="secondary-action-button" onClick={() => openNetwerk({ dossierId })}>
          Netwerk tonen
        </Button>
      )}
      {betrokkenen.length < 2 ? (
        <p className="muted">Voeg eerst een tweede betrokkene toe om een relatie vast te leggen of betrokkenen samen te voegen.</p>
      ) : (
        <>
          <h3>Relatie vastleggen</h3>
          <RelateForm dossierId={dossierId} betrokkenen={betrokkenen} onChanged={onChanged} {...relate} />
          <h3>Samenvoegen</h3>
          <MergeForm betrokkenen={betrokkenen} onChanged={onChanged} {...merge} />
        </>
      )}
    </DossierSection>
  );
}

interface FormProps extends ConfirmationProps {
  readonly betrokkenen: readonly DossierBetrokkene[];
  readonly onChanged: () => Promise<void>;
}

function RelateForm({ dossierId, betrokkenen, onChanged, confirmation, onConfirmationChange }: FormProps & { dossierId: string }) {
  const [vanId, setVanId] = useState('');
  const [naarId, setNaarId] = useState('');
  const [soort, setSoort] = useState<RelatieSoort | ''>('');
  const [percentage, setPercentage] = useState('');
  const submission = useSubmission(['vanId', 'naarId', 'soort', 'percentage']);
  const options = betrokkeneOptions(betrokkenen);

  function edit<T>(setter: (value: T) => void): (value: T) => void {
    return (value) => {
      setter(value);
      onConfirmationChange(null);
    };
  }

  function record(): void {
    onConfirmationChange(null);
    const problems: Partial<Record<'vanId' | 'naarId' | 'soort', string>> = {};
    if (vanId === '') problems.vanId = 'Kies een betrokkene.';
    if (naarId === '') problems.naarId = 'Kies een betrokkene.';
    if (soort === '') problems.soort = 'Kies de soort relatie.';
    if (Object.keys(problems).length > 0 || soort === '') {
      submission.reject(problems);
      return;
    }
    void submission.run(
      () =>
        unwrap(
          bibob.betrokkenen.relate({
            dossierId,
            vanId,
            naarId,
            soort,
            ...(percentage.trim() !== '' ? { percentage: Number(percentage) } : {}),
          }),
        ),
      async () => {
        setVanId('');
        setNaarId('');
        setSoort('');
        setPercentage('');
        await onChanged();
        onConfirmationChange('De relatie is vastgelegd.');
      },
    );
  }

  return (
    <SubmissionForm submission={submission} onSubmit={record}>
      <SelectField label="Wie" options={options} value={vanId} onValueChange={edit(setVanId)} error={submission.fieldErrors.vanId} />
      <SelectField
        label="Soort relatie"
        options={soortOptions}
        value={soort}
        onValueChange={(value) => edit(setSoort)(value as RelatieSoort | '')}
        error={submission.fieldErrors.soort}
      />
      <SelectField label="Met wie" options={options} value={naarId} onValueChange={edit(setNaarId)} error={submission.fieldErrors.naarId} />
      <Field
        type="number"
        className="textbox--narrow"
        min={0}
        max={100}
        step="any"
        label="Percentage (optioneel)"
        description="Bijvoorbeeld het aandeel in het kapitaal."
        value={percentage}
        onValueChange={edit(setPercentage)}
        error={submission.fieldErrors.percentage}
      />
      <FormActions>
        <SubmitButton busy={submission.busy}>Relatie vastleggen</SubmitButton>
      </FormActions>
      <StatusMessage>{confirmation}</StatusMessage>
    </SubmissionForm>
  );
}

function MergeForm({ betrokkenen, onChanged, confirmation, onConfirmationChange }: FormProps) {
  const [behoudId, setBehoudId] = useState('');
  const [samenvoegenId, setSamenvoegenId] = useState('');
  const [bevestigd, setBevestigd] = useState(false);
  const submission = useSubmission(['behoudId', 'samenvoegenId', 'bevestigd']);
  const options = betrokkeneOptions(betrokkenen);

  function edit<T>(setter: (value: T) => void): (value: T) => void {
    return (value) => {
      setter(value);
      onConfirmationChange(null);
    };
  }

  function mergeTwo(): void {
    onConfirmationChange(null);
    const problems: Partial<Record<'behoudId' | 'samenvoegenId', string>> = {};
    if (behoudId === '') problems.behoudId = 'Kies de betrokkene die blijft.';
    if (samenvoegenId === '') problems.samenvoegenId = 'Kies de betrokkene die erin opgaat.';
    if (Object.keys(problems).length > 0) {
      submission.reject(problems);
      return;
    }
    const kept = betrokkenen.find(({ betrokkene }) => betrokkene.id === behoudId)?.betrokkene.naam ?? '';
    void submission.run(
      () => unwrap(bibob.betrokkenen.merge({ behoudId, samenvoegenId, bevestigd: true })),
      async () => {
        setBehoudId('');
        setSamenvoegenId('');
        setBevestigd(false);
        await onChanged();
        focusHeading(HEADING_ID);
        onConfirmationChange(`Samengevoegd: ${kept} blijft, met de rollen en relaties van beide.`);
      },
    );
  }

  return (
    <SubmissionForm submission={submission} onSubmit={mergeTwo}>
      <p className="form__intro">
        Staat dezelfde persoon of hetzelfde bedrijf twee keer in de kluis? Voeg de twee dan samen. De rollen en relaties gaan
        over naar de betrokkene die blijft, ook in andere dossiers; de andere verdwijnt uit de kluis.
      </p>
      <SelectField label="Behouden" options={options} value={behoudId} onValueChange={edit(setBehoudId)} error={submission.fieldErrors.behoudId} />
      <SelectField
        label="Samenvoegen met"
        options={options}
        value={samenvoegenId}
        onValueChange={edit(setSamenvoegenId)}
        error={submission.fieldErrors.samenvoegenId}
      />
      <Checkbox label="Ik bevestig dat dit dezelfde persoon of hetzelfde bedrijf is" checked={bevestigd} onCheckedChange={edit(setBevestigd)} />
      <FormActions>
        <SubmitButton busy={submission.busy} disabled={!bevestigd}>
          Samenvoegen
        </SubmitButton>
      </FormActions>
      <StatusMessage>{confirmation}</StatusMessage>
    </SubmissionForm>
  );
}

/** "Relatie verwijderen": asks for confirmation and the reason, which the audit trail keeps with the old values. */
function RemoveRelatie({ dossierId, relatieId, omschrijving, onRemoved }: { dossierId: string; relatieId: string; omschrijving: string; onRemoved: (omschrijving: string) => Promise<void> }) {
  const [reden, setReden] = useState('');
  return (
    <ConfirmedButton
      button="Relatie verwijderen"
      label={`Relatie verwijderen: ${omschrijving}`}
      question={`Weet u zeker dat u deze relatie wilt verwijderen: ${omschrijving}?`}
      confirm="Ja, verwijderen"
      fields={['reden']}
      call={() => unwrap(bibob.betrokkenen.removeRelation({ relatieId, dossierId, reden }))}
      onDone={() => void onRemoved(omschrijving)}
      onCancel={() => setReden('')}
    >
      {(submission) => <TextareaField label="Reden van het verwijderen" rows={2} value={reden} onValueChange={setReden} error={submission.fieldErrors.reden} />}
    </ConfirmedButton>
  );
}

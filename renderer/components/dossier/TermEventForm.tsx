import { useState } from 'react';
import { bibob, unwrap } from '../../bridge';
import type { TermijnGebeurtenisInput } from '../../../src/contract/schemas';
import { formatCalendarDateWithWeekday } from '../../format';
import { Field } from '../Field';
import { FormActions, SubmitButton } from '../FormActions';
import { SelectField } from '../SelectField';
import { StatusMessage } from '../StatusMessage';
import { SubmissionForm } from '../SubmissionForm';
import { useSubmission } from '../../hooks/useSubmission';
import type { ConfirmationProps } from './DossierSection';

type Soort = TermijnGebeurtenisInput['soort'];

const soortOptions: readonly { value: Soort | ''; label: string }[] = [
  { value: '', label: 'Kies de soort' },
  { value: 'instemming-aanvrager', label: 'Opschorting met instemming van de aanvrager' },
  { value: 'vertraging-aanvrager', label: 'Vertraging toe te rekenen aan de aanvrager' },
  { value: 'overmacht', label: 'Overmacht' },
  { value: 'verdaging', label: 'Verdaging' },
  { value: 'mededeling-4-14-lid-3', label: 'Mededeling nieuwe redelijke termijn (art. 4:14 lid 3 Awb)' },
];

interface TermEventFormProps extends ConfirmationProps {
  readonly dossierId: string;
  readonly onRecorded: () => Promise<void>;
}

/** Records a suspension (art. 4:15 lid 2 Awb) or the one extension of the term; the service refuses what the law does not allow. */
export function TermEventForm({ dossierId, onRecorded, confirmation, onConfirmationChange }: TermEventFormProps) {
  const [soort, setSoort] = useState<Soort | ''>('');
  const [van, setVan] = useState('');
  const [tot, setTot] = useState('');
  const [weken, setWeken] = useState('');
  const [besluitOp, setBesluitOp] = useState('');
  const [verzondenOp, setVerzondenOp] = useState('');
  const [tegemoetTeZienOp, setTegemoetTeZienOp] = useState('');
  const submission = useSubmission([
    'gebeurtenis.soort',
    'gebeurtenis.van',
    'gebeurtenis.tot',
    'gebeurtenis.weken',
    'gebeurtenis.besluitOp',
    'gebeurtenis.verzondenOp',
    'gebeurtenis.tegemoetTeZienOp',
  ]);

  function edit<T>(setter: (value: T) => void): (value: T) => void {
    return (value) => {
      setter(value);
      onConfirmationChange(null);
    };
  }

  function record(): void {
    onConfirmationChange(null);
    if (soort === '') {
      submission.reject({ 'gebeurtenis.soort': 'Kies de soort: een opschorting of een verdaging.' });
      return;
    }
    if (soort === 'verdaging' && weken.trim() === '') {
      submission.reject({ 'gebeurtenis.weken': 'Vul het aantal weken in.' });
      return;
    }
    const gebeurtenis: TermijnGebeurtenisInput =
      soort === 'verdaging'
        ? { soort, weken: Number(weken), besluitOp }
        : soort === 'mededeling-4-14-lid-3'
          ? { soort, verzondenOp, tegemoetTeZienOp }
          : { soort, van, tot: tot === '' ? null : tot };
    void submission.run(
      () => unwrap(bibob.dossiers.addTermEvent({ id: dossierId, gebeurtenis })),
      async (termijn) => {
        setSoort('');
        setVan('');
        setTot('');
        setWeken('');
        setBesluitOp('');
        setVerzondenOp('');
        setTegemoetTeZienOp('');
        await onRecorded();
        onConfirmationChange(
          termijn.deadline === null
            ? 'Vastgelegd.'
            : `Vastgelegd. De uiterste beslisdatum is nu ${formatCalendarDateWithWeekday(termijn.deadline)}.`,
        );
      },
    );
  }

  return (
    <SubmissionForm submission={submission} onSubmit={record}>
      <SelectField
        label="Soort"
        description="Opschorten kan met instemming van de aanvrager, bij vertraging door de aanvrager of bij overmacht (art. 4:15 lid 2 Awb). Verdagen kan één keer, met een besluit dat binnen de lopende termijn bekend wordt gemaakt."
        options={soortOptions}
        value={soort}
        onValueChange={(value) => edit(setSoort)(value as Soort | '')}
        error={submission.fieldErrors['gebeurtenis.soort']}
      />
      {soort !== '' && soort !== 'verdaging' && soort !== 'mededeling-4-14-lid-3' && (
        <>
          <Field
            type="date"
            className="textbox--date"
            label="Van"
            description="De eerste dag waarop de termijn stilstaat."
            value={van}
            onValueChange={edit(setVan)}
            error={submission.fieldErrors['gebeurtenis.van']}
          />
          <Field
            type="date"
            className="textbox--date"
            label="Tot en met"
            description="Leeg laten zolang de opschorting nog duurt."
            value={tot}
            onValueChange={edit(setTot)}
            error={submission.fieldErrors['gebeurtenis.tot']}
          />
        </>
      )}
      {soort === 'verdaging' && (
        <>
          <Field
            type="number"
            className="textbox--narrow"
            min={1}
            max={52}
            step={1}
            label="Aantal weken"
            value={weken}
            onValueChange={edit(setWeken)}
            error={submission.fieldErrors['gebeurtenis.weken']}
          />
          <Field
            type="date"
            className="textbox--date"
            label="Datum verdagingsbesluit"
            description="De dag waarop het besluit tot verdaging bekend is gemaakt."
            value={besluitOp}
            onValueChange={edit(setBesluitOp)}
            error={submission.fieldErrors['gebeurtenis.besluitOp']}
          />
        </>
      )}
      {soort === 'mededeling-4-14-lid-3' && (
        <>
          <Field
            type="date"
            className="textbox--date"
            label="Datum mededeling"
            description="Binnen acht weken na ontvangst van de aanvraag (art. 4:14 lid 3 Awb)."
            value={verzondenOp}
            onValueChange={edit(setVerzondenOp)}
            error={submission.fieldErrors['gebeurtenis.verzondenOp']}
          />
          <Field
            type="date"
            className="textbox--date"
            label="Besluit tegemoet te zien uiterlijk op"
            value={tegemoetTeZienOp}
            onValueChange={edit(setTegemoetTeZienOp)}
            error={submission.fieldErrors['gebeurtenis.tegemoetTeZienOp']}
          />
        </>
      )}
      <FormActions>
        <SubmitButton busy={submission.busy}>Vastleggen</SubmitButton>
      </FormActions>
      <StatusMessage>{confirmation}</StatusMessage>
    </SubmissionForm>
  );
}

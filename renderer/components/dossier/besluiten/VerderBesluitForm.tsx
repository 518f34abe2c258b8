import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import type { BesluitenView, VerderBesluitInvoer } from '../../../../src/contract/besluitenCalls';
import { Checkbox } from '../../Checkbox';
import { Field } from '../../Field';
import { FormActions, SubmitButton } from '../../FormActions';
import { SelectField } from '../../SelectField';
import { SubmissionForm } from '../../SubmissionForm';
import { TextareaField } from '../../TextareaField';
import { useSubmission } from '../../../hooks/useSubmission';

type VerderBesluit = BesluitenView['besluiten'][number];
type Soort = BesluitenView['soorten'][number];


const velden = [
  'besluit.besluitsoort',
  'besluit.ontvangenOp',
  'besluit.lbbAdvies',
  'besluit.herstel',
  'besluit.verdaging.weken',
  'besluit.verdaging.besluitOp',
  'besluit.mededeling.verzondenOp',
  'besluit.mededeling.tegemoetTeZienOp',
  'reden',
] as const;

interface VerderBesluitFormProps {
  /** The kinds a further decision can have; when correcting, the decision's own kind is among them. */
  readonly soorten: readonly Soort[];
  /** The decision corrected; absent when adding. */
  readonly besluit?: VerderBesluit;
  readonly submitLabel: string;
  readonly save: (invoer: VerderBesluitInvoer, reden: string) => Promise<BesluitenView>;
  readonly onSaved: (view: BesluitenView) => void;
  readonly onCancel?: () => void;
}

/**
 * The facts of a further decision: its besluitsoort (same toepassingsgebied), the date its application came in when
 * that differs from the dossier's, and which of the dossier's suspensions concern it (art. 31 Wet Bibob; Awb 4:15);
 * its verdaging or 4:14 lid 3 notice where its term has one. A correction also asks for the reason.
 */
export function VerderBesluitForm({ soorten, besluit, submitLabel, save, onSaved, onCancel }: VerderBesluitFormProps) {
  const [soortId, setSoortId] = useState(besluit?.besluitsoort ?? '');
  const [ontvangenOp, setOntvangenOp] = useState(besluit?.ontvangenOp ?? '');
  const [lbbAdvies, setLbbAdvies] = useState(besluit?.lbbAdvies ?? true);
  const [herstel, setHerstel] = useState(besluit?.herstel ?? false);
  const [weken, setWeken] = useState(besluit?.verdaging ? String(besluit.verdaging.weken) : '');
  const [verdaagdOp, setVerdaagdOp] = useState(besluit?.verdaging?.besluitOp ?? '');
  const [medegedeeldOp, setMedegedeeldOp] = useState(besluit?.mededeling?.verzondenOp ?? '');
  const [tegemoetOp, setTegemoetOp] = useState(besluit?.mededeling?.tegemoetTeZienOp ?? '');
  const [reden, setReden] = useState('');
  const submission = useSubmission(velden);
  const soort = soorten.find((kandidaat) => kandidaat.id === soortId);

  function submit(): void {
    const fouten: Partial<Record<(typeof velden)[number], string>> = {};
    if (soortId === '') fouten['besluit.besluitsoort'] = 'Kies de soort besluit.';
    if ((weken === '') !== (verdaagdOp === '')) fouten[weken === '' ? 'besluit.verdaging.weken' : 'besluit.verdaging.besluitOp'] = 'Vul bij een verdaging het aantal weken en de datum van het verdagingsbesluit samen in.';
    if ((medegedeeldOp === '') !== (tegemoetOp === '')) {
      fouten[medegedeeldOp === '' ? 'besluit.mededeling.verzondenOp' : 'besluit.mededeling.tegemoetTeZienOp'] = 'Vul bij de mededeling de datum ervan en de datum waarop het besluit tegemoet kan worden gezien samen in.';
    }
    if (Object.keys(fouten).length > 0) {
      submission.reject(fouten);
      return;
    }
    const invoer: VerderBesluitInvoer = {
      besluitsoort: soortId,
      ontvangenOp: soort?.ambtshalve || ontvangenOp === '' ? null : ontvangenOp,
      lbbAdvies,
      herstel: soort?.ambtshalve ? false : herstel,
      verdaging: soort?.verdagingMaxWeken != null && weken !== '' ? { weken: Number(weken), besluitOp: verdaagdOp } : null,
      mededeling: soort?.redelijk && medegedeeldOp !== '' ? { verzondenOp: medegedeeldOp, tegemoetTeZienOp: tegemoetOp } : null,
    };
    void submission.run(() => save(invoer, reden), onSaved);
  }

  return (
    <SubmissionForm submission={submission} onSubmit={submit}>
      <SelectField
        label="Soort besluit"
        description="Een besluit van hetzelfde toepassingsgebied als het dossier, voor dezelfde onderneming."
        options={[{ value: '', label: 'Kies de soort besluit' }, ...soorten.map((kandidaat) => ({ value: kandidaat.id, label: kandidaat.label }))]}
        value={soortId}
        onValueChange={setSoortId}
        error={submission.fieldErrors['besluit.besluitsoort']}
      />
      {!soort?.ambtshalve && (
        <>
          <Field
            type="date"
            className="textbox--date"
            label="Datum van ontvangst van deze aanvraag"
            description="Leeg laten als deze aanvraag op dezelfde dag binnenkwam als de aanvraag van het dossier."
            value={ontvangenOp}
            onValueChange={setOntvangenOp}
            error={submission.fieldErrors['besluit.ontvangenOp']}
          />
          <Checkbox
            label="De herstelverzoeken van dit dossier vragen ook deze aanvraag aan te vullen (opschorting art. 4:15 lid 1 onder a Awb)"
            checked={herstel}
            onCheckedChange={setHerstel}
            error={submission.fieldErrors['besluit.herstel']}
          />
        </>
      )}
      <Checkbox
        label="De adviesaanvraag aan het LBB betreft ook dit besluit (opschorting art. 31 Wet Bibob)"
        checked={lbbAdvies}
        onCheckedChange={setLbbAdvies}
        error={submission.fieldErrors['besluit.lbbAdvies']}
      />
      {soort?.verdagingMaxWeken != null && (
        <fieldset className="radio-group">
          <legend className="radio-group__legend">Verdaging van de beslistermijn (alleen als die is besloten)</legend>
          <Field
            type="number"
            className="textbox--narrow"
            min={1}
            max={52}
            step={1}
            label="Aantal weken verdaging"
            description={`Eenmaal, ten hoogste ${soort.verdagingMaxWeken} weken.`}
            value={weken}
            onValueChange={setWeken}
            error={submission.fieldErrors['besluit.verdaging.weken']}
          />
          <Field
            type="date"
            className="textbox--date"
            label="Datum verdagingsbesluit"
            value={verdaagdOp}
            onValueChange={setVerdaagdOp}
            error={submission.fieldErrors['besluit.verdaging.besluitOp']}
          />
        </fieldset>
      )}
      {soort?.redelijk && (
        <fieldset className="radio-group">
          <legend className="radio-group__legend">Mededeling nieuwe redelijke termijn (art. 4:14 lid 3 Awb), als die is gedaan</legend>
          <Field
            type="date"
            className="textbox--date"
            label="Datum mededeling"
            value={medegedeeldOp}
            onValueChange={setMedegedeeldOp}
            error={submission.fieldErrors['besluit.mededeling.verzondenOp']}
          />
          <Field
            type="date"
            className="textbox--date"
            label="Besluit tegemoet te zien uiterlijk op"
            value={tegemoetOp}
            onValueChange={setTegemoetOp}
            error={submission.fieldErrors['besluit.mededeling.tegemoetTeZienOp']}
          />
        </fieldset>
      )}
      {besluit && <TextareaField label="Reden van de correctie" rows={2} value={reden} onValueChange={setReden} error={submission.fieldErrors.reden} />}
      <FormActions>
        <SubmitButton busy={submission.busy}>{submitLabel}</SubmitButton>
        {onCancel && (
          <Button appearance="secondary-action-button" onClick={onCancel}>
            Annuleren
          </Button>
        )}
      </FormActions>
    </SubmissionForm>
  );
}

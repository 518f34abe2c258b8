import { useState } from 'react';
import { gevaarFactoren, gevaarMaten, gronden, type GevaarMate, type Grond } from '../../../../src/domain/beoordeling';
import { capitalize } from '../../../labels';
import { CheckboxSet } from '../../CheckboxSet';
import { RadioGroup } from '../../RadioGroup';
import { TextareaField } from '../../TextareaField';
import { ActionForm } from '../ActionForm';
import { RestsOn } from './RestsOn';
import type { AssessmentPartProps } from './types';

const maten = ['geen', 'mindere-mate', 'ernstig'] as const satisfies readonly GevaarMate[];

/** The degree of danger per ground of art. 3 lid 1, with the factors of lid 2 (ground a) or lid 3 (ground b) and the motivation. */
export function Degrees(props: AssessmentPartProps) {
  return (
    <>
      <h3>Mate van gevaar per grond</h3>
      {(['a', 'b'] as const).map((grond) => (
        <DegreeForm key={`${grond}|${JSON.stringify(props.view.beoordeling.gevaar.find((oordeel) => oordeel.grond === grond) ?? null)}`} grond={grond} {...props} />
      ))}
    </>
  );
}

function DegreeForm({ grond, view, save, onSaved, onEdit }: AssessmentPartProps & { readonly grond: Grond }) {
  const stored = view.beoordeling.gevaar.find((oordeel) => oordeel.grond === grond);
  const [mate, setMate] = useState<GevaarMate>(stored?.mate ?? 'geen');
  const [factoren, setFactoren] = useState<ReadonlySet<string>>(new Set<string>(stored?.factoren ?? []));
  const [motivering, setMotivering] = useState(stored?.motivering ?? '');
  const [rustOp, setRustOp] = useState<ReadonlySet<string>>(new Set(stored?.bevindingIds ?? []));
  const [uitgaand, setUitgaand] = useState(stored?.uitgaandeMotivering ?? '');
  const bevindingen = view.beoordeling.bevindingen;
  const factorIds = (Object.keys(gevaarFactoren) as (keyof typeof gevaarFactoren)[]).filter((id) => gevaarFactoren[id].grond === grond);
  const message = `Het oordeel over grond ${grond} is opgeslagen.`;

  return (
    <fieldset className="assessment-ground">
      <legend className="radio-group__legend">{`Grond ${grond} (${gronden[grond].legalBasis}): gevaar dat de beschikking mede wordt gebruikt om ${gronden[grond].label}`}</legend>
      <ActionForm
        fields={[]}
        button={`Oordeel over grond ${grond} opslaan`}
        call={save(
          (current) => ({
            ...current,
            gevaar: [...current.gevaar.filter((oordeel) => oordeel.grond !== grond), { grond, mate, factoren: factorIds.filter((id) => factoren.has(id)), motivering, bevindingIds: bevindingen.filter((bevinding) => rustOp.has(bevinding.id)).map((bevinding) => bevinding.id), uitgaandeMotivering: uitgaand }].sort((x, y) => x.grond.localeCompare(y.grond)),
          }),
          message,
        )}
        onDone={(next) => onSaved(next, message)}
      >
        {() => (
          <>
            <RadioGroup legend={`Mate van gevaar (grond ${grond})`} name={`mate-${grond}`} options={maten.map((id) => ({ value: id, label: capitalize(gevaarMaten[id]) }))} value={mate} onValueChange={(value) => { setMate(value); onEdit(); }} />
            <CheckboxSet
              legend={`Gewogen factoren (${gronden[grond].factorenBasis})`}
              options={factorIds.map((id) => ({ value: id, label: `${gevaarFactoren[id].legalBasis.replace(' Wet Bibob', '')}: ${gevaarFactoren[id].tekst}` }))}
              selected={factoren}
              onChange={setFactoren}
            />
            <TextareaField label={`Motivering (grond ${grond})`} rows={3} value={motivering} onValueChange={setMotivering} />
            <RestsOn wat={`grond ${grond}`} bevindingen={bevindingen} selected={rustOp} onSelectedChange={(next) => { setRustOp(next); onEdit(); }} uitgaand={uitgaand} onUitgaandChange={setUitgaand} />
          </>
        )}
      </ActionForm>
    </fieldset>
  );
}

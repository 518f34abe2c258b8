import { useState } from 'react';
import type { BesluitenView } from '../../../../src/contract/besluitenCalls';
import { bibob, unwrap } from '../../../bridge';
import { useBesluiten } from './useBesluiten';
import { useSubmission } from '../../../hooks/useSubmission';
import { ErrorAlert } from '../../ErrorAlert';
import { Field } from '../../Field';
import { FormActions, SubmitButton } from '../../FormActions';
import { SelectField } from '../../SelectField';
import { SubmissionForm } from '../../SubmissionForm';

type VerderBesluit = BesluitenView['besluiten'][number];

/** The besluit on a further decision: its outcome from its own besluitsoort's list and its date, with the legal basis it names. */
function UitkomstForm({ besluit, onSaved }: { besluit: VerderBesluit; onSaved: (view: BesluitenView) => void }) {
  const [uitkomst, setUitkomst] = useState(besluit.uitkomst ?? '');
  const [besluitOp, setBesluitOp] = useState(besluit.besluitOp ?? '');
  const submission = useSubmission(['uitkomst', 'besluitOp']);
  return (
    <SubmissionForm
      submission={submission}
      onSubmit={() =>
        void submission.run(
          () => unwrap(bibob.besluiten.recordOutcome({ besluitId: besluit.id, uitkomst: uitkomst === '' ? null : (uitkomst as VerderBesluit['uitkomsten'][number]['id']), besluitOp: besluitOp === '' ? null : besluitOp })),
          onSaved,
        )
      }
    >
      <SelectField
        label={`Uitkomst ${besluit.label}`}
        options={[{ value: '', label: 'Nog geen uitkomst' }, ...besluit.uitkomsten.map((optie) => ({ value: optie.id, label: optie.label }))]}
        value={uitkomst}
        onValueChange={setUitkomst}
        error={submission.fieldErrors.uitkomst}
      />
      <Field
        type="date"
        className="textbox--date"
        label={`Datum besluit ${besluit.label}`}
        description="Leeg laten zolang het besluit niet is genomen."
        value={besluitOp}
        onValueChange={setBesluitOp}
        error={submission.fieldErrors.besluitOp}
      />
      <FormActions>
        <SubmitButton busy={submission.busy}>Uitkomst opslaan</SubmitButton>
      </FormActions>
    </SubmissionForm>
  );
}

interface VerdereBesluitenUitkomstProps {
  readonly dossierId: string;
  /** Changes when the dossier's decisions may have changed elsewhere on the page (added, corrected, withdrawn). */
  readonly version: number;
  readonly onSaved: (message: string) => void;
}

/**
 * The besluit step for the dossier's further decisions (issue 19 item 12), in the besluit form: per decision its own
 * outcome and besluitdatum, and the legal basis that outcome rests on. Nothing when the dossier holds one decision.
 */
export function VerdereBesluitenUitkomst({ dossierId, version, onSaved }: VerdereBesluitenUitkomstProps) {
  const view = useBesluiten(dossierId, version);
  const { replace } = view;
  if (view.error) return <ErrorAlert content={view.error} />;
  const besluiten = view.value?.besluiten ?? [];
  if (besluiten.length === 0) return null;
  return (
    <>
      <h3>Uitkomst van de verdere besluiten</h3>
      <p className="muted">Het besluit hierboven is dat van het dossier zelf. Elk verder besluit krijgt een eigen uitkomst en besluitdatum.</p>
      {besluiten.map((besluit) => (
        <div key={besluit.id}>
          <h4>{besluit.label}</h4>
          {besluit.grondslag && <p className="prose">{`Grondslag van deze uitkomst: ${besluit.grondslag}.`}</p>}
          <UitkomstForm
            key={`${besluit.uitkomst}|${besluit.besluitOp}`}
            besluit={besluit}
            onSaved={(next) => {
              replace(next);
              onSaved(`De uitkomst van ${besluit.label} is opgeslagen.`);
            }}
          />
        </div>
      ))}
    </>
  );
}

import { useCallback, useState } from 'react';
import { bibob, unwrap } from '../bridge';
import type { BewaartermijnenView } from '../../src/contract/bewaarCalls';
import { MAXIMUM_JAREN, MINIMUM_JAREN_ART_29 } from '../../src/domain/bewaartermijn';
import { uitkomstIds } from '../../src/domain/uitkomsten';
import { capitalize } from '../labels';
import { useReloadable } from '../hooks/useReloadable';
import { useSubmission } from '../hooks/useSubmission';
import { ErrorAlert } from './ErrorAlert';
import { Field } from './Field';
import { FormActions, SubmitButton } from './FormActions';
import { StatusMessage } from './StatusMessage';
import { SubmissionForm } from './SubmissionForm';

type Drafts = Record<string, string>;

const fields = [...uitkomstIds.map((id) => `perUitkomst.${id}`), 'metAdviesOfBevindingen'];

/**
 * Instellingen → Bewaartermijnen: per uitkomst the years a closed dossier is kept after its closing, with where the
 * default comes from, and the minimum for a dossier with an LBB advice or own findings (art. 29 Wet Bibob).
 */
export function BewaartermijnenSettings() {
  const load = useCallback(() => unwrap(bibob.bewaartermijnen.get({})), []);
  const { value: loaded, error: loadError } = useReloadable(load);
  const [saved, setSaved] = useState<BewaartermijnenView | null>(null);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const current = saved ?? loaded;
  const submission = useSubmission(fields);

  if (current === null) return loadError ? <ErrorAlert content={loadError} /> : <p className="loading">Wordt geladen…</p>;
  const valueOf = (field: string, stored: number) => drafts[field] ?? String(stored);
  const edit = (field: string, value: string) => {
    setDrafts({ ...drafts, [field]: value });
    setConfirmation(null);
    submission.edited();
  };

  function save(view: BewaartermijnenView): void {
    const perUitkomst = Object.fromEntries(view.uitkomsten.map((u) => [u.uitkomst, Number(valueOf(`perUitkomst.${u.uitkomst}`, view.termijnen.perUitkomst[u.uitkomst]))]));
    const metAdviesOfBevindingen = Number(valueOf('metAdviesOfBevindingen', view.termijnen.metAdviesOfBevindingen));
    void submission.run(
      () => unwrap(bibob.bewaartermijnen.save({ perUitkomst: perUitkomst as BewaartermijnenView['termijnen']['perUitkomst'], metAdviesOfBevindingen })),
      (next) => {
        setSaved(next);
        setDrafts({});
        setConfirmation('De bewaartermijnen zijn opgeslagen.');
      },
    );
  }

  return (
    <>
      <div className="prose">
        <p>
          Hoeveel jaar een afgesloten dossier na de afsluiting wordt bewaard, per uitkomst. Daarna staat het onder Te vernietigen. De standaardtermijnen volgen de naaste regels van de
          Selectielijst gemeenten en intergemeentelijke organen 2020, die geen eigen Bibob-categorie heeft; uw gemeente kan ze aanpassen.
        </p>
      </div>
      <SubmissionForm submission={submission} onSubmit={() => save(current)}>
        <Field
          type="number"
          className="textbox--narrow"
          min={MINIMUM_JAREN_ART_29}
          max={MAXIMUM_JAREN}
          step={1}
          label="Met LBB-advies of eigen bevindingen: ten minste (jaar)"
          description={`${current.bronMetAdviesOfBevindingen} Nooit minder dan ${MINIMUM_JAREN_ART_29} jaar.`}
          value={valueOf('metAdviesOfBevindingen', current.termijnen.metAdviesOfBevindingen)}
          onValueChange={(value) => edit('metAdviesOfBevindingen', value)}
          error={submission.fieldErrors.metAdviesOfBevindingen}
        />
        {current.uitkomsten.map((u) => (
          <Field
            key={u.uitkomst}
            type="number"
            className="textbox--narrow"
            min={1}
            max={MAXIMUM_JAREN}
            step={1}
            label={`${capitalize(u.label)} (jaar)`}
            description={`Standaard ${current.standaard.perUitkomst[u.uitkomst]} jaar. ${u.bron}`}
            value={valueOf(`perUitkomst.${u.uitkomst}`, current.termijnen.perUitkomst[u.uitkomst])}
            onValueChange={(value) => edit(`perUitkomst.${u.uitkomst}`, value)}
            error={submission.fieldErrors[`perUitkomst.${u.uitkomst}`]}
          />
        ))}
        <FormActions>
          <SubmitButton busy={submission.busy}>Bewaartermijnen opslaan</SubmitButton>
        </FormActions>
      </SubmissionForm>
      <StatusMessage>{confirmation}</StatusMessage>
    </>
  );
}

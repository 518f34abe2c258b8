import { useCallback, useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../bridge';
import type { VragenformulierView } from '../../../src/contract/questionnaireCalls';
import { BASE_QUESTION_SET } from '../../../src/domain/vragenformulier';
import { Checkbox } from '../Checkbox';
import { SelectField } from '../SelectField';
import { useReloadable } from '../../hooks/useReloadable';
import { StatusMessage } from '../StatusMessage';
import { SubmissionForm } from '../SubmissionForm';
import { useSubmission } from '../../hooks/useSubmission';
import type { ConfirmationProps } from './DossierSection';

interface SectionChoice {
  readonly nummer: string;
  readonly titel: string;
  readonly vragen: readonly { readonly nummer: string; readonly tekst: string }[];
}

/**
 * The sections to choose from: the whole set when it is the one shipped with the app, otherwise the questions as
 * selected (an imported set's other questions are not in the view).
 */
function sectionsToChooseFrom(formulier: VragenformulierView): readonly SectionChoice[] {
  if (formulier.setId === BASE_QUESTION_SET.id && formulier.versie === BASE_QUESTION_SET.versie) return BASE_QUESTION_SET.sections;
  return formulier.vragenlijst?.sections ?? [];
}

interface QuestionSelectionProps extends ConfirmationProps {
  readonly formulier: VragenformulierView;
  readonly onChanged: (formulier: VragenformulierView) => void;
}

/** Per section of the set, a checkbox per main question: the municipality selects from the official form, never adds (Regeling Bibob-formulieren 2024 art. 4–5). */
export function QuestionSelection({ formulier, onChanged, confirmation, onConfirmationChange }: QuestionSelectionProps) {
  const submission = useSubmission([]);
  const gekozen = new Set(formulier.selectie);

  function toggle(nummer: string, tekst: string, selecteer: boolean): void {
    onConfirmationChange(null);
    void submission.run(
      () =>
        unwrap(
          bibob.vragenformulier.setSelection({ dossierId: formulier.dossierId, ...(selecteer ? { selecteer: [nummer] } : { deselecteer: [nummer] }) }),
        ),
      (next) => {
        onChanged(next);
        onConfirmationChange(`Vraag ${nummer} (${tekst}) is ${selecteer ? 'toegevoegd aan' : 'verwijderd uit'} de vragenlijst.`);
      },
    );
  }

  return (
    <details className="question-selection">
      <summary>Vragen kiezen</summary>
      <SetVersionChoice formulier={formulier} onChanged={onChanged} onConfirmationChange={onConfirmationChange} />
      <SubmissionForm submission={submission} onSubmit={() => undefined} className="table-form">
        {formulier.selectieProblemen.length > 0 && (
          <div role="note" className="notice">
            <p className="notice__title">Deze selectie kan nog niet worden verstuurd</p>
            <ul className="notice__list">
              {formulier.selectieProblemen.map((probleem) => (
                <li key={probleem.nummer + probleem.melding}>{`Vraag ${probleem.nummer}: ${probleem.melding}`}</li>
              ))}
            </ul>
          </div>
        )}
        {sectionsToChooseFrom(formulier).map((section) => (
          <fieldset key={section.nummer} className="radio-group question-selection__section">
            <legend className="radio-group__legend">{`${section.nummer}. ${section.titel}`}</legend>
            {section.vragen.map((vraag) => (
              <Checkbox
                key={vraag.nummer}
                label={`${vraag.nummer} ${vraag.tekst}`}
                checked={gekozen.has(vraag.nummer)}
                onCheckedChange={(checked) => toggle(vraag.nummer, vraag.tekst, checked)}
              />
            ))}
          </fieldset>
        ))}
        <StatusMessage>{confirmation}</StatusMessage>
      </SubmissionForm>
    </details>
  );
}

interface SetVersionChoiceProps {
  readonly formulier: VragenformulierView;
  readonly onChanged: (formulier: VragenformulierView) => void;
  readonly onConfirmationChange: (message: string | null) => void;
}

/** Before sending: start this dossier's vragenlijst from another version in the vault (its default selection). */
function SetVersionChoice({ formulier, onChanged, onConfirmationChange }: SetVersionChoiceProps) {
  const load = useCallback(async () => (await unwrap(bibob.vragenformulier.sets({}))).sets, []);
  const { value: sets } = useReloadable(load);
  const current = `${formulier.setId}|${formulier.versie}`;
  const [gekozen, setGekozen] = useState(current);
  const submission = useSubmission([]);
  if (!sets || sets.length < 2) return null;

  function use(): void {
    const set = sets?.find((candidate) => `${candidate.id}|${candidate.versie}` === gekozen);
    if (!set || gekozen === current) return;
    onConfirmationChange(null);
    void submission.run(
      () => unwrap(bibob.vragenformulier.setSelection({ dossierId: formulier.dossierId, setId: set.id, versie: set.versie })),
      (next) => {
        onChanged(next);
        onConfirmationChange(`De vragenlijst begint nu met de standaardselectie van ${set.titel} versie ${set.versie}.`);
      },
    );
  }

  return (
    <SubmissionForm submission={submission} onSubmit={use} className="set-version-choice">
      <SelectField
        label="Vragenset en versie"
        value={gekozen}
        onValueChange={setGekozen}
        options={sets.map((set) => ({ value: `${set.id}|${set.versie}`, label: `${set.titel}, versie ${set.versie}${set.standaard ? ' (standaard)' : ''}` }))}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={submission.busy || gekozen === current}>
        Deze versie gebruiken
      </Button>
    </SubmissionForm>
  );
}

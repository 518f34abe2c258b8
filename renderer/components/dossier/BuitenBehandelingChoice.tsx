import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../bridge';
import type { Dossier, DossierDetail } from '../../../src/contract/schemas';
import { formatCalendarDateWithWeekday } from '../../format';
import { faseLabel } from '../../labels';
import { ErrorAlert } from '../ErrorAlert';
import { SubmissionForm } from '../SubmissionForm';
import { useSubmission } from '../../hooks/useSubmission';
import type { ConfirmationProps } from './DossierSection';

interface BuitenBehandelingChoiceProps extends ConfirmationProps {
  readonly dossier: Dossier;
  readonly voorstel: NonNullable<DossierDetail['buitenBehandelingVoorstel']>;
  readonly overgangen: DossierDetail['overgangen'];
  readonly onChanged: () => Promise<void>;
}

/**
 * The coordinator's choice on the proposal: leave the application buiten behandeling (Awb 4:5), which closes the
 * dossier with that outcome through the workflow, or go on with it (nothing to record: the proposal stays in view
 * until the application is complete).
 */
export function BuitenBehandelingChoice({ dossier, voorstel, overgangen, onChanged, onConfirmationChange }: BuitenBehandelingChoiceProps) {
  const submission = useSubmission([]);
  const overgang = overgangen.find((candidate) => candidate.to === 'buiten-behandeling');

  function choose(): void {
    onConfirmationChange(null);
    void submission.run(
      () => unwrap(bibob.dossiers.changePhase({ id: dossier.id, to: 'buiten-behandeling', reason: `Aanvraag buiten behandeling gelaten (${voorstel.legalBasis}): ${voorstel.toelichting}` })),
      async () => {
        await onChanged();
        onConfirmationChange(
          `De aanvraag is buiten behandeling gelaten; dat is nu de uitkomst van het dossier. Maak dit besluit uiterlijk ${formatCalendarDateWithWeekday(voorstel.bekendmakenUiterlijk)} bekend (art. 4:5 lid 4 Awb).`,
        );
      },
    );
  }

  if (!overgang) {
    return (
      <p>
        {`Buiten behandeling laten kan vanuit de fase '${faseLabel('vragenformulier-uitgezet')}' of '${faseLabel('volledigheid')}'. Het dossier staat in fase '${faseLabel(dossier.fase)}'; zet het eerst in een van die fasen (onder Fase).`}
      </p>
    );
  }
  return (
    <SubmissionForm submission={submission} onSubmit={choose}>
      {overgang.allowed ? (
        <Button type="submit" appearance="primary-action-button" disabled={submission.busy}>
          Aanvraag buiten behandeling laten
        </Button>
      ) : (
        <ErrorAlert content={overgang.reason ?? 'Dit kan nu niet.'} />
      )}
    </SubmissionForm>
  );
}

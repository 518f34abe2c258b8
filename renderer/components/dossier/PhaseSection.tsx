import { useId, useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../bridge';
import type { Dossier, DossierDetail } from '../../../src/contract/schemas';
import { phases } from '../../../src/domain/workflow/phases';
import { faseLabel } from '../../labels';
import { StatusMessage } from '../StatusMessage';
import { SubmissionForm } from '../SubmissionForm';
import { TextareaField } from '../TextareaField';
import { Field } from '../Field';
import { RadioGroup } from '../RadioGroup';
import { intrekkingWijzeLabels, intrekkingWijzen, type IntrekkingWijze } from '../../../src/domain/intrekking';
import { useSubmission } from '../../hooks/useSubmission';
import { DossierSection, focusHeading, type ConfirmationProps } from './DossierSection';

type Fase = (typeof phases)[number];

const HEADING_ID = 'dossier-fase';

interface PhaseSectionProps extends ConfirmationProps {
  readonly dossier: Dossier;
  readonly overgangen: DossierDetail['overgangen'];
  readonly onChanged: () => Promise<void>;
}

/**
 * The current phase and the phases it may go to. A move that is not possible now stays visible, marked
 * unavailable (aria-disabled, so that it can still be reached and its reason read out), with the reason beside it.
 */
export function PhaseSection({ dossier, overgangen, onChanged, confirmation, onConfirmationChange }: PhaseSectionProps) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [ingetrokkenOp, setIngetrokkenOp] = useState('');
  const [wijze, setWijze] = useState<IntrekkingWijze | ''>('');
  const submission = useSubmission(['reason', 'to', 'intrekking.op', 'intrekking.wijze']);
  const canWithdraw = overgangen.some((overgang) => overgang.to === 'ingetrokken');

  function change(to: string): void {
    onConfirmationChange(null);
    const trimmed = reason.trim();
    const intrekking = to === 'ingetrokken' && (ingetrokkenOp !== '' || wijze !== '') ? { intrekking: { op: ingetrokkenOp, wijze: wijze as IntrekkingWijze } } : {};
    void submission.run(
      () => unwrap(bibob.dossiers.changePhase({ id: dossier.id, to: to as Fase, ...(trimmed !== '' ? { reason: trimmed } : {}), ...intrekking })),
      async (changed) => {
        setReason('');
        await onChanged();
        // The button that was used has gone with the old phase.
        focusHeading(HEADING_ID);
        onConfirmationChange(`Het dossier staat nu in fase '${faseLabel(changed.fase)}'.`);
      },
    );
  }

  return (
    <DossierSection headingId={HEADING_ID} title="Fase">
      <p>
        Huidige fase: <strong>{faseLabel(dossier.fase)}</strong>
      </p>
      <StatusMessage>{confirmation}</StatusMessage>
      <SubmissionForm submission={submission} onSubmit={() => undefined}>
        <TextareaField
          label="Reden"
          description="Nodig bij heropenen, en bij afsluiten terwijl er nog informatieverzoeken openstaan. Komt in de tijdlijn."
          rows={3}
          value={reason}
          onValueChange={(value) => {
            setReason(value);
            onConfirmationChange(null);
          }}
          error={submission.fieldErrors.reason}
        />
        {canWithdraw && (
          <fieldset className="radio-group">
            <legend className="radio-group__legend">Alleen bij intrekking van de aanvraag</legend>
            <Field type="date" className="textbox--date" label="Ingetrokken op" value={ingetrokkenOp} onValueChange={setIngetrokkenOp} error={submission.fieldErrors['intrekking.op']} />
            <RadioGroup
              legend="Hoe ingetrokken"
              name={`${id}-wijze`}
              options={intrekkingWijzen.map((value) => ({ value, label: intrekkingWijzeLabels[value] }))}
              value={wijze}
              onValueChange={setWijze}
              error={submission.fieldErrors['intrekking.wijze']}
            />
          </fieldset>
        )}
        {overgangen.length === 0 ? (
          <p>Vanuit deze fase kan het dossier nergens heen.</p>
        ) : (
          <ul className="transitions">
            {overgangen.map((overgang) => {
              const reasonId = `${id}-${overgang.to}`;
              return (
                <li key={overgang.to} className="transitions__item">
                  <Button
                    appearance="secondary-action-button"
                    aria-disabled={overgang.allowed ? undefined : true}
                    aria-describedby={overgang.reason ? reasonId : undefined}
                    onClick={() => {
                      if (overgang.allowed && !submission.busy) change(overgang.to);
                    }}
                  >
                    Naar: {overgang.label}
                  </Button>
                  {overgang.reason && (
                    <p id={reasonId} className="transitions__reason">
                      <span className="transitions__unavailable">Nu niet mogelijk.</span> {overgang.reason}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <span className="busy-indicator" aria-live="polite">
          {submission.busy ? 'Bezig…' : ''}
        </span>
      </SubmissionForm>
    </DossierSection>
  );
}

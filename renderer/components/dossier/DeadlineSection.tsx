import type { Dossier, DossierDetail } from '../../../src/contract/schemas';
import { formatCalendarDateWithWeekday, todayIsoDate } from '../../format';
import { isOpenFase } from '../../labels';
import { DossierSection, type ConfirmationProps } from './DossierSection';
import { TermEventForm } from './TermEventForm';
import { WithdrawForm } from './WithdrawForm';
import { bibob, unwrap } from '../../bridge';

interface DeadlineSectionProps extends ConfirmationProps {
  readonly dossier: Dossier;
  readonly termijn: DossierDetail['termijn'];
  readonly gebeurtenissen: DossierDetail['termijnGebeurtenissen'];
  readonly onChanged: () => Promise<void>;
}

/** The beslistermijn: the date, how it was reached step by step with its legal basis, warnings, and the events that move it. */
export function DeadlineSection({ dossier, termijn, gebeurtenissen, onChanged, ...confirmation }: DeadlineSectionProps) {
  const verlopen = termijn.deadline !== null && isOpenFase(dossier.fase) && termijn.deadline < todayIsoDate();
  return (
    <DossierSection headingId="dossier-beslistermijn" title="Beslistermijn">
      <p className="deadline">
        <span className="deadline__label">Uiterste beslisdatum</span>{' '}
        {termijn.deadline === null ? (
          <strong className="deadline__date">Nog niet te berekenen</strong>
        ) : (
          <strong className="deadline__date">
            <time dateTime={termijn.deadline}>{formatCalendarDateWithWeekday(termijn.deadline)}</time>
          </strong>
        )}
        {termijn.provisional && <span className="tag">(voorlopig)</span>}
        {verlopen && <span className="tag tag--overdue">verlopen</span>}
      </p>
      <p className="prose">{termijn.explanation}</p>
      {termijn.warnings.length > 0 && (
        <div role="note" className="notice">
          <p className="notice__title">Let op</p>
          <ul className="notice__list">
            {termijn.warnings.map((warning) => (
              <li key={warning.code + warning.message}>{warning.message}</li>
            ))}
          </ul>
        </div>
      )}
      {termijn.steps.length > 0 && (
        <>
          <h3>Zo is de termijn berekend</h3>
          <ol className="steps">
            {termijn.steps.map((step, index) => (
              <li key={index} className="steps__step">
                <p className="steps__description">{step.description}</p>
                <p className="steps__basis">Grondslag: {step.legalBasis}</p>
              </li>
            ))}
          </ol>
        </>
      )}
      {gebeurtenissen.length > 0 && (
        <>
          <h3>Vastgelegde opschortingen en verdaging</h3>
          <ul className="assessment-list">
            {gebeurtenissen.map((gebeurtenis) => (
              <li key={gebeurtenis.id}>
                <p>{gebeurtenis.omschrijving}</p>
                <WithdrawForm
                  button="Intrekken"
                  what="deze opschorting of verdaging"
                  consequence="De beslistermijn wordt dan berekend alsof ze er niet was."
                  withdraw={(reden) => unwrap(bibob.dossiers.withdrawTermEvent({ gebeurtenisId: gebeurtenis.id, reden }))}
                  onWithdrawn={(detail) =>
                    void onChanged().then(() =>
                      confirmation.onConfirmationChange(`Ingetrokken.${detail.termijn.deadline ? ` De uiterste beslisdatum is nu ${formatCalendarDateWithWeekday(detail.termijn.deadline)}.` : ''}`),
                    )
                  }
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Termijn opschorten of verdagen</h3>
      <TermEventForm dossierId={dossier.id} onRecorded={onChanged} {...confirmation} />
    </DossierSection>
  );
}

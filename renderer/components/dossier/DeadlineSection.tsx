import type { Dossier, DossierDetail } from '../../../src/contract/schemas';
import { formatCalendarDateWithWeekday, todayIsoDate } from '../../format';
import { isOpenFase } from '../../labels';
import { DossierSection, type ConfirmationProps } from './DossierSection';
import { TermEventForm } from './TermEventForm';
import { TermijnUitleg } from './TermijnUitleg';
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
      <TermijnUitleg termijn={termijn} verlopen={verlopen} />
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

import type { DossierDetail } from '../../../src/contract/schemas';
import { formatCalendarDateWithWeekday } from '../../format';

interface TermijnUitlegProps {
  readonly termijn: Pick<DossierDetail['termijn'], 'deadline' | 'provisional' | 'explanation' | 'warnings'>;
  /** The last day has passed while the dossier is open. */
  readonly verlopen?: boolean;
}

/** A decision's uiterste beslisdatum, how it was reached in one sentence, and the engine's warnings. */
export function TermijnUitleg({ termijn, verlopen = false }: TermijnUitlegProps) {
  return (
    <>
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
    </>
  );
}

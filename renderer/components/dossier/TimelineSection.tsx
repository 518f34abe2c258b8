import type { DossierDetail } from '../../../src/contract/schemas';
import { formatDateTime } from '../../format';
import { DossierSection } from './DossierSection';

/** What happened in the dossier, oldest first. */
export function TimelineSection({ tijdlijn }: { tijdlijn: DossierDetail['tijdlijn'] }) {
  return (
    <DossierSection headingId="dossier-tijdlijn" title="Tijdlijn">
      {tijdlijn.length === 0 ? (
        <p>Nog niets vastgelegd.</p>
      ) : (
        <ol className="timeline">
          {tijdlijn.map((event, index) => (
            <li key={index} className="timeline__event">
              <time dateTime={event.at} className="timeline__time">
                {formatDateTime(event.at)}
              </time>
              <span className="timeline__text">{event.omschrijving}</span>
            </li>
          ))}
        </ol>
      )}
    </DossierSection>
  );
}

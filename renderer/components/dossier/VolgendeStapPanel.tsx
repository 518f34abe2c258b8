import type { MouseEvent } from 'react';
import type { DossierDetail } from '../../../src/contract/schemas';
import { briefSoorten, briefSoortIds, type BriefSoortId } from '../../../src/domain/brieven';
import { formatCalendarDateWithWeekday, todayIsoDate } from '../../format';
import { isOpenFase } from '../../labels';
import { DossierSection, focusHeading } from './DossierSection';

/** The heading each step leads to: `dossier-${sectie}` (see the headingIds of the dossier sections). */
const sectieLabels: Readonly<Record<string, string>> = {
  gegevens: 'Gegevens',
  betrokkenen: 'Betrokkenen',
  vragenformulier: 'Vragenformulier',
  herstel: 'Herstel',
  'eigen-onderzoek': 'Eigen onderzoek',
  informatieverzoeken: 'Informatieverzoeken',
  beoordeling: 'Beoordeling',
  'zienswijze-besluit': 'Zienswijze en besluit',
  beslistermijn: 'Beslistermijn',
};

function briefLabel(brief: string): string | null {
  return (briefSoortIds as readonly string[]).includes(brief) ? briefSoorten[brief as BriefSoortId].label : null;
}

function goTo(headingId: string): (event: MouseEvent<HTMLAnchorElement>) => void {
  return (event) => {
    event.preventDefault();
    focusHeading(headingId);
  };
}

interface VolgendeStapPanelProps {
  readonly detail: DossierDetail;
}

/**
 * "Volgende stap" (issue 23 §1): what the law requires next in this dossier, by when and on which article, most
 * urgent first; each step leads to the section that does it and names the letter to make. A closed dossier shows
 * none: its outcome leads the page.
 */
export function VolgendeStapPanel({ detail }: VolgendeStapPanelProps) {
  if (!isOpenFase(detail.dossier.fase)) return null;
  const stappen = detail.volgendeStappen;
  const today = todayIsoDate();
  return (
    <DossierSection headingId="dossier-volgende-stap" title="Volgende stap">
      {stappen.length === 0 ? (
        <p>De wet vraagt nu geen stap in dit dossier.</p>
      ) : (
        <ol className="next-steps">
          {stappen.map((stap, index) => {
            const headingId = `dossier-${stap.sectie}`;
            const textId = `volgende-stap-${index}`;
            const brief = stap.brief ? briefLabel(stap.brief) : null;
            const verlopen = stap.uiterlijk !== undefined && stap.uiterlijk < today;
            return (
              <li key={`${stap.sectie}-${index}`} className="next-steps__item">
                <p id={textId} className="next-steps__what">
                  {stap.wat}
                </p>
                <dl className="details next-steps__details">
                  {stap.uiterlijk !== undefined && (
                    <>
                      <dt>Uiterlijk</dt>
                      <dd>
                        <time dateTime={stap.uiterlijk}>{formatCalendarDateWithWeekday(stap.uiterlijk)}</time>
                        {verlopen && <strong> (verstreken)</strong>}
                      </dd>
                    </>
                  )}
                  <dt>Grondslag</dt>
                  <dd>{stap.artikel}</dd>
                  {brief !== null && (
                    <>
                      <dt>Brief</dt>
                      <dd>
                        <a href="#dossier-brieven" onClick={goTo('dossier-brieven')}>
                          {brief}
                        </a>
                      </dd>
                    </>
                  )}
                </dl>
                <a href={`#${headingId}`} onClick={goTo(headingId)} aria-describedby={textId}>
                  {`Naar ${sectieLabels[stap.sectie] ?? stap.sectie}`}
                </a>
              </li>
            );
          })}
        </ol>
      )}
    </DossierSection>
  );
}

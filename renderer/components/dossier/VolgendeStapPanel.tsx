import type { MouseEvent } from 'react';
import type { DossierDetail } from '../../../src/contract/schemas';
import { briefSoorten, briefSoortIds, type BriefSoortId } from '../../../src/domain/brieven';
import { formatCalendarDateWithWeekday, todayIsoDate } from '../../format';
import { isOpenFase } from '../../labels';
import type { VolgendeStapSectie } from '../../../src/domain/workflow/volgendeStap';
import { DossierSection } from './DossierSection';

/** The section each step leads to, on its page of the dossier: its heading is `dossier-${sectie}`. */
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

function follow(go: () => void): (event: MouseEvent<HTMLAnchorElement>) => void {
  return (event) => {
    event.preventDefault();
    go();
  };
}

interface VolgendeStapPanelProps {
  readonly detail: DossierDetail;
  /** Shows the page of the section and moves the focus to its heading. */
  readonly onGoTo: (sectie: VolgendeStapSectie) => void;
  /** Shows the letters with this kind of letter chosen in the form. */
  readonly onBrief: (soort: BriefSoortId) => void;
}

/**
 * "Volgende stap" (issue 23 §1): what the law requires next in this dossier, by when and on which article, most
 * urgent first; each step leads to the page and section that does it and to the letter to make. Compact, for it
 * stands above every page of the dossier. A closed dossier shows none: its outcome leads the page.
 */
export function VolgendeStapPanel({ detail, onGoTo, onBrief }: VolgendeStapPanelProps) {
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
                <div className="next-steps__meta">
                  <dl className="next-steps__details">
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
                          <a href="#dossier-brieven" onClick={follow(() => onBrief(stap.brief as BriefSoortId))}>
                            {brief}
                          </a>
                        </dd>
                      </>
                    )}
                  </dl>
                  <a href={`#${headingId}`} onClick={follow(() => onGoTo(stap.sectie as VolgendeStapSectie))} aria-describedby={textId}>
                    {`Naar ${sectieLabels[stap.sectie] ?? stap.sectie}`}
                  </a>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </DossierSection>
  );
}

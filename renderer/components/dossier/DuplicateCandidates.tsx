import { useEffect, useId, useRef } from 'react';
import { Button } from '@utrecht/button-react';
import type { Betrokkene } from '../../../src/contract/schemas';
import { kenmerkOf, soortLabel } from './betrokkeneText';

interface DuplicateCandidatesProps {
  readonly candidates: readonly Betrokkene[];
  /** Use this existing record instead of making a new one. */
  readonly onUseExisting: (candidate: Betrokkene) => void;
  /** The coordinator confirms it is someone else. */
  readonly onConfirmNew: () => void;
  readonly confirmNewLabel: string;
}

/**
 * The records that may be the same person or company (the service answered POSSIBLE_DUPLICATE). The list takes the
 * focus when it appears, because it asks for a decision.
 */
export function DuplicateCandidates({ candidates, onUseExisting, onConfirmNew, confirmNewLabel }: DuplicateCandidatesProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, [candidates]);

  return (
    <div className="candidates">
      <h4 id={headingId} ref={heading} tabIndex={-1} className="candidates__heading">
        Mogelijk al bekend
      </h4>
      <p>Deze betrokkene staat mogelijk al in de kluis:</p>
      <ul className="candidates__list" aria-labelledby={headingId}>
        {candidates.map((candidate) => (
          <li key={candidate.id} className="candidates__item">
            <p className="candidates__name">{candidate.naam}</p>
            <p className="candidates__facts">
              {soortLabel(candidate)} · {kenmerkOf(candidate)}
              {candidate.adres !== '' && <> · {candidate.adres}</>}
            </p>
            <Button appearance="secondary-action-button" aria-label={`Deze gebruiken: ${candidate.naam}`} onClick={() => onUseExisting(candidate)}>
              Deze gebruiken
            </Button>
          </li>
        ))}
      </ul>
      <Button appearance="secondary-action-button" onClick={onConfirmNew}>
        {confirmNewLabel}
      </Button>
    </div>
  );
}

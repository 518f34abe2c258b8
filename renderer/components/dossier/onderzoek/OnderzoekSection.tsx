import { useCallback, useEffect, useRef } from 'react';
import { bibob, unwrap } from '../../../bridge';
import { ErrorAlert } from '../../ErrorAlert';
import { StatusMessage } from '../../StatusMessage';
import { useReloadable } from '../../../hooks/useReloadable';
import type { Bijlage } from '../BijlagenSection';
import { DossierSection, type ConfirmationProps } from '../DossierSection';
import { BevindingenFormulier } from './BevindingenFormulier';
import { Financing } from './Financing';
import { OtherBodyData } from './OtherBodyData';
import { ResearchNotes } from './ResearchNotes';
import type { DossierBetrokkene, OnderzoekView } from './types';

export const ONDERZOEK_HEADING_ID = 'dossier-eigen-onderzoek';

interface OnderzoekSectionProps extends ConfirmationProps {
  readonly dossierId: string;
  readonly betrokkenen: readonly DossierBetrokkene[];
  readonly bijlagen: readonly Bijlage[];
  /** A change the timeline records (a note added, corrected or withdrawn): load the dossier again. */
  readonly onDossierChanged?: () => Promise<void>;
}

/** The eigen onderzoek (Wet Bibob art. 7a, 7b): research notes, the financing check, data of other bestuursorganen, and the formulier bevindingen. */
export function OnderzoekSection({ dossierId, betrokkenen, bijlagen, onDossierChanged, confirmation, onConfirmationChange }: OnderzoekSectionProps) {
  const load = useCallback(() => unwrap(bibob.onderzoek.get({ dossierId })), [dossierId]);
  const { value: view, error, replace, reload } = useReloadable(load);
  // The form's problems depend on the dossier's betrokkenen: load again when they change (not on the first render).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void reload();
  }, [betrokkenen, reload]);
  const part = view && {
    dossierId,
    view,
    betrokkenen,
    onChanged: (next: OnderzoekView, message: string) => {
      replace(next);
      onConfirmationChange(message);
      void onDossierChanged?.();
    },
    onEdit: () => onConfirmationChange(null),
  };

  return (
    <DossierSection headingId={ONDERZOEK_HEADING_ID} title="Eigen onderzoek">
      <ErrorAlert content={error} />
      <StatusMessage>{confirmation}</StatusMessage>
      {part === null ? (
        error === null && <p className="loading">Het eigen onderzoek wordt geladen…</p>
      ) : (
        <>
          <ResearchNotes {...part} />
          <Financing {...part} bijlagen={bijlagen} />
          <OtherBodyData {...part} />
          <BevindingenFormulier key={JSON.stringify(part.view.formulier)} {...part} />
        </>
      )}
    </DossierSection>
  );
}

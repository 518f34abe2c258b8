import { useCallback } from 'react';
import { bibob, unwrap } from '../../../bridge';
import { gevaarMaten, voorschriftenVoor, type Beoordeling, type ProposedMeasure } from '../../../../src/domain/beoordeling';
import type { Toepassingsgebied } from '../../../../src/domain/toepassingsgebied';
import { capitalize } from '../../../labels';
import { ErrorAlert } from '../../ErrorAlert';
import { StatusMessage } from '../../StatusMessage';
import { useReloadable } from '../../../hooks/useReloadable';
import { DossierSection, type ConfirmationProps } from '../DossierSection';
import { Degrees } from './Degrees';
import { Findings } from './Findings';
import { Measure, MeldingLbb } from './Measure';
import { Relations } from './Relations';
import type { BeoordelingView, DossierBetrokkene } from './types';
import { Voorschriften, Weighing } from './Weighing';

export const BEOORDELING_HEADING_ID = 'dossier-beoordeling';

interface BeoordelingSectionProps extends ConfirmationProps {
  readonly dossierId: string;
  readonly gebied: Toepassingsgebied;
  readonly betrokkenen: readonly DossierBetrokkene[];
  /** The assessment moved the workflow or the timeline: load the dossier again. */
  readonly onDossierChanged: () => Promise<void>;
}

/**
 * The assessment of Wet Bibob art. 3, 3a and 4: findings, relations, the degree of danger per ground, lid 6,
 * proportionality, voorschriften and the proposed measure, then the melding to the LBB. Every change is saved at
 * once and refused, with the reason, when it would break a rule.
 */
export function BeoordelingSection({ dossierId, gebied, betrokkenen, onDossierChanged, confirmation, onConfirmationChange }: BeoordelingSectionProps) {
  const load = useCallback(async () => {
    const [view, library] = await Promise.all([unwrap(bibob.beoordeling.get({ dossierId })), unwrap(bibob.voorschriften.list({}))]);
    return { view, library: library.voorschriften };
  }, [dossierId]);
  const { value, error, replace } = useReloadable(load);

  if (value === null) {
    return (
      <DossierSection headingId={BEOORDELING_HEADING_ID} title="Beoordeling">
        <ErrorAlert content={error} />
        {error === null && <p className="loading">De beoordeling wordt geladen…</p>}
      </DossierSection>
    );
  }
  const { view, library } = value;
  const part = {
    view,
    betrokkenen,
    save: (change: (beoordeling: Beoordeling) => Beoordeling, _message: string, maatregel?: ProposedMeasure) => () =>
      unwrap(bibob.beoordeling.save({ dossierId, beoordeling: change(view.beoordeling), voorgesteldeMaatregel: maatregel === undefined ? view.voorgesteldeMaatregel : maatregel })),
    onSaved: (next: BeoordelingView, message: string) => {
      replace({ view: next, library });
      onConfirmationChange(message);
      void onDossierChanged();
    },
    onEdit: () => onConfirmationChange(null),
  };

  return (
    <DossierSection headingId={BEOORDELING_HEADING_ID} title="Beoordeling">
      <ErrorAlert content={error} />
      <StatusMessage>{confirmation}</StatusMessage>
      <p className="assessment-conclusion">
        <strong>{`Conclusie: ${capitalize(gevaarMaten[view.conclusie])}`}</strong>
        {view.lbbAdviesOntvangen ? ' (met advies van het LBB)' : view.vastgelegd ? ' (zonder advies van het LBB)' : ''}
      </p>
      <Findings {...part} dossierId={dossierId} />
      <Relations {...part} />
      <Degrees {...part} />
      <Weighing key={`${view.beoordeling.lid6.vanToepassing}|${view.beoordeling.evenredigheid}`} {...part} />
      <Measure key={view.voorgesteldeMaatregel ?? ''} gebied={gebied} {...part} />
      <Voorschriften library={voorschriftenVoor(library, gebied)} {...part} />
      <MeldingLbb key={`${view.terugtrekking.vermoed}`} dossierId={dossierId} {...part} />
    </DossierSection>
  );
}

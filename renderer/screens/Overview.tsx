import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../bridge';
import type { Dossier } from '../../src/contract/schemas';
import { DossierTable } from '../components/DossierTable';
import { ErrorAlert } from '../components/ErrorAlert';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusMessage } from '../components/StatusMessage';
import { useLoad } from '../hooks/useLoad';

interface OverviewProps {
  readonly dossiers: readonly Dossier[] | null;
  /** A confirmation from the previous screen, e.g. that a dossier was created. */
  readonly notice: string | null;
  readonly onLoaded: (dossiers: readonly Dossier[]) => void;
  readonly onNewDossier: () => void;
}

/** All dossiers in the vault; reloaded each time the screen opens. */
export function Overview({ dossiers, notice, onLoaded, onNewDossier }: OverviewProps) {
  const loadError = useLoad(
    () => unwrap(bibob.dossiers.list({})),
    (result) => onLoaded(result.dossiers),
  );

  return (
    <>
      <ScreenHeading>Dossiers</ScreenHeading>
      <StatusMessage>{notice}</StatusMessage>
      <div className="page-actions">
        <Button appearance="primary-action-button" onClick={onNewDossier}>
          Nieuw dossier
        </Button>
      </div>
      <ErrorAlert content={loadError} />
      {dossiers === null ? (
        loadError === null && <p className="loading">De dossiers worden geladen…</p>
      ) : dossiers.length === 0 ? (
        <p>Nog geen dossiers</p>
      ) : (
        <DossierTable dossiers={dossiers} />
      )}
    </>
  );
}

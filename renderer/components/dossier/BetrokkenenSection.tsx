import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../bridge';
import type { DossierDetail } from '../../../src/contract/schemas';
import type { Rol } from '../../../src/domain/betrokkenen';
import { faseLabel, rolLabel, uitkomstText } from '../../labels';
import { LinkButton } from '../LinkButton';
import { ConfirmedButton } from '../ConfirmedButton';
import { StatusMessage } from '../StatusMessage';
import { SubmissionForm } from '../SubmissionForm';
import { useSubmission } from '../../hooks/useSubmission';
import { AddBetrokkeneForm } from './AddBetrokkeneForm';
import { CorrectBetrokkeneForm } from './CorrectBetrokkeneForm';
import { DossierSection, focusHeading, type ConfirmationProps } from './DossierSection';
import { kenmerkOf, soortLabel } from './betrokkeneText';
import { DataTable } from '../DataTable';
import { useBetrokkeneNavigation } from '../../navigation';

type DossierBetrokkene = DossierDetail['betrokkenen'][number];

const HEADING_ID = 'dossier-betrokkenen';

interface BetrokkenenSectionProps {
  readonly dossierId: string;
  readonly betrokkenen: readonly DossierBetrokkene[];
  readonly onChanged: () => Promise<void>;
  readonly onOpenDossier: (id: string, zaaknummer: string) => void;
  readonly removal: ConfirmationProps;
  readonly addition: ConfirmationProps;
}

function rolText(rol: DossierBetrokkene['rollen'][number]): string {
  return rol.aandeelPercentage === null ? rolLabel(rol.rol) : `${rolLabel(rol.rol)} (${rol.aandeelPercentage.toLocaleString('nl-NL')}%)`;
}

/** Who the screening concerns, in which roles, and in which other dossiers they appear. */
export function BetrokkenenSection({ dossierId, betrokkenen, onChanged, onOpenDossier, removal, addition }: BetrokkenenSectionProps) {
  const { openBetrokkene } = useBetrokkeneNavigation();
  const submission = useSubmission([]);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const beingCorrected = betrokkenen.find((entry) => entry.betrokkene.id === correcting)?.betrokkene;

  async function roleRemoved(entry: DossierBetrokkene, rol: Rol): Promise<void> {
    await onChanged();
    focusHeading(HEADING_ID);
    removal.onConfirmationChange(`${entry.betrokkene.naam} is niet langer ${rolLabel(rol).toLowerCase()} in dit dossier.`);
  }

  return (
    <DossierSection headingId={HEADING_ID} title="Betrokkenen">
      <StatusMessage>{removal.confirmation}</StatusMessage>
      <SubmissionForm submission={submission} onSubmit={() => undefined} className="table-form">
        {betrokkenen.length === 0 ? (
          <p>Nog geen betrokkenen.</p>
        ) : (
          <DataTable caption="Betrokkenen" columns={['Naam', 'Soort', 'KvK-nummer of BSN', 'Rollen', 'Ook betrokkene in']}>
            {betrokkenen.map((entry) => (
              <tr key={entry.betrokkene.id}>
                <th scope="row">
                  <LinkButton onClick={() => openBetrokkene(entry.betrokkene.id, entry.betrokkene.naam)}>{entry.betrokkene.naam}</LinkButton>
                  {entry.betrokkene.adres !== '' && <span className="cell-note">{entry.betrokkene.adres}</span>}
                  <Button
                    appearance="subtle-button"
                    aria-label={`Gegevens corrigeren: ${entry.betrokkene.naam}`}
                    onClick={() => {
                      removal.onConfirmationChange(null);
                      setCorrecting(entry.betrokkene.id);
                    }}
                  >
                    Gegevens corrigeren
                  </Button>
                </th>
                <td>{soortLabel(entry.betrokkene)}</td>
                <td>{kenmerkOf(entry.betrokkene)}</td>
                <td>
                  <ul className="cell-list">
                    {entry.rollen.map((rol) => (
                      <li key={rol.rol} className="role">
                        <span>{rolText(rol)}</span>
                        <ConfirmedButton
                          button="Rol verwijderen"
                          label={`Rol verwijderen: ${entry.betrokkene.naam} als ${rolLabel(rol.rol).toLowerCase()}`}
                          question={`Weet u zeker dat ${entry.betrokkene.naam} niet langer ${rolLabel(rol.rol).toLowerCase()} is in dit dossier?`}
                          confirm="Ja, rol verwijderen"
                          confirmLabel={`Ja, rol verwijderen: ${entry.betrokkene.naam} als ${rolLabel(rol.rol).toLowerCase()}`}
                          call={() => {
                            removal.onConfirmationChange(null);
                            return unwrap(bibob.betrokkenen.removeRole({ dossierId, betrokkeneId: entry.betrokkene.id, rol: rol.rol }));
                          }}
                          onDone={() => void roleRemoved(entry, rol.rol)}
                        />
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  {entry.ookInDossiers.length === 0 ? (
                    <span className="muted">Geen ander dossier</span>
                  ) : (
                    <ul className="cell-list">
                      {entry.ookInDossiers.map((other) => (
                        <li key={other.id}>
                          <LinkButton onClick={() => onOpenDossier(other.id, other.zaaknummer)}>{other.zaaknummer}</LinkButton>{' '}
                          <span className="cell-note cell-note--inline">({other.rollen.map((rol) => rolLabel(rol).toLowerCase()).join(', ')})</span>
                          <span className="cell-note">{`${faseLabel(other.fase)}${other.uitkomst ? ` · uitkomst: ${uitkomstText(other.uitkomst, other.toepassingsgebied).toLowerCase()}` : ''}`}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </SubmissionForm>
      {beingCorrected && (
        <CorrectBetrokkeneForm
          key={beingCorrected.id}
          dossierId={dossierId}
          betrokkene={beingCorrected}
          onCancel={() => setCorrecting(null)}
          onCorrected={async (naam) => {
            setCorrecting(null);
            await onChanged();
            focusHeading(HEADING_ID);
            removal.onConfirmationChange(`De gegevens van ${naam} zijn gecorrigeerd.`);
          }}
        />
      )}
      <h3>Betrokkene toevoegen</h3>
      <AddBetrokkeneForm dossierId={dossierId} onAdded={onChanged} {...addition} />
    </DossierSection>
  );
}

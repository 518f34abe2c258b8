import { useState } from 'react';
import { bibob, unwrap } from '../bridge';
import type { NetwerkView } from '../../src/contract/netwerkCalls';
import { relatieSoorten } from '../../src/domain/betrokkenen';
import { Aandeel } from '../components/Aandeel';
import { DataTable } from '../components/DataTable';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormActions, SubmitButton } from '../components/FormActions';
import { LinkButton } from '../components/LinkButton';
import { NetwerkDrawing } from '../components/NetwerkDrawing';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusMessage } from '../components/StatusMessage';
import { SubmissionForm } from '../components/SubmissionForm';
import { useLoad } from '../hooks/useLoad';
import { useSubmission } from '../hooks/useSubmission';
import { useBetrokkeneNavigation } from '../navigation';
import type { NetwerkVanaf } from '../state';

interface NetwerkProps {
  readonly vanaf: NetwerkVanaf;
  readonly onOpenDossier: (id: string, zaaknummer: string) => void;
}

/** What the network was built from, in a sentence with a way back. */
function Vertrekpunt({ netwerk, onOpenDossier }: { readonly netwerk: NetwerkView; readonly onOpenDossier: (id: string, zaaknummer: string) => void }) {
  const { openBetrokkene } = useBetrokkeneNavigation();
  const { vanaf } = netwerk;
  if (vanaf.soort === 'betrokkene' && vanaf.id && vanaf.naam) {
    const { id, naam } = vanaf;
    return (
      <p className="prose">
        Rond <LinkButton onClick={() => openBetrokkene(id, naam)}>{naam}</LinkButton>: iedereen die via vastgelegde relaties met deze betrokkene verbonden is, over alle dossiers.
      </p>
    );
  }
  if (vanaf.soort === 'dossier' && vanaf.id && vanaf.naam) {
    const { id, naam } = vanaf;
    return (
      <p className="prose">
        Rond de betrokkenen van dossier <LinkButton onClick={() => onOpenDossier(id, naam)}>{naam}</LinkButton> en iedereen die via vastgelegde relaties met hen verbonden is, over alle dossiers.
      </p>
    );
  }
  return <p className="prose">Alle betrokkenen met een vastgelegde relatie, over alle dossiers.</p>;
}

/**
 * The relations between betrokkenen across dossiers (art. 3 lid 4 Wet Bibob) as a drawing and as two tables with
 * the same content; each name opens the page of that betrokkene. The drawing can be exported as PNG for the
 * internal advice.
 */
export function Netwerk({ vanaf, onOpenDossier }: NetwerkProps) {
  const { openBetrokkene } = useBetrokkeneNavigation();
  const [netwerk, setNetwerk] = useState<NetwerkView | null>(null);
  const [bevestiging, setBevestiging] = useState<string | null>(null);
  // The drawing's PNG maker, once cytoscape has drawn it (it is loaded on first use).
  const [png, setPng] = useState<{ readonly maak: () => string } | null>(null);
  const exportSubmission = useSubmission(['png']);
  const loadError = useLoad(() => unwrap(bibob.netwerk.get({ ...vanaf })), setNetwerk);
  const naam = (id: string) => netwerk?.knopen.find((knoop) => knoop.id === id)?.naam ?? '';

  function exportPng(): void {
    setBevestiging(null);
    if (!png) return;
    const { maak } = png;
    void exportSubmission.run(
      () => unwrap(bibob.netwerk.exportPng({ ...vanaf, png: maak() })),
      (result) => {
        if (result.exported) setBevestiging('De tekening is als PNG-bestand opgeslagen.');
      },
    );
  }

  return (
    <>
      <ScreenHeading>Netwerk van betrokkenen</ScreenHeading>
      <ErrorAlert content={loadError} />
      {netwerk === null ? (
        loadError === null && <p className="loading">Het netwerk wordt geladen…</p>
      ) : (
        <>
          <Vertrekpunt netwerk={netwerk} onOpenDossier={onOpenDossier} />
          {netwerk.afgekapt && (
            <StatusMessage tone="info">{`Het netwerk is groter dan ${netwerk.maxKnopen} betrokkenen: alleen de eerste ${netwerk.maxKnopen} zijn getekend. Open het netwerk vanaf één betrokkene om een kleiner deel te zien.`}</StatusMessage>
          )}
          {netwerk.lijnen.length === 0 && <p>Er zijn hier nog geen relaties vastgelegd. Leg ze vast in het onderdeel Relaties van een dossier.</p>}
          {netwerk.knopen.length > 0 && (
            <>
              <NetwerkDrawing netwerk={netwerk} onOpen={openBetrokkene} onReady={(maak) => setPng(maak ? { maak } : null)} />
              <SubmissionForm submission={exportSubmission} onSubmit={exportPng} className="inline-form netwerk-export">
                <FormActions>
                  <SubmitButton busy={exportSubmission.busy} disabled={png === null}>
                    Tekening exporteren (PNG)
                  </SubmitButton>
                </FormActions>
              </SubmissionForm>
              <StatusMessage>{bevestiging}</StatusMessage>

              <h2>Betrokkenen in het netwerk</h2>
              <DataTable caption="Betrokkenen in het netwerk" columns={['Naam', 'Soort', 'Dossiers']}>
                {netwerk.knopen.map((knoop) => (
                  <tr key={knoop.id}>
                    <th scope="row">
                      <LinkButton onClick={() => openBetrokkene(knoop.id, knoop.naam)}>{knoop.naam}</LinkButton>
                    </th>
                    <td>{knoop.soort === 'persoon' ? 'Natuurlijk persoon' : 'Rechtspersoon'}</td>
                    <td>{knoop.zaaknummers.length === 0 ? <span className="muted">Geen dossier</span> : knoop.zaaknummers.join(', ')}</td>
                  </tr>
                ))}
              </DataTable>

              <h2>Relaties in het netwerk</h2>
              {netwerk.lijnen.length === 0 ? (
                <p>Geen relaties.</p>
              ) : (
                <DataTable caption="Relaties in het netwerk" columns={['Van', 'Relatie', 'Naar', 'Aandeel', 'Grondslag']}>
                  {netwerk.lijnen.map((lijn) => (
                    <tr key={lijn.id}>
                      <th scope="row">
                        <LinkButton onClick={() => openBetrokkene(lijn.vanId, naam(lijn.vanId))}>{naam(lijn.vanId)}</LinkButton>
                      </th>
                      <td>{relatieSoorten[lijn.soort]}</td>
                      <td>
                        <LinkButton onClick={() => openBetrokkene(lijn.naarId, naam(lijn.naarId))}>{naam(lijn.naarId)}</LinkButton>
                      </td>
                      <td>
                        <Aandeel percentage={lijn.percentage} />
                      </td>
                      <td>{lijn.grondslag}</td>
                    </tr>
                  ))}
                </DataTable>
              )}
            </>
          )}
        </>
      )}
    </>
  );
}

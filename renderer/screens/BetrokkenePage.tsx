import { useState, type ReactNode } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../bridge';
import type { BetrokkenePagina } from '../../src/contract/netwerkCalls';
import { bevindingSoorten, ernstNiveaus } from '../../src/domain/beoordeling';
import { percentageTekst } from '../../src/domain/netwerk';
import { Aandeel } from '../components/Aandeel';
import { AuditTable } from '../components/AuditTable';
import { DataTable } from '../components/DataTable';
import { ErrorAlert } from '../components/ErrorAlert';
import { LinkButton } from '../components/LinkButton';
import { ScreenHeading } from '../components/ScreenHeading';
import { RestrictionMark } from '../components/dossier/RestrictionMark';
import { kenmerkOf, soortLabel } from '../components/dossier/betrokkeneText';
import { formatCalendarDate } from '../format';
import { useLoad } from '../hooks/useLoad';
import { faseLabel, rolLabel, uitkomstText } from '../labels';
import { useBetrokkeneNavigation } from '../navigation';

interface BetrokkenePageProps {
  readonly id: string;
  readonly naam: string;
  readonly onOpenDossier: (id: string, zaaknummer: string) => void;
}

/** A part of the page: a region named by its <h2>. */
function Part({ id, title, children }: { readonly id: string; readonly title: string; readonly children: ReactNode }) {
  return (
    <section className="dossier-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * Everything the vault knows about one betrokkene across dossiers: its data, its roles (with phase and outcome),
 * its relations (art. 3 lid 4 Wet Bibob), the findings about it marked by their use restrictions, and the audit
 * records about it. Opening it is recorded in the audit trail.
 */
export function BetrokkenePage({ id, naam, onOpenDossier }: BetrokkenePageProps) {
  const { openBetrokkene, openNetwerk } = useBetrokkeneNavigation();
  const [pagina, setPagina] = useState<BetrokkenePagina | null>(null);
  const loadError = useLoad(() => unwrap(bibob.betrokkenen.get({ betrokkeneId: id })), setPagina);
  const dossierLink = (dossierId: string, zaaknummer: string) => <LinkButton onClick={() => onOpenDossier(dossierId, zaaknummer)}>{zaaknummer}</LinkButton>;

  return (
    <>
      <ScreenHeading>{`Betrokkene ${pagina?.betrokkene.naam ?? naam}`}</ScreenHeading>
      <ErrorAlert content={loadError} />
      {pagina === null ? (
        loadError === null && <p className="loading">De gegevens worden geladen…</p>
      ) : (
        <>
          <Part id="betrokkene-gegevens" title="Gegevens">
            <dl className="details">
              <dt>Naam</dt>
              <dd>{pagina.betrokkene.naam}</dd>
              <dt>Soort</dt>
              <dd>{soortLabel(pagina.betrokkene)}</dd>
              <dt>{pagina.betrokkene.soort === 'persoon' ? 'BSN of geboortedatum' : 'KvK-nummer'}</dt>
              <dd>{kenmerkOf(pagina.betrokkene)}</dd>
              <dt>Adres</dt>
              <dd>{pagina.betrokkene.adres === '' ? 'Niet bekend' : pagina.betrokkene.adres}</dd>
            </dl>
            <Button appearance="secondary-action-button" onClick={() => openNetwerk({ betrokkeneId: id })}>
              Netwerk rond deze betrokkene
            </Button>
          </Part>

          <Part id="betrokkene-rollen" title="Rollen in dossiers">
            {pagina.rollen.length === 0 ? (
              <p>In geen enkel dossier.</p>
            ) : (
              <DataTable caption="Rollen in dossiers" columns={['Dossier', 'Rol', 'Fase', 'Uitkomst']}>
                {pagina.rollen.map((rol) => (
                  <tr key={`${rol.dossierId}-${rol.rol}`}>
                    <th scope="row">{dossierLink(rol.dossierId, rol.zaaknummer)}</th>
                    <td>{rol.aandeelPercentage === null ? rolLabel(rol.rol) : `${rolLabel(rol.rol)} (${percentageTekst(rol.aandeelPercentage)})`}</td>
                    <td>{faseLabel(rol.fase)}</td>
                    <td>{uitkomstText(rol.uitkomst, rol.toepassingsgebied)}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </Part>

          <Part id="betrokkene-relaties" title="Relaties">
            {pagina.relaties.length === 0 ? (
              <p>Geen relaties vastgelegd.</p>
            ) : (
              <DataTable caption="Relaties" columns={['Met', 'Relatie', 'Aandeel', 'Grondslag']}>
                {pagina.relaties.map((relatie) => (
                  <tr key={relatie.id}>
                    <th scope="row">
                      <LinkButton onClick={() => openBetrokkene(relatie.ander.id, relatie.ander.naam)}>{relatie.ander.naam}</LinkButton>
                    </th>
                    <td>{relatie.zin}</td>
                    <td>
                      <Aandeel percentage={relatie.percentage} />
                    </td>
                    <td>{relatie.grondslag}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </Part>

          <Part id="betrokkene-bevindingen" title="Bevindingen">
            {pagina.bevindingen.length === 0 ? (
              <p>Geen bevindingen over deze betrokkene.</p>
            ) : (
              <DataTable caption="Bevindingen" columns={['Datum', 'Dossier', 'Bevinding', 'Bron', 'Gebruiksbeperking']}>
                {pagina.bevindingen.map((bevinding) => (
                  <tr key={`${bevinding.dossierId}-${bevinding.id}`}>
                    <td className="nowrap">{formatCalendarDate(bevinding.datum)}</td>
                    <td>{dossierLink(bevinding.dossierId, bevinding.zaaknummer)}</td>
                    <td>
                      <strong>{bevindingSoorten[bevinding.soort].label}</strong>
                      <span className="cell-note">{bevinding.omschrijving}</span>
                      <span className="cell-note">{`Ernst: ${ernstNiveaus[bevinding.ernst].label.toLowerCase()}`}</span>
                    </td>
                    <td>{bevinding.bron}</td>
                    <td>{bevinding.beperkingen.length === 0 ? 'Geen' : <RestrictionMark beperkingen={bevinding.beperkingen} />}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </Part>

          <Part id="betrokkene-audittrail" title="Audittrail">
            <p className="prose">De handelingen in de audittrail over deze betrokkene, in elk dossier. Ook het bekijken van deze pagina wordt vastgelegd.</p>
            {pagina.audit.length === 0 ? <p>Nog niets vastgelegd.</p> : <AuditTable caption="Audittrail over deze betrokkene" entries={pagina.audit} />}
          </Part>
        </>
      )}
    </>
  );
}

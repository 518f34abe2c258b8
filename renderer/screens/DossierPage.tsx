import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { bibob, unwrap } from '../bridge';
import { OntvangenSummary, OverdrachtSection, useOverdrachtStatus } from '../components/dossier/OverdrachtSection';
import type { DossierDetail } from '../../src/contract/schemas';
import { ErrorAlert } from '../components/ErrorAlert';
import { ScreenHeading } from '../components/ScreenHeading';
import { AuditSection } from '../components/dossier/AuditSection';
import { BetrokkenenSection } from '../components/dossier/BetrokkenenSection';
import { BijlagenSection } from '../components/dossier/BijlagenSection';
import { DeadlineSection } from '../components/dossier/DeadlineSection';
import { DetailsForm } from '../components/dossier/DetailsForm';
import { focusHeading, type ConfirmationProps } from '../components/dossier/DossierSection';
import { HerstelSection } from '../components/dossier/HerstelSection';
import { PhaseSection } from '../components/dossier/PhaseSection';
import { RelatiesSection } from '../components/dossier/RelatiesSection';
import { RequestsSection } from '../components/dossier/requests/RequestsSection';
import { OnderzoekSection } from '../components/dossier/onderzoek/OnderzoekSection';
import { BeoordelingSection } from '../components/dossier/beoordeling/BeoordelingSection';
import { ZienswijzeSection } from '../components/dossier/besluit/ZienswijzeSection';
import { BrievenSection } from '../components/dossier/brieven/BrievenSection';
import { BesluitenSection } from '../components/dossier/besluiten/BesluitenSection';
import { VerdereBesluitenUitkomst } from '../components/dossier/besluiten/VerdereBesluitenUitkomst';
import { TimelineSection } from '../components/dossier/TimelineSection';
import { VragenformulierSection } from '../components/dossier/VragenformulierSection';
import { VolgendeStapPanel } from '../components/dossier/VolgendeStapPanel';
import { BeleidstoetsSection } from '../components/dossier/BeleidstoetsSection';
import { RemoveDossierSection } from '../components/dossier/RemoveDossierSection';
import { ZIENSWIJZE_HEADING_ID } from '../components/dossier/besluit/ZienswijzeSection';
import { BRIEVEN_HEADING_ID } from '../components/dossier/brieven/BrievenSection';
import { REQUESTS_HEADING_ID } from '../components/dossier/requests/RequestsSection';
import { ONDERZOEK_HEADING_ID } from '../components/dossier/onderzoek/OnderzoekSection';
import { BEOORDELING_HEADING_ID } from '../components/dossier/beoordeling/BeoordelingSection';
import { VRAGENFORMULIER_HEADING_ID } from '../components/dossier/VragenformulierSection';
import { besluitsoort } from '../../src/domain/besluitsoorten';
import { dossierPaginas, isClosed, paginaVanFase, paginaVanSectie, type DossierPagina, type DossierPaginaId, type Phase } from '../../src/domain/workflow';
import type { VolgendeStapSectie } from '../../src/domain/workflow/volgendeStap';
import { DossierPaginaView, paginaHeadingId } from './dossier/DossierPaginaView';
import { ProcedureBar } from './dossier/ProcedureBar';
import { Beslisdatum } from '../components/DossierTable';
import { formatCalendarDate, todayIsoDate } from '../format';
import { besluitsoortLabel, closedText, faseLabel, gebiedLabel } from '../labels';
import { useDossierDetail } from '../hooks/useDossierDetail';
import { useReloadable } from '../hooks/useReloadable';

interface DossierPageProps {
  readonly id: string;
  readonly zaaknummer: string;
  /** The page shown (app state); null until the dossier is read: then the page of its fase. */
  readonly pagina: DossierPaginaId | null;
  readonly onShowPagina: (pagina: DossierPaginaId) => void;
  readonly onOpenDossier: (id: string, zaaknummer: string) => void;
  /** The dossier was removed as entered by mistake. */
  readonly onRemoved: (zaaknummer: string) => void;
}

/** The forms on the page whose confirmation can show; one at a time. */
type Form =
  | 'termijn'
  | 'gegevens'
  | 'beleidstoets'
  | 'fase'
  | 'rolVerwijderd'
  | 'betrokkeneToegevoegd'
  | 'relatie'
  | 'samenvoegen'
  | 'vragenSelectie'
  | 'vragenformulier'
  | 'antwoorden'
  | 'itemStatus'
  | 'voorgesteldeBetrokkene'
  | 'herstelverzoek'
  | 'aanvulling'
  | 'buitenBehandeling'
  | 'onderzoek'
  | 'beoordeling'
  | 'zienswijze'
  | 'besluiten'
  | 'brieven'
  | 'verzoeken'
  | 'bijlagen'
  | 'bijlageNotitie'
  | 'audit';

/**
 * The heading that names a page and takes the focus when it is shown: its own, or that of its first section where
 * the page bears the section's name (one heading, not two alike).
 */
function focusTargetOf(pagina: DossierPagina): string {
  const sectionHeadings: Partial<Record<DossierPaginaId, string>> = {
    onderzoek: ONDERZOEK_HEADING_ID,
    verzoeken: REQUESTS_HEADING_ID,
    beoordeling: BEOORDELING_HEADING_ID,
    besluit: ZIENSWIJZE_HEADING_ID,
    brieven: BRIEVEN_HEADING_ID,
    bijlagen: 'dossier-bijlagen',
  };
  if (pagina.id === 'vragenformulier' && pagina.label === 'Vragenformulier') return VRAGENFORMULIER_HEADING_ID;
  return sectionHeadings[pagina.id] ?? paginaHeadingId(pagina.id);
}

/** "Afgesloten: Verlenen", with the date of the besluit or else of the closing: what a closed dossier came to. */
function ClosedLead({ detail }: { detail: DossierDetail }) {
  const { dossier, afsluiting } = detail;
  const besluitOp = afsluiting?.besluitOp ?? null;
  const afgeslotenOp = afsluiting?.afgeslotenOp ?? null;
  return (
    <p className="dossier-lead">
      <strong className="dossier-lead__outcome">{closedText(dossier)}</strong>
      {besluitOp !== null ? (
        <span className="dossier-lead__date">
          Besluit genomen op <time dateTime={besluitOp}>{formatCalendarDate(besluitOp)}</time>
        </span>
      ) : (
        afgeslotenOp !== null && (
          <span className="dossier-lead__date">
            Afgesloten op <time dateTime={afgeslotenOp}>{formatCalendarDate(afgeslotenOp)}</time>
          </span>
        )
      )}
    </p>
  );
}

/**
 * One dossier as a workspace (issue 23 §1): its summary and the "Volgende stap" above every page, the procedure bar,
 * and one page per part of the procedure with its sections — intake and betrokkenen, vragenformulier and herstel,
 * eigen onderzoek, informatieverzoeken, beoordeling, zienswijze and besluit, letters, attachments, timeline and audit.
 */
export function DossierPage({ id, zaaknummer, pagina, onShowPagina, onOpenDossier, onRemoved }: DossierPageProps) {
  const { detail, error, reload } = useDossierDetail(id);
  const loadVragenformulier = useCallback(() => unwrap(bibob.vragenformulier.get({ dossierId: id })), [id]);
  const vragenformulier = useReloadable(loadVragenformulier);
  const loadBijlagen = useCallback(async () => (await unwrap(bibob.bijlagen.list({ dossierId: id }))).bijlagen, [id]);
  const bijlagen = useReloadable(loadBijlagen);
  const overdracht = useOverdrachtStatus(id);
  /** Counts saved changes of the assessment: the letters' list of restricted findings follows it. */
  const [beoordelingVersie, setBeoordelingVersie] = useState(0);
  const [confirmation, setConfirmation] = useState<{ form: Form; message: string } | null>(null);
  /** The heading to focus once the page asked for is shown. */
  const [focusNext, setFocusNext] = useState<string | null>(null);
  /** The letter a "Volgende stap" asked for; `keer` makes the form choose it again on every click. */
  const [briefKeuze, setBriefKeuze] = useState<{ soort: string; keer: number } | null>(null);

  const fase = (detail?.dossier.fase ?? null) as Phase | null;
  // A dossier opened for the first time shows the page of its fase, and keeps showing it as the fase moves on.
  useEffect(() => {
    if (pagina === null && fase !== null) onShowPagina(paginaVanFase(fase));
  }, [pagina, fase, onShowPagina]);
  useEffect(() => {
    if (focusNext === null) return;
    focusHeading(focusNext);
    setFocusNext(null);
  }, [focusNext, pagina]);

  const confirmationFor = (form: Form): ConfirmationProps => ({
    confirmation: confirmation?.form === form ? confirmation.message : null,
    onConfirmationChange: (message) =>
      setConfirmation((current) => (message !== null ? { form, message } : current?.form === form ? null : current)),
  });

  return (
    <>
      <ScreenHeading>{`Dossier ${detail?.dossier.zaaknummer ?? zaaknummer}`}</ScreenHeading>
      <ErrorAlert content={error} />
      {detail === null || fase === null ? error === null && <p className="loading">Het dossier wordt geladen…</p> : workspace(detail, fase)}
    </>
  );

  function workspace(detail: DossierDetail, fase: Phase) {
    const closed = isClosed(fase);
    const ambtshalve = besluitsoort(detail.dossier.besluitsoort ?? '')?.ambtshalve ?? false;
    const paginas = dossierPaginas({ fase, ambtshalve, tijdlijn: detail.tijdlijn });
    const shown = pagina ?? paginaVanFase(fase);
    const byId = (paginaId: DossierPaginaId): DossierPagina => paginas.find((entry) => entry.id === paginaId)!;

    const show = (paginaId: DossierPaginaId, headingId = focusTargetOf(byId(paginaId))) => {
      onShowPagina(paginaId);
      setFocusNext(headingId);
    };
    const page = (paginaId: DossierPaginaId, children: ReactNode) => {
      const entry = byId(paginaId);
      return (
        <DossierPaginaView pagina={entry} shown={shown === paginaId} ownHeading={focusTargetOf(entry) === paginaHeadingId(paginaId)}>
          {children}
        </DossierPaginaView>
      );
    };

    return (
      <>
        {closed && <ClosedLead detail={detail} />}
        <dl className="details dossier-summary">
          <dt>Toepassingsgebied</dt>
          <dd>{gebiedLabel(detail.dossier.toepassingsgebied)}</dd>
          <dt>Aanvrager</dt>
          <dd>{detail.dossier.aanvragerNaam}</dd>
          <dt>Soort besluit</dt>
          <dd>{besluitsoortLabel(detail.dossier.besluitsoort)}</dd>
          <dt>Fase</dt>
          <dd>{faseLabel(detail.dossier.fase)}</dd>
          {!closed && (
            <>
              <dt>Uiterste beslisdatum</dt>
              <dd>
                <Beslisdatum dossier={detail.dossier} today={todayIsoDate()} />
              </dd>
            </>
          )}
          <dt>Coördinator</dt>
          <dd>{detail.dossier.coordinator === '' ? <span className="muted">Niet ingevuld</span> : detail.dossier.coordinator}</dd>
          <OntvangenSummary status={overdracht.value} />
        </dl>
        <VolgendeStapPanel
          detail={detail}
          onGoTo={(sectie: VolgendeStapSectie) => show(paginaVanSectie(sectie) ?? shown, `dossier-${sectie}`)}
          onBrief={(soort) => {
            setBriefKeuze((current) => ({ soort, keer: (current?.keer ?? 0) + 1 }));
            show('brieven');
          }}
        />
        <ProcedureBar paginas={paginas} shown={shown} onShow={(paginaId) => show(paginaId)} />
        {page(
          'intake',
          <>
            {/* The outcome also follows the measure proposed in the beoordeling: the form starts again from the saved value. */}
            <DetailsForm key={detail.dossier.uitkomst ?? ''} dossier={detail.dossier} onSaved={reload} {...confirmationFor('gegevens')} />
            <BeleidstoetsSection dossierId={detail.dossier.id} onDossierChanged={reload} {...confirmationFor('beleidstoets')} />
            <BetrokkenenSection
              dossierId={detail.dossier.id}
              betrokkenen={detail.betrokkenen}
              onChanged={reload}
              onOpenDossier={onOpenDossier}
              removal={confirmationFor('rolVerwijderd')}
              addition={confirmationFor('betrokkeneToegevoegd')}
            />
            <RelatiesSection
              dossierId={detail.dossier.id}
              betrokkenen={detail.betrokkenen}
              relaties={detail.relaties}
              onChanged={reload}
              relate={confirmationFor('relatie')}
              merge={confirmationFor('samenvoegen')}
            />
          </>,
        )}
        {page(
          'vragenformulier',
          <>
            <VragenformulierSection
              formulier={vragenformulier.value}
              error={vragenformulier.error}
              onChanged={vragenformulier.replace}
              onDossierChanged={reload}
              bijlagen={bijlagen.value ?? []}
              answers={confirmationFor('antwoorden')}
              selection={confirmationFor('vragenSelectie')}
              progress={confirmationFor('vragenformulier')}
              status={confirmationFor('itemStatus')}
              proposals={confirmationFor('voorgesteldeBetrokkene')}
            />
            {/* A revocation has no aanvraag to complete (art. 4:5 lid 1 Awb): no herstel. */}
            {!ambtshalve && (
              <HerstelSection
                dossier={detail.dossier}
                overgangen={detail.overgangen}
                herstelverzoeken={detail.herstelverzoeken}
                voorstel={detail.buitenBehandelingVoorstel}
                ontbreekt={vragenformulier.value?.volledigheid.ontbreekt ?? []}
                onChanged={reload}
                registration={confirmationFor('herstelverzoek')}
                completion={confirmationFor('aanvulling')}
                decision={confirmationFor('buitenBehandeling')}
              />
            )}
          </>,
        )}
        {page(
          'onderzoek',
          <OnderzoekSection dossierId={detail.dossier.id} betrokkenen={detail.betrokkenen} bijlagen={bijlagen.value ?? []} onDossierChanged={reload} {...confirmationFor('onderzoek')} />,
        )}
        {page(
          'verzoeken',
          <RequestsSection dossierId={detail.dossier.id} betrokkenen={detail.betrokkenen} bijlagen={bijlagen.value ?? []} onDossierChanged={reload} {...confirmationFor('verzoeken')} />,
        )}
        {page(
          'beoordeling',
          <BeoordelingSection
            dossierId={detail.dossier.id}
            gebied={detail.dossier.toepassingsgebied}
            betrokkenen={detail.betrokkenen}
            onDossierChanged={async () => {
              setBeoordelingVersie((versie) => versie + 1);
              await reload();
            }}
            {...confirmationFor('beoordeling')}
          />,
        )}
        {page(
          'besluit',
          <>
            <ZienswijzeSection dossier={detail.dossier} betrokkenen={detail.betrokkenen} version={detail.tijdlijn.length} onDossierChanged={reload} {...confirmationFor('zienswijze')}>
              <VerdereBesluitenUitkomst
                dossierId={detail.dossier.id}
                version={detail.tijdlijn.length}
                onSaved={(message) => void reload().then(() => confirmationFor('zienswijze').onConfirmationChange(message))}
              />
            </ZienswijzeSection>
            {/* Loaded again when the timeline grows: an LBB request or a herstelverzoek moves the further decisions' terms too. */}
            <BesluitenSection version={detail.tijdlijn.length} dossierId={detail.dossier.id} onDossierChanged={reload} {...confirmationFor('besluiten')} />
            <DeadlineSection dossier={detail.dossier} termijn={detail.termijn} gebeurtenissen={detail.termijnGebeurtenissen} onChanged={reload} {...confirmationFor('termijn')} />
            <PhaseSection dossier={detail.dossier} overgangen={detail.overgangen} onChanged={reload} {...confirmationFor('fase')} />
          </>,
        )}
        {page(
          'brieven',
          <BrievenSection
            key={`${beoordelingVersie}|${detail.tijdlijn.length}`}
            dossierId={detail.dossier.id}
            voorgesteldeSoort={briefKeuze}
            onDossierChanged={reload}
            {...confirmationFor('brieven')}
          />,
        )}
        {page(
          'bijlagen',
          <BijlagenSection
            dossierId={detail.dossier.id}
            bijlagen={bijlagen}
            onRemoved={vragenformulier.reload}
            onExported={reload}
            actions={confirmationFor('bijlagen')}
            notes={confirmationFor('bijlageNotitie')}
          />,
        )}
        {page(
          'tijdlijn',
          <>
            <OverdrachtSection
              dossierId={detail.dossier.id}
              status={overdracht.value}
              onChanged={() => {
                void overdracht.reload();
                reload();
              }}
            />
            <TimelineSection tijdlijn={detail.tijdlijn} />
            <AuditSection dossierId={detail.dossier.id} {...confirmationFor('audit')} />
            <RemoveDossierSection dossier={detail.dossier} onRemoved={onRemoved} />
          </>,
        )}
      </>
    );
  }
}

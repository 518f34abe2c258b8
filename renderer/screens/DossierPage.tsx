import { useCallback, useState, type MouseEvent } from 'react';
import { OntvangenSummary, OverdrachtSection, useOverdrachtStatus } from '../components/dossier/OverdrachtSection';
import { bibob, unwrap } from '../bridge';
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
import { Beslisdatum } from '../components/DossierTable';
import { formatCalendarDate, todayIsoDate } from '../format';
import { besluitsoortLabel, closedText, faseLabel, gebiedLabel, isOpenFase } from '../labels';
import { useDossierDetail } from '../hooks/useDossierDetail';
import { useReloadable } from '../hooks/useReloadable';

interface DossierPageProps {
  readonly id: string;
  readonly zaaknummer: string;
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

const contents: readonly { headingId: string; label: string }[] = [
  { headingId: 'dossier-beslistermijn', label: 'Beslistermijn' },
  { headingId: 'dossier-gegevens', label: 'Gegevens' },
  { headingId: 'dossier-beleidstoets', label: 'Bibob-beleid' },
  { headingId: 'dossier-fase', label: 'Fase' },
  { headingId: 'dossier-betrokkenen', label: 'Betrokkenen' },
  { headingId: 'dossier-relaties', label: 'Relaties' },
  { headingId: 'dossier-vragenformulier', label: 'Vragenformulier' },
  { headingId: 'dossier-herstel', label: 'Herstel' },
  { headingId: 'dossier-eigen-onderzoek', label: 'Eigen onderzoek' },
  { headingId: 'dossier-informatieverzoeken', label: 'Informatieverzoeken' },
  { headingId: 'dossier-beoordeling', label: 'Beoordeling' },
  { headingId: 'dossier-zienswijze-besluit', label: 'Zienswijze en besluit' },
  { headingId: 'dossier-besluiten', label: 'Besluiten in dit dossier' },
  { headingId: 'dossier-brieven', label: 'Brieven' },
  { headingId: 'dossier-bijlagen', label: 'Bijlagen' },
  { headingId: 'dossier-tijdlijn', label: 'Tijdlijn' },
  { headingId: 'dossier-audittrail', label: 'Audittrail' },
  { headingId: 'dossier-verwijderen', label: 'Dossier verwijderen' },
];

/** A closed dossier leads with its outcome: the beslistermijn moves down, before the timeline. */
function contentsFor(closed: boolean): readonly { headingId: string; label: string }[] {
  if (!closed) return contents;
  const [beslistermijn, ...rest] = contents;
  const tijdlijn = rest.findIndex((item) => item.headingId === 'dossier-tijdlijn');
  return [...rest.slice(0, tijdlijn), beslistermijn!, ...rest.slice(tijdlijn)];
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

function jumpTo(headingId: string): (event: MouseEvent<HTMLAnchorElement>) => void {
  return (event) => {
    event.preventDefault();
    focusHeading(headingId);
  };
}

/**
 * One dossier: its deadline, details, phase, betrokkenen and their relations, vragenformulier, herstelverzoeken,
 * attachments, timeline and audit trail.
 */
export function DossierPage({ id, zaaknummer, onOpenDossier, onRemoved }: DossierPageProps) {
  const { detail, error, reload } = useDossierDetail(id);
  const loadVragenformulier = useCallback(() => unwrap(bibob.vragenformulier.get({ dossierId: id })), [id]);
  const vragenformulier = useReloadable(loadVragenformulier);
  const loadBijlagen = useCallback(async () => (await unwrap(bibob.bijlagen.list({ dossierId: id }))).bijlagen, [id]);
  const bijlagen = useReloadable(loadBijlagen);
  const overdracht = useOverdrachtStatus(id);
  /** Counts saved changes of the assessment: the letters' list of restricted findings follows it. */
  const [beoordelingVersie, setBeoordelingVersie] = useState(0);
  const [confirmation, setConfirmation] = useState<{ form: Form; message: string } | null>(null);

  const confirmationFor = (form: Form): ConfirmationProps => ({
    confirmation: confirmation?.form === form ? confirmation.message : null,
    onConfirmationChange: (message) =>
      setConfirmation((current) => (message !== null ? { form, message } : current?.form === form ? null : current)),
  });

  const closed = detail !== null && !isOpenFase(detail.dossier.fase);
  const deadline = detail && (
    <DeadlineSection dossier={detail.dossier} termijn={detail.termijn} gebeurtenissen={detail.termijnGebeurtenissen} onChanged={reload} {...confirmationFor('termijn')} />
  );

  return (
    <>
      <ScreenHeading>{`Dossier ${detail?.dossier.zaaknummer ?? zaaknummer}`}</ScreenHeading>
      <ErrorAlert content={error} />
      {detail === null ? (
        error === null && <p className="loading">Het dossier wordt geladen…</p>
      ) : (
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
          <VolgendeStapPanel detail={detail} />
          <nav className="page-contents" aria-label="Op deze pagina">
            <ul className="page-contents__list">
              {contentsFor(closed).map((item) => (
                <li key={item.headingId}>
                  <a href={`#${item.headingId}`} onClick={jumpTo(item.headingId)}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {!closed && deadline}
          {/* The outcome also follows the measure proposed in the beoordeling: the form starts again from the saved value. */}
          <DetailsForm key={detail.dossier.uitkomst ?? ''} dossier={detail.dossier} onSaved={reload} {...confirmationFor('gegevens')} />
          <BeleidstoetsSection dossierId={detail.dossier.id} onDossierChanged={reload} {...confirmationFor('beleidstoets')} />
          <PhaseSection dossier={detail.dossier} overgangen={detail.overgangen} onChanged={reload} {...confirmationFor('fase')} />
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
          <OnderzoekSection dossierId={detail.dossier.id} betrokkenen={detail.betrokkenen} bijlagen={bijlagen.value ?? []} onDossierChanged={reload} {...confirmationFor('onderzoek')} />
          <RequestsSection
            dossierId={detail.dossier.id}
            betrokkenen={detail.betrokkenen}
            bijlagen={bijlagen.value ?? []}
            onDossierChanged={reload}
            {...confirmationFor('verzoeken')}
          />
          <BeoordelingSection
            dossierId={detail.dossier.id}
            gebied={detail.dossier.toepassingsgebied}
            betrokkenen={detail.betrokkenen}
            onDossierChanged={async () => {
              setBeoordelingVersie((versie) => versie + 1);
              await reload();
            }}
            {...confirmationFor('beoordeling')}
          />
          <ZienswijzeSection dossier={detail.dossier} betrokkenen={detail.betrokkenen} version={detail.tijdlijn.length} onDossierChanged={reload} {...confirmationFor('zienswijze')}>
            <VerdereBesluitenUitkomst
              dossierId={detail.dossier.id}
              version={detail.tijdlijn.length}
              onSaved={(message) => void reload().then(() => confirmationFor('zienswijze').onConfirmationChange(message))}
            />
          </ZienswijzeSection>
          {/* Loaded again when the timeline grows: an LBB request or a herstelverzoek moves the further decisions' terms too. */}
          <BesluitenSection version={detail.tijdlijn.length} dossierId={detail.dossier.id} onDossierChanged={reload} {...confirmationFor('besluiten')} />
          <BrievenSection
            key={`${beoordelingVersie}|${detail.tijdlijn.length}`}
            dossierId={detail.dossier.id}
            onDossierChanged={reload}
            {...confirmationFor('brieven')}
          />
          <BijlagenSection
            dossierId={detail.dossier.id}
            bijlagen={bijlagen}
            onRemoved={vragenformulier.reload}
            onExported={reload}
            actions={confirmationFor('bijlagen')}
            notes={confirmationFor('bijlageNotitie')}
          />
          {closed && deadline}
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
        </>
      )}
    </>
  );
}

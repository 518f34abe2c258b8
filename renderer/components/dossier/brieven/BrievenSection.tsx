import { useCallback, useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../../bridge';
import type { BrievenView } from '../../../../src/contract/briefCalls';
import { formatFileSize, formatShortDateTime } from '../../../format';
import { Field } from '../../Field';
import { RadioGroup } from '../../RadioGroup';
import { SelectField } from '../../SelectField';
import { Checkbox } from '../../Checkbox';
import { DisclosureExportForm } from '../../DisclosureExportForm';
import { ErrorAlert } from '../../ErrorAlert';
import { StatusMessage } from '../../StatusMessage';
import { TextareaField } from '../../TextareaField';
import { useReloadable } from '../../../hooks/useReloadable';
import { ActionForm } from '../ActionForm';
import { DossierSection, focusHeading, type ConfirmationProps } from '../DossierSection';
import { categorieGrondslag, type VerstrekkingGrondslag } from '../../../../src/domain/verstrekking';
import { BriefViewer } from './BriefViewer';

export const BRIEVEN_HEADING_ID = 'dossier-brieven';

type Brief = BrievenView['brieven'][number];

interface BrievenSectionProps extends ConfirmationProps {
  readonly dossierId: string;
  readonly onDossierChanged: () => Promise<void>;
  /** The kind of letter a "Volgende stap" asked for: the form chooses it; `keer` counts the asks. */
  readonly voorgesteldeSoort?: { readonly soort: string; readonly keer: number } | null;
}

/**
 * The letters made for this dossier, kept in the vault with their template version, each exported only to a
 * registered recipient; and the form that makes a new one.
 */
export function BrievenSection({ dossierId, onDossierChanged, voorgesteldeSoort = null, confirmation, onConfirmationChange }: BrievenSectionProps) {
  const load = useCallback(() => unwrap(bibob.brieven.list({ dossierId })), [dossierId]);
  const { value: view, error, replace } = useReloadable(load);
  const [exporteren, setExporteren] = useState<Brief | null>(null);
  const [lezen, setLezen] = useState<Brief | null>(null);

  function changed(next: BrievenView, message: string): void {
    replace(next);
    onConfirmationChange(message);
    void onDossierChanged();
  }

  return (
    <DossierSection headingId={BRIEVEN_HEADING_ID} title="Brieven">
      <ErrorAlert content={error} />
      <StatusMessage>{confirmation}</StatusMessage>
      {view === null ? (
        error === null && <p className="loading">De brieven worden geladen…</p>
      ) : (
        <>
          {view.brieven.length === 0 ? (
            <p>Nog geen brieven.</p>
          ) : (
            <ul className="assessment-list">
              {view.brieven.map((brief) => (
                <li key={brief.id}>
                  <p>
                    <strong>{brief.titel}</strong>
                    {` — ${formatShortDateTime(brief.gemaaktOp)} door ${brief.gemaaktDoor}, ${formatFileSize(brief.grootte)}, sjabloon ${brief.sjabloonVersie === 0 ? 'standaard' : `versie ${brief.sjabloonVersie}`}`}
                  </p>
                  {brief.doorbrekingen.length > 0 && (
                    <p className="muted">{`${brief.doorbrekingen.length === 1 ? 'Eén beperkte bevinding' : `${brief.doorbrekingen.length} beperkte bevindingen`} met reden opgenomen: ${brief.doorbrekingen.map((entry) => entry.reden).join('; ')}`}</p>
                  )}
                  {brief.bijlageNaam && <p className="muted">{`Met bijlage: ${brief.bijlageNaam} (een eigen Word-document, geëxporteerd met de brief).`}</p>}
                  <Button appearance="subtle-button" aria-label={`Lezen: ${brief.titel} van ${formatShortDateTime(brief.gemaaktOp)}`} onClick={() => { onConfirmationChange(null); setExporteren(null); setLezen(brief); }}>
                    Lezen
                  </Button>
                  <Button appearance="subtle-button" aria-label={`Exporteren: ${brief.titel} van ${formatShortDateTime(brief.gemaaktOp)}`} onClick={() => { onConfirmationChange(null); setLezen(null); setExporteren(brief); }}>
                    Exporteren
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {lezen && <BriefViewer key={lezen.id} briefId={lezen.id} titel={lezen.titel} onClose={() => { setLezen(null); focusHeading(BRIEVEN_HEADING_ID); }} />}
          {exporteren && (
            <ExportBrief
              brief={exporteren}
              onDone={(exported) => {
                setExporteren(null);
                focusHeading(BRIEVEN_HEADING_ID);
                if (exported !== false) {
                  onConfirmationChange(exported === 'intern' ? `${exporteren.titel} is geëxporteerd (intern, geen verstrekking).` : `${exporteren.titel} is geëxporteerd en staat in het verstrekkingsregister.`);
                  void onDossierChanged();
                }
              }}
              onCancel={() => setExporteren(null)}
            />
          )}
          <NieuweBriefForm
            key={`${view.brieven.length}|${voorgesteldeSoort?.keer ?? 0}`}
            dossierId={dossierId}
            view={view}
            soort={voorgesteldeSoort?.soort ?? null}
            onCreated={(next, titel) => changed(next, `${titel} is gemaakt en bewaard in de kluis.`)}
            onEdit={() => onConfirmationChange(null)}
          />
        </>
      )}
    </DossierSection>
  );
}

const INVOER_VELDEN = ['invoer.termijnTot', 'invoer.zienswijzeTot', 'invoer.nieuweDatum', 'invoer.reden', 'invoer.deelAdvies'] as const;

/**
 * One form for every letter this dossier can have now: the type (with the request, herstelverzoek or invitation it
 * belongs to), what the coordinator adds for it, and for the internal advice the restricted findings to include
 * with a reason. The service refuses a letter that would lack a legal element, with the reason at the field.
 */
function NieuweBriefForm({ dossierId, view, soort, onCreated, onEdit }: { dossierId: string; view: BrievenView; soort: string | null; onCreated: (view: BrievenView, titel: string) => void; onEdit: () => void }) {
  // The kind asked for, when the dossier can have it now; else the first kind.
  const [keuze, setKeuze] = useState(() => String(Math.max(0, view.mogelijk.findIndex((entry) => entry.soort === soort))));
  const [invoer, setInvoer] = useState<Readonly<Record<string, string>>>({});
  const [redenen, setRedenen] = useState<Readonly<Record<string, string>>>({});
  const [opnemen, setOpnemen] = useState<ReadonlySet<string>>(new Set());
  const optie = view.mogelijk[Number(keuze)] ?? view.mogelijk[0];
  if (!optie) return <p className="muted">Voor dit dossier is nu geen brief te maken.</p>;
  const vraagt = (wat: string) => optie.invoer.includes(wat);
  const zet = (veld: string) => (waarde: string) => {
    onEdit();
    setInvoer((current) => ({ ...current, [veld]: waarde }));
  };
  const gevuld = (veld: string) => (vraagt(veld) && (invoer[veld] ?? '').trim() !== '' ? invoer[veld] : undefined);
  return (
    <>
      <h3>Nieuwe brief</h3>
      <p className="prose">Elke brief volgt het sjabloon uit de instellingen en vult zich met de gegevens van dit dossier. Een brief die een wettelijk onderdeel zou missen, wordt niet gemaakt.</p>
      <ActionForm
        fields={INVOER_VELDEN}
        button="Brief maken"
        call={async () => {
          const next = await unwrap(
            bibob.brieven.maak({
              dossierId,
              soort: optie.soort,
              bronId: optie.bronId,
              invoer: { termijnTot: gevuld('termijnTot'), zienswijzeTot: gevuld('zienswijzeTot'), nieuweDatum: gevuld('nieuweDatum'), reden: gevuld('reden'), deelAdvies: gevuld('deelAdvies') },
              doorbrekingen: vraagt('doorbrekingen') ? [...opnemen].map((bevindingId) => ({ bevindingId, reden: redenen[bevindingId] ?? '' })) : [],
            }),
          );
          return { next, titel: next.brieven.at(-1)?.titel ?? optie.label };
        }}
        onDone={({ next, titel }) => onCreated(next, titel)}
      >
        {(submission) => (
          <>
            <SelectField
              label="Soort brief"
              value={String(view.mogelijk.indexOf(optie))}
              onValueChange={(value) => {
                onEdit();
                setKeuze(value);
              }}
              options={view.mogelijk.map((entry, index) => ({ value: String(index), label: `${entry.label}${entry.bronLabel ? ` — ${entry.bronLabel}` : ''}` }))}
            />
            {vraagt('termijnTot') && <Field label="Formulier terug uiterlijk op" type="date" value={invoer.termijnTot ?? ''} onValueChange={zet('termijnTot')} error={submission.fieldErrors['invoer.termijnTot']} />}
            {vraagt('zienswijzeTot') && (
              <Field
                label="Zienswijze te geven tot en met"
                description="De laatste dag van de zienswijzetermijn; standaard twee weken. Leg daarna vast dat de uitnodiging is verstuurd (Zienswijze en besluit)."
                type="date"
                value={invoer.zienswijzeTot ?? ''}
                onValueChange={zet('zienswijzeTot')}
                error={submission.fieldErrors['invoer.zienswijzeTot']}
              />
            )}
            {vraagt('nieuweDatum') && <Field label="Besluit tegemoet te zien uiterlijk op" type="date" value={invoer.nieuweDatum ?? ''} onValueChange={zet('nieuweDatum')} error={submission.fieldErrors['invoer.nieuweDatum']} />}
            {vraagt('reden') && <TextareaField label="Waarom het niet op tijd lukt (optioneel)" rows={2} value={invoer.reden ?? ''} onValueChange={zet('reden')} error={submission.fieldErrors['invoer.reden']} />}
            {vraagt('deelAdvies') && (
              <TextareaField
                label="Het deel van het advies dat de derde betreft"
                description="Alleen wat op deze derde betrekking heeft (art. 28 lid 3 Wet Bibob)."
                rows={4}
                value={invoer.deelAdvies ?? ''}
                onValueChange={zet('deelAdvies')}
                error={submission.fieldErrors['invoer.deelAdvies']}
              />
            )}
            {vraagt('doorbrekingen') && view.beperkteBevindingen.length > 0 && (
              <fieldset className="radio-group">
                <legend className="radio-group__legend">Bevindingen met een gebruiksbeperking (niet in deze brief, tenzij met een vastgelegde reden)</legend>
                {view.beperkteBevindingen.map((bevinding) => (
                  <div key={bevinding.bevindingId} className="override">
                    <Checkbox
                      label={`Toch opnemen: ${bevinding.omschrijving} (${bevinding.beperkingen})`}
                      checked={opnemen.has(bevinding.bevindingId)}
                      onCheckedChange={(checked) => {
                        onEdit();
                        setOpnemen((current) => {
                          const next = new Set(current);
                          if (checked) next.add(bevinding.bevindingId);
                          else next.delete(bevinding.bevindingId);
                          return next;
                        });
                      }}
                    />
                    {opnemen.has(bevinding.bevindingId) && (
                      <TextareaField
                        label={`Reden om op te nemen: ${bevinding.omschrijving}`}
                        description="De reden komt in het auditlog en op de tijdlijn (art. 28 lid 1 Wet Bibob)."
                        rows={2}
                        value={redenen[bevinding.bevindingId] ?? ''}
                        onValueChange={(reden) => { onEdit(); setRedenen((current) => ({ ...current, [bevinding.bevindingId]: reden })); }}
                      />
                    )}
                  </div>
                ))}
              </fieldset>
            )}
          </>
        )}
      </ActionForm>
    </>
  );
}

/** How an export ended: not (cancelled), registered as a disclosure, or internal to the bestuursorgaan. */
type Uitkomst = false | 'verstrekt' | 'intern';

function ExportBrief({ brief, onDone, onCancel }: { brief: Brief; onDone: (exported: Uitkomst) => void; onCancel: () => void }) {
  const headingId = `brief-export-${brief.id}`;
  const [formaat, setFormaat] = useState<'docx' | 'pdf'>('docx');
  const [aanAnder, setAanAnder] = useState(false);
  return (
    <section className="attachment-viewer" aria-labelledby={headingId}>
      <h3 id={headingId}>{`Exporteren: ${brief.titel}`}</h3>
      <RadioGroup
        legend="Bestandsvorm"
        name={`formaat-${brief.id}`}
        options={[
          { value: 'docx', label: 'Word-document (.docx), zoals bewaard' },
          { value: 'pdf', label: 'PDF (alleen in de desktop-app)' },
        ]}
        value={formaat}
        onValueChange={setFormaat}
      />
      {brief.verstrekking.soort === 'geen' && (
        <Checkbox label="Aan een ander dan het bestuursorgaan (bijvoorbeeld het driehoeksoverleg): een verstrekking" checked={aanAnder} onCheckedChange={setAanAnder} />
      )}
      {brief.verstrekking.soort === 'kiezen' || aanAnder ? (
        <DisclosureExportForm
          button="Exporteren"
          alleenArtikel28
          call={(verstrekking) => unwrap(bibob.brieven.export({ briefId: brief.id, verstrekking, formaat }))}
          onDone={(result) => onDone(result.exported ? 'verstrekt' : false)}
          onCancel={onCancel}
        />
      ) : (
        <ActionForm fields={[]} button="Exporteren" call={() => unwrap(bibob.brieven.export({ briefId: brief.id, formaat }))} onDone={(result) => onDone(result.exported ? (brief.verstrekking.soort === 'geen' ? 'intern' : 'verstrekt') : false)} onCancel={onCancel}>
          {() => <p className="prose">{vasteVerstrekking(brief.verstrekking)}</p>}
        </ActionForm>
      )}
    </section>
  );
}

/** What exporting a letter that fixes its own recipient, or is no disclosure, does. */
function vasteVerstrekking(verstrekking: Brief['verstrekking']): string {
  if (verstrekking.soort === 'vast') return `Deze brief gaat naar ${verstrekking.ontvanger} op grond van ${categorieGrondslag(verstrekking.grondslag as VerstrekkingGrondslag)}; de export komt zo in het verstrekkingsregister.`;
  return 'Het interne advies gaat naar het bestuursorgaan dat beslist: dat is geen verstrekking aan een ander. De export wordt in het auditlog vastgelegd, niet in het verstrekkingsregister.';
}

import { useCallback, useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../../bridge';
import type { BrievenView } from '../../../../src/contract/briefCalls';
import { formatCalendarDate, formatFileSize, formatShortDateTime } from '../../../format';
import { Checkbox } from '../../Checkbox';
import { DisclosureExportForm } from '../../DisclosureExportForm';
import { ErrorAlert } from '../../ErrorAlert';
import { StatusMessage } from '../../StatusMessage';
import { TextareaField } from '../../TextareaField';
import { useReloadable } from '../../../hooks/useReloadable';
import { ActionForm } from '../ActionForm';
import { DossierSection, focusHeading, type ConfirmationProps } from '../DossierSection';

export const BRIEVEN_HEADING_ID = 'dossier-brieven';

type Brief = BrievenView['brieven'][number];

interface BrievenSectionProps extends ConfirmationProps {
  readonly dossierId: string;
  /** The registered herstelverzoeken: each can become its letter. */
  readonly herstelverzoeken: readonly { readonly id: string; readonly verzondenOp: string }[];
  readonly onDossierChanged: () => Promise<void>;
}

/**
 * The letters made for this dossier, kept in the vault. For now the internal Bibob advice: built from the assessment,
 * leaving out restricted findings unless the coordinator gives a reason to include one.
 */
export function BrievenSection({ dossierId, herstelverzoeken, onDossierChanged, confirmation, onConfirmationChange }: BrievenSectionProps) {
  const load = useCallback(() => unwrap(bibob.brieven.list({ dossierId })), [dossierId]);
  const { value: view, error, replace } = useReloadable(load);
  const [exporteren, setExporteren] = useState<Brief | null>(null);
  const loadLbb = useCallback(async () => (await unwrap(bibob.verzoeken.list({ dossierId }))).verzoeken.filter((verzoek) => verzoek.geadresseerde === 'lbb' && verzoek.verzondenOp !== null && verzoek.status !== 'ingetrokken'), [dossierId]);
  const { value: lbbVerzoeken } = useReloadable(loadLbb);

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
                    {` — ${formatShortDateTime(brief.gemaaktOp)} door ${brief.gemaaktDoor}, ${formatFileSize(brief.grootte)}`}
                  </p>
                  {brief.doorbrekingen.length > 0 && <p className="muted">{`${brief.doorbrekingen.length === 1 ? 'Eén beperkte bevinding' : `${brief.doorbrekingen.length} beperkte bevindingen`} met reden opgenomen.`}</p>}
                  <Button appearance="subtle-button" aria-label={`Exporteren: ${brief.titel} van ${formatShortDateTime(brief.gemaaktOp)}`} onClick={() => { onConfirmationChange(null); setExporteren(brief); }}>
                    Exporteren
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {exporteren && (
            <ExportBrief
              brief={exporteren}
              onDone={(exported) => {
                setExporteren(null);
                focusHeading(BRIEVEN_HEADING_ID);
                if (exported) {
                  onConfirmationChange(`${exporteren.titel} is geëxporteerd en staat in het verstrekkingsregister.`);
                  void onDossierChanged();
                }
              }}
              onCancel={() => setExporteren(null)}
            />
          )}
          <h3>Brieven aan de aanvrager</h3>
          <p className="prose">Met het briefhoofd uit de instellingen, de datum, het kenmerk en de ondertekening.</p>
          <ul className="cell-list">
            {herstelverzoeken.map((verzoek) => (
              <li key={verzoek.id}>
                <ActionForm
                  fields={[]}
                  button={`Herstelverzoek van ${formatCalendarDate(verzoek.verzondenOp)} als brief maken`}
                  call={() => unwrap(bibob.brieven.herstel({ herstelId: verzoek.id }))}
                  onDone={(next) => changed(next, 'De brief met het herstelverzoek is gemaakt en bewaard in de kluis.')}
                >
                  {() => null}
                </ActionForm>
              </li>
            ))}
            {(lbbVerzoeken ?? []).map((verzoek) => (
              <li key={verzoek.id}>
                <ActionForm
                  fields={[]}
                  button="Mededeling adviesaanvraag (art. 32) als brief maken"
                  call={() => unwrap(bibob.brieven.mededelingAdvies({ verzoekId: verzoek.id }))}
                  onDone={(next) => changed(next, 'De mededeling over de adviesaanvraag is gemaakt en bewaard in de kluis.')}
                >
                  {() => null}
                </ActionForm>
              </li>
            ))}
          </ul>
          {herstelverzoeken.length === 0 && (lbbVerzoeken ?? []).length === 0 && <p className="muted">Er is nog geen herstelverzoek of adviesaanvraag om een brief van te maken.</p>}
          <InternAdviesForm key={view.brieven.length} dossierId={dossierId} view={view} onCreated={(next) => changed(next, 'Het intern Bibob-advies is gemaakt en bewaard in de kluis.')} onEdit={() => onConfirmationChange(null)} />
        </>
      )}
    </DossierSection>
  );
}

function InternAdviesForm({ dossierId, view, onCreated, onEdit }: { dossierId: string; view: BrievenView; onCreated: (view: BrievenView) => void; onEdit: () => void }) {
  const [redenen, setRedenen] = useState<Readonly<Record<string, string>>>({});
  const [opnemen, setOpnemen] = useState<ReadonlySet<string>>(new Set());
  return (
    <>
      <h3>Intern Bibob-advies maken</h3>
      <p className="prose">Het advies aan burgemeester of college volgt uit de beoordeling: betrokkenen, bevindingen, relaties, mate van gevaar, evenredigheid, maatregel en voorschriften.</p>
      <ActionForm
        fields={[]}
        button="Intern advies maken"
        call={() => unwrap(bibob.brieven.internAdvies({ dossierId, doorbrekingen: [...opnemen].map((bevindingId) => ({ bevindingId, reden: redenen[bevindingId] ?? '' })) }))}
        onDone={onCreated}
      >
        {() =>
          view.beperkteBevindingen.length > 0 && (
            <fieldset className="radio-group">
              <legend className="radio-group__legend">Bevindingen met een gebruiksbeperking (standaard weggelaten)</legend>
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
                    <TextareaField label={`Reden om op te nemen: ${bevinding.omschrijving}`} rows={2} value={redenen[bevinding.bevindingId] ?? ''} onValueChange={(reden) => setRedenen((current) => ({ ...current, [bevinding.bevindingId]: reden }))} />
                  )}
                </div>
              ))}
            </fieldset>
          )
        }
      </ActionForm>
    </>
  );
}

function ExportBrief({ brief, onDone, onCancel }: { brief: Brief; onDone: (exported: boolean) => void; onCancel: () => void }) {
  const headingId = `brief-export-${brief.id}`;
  return (
    <section className="attachment-viewer" aria-labelledby={headingId}>
      <h3 id={headingId}>{`Exporteren: ${brief.titel}`}</h3>
      <DisclosureExportForm
        button="Exporteren"
        call={(verstrekking) => unwrap(bibob.brieven.export({ briefId: brief.id, verstrekking }))}
        onDone={(result) => onDone(result.exported)}
        onCancel={onCancel}
      />
    </section>
  );
}

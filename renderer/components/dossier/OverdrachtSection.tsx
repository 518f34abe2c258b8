import { useCallback, useState } from 'react';
import { bibob, unwrap } from '../../bridge';
import type { CallOutput } from '../../../src/contract';
import { useReloadable } from '../../hooks/useReloadable';
import { useSubmission } from '../../hooks/useSubmission';
import { formatDateTime } from '../../format';
import { AuditTable } from '../AuditTable';
import { Field } from '../Field';
import { FormActions, SubmitButton } from '../FormActions';
import { StatusMessage } from '../StatusMessage';
import { SubmissionForm } from '../SubmissionForm';
import { TextareaField } from '../TextareaField';
import { WachtwoordzinEenmalig } from '../overdracht/OverdrachtExport';
import { DossierSection } from './DossierSection';

type Status = CallOutput<'overdracht.status'>;
type Made = CallOutput<'overdracht.exportReactie'>;

/** The summary's line for a received dossier: "Ontvangen: ontvangen van … op …". Nothing for a dossier made here. */
export function OntvangenSummary({ status }: { status: Status | null }) {
  if (!status?.ontvangst) return null;
  const { ontvangst } = status;
  return (
    <>
      <dt>Ontvangen</dt>
      <dd>
        {ontvangst.tekst.replace(/^ontvangen/, 'Ontvangen')}
        {ontvangst.zaaknummerAfzender ? ` (zaaknummer bij de afzender: ${ontvangst.zaaknummerAfzender})` : ''}
      </dd>
    </>
  );
}

export function useOverdrachtStatus(dossierId: string) {
  const load = useCallback(() => unwrap(bibob.overdracht.status({ dossierId })), [dossierId]);
  return useReloadable(load);
}

/**
 * The overdracht of this dossier: the reactienotities (a reviewer writes them here on a received dossier and sends them
 * back in a reactiepakket; the sender reads them in beside his own), and the sender's audit records, read-only.
 */
export function OverdrachtSection({ dossierId, status, onChanged }: { dossierId: string; status: Status | null; onChanged: () => void }) {
  const [tekst, setTekst] = useState('');
  const [afzenderNaam, setAfzenderNaam] = useState('');
  const [made, setMade] = useState<Made | null>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [geschiedenis, setGeschiedenis] = useState<CallOutput<'overdracht.history'>['regels'] | null>(null);
  const note = useSubmission(['tekst']);
  const reply = useSubmission(['afzenderNaam', 'tekst', 'dossierId']);
  const history = useSubmission([]);
  if (status === null) return null;
  const received = status.ontvangst !== null;
  if (!received && status.notities.length === 0) return null;

  function addNote(): void {
    setConfirmation(null);
    void note.run(
      () => unwrap(bibob.overdracht.addNote({ dossierId, tekst })),
      () => {
        setTekst('');
        setConfirmation('Reactienotitie toegevoegd.');
        onChanged();
      },
    );
  }

  function makeReply(): void {
    setConfirmation(null);
    setMade(null);
    void reply.run(
      () => unwrap(bibob.overdracht.exportReactie({ dossierId, afzenderNaam })),
      (result) => {
        if (result.exported) setMade(result);
        else setConfirmation('Er is geen reactiepakket gemaakt: het opslaan is geannuleerd.');
        onChanged();
      },
    );
  }

  return (
    <DossierSection headingId="dossier-overdracht" title="Overdracht en reactienotities">
      {received && <p className="prose">Dit dossier is {status.ontvangst!.tekst}. De auditregels van de afzender zijn apart bewaard en alleen te lezen; de audittrail van deze kluis begint bij het inlezen.</p>}
      {status.notities.length === 0 ? (
        <p className="muted">Nog geen reactienotities.</p>
      ) : (
        <ul className="cell-list">
          {status.notities.map((notitie) => (
            <li key={notitie.id}>
              <p className="prose">{notitie.tekst}</p>
              <p className="muted">
                {notitie.auteur}
                {notitie.organisatie ? ` (${notitie.organisatie})` : ''}, {formatDateTime(notitie.gemaaktOp)}
                {notitie.ontvangenOp ? ` — ontvangen in een reactiepakket op ${formatDateTime(notitie.ontvangenOp)}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
      <StatusMessage>{confirmation}</StatusMessage>
      {made && <WachtwoordzinEenmalig made={made} onHide={() => setMade(null)} />}
      {received && (
        <>
          <SubmissionForm submission={note} onSubmit={addNote} className="form overdracht-form">
            <TextareaField label="Nieuwe reactienotitie" description="Uw bevindingen bij de toetsing; ze gaan in een reactiepakket terug naar de afzender." value={tekst} onValueChange={setTekst} error={note.fieldErrors.tekst} />
            <FormActions>
              <SubmitButton busy={note.busy}>Notitie toevoegen</SubmitButton>
            </FormActions>
          </SubmissionForm>
          <SubmissionForm submission={reply} onSubmit={makeReply} className="form overdracht-form">
            <Field label="Uw naam als afzender van de reactie" value={afzenderNaam} onValueChange={setAfzenderNaam} error={reply.fieldErrors.afzenderNaam} />
            {reply.fieldErrors.tekst && <p className="field__error">{reply.fieldErrors.tekst}</p>}
            <FormActions>
              <SubmitButton busy={reply.busy}>Reactiepakket maken</SubmitButton>
            </FormActions>
          </SubmissionForm>
          {status.geschiedenis > 0 && (
            <SubmissionForm submission={history} onSubmit={() => void history.run(() => unwrap(bibob.overdracht.history({ dossierId })), (result) => setGeschiedenis(result.regels))} className="inline-form">
              <FormActions>
                <SubmitButton busy={history.busy}>{`Auditregels van de afzender tonen (${status.geschiedenis})`}</SubmitButton>
              </FormActions>
            </SubmissionForm>
          )}
          {geschiedenis && <AuditTable caption="Auditregels van de afzender (alleen lezen)" entries={geschiedenis.map((regel) => ({ seq: regel.volgnummer, at: regel.at, actor: regel.actor, action: regel.action, details: regel.details }))} />}
        </>
      )}
    </DossierSection>
  );
}

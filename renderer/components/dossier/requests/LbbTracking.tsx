import { useState } from 'react';
import { bibob, unwrap } from '../../../bridge';
import { countOf, formatCalendarDate } from '../../../format';
import { Field } from '../../Field';
import { SelectField } from '../../SelectField';
import { TextareaField } from '../../TextareaField';
import { ActionForm } from '../ActionForm';
import type { Verzoek, VerzoekenView } from './types';

interface LbbTrackingProps {
  readonly verzoek: Verzoek;
  readonly tracking: NonNullable<Verzoek['lbb']>;
  readonly onChanged: (view: VerzoekenView, message: string) => Promise<void>;
  readonly onEdit: () => void;
}

/**
 * What only an advice request to the LBB tracks: the notice to the betrokkene (art. 32 Wet Bibob), the LBB's own
 * requests for data that suspend its term (art. 15 lid 2), and its one extension of at most four weeks (lid 3).
 */
export function LbbTracking({ verzoek, tracking, onChanged, onEdit }: LbbTrackingProps) {
  const open = verzoek.status === 'verzonden' || verzoek.status === 'verlengd';
  const [informedOn, setInformedOn] = useState('');
  const [omschrijving, setOmschrijving] = useState('');
  const [verzochtOp, setVerzochtOp] = useState('');
  const [gemeldOp, setGemeldOp] = useState('');
  const [weken, setWeken] = useState('4');

  return (
    <div className="lbb-tracking">
      {tracking.mededelingOpen ? (
        <div role="note" className="notice">
          <p className="notice__title">Informeer de betrokkene dat het LBB om advies is gevraagd (art. 32 Wet Bibob)</p>
          <ActionForm
            fields={['op']}
            button="Mededeling vastleggen"
            call={() => unwrap(bibob.verzoeken.lbbBetrokkeneInformed({ verzoekId: verzoek.id, op: informedOn }))}
            onDone={(view) => void onChanged(view, 'De mededeling aan de betrokkene is vastgelegd (art. 32 Wet Bibob).')}
          >
            {(submission) => (
              <Field type="date" className="textbox--date" label="Betrokkene geïnformeerd op" value={informedOn} onValueChange={(value) => { setInformedOn(value); onEdit(); }} error={submission.fieldErrors.op} />
            )}
          </ActionForm>
        </div>
      ) : (
        tracking.betrokkeneGeinformeerdOp && <p>{`Betrokkene geïnformeerd op ${formatCalendarDate(tracking.betrokkeneGeinformeerdOp)} (art. 32 Wet Bibob).`}</p>
      )}

      <h4>Verzoeken van het LBB om gegevens</h4>
      {tracking.gegevensverzoeken.length === 0 ? (
        <p className="muted">Geen.</p>
      ) : (
        <ul className="cell-list">
          {tracking.gegevensverzoeken.map((request) => (
            <li key={request.id}>
              {`${formatCalendarDate(request.verzochtOp)}: ${request.omschrijving} — `}
              {request.ontvangenOp ? `ontvangen op ${formatCalendarDate(request.ontvangenOp)}` : <DataReceivedForm gegevensverzoekId={request.id} omschrijving={request.omschrijving} onChanged={onChanged} onEdit={onEdit} />}
            </li>
          ))}
        </ul>
      )}
      {tracking.wachtdagen > 0 && <p>{`Het LBB wacht of wachtte ${countOf(tracking.wachtdagen, 'dag', 'dagen')} op gegevens; zo lang is zijn adviestermijn opgeschort (art. 15 lid 2 Wet Bibob).`}</p>}
      {open && (
        <ActionForm
          fields={['omschrijving', 'verzochtOp']}
          button="Verzoek van het LBB vastleggen"
          call={() => unwrap(bibob.verzoeken.lbbDataRequest({ verzoekId: verzoek.id, omschrijving, verzochtOp }))}
          onDone={(view) => {
            setOmschrijving('');
            setVerzochtOp('');
            void onChanged(view, 'Het verzoek van het LBB om gegevens is vastgelegd; zijn adviestermijn is opgeschort (art. 15 lid 2).');
          }}
        >
          {(submission) => (
            <>
              <TextareaField label="Wat vraagt het LBB?" rows={2} value={omschrijving} onValueChange={(value) => { setOmschrijving(value); onEdit(); }} error={submission.fieldErrors.omschrijving} />
              <Field type="date" className="textbox--date" label="Gevraagd op" value={verzochtOp} onValueChange={setVerzochtOp} error={submission.fieldErrors.verzochtOp} />
            </>
          )}
        </ActionForm>
      )}

      <h4>Verlenging door het LBB</h4>
      {tracking.verlenging ? (
        <p>{`Gemeld op ${formatCalendarDate(tracking.verlenging.gemeldOp)}: ${countOf(tracking.verlenging.weken, 'week', 'weken')} langer (art. 15 lid 3 Wet Bibob).`}</p>
      ) : open ? (
        <ActionForm
          fields={['gemeldOp', 'weken']}
          button="Verlenging vastleggen"
          call={() => unwrap(bibob.verzoeken.lbbExtension({ verzoekId: verzoek.id, gemeldOp, weken: Number(weken) }))}
          onDone={(view) => void onChanged(view, 'De verlenging door het LBB is vastgelegd.')}
        >
          {(submission) => (
            <>
              <Field type="date" className="textbox--date" label="Gemeld op" value={gemeldOp} onValueChange={(value) => { setGemeldOp(value); onEdit(); }} error={submission.fieldErrors.gemeldOp} />
              <SelectField label="Verlenging" value={weken} onValueChange={setWeken} options={['1', '2', '3', '4'].map((value) => ({ value, label: countOf(Number(value), 'week', 'weken') }))} error={submission.fieldErrors.weken} />
            </>
          )}
        </ActionForm>
      ) : (
        <p className="muted">Geen.</p>
      )}
    </div>
  );
}

interface DataReceivedFormProps {
  readonly gegevensverzoekId: string;
  readonly omschrijving: string;
  readonly onChanged: (view: VerzoekenView, message: string) => Promise<void>;
  readonly onEdit: () => void;
}

function DataReceivedForm({ gegevensverzoekId, omschrijving, onChanged, onEdit }: DataReceivedFormProps) {
  const [ontvangenOp, setOntvangenOp] = useState('');
  return (
    <ActionForm
      fields={['ontvangenOp']}
      button="Gegevens ontvangen"
      label={`Gegevens ontvangen: ${omschrijving}`}
      call={() => unwrap(bibob.verzoeken.lbbDataReceived({ gegevensverzoekId, ontvangenOp }))}
      onDone={(view) => void onChanged(view, 'Vastgelegd dat het LBB de gegevens heeft ontvangen.')}
    >
      {(submission) => <Field type="date" className="textbox--date" label={`Ontvangen door het LBB op (${omschrijving})`} value={ontvangenOp} onValueChange={(value) => { setOntvangenOp(value); onEdit(); }} error={submission.fieldErrors.ontvangenOp} />}
    </ActionForm>
  );
}

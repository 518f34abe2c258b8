import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../../bridge';
import { bronIds, onderzoeksBronnen, type BronId } from '../../../../src/domain/eigenOnderzoek';
import { formatCalendarDate } from '../../../format';
import { Field } from '../../Field';
import { SelectField } from '../../SelectField';
import { TextareaField } from '../../TextareaField';
import { ActionForm } from '../ActionForm';
import type { OnderzoekPartProps, OnderzoekView } from './types';
import { DataTable } from '../../DataTable';
import { WithdrawForm } from '../WithdrawForm';

/** Open-source research per betrokkene (art. 7b Wet Bibob), each finding with its source and the day it was consulted. */
export function ResearchNotes({ dossierId, view, betrokkenen, onChanged, onEdit }: OnderzoekPartProps) {
  const [gekozenBetrokkene, setBetrokkeneId] = useState('');
  const betrokkeneId = gekozenBetrokkene || (betrokkenen[0]?.betrokkene.id ?? '');
  const [bron, setBron] = useState<BronId>('kvk');
  const [geraadpleegdOp, setGeraadpleegdOp] = useState('');
  const [bevinding, setBevinding] = useState('');
  const [kenmerk, setKenmerk] = useState('');
  const [corrigeren, setCorrigeren] = useState<string | null>(null);
  const teCorrigeren = view.notities.find((notitie) => notitie.id === corrigeren) ?? null;

  return (
    <>
      <h3>Onderzoeksnotities</h3>
      {view.notities.length === 0 ? (
        <p>Nog geen notities. Leg per betrokkene vast welke bronnen u raadpleegde, ook als ze niets opleverden.</p>
      ) : (
        <div className="table-form">
          <DataTable caption="Onderzoeksnotities" columns={['Betrokkene', 'Bron', 'Geraadpleegd', 'Bevinding', 'Acties']}>
            {view.notities.map((notitie) => (
              <tr key={notitie.id}>
                <th scope="row">{notitie.betrokkeneNaam}</th>
                <td>
                  {notitie.bronLabel}
                  {notitie.kenmerk && <span className="cell-note">{notitie.kenmerk}</span>}
                </td>
                <td className="nowrap">{formatCalendarDate(notitie.geraadpleegdOp)}</td>
                <td className="prose">{notitie.bevinding}</td>
                <td>
                  <Button
                    appearance="subtle-button"
                    aria-label={`Notitie corrigeren of intrekken: ${notitie.bronLabel} over ${notitie.betrokkeneNaam}`}
                    onClick={() => {
                      onEdit();
                      setCorrigeren(notitie.id);
                    }}
                  >
                    Corrigeren of intrekken
                  </Button>
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
      {teCorrigeren && (
        <CorrectNote
          key={teCorrigeren.id}
          notitie={teCorrigeren}
          betrokkenen={betrokkenen}
          onDone={(next, message) => {
            setCorrigeren(null);
            onChanged(next, message);
          }}
          onCancel={() => setCorrigeren(null)}
        />
      )}
      <ActionForm
        fields={['betrokkeneId', 'bron', 'geraadpleegdOp', 'bevinding', 'kenmerk']}
        button="Notitie vastleggen"
        call={() => unwrap(bibob.onderzoek.addNote({ dossierId, betrokkeneId, bron, geraadpleegdOp, bevinding, ...(kenmerk.trim() ? { kenmerk } : {}) }))}
        onDone={(next) => {
          setBevinding('');
          setKenmerk('');
          onChanged(next, 'De notitie is vastgelegd.');
        }}
      >
        {(submission) => (
          <>
            <SelectField
              label="Betrokkene"
              value={betrokkeneId}
              onValueChange={(value) => {
                setBetrokkeneId(value);
                onEdit();
              }}
              options={betrokkenen.map(({ betrokkene }) => ({ value: betrokkene.id, label: betrokkene.naam }))}
              error={submission.fieldErrors.betrokkeneId}
            />
            <SelectField
              label="Bron"
              description={`${onderzoeksBronnen[bron].toelichting} (${onderzoeksBronnen[bron].legalBasis})`}
              value={bron}
              onValueChange={(value) => setBron(value as BronId)}
              options={bronIds.map((id) => ({ value: id, label: onderzoeksBronnen[id].label }))}
              error={submission.fieldErrors.bron}
            />
            <Field type="date" className="textbox--date" label="Geraadpleegd op" value={geraadpleegdOp} onValueChange={setGeraadpleegdOp} error={submission.fieldErrors.geraadpleegdOp} />
            <TextareaField label="Bevinding" rows={3} value={bevinding} onValueChange={setBevinding} error={submission.fieldErrors.bevinding} />
            <Field label={onderzoeksBronnen[bron].kenmerkVerplicht ? 'Kenmerk (welke bron)' : 'Kenmerk (optioneel)'} value={kenmerk} onValueChange={setKenmerk} error={submission.fieldErrors.kenmerk} />
          </>
        )}
      </ActionForm>
    </>
  );
}

type Notitie = OnderzoekView['notities'][number];

interface CorrectNoteProps {
  readonly notitie: Notitie;
  readonly betrokkenen: OnderzoekPartProps['betrokkenen'];
  readonly onDone: (view: OnderzoekView, message: string) => void;
  readonly onCancel: () => void;
}

/** Issue 18 §2: one note corrected (prefilled, with a required reason) or withdrawn with a reason; both stay in the audit trail. */
function CorrectNote({ notitie, betrokkenen, onDone, onCancel }: CorrectNoteProps) {
  const [betrokkeneId, setBetrokkeneId] = useState(notitie.betrokkeneId);
  const [bron, setBron] = useState<BronId>(notitie.bron);
  const [geraadpleegdOp, setGeraadpleegdOp] = useState(notitie.geraadpleegdOp);
  const [bevinding, setBevinding] = useState(notitie.bevinding);
  const [kenmerk, setKenmerk] = useState(notitie.kenmerk ?? '');
  const [reden, setReden] = useState('');
  const what = `de notitie over ${notitie.betrokkeneNaam} (${notitie.bronLabel}, ${formatCalendarDate(notitie.geraadpleegdOp)})`;
  return (
    <div className="request-action" role="group" aria-label={`Notitie corrigeren: ${notitie.bronLabel} over ${notitie.betrokkeneNaam}`}>
      <h4>{`Notitie corrigeren: ${notitie.bronLabel} over ${notitie.betrokkeneNaam}`}</h4>
      <ActionForm
        fields={['betrokkeneId', 'bron', 'geraadpleegdOp', 'bevinding', 'kenmerk', 'reden']}
        button="Correctie vastleggen"
        call={() => unwrap(bibob.onderzoek.correctNote({ notitieId: notitie.id, betrokkeneId, bron, geraadpleegdOp, bevinding, ...(kenmerk.trim() ? { kenmerk } : {}), reden }))}
        onDone={(next) => onDone(next, 'De notitie is gecorrigeerd.')}
        onCancel={onCancel}
      >
        {(submission) => (
          <>
            <SelectField
              label="Betrokkene"
              value={betrokkeneId}
              onValueChange={setBetrokkeneId}
              options={betrokkenen.map(({ betrokkene }) => ({ value: betrokkene.id, label: betrokkene.naam }))}
              error={submission.fieldErrors.betrokkeneId}
            />
            <SelectField label="Bron" value={bron} onValueChange={(value) => setBron(value as BronId)} options={bronIds.map((id) => ({ value: id, label: onderzoeksBronnen[id].label }))} error={submission.fieldErrors.bron} />
            <Field type="date" className="textbox--date" label="Geraadpleegd op" value={geraadpleegdOp} onValueChange={setGeraadpleegdOp} error={submission.fieldErrors.geraadpleegdOp} />
            <TextareaField label="Bevinding" rows={3} value={bevinding} onValueChange={setBevinding} error={submission.fieldErrors.bevinding} />
            <Field label="Kenmerk" value={kenmerk} onValueChange={setKenmerk} error={submission.fieldErrors.kenmerk} />
            <TextareaField label="Reden van de correctie" rows={2} value={reden} onValueChange={setReden} error={submission.fieldErrors.reden} />
          </>
        )}
      </ActionForm>
      <WithdrawForm
        button="Notitie intrekken"
        what={what}
        consequence="Zij telt daarna niet meer mee in het formulier bevindingen."
        withdraw={(redenIntrekken) => unwrap(bibob.onderzoek.withdrawNote({ notitieId: notitie.id, reden: redenIntrekken }))}
        onWithdrawn={(next) => onDone(next, 'De notitie is ingetrokken.')}
      />
    </div>
  );
}

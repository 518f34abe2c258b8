import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../../bridge';
import { bronIds, onderzoeksBronnen, type BronId } from '../../../../src/domain/eigenOnderzoek';
import { formatCalendarDate } from '../../../format';
import { Field } from '../../Field';
import { SelectField } from '../../SelectField';
import { SubmissionForm } from '../../SubmissionForm';
import { TextareaField } from '../../TextareaField';
import { useSubmission } from '../../../hooks/useSubmission';
import { ActionForm } from '../ActionForm';
import type { OnderzoekPartProps, OnderzoekView } from './types';
import { DataTable } from '../../DataTable';

/** Open-source research per betrokkene (art. 7b Wet Bibob), each finding with its source and the day it was consulted. */
export function ResearchNotes({ dossierId, view, betrokkenen, onChanged, onEdit }: OnderzoekPartProps) {
  const [gekozenBetrokkene, setBetrokkeneId] = useState('');
  const betrokkeneId = gekozenBetrokkene || (betrokkenen[0]?.betrokkene.id ?? '');
  const [bron, setBron] = useState<BronId>('kvk');
  const [geraadpleegdOp, setGeraadpleegdOp] = useState('');
  const [bevinding, setBevinding] = useState('');
  const [kenmerk, setKenmerk] = useState('');
  const removal = useSubmission([]);

  return (
    <>
      <h3>Onderzoeksnotities</h3>
      {view.notities.length === 0 ? (
        <p>Nog geen notities. Leg per betrokkene vast welke bronnen u raadpleegde, ook als ze niets opleverden.</p>
      ) : (
        <SubmissionForm submission={removal} onSubmit={() => undefined} className="table-form">
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
                    aria-label={`Notitie verwijderen: ${notitie.bronLabel} over ${notitie.betrokkeneNaam}`}
                    onClick={() => {
                      onEdit();
                      void removal.run(() => unwrap(bibob.onderzoek.deleteNote({ notitieId: notitie.id })), (next: OnderzoekView) => onChanged(next, 'De notitie is verwijderd.'));
                    }}
                  >
                    Verwijderen
                  </Button>
                </td>
              </tr>
            ))}
          </DataTable>
        </SubmissionForm>
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

import { useState } from 'react';
import { gevaarMaten, MAX_SCHORSING_WEKEN, metVoorschriften, type Beoordeling, type GevaarMate, type Maatregel, type ProposedMeasure } from '../../../../src/domain/beoordeling';
import { formatCalendarDate } from '../../../format';
import { outcomeLabel } from '../../../../src/domain/workflow';
import type { Toepassingsgebied } from '../../../../src/domain/toepassingsgebied';
import { bibob, unwrap } from '../../../bridge';
import { capitalize } from '../../../labels';
import { Checkbox } from '../../Checkbox';
import { Field } from '../../Field';
import { SelectField } from '../../SelectField';
import { TextareaField } from '../../TextareaField';
import { ActionForm } from '../ActionForm';
import type { AssessmentPartProps } from './types';

/** The proposed measure; another measure than "verlenen met voorschriften" drops the voorschriften. */
export function Measure({ view, gebied, save, onSaved, onEdit }: AssessmentPartProps & { readonly gebied: Toepassingsgebied }) {
  const [maatregel, setMaatregel] = useState<Maatregel | ''>(view.voorgesteldeMaatregel ?? '');
  const [weken, setWeken] = useState(view.beoordeling.schorsingWeken === undefined ? '' : String(view.beoordeling.schorsingWeken));
  const chosen: ProposedMeasure = maatregel === '' ? null : maatregel;
  const schorsing = (current: Beoordeling): Beoordeling => {
    const { schorsingWeken: _vorige, ...rest } = current;
    return chosen === 'schorsen' && weken.trim() !== '' ? { ...rest, schorsingWeken: Number(weken) } : rest;
  };
  return (
    <>
      <h3>Voorgestelde maatregel</h3>
      <ActionForm
        fields={['schorsingWeken']}
        button="Maatregel voorstellen"
        call={save((current) => schorsing(metVoorschriften(chosen) ? current : { ...current, voorschriften: [] }), 'De maatregel is voorgesteld.', chosen)}
        onDone={(next) => onSaved(next, 'De voorgestelde maatregel is opgeslagen.')}
      >
        {(submission) => (
          <>
            <SelectField
              label="Maatregel"
              description={view.beoordeling.voorschriften.length > 0 ? 'Bij een andere maatregel dan verlenen met voorschriften vervallen de gekozen voorschriften.' : undefined}
              value={maatregel}
              onValueChange={(value) => { setMaatregel(value as Maatregel | ''); onEdit(); }}
              options={[{ value: '', label: 'Nog geen' }, ...view.maatregelen.map((id) => ({ value: id, label: capitalize(outcomeLabel(id, gebied)) }))]}
            />
            {maatregel === 'schorsen' && (
              <Field
                type="number"
                label="Duur van de schorsing in weken"
                description={`Ten hoogste ${MAX_SCHORSING_WEKEN} weken (art. 32 lid 1 Alcoholwet).`}
                value={weken}
                onValueChange={(value) => { setWeken(value); onEdit(); }}
                error={submission.fieldErrors.schorsingWeken}
              />
            )}
          </>
        )}
      </ActionForm>
    </>
  );
}

/** The melding to the LBB (art. 7a lid 7 and 8) and the suspicion of a withdrawal because of the investigation. */
export function MeldingLbb({ dossierId, view, onSaved, onEdit }: Pick<AssessmentPartProps, 'view' | 'onSaved' | 'onEdit'> & { readonly dossierId: string }) {
  const [gemeldOp, setGemeldOp] = useState('');
  const [kenmerk, setKenmerk] = useState('');
  const [vermoed, setVermoed] = useState(view.terugtrekking.vermoed);
  const [toelichting, setToelichting] = useState(view.terugtrekking.toelichting);
  return (
    <>
      <h3>Melding aan het LBB</h3>
      {view.melding.vereist ? (
        <div role="note" className="notice">
          <p className="notice__title">{`Melding aan het LBB vereist (${view.melding.grondslag ?? 'art. 7a Wet Bibob'})`}</p>
          <p>Het dossier kan niet worden afgesloten voordat de melding is vastgelegd.</p>
          <ActionForm
            fields={['gemeldOp', 'kenmerk']}
            button="Melding vastleggen"
            call={() => unwrap(bibob.beoordeling.recordMelding({ dossierId, gemeldOp, ...(kenmerk.trim() ? { kenmerk } : {}) }))}
            onDone={(next) => onSaved(next, 'De melding aan het LBB is vastgelegd.')}
          >
            {(submission) => (
              <>
                <Field type="date" className="textbox--date" label="Gemeld op" value={gemeldOp} onValueChange={(value) => { setGemeldOp(value); onEdit(); }} error={submission.fieldErrors.gemeldOp} />
                <Field label="Kenmerk van de melding (optioneel)" value={kenmerk} onValueChange={setKenmerk} error={submission.fieldErrors.kenmerk} />
              </>
            )}
          </ActionForm>
        </div>
      ) : (
        <p>{view.melding.meldingen.length === 0 ? 'Er is geen melding nodig.' : 'De vereiste melding is gedaan.'}</p>
      )}
      {view.melding.meldingen.length > 0 && (
        <ul className="cell-list">
          {view.melding.meldingen.map((melding) => (
            <li key={melding.id}>
              {`${formatCalendarDate(melding.gemeldOp)}: ${melding.grondslag}${melding.conclusie && melding.conclusie in gevaarMaten ? ` (conclusie: ${gevaarMaten[melding.conclusie as GevaarMate]})` : ''}${melding.kenmerk ? `, kenmerk ${melding.kenmerk}` : ''}`}
            </li>
          ))}
        </ul>
      )}
      <ActionForm
        fields={['toelichting']}
        button="Vermoeden opslaan"
        call={() => unwrap(bibob.beoordeling.setTerugtrekking({ dossierId, vermoed, toelichting }))}
        onDone={(next) => onSaved(next, 'Het vermoeden van terugtrekking is opgeslagen.')}
      >
        {(submission) => (
          <>
            <Checkbox label="Redelijk vermoeden dat de betrokkene zich terugtrekt vanwege het Bibob-onderzoek (art. 7a lid 8)" checked={vermoed} onCheckedChange={(value) => { setVermoed(value); onEdit(); }} />
            {vermoed && <TextareaField label="Waarop berust het vermoeden?" rows={2} value={toelichting} onValueChange={setToelichting} error={submission.fieldErrors.toelichting} />}
          </>
        )}
      </ActionForm>
    </>
  );
}

import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../../bridge';
import { aanleidingenArt28m, gegevensHerkomsten, type AanleidingArt28m, type GegevensHerkomst } from '../../../../src/domain/eigenOnderzoek';
import { formatCalendarDate } from '../../../format';
import { Checkbox } from '../../Checkbox';
import { Field } from '../../Field';
import { SelectField } from '../../SelectField';
import { SubmissionForm } from '../../SubmissionForm';
import { TextareaField } from '../../TextareaField';
import { useSubmission } from '../../../hooks/useSubmission';
import { ActionForm } from '../ActionForm';
import type { OnderzoekPartProps, OnderzoekView } from './types';

const aanleidingLabels: Readonly<Record<AanleidingArt28m, string>> = {
  'art-11a': 'Bibob-register: bericht van het LBB (art. 11a)',
  'art-26': 'Bericht op grond van art. 26',
  riec: 'Via het RIEC (art. 28 lid 2 onder d)',
};

const herkomstLabels: Readonly<Record<GegevensHerkomst, string>> = {
  'eigen-onderzoek': 'Uit eigen onderzoek van dat bestuursorgaan',
  'advies-lbb': 'Uit een advies van het LBB',
  anders: 'Uit een andere bron',
};

/**
 * Data another bestuursorgaan provided about the same person (art. 28 lid 2 sub m Wet Bibob): only when all four
 * conditions hold and the data were obtained no more than five years before they were provided.
 */
export function OtherBodyData({ dossierId, view, betrokkenen, onChanged, onEdit }: OnderzoekPartProps) {
  const [gekozenBetrokkene, setBetrokkeneId] = useState('');
  const betrokkeneId = gekozenBetrokkene || (betrokkenen[0]?.betrokkene.id ?? '');
  const [orgaan, setOrgaan] = useState('');
  const [omschrijving, setOmschrijving] = useState('');
  const [aanleiding, setAanleiding] = useState<AanleidingArt28m | ''>('art-11a');
  const [herkomst, setHerkomst] = useState<GegevensHerkomst>('eigen-onderzoek');
  const [verkregenOp, setVerkregenOp] = useState('');
  const [verstrektOp, setVerstrektOp] = useState('');
  const [zelfdePersoon, setZelfdePersoon] = useState(false);
  const [zelfVerkrijgbaar, setZelfVerkrijgbaar] = useState(false);
  const [noodzakelijk, setNoodzakelijk] = useState(false);
  const removal = useSubmission([]);

  return (
    <>
      <h3>Gegevens van een ander bestuursorgaan</h3>
      {view.anderBestuursorgaan.length === 0 ? (
        <p>Geen.</p>
      ) : (
        <SubmissionForm submission={removal} onSubmit={() => undefined} className="table-form">
          <ul className="cell-list">
            {view.anderBestuursorgaan.map((gegevens) => (
              <li key={gegevens.id}>
                {`${gegevens.verstrekkendOrgaan} over ${gegevens.betrokkeneNaam} (verkregen ${formatCalendarDate(gegevens.verkregenOp)}, verstrekt ${formatCalendarDate(gegevens.verstrektOp)}): ${gegevens.omschrijving} `}
                <Button
                  appearance="subtle-button"
                  aria-label={`Verwijderen: gegevens van ${gegevens.verstrekkendOrgaan}`}
                  onClick={() => {
                    onEdit();
                    void removal.run(() => unwrap(bibob.onderzoek.deleteAnderBestuursorgaan({ gegevensId: gegevens.id })), (next: OnderzoekView) => onChanged(next, 'De gegevens zijn verwijderd.'));
                  }}
                >
                  Verwijderen
                </Button>
              </li>
            ))}
          </ul>
        </SubmissionForm>
      )}
      <ActionForm
        fields={['betrokkeneId', 'verstrekkendOrgaan', 'omschrijving', 'aanleiding', 'herkomst', 'verkregenOp', 'verstrektOp', 'zelfdePersoon', 'zelfVerkrijgbaar', 'noodzakelijk']}
        button="Gegevens vastleggen"
        call={() =>
          unwrap(
            bibob.onderzoek.addAnderBestuursorgaan({
              dossierId,
              betrokkeneId,
              verstrekkendOrgaan: orgaan,
              omschrijving,
              aanleiding: aanleiding === '' ? null : aanleiding,
              zelfdePersoon,
              herkomst,
              verkregenOp,
              verstrektOp,
              zelfVerkrijgbaar,
              noodzakelijk,
            }),
          )
        }
        onDone={(next) => {
          setOmschrijving('');
          onChanged(next, 'De gegevens van het andere bestuursorgaan zijn vastgelegd.');
        }}
      >
        {(submission) => (
          <>
            <SelectField label="Over" value={betrokkeneId} onValueChange={setBetrokkeneId} options={betrokkenen.map(({ betrokkene }) => ({ value: betrokkene.id, label: betrokkene.naam }))} error={submission.fieldErrors.betrokkeneId} />
            <Field label="Verstrekkend bestuursorgaan" value={orgaan} onValueChange={(value) => { setOrgaan(value); onEdit(); }} error={submission.fieldErrors.verstrekkendOrgaan} />
            <TextareaField label="Wat de gegevens inhouden" rows={3} value={omschrijving} onValueChange={setOmschrijving} error={submission.fieldErrors.omschrijving} />
            <SelectField
              label="Waaruit blijkt dat dat bestuursorgaan dezelfde persoon onderzocht"
              value={aanleiding}
              onValueChange={(value) => setAanleiding(value as AanleidingArt28m | '')}
              options={[...aanleidingenArt28m.map((id) => ({ value: id, label: aanleidingLabels[id] })), { value: '', label: 'Blijkt nergens uit' }]}
              error={submission.fieldErrors.aanleiding}
            />
            <SelectField label="Herkomst van de gegevens" value={herkomst} onValueChange={(value) => setHerkomst(value as GegevensHerkomst)} options={gegevensHerkomsten.map((id) => ({ value: id, label: herkomstLabels[id] }))} error={submission.fieldErrors.herkomst} />
            <Field type="date" className="textbox--date" label="Door dat bestuursorgaan verkregen op" value={verkregenOp} onValueChange={setVerkregenOp} error={submission.fieldErrors.verkregenOp} />
            <Field type="date" className="textbox--date" label="Aan ons verstrekt op" value={verstrektOp} onValueChange={setVerstrektOp} error={submission.fieldErrors.verstrektOp} />
            <Checkbox label="De gegevens gaan over dezelfde persoon als in dit onderzoek" checked={zelfdePersoon} onCheckedChange={setZelfdePersoon} />
            <Checkbox label="Wij hadden deze gegevens ook zelf kunnen verkrijgen (eigen onderzoek of LBB-advies)" checked={zelfVerkrijgbaar} onCheckedChange={setZelfVerkrijgbaar} />
            <Checkbox label="De gegevens zijn nodig voor dit eigen onderzoek" checked={noodzakelijk} onCheckedChange={setNoodzakelijk} />
          </>
        )}
      </ActionForm>
    </>
  );
}

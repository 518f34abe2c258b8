import { useState } from 'react';
import { bevindingSoortIds, bevindingSoorten, ernstIds, ernstNiveaus, type BevindingSoort, type Ernst } from '../../../../src/domain/beoordeling';
import { gebruiksbeperkingen, gebruiksbeperkingLabels, type Gebruiksbeperking } from '../../../../src/domain/gebruiksbeperkingen';
import { formatCalendarDate } from '../../../format';
import { CheckboxSet } from '../../CheckboxSet';
import { Field } from '../../Field';
import { SelectField } from '../../SelectField';
import { TextareaField } from '../../TextareaField';
import { ActionForm } from '../ActionForm';
import { RestrictionMark } from '../RestrictionMark';
import { newFindingId, type AssessmentPartProps } from './types';

/** The findings per betrokkene, each with its kind (art. 3a, art. 4), source, date, seriousness and use restrictions. */
export function Findings({ view, betrokkenen, save, onSaved, onEdit }: AssessmentPartProps) {
  const [gekozenBetrokkene, setBetrokkeneId] = useState('');
  const betrokkeneId = gekozenBetrokkene || (betrokkenen[0]?.betrokkene.id ?? '');
  const [soort, setSoort] = useState<BevindingSoort>('veroordeling');
  const [omschrijving, setOmschrijving] = useState('');
  const [bron, setBron] = useState('');
  const [datum, setDatum] = useState('');
  const [ernst, setErnst] = useState<Ernst>('aanzienlijk');
  const [beperkingen, setBeperkingen] = useState<ReadonlySet<Gebruiksbeperking>>(new Set());
  const naam = (id: string) => betrokkenen.find((entry) => entry.betrokkene.id === id)?.betrokkene.naam ?? 'onbekende betrokkene';
  const bevindingen = view.beoordeling.bevindingen;

  return (
    <>
      <h3>Bevindingen</h3>
      {bevindingen.length === 0 ? (
        <p>Nog geen bevindingen.</p>
      ) : (
        <ul className="assessment-list">
          {bevindingen.map((bevinding) => (
            <li key={bevinding.id}>
              <p>
                <strong>{`${bevindingSoorten[bevinding.soort].label} — ${naam(bevinding.betrokkeneId)}`}</strong>{' '}
                <span className="muted">{`(${formatCalendarDate(bevinding.datum)}, ${bevinding.bron}, ernst: ${ernstNiveaus[bevinding.ernst].label.toLowerCase()})`}</span>{' '}
                <RestrictionMark beperkingen={bevinding.beperkingen ?? []} />
              </p>
              <p className="prose">{bevinding.omschrijving}</p>
              {!bevindingSoorten[bevinding.soort].usableForDegree && <p className="muted">Telt niet mee voor de mate van gevaar (art. 3a lid 3 Wet Bibob).</p>}
              <ActionForm
                fields={[]}
                button="Bevinding verwijderen"
                label={`Bevinding verwijderen: ${bevinding.omschrijving}`}
                call={save((current) => ({ ...current, bevindingen: current.bevindingen.filter((entry) => entry.id !== bevinding.id) }), 'De bevinding is verwijderd.')}
                onDone={(next) => onSaved(next, 'De bevinding is verwijderd.')}
              >
                {() => null}
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
      <ActionForm
        fields={[]}
        button="Bevinding toevoegen"
        call={save(
          (current) => ({
            ...current,
            bevindingen: [
              ...current.bevindingen,
              { id: newFindingId(current.bevindingen), betrokkeneId, soort, omschrijving, bron, datum, ernst, ...(beperkingen.size > 0 ? { beperkingen: [...beperkingen] } : {}) },
            ],
          }),
          'De bevinding is toegevoegd.',
        )}
        onDone={(next) => {
          setOmschrijving('');
          setBron('');
          setDatum('');
          setBeperkingen(new Set());
          onSaved(next, 'De bevinding is toegevoegd.');
        }}
      >
        {() => (
          <>
            <SelectField label="Over" value={betrokkeneId} onValueChange={(value) => { setBetrokkeneId(value); onEdit(); }} options={betrokkenen.map(({ betrokkene }) => ({ value: betrokkene.id, label: betrokkene.naam }))} />
            <SelectField
              label="Soort bevinding"
              description={`${bevindingSoorten[soort].toelichting} (${bevindingSoorten[soort].legalBasis})`}
              value={soort}
              onValueChange={(value) => setSoort(value as BevindingSoort)}
              options={bevindingSoortIds.map((id) => ({ value: id, label: bevindingSoorten[id].label }))}
            />
            <TextareaField label="Omschrijving van de bevinding" rows={2} value={omschrijving} onValueChange={setOmschrijving} />
            <Field label="Bron van de bevinding" description="Bijvoorbeeld: Justitiële documentatie, RIEC-rapportage van 12 maart, Handelsregister." value={bron} onValueChange={setBron} />
            <Field type="date" className="textbox--date" label="Datum van het feit of de uitspraak" value={datum} onValueChange={setDatum} />
            <SelectField label="Ernst" description={ernstNiveaus[ernst].omschrijving} value={ernst} onValueChange={(value) => setErnst(value as Ernst)} options={ernstIds.map((id) => ({ value: id, label: ernstNiveaus[id].label }))} />
            <CheckboxSet
              legend="Gebruiksbeperking van de bron"
              options={gebruiksbeperkingen.map((beperking) => ({ value: beperking, label: gebruiksbeperkingLabels[beperking] }))}
              selected={beperkingen}
              onChange={setBeperkingen}
            />
          </>
        )}
      </ActionForm>
    </>
  );
}

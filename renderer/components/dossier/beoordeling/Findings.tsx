import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../../bridge';
import { bevindingSoortIds, bevindingSoorten, ernstIds, ernstNiveaus, type Bevinding, type BevindingSoort, type Ernst } from '../../../../src/domain/beoordeling';
import { gebruiksbeperkingen, gebruiksbeperkingLabels, type Gebruiksbeperking } from '../../../../src/domain/gebruiksbeperkingen';
import { formatCalendarDate } from '../../../format';
import { CheckboxSet } from '../../CheckboxSet';
import { Field } from '../../Field';
import { SelectField } from '../../SelectField';
import { TextareaField } from '../../TextareaField';
import { ActionForm } from '../ActionForm';
import { RestrictionMark } from '../RestrictionMark';
import { FormActions } from '../../FormActions';
import { WithdrawForm } from '../WithdrawForm';
import { newFindingId, type AssessmentPartProps, type BeoordelingView, type DossierBetrokkene } from './types';

/** The findings per betrokkene, each with its kind (art. 3a, art. 4), source, date, seriousness and use restrictions. */
export function Findings({ dossierId, view, betrokkenen, save, onSaved, onEdit }: AssessmentPartProps & { readonly dossierId: string }) {
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
  const [corrigeren, setCorrigeren] = useState<string | null>(null);

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
              {corrigeren === bevinding.id ? (
                <CorrectFinding
                  dossierId={dossierId}
                  bevinding={bevinding}
                  betrokkenen={betrokkenen}
                  onDone={(next, message) => {
                    setCorrigeren(null);
                    onSaved(next, message);
                  }}
                  onCancel={() => setCorrigeren(null)}
                />
              ) : (
                <FormActions>
                  <Button
                    appearance="secondary-action-button"
                    aria-label={`Bevinding corrigeren of intrekken: ${bevinding.omschrijving}`}
                    onClick={() => {
                      onEdit();
                      setCorrigeren(bevinding.id);
                    }}
                  >
                    Corrigeren of intrekken
                  </Button>
                </FormActions>
              )}
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

interface CorrectFindingProps {
  readonly dossierId: string;
  readonly bevinding: Bevinding;
  readonly betrokkenen: readonly DossierBetrokkene[];
  readonly onDone: (view: BeoordelingView, message: string) => void;
  readonly onCancel: () => void;
}

/**
 * Issue 18 §2: a finding corrected (prefilled, with a required reason) or withdrawn with a reason. Withdrawing is
 * refused, with the reason, while the degree of danger rests on the finding.
 */
function CorrectFinding({ dossierId, bevinding, betrokkenen, onDone, onCancel }: CorrectFindingProps) {
  const [betrokkeneId, setBetrokkeneId] = useState(bevinding.betrokkeneId);
  const [soort, setSoort] = useState<BevindingSoort>(bevinding.soort);
  const [omschrijving, setOmschrijving] = useState(bevinding.omschrijving);
  const [bron, setBron] = useState(bevinding.bron);
  const [datum, setDatum] = useState(bevinding.datum);
  const [ernst, setErnst] = useState<Ernst>(bevinding.ernst);
  const [beperkingen, setBeperkingen] = useState<ReadonlySet<Gebruiksbeperking>>(new Set(bevinding.beperkingen ?? []));
  const [reden, setReden] = useState('');
  return (
    <>
      <ActionForm
        fields={['bevinding.betrokkeneId', 'bevinding.soort', 'bevinding.omschrijving', 'bevinding.bron', 'bevinding.datum', 'bevinding.ernst', 'reden']}
        button="Correctie vastleggen"
        label={`Correctie vastleggen: ${bevinding.omschrijving}`}
        call={() =>
          unwrap(
            bibob.beoordeling.correctBevinding({
              dossierId,
              bevinding: { id: bevinding.id, betrokkeneId, soort, omschrijving, bron, datum, ernst, ...(beperkingen.size > 0 ? { beperkingen: [...beperkingen] } : {}) },
              reden,
            }),
          )
        }
        onDone={(next) => onDone(next, 'De bevinding is gecorrigeerd.')}
        onCancel={onCancel}
      >
        {(submission) => (
          <>
            <SelectField label="Over" value={betrokkeneId} onValueChange={setBetrokkeneId} options={betrokkenen.map(({ betrokkene }) => ({ value: betrokkene.id, label: betrokkene.naam }))} error={submission.fieldErrors['bevinding.betrokkeneId']} />
            <SelectField label="Soort bevinding" value={soort} onValueChange={(value) => setSoort(value as BevindingSoort)} options={bevindingSoortIds.map((id) => ({ value: id, label: bevindingSoorten[id].label }))} error={submission.fieldErrors['bevinding.soort']} />
            <TextareaField label="Omschrijving van de bevinding" rows={2} value={omschrijving} onValueChange={setOmschrijving} error={submission.fieldErrors['bevinding.omschrijving']} />
            <Field label="Bron van de bevinding" value={bron} onValueChange={setBron} error={submission.fieldErrors['bevinding.bron']} />
            <Field type="date" className="textbox--date" label="Datum van het feit of de uitspraak" value={datum} onValueChange={setDatum} error={submission.fieldErrors['bevinding.datum']} />
            <SelectField label="Ernst" value={ernst} onValueChange={(value) => setErnst(value as Ernst)} options={ernstIds.map((id) => ({ value: id, label: ernstNiveaus[id].label }))} error={submission.fieldErrors['bevinding.ernst']} />
            <CheckboxSet
              legend="Gebruiksbeperking van de bron"
              options={gebruiksbeperkingen.map((beperking) => ({ value: beperking, label: gebruiksbeperkingLabels[beperking] }))}
              selected={beperkingen}
              onChange={setBeperkingen}
            />
            <TextareaField label="Reden van de correctie" rows={2} value={reden} onValueChange={setReden} error={submission.fieldErrors.reden} />
          </>
        )}
      </ActionForm>
      <WithdrawForm
        button="Bevinding intrekken"
        what={`de bevinding "${bevinding.omschrijving}"`}
        consequence="Zij telt daarna niet meer mee in de beoordeling, en de relaties tot deze bevinding vervallen mee. Rust de mate van gevaar erop, pas dan eerst het oordeel per grond aan."
        withdraw={(redenIntrekken) => unwrap(bibob.beoordeling.withdrawBevinding({ dossierId, bevindingId: bevinding.id, reden: redenIntrekken }))}
        onWithdrawn={(next) => onDone(next, 'De bevinding is ingetrokken.')}
      />
    </>
  );
}

import { useState } from 'react';
import { bevindingSoorten, relatieGrondslagen, type Hoedanigheid, type RelatieGrondslag } from '../../../../src/domain/beoordeling';
import { SelectField } from '../../SelectField';
import { ConfirmedButton } from '../../ConfirmedButton';
import { RadioGroup } from '../../RadioGroup';
import { TextareaField } from '../../TextareaField';
import { ActionForm } from '../ActionForm';
import type { AssessmentPartProps } from './types';

const grondslagen = ['a', 'b', 'c'] as const satisfies readonly RelatieGrondslag[];

/** The relation of a betrokkene to a finding (art. 3 lid 4 sub a, b or c), naming the person through whom it runs. */
export function Relations({ view, betrokkenen, save, onSaved, onEdit }: AssessmentPartProps) {
  const { bevindingen, relaties } = view.beoordeling;
  const [gekozenBevinding, setBevindingId] = useState('');
  const [gekozenBetrokkene, setBetrokkeneId] = useState('');
  // The select shows the first entry until another is chosen; the state follows what is shown.
  const bevindingId = bevindingen.some((bevinding) => bevinding.id === gekozenBevinding) ? gekozenBevinding : (bevindingen[0]?.id ?? '');
  const betrokkeneId = gekozenBetrokkene || (betrokkenen[0]?.betrokkene.id ?? '');
  const [grondslag, setGrondslag] = useState<RelatieGrondslag>('a');
  const [viaId, setViaId] = useState('');
  const [hoedanigheid, setHoedanigheid] = useState<Hoedanigheid | ''>('');
  const [toelichting, setToelichting] = useState('');
  const naam = (id: string) => betrokkenen.find((entry) => entry.betrokkene.id === id)?.betrokkene.naam ?? 'onbekende betrokkene';
  const omschrijving = (id: string) => bevindingen.find((entry) => entry.id === id)?.omschrijving ?? 'verwijderde bevinding';
  const options = Object.entries(relatieGrondslagen[grondslag].hoedanigheden) as [Hoedanigheid, string][];

  return (
    <>
      <h3>Relaties tot de feiten (art. 3 lid 4)</h3>
      {relaties.length === 0 ? (
        <p>Nog geen relaties.</p>
      ) : (
        <ul className="assessment-list">
          {relaties.map((relatie, index) => (
            <li key={`${relatie.bevindingId}|${relatie.betrokkeneId}|${index}`}>
              <p>
                <strong>{`${naam(relatie.betrokkeneId)} — sub ${relatie.grondslag}`}</strong>
                {relatie.via && ` via ${relatie.via.naam}`}: {omschrijving(relatie.bevindingId)}
              </p>
              <p className="prose">{relatie.toelichting}</p>
              <ConfirmedButton
                button="Relatie verwijderen"
                label={`Relatie verwijderen: ${naam(relatie.betrokkeneId)} en ${omschrijving(relatie.bevindingId)}`}
                question={`Weet u zeker dat u de relatie van ${naam(relatie.betrokkeneId)} met deze bevinding uit de beoordeling wilt verwijderen?`}
                confirm="Ja, verwijderen"
                call={save((current) => ({ ...current, relaties: current.relaties.filter((_, at) => at !== index) }), 'De relatie is verwijderd.')}
                onDone={(next) => onSaved(next, 'De relatie is verwijderd.')}
              />
            </li>
          ))}
        </ul>
      )}
      {bevindingen.length > 0 && (
        <ActionForm
          fields={[]}
          button="Relatie toevoegen"
          call={save(
            (current) => ({
              ...current,
              relaties: [
                ...current.relaties,
                {
                  bevindingId,
                  betrokkeneId,
                  grondslag,
                  ...(grondslag !== 'a' && viaId ? { via: { betrokkeneId: viaId, naam: naam(viaId) } } : {}),
                  ...(grondslag !== 'a' && hoedanigheid ? { hoedanigheid } : {}),
                  toelichting,
                },
              ],
            }),
            'De relatie is toegevoegd.',
          )}
          onDone={(next) => {
            setToelichting('');
            onSaved(next, 'De relatie is toegevoegd.');
          }}
        >
          {() => (
            <>
              <SelectField
                label="Bevinding"
                value={bevindingId}
                onValueChange={(value) => { setBevindingId(value); onEdit(); }}
                options={bevindingen.map((bevinding) => ({ value: bevinding.id, label: `${bevindingSoorten[bevinding.soort].label}: ${bevinding.omschrijving.slice(0, 80)}` }))}
              />
              <SelectField label="Betrokkene die in relatie staat" value={betrokkeneId} onValueChange={setBetrokkeneId} options={betrokkenen.map(({ betrokkene }) => ({ value: betrokkene.id, label: betrokkene.naam }))} />
              <RadioGroup
                legend="Grondslag van de relatie"
                name="relatie-grondslag"
                options={grondslagen.map((id) => ({ value: id, label: `Sub ${id}: ${relatieGrondslagen[id].label}` }))}
                value={grondslag}
                onValueChange={(value) => {
                  setGrondslag(value);
                  setHoedanigheid('');
                }}
              />
              {grondslag !== 'a' && (
                <>
                  <SelectField
                    label={grondslag === 'b' ? 'Via de rechtspersoon die de feiten beging' : 'Via de persoon die de feiten beging'}
                    value={viaId}
                    onValueChange={setViaId}
                    options={[{ value: '', label: 'Kies' }, ...betrokkenen.map(({ betrokkene }) => ({ value: betrokkene.id, label: betrokkene.naam }))]}
                  />
                  <SelectField label="Hoedanigheid" value={hoedanigheid} onValueChange={(value) => setHoedanigheid(value as Hoedanigheid | '')} options={[{ value: '', label: 'Kies' }, ...options.map(([value, label]) => ({ value, label }))]} />
                </>
              )}
              <TextareaField label="Aard van de relatie" description="De aard van de relatie weegt mee in de mate van gevaar (art. 3 lid 2 en 3 sub c)." rows={2} value={toelichting} onValueChange={setToelichting} />
            </>
          )}
        </ActionForm>
      )}
    </>
  );
}

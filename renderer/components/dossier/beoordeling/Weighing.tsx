import { useState } from 'react';
import { kiesVoorschrift, metVoorschriften, type Voorschrift } from '../../../../src/domain/beoordeling';
import { Checkbox } from '../../Checkbox';
import { ConfirmedButton } from '../../ConfirmedButton';
import { SelectField } from '../../SelectField';
import { TextareaField } from '../../TextareaField';
import { ActionForm } from '../ActionForm';
import { RestsOn } from './RestsOn';
import type { AssessmentPartProps } from './types';

/** Art. 3 lid 6 (an offence to obtain or keep the decision) and the proportionality of lid 5. */
export function Weighing({ view, save, onSaved, onEdit }: AssessmentPartProps) {
  const [lid6, setLid6] = useState(view.beoordeling.lid6.vanToepassing);
  const [lid6Motivering, setLid6Motivering] = useState(view.beoordeling.lid6.motivering);
  const [evenredigheid, setEvenredigheid] = useState(view.beoordeling.evenredigheid);
  const { bevindingen } = view.beoordeling;
  const [lid6RustOp, setLid6RustOp] = useState<ReadonlySet<string>>(new Set(view.beoordeling.lid6.bevindingIds ?? []));
  const [lid6Uitgaand, setLid6Uitgaand] = useState(view.beoordeling.lid6.uitgaandeMotivering ?? '');
  const [evenRustOp, setEvenRustOp] = useState<ReadonlySet<string>>(new Set(view.beoordeling.evenredigheidBevindingIds ?? []));
  const [evenUitgaand, setEvenUitgaand] = useState(view.beoordeling.evenredigheidUitgaand ?? '');
  const ids = (set: ReadonlySet<string>) => bevindingen.filter((bevinding) => set.has(bevinding.id)).map((bevinding) => bevinding.id);
  return (
    <>
      <h3>Artikel 3 lid 6 en evenredigheid</h3>
      <ActionForm
        fields={[]}
        button="Afweging opslaan"
        call={save(
          (current) => ({
            ...current,
            lid6: { vanToepassing: lid6, motivering: lid6Motivering, bevindingIds: ids(lid6RustOp), uitgaandeMotivering: lid6Uitgaand },
            evenredigheid,
            evenredigheidBevindingIds: ids(evenRustOp),
            evenredigheidUitgaand: evenUitgaand,
          }),
          'De afweging is opgeslagen.',
        )}
        onDone={(next) => onSaved(next, 'De afweging is opgeslagen.')}
      >
        {() => (
          <>
            <Checkbox label="Er is een strafbaar feit gepleegd om de beschikking te verkrijgen of te behouden (art. 3 lid 6)" checked={lid6} onCheckedChange={(value) => { setLid6(value); onEdit(); }} />
            {lid6 && <TextareaField label="Motivering (art. 3 lid 6)" rows={2} value={lid6Motivering} onValueChange={setLid6Motivering} />}
            {lid6 && <RestsOn wat="art. 3 lid 6" bevindingen={bevindingen} selected={lid6RustOp} onSelectedChange={(next) => { setLid6RustOp(next); onEdit(); }} uitgaand={lid6Uitgaand} onUitgaandChange={setLid6Uitgaand} />}
            <TextareaField
              label="Evenredigheid (art. 3 lid 5)"
              description="Verplicht bij weigeren of intrekken: waarom de maatregel in verhouding staat tot de mate van gevaar en, bij grond b, de ernst van de feiten."
              rows={4}
              value={evenredigheid}
              onValueChange={setEvenredigheid}
            />
            <RestsOn wat="de evenredigheidsafweging" bevindingen={bevindingen} selected={evenRustOp} onSelectedChange={(next) => { setEvenRustOp(next); onEdit(); }} uitgaand={evenUitgaand} onUitgaandChange={setEvenUitgaand} />
          </>
        )}
      </ActionForm>
    </>
  );
}

/** The voorschriften for this decision (art. 3 lid 7): from the library or written here, each with the danger it removes. */
export function Voorschriften({ view, library, save, onSaved, onEdit }: AssessmentPartProps & { readonly library: readonly Voorschrift[] }) {
  const [gekozen, setGekozen] = useState(library[0]?.id ?? '');
  const [tekst, setTekst] = useState('');
  const [gevaar, setGevaar] = useState('');
  const chosen = view.beoordeling.voorschriften;
  const entry = library.find((voorschrift) => voorschrift.id === gekozen);
  // Adding a voorschrift proposes granting with it, unless the voorschriften of a permit already given are changed.
  const voorschriftMaatregel = view.voorgesteldeMaatregel === 'voorschriften-wijzigen' ? 'voorschriften-wijzigen' : 'verlenen-met-voorschriften';
  return (
    <>
      <h3>Voorschriften (art. 3 lid 7)</h3>
      <p className="muted">Een voorschrift toevoegen stelt de maatregel "verlenen met voorschriften" voor; dat kan alleen bij mindere mate van gevaar, of bij ernstig gevaar met een evenredigheidsafweging.</p>
      {chosen.length === 0 ? (
        <p>Geen voorschriften.</p>
      ) : (
        <ol className="assessment-list">
          {chosen.map((voorschrift, index) => (
            <li key={index}>
              <p className="prose">{voorschrift.tekst}</p>
              <p className="muted">{`Neemt weg of beperkt: ${voorschrift.wegneemtGevaar}`}</p>
              <ConfirmedButton
                button="Voorschrift weghalen"
                label={`Voorschrift weghalen: voorschrift ${index + 1}`}
                question={`Weet u zeker dat u voorschrift ${index + 1} bij dit besluit wilt weghalen?${chosen.length === 1 && metVoorschriften(view.voorgesteldeMaatregel) ? ' Het is het laatste: de voorgestelde maatregel "verlenen met voorschriften" vervalt dan ook.' : ''}`}
                confirm="Ja, weghalen"
                call={save(
                  (current) => ({ ...current, voorschriften: current.voorschriften.filter((_, at) => at !== index) }),
                  'Het voorschrift is weggehaald.',
                  // Without voorschriften there is no "verlenen met voorschriften": the proposed measure is cleared with the last one.
                  chosen.length === 1 && metVoorschriften(view.voorgesteldeMaatregel) ? null : undefined,
                )}
                onDone={(next) => onSaved(next, 'Het voorschrift is weggehaald.')}
              />
            </li>
          ))}
        </ol>
      )}
      {library.length > 0 && (
        <ActionForm
          fields={[]}
          button="Voorschrift uit de bibliotheek toevoegen"
          call={save(
            (current) => (entry ? { ...current, voorschriften: [...current.voorschriften, kiesVoorschrift(entry)] } : current),
            'Het voorschrift is toegevoegd.',
            voorschriftMaatregel,
          )}
          onDone={(next) => onSaved(next, 'Het voorschrift is toegevoegd.')}
        >
          {() => (
            <SelectField
              label="Voorschrift uit de bibliotheek"
              description={entry ? `Neemt weg of beperkt: ${entry.wegneemtGevaar}` : undefined}
              value={gekozen}
              onValueChange={(value) => { setGekozen(value); onEdit(); }}
              options={library.map((voorschrift) => ({ value: voorschrift.id, label: voorschrift.tekst.length > 90 ? `${voorschrift.tekst.slice(0, 90)}…` : voorschrift.tekst }))}
            />
          )}
        </ActionForm>
      )}
      <ActionForm
        fields={[]}
        button="Eigen voorschrift toevoegen"
        call={save((current) => ({ ...current, voorschriften: [...current.voorschriften, { voorschriftId: null, tekst, wegneemtGevaar: gevaar }] }), 'Het voorschrift is toegevoegd.', voorschriftMaatregel)}
        onDone={(next) => {
          setTekst('');
          setGevaar('');
          onSaved(next, 'Het voorschrift is toegevoegd.');
        }}
      >
        {() => (
          <>
            <TextareaField label="Tekst van het voorschrift" rows={2} value={tekst} onValueChange={setTekst} />
            <TextareaField label="Welk gevaar neemt het weg of beperkt het?" rows={2} value={gevaar} onValueChange={setGevaar} />
          </>
        )}
      </ActionForm>
    </>
  );
}


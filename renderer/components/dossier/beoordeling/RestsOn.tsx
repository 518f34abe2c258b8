import { beperkingenTekst } from '../../../../src/domain/gebruiksbeperkingen';
import type { Bevinding } from '../../../../src/domain/beoordeling';
import { CheckboxSet } from '../../CheckboxSet';
import { TextareaField } from '../../TextareaField';

interface RestsOnProps {
  /** "grond a", "art. 3 lid 6", "de evenredigheidsafweging": what the text is, in the labels. */
  readonly wat: string;
  readonly bevindingen: readonly Bevinding[];
  readonly selected: ReadonlySet<string>;
  readonly onSelectedChange: (selected: ReadonlySet<string>) => void;
  readonly uitgaand: string;
  readonly onUitgaandChange: (value: string) => void;
}

/**
 * Which findings a motivation text rests on, so that the letters know what it reveals (§10 of the domain notes);
 * when one of them carries a use restriction, the wording that letters to the betrokkene or a third party use
 * instead. The coordinator writes that wording: the app does not choose it.
 */
export function RestsOn({ wat, bevindingen, selected, onSelectedChange, uitgaand, onUitgaandChange }: RestsOnProps) {
  if (bevindingen.length === 0) return null;
  const beperkt = bevindingen.filter((bevinding) => selected.has(bevinding.id) && (bevinding.beperkingen ?? []).length > 0);
  return (
    <>
      <CheckboxSet
        legend={`Bevindingen waarop ${wat} rust`}
        options={bevindingen.map((bevinding) => ({
          value: bevinding.id,
          label: `${bevinding.omschrijving} (${bevinding.bron})${(bevinding.beperkingen ?? []).length > 0 ? ` — beperkt: ${beperkingenTekst(bevinding.beperkingen ?? [])}` : ''}`,
        }))}
        selected={selected}
        onChange={onSelectedChange}
      />
      {beperkt.length > 0 && (
        <TextareaField
          label={`Formulering voor brieven naar buiten (${wat})`}
          description="Deze tekst rust op een bevinding met een gebruiksbeperking. In het voornemen, het besluit en brieven aan derden komt deze formulering in plaats van de motivering hierboven; het interne advies toont beide."
          rows={3}
          value={uitgaand}
          onValueChange={onUitgaandChange}
        />
      )}
    </>
  );
}

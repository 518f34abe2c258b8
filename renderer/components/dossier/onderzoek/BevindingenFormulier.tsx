import { useState } from 'react';
import { bibob, unwrap } from '../../../bridge';
import type { FormulierGegevens } from '../../../../src/contract/onderzoekCalls';
import { Checkbox } from '../../Checkbox';
import { RadioGroup } from '../../RadioGroup';
import { SelectField } from '../../SelectField';
import { TextareaField } from '../../TextareaField';
import { ActionForm } from '../ActionForm';
import type { OnderzoekPartProps } from './types';

/** Text with one entry per line, as the lists of the form are edited. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const inBedrijfOptions = [
  { value: 'ja', label: 'Ja' },
  { value: 'nee', label: 'Nee' },
  { value: 'onbekend', label: 'Onbekend of niet van toepassing' },
] as const;

/**
 * The formulier bevindingen eigen onderzoek (art. 7a lid 4 en 5 Wet Bibob): the parts the coordinator writes, what
 * the form still lacks before an advice request can go to the LBB, and the form as it will be sent.
 */
export function BevindingenFormulier({ dossierId, view, betrokkenen, onChanged, onEdit }: OnderzoekPartProps) {
  const start = view.formulier;
  const [betrokkeneId, setBetrokkeneId] = useState(start.betrokkeneId);
  const [besluit, setBesluit] = useState(start.besluit);
  const [besluitGenomen, setBesluitGenomen] = useState(start.besluitGenomen);
  const [inBedrijf, setInBedrijf] = useState<'ja' | 'nee' | 'onbekend'>(start.ondernemingInBedrijf === null ? 'onbekend' : start.ondernemingInBedrijf ? 'ja' : 'nee');
  const [berichtArt26, setBerichtArt26] = useState(start.aanleiding.berichtArt26);
  const [riecAdvies, setRiecAdvies] = useState(start.aanleiding.riecAdvies);
  const [toelichting, setToelichting] = useState(start.aanleiding.toelichting);
  const [handelsnamen, setHandelsnamen] = useState(start.handelsnamen.join('\n'));
  const [onderzoeksvragen, setOnderzoeksvragen] = useState(start.onderzoeksvragen.join('\n'));
  const [metBijlagen, setMetBijlagen] = useState(start.vragenformulierMetBijlagen);
  const [overige, setOverige] = useState(start.overigeBijlagen.join('\n'));
  const [gecontroleerd, setGecontroleerd] = useState(start.financieringGecontroleerd);

  const formulier = (): FormulierGegevens => ({
    betrokkeneId,
    handelsnamen: lines(handelsnamen),
    besluit,
    besluitGenomen,
    ondernemingInBedrijf: inBedrijf === 'onbekend' ? null : inBedrijf === 'ja',
    aanleiding: { berichtArt26, riecAdvies, toelichting },
    onderzoeksvragen: lines(onderzoeksvragen),
    vragenformulierMetBijlagen: metBijlagen,
    overigeBijlagen: lines(overige),
    financieringGecontroleerd: gecontroleerd,
  });

  function edit<T>(setter: (value: T) => void): (value: T) => void {
    return (value) => {
      setter(value);
      onEdit();
    };
  }

  return (
    <>
      <h3>Formulier bevindingen eigen onderzoek</h3>
      <p className="prose">Dit formulier gaat mee met een adviesaanvraag aan het LBB (art. 7a lid 4 Wet Bibob). Zonder volledige bevindingen kan het LBB afzien van advies (art. 9 lid 5).</p>
      <ActionForm fields={[]} button="Formulier opslaan" call={() => unwrap(bibob.onderzoek.updateFormulier({ dossierId, formulier: formulier() }))} onDone={(next) => onChanged(next, 'Het formulier is opgeslagen.')}>
        {() => (
          <>
            <SelectField
              label="Betrokkene waarover het formulier gaat"
              value={betrokkeneId}
              onValueChange={edit(setBetrokkeneId)}
              options={[{ value: '', label: 'Kies een betrokkene' }, ...betrokkenen.map(({ betrokkene }) => ({ value: betrokkene.id, label: betrokkene.naam }))]}
            />
            <TextareaField label="Handelsnamen (één per regel)" rows={2} value={handelsnamen} onValueChange={edit(setHandelsnamen)} />
            <TextareaField label="Besluit waarover advies wordt gevraagd" rows={2} value={besluit} onValueChange={edit(setBesluit)} />
            <Checkbox label="Het besluit is al genomen (intrekkingsonderzoek)" checked={besluitGenomen} onCheckedChange={edit(setBesluitGenomen)} />
            <RadioGroup legend="Is de onderneming al in bedrijf?" name={`in-bedrijf-${dossierId}`} options={inBedrijfOptions} value={inBedrijf} onValueChange={edit(setInBedrijf)} />
            <fieldset className="radio-group">
              <legend className="radio-group__legend">Aanleiding voor de adviesaanvraag</legend>
              <Checkbox label="Bericht op grond van art. 26 Wet Bibob" checked={berichtArt26} onCheckedChange={edit(setBerichtArt26)} />
              <Checkbox label="Advies van het RIEC" checked={riecAdvies} onCheckedChange={edit(setRiecAdvies)} />
              <TextareaField label="Toelichting op de aanleiding" rows={3} value={toelichting} onValueChange={edit(setToelichting)} />
            </fieldset>
            <TextareaField label="Onderzoeksvragen aan het LBB (één per regel)" rows={3} value={onderzoeksvragen} onValueChange={edit(setOnderzoeksvragen)} />
            <Checkbox label="Het ingevulde vragenformulier met de bijlagen gaat mee (art. 7a lid 4)" checked={metBijlagen} onCheckedChange={edit(setMetBijlagen)} />
            <TextareaField label="Overige bijlagen (één per regel)" rows={2} value={overige} onValueChange={edit(setOverige)} />
            <Checkbox label="De financiering is gecontroleerd: elke investering staat tegenover haar herkomst" checked={gecontroleerd} onCheckedChange={edit(setGecontroleerd)} />
          </>
        )}
      </ActionForm>
      {view.problemen.length === 0 ? (
        <p className="status-message status-message--info">Het formulier is compleet: een adviesaanvraag aan het LBB kan worden verzonden.</p>
      ) : (
        <div role="note" className="notice">
          <p className="notice__title">Wat het formulier nog mist</p>
          <ul className="notice__list">
            {view.problemen.map((probleem, index) => (
              <li key={index}>{probleem.melding}</li>
            ))}
          </ul>
        </div>
      )}
      <details className="form-preview">
        <summary>Het formulier zoals het naar het LBB gaat</summary>
        <p>
          <strong>{view.bevindingenFormulier.titel}</strong>
        </p>
        <p className="muted">{view.bevindingenFormulier.vertrouwelijk}</p>
        {view.bevindingenFormulier.sections.map((section) => (
          <section key={section.titel} aria-label={section.titel}>
            <h4>{section.titel}</h4>
            <ul className="cell-list">
              {section.regels.map((regel, index) => (
                <li key={index}>{regel}</li>
              ))}
            </ul>
          </section>
        ))}
        <p className="muted">{view.bevindingenFormulier.legalBasis}</p>
      </details>
    </>
  );
}

import { useState } from 'react';
import { bibob, unwrap } from '../../../bridge';
import { formatEuro, herkomstSoorten, herkomstSoortLabels, type HerkomstSoort } from '../../../../src/domain/eigenOnderzoek';
import { capitalize } from '../../../labels';
import { parseEuroToCents } from '../../../money';
import { CheckboxSet } from '../../CheckboxSet';
import { ConfirmedButton } from '../../ConfirmedButton';
import { Field } from '../../Field';
import { SelectField } from '../../SelectField';
import { ActionForm } from '../ActionForm';
import type { Bijlage } from '../BijlagenSection';
import type { OnderzoekPartProps, OnderzoekView } from './types';
import { DataTable } from '../../DataTable';

/** Removing an investment or an origin entered by mistake, after the inline confirmation. */
function RemovePost({ id, omschrijving, onChanged, onEdit }: { readonly id: string; readonly omschrijving: string } & Pick<OnderzoekPartProps, 'onChanged' | 'onEdit'>) {
  return (
    <ConfirmedButton
      button="Verwijderen"
      label={`Verwijderen: ${omschrijving}`}
      question={`Weet u zeker dat u "${omschrijving}" uit de financiering wilt verwijderen?`}
      confirm="Ja, verwijderen"
      confirmLabel={`Ja, verwijderen: ${omschrijving}`}
      call={() => {
        onEdit();
        return unwrap(bibob.onderzoek.deletePost({ postId: id }));
      }}
      onDone={(next: OnderzoekView) => onChanged(next, `${omschrijving} is verwijderd.`)}
    />
  );
}

/**
 * The financing check: every investment against its origin, and the part not explained by documented origin
 * (art. 7a lid 2 sub h, art. 3 lid 1 sub a and lid 2 sub d Wet Bibob).
 */
export function Financing({ dossierId, view, betrokkenen, bijlagen, onChanged, onEdit }: OnderzoekPartProps & { readonly bijlagen: readonly Bijlage[] }) {
  const { financiering } = view;

  return (
    <>
      <h3>Financiering</h3>
      <dl className="details">
        <dt>Investering</dt>
        <dd>{formatEuro(financiering.investeringCent)}</dd>
        <dt>Onderbouwde herkomst</dt>
        <dd>{formatEuro(financiering.onderbouwdCent)}</dd>
        <dt>Niet verklaard</dt>
        <dd>
          <strong>{formatEuro(financiering.onverklaardCent)}</strong>
        </dd>
      </dl>
      {financiering.toelichting.length > 0 && (
        <ul className="cell-list financing-explanation">
          {financiering.toelichting.map((regel, index) => (
            <li key={index}>{regel}</li>
          ))}
        </ul>
      )}
      <p className="muted">{`Grondslag: ${financiering.legalBasis}.`}</p>
      <div className="table-form">
        {(financiering.investeringen.length > 0 || financiering.herkomsten.length > 0) && (
          <DataTable caption="Investeringen en herkomst" columns={['Omschrijving', 'Soort', 'Bedrag', 'Onderbouwing', 'Acties']}>
            {financiering.investeringen.map((investering) => (
              <tr key={investering.id}>
                <th scope="row">{investering.omschrijving}</th>
                <td>Investering</td>
                <td className="nowrap">{formatEuro(investering.bedragCent)}</td>
                <td />
                <td>
                  <RemovePost id={investering.id} omschrijving={investering.omschrijving} onChanged={onChanged} onEdit={onEdit} />
                </td>
              </tr>
            ))}
            {financiering.herkomsten.map((herkomst) => (
              <tr key={herkomst.id}>
                <th scope="row">
                  {herkomst.omschrijving}
                  {herkomst.verstrekker && <span className="cell-note">{`verstrekt door ${herkomst.verstrekker.naam}`}</span>}
                </th>
                <td>{`Herkomst: ${herkomstSoortLabels[herkomst.soort]}`}</td>
                <td className="nowrap">{formatEuro(herkomst.bedragCent)}</td>
                <td>{herkomst.onderbouwd ? herkomst.bewijs.map((stuk) => stuk.bestandsnaam ?? 'verwijderde bijlage').join(', ') : <strong>Niet onderbouwd</strong>}</td>
                <td>
                  <RemovePost id={herkomst.id} omschrijving={herkomst.omschrijving} onChanged={onChanged} onEdit={onEdit} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </div>
      <InvestmentForm dossierId={dossierId} onChanged={onChanged} onEdit={onEdit} />
      <OriginForm dossierId={dossierId} betrokkenen={betrokkenen} bijlagen={bijlagen} onChanged={onChanged} onEdit={onEdit} />
    </>
  );
}

type FormProps = Pick<OnderzoekPartProps, 'dossierId' | 'onChanged' | 'onEdit'>;

function InvestmentForm({ dossierId, onChanged, onEdit }: FormProps) {
  const [omschrijving, setOmschrijving] = useState('');
  const [bedrag, setBedrag] = useState('');
  return (
    <ActionForm
      fields={['omschrijving', 'bedragCent']}
      button="Investering toevoegen"
      call={() => unwrap(bibob.onderzoek.addInvestering({ dossierId, omschrijving, bedragCent: parseEuroToCents(bedrag) ?? Number.NaN }))}
      onDone={(next) => {
        setOmschrijving('');
        setBedrag('');
        onChanged(next, 'De investering is toegevoegd.');
      }}
    >
      {(submission) => (
        <>
          <Field label="Investering" description="Bijvoorbeeld: overnamesom, verbouwing, inventaris." value={omschrijving} onValueChange={(value) => { setOmschrijving(value); onEdit(); }} error={submission.fieldErrors.omschrijving} />
          <Field label="Bedrag van de investering (euro)" inputMode="decimal" className="textbox--narrow" value={bedrag} onValueChange={setBedrag} error={submission.fieldErrors.bedragCent} />
        </>
      )}
    </ActionForm>
  );
}

function OriginForm({ dossierId, betrokkenen, bijlagen, onChanged, onEdit }: FormProps & { readonly betrokkenen: OnderzoekPartProps['betrokkenen']; readonly bijlagen: readonly Bijlage[] }) {
  const [omschrijving, setOmschrijving] = useState('');
  const [soort, setSoort] = useState<HerkomstSoort>('eigen-vermogen');
  const [bedrag, setBedrag] = useState('');
  const [verstrekker, setVerstrekker] = useState('');
  const [bewijs, setBewijs] = useState<ReadonlySet<string>>(new Set());
  return (
    <ActionForm
      fields={['omschrijving', 'soort', 'bedragCent', 'verstrekkerBetrokkeneId', 'bewijs']}
      button="Herkomst toevoegen"
      call={() =>
        unwrap(
          bibob.onderzoek.addHerkomst({
            dossierId,
            omschrijving,
            soort,
            bedragCent: parseEuroToCents(bedrag) ?? Number.NaN,
            bewijs: [...bewijs],
            ...(verstrekker ? { verstrekkerBetrokkeneId: verstrekker } : {}),
          }),
        )
      }
      onDone={(next) => {
        setOmschrijving('');
        setBedrag('');
        setVerstrekker('');
        setBewijs(new Set());
        onChanged(next, 'De herkomst is toegevoegd.');
      }}
    >
      {(submission) => (
        <>
          <Field label="Herkomst" description="Bijvoorbeeld: spaargeld, lening van de bank, schenking van een familielid." value={omschrijving} onValueChange={(value) => { setOmschrijving(value); onEdit(); }} error={submission.fieldErrors.omschrijving} />
          <SelectField label="Soort herkomst" value={soort} onValueChange={(value) => setSoort(value as HerkomstSoort)} options={herkomstSoorten.map((id) => ({ value: id, label: capitalize(herkomstSoortLabels[id]) }))} error={submission.fieldErrors.soort} />
          <Field label="Bedrag van de herkomst (euro)" inputMode="decimal" className="textbox--narrow" value={bedrag} onValueChange={setBedrag} error={submission.fieldErrors.bedragCent} />
          {(soort === 'lening' || soort === 'schenking') && (
            <SelectField
              label="Verstrekt door"
              description="Wie leent of schenkt, verschaft vermogen: leg hem vast als betrokkene met de rol vermogensverschaffer (art. 7a lid 2 sub g 3° Wet Bibob)."
              value={verstrekker}
              onValueChange={setVerstrekker}
              options={[{ value: '', label: 'Nog niet bekend' }, ...betrokkenen.map(({ betrokkene }) => ({ value: betrokkene.id, label: betrokkene.naam }))]}
              error={submission.fieldErrors.verstrekkerBetrokkeneId}
            />
          )}
          {bijlagen.length > 0 && (
            <CheckboxSet
              legend="Bewijsstukken (bijlagen van het dossier)"
              options={bijlagen.map((bijlage) => ({ value: bijlage.id, label: bijlage.bestandsnaam }))}
              selected={bewijs}
              onChange={setBewijs}
              error={submission.fieldErrors.bewijs}
            />
          )}
        </>
      )}
    </ActionForm>
  );
}

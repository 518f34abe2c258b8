import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../../bridge';
import type { BesluitGegevens, ZienswijzeView } from '../../../../src/contract/besluitCalls';
import { rechtsmiddelUitkomsten } from '../../../../src/contract/besluitCalls';
import type { DossierDetail } from '../../../../src/contract/schemas';
import type { PartijRol } from '../../../../src/domain/zienswijze';
import { outcomeLabel } from '../../../../src/domain/workflow';
import { gevaarMaatIds, gevaarMaten, type GevaarMate } from '../../../../src/domain/beoordeling';
import { formatCalendarDate } from '../../../format';
import { Checkbox } from '../../Checkbox';
import { ErrorAlert } from '../../ErrorAlert';
import { Field } from '../../Field';
import { RadioGroup } from '../../RadioGroup';
import { SelectField } from '../../SelectField';
import { StatusMessage } from '../../StatusMessage';
import { TextareaField } from '../../TextareaField';
import { useReloadable } from '../../../hooks/useReloadable';
import { useSubmission } from '../../../hooks/useSubmission';
import { ActionForm } from '../ActionForm';
import { DossierSection, type ConfirmationProps } from '../DossierSection';
import { WithdrawForm } from '../WithdrawForm';
import { VoornemenBrief, type VoornemenGemaakt } from './VoornemenBrief';

type Dossier = DossierDetail['dossier'];
type DossierBetrokkene = DossierDetail['betrokkenen'][number];

export const ZIENSWIJZE_HEADING_ID = 'dossier-zienswijze-besluit';

interface ZienswijzeSectionProps extends ConfirmationProps {
  readonly dossier: Dossier;
  readonly betrokkenen: readonly DossierBetrokkene[];
  readonly onDossierChanged: () => Promise<void>;
  /** Shown after the besluit: the outcome of each further decision of the dossier (issue 19 item 12). */
  readonly children?: ReactNode;
  /** Grows when the dossier's timeline does: a further decision's outcome may have changed what the step requires. */
  readonly version?: number;
}

/** The zienswijze step of art. 33 Wet Bibob and the decision itself, with bezwaar and beroep. */
export function ZienswijzeSection({ dossier, betrokkenen, onDossierChanged, confirmation, onConfirmationChange, children, version }: ZienswijzeSectionProps) {
  const load = useCallback(() => unwrap(bibob.zienswijze.get({ dossierId: dossier.id })), [dossier.id]);
  const { value: view, error, replace, reload } = useReloadable(load);
  /** The voornemen just made here: the invitation form takes over its addressee, date and term. */
  const [voorstel, setVoorstel] = useState<VoornemenGemaakt | null>(null);
  // The outcome decides whether the step is required: load again when it changes (not on the first render).
  const loadedFor = useRef(`${dossier.uitkomst}|${version}`);
  useEffect(() => {
    const now = `${dossier.uitkomst}|${version}`;
    if (loadedFor.current === now) return;
    loadedFor.current = now;
    void reload();
  }, [dossier.uitkomst, version, reload]);

  function changed(next: ZienswijzeView, message: string): void {
    replace(next);
    setVoorstel(null);
    onConfirmationChange(message);
    void onDossierChanged();
  }

  return (
    <DossierSection headingId={ZIENSWIJZE_HEADING_ID} title="Zienswijze en besluit">
      <ErrorAlert content={error} />
      <StatusMessage>{confirmation}</StatusMessage>
      {view === null ? (
        error === null && <p className="loading">De zienswijzen worden geladen…</p>
      ) : (
        <>
          {view.vereist ? (
            <p>{`Voordat het besluit wordt genomen, krijgen de betrokkene en iedere derde die in het voornemen wordt genoemd de gelegenheid een zienswijze te geven (${view.legalBasis ?? 'art. 33 Wet Bibob'}).${view.stapAfgerond ? ' Deze stap is afgerond.' : ''}`}</p>
          ) : (
            <p className="muted">{`Bij de huidige uitkomst${view.verdereBesluiten.length > 0 ? ' van het besluit van het dossier' : ''} is geen zienswijze op grond van art. 33 Wet Bibob nodig.`}</p>
          )}
          {view.verdereBesluiten.length > 0 && (
            <ul className="prose">
              {view.verdereBesluiten.map((verder) => (
                <li key={verder.besluitId}>
                  {`Ook het voornemen over de ${verder.label} (${outcomeLabel(verder.uitkomst, dossier.toepassingsgebied)}) vraagt deze stap (${verder.legalBasis}). `}
                  {verder.stapAfgerond
                    ? 'Deze stap is afgerond.'
                    : 'Een uitnodiging geldt voor de voorgenomen uitkomsten die vastliggen als zij wordt vastgelegd: sla deze uitkomst eerst op en nodig dan de betrokkene uit.'}
                </li>
              ))}
            </ul>
          )}
          <Parties view={view} dossier={dossier} onChanged={changed} onEdit={() => onConfirmationChange(null)} />
          {view.vereist && !view.stapAfgerond && view.eerdereRondes.length > 0 && view.uitkomst && (
            <GeenNieuweRondeForm dossier={dossier} view={view} onChanged={changed} onEdit={() => onConfirmationChange(null)} />
          )}
          {view.geenNieuweRonde && view.uitkomst && (
            <p className="prose">{`Geen nieuwe ronde voor het voornemen tot ${outcomeLabel(view.uitkomst, dossier.toepassingsgebied)}: de betrokkene kreeg al gelegenheid bij het voornemen tot ${outcomeLabel(view.geenNieuweRonde.eerdereUitkomst, dossier.toepassingsgebied)} (art. 4:11 onder b Awb). Reden: ${view.geenNieuweRonde.reden}`}</p>
          )}
          {view.vereist && view.uitkomst && !view.stapAfgerond && (
            <VoornemenBrief
              key={view.partijen.length}
              dossierId={dossier.id}
              onMade={(gemaakt, titel) => {
                setVoorstel(gemaakt);
                onConfirmationChange(`${titel} is gemaakt en bewaard in de kluis. Verstuur de brief en leg daarna de uitnodiging vast.`);
              }}
              onEdit={() => onConfirmationChange(null)}
            />
          )}
          <InviteForm key={voorstel ? JSON.stringify(voorstel) : 'leeg'} dossierId={dossier.id} view={view} betrokkenen={betrokkenen} voorstel={voorstel} onChanged={changed} onEdit={() => onConfirmationChange(null)} />
          <DecisionForm key={JSON.stringify(view.besluit)} dossier={dossier} view={view} onChanged={changed} onEdit={() => onConfirmationChange(null)} />
          {children}
        </>
      )}
    </DossierSection>
  );
}

interface PartProps {
  readonly view: ZienswijzeView;
  readonly onChanged: (view: ZienswijzeView, message: string) => void;
  readonly onEdit: () => void;
}

function Parties({ view, dossier, onChanged, onEdit }: PartProps & { readonly dossier: Dossier }) {
  if (view.partijen.length === 0) return <p>Nog niemand uitgenodigd.</p>;
  const earlier = view.partijen.some((partij) => !partij.huidigeRonde);
  return (
    <>
      {earlier && view.vereist && view.uitkomst && (
        <p>{`De voorgenomen uitkomst is nu '${outcomeLabel(view.uitkomst, dossier.toepassingsgebied)}'. Een zienswijze geldt alleen voor het voornemen waarop zij is gevraagd (art. 33 lid 1 Wet Bibob): uitnodigingen bij een eerder voornemen tellen niet mee voor deze stap.`}</p>
      )}
    <ul className="assessment-list">
      {view.partijen.map((partij) => (
        <li key={partij.id}>
          <p>
            <strong>{`${partij.naam} (${partij.rol})`}</strong>
            {partij.uitkomst ? ` — voornemen tot ${outcomeLabel(partij.uitkomst, dossier.toepassingsgebied)}${partij.huidigeRonde ? '' : ' (eerdere ronde)'}` : ' — uitgenodigd vóór er een voornemen was vastgelegd'}
            {`, uitgenodigd op ${formatCalendarDate(partij.uitgenodigdOp)}, termijn tot en met ${formatCalendarDate(partij.termijnTot)}`}
            {partij.afschriftAdvies && `; afschrift van ${partij.rol === 'derde' ? 'zijn deel van ' : ''}het advies`}
            {partij.geheimhoudingGewezen && '; gewezen op de geheimhoudingsplicht'}
          </p>
          {partij.redenKorteTermijn && <p className="muted">{`Reden kortere termijn: ${partij.redenKorteTermijn}`}</p>}
          {partij.ontvangenOp ? (
            <>
              <p className="prose">{`Zienswijze ontvangen op ${formatCalendarDate(partij.ontvangenOp)}: ${partij.samenvatting}`}</p>
              {partij.reactie.trim() !== '' && <p className="prose">{`Reactie van het bestuursorgaan: ${partij.reactie}`}</p>}
              <ReactieForm key={partij.reactie} partijId={partij.id} naam={partij.naam} reactie={partij.reactie} onChanged={onChanged} onEdit={onEdit} />
            </>
          ) : (
            <ResponseForm partijId={partij.id} naam={partij.naam} onChanged={onChanged} onEdit={onEdit} />
          )}
          <WithdrawForm
            button={`Uitnodiging intrekken: ${partij.naam}`}
            what={`de uitnodiging van ${partij.naam} van ${formatCalendarDate(partij.uitgenodigdOp)}`}
            consequence="Ze telt dan niet meer mee voor de zienswijzestap of de datum van het besluit."
            withdraw={(reden) => unwrap(bibob.zienswijze.withdraw({ partijId: partij.id, reden }))}
            onWithdrawn={(next) => onChanged(next, `De uitnodiging van ${partij.naam} is ingetrokken.`)}
          />
        </li>
      ))}
    </ul>
    </>
  );
}

/** Awb 4:11 onder b (via art. 33 lid 3 Wet Bibob): no new round when heard before and no new facts arose since. */
function GeenNieuweRondeForm({ dossier, view, onChanged, onEdit }: PartProps & { readonly dossier: Dossier }) {
  const [eerdere, setEerdere] = useState('');
  const [reden, setReden] = useState('');
  const eerdereUitkomst = (eerdere || view.eerdereRondes[0]) as NonNullable<ZienswijzeView['uitkomst']>;
  return (
    <>
      <h3>Geen nieuwe ronde</h3>
      <p className="muted">
        Een nieuwe ronde mag alleen achterwege blijven als de betrokkene al eerder gelegenheid had een zienswijze te geven en zich sindsdien geen nieuwe feiten of omstandigheden hebben voorgedaan (art. 4:11 onder b Awb, via art. 33 lid 3 Wet Bibob).
      </p>
      <ActionForm
        fields={['eerdereUitkomst', 'reden']}
        button="Vastleggen: geen nieuwe ronde"
        call={() => unwrap(bibob.zienswijze.geenNieuweRonde({ dossierId: dossier.id, eerdereUitkomst, reden }))}
        onDone={(next) => onChanged(next, 'Vastgelegd dat een nieuwe ronde achterwege blijft.')}
      >
        {(submission) => (
          <>
            <SelectField
              label="Eerdere ronde waarop u zich beroept"
              value={eerdereUitkomst}
              onValueChange={(value) => { setEerdere(value); onEdit(); }}
              options={view.eerdereRondes.map((uitkomst) => ({ value: uitkomst, label: `voornemen tot ${outcomeLabel(uitkomst, dossier.toepassingsgebied)}` }))}
              error={submission.fieldErrors.eerdereUitkomst}
            />
            <TextareaField label="Waarom zijn er sindsdien geen nieuwe feiten of omstandigheden?" rows={3} value={reden} onValueChange={setReden} error={submission.fieldErrors.reden} />
          </>
        )}
      </ActionForm>
    </>
  );
}

function ResponseForm({ partijId, naam, onChanged, onEdit }: { partijId: string; naam: string } & Omit<PartProps, 'view'>) {
  const [ontvangenOp, setOntvangenOp] = useState('');
  const [samenvatting, setSamenvatting] = useState('');
  return (
    <ActionForm
      fields={['ontvangenOp', 'samenvatting']}
      button="Zienswijze vastleggen"
      label={`Zienswijze vastleggen: ${naam}`}
      call={() => unwrap(bibob.zienswijze.recordResponse({ partijId, ontvangenOp, samenvatting }))}
      onDone={(next) => onChanged(next, 'De zienswijze is vastgelegd.')}
    >
      {(submission) => (
        <>
          <Field type="date" className="textbox--date" label={`Zienswijze van ${naam} ontvangen op`} value={ontvangenOp} onValueChange={(value) => { setOntvangenOp(value); onEdit(); }} error={submission.fieldErrors.ontvangenOp} />
          <TextareaField label={`Samenvatting van de zienswijze van ${naam}`} rows={2} value={samenvatting} onValueChange={setSamenvatting} error={submission.fieldErrors.samenvatting} />
        </>
      )}
    </ActionForm>
  );
}

/**
 * The bestuursorgaan's answer to a zienswijze: required before the besluit, which summarises each zienswijze and
 * answers it (Awb 3:46, art. 33 Wet Bibob). The same form corrects it.
 */
function ReactieForm({ partijId, naam, reactie: huidig, onChanged, onEdit }: { partijId: string; naam: string; reactie: string } & Omit<PartProps, 'view'>) {
  const [reactie, setReactie] = useState(huidig);
  const nieuw = huidig.trim() === '';
  return (
    <ActionForm
      fields={['reactie']}
      button={nieuw ? 'Reactie vastleggen' : 'Reactie corrigeren'}
      label={`${nieuw ? 'Reactie vastleggen' : 'Reactie corrigeren'}: ${naam}`}
      call={() => unwrap(bibob.zienswijze.recordReactie({ partijId, reactie }))}
      onDone={(next) => onChanged(next, nieuw ? 'De reactie op de zienswijze is vastgelegd.' : 'De reactie op de zienswijze is gecorrigeerd.')}
    >
      {(submission) => (
        <TextareaField
          label={`Reactie van het bestuursorgaan op de zienswijze van ${naam}`}
          description="Verplicht voordat het besluit wordt genomen: het besluit vat elke zienswijze samen en gaat erop in (art. 3:46 Awb)."
          rows={3}
          value={reactie}
          onValueChange={(value) => {
            setReactie(value);
            onEdit();
          }}
          error={submission.fieldErrors.reactie}
        />
      )}
    </ActionForm>
  );
}

function InviteForm({ dossierId, view, betrokkenen, voorstel, onChanged, onEdit }: PartProps & { readonly dossierId: string; readonly betrokkenen: readonly DossierBetrokkene[]; readonly voorstel: VoornemenGemaakt | null }) {
  const [gekozen, setGekozen] = useState(voorstel?.betrokkeneId ?? '');
  const [rol, setRol] = useState<PartijRol>('betrokkene');
  const [uitgenodigdOp, setUitgenodigdOp] = useState(voorstel?.uitgenodigdOp ?? '');
  const [termijnTot, setTermijnTot] = useState(voorstel?.termijnTot ?? '');
  const [reden, setReden] = useState('');
  const [afschrift, setAfschrift] = useState(false);
  const [geheimhouding, setGeheimhouding] = useState(false);
  const proposal = useSubmission(['uitgenodigdOp']);
  const betrokkeneId = gekozen || (betrokkenen[0]?.betrokkene.id ?? '');

  return (
    <>
      <h3>Uitnodigen voor een zienswijze</h3>
      {voorstel && <p className="prose">Overgenomen uit de brief met het voornemen: de geadresseerde, de datum van vandaag en de termijn die de brief noemt. Pas de datum aan als u de brief later verstuurt.</p>}
      <ActionForm
        fields={['betrokkeneId', 'rol', 'uitgenodigdOp', 'termijnTot', 'redenKorteTermijn', 'afschriftAdvies', 'geheimhoudingGewezen']}
        button="Uitnodiging vastleggen"
        call={() =>
          unwrap(
            bibob.zienswijze.invite({
              dossierId,
              betrokkeneId,
              rol,
              uitgenodigdOp,
              termijnTot,
              ...(reden.trim() ? { redenKorteTermijn: reden } : {}),
              afschriftAdvies: afschrift,
              geheimhoudingGewezen: geheimhouding,
            }),
          )
        }
        onDone={(next) => {
          setReden('');
          onChanged(next, 'De uitnodiging is vastgelegd.');
        }}
      >
        {(submission) => (
          <>
            <SelectField label="Wie" value={betrokkeneId} onValueChange={(value) => { setGekozen(value); onEdit(); }} options={betrokkenen.map(({ betrokkene }) => ({ value: betrokkene.id, label: betrokkene.naam }))} error={submission.fieldErrors.betrokkeneId} />
            <RadioGroup
              legend="Als"
              name={`zienswijze-rol-${dossierId}`}
              options={[
                { value: 'betrokkene', label: 'Betrokkene (aanvrager of vergunninghouder)' },
                { value: 'derde', label: 'Derde die in het voornemen wordt genoemd' },
              ]}
              value={rol}
              onValueChange={setRol}
            />
            <Field type="date" className="textbox--date" label="Uitgenodigd op" value={uitgenodigdOp} onValueChange={setUitgenodigdOp} error={submission.fieldErrors.uitgenodigdOp ?? proposal.fieldErrors.uitgenodigdOp} />
            <div className="form-actions">
              <Button
                appearance="secondary-action-button"
                onClick={() => void proposal.run(() => unwrap(bibob.zienswijze.proposeTerm({ uitgenodigdOp })), (result) => setTermijnTot(result.termijnTot))}
              >
                Termijn voorstellen
              </Button>
            </div>
            <Field type="date" className="textbox--date" label="Zienswijzetermijn tot en met" description="Standaard twee weken; korter alleen met een reden." value={termijnTot} onValueChange={setTermijnTot} error={submission.fieldErrors.termijnTot} />
            <TextareaField label="Reden voor een kortere termijn (optioneel)" rows={2} value={reden} onValueChange={setReden} error={submission.fieldErrors.redenKorteTermijn} />
            {view.lbbAdvies && (
              <>
                <Checkbox label={rol === 'derde' ? 'Afschrift gegeven van het deel van het LBB-advies dat op hem betrekking heeft (art. 28 lid 3)' : 'Afschrift gegeven van het LBB-advies (art. 28 lid 3)'} checked={afschrift} onCheckedChange={setAfschrift} error={submission.fieldErrors.afschriftAdvies} />
                <Checkbox label="Schriftelijk gewezen op de geheimhoudingsplicht (art. 28 lid 1 en 3)" checked={geheimhouding} onCheckedChange={setGeheimhouding} error={submission.fieldErrors.geheimhoudingGewezen} />
              </>
            )}
          </>
        )}
      </ActionForm>
    </>
  );
}

const uitkomstLabels: Readonly<Record<(typeof rechtsmiddelUitkomsten)[number], string>> = {
  gegrond: 'Gegrond',
  ongegrond: 'Ongegrond',
  'niet-ontvankelijk': 'Niet-ontvankelijk',
  ingetrokken: 'Ingetrokken',
};

type Rechtsmiddel = NonNullable<BesluitGegevens['bezwaar']>;

const adviesMaten: readonly { value: '' | GevaarMate; label: string }[] = [
  { value: '', label: 'Nog niet vastgelegd' },
  ...gevaarMaatIds.map((mate) => ({ value: mate, label: `${gevaarMaten[mate].charAt(0).toUpperCase()}${gevaarMaten[mate].slice(1)}` })),
];

function DecisionForm({ dossier, view, onChanged, onEdit }: PartProps & { readonly dossier: Dossier }) {
  const { besluit, rechtsmiddel } = view;
  const [adviesMate, setAdviesMate] = useState<'' | GevaarMate>(besluit.lbbAdviesMate ?? '');
  const [afwijkingReden, setAfwijkingReden] = useState(besluit.afwijkingLbbReden);
  const vastgoed = dossier.toepassingsgebied === 'vastgoed';
  const rechtstreeksBeroep = rechtsmiddel === 'beroep';
  const [besluitOp, setBesluitOp] = useState(besluit.besluitOp ?? '');
  const [clausule, setClausule] = useState(besluit.contractclausule ?? false);
  const [bezwaar, setBezwaar] = useState(besluit.bezwaar);
  const [beroep, setBeroep] = useState(besluit.beroep);
  return (
    <>
      <h3>Besluit</h3>
      <ActionForm
        fields={['besluitOp', 'contractclausule', 'lbbAdviesMate', 'afwijkingLbbReden']}
        button="Besluit opslaan"
        call={() =>
          unwrap(
            bibob.besluit.save({
              dossierId: dossier.id,
              besluit: {
                besluitOp: besluitOp || null,
                contractclausule: vastgoed ? clausule : null,
                bezwaar: vastgoed || rechtstreeksBeroep ? null : bezwaar,
                beroep: vastgoed ? null : beroep,
                lbbAdviesMate: view.lbbAdvies && adviesMate !== '' ? adviesMate : null,
                afwijkingLbbReden: view.lbbAdvies ? afwijkingReden : '',
              },
            }),
          )
        }
        onDone={(next) => onChanged(next, 'Het besluit is opgeslagen.')}
      >
        {(submission) => (
          <>
            <Field type="date" className="textbox--date" label="Besluit genomen op" value={besluitOp} onValueChange={(value) => { setBesluitOp(value); onEdit(); }} error={submission.fieldErrors.besluitOp} />
            {view.lbbAdvies && (
              <>
                <SelectField
                  label="Mate van gevaar volgens het advies van het Landelijk Bureau Bibob"
                  value={adviesMate}
                  onValueChange={(value) => { setAdviesMate(value as '' | GevaarMate); onEdit(); }}
                  options={adviesMaten}
                  error={submission.fieldErrors.lbbAdviesMate}
                />
                {view.afwijkingLbb && <p className="muted">{`Het besluit wijkt af van het advies: ${view.afwijkingLbb}. Het besluit vermeldt dat met de redenen (art. 3:50 Awb).`}</p>}
                <TextareaField
                  label="Redenen om af te wijken van het advies (art. 3:50 Awb)"
                  description="Verplicht als het besluit van het advies afwijkt; het besluit neemt deze redenen over."
                  rows={3}
                  value={afwijkingReden}
                  onValueChange={(value) => { setAfwijkingReden(value); onEdit(); }}
                  error={submission.fieldErrors.afwijkingLbbReden}
                />
              </>
            )}
            {vastgoed ? (
              <Checkbox label="De overeenkomst bevat het beding dat opschorten of ontbinden toestaat (art. 5a sub b Wet Bibob)" checked={clausule} onCheckedChange={setClausule} />
            ) : (
              <>
                {rechtstreeksBeroep ? (
                  <p className="muted">Voorbereid met de uniforme openbare voorbereidingsprocedure (afdeling 3.4 Awb): geen bezwaar, maar rechtstreeks beroep bij de rechtbank binnen zes weken na de terinzagelegging (art. 7:1 lid 1 onder d en 6:8 lid 4 Awb).</p>
                ) : (
                  <RemedyFields titel="Bezwaar" value={bezwaar} onChange={setBezwaar} />
                )}
                <RemedyFields titel="Beroep" value={beroep} onChange={setBeroep} />
              </>
            )}
          </>
        )}
      </ActionForm>
    </>
  );
}

function RemedyFields({ titel, value, onChange }: { titel: string; value: Rechtsmiddel | null; onChange: (value: Rechtsmiddel | null) => void }) {
  return (
    <fieldset className="radio-group">
      <legend className="radio-group__legend">{titel}</legend>
      <Checkbox label={`${titel} ingediend`} checked={value !== null} onCheckedChange={(checked) => onChange(checked ? { ingediendOp: '', uitkomst: null, uitspraakOp: null, toelichting: '' } : null)} />
      {value && (
        <>
          <Field type="date" className="textbox--date" label={`${titel} ingediend op`} value={value.ingediendOp} onValueChange={(ingediendOp) => onChange({ ...value, ingediendOp })} />
          <SelectField
            label={`Uitkomst ${titel.toLowerCase()}`}
            value={value.uitkomst ?? ''}
            onValueChange={(uitkomst) => onChange({ ...value, uitkomst: uitkomst === '' ? null : (uitkomst as Rechtsmiddel['uitkomst']) })}
            options={[{ value: '', label: 'Nog niet bekend' }, ...rechtsmiddelUitkomsten.map((id) => ({ value: id, label: uitkomstLabels[id] }))]}
          />
          <Field type="date" className="textbox--date" label={`Beslissing op ${titel.toLowerCase()} op`} value={value.uitspraakOp ?? ''} onValueChange={(uitspraakOp) => onChange({ ...value, uitspraakOp: uitspraakOp || null })} />
          <TextareaField label={`Toelichting ${titel.toLowerCase()}`} rows={2} value={value.toelichting} onValueChange={(toelichting) => onChange({ ...value, toelichting })} />
        </>
      )}
    </fieldset>
  );
}


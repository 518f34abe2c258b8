import { useCallback, useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../bridge';
import type { BeleidstoetsView } from '../../../src/contract/beleidCalls';
import { BEDRAG_FORMAAT, BEDRAG_NUL, BEDRAG_TE_GROOT, MAX_BEDRAG_CENT } from '../../../src/domain/bedrag';
import { parseEuroToCents } from '../../money';
import { formatEuro } from '../../../src/domain/eigenOnderzoek/financing';
import { geenAntwoorden, isAfwijking, toetsBeleid, type BeleidsAdvies, type BeleidsReden, type Gebiedsbeleid, type IntakeAntwoorden } from '../../../src/domain/beleid';
import { formatCalendarDate, formatShortDateTime } from '../../format';
import { useReloadable } from '../../hooks/useReloadable';
import { useSubmission } from '../../hooks/useSubmission';
import { Checkbox } from '../Checkbox';
import { CheckboxSet } from '../CheckboxSet';
import { ErrorAlert } from '../ErrorAlert';
import { Field } from '../Field';
import { RadioGroup } from '../RadioGroup';
import { StatusMessage } from '../StatusMessage';
import { SubmissionForm } from '../SubmissionForm';
import { TextareaField } from '../TextareaField';
import { ActionButtons } from './ActionForm';
import { DossierSection, type ConfirmationProps } from './DossierSection';

const HEADING_ID = 'dossier-beleidstoets';

type Besluit = 'toepassen' | 'niet-toepassen';
const besluitOptions: readonly { value: Besluit; label: string }[] = [
  { value: 'toepassen', label: 'De Wet Bibob toepassen' },
  { value: 'niet-toepassen', label: 'De Wet Bibob niet toepassen' },
];

function Redenen({ redenen }: { redenen: readonly BeleidsReden[] }) {
  if (redenen.length === 0) return null;
  return (
    <ul className="notice__list">
      {redenen.map((reden, index) => (
        <li key={index}>
          {`${reden.artikel}: “${reden.citaat}” — ${reden.toelichting}`}
        </li>
      ))}
    </ul>
  );
}

/** The beleid's advice for the answers given so far, read out when it changes. */
function AdviesPanel({ advies }: { advies: BeleidsAdvies | null }) {
  return (
    <div className="notice" aria-live="polite">
      <p className="notice__title">Advies volgens het beleid</p>
      {advies === null ? <p>Nog niet alle antwoorden passen bij de beleidsregel.</p> : (
        <>
          <p>{advies.conclusie}</p>
          <Redenen redenen={advies.redenen} />
        </>
      )}
    </div>
  );
}

function euroText(cents: number): string {
  return formatEuro(cents).replace(/,00$/, '');
}

interface IntakeFormProps {
  readonly dossierId: string;
  readonly criteria: Gebiedsbeleid | null;
  readonly begin: { antwoorden: IntakeAntwoorden; toepassen: boolean | null; afwijkingReden: string };
  /** Present when correcting a recorded toets: a reason is asked for. */
  readonly correctie: boolean;
  readonly onDone: (view: BeleidstoetsView) => void;
  readonly onCancel?: () => void;
}

/** The beleid's questions for the dossier's toepassingsgebied, the advice as it follows the answers, and the decision. */
function IntakeForm({ dossierId, criteria, begin, correctie, onDone, onCancel }: IntakeFormProps) {
  const drempels = criteria?.drempels ?? [];
  const [categorieen, setCategorieen] = useState<ReadonlySet<string>>(new Set(begin.antwoorden.categorieen));
  const [signalen, setSignalen] = useState<ReadonlySet<string>>(new Set(begin.antwoorden.signalen));
  const [wissel, setWissel] = useState(begin.antwoorden.wisselingExploitant);
  const [bedragen, setBedragen] = useState<Record<string, string>>(
    Object.fromEntries(begin.antwoorden.bedragen.map((antwoord) => [antwoord.drempel, euroText(antwoord.bedragCent)])),
  );
  const [verlaagd, setVerlaagd] = useState<Record<string, ReadonlySet<string>>>(
    Object.fromEntries(begin.antwoorden.bedragen.map((antwoord) => [antwoord.drempel, new Set(antwoord.verlaagd)])),
  );
  const [besluit, setBesluit] = useState<Besluit | ''>(begin.toepassen === null ? '' : begin.toepassen ? 'toepassen' : 'niet-toepassen');
  const [afwijkingReden, setAfwijkingReden] = useState(begin.afwijkingReden);
  const [reden, setReden] = useState('');
  const submission = useSubmission(['toepassen', 'afwijkingReden', 'reden', ...drempels.map((drempel) => `bedrag-${drempel.id}`)]);

  /** The answers as typed; an amount that is no amount yet counts as not given, for the advice. */
  const antwoorden = (): { antwoorden: IntakeAntwoorden; fouten: Record<string, string> } => {
    const fouten: Record<string, string> = {};
    const lijst: IntakeAntwoorden['bedragen'][number][] = [];
    for (const drempel of drempels) {
      const tekst = (bedragen[drempel.id] ?? '').trim();
      if (tekst === '') continue;
      const cent = parseEuroToCents(tekst);
      if (cent === null) fouten[`bedrag-${drempel.id}`] = BEDRAG_FORMAAT;
      else if (cent === 0) fouten[`bedrag-${drempel.id}`] = BEDRAG_NUL;
      else if (cent > MAX_BEDRAG_CENT) fouten[`bedrag-${drempel.id}`] = BEDRAG_TE_GROOT;
      else lijst.push({ drempel: drempel.id, bedragCent: cent, verlaagd: [...(verlaagd[drempel.id] ?? [])] });
    }
    return { antwoorden: { categorieen: [...categorieen], signalen: [...signalen], bedragen: lijst, wisselingExploitant: wissel }, fouten };
  };
  const huidig = antwoorden();
  const uitkomst = toetsBeleid(criteria, huidig.antwoorden);
  const advies = uitkomst.ok ? uitkomst.advies : null;
  const afwijking = advies !== null && besluit !== '' && isAfwijking(advies, { toepassen: besluit === 'toepassen' });

  function submit(): void {
    const { antwoorden: gegeven, fouten } = antwoorden();
    if (besluit === '') fouten.toepassen = 'Kies of de Wet Bibob wordt toegepast.';
    if (Object.keys(fouten).length > 0) return submission.reject(fouten);
    const payload = { dossierId, antwoorden: gegeven, toepassen: besluit === 'toepassen', ...(afwijking ? { afwijkingReden } : {}) };
    void submission.run(() => unwrap(correctie ? bibob.beleidstoets.correct({ ...payload, reden }) : bibob.beleidstoets.record(payload)), onDone);
  }

  return (
    <SubmissionForm submission={submission} onSubmit={submit}>
      {criteria === null ? (
        <p>De beleidsregel stelt voor dit toepassingsgebied geen vragen.</p>
      ) : (
        <>
          {criteria.categorieen.length > 0 && (
            <CheckboxSet
              legend="Valt de aanvraag in een categorie waarin het beleid Bibob altijd toepast?"
              options={criteria.categorieen.map((item) => ({ value: item.id, label: `${item.omschrijving} (${item.artikel})` }))}
              selected={categorieen}
              onChange={setCategorieen}
            />
          )}
          {drempels.map((drempel) => (
            <fieldset key={drempel.id} className="radio-group">
              <legend className="radio-group__legend">{`${drempel.omschrijving} (drempel ${euroText(drempel.vanafEuro * 100)}, ${drempel.artikel})`}</legend>
              <Field
                type="text"
                inputMode="decimal"
                autoComplete="off"
                label={`Bedrag: ${drempel.omschrijving}`}
                description="In euro’s; leeg laten als het niet bekend is of niet van toepassing."
                value={bedragen[drempel.id] ?? ''}
                onValueChange={(value) => setBedragen((current) => ({ ...current, [drempel.id]: value }))}
                error={submission.fieldErrors[`bedrag-${drempel.id}`]}
              />
              {drempel.verlaagd && (
                <CheckboxSet
                  legend={`Lagere drempel van ${euroText(drempel.verlaagd.vanafEuro * 100)} (${drempel.verlaagd.artikel}) als:`}
                  options={drempel.verlaagd.wanneer.map((item) => ({ value: item.id, label: item.omschrijving }))}
                  selected={verlaagd[drempel.id] ?? new Set<string>()}
                  onChange={(next) => setVerlaagd((current) => ({ ...current, [drempel.id]: next }))}
                />
              )}
            </fieldset>
          ))}
          {criteria.signalen.length > 0 && (
            <CheckboxSet
              legend="Zijn er signalen?"
              options={criteria.signalen.map((item) => ({ value: item.id, label: `${item.omschrijving} (${item.artikel})` }))}
              selected={signalen}
              onChange={setSignalen}
            />
          )}
          {criteria.wisselingExploitant && (
            <Checkbox label={`Nieuwe ondernemer of wisseling van exploitant: ${criteria.wisselingExploitant.omschrijving} (${criteria.wisselingExploitant.artikel})`} checked={wissel} onCheckedChange={setWissel} />
          )}
        </>
      )}
      <AdviesPanel advies={advies} />
      <RadioGroup legend="Uw besluit" name={`beleidstoets-${correctie ? 'correctie' : 'intake'}`} options={besluitOptions} value={besluit} onValueChange={setBesluit} error={submission.fieldErrors.toepassen} />
      {afwijking && (
        <TextareaField
          label="Reden van afwijken van het beleid"
          description="Afwijken van een beleidsregel mag als het volgen ervan door bijzondere omstandigheden onevenredig zou uitpakken (art. 4:84 Awb)."
          value={afwijkingReden}
          onValueChange={setAfwijkingReden}
          error={submission.fieldErrors.afwijkingReden}
        />
      )}
      {correctie && <TextareaField label="Reden van de correctie" rows={2} value={reden} onValueChange={setReden} error={submission.fieldErrors.reden} />}
      <ActionButtons busy={submission.busy} button={correctie ? 'Correctie opslaan' : 'Beleidstoets vastleggen'} onCancel={onCancel} />
    </SubmissionForm>
  );
}

function beleidText(beleid: { naam: string; versie: string; vastgesteldOp: string }): string {
  return `${beleid.naam}, versie ${beleid.versie} (vastgesteld ${formatCalendarDate(beleid.vastgesteldOp)})`;
}

/** The recorded toets: the beleid and its version, the advice and why, the decision and any departure's reason. */
function RecordedToets({ toets }: { toets: NonNullable<BeleidstoetsView['toets']> }) {
  const label = (toepassen: boolean) => (toepassen ? 'De Wet Bibob toepassen' : 'De Wet Bibob niet toepassen');
  return (
    <>
      <dl className="details">
        <dt>Beleidsregel</dt>
        <dd>
          {beleidText(toets.beleid)}
          {toets.beleid.voorbeeld && <span className="cell-note">Voorbeeldbeleid, geen vastgestelde beleidsregel van de gemeente.</span>}
        </dd>
        <dt>Advies volgens het beleid</dt>
        <dd>
          {toets.conclusie}
          <Redenen redenen={toets.redenen} />
        </dd>
        <dt>Besluit</dt>
        <dd>{toets.afwijking ? `${label(toets.toepassen)} — afgeweken van het beleid` : label(toets.toepassen)}</dd>
        {toets.afwijkingReden !== null && (
          <>
            <dt>Reden van afwijken (art. 4:84 Awb)</dt>
            <dd>{toets.afwijkingReden}</dd>
          </>
        )}
        <dt>Vastgelegd</dt>
        <dd>{`${formatShortDateTime(toets.vastgelegdOp)} door ${toets.vastgelegdDoor}`}</dd>
        {toets.gecorrigeerdOp !== null && (
          <>
            <dt>Gecorrigeerd</dt>
            <dd>{`${formatShortDateTime(toets.gecorrigeerdOp)} door ${toets.gecorrigeerdDoor ?? ''}: ${toets.correctieReden ?? ''}`}</dd>
          </>
        )}
      </dl>
    </>
  );
}

/**
 * The first step at intake (issue 23 §4): the municipality's Bibob-beleid asks its questions for this dossier's
 * toepassingsgebied and says whether and why it applies the Wet Bibob; the coordinator decides and may depart
 * from it with a reason. Recorded with the beleid's version, correctable with a reason.
 */
export function BeleidstoetsSection({ dossierId, onDossierChanged, confirmation, onConfirmationChange }: { dossierId: string; onDossierChanged: () => void } & ConfirmationProps) {
  const load = useCallback(() => unwrap(bibob.beleidstoets.get({ dossierId })), [dossierId]);
  const { value: view, error, replace } = useReloadable(load);
  const [correcting, setCorrecting] = useState(false);

  const done = (next: BeleidstoetsView, message: string) => {
    replace(next);
    setCorrecting(false);
    onConfirmationChange(message);
    onDossierChanged();
  };

  return (
    <DossierSection headingId={HEADING_ID} title="Bibob-beleid bij intake">
      <ErrorAlert content={error} />
      {view === null ? (
        error === null && <p className="loading">De beleidstoets wordt geladen…</p>
      ) : view.toets === null ? (
        <>
          <p className="prose">
            {`Beantwoord de vragen van ${beleidText(view.huidig.beleid)}. Het beleid adviseert; u beslist (art. 3 lid 1 Wet Bibob).`}
          </p>
          {view.huidig.beleid.voorbeeld && (
            <p className="prose">
              <strong>Let op: dit is het voorbeeldbeleid dat met de app is meegeleverd. Stel onder Instellingen het Bibob-beleid van uw gemeente in.</strong>
            </p>
          )}
          <IntakeForm
            dossierId={dossierId}
            criteria={view.huidig.criteria}
            begin={{ antwoorden: geenAntwoorden(), toepassen: null, afwijkingReden: '' }}
            correctie={false}
            onDone={(next) => done(next, 'De beleidstoets is vastgelegd.')}
          />
        </>
      ) : (
        <>
          <RecordedToets toets={view.toets} />
          {correcting ? (
            <IntakeForm
              dossierId={dossierId}
              criteria={view.toets.criteria}
              begin={{ antwoorden: view.toets.antwoorden, toepassen: view.toets.toepassen, afwijkingReden: view.toets.afwijkingReden ?? '' }}
              correctie
              onDone={(next) => done(next, 'De beleidstoets is gecorrigeerd.')}
              onCancel={() => setCorrecting(false)}
            />
          ) : (
            <p>
              <Button appearance="secondary-action-button" onClick={() => { onConfirmationChange(null); setCorrecting(true); }}>
                Beleidstoets corrigeren
              </Button>
            </p>
          )}
        </>
      )}
      <StatusMessage>{confirmation}</StatusMessage>
    </DossierSection>
  );
}

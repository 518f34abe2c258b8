import { useState } from 'react';
import { bibob, unwrap } from '../../bridge';
import type { VragenformulierView } from '../../../src/contract/questionnaireCalls';
import { countOf, formatCalendarDate } from '../../format';
import { itemStatusLabel, rolLabel } from '../../labels';
import { ErrorAlert } from '../ErrorAlert';
import { Field } from '../Field';
import { FormActions, SubmitButton } from '../FormActions';
import { StatusMessage } from '../StatusMessage';
import { SubmissionForm } from '../SubmissionForm';
import { useSubmission } from '../../hooks/useSubmission';
import { DossierSection, focusHeading, type ConfirmationProps } from './DossierSection';
import { AnswersForm } from './AnswersForm';
import type { Bijlage } from './BijlagenSection';
import { ItemStatusForm } from './ItemStatusForm';
import { BulkItemStatus, ConfirmDerived } from './BulkItemStatus';
import { LinkedFiles } from './LinkedFiles';
import { ProposedBetrokkeneItem } from './ProposedBetrokkeneItem';
import { QuestionSelection } from './QuestionSelection';
import { DataTable } from '../DataTable';

export const VRAGENFORMULIER_HEADING_ID = 'dossier-vragenformulier';

interface VragenformulierSectionProps {
  readonly formulier: VragenformulierView | null;
  readonly error: string | null;
  readonly onChanged: (formulier: VragenformulierView) => void;
  /** The dossier itself changed (a proposed betrokkene was recorded, a finding went on the timeline): load it again. */
  readonly onDossierChanged: () => Promise<void>;
  /** The dossier's attachments, to link to the items they answer. */
  readonly bijlagen: readonly Bijlage[];
  readonly selection: ConfirmationProps;
  readonly answers: ConfirmationProps;
  readonly progress: ConfirmationProps;
  readonly status: ConfirmationProps;
  readonly proposals: ConfirmationProps;
}

/** The Bibob-vragenformulier of the dossier: the questions chosen, sending and receiving, and what is still missing. */
export function VragenformulierSection({ formulier, error, onChanged, onDossierChanged, bijlagen, selection, answers, progress, status, proposals }: VragenformulierSectionProps) {
  return (
    <DossierSection headingId={VRAGENFORMULIER_HEADING_ID} title="Vragenformulier">
      <ErrorAlert content={error} />
      {formulier === null ? (
        error === null && <p className="loading">Het vragenformulier wordt geladen…</p>
      ) : (
        <>
          <StatusMessage>{progress.confirmation}</StatusMessage>
          <dl className="details">
            <dt>Vragenset</dt>
            <dd>{`${formulier.setTitel} (versie ${formulier.versie})`}</dd>
            <dt>Geselecteerd</dt>
            <dd>{countOf(formulier.selectie.length, 'vraag', 'vragen')}</dd>
            {formulier.verzondenOp !== null && (
              <>
                <dt>Verzonden op</dt>
                <dd>
                  <time dateTime={formulier.verzondenOp}>{formatCalendarDate(formulier.verzondenOp)}</time>
                </dd>
                <dt>Ontvangen op</dt>
                <dd>
                  {formulier.ontvangenOp === null ? (
                    <span className="muted">Nog niet ontvangen</span>
                  ) : (
                    <time dateTime={formulier.ontvangenOp}>{formatCalendarDate(formulier.ontvangenOp)}</time>
                  )}
                </dd>
              </>
            )}
          </dl>
          {formulier.selectieWijzigbaar && <QuestionSelection formulier={formulier} onChanged={onChanged} {...selection} />}
          {formulier.verzondenOp === null ? (
            <>
              <h3>Vragenformulier versturen</h3>
              <DateForm
                label="Verzonden op"
                button="Vragenformulier versturen"
                call={(date) => unwrap(bibob.vragenformulier.send({ dossierId: formulier.dossierId, verzondenOp: date }))}
                field="verzondenOp"
                onDone={(next) => {
                  onChanged(next);
                  // Sending moves an intake dossier on: the phase, the timeline and the next steps follow.
                  void onDossierChanged();
                  focusHeading(VRAGENFORMULIER_HEADING_ID);
                  progress.onConfirmationChange(`Het vragenformulier is verzonden op ${formatCalendarDate(next.verzondenOp ?? '')}.`);
                }}
                onEdit={() => progress.onConfirmationChange(null)}
              />
            </>
          ) : (
            formulier.ontvangenOp === null && (
              <>
                <h3>Ontvangst vastleggen</h3>
                <DateForm
                  label="Ontvangen op"
                  button="Ontvangst vastleggen"
                  call={(date) => unwrap(bibob.vragenformulier.recordReceived({ dossierId: formulier.dossierId, ontvangenOp: date }))}
                  field="ontvangenOp"
                  onDone={(next) => {
                    onChanged(next);
                    void onDossierChanged();
                    focusHeading(VRAGENFORMULIER_HEADING_ID);
                    progress.onConfirmationChange(`Het ingevulde vragenformulier is ontvangen op ${formatCalendarDate(next.ontvangenOp ?? '')}.`);
                  }}
                  onEdit={() => progress.onConfirmationChange(null)}
                />
              </>
            )
          )}
          {formulier.verzondenOp !== null && formulier.weigeringMogelijk && (
            <Refusal
              formulier={formulier}
              onChanged={(next) => {
                onChanged(next);
                void onDossierChanged();
              }}
              {...progress}
            />
          )}
          {formulier.verzondenOp !== null && <AnswersForm formulier={formulier} onChanged={onChanged} {...answers} />}
          {formulier.verzondenOp !== null && (
            <Completeness
              formulier={formulier}
              bijlagen={bijlagen}
              onChanged={(next) => {
                onChanged(next);
                void onDossierChanged();
              }}
              {...status}
            />
          )}
          {formulier.voorgesteldeBetrokkenen.length > 0 && (
            <>
              <h3>Betrokkenen uit de antwoorden</h3>
              <p className="prose">De antwoorden noemen deze personen en bedrijven. Leg ze vast om ze als betrokkene in het dossier op te nemen.</p>
              <ul className="candidates__list proposals">
                {formulier.voorgesteldeBetrokkenen.map((proposal) => (
                  <ProposedBetrokkeneItem
                    key={`${proposal.bron}|${proposal.persoonId ?? ''}|${proposal.genoemdDoor?.id ?? ''}|${proposal.naam}`}
                    dossierId={formulier.dossierId}
                    proposal={proposal}
                    onEdit={() => proposals.onConfirmationChange(null)}
                    onConfirmed={async (next, confirmed) => {
                      onChanged(next);
                      await onDossierChanged();
                      proposals.onConfirmationChange(
                        confirmed.bestaandeAanvrager
                          ? `Het antwoord op vraag ${confirmed.bron} is gekoppeld aan de aanvrager ${confirmed.bestaandeAanvrager.naam}; er is geen tweede betrokkene vastgelegd.`
                          : `${confirmed.naam} is vastgelegd als ${rolLabel(confirmed.rol).toLowerCase()}.`,
                      );
                    }}
                  />
                ))}
              </ul>
              <StatusMessage>{proposals.confirmation}</StatusMessage>
            </>
          )}
        </>
      )}
    </DossierSection>
  );
}

interface DateFormProps {
  readonly label: string;
  readonly button: string;
  readonly field: string;
  readonly call: (date: string) => Promise<VragenformulierView>;
  readonly onDone: (formulier: VragenformulierView) => void;
  readonly onEdit: () => void;
}

/** One date and one button: sending the vragenformulier, or recording that it came back. */
function DateForm({ label, button, field, call, onDone, onEdit }: DateFormProps) {
  const [date, setDate] = useState('');
  const submission = useSubmission([field]);
  return (
    <SubmissionForm submission={submission} onSubmit={() => void submission.run(() => call(date), onDone)}>
      <Field
        type="date"
        className="textbox--date"
        label={label}
        value={date}
        onValueChange={(value) => {
          setDate(value);
          onEdit();
        }}
        error={submission.fieldErrors[field]}
      />
      <FormActions>
        <SubmitButton busy={submission.busy}>{button}</SubmitButton>
      </FormActions>
    </SubmissionForm>
  );
}

interface RefusalProps extends ConfirmationProps {
  readonly formulier: VragenformulierView;
  readonly onChanged: (formulier: VragenformulierView) => void;
}

/**
 * In a revocation investigation: the holder refuses to fill in the vragenformulier. That counts as ernstig gevaar
 * (art. 4 lid 1 Wet Bibob) and is recorded once, as a finding for the assessment.
 */
function Refusal({ formulier, onChanged, onConfirmationChange }: RefusalProps) {
  const { weigering } = formulier;
  return (
    <>
      <h3>Weigering van de vergunninghouder</h3>
      {weigering ? (
        <div role="note" className="notice">
          <p className="notice__title">{`Weigering vastgelegd op ${formatCalendarDate(weigering.op)}`}</p>
          <p>{`Bevinding voor de beoordeling: ${weigering.bevinding}; ${weigering.gevolg} (${weigering.grondslag}).`}</p>
        </div>
      ) : (
        <>
          <p className="prose">
            Weigert de vergunninghouder het vragenformulier in te vullen, dan geldt dat in dit intrekkingsonderzoek als ernstig gevaar (art. 4 lid 1 Wet Bibob).
            Leg de weigering vast; zij wordt een bevinding voor de beoordeling.
          </p>
          <DateForm
            label="Weigering vastgesteld op"
            button="Weigering vastleggen"
            field="op"
            call={(date) => unwrap(bibob.vragenformulier.recordRefusal({ dossierId: formulier.dossierId, op: date }))}
            onDone={(next) => {
              onChanged(next);
              focusHeading(VRAGENFORMULIER_HEADING_ID);
              onConfirmationChange('De weigering is vastgelegd als bevinding (ernstig gevaar, art. 4 lid 1 Wet Bibob).');
            }}
            onEdit={() => onConfirmationChange(null)}
          />
        </>
      )}
    </>
  );
}

interface CompletenessProps extends ConfirmationProps {
  readonly formulier: VragenformulierView;
  readonly bijlagen: readonly Bijlage[];
  readonly onChanged: (formulier: VragenformulierView) => void;
}

/** The completeness overview: per question and attachment its status and why it is asked, then what is missing. */
function Completeness({ formulier, bijlagen, onChanged, confirmation, onConfirmationChange }: CompletenessProps) {
  const { items, ontbreekt, compleet, teBevestigen } = formulier.volledigheid;
  const [selected, setSelected] = useState<readonly string[]>([]);
  const done = (next: VragenformulierView, message: string) => {
    onChanged(next);
    setSelected([]);
    onConfirmationChange(message);
  };
  return (
    <>
      <h3>Volledigheid</h3>
      <p className="completeness-summary">
        <strong>
          {compleet
            ? 'Het vragenformulier is volledig.'
            : ontbreekt.length > 0
              ? `${countOf(ontbreekt.length, 'onderdeel', 'onderdelen')} ${ontbreekt.length === 1 ? 'ontbreekt' : 'ontbreken'}.`
              : 'Niets ontbreekt meer; bevestig de beantwoorde onderdelen.'}
        </strong>
      </p>
      <p className="cell-note">
        Een beantwoorde vraag en een bijlage met een gekoppeld bestand gelden als ontvangen. U bevestigt dat in één keer, en legt alleen uitzonderingen apart vast
        (onvolledig of niet van toepassing, met een notitie).
      </p>
      {teBevestigen > 0 && <ConfirmDerived formulier={formulier} onDone={done} />}
      {items.length > 0 && <BulkItemStatus dossierId={formulier.dossierId} selected={selected} onSaved={done} />}
      {items.length > 0 && (
        <DataTable caption="Volledigheid" columns={['Kiezen', 'Onderdeel', 'Status', 'Bestanden', 'Waarom']} className="completeness">
          {items.map((item) => (
            <tr key={item.sleutel}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Selecteren: ${item.omschrijving}${item.persoon ? ` (${item.persoon.naam})` : ''}`}
                  checked={selected.includes(item.sleutel)}
                  onChange={(event) => {
                    onConfirmationChange(null);
                    setSelected((now) => (event.target.checked ? [...now, item.sleutel] : now.filter((sleutel) => sleutel !== item.sleutel)));
                  }}
                />
              </td>
              <th scope="row">
                {item.omschrijving}
                <span className="cell-note">
                  {item.soort === 'bijlage' ? `Bijlage bij vraag ${item.nummer}` : `Vraag ${item.nummer}`}
                  {item.persoon && ` · ${item.persoon.naam}`}
                  {!item.verplicht && ' · optioneel'}
                  {item.afgeleid && item.status === 'ontvangen' && ' · beantwoord, nog te bevestigen'}
                </span>
              </th>
              <td>
                <ItemStatusForm
                  dossierId={formulier.dossierId}
                  item={item}
                  onEdit={() => onConfirmationChange(null)}
                  onSaved={(next, saved) => {
                    onChanged(next);
                    const now = next.volledigheid.items.find((entry) => entry.sleutel === saved.sleutel);
                    onConfirmationChange(`Status opgeslagen: ${saved.omschrijving} — ${itemStatusLabel(now?.status ?? saved.status).toLowerCase()}.`);
                  }}
                />
              </td>
              <td>
                <LinkedFiles
                  dossierId={formulier.dossierId}
                  item={item}
                  bijlagen={bijlagen}
                  onEdit={() => onConfirmationChange(null)}
                  onChanged={(next, message) => {
                    onChanged(next);
                    onConfirmationChange(message);
                  }}
                />
              </td>
              <td>{item.waarom}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <StatusMessage>{confirmation}</StatusMessage>
      {ontbreekt.length > 0 && (
        <>
          <h3>Wat ontbreekt en waarom</h3>
          <ul className="missing-list">
            {ontbreekt.map((missing) => (
              <li key={missing.sleutel}>
                <strong>{missing.omschrijving}</strong> ({itemStatusLabel(missing.status).toLowerCase()}): {missing.waarom}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

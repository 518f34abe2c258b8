import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../bridge';
import type { VragenformulierView } from '../../../src/contract/questionnaireCalls';
import type { Dossier, DossierDetail } from '../../../src/contract/schemas';
import { DEFAULT_HERSTELTERMIJN_WEEKS } from '../../../src/domain/herstel';
import { formatCalendarDate, formatCalendarDateWithWeekday } from '../../format';
import { Checkbox } from '../Checkbox';
import { Field } from '../Field';
import { FormActions, SubmitButton } from '../FormActions';
import { RadioGroup } from '../RadioGroup';
import { StatusMessage } from '../StatusMessage';
import { SubmissionForm } from '../SubmissionForm';
import { useSubmission } from '../../hooks/useSubmission';
import { BuitenBehandelingChoice } from './BuitenBehandelingChoice';
import { DossierSection, focusHeading, type ConfirmationProps } from './DossierSection';
import { WithdrawForm } from './WithdrawForm';

type Herstelverzoek = DossierDetail['herstelverzoeken'][number];
type MissingItem = VragenformulierView['volledigheid']['ontbreekt'][number];
type Aanvulling = NonNullable<Herstelverzoek['aanvulling']>;

const HEADING_ID = 'dossier-herstel';

const aanvullingOptions: readonly { value: Aanvulling; label: string }[] = [
  { value: 'volledig', label: 'Volledig' },
  { value: 'onvolledig', label: 'Onvolledig' },
];

function deadlineText(detail: DossierDetail): string {
  return detail.termijn.deadline === null ? '' : ` De uiterste beslisdatum is nu ${formatCalendarDateWithWeekday(detail.termijn.deadline)}.`;
}

interface HerstelSectionProps {
  readonly dossier: Dossier;
  readonly overgangen: DossierDetail['overgangen'];
  readonly herstelverzoeken: readonly Herstelverzoek[];
  readonly voorstel: DossierDetail['buitenBehandelingVoorstel'];
  /** What the completeness overview says is missing: the herstelverzoek starts from it. */
  readonly ontbreekt: readonly MissingItem[];
  readonly onChanged: () => Promise<void>;
  readonly registration: ConfirmationProps;
  readonly completion: ConfirmationProps;
  readonly decision: ConfirmationProps;
}

/**
 * The herstelverzoeken (art. 4:5 Awb): what was asked, until when, and whether it was completed. The hersteltermijn
 * suspends the beslistermijn (art. 4:15 lid 1 sub a Awb).
 */
export function HerstelSection({ dossier, overgangen, herstelverzoeken, voorstel, ontbreekt, onChanged, registration, completion, decision }: HerstelSectionProps) {
  const dossierId = dossier.id;
  const closed = dossier.fase === 'buiten-behandeling';
  return (
    <DossierSection headingId={HEADING_ID} title="Herstel">
      {voorstel && !closed && (
        <div role="note" className="notice">
          <p className="notice__title">Voorstel: de aanvraag buiten behandeling laten</p>
          <p>{voorstel.toelichting}</p>
          <p>
            Bekendmaken uiterlijk{' '}
            <strong>
              <time dateTime={voorstel.bekendmakenUiterlijk}>{formatCalendarDateWithWeekday(voorstel.bekendmakenUiterlijk)}</time>
            </strong>
            .
          </p>
          <p>{voorstel.uitleg}</p>
          <p>Grondslag: {voorstel.legalBasis}</p>
          <BuitenBehandelingChoice dossier={dossier} voorstel={voorstel} overgangen={overgangen} onChanged={onChanged} {...decision} />
        </div>
      )}
      <StatusMessage>{decision.confirmation}</StatusMessage>
      <StatusMessage>{completion.confirmation}</StatusMessage>
      {herstelverzoeken.length === 0 ? (
        <p>Nog geen herstelverzoek.</p>
      ) : (
        <ul className="herstel-list">
          {herstelverzoeken.map((verzoek) => (
            <li key={verzoek.id} className="herstel-list__item">
              <h3>{`Herstelverzoek van ${formatCalendarDate(verzoek.verzondenOp)}`}</h3>
              <dl className="details">
                <dt>Verzonden op</dt>
                <dd>
                  <time dateTime={verzoek.verzondenOp}>{formatCalendarDate(verzoek.verzondenOp)}</time>
                </dd>
                <dt>Hersteltermijn tot en met</dt>
                <dd>
                  <time dateTime={verzoek.termijnTot}>{formatCalendarDate(verzoek.termijnTot)}</time>
                </dd>
                <dt>Aanvulling</dt>
                <dd>
                  {verzoek.aangevuldOp === null ? (
                    <span className="muted">Nog niet aangevuld</span>
                  ) : (
                    `${verzoek.aanvulling === 'onvolledig' ? 'Onvolledig' : 'Volledig'} aangevuld op ${formatCalendarDate(verzoek.aangevuldOp)}`
                  )}
                </dd>
              </dl>
              <p className="herstel-list__label">Gevraagd:</p>
              <ul className="missing-list">
                {verzoek.ontbrekend.map((item, index) => (
                  <li key={index}>
                    <strong>{item.omschrijving}</strong>: {item.waarom}
                  </li>
                ))}
              </ul>
              {verzoek.aangevuldOp === null && (
                <>
                  <h4>Aanvulling vastleggen</h4>
                  <CompletionForm
                    verzoek={verzoek}
                    onEdit={() => completion.onConfirmationChange(null)}
                    onRecorded={async (detail, aanvulling) => {
                      await onChanged();
                      focusHeading(HEADING_ID);
                      completion.onConfirmationChange(`De aanvulling is vastgelegd als ${aanvulling}.${deadlineText(detail)}`);
                    }}
                  />
                </>
              )}
              <WithdrawForm
                button="Herstelverzoek intrekken"
                what={`het herstelverzoek van ${formatCalendarDate(verzoek.verzondenOp)}`}
                consequence="Het telt dan niet meer mee voor de beslistermijn of voor buiten behandeling laten."
                withdraw={(reden) => unwrap(bibob.herstel.withdraw({ herstelId: verzoek.id, reden }))}
                onWithdrawn={(detail) =>
                  void onChanged().then(() => {
                    focusHeading(HEADING_ID);
                    completion.onConfirmationChange(`Het herstelverzoek van ${formatCalendarDate(verzoek.verzondenOp)} is ingetrokken.${deadlineText(detail)}`);
                  })
                }
              />
            </li>
          ))}
        </ul>
      )}
      <h3>Herstelverzoek registreren</h3>
      <RegisterForm dossierId={dossierId} ontbreekt={ontbreekt} onRegistered={onChanged} {...registration} />
    </DossierSection>
  );
}

interface CompletionFormProps {
  readonly verzoek: Herstelverzoek;
  readonly onEdit: () => void;
  readonly onRecorded: (detail: DossierDetail, aanvulling: Aanvulling) => Promise<void>;
}

/** Records that the applicant completed the application, fully or not. */
function CompletionForm({ verzoek, onEdit, onRecorded }: CompletionFormProps) {
  const [aangevuldOp, setAangevuldOp] = useState('');
  const [aanvulling, setAanvulling] = useState<Aanvulling | ''>('');
  const submission = useSubmission(['aangevuldOp', 'aanvulling']);

  function record(): void {
    if (aanvulling === '') {
      submission.reject({ aanvulling: 'Kies: volledig of onvolledig aangevuld.' });
      return;
    }
    const chosen = aanvulling;
    void submission.run(
      () => unwrap(bibob.herstel.recordCompletion({ herstelId: verzoek.id, aangevuldOp, aanvulling: chosen })),
      (detail) => void onRecorded(detail, chosen),
    );
  }

  return (
    <SubmissionForm submission={submission} onSubmit={record}>
      <Field
        type="date"
        className="textbox--date"
        label="Aangevuld op"
        value={aangevuldOp}
        onValueChange={(value) => {
          setAangevuldOp(value);
          onEdit();
        }}
        error={submission.fieldErrors.aangevuldOp}
      />
      <RadioGroup
        legend="Aanvulling"
        name={`aanvulling-${verzoek.id}`}
        options={aanvullingOptions}
        value={aanvulling}
        onValueChange={(value) => {
          setAanvulling(value);
          onEdit();
        }}
        error={submission.fieldErrors.aanvulling}
      />
      <FormActions>
        <SubmitButton busy={submission.busy}>Aanvulling vastleggen</SubmitButton>
      </FormActions>
    </SubmissionForm>
  );
}

interface RegisterFormProps extends ConfirmationProps {
  readonly dossierId: string;
  readonly ontbreekt: readonly MissingItem[];
  readonly onRegistered: () => Promise<void>;
}

/** Registers a herstelverzoek with its term and the missing items, taken from the completeness overview. */
function RegisterForm({ dossierId, ontbreekt, onRegistered, confirmation, onConfirmationChange }: RegisterFormProps) {
  const [verzondenOp, setVerzondenOp] = useState('');
  const [weken, setWeken] = useState(String(DEFAULT_HERSTELTERMIJN_WEEKS));
  const [termijnTot, setTermijnTot] = useState('');
  /** The items the coordinator left out; new items of the overview start checked. */
  const [weggelaten, setWeggelaten] = useState<ReadonlySet<string>>(new Set());
  const submission = useSubmission(['verzondenOp', 'weken', 'termijnTot', 'ontbrekend']);
  const errors = submission.fieldErrors;

  function edit<T>(setter: (value: T) => void): (value: T) => void {
    return (value) => {
      setter(value);
      onConfirmationChange(null);
    };
  }

  function propose(): void {
    onConfirmationChange(null);
    if (weken.trim() === '') {
      submission.reject({ weken: 'Vul een aantal weken in.' });
      return;
    }
    void submission.run(
      () => unwrap(bibob.herstel.proposeTerm({ verzondenOp, weken: Number(weken) })),
      (result) => setTermijnTot(result.termijnTot),
    );
  }

  function register(): void {
    onConfirmationChange(null);
    const ontbrekend = ontbreekt.filter((item) => !weggelaten.has(item.sleutel)).map((item) => ({ omschrijving: item.omschrijving, waarom: item.waarom }));
    void submission.run(
      () => unwrap(bibob.herstel.register({ dossierId, verzondenOp, termijnTot, ontbrekend })),
      async (detail) => {
        setVerzondenOp('');
        setWeken(String(DEFAULT_HERSTELTERMIJN_WEEKS));
        setTermijnTot('');
        setWeggelaten(new Set());
        await onRegistered();
        onConfirmationChange(`Het herstelverzoek is geregistreerd.${deadlineText(detail)}`);
      },
    );
  }

  return (
    <SubmissionForm submission={submission} onSubmit={register}>
      <Field
        type="date"
        className="textbox--date"
        label="Verzonden op"
        value={verzondenOp}
        onValueChange={edit(setVerzondenOp)}
        error={errors.verzondenOp}
      />
      <Field
        type="number"
        className="textbox--narrow"
        min={1}
        max={12}
        step={1}
        label="Hersteltermijn (weken)"
        value={weken}
        onValueChange={edit(setWeken)}
        error={errors.weken}
      />
      <div className="form-actions">
        <Button appearance="secondary-action-button" disabled={submission.busy} onClick={propose}>
          Einddatum voorstellen
        </Button>
      </div>
      <Field
        type="date"
        className="textbox--date"
        label="Hersteltermijn tot en met"
        description="Verplicht: zonder hersteltermijn wordt de beslistermijn niet opgeschort. Nooit op een zaterdag, zondag of feestdag."
        value={termijnTot}
        onValueChange={edit(setTermijnTot)}
        error={errors.termijnTot}
      />
      <fieldset className={errors.ontbrekend ? 'radio-group radio-group--invalid' : 'radio-group'}>
        <legend className="radio-group__legend">Wat ontbreekt</legend>
        {errors.ontbrekend && <p className="field__error">{errors.ontbrekend}</p>}
        {ontbreekt.length === 0 ? (
          <p>Volgens het overzicht van de volledigheid ontbreekt niets.</p>
        ) : (
          ontbreekt.map((item) => (
            <Checkbox
              key={item.sleutel}
              label={item.omschrijving}
              checked={!weggelaten.has(item.sleutel)}
              onCheckedChange={(checked) =>
                edit(setWeggelaten)(
                  ((current: ReadonlySet<string>) => {
                    const next = new Set(current);
                    if (checked) next.delete(item.sleutel);
                    else next.add(item.sleutel);
                    return next;
                  })(weggelaten),
                )
              }
            />
          ))
        )}
      </fieldset>
      <FormActions>
        <SubmitButton busy={submission.busy}>Herstelverzoek registreren</SubmitButton>
      </FormActions>
      <StatusMessage>{confirmation}</StatusMessage>
    </SubmissionForm>
  );
}

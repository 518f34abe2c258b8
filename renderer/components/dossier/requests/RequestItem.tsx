import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../../bridge';
import { formatCalendarDate } from '../../../format';
import { verzoekStatusLabel } from '../../../labels';
import { CheckboxSet } from '../../CheckboxSet';
import { Field } from '../../Field';
import { SubmissionForm } from '../../SubmissionForm';
import { TextareaField } from '../../TextareaField';
import { useSubmission } from '../../../hooks/useSubmission';
import type { Bijlage } from '../BijlagenSection';
import { ConfirmedButton } from '../../ConfirmedButton';
import { ActionForm } from '../ActionForm';
import { WithdrawForm as ConfirmWithdraw } from '../WithdrawForm';
import { LbbTracking } from './LbbTracking';
import { RestrictionMark } from '../RestrictionMark';
import { gebruiksbeperkingen, gebruiksbeperkingLabels, type Gebruiksbeperking } from '../../../../src/domain/gebruiksbeperkingen';
import type { Verzoek, VerzoekenView } from './types';

type Action = 'verzenden' | 'verlengen' | 'antwoord' | 'corrigeren';

interface RequestItemProps {
  readonly verzoek: Verzoek;
  readonly bijlagen: readonly Bijlage[];
  readonly onChanged: (view: VerzoekenView, message: string) => Promise<void>;
  readonly onEdit: () => void;
}

/** One request: whom it is for, what it asks, where it stands, and the next steps it allows. */
export function RequestItem({ verzoek, bijlagen, onChanged, onEdit }: RequestItemProps) {
  const [action, setAction] = useState<Action | null>(null);
  const quick = useSubmission([]);
  const titel = `${verzoek.geadresseerdeLabel}${verzoek.geadresseerdeNaam ? ` (${verzoek.geadresseerdeNaam})` : ''}`;
  const lbb = verzoek.geadresseerde === 'lbb';
  const open = verzoek.status === 'verzonden' || verzoek.status === 'verlengd';

  function done(message: string): (view: VerzoekenView) => void {
    return (view) => {
      setAction(null);
      void onChanged(view, message);
    };
  }

  function choose(next: Action): void {
    onEdit();
    setAction(next);
  }

  return (
    <li className="request">
      <h3>{titel}</h3>
      <dl className="details">
        <dt>Status</dt>
        <dd>
          {verzoekStatusLabel(verzoek.status)}
          {verzoek.teLaat && <strong className="overdue"> — termijn verstreken</strong>}
        </dd>
        <dt>Over</dt>
        <dd>{verzoek.betrokkenen.map((betrokkene) => betrokkene.naam).join(', ')}</dd>
        <dt>Vragen</dt>
        <dd className="prose">{verzoek.vragen}</dd>
        <dt>Grondslag</dt>
        <dd>{verzoek.legalBasis}</dd>
        {verzoek.verzondenOp && (
          <>
            <dt>{lbb ? 'Aangevraagd op' : 'Verzonden op'}</dt>
            <dd>{formatCalendarDate(verzoek.verzondenOp)}</dd>
          </>
        )}
        {verzoek.uiterlijkOp && verzoek.status !== 'beantwoord' && (
          <>
            <dt>{lbb ? 'Advies uiterlijk' : 'Antwoord uiterlijk'}</dt>
            <dd>{formatCalendarDate(verzoek.uiterlijkOp)}</dd>
          </>
        )}
        {verzoek.antwoord && (
          <>
            <dt>{lbb ? 'Advies ontvangen op' : 'Antwoord ontvangen op'}</dt>
            <dd>{formatCalendarDate(verzoek.antwoord.ontvangenOp)}</dd>
            <dt>Samenvatting</dt>
            <dd className="prose">{verzoek.antwoord.samenvatting}</dd>
            {verzoek.antwoord.beperkingen.length > 0 && (
              <>
                <dt>Gebruiksbeperking</dt>
                <dd>
                  <RestrictionMark beperkingen={verzoek.antwoord.beperkingen} />
                </dd>
              </>
            )}
            {verzoek.antwoord.bijlagen.length > 0 && (
              <>
                <dt>Stukken</dt>
                <dd>{verzoek.antwoord.bijlagen.map((bijlage) => bijlage.bestandsnaam ?? 'verwijderde bijlage').join(', ')}</dd>
              </>
            )}
          </>
        )}
        {verzoek.ingetrokkenReden && (
          <>
            <dt>Reden van intrekking</dt>
            <dd>{verzoek.ingetrokkenReden}</dd>
          </>
        )}
      </dl>
      {verzoek.lbb && verzoek.verzondenOp && verzoek.status !== 'ingetrokken' && <LbbTracking verzoek={verzoek} tracking={verzoek.lbb} onChanged={onChanged} onEdit={onEdit} />}

      {action === null && (
        <SubmissionForm submission={quick} onSubmit={() => undefined} className="form-actions">
          {verzoek.status === 'concept' && (
            <>
              <Button appearance="secondary-action-button" aria-label={`${lbb ? 'Adviesaanvraag verzenden' : 'Verzenden'}: ${titel}`} onClick={() => choose('verzenden')}>
                {lbb ? 'Adviesaanvraag verzenden' : 'Verzenden'}
              </Button>
              <ConfirmedButton
                button="Concept verwijderen"
                label={`Concept verwijderen: ${titel}`}
                question={`Weet u zeker dat u het concept-verzoek aan ${titel} wilt verwijderen? Het is nog niet verzonden.`}
                confirm="Ja, verwijderen"
                call={() => {
                  onEdit();
                  return unwrap(bibob.verzoeken.deleteConcept({ verzoekId: verzoek.id }));
                }}
                onDone={done('Het concept is verwijderd.')}
              />
            </>
          )}
          {open && (
            <>
              <Button appearance="secondary-action-button" aria-label={`${lbb ? 'Advies' : 'Antwoord'} vastleggen: ${titel}`} onClick={() => choose('antwoord')}>
                {lbb ? 'Advies vastleggen' : 'Antwoord vastleggen'}
              </Button>
              {!lbb && (
                <Button appearance="secondary-action-button" aria-label={`Termijn verlengen: ${titel}`} onClick={() => choose('verlengen')}>
                  Termijn verlengen
                </Button>
              )}
            </>
          )}
          {verzoek.status === 'beantwoord' && (
            <Button appearance="secondary-action-button" aria-label={`${lbb ? 'Advies' : 'Antwoord'} corrigeren: ${titel}`} onClick={() => choose('corrigeren')}>
              {lbb ? 'Advies corrigeren' : 'Antwoord corrigeren'}
            </Button>
          )}
        </SubmissionForm>
      )}
      {action === null && open && (
        <ConfirmWithdraw
          button="Verzoek intrekken"
          label={`Verzoek intrekken: ${titel}`}
          what={`het verzoek aan ${titel}`}
          consequence="Er wordt dan geen antwoord meer op afgewacht."
          withdraw={(reden) => unwrap(bibob.verzoeken.withdraw({ verzoekId: verzoek.id, reden }))}
          onWithdrawn={done('Het verzoek is ingetrokken.')}
        />
      )}
      {action === null && verzoek.status === 'beantwoord' && verzoek.antwoord && (
        <ConfirmWithdraw
          button="Ontvangst intrekken"
          what={`de ontvangst van ${lbb ? 'het advies' : 'het antwoord'} van ${formatCalendarDate(verzoek.antwoord.ontvangenOp)}`}
          consequence={
            lbb
              ? 'Het advies wordt weer afgewacht; de beslistermijn blijft opgeschort tot het advies er is (art. 31 Wet Bibob).'
              : 'Het antwoord wordt weer afgewacht.'
          }
          withdraw={(reden) => unwrap(bibob.verzoeken.withdrawAnswer({ verzoekId: verzoek.id, reden }))}
          onWithdrawn={done(lbb ? 'De ontvangst van het advies is ingetrokken; het advies wordt weer afgewacht.' : 'De ontvangst van het antwoord is ingetrokken.')}
        />
      )}
      {action === 'corrigeren' && <CorrectAnswerForm verzoek={verzoek} onDone={done(lbb ? 'Het advies is gecorrigeerd.' : 'Het antwoord is gecorrigeerd.')} onCancel={() => setAction(null)} />}
      {action === 'verzenden' && <SendForm verzoek={verzoek} onDone={done(lbb ? 'De adviesaanvraag is verzonden; de beslistermijn is opgeschort (art. 31 Wet Bibob).' : 'Het verzoek is verzonden.')} onCancel={() => setAction(null)} />}
      {action === 'verlengen' && <ExtendForm verzoek={verzoek} onDone={done('De termijn is verlengd.')} onCancel={() => setAction(null)} />}
      {action === 'antwoord' && <AnswerForm verzoek={verzoek} bijlagen={bijlagen} onDone={done(lbb ? 'Het advies is vastgelegd.' : 'Het antwoord is vastgelegd.')} onCancel={() => setAction(null)} />}
    </li>
  );
}

interface StepProps {
  readonly verzoek: Verzoek;
  readonly onDone: (view: VerzoekenView) => void;
  readonly onCancel: () => void;
}

function SendForm({ verzoek, onDone, onCancel }: StepProps) {
  const [verzondenOp, setVerzondenOp] = useState('');
  const [uiterlijkOp, setUiterlijkOp] = useState('');
  const lbb = verzoek.geadresseerde === 'lbb';
  return (
    <ActionForm
      fields={['verzondenOp', 'uiterlijkOp']}
      button={lbb ? 'Adviesaanvraag verzenden' : 'Verzenden'}
      call={() => unwrap(bibob.verzoeken.send({ verzoekId: verzoek.id, verzondenOp, ...(lbb || uiterlijkOp === '' ? {} : { uiterlijkOp }) }))}
      onDone={onDone}
      onCancel={onCancel}
    >
      {(submission) => (
        <>
          <Field type="date" className="textbox--date" label={lbb ? 'Aangevraagd op' : 'Verzonden op'} value={verzondenOp} onValueChange={setVerzondenOp} error={submission.fieldErrors.verzondenOp} />
          {lbb ? (
            <p className="muted">Het LBB adviseert binnen 8 weken (art. 15 lid 1 Wet Bibob); zolang is de beslistermijn opgeschort (art. 31).</p>
          ) : (
            <Field
              type="date"
              className="textbox--date"
              label="Antwoord uiterlijk (optioneel)"
              description="Leeg: de gebruikelijke termijn voor deze geadresseerde."
              value={uiterlijkOp}
              onValueChange={setUiterlijkOp}
              error={submission.fieldErrors.uiterlijkOp}
            />
          )}
        </>
      )}
    </ActionForm>
  );
}

function ExtendForm({ verzoek, onDone, onCancel }: StepProps) {
  const [uiterlijkOp, setUiterlijkOp] = useState('');
  return (
    <ActionForm fields={['uiterlijkOp']} button="Termijn verlengen" call={() => unwrap(bibob.verzoeken.extend({ verzoekId: verzoek.id, uiterlijkOp }))} onDone={onDone} onCancel={onCancel}>
      {(submission) => <Field type="date" className="textbox--date" label="Nieuwe uiterste datum" value={uiterlijkOp} onValueChange={setUiterlijkOp} error={submission.fieldErrors.uiterlijkOp} />}
    </ActionForm>
  );
}

function AnswerForm({ verzoek, bijlagen, onDone, onCancel }: StepProps & { readonly bijlagen: readonly Bijlage[] }) {
  const [ontvangenOp, setOntvangenOp] = useState('');
  const [samenvatting, setSamenvatting] = useState('');
  const [gekozen, setGekozen] = useState<ReadonlySet<string>>(new Set());
  const [beperkingen, setBeperkingen] = useState<ReadonlySet<Gebruiksbeperking>>(new Set());
  return (
    <ActionForm
      fields={['ontvangenOp', 'samenvatting', 'bijlageIds']}
      button={verzoek.geadresseerde === 'lbb' ? 'Advies vastleggen' : 'Antwoord vastleggen'}
      call={() => unwrap(bibob.verzoeken.recordAnswer({ verzoekId: verzoek.id, ontvangenOp, samenvatting, bijlageIds: [...gekozen], beperkingen: [...beperkingen] }))}
      onDone={onDone}
      onCancel={onCancel}
    >
      {(submission) => (
        <>
          <AnswerFields
            ontvangenOp={[ontvangenOp, setOntvangenOp]}
            samenvatting={[samenvatting, setSamenvatting]}
            beperkingen={[beperkingen, setBeperkingen]}
            errors={submission.fieldErrors}
          />
          {bijlagen.length > 0 && (
            <CheckboxSet
              legend="Stukken bij het antwoord (bijlagen van het dossier)"
              options={bijlagen.map((bijlage) => ({ value: bijlage.id, label: bijlage.bestandsnaam }))}
              selected={gekozen}
              onChange={setGekozen}
              error={submission.fieldErrors.bijlageIds}
            />
          )}
        </>
      )}
    </ActionForm>
  );
}

type Edited<T> = readonly [T, (value: T) => void];

/** The date of receipt, the summary and the source's use restrictions of an answer: recorded, or corrected. */
function AnswerFields({ ontvangenOp, samenvatting, beperkingen, errors }: {
  readonly ontvangenOp: Edited<string>;
  readonly samenvatting: Edited<string>;
  readonly beperkingen: Edited<ReadonlySet<Gebruiksbeperking>>;
  readonly errors: Readonly<Record<string, string | undefined>>;
}) {
  return (
    <>
      <Field type="date" className="textbox--date" label="Ontvangen op" value={ontvangenOp[0]} onValueChange={ontvangenOp[1]} error={errors.ontvangenOp} />
      <TextareaField label="Samenvatting" rows={4} value={samenvatting[0]} onValueChange={samenvatting[1]} error={errors.samenvatting} />
      <CheckboxSet
        legend="Gebruiksbeperking van de bron"
        options={gebruiksbeperkingen.map((beperking) => ({ value: beperking, label: gebruiksbeperkingLabels[beperking] }))}
        selected={beperkingen[0]}
        onChange={beperkingen[1]}
        error={errors.beperkingen}
      />
    </>
  );
}

/** Issue 18 §2: the recorded answer or advice corrected, prefilled, with a required reason; errors at their fields. */
function CorrectAnswerForm({ verzoek, onDone, onCancel }: StepProps) {
  const [ontvangenOp, setOntvangenOp] = useState(verzoek.antwoord?.ontvangenOp ?? '');
  const [samenvatting, setSamenvatting] = useState(verzoek.antwoord?.samenvatting ?? '');
  const [beperkingen, setBeperkingen] = useState<ReadonlySet<Gebruiksbeperking>>(new Set(verzoek.antwoord?.beperkingen ?? []));
  const [reden, setReden] = useState('');
  return (
    <ActionForm
      fields={['ontvangenOp', 'samenvatting', 'beperkingen', 'reden']}
      button="Correctie vastleggen"
      call={() => unwrap(bibob.verzoeken.correctAnswer({ verzoekId: verzoek.id, ontvangenOp, samenvatting, beperkingen: [...beperkingen], reden }))}
      onDone={onDone}
      onCancel={onCancel}
    >
      {(submission) => (
        <>
          <AnswerFields
            ontvangenOp={[ontvangenOp, setOntvangenOp]}
            samenvatting={[samenvatting, setSamenvatting]}
            beperkingen={[beperkingen, setBeperkingen]}
            errors={submission.fieldErrors}
          />
          <TextareaField label="Reden van de correctie" rows={2} value={reden} onValueChange={setReden} error={submission.fieldErrors.reden} />
        </>
      )}
    </ActionForm>
  );
}

import { useCallback, useState } from 'react';
import { bibob, unwrap } from '../../../bridge';
import type { DossierDetail } from '../../../../src/contract/schemas';
import { addressees, geadresseerden, type Geadresseerde } from '../../../../src/domain/informatieverzoeken';
import { ErrorAlert } from '../../ErrorAlert';
import { CheckboxSet } from '../../CheckboxSet';
import { Field } from '../../Field';
import { SelectField } from '../../SelectField';
import { StatusMessage } from '../../StatusMessage';
import { TextareaField } from '../../TextareaField';
import { useReloadable } from '../../../hooks/useReloadable';
import type { Bijlage } from '../BijlagenSection';
import { DossierSection, type ConfirmationProps } from '../DossierSection';
import { ActionForm } from '../ActionForm';
import { RequestItem } from './RequestItem';
import type { VerzoekenView } from './types';

type DossierBetrokkene = DossierDetail['betrokkenen'][number];

export const REQUESTS_HEADING_ID = 'dossier-informatieverzoeken';

interface RequestsSectionProps extends ConfirmationProps {
  readonly dossierId: string;
  readonly betrokkenen: readonly DossierBetrokkene[];
  readonly bijlagen: readonly Bijlage[];
  /** A request moved the beslistermijn or the workflow: load the dossier again. */
  readonly onDossierChanged: () => Promise<void>;
}

/** Requests for information to the RIEC and other partners, and the advice request to the Landelijk Bureau Bibob. */
export function RequestsSection({ dossierId, betrokkenen, bijlagen, onDossierChanged, confirmation, onConfirmationChange }: RequestsSectionProps) {
  const load = useCallback(() => unwrap(bibob.verzoeken.list({ dossierId })), [dossierId]);
  const { value: view, error, replace } = useReloadable(load);

  async function changed(next: VerzoekenView, message: string): Promise<void> {
    replace(next);
    await onDossierChanged();
    onConfirmationChange(message);
  }

  return (
    <DossierSection headingId={REQUESTS_HEADING_ID} title="Informatieverzoeken">
      <ErrorAlert content={error} />
      <StatusMessage>{confirmation}</StatusMessage>
      {view === null ? (
        error === null && <p className="loading">De verzoeken worden geladen…</p>
      ) : (
        <>
          {view.verzoeken.length === 0 ? (
            <p>Nog geen verzoeken.</p>
          ) : (
            <ul className="request-list">
              {view.verzoeken.map((verzoek) => (
                <RequestItem key={verzoek.id} verzoek={verzoek} bijlagen={bijlagen} onChanged={changed} onEdit={() => onConfirmationChange(null)} />
              ))}
            </ul>
          )}
          <NewRequestForm dossierId={dossierId} betrokkenen={betrokkenen} lbb={view.lbb} onCreated={(next) => void changed(next, 'Het verzoek is aangemaakt als concept.')} onEdit={() => onConfirmationChange(null)} />
        </>
      )}
    </DossierSection>
  );
}

interface NewRequestFormProps {
  readonly dossierId: string;
  readonly betrokkenen: readonly DossierBetrokkene[];
  readonly lbb: VerzoekenView['lbb'];
  readonly onCreated: (view: VerzoekenView) => void;
  readonly onEdit: () => void;
}

/** A new request starts as a concept: whom it goes to, whom it is about, and what it asks. */
function NewRequestForm({ dossierId, betrokkenen, lbb, onCreated, onEdit }: NewRequestFormProps) {
  const [geadresseerde, setGeadresseerde] = useState<Geadresseerde>('riec');
  const [naam, setNaam] = useState('');
  const [gekozen, setGekozen] = useState<ReadonlySet<string>>(new Set());
  const [vragen, setVragen] = useState('');
  const options = geadresseerden.filter((id) => id !== 'lbb' || lbb.bevoegdheid !== null).map((id) => ({ value: id, label: addressees[id].label }));

  return (
    <>
      <h3>Nieuw verzoek</h3>
      {lbb.bevoegdheid ? (
        <p className="muted">{`Een adviesaanvraag aan het LBB is mogelijk op grond van ${lbb.bevoegdheid}.`}</p>
      ) : (
        lbb.melding && <p className="muted">{lbb.melding}</p>
      )}
      <ActionForm
        fields={['geadresseerde', 'geadresseerdeNaam', 'betrokkeneIds', 'vragen']}
        button="Verzoek aanmaken"
        call={() =>
          unwrap(
            bibob.verzoeken.create({
              dossierId,
              geadresseerde,
              ...(geadresseerde === 'ander-bestuursorgaan' ? { geadresseerdeNaam: naam } : {}),
              betrokkeneIds: [...gekozen],
              vragen,
            }),
          )
        }
        onDone={(view) => {
          setNaam('');
          setGekozen(new Set());
          setVragen('');
          onCreated(view);
        }}
      >
        {(submission) => (
          <>
            <SelectField
              label="Aan"
              description={addressees[geadresseerde].toelichting}
              value={geadresseerde}
              onValueChange={(value) => {
                setGeadresseerde(value as Geadresseerde);
                onEdit();
              }}
              options={options}
              error={submission.fieldErrors.geadresseerde}
            />
            {geadresseerde === 'ander-bestuursorgaan' && <Field label="Welk bestuursorgaan" value={naam} onValueChange={setNaam} error={submission.fieldErrors.geadresseerdeNaam} />}
            <CheckboxSet
              legend="Over wie"
              options={betrokkenen.map(({ betrokkene }) => ({ value: betrokkene.id, label: betrokkene.naam }))}
              selected={gekozen}
              onChange={(next) => {
                onEdit();
                setGekozen(next);
              }}
              error={submission.fieldErrors.betrokkeneIds}
            />
            <TextareaField label="Vragen" rows={4} value={vragen} onValueChange={setVragen} error={submission.fieldErrors.vragen} />
          </>
        )}
      </ActionForm>
    </>
  );
}

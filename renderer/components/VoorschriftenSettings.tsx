import { useCallback, useState } from 'react';
import { bibob, unwrap } from '../bridge';
import { toepassingsgebieden, type Toepassingsgebied } from '../../src/domain/toepassingsgebied';
import { gebiedLabel } from '../labels';
import { useReloadable } from '../hooks/useReloadable';
import { ActionForm } from './dossier/ActionForm';
import type { ConfirmationProps } from './dossier/DossierSection';
import { CheckboxSet } from './CheckboxSet';
import { ErrorAlert } from './ErrorAlert';
import { StatusMessage } from './StatusMessage';
import { TextareaField } from './TextareaField';

/**
 * The library of voorschriften (art. 3 lid 7 Wet Bibob) the assessment picks from: the ones shipped with the app and
 * the municipality's own, each with the danger it removes or limits. Own entries are added, never overwrite a default.
 */
export function VoorschriftenSettings({ confirmation, onConfirmationChange }: ConfirmationProps) {
  const load = useCallback(() => unwrap(bibob.voorschriften.list({})), []);
  const { value, error, replace } = useReloadable(load);
  const [tekst, setTekst] = useState('');
  const [gevaar, setGevaar] = useState('');
  const [gebieden, setGebieden] = useState<ReadonlySet<Toepassingsgebied>>(new Set(['horeca']));

  return (
    <>
      <ErrorAlert content={error} />
      {value && (
        <ul className="assessment-list">
          {value.voorschriften.map((voorschrift) => (
            <li key={voorschrift.id}>
              <p className="voorschrift-naam">
                <strong>{voorschrift.tekst}</strong>
              </p>
              <p className="muted">{`${value.eigen.includes(voorschrift.id) ? 'Eigen voorschrift' : 'Meegeleverd'}; voor ${voorschrift.toepassingsgebieden.map(gebiedLabel).join(', ')}`}</p>
              <p className="muted">{`Neemt weg of beperkt: ${voorschrift.wegneemtGevaar}`}</p>
            </li>
          ))}
        </ul>
      )}
      <h3>Eigen voorschrift toevoegen</h3>
      <ActionForm
        fields={['voorschrift.tekst', 'voorschrift.wegneemtGevaar', 'voorschrift.toepassingsgebieden']}
        button="Voorschrift toevoegen"
        call={() => unwrap(bibob.voorschriften.add({ voorschrift: { tekst, wegneemtGevaar: gevaar, toepassingsgebieden: toepassingsgebieden.filter((gebied) => gebieden.has(gebied)) } }))}
        onDone={(next) => {
          replace(next);
          setTekst('');
          setGevaar('');
          onConfirmationChange('Het voorschrift is toegevoegd aan de bibliotheek.');
        }}
      >
        {(submission) => (
          <>
            <TextareaField label="Tekst van het voorschrift" rows={3} value={tekst} onValueChange={(next) => { setTekst(next); onConfirmationChange(null); }} error={submission.fieldErrors['voorschrift.tekst']} />
            <TextareaField label="Welk gevaar neemt het weg of beperkt het (art. 3 lid 7)" rows={2} value={gevaar} onValueChange={setGevaar} error={submission.fieldErrors['voorschrift.wegneemtGevaar']} />
            <CheckboxSet
              legend="Voor"
              options={toepassingsgebieden.map((gebied) => ({ value: gebied, label: gebiedLabel(gebied) }))}
              selected={gebieden}
              onChange={setGebieden}
              error={submission.fieldErrors['voorschrift.toepassingsgebieden']}
            />
          </>
        )}
      </ActionForm>
      <StatusMessage>{confirmation}</StatusMessage>
    </>
  );
}

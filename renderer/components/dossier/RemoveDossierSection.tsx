import { useState } from 'react';
import { bibob, unwrap } from '../../bridge';
import type { Dossier } from '../../../src/contract/schemas';
import { ConfirmedButton } from '../ConfirmedButton';
import { Field } from '../Field';
import { TextareaField } from '../TextareaField';
import { DossierSection } from './DossierSection';

interface RemoveDossierSectionProps {
  readonly dossier: Dossier;
  /** After the removal: the page is gone, the overview says what happened. */
  readonly onRemoved: (zaaknummer: string) => void;
}

/**
 * Removing a dossier entered by mistake (issue 18 §2): a secondary button that first asks, inline, for the zaaknummer
 * typed over and the reason (ConfirmedButton); the audit trail keeps both. Not for a dossier that ran its course:
 * that is closed through its phase.
 */
export function RemoveDossierSection({ dossier, onRemoved }: RemoveDossierSectionProps) {
  const [zaaknummer, setZaaknummer] = useState('');
  const [reden, setReden] = useState('');

  return (
    <DossierSection headingId="dossier-verwijderen" title="Dossier verwijderen">
      <p>
        Alleen voor een dossier dat per vergissing is aangemaakt. Het telt daarna nergens meer mee: niet in het overzicht, het zoeken, de agenda, het dashboard
        of het jaarverslag. De audittrail bewaart de verwijdering met het zaaknummer en de reden. Een afgehandelde zaak sluit u af via de fase.
      </p>
      <ConfirmedButton
        button="Dossier verwijderen…"
        question={`Weet u zeker dat u dossier ${dossier.zaaknummer} (${dossier.aanvragerNaam}) wilt verwijderen? Dit kunt u niet ongedaan maken.`}
        confirm="Ja, dossier definitief verwijderen"
        fields={['zaaknummer', 'reden']}
        call={() => unwrap(bibob.dossiers.remove({ id: dossier.id, zaaknummer, reden }))}
        onDone={(result) => onRemoved(result.zaaknummer)}
        onCancel={() => {
          setZaaknummer('');
          setReden('');
        }}
      >
        {(submission) => (
          <>
            <Field
              label="Zaaknummer ter bevestiging"
              description={`Typ ${dossier.zaaknummer} over.`}
              autoComplete="off"
              spellCheck={false}
              value={zaaknummer}
              onValueChange={setZaaknummer}
              error={submission.fieldErrors.zaaknummer}
            />
            <TextareaField label="Reden van het verwijderen" rows={2} value={reden} onValueChange={setReden} error={submission.fieldErrors.reden} />
          </>
        )}
      </ConfirmedButton>
    </DossierSection>
  );
}

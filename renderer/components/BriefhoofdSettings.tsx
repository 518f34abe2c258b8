import { useCallback, useState } from 'react';
import { bibob, unwrap } from '../bridge';
import { lettertypen, STANDAARD_HUISSTIJL, type Briefhoofd, type Huisstijl } from '../../src/domain/brieven';
import { LogoField } from './LogoField';
import { ApvVergunningenFields } from './ApvVergunningenFields';
import { apvBesluitsoortIds } from '../../src/domain/brieven';
import { SelectField } from './SelectField';
import { useReloadable } from '../hooks/useReloadable';
import { ActionForm } from './dossier/ActionForm';
import type { ConfirmationProps } from './dossier/DossierSection';
import { ErrorAlert } from './ErrorAlert';
import { ColourField } from './ColourField';
import { Field } from './Field';
import { StatusMessage } from './StatusMessage';
import { TextareaField } from './TextareaField';

const EMPTY: Briefhoofd = {
  gemeente: '',
  adres: '',
  ondertekenaar: '',
  functie: '',
  contact: '',
  bezwaarAdres: '',
  huisstijl: STANDAARD_HUISSTIJL,
};

/** The letterhead every letter to an applicant carries: sender, address, signatory and contact (§10). */
export function BriefhoofdSettings({ confirmation, onConfirmationChange }: ConfirmationProps) {
  const load = useCallback(async () => (await unwrap(bibob.briefhoofd.get({}))).briefhoofd ?? EMPTY, []);
  const { value, error } = useReloadable(load);
  return (
    <>
      <ErrorAlert content={error} />
      {value && <BriefhoofdForm key={JSON.stringify(value)} start={value} confirmation={confirmation} onConfirmationChange={onConfirmationChange} />}
    </>
  );
}

function BriefhoofdForm({ start, confirmation, onConfirmationChange }: ConfirmationProps & { start: Briefhoofd }) {
  const [briefhoofd, setBriefhoofd] = useState(start);
  const set = (field: Exclude<keyof Briefhoofd, 'huisstijl' | 'apvVergunningen'>) => (value: string) => {
    setBriefhoofd((current) => ({ ...current, [field]: value }));
    onConfirmationChange(null);
  };
  const setStijl = (change: Partial<Huisstijl>) => {
    setBriefhoofd((current) => ({ ...current, huisstijl: { ...current.huisstijl, ...change } }));
    onConfirmationChange(null);
  };
  return (
    <ActionForm
      fields={[
        'briefhoofd.gemeente',
        'briefhoofd.adres',
        'briefhoofd.ondertekenaar',
        'briefhoofd.functie',
        'briefhoofd.contact',
        'briefhoofd.bezwaarAdres',
        'briefhoofd.huisstijl.kleur',
        'briefhoofd.huisstijl.kenmerkFormaat',
        'briefhoofd.huisstijl.logo',
        ...apvBesluitsoortIds.flatMap((id) => [`briefhoofd.apvVergunningen.${id}.naam`, `briefhoofd.apvVergunningen.${id}.artikel`]),
      ]}
      button="Briefhoofd opslaan"
      call={() => unwrap(bibob.briefhoofd.update({ briefhoofd }))}
      onDone={() => onConfirmationChange('Het briefhoofd is opgeslagen.')}
    >
      {(submission) => (
        <>
          <Field label="Gemeente" value={briefhoofd.gemeente} onValueChange={set('gemeente')} error={submission.fieldErrors['briefhoofd.gemeente']} />
          <TextareaField label="Adres (een regel per regel)" rows={3} value={briefhoofd.adres} onValueChange={set('adres')} error={submission.fieldErrors['briefhoofd.adres']} />
          <Field label="Ondertekenaar" value={briefhoofd.ondertekenaar} onValueChange={set('ondertekenaar')} error={submission.fieldErrors['briefhoofd.ondertekenaar']} />
          <Field label="Functie van de ondertekenaar" value={briefhoofd.functie} onValueChange={set('functie')} error={submission.fieldErrors['briefhoofd.functie']} />
          <Field label="Contact voor de ontvanger" value={briefhoofd.contact} onValueChange={set('contact')} error={submission.fieldErrors['briefhoofd.contact']} />
          <TextareaField
            label="Adres voor bezwaarschriften"
            description="Elk besluit noemt bij welk orgaan en op welk adres bezwaar kan worden gemaakt (art. 3:45 lid 2 Awb). Zonder dit adres wordt een besluit niet gemaakt."
            rows={2}
            value={briefhoofd.bezwaarAdres}
            onValueChange={set('bezwaarAdres')}
            error={submission.fieldErrors['briefhoofd.bezwaarAdres']}
          />
          <h3>Huisstijl</h3>
          <LogoField logo={briefhoofd.huisstijl.logo} onLogoChange={(logo) => setStijl({ logo })} error={submission.fieldErrors['briefhoofd.huisstijl.logo']} />
          <ColourField label="Kleur van koppen en gemeentenaam" value={briefhoofd.huisstijl.kleur} onValueChange={(kleur) => setStijl({ kleur })} error={submission.fieldErrors['briefhoofd.huisstijl.kleur']} />
          <SelectField label="Lettertype" value={briefhoofd.huisstijl.lettertype} onValueChange={(lettertype) => setStijl({ lettertype: lettertype as Huisstijl['lettertype'] })} options={lettertypen.map((naam) => ({ value: naam, label: naam }))} />
          <Field
            label="Opbouw van het kenmerk"
            description="Met {zaaknummer} (verplicht), {jaar} en {brief} (de soort brief), bijvoorbeeld {zaaknummer}/{brief}."
            value={briefhoofd.huisstijl.kenmerkFormaat}
            onValueChange={(kenmerkFormaat) => setStijl({ kenmerkFormaat })}
            error={submission.fieldErrors['briefhoofd.huisstijl.kenmerkFormaat']}
          />
          <ApvVergunningenFields
            value={briefhoofd.apvVergunningen}
            onChange={(apvVergunningen) => {
              setBriefhoofd((current) => ({ ...current, apvVergunningen }));
              onConfirmationChange(null);
            }}
            errors={submission.fieldErrors}
          />
          <StatusMessage>{confirmation}</StatusMessage>
        </>
      )}
    </ActionForm>
  );
}

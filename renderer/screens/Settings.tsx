import { useState } from 'react';
import { bibob, unwrap } from '../bridge';
import type { Settings as VaultSettings } from '../../src/contract/schemas';
import { AuditTrailSettings } from '../components/AuditTrailSettings';
import { BackupSettings } from '../components/BackupSettings';
import { BewaartermijnenSettings } from '../components/BewaartermijnenSettings';
import { ChangePassphraseForm } from '../components/ChangePassphraseForm';
import { ErrorAlert } from '../components/ErrorAlert';
import { IdleTimeoutForm } from '../components/IdleTimeoutForm';
import { QuestionSetsSettings } from '../components/QuestionSetsSettings';
import { BeleidSettings } from '../components/BeleidSettings';
import { VoorschriftenSettings } from '../components/VoorschriftenSettings';
import { BriefhoofdSettings } from '../components/BriefhoofdSettings';
import { BriefsjablonenSettings } from '../components/BriefsjablonenSettings';
import { ScreenHeading } from '../components/ScreenHeading';
import { TermSettingsForm } from '../components/TermSettingsForm';
import { useLoad } from '../hooks/useLoad';

interface SettingsProps {
  readonly settings: VaultSettings | null;
  readonly onSettingsLoaded: (settings: VaultSettings) => void;
}

/** Which form's confirmation is showing: one at a time, so there is never more than one status message. */
interface Confirmation {
  readonly form: 'idleTimeout' | 'terms' | 'briefhoofd' | 'briefsjablonen' | 'questionSets' | 'beleid' | 'voorschriften' | 'passphrase' | 'audit';
  readonly message: string;
}

/** Where the vault is, when it locks itself, numbering and terms, the letterhead, the question sets, the voorschriften library, changing the passphrase, and checking the audit trail. */
export function Settings({ settings, onSettingsLoaded }: SettingsProps) {
  const loadError = useLoad(() => unwrap(bibob.settings.get({})), onSettingsLoaded);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);

  const confirmationFor = (form: Confirmation['form']) => ({
    confirmation: confirmation?.form === form ? confirmation.message : null,
    onConfirmationChange: (message: string | null) =>
      setConfirmation((current) => (message !== null ? { form, message } : current?.form === form ? null : current)),
  });

  return (
    <>
      <ScreenHeading>Instellingen</ScreenHeading>
      <ErrorAlert content={loadError} />
      <section className="settings-section" aria-labelledby="instellingen-kluis">
        <h2 id="instellingen-kluis">Kluis</h2>
        <dl className="details">
          <dt>Locatie van de kluis</dt>
          <dd className="details__path">{settings ? settings.dataFolder : 'Wordt geladen…'}</dd>
        </dl>
        {settings && (
          <IdleTimeoutForm initialMinutes={settings.idleTimeoutMinutes} onSaved={onSettingsLoaded} {...confirmationFor('idleTimeout')} />
        )}
      </section>
      <section className="settings-section" aria-labelledby="instellingen-reservekopie">
        <h2 id="instellingen-reservekopie">Reservekopie</h2>
        <BackupSettings />
      </section>
      <section className="settings-section" aria-labelledby="instellingen-bewaartermijnen">
        <h2 id="instellingen-bewaartermijnen">Bewaartermijnen</h2>
        <BewaartermijnenSettings />
      </section>
      <section className="settings-section" aria-labelledby="instellingen-termijnen">
        <h2 id="instellingen-termijnen">Zaaknummers en termijnen</h2>
        {settings && <TermSettingsForm settings={settings} onSaved={onSettingsLoaded} {...confirmationFor('terms')} />}
      </section>
      <section className="settings-section" aria-labelledby="instellingen-briefhoofd">
        <h2 id="instellingen-briefhoofd">Briefhoofd</h2>
        <BriefhoofdSettings {...confirmationFor('briefhoofd')} />
      </section>
      <section className="settings-section" aria-labelledby="instellingen-briefsjablonen">
        <h2 id="instellingen-briefsjablonen">Briefsjablonen</h2>
        <BriefsjablonenSettings {...confirmationFor('briefsjablonen')} />
      </section>
      <section className="settings-section" aria-labelledby="instellingen-beleid">
        <h2 id="instellingen-beleid">Bibob-beleid</h2>
        <BeleidSettings {...confirmationFor('beleid')} />
      </section>
      <section className="settings-section" aria-labelledby="instellingen-vragensets">
        <h2 id="instellingen-vragensets">Vragensets</h2>
        <QuestionSetsSettings {...confirmationFor('questionSets')} />
      </section>
      <section className="settings-section" aria-labelledby="instellingen-voorschriften">
        <h2 id="instellingen-voorschriften">Voorschriften</h2>
        <VoorschriftenSettings {...confirmationFor('voorschriften')} />
      </section>
      <section className="settings-section" aria-labelledby="instellingen-wachtwoordzin">
        <h2 id="instellingen-wachtwoordzin">Wachtwoordzin wijzigen</h2>
        <ChangePassphraseForm {...confirmationFor('passphrase')} />
      </section>
      <section className="settings-section" aria-labelledby="instellingen-audittrail">
        <h2 id="instellingen-audittrail">Audittrail</h2>
        <AuditTrailSettings {...confirmationFor('audit')} />
      </section>
    </>
  );
}

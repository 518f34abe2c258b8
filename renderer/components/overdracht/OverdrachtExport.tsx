import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../bridge';
import type { CallOutput } from '../../../src/contract';
import { ontvangerKeuzes, overdrachtOntvangers, type OverdrachtOntvanger } from '../../../src/domain/overdracht';
import { useSubmission } from '../../hooks/useSubmission';
import { Checkbox } from '../Checkbox';
import { CheckboxSet } from '../CheckboxSet';
import { Field } from '../Field';
import { FormActions, SubmitButton } from '../FormActions';
import { RadioGroup } from '../RadioGroup';
import { StatusMessage } from '../StatusMessage';
import { SubmissionForm } from '../SubmissionForm';
import { faseLabel } from '../../labels';

type Overview = CallOutput<'overdracht.overview'>;
type Made = CallOutput<'overdracht.export'>;

const fields = ['dossierIds', 'alleOpen', 'ontvangerSoort', 'ontvanger', 'afzenderNaam', 'voorwaardenBevestigd'] as const;

/** The passphrase of a package just made: shown once, with the advice to pass it on by another channel. */
export function WachtwoordzinEenmalig({ made, onHide }: { made: Made; onHide: () => void }) {
  return (
    <div className="overdracht-wachtwoordzin" role="status">
      <p>
        Het pakket <strong>{made.bestandsnaam}</strong> is gemaakt ({made.zaaknummers.join(', ')}). De overdrachtswachtwoordzin wordt maar één keer getoond:
      </p>
      <p className="recovery-key" data-testid="overdrachtswachtwoordzin">
        {made.wachtwoordzin}
      </p>
      <p>
        Geef de wachtwoordzin via een ander kanaal door dan het pakket: bijvoorbeeld telefonisch of persoonlijk, nooit in dezelfde e-mail of op dezelfde
        gegevensdrager. Bibob Werkbank bewaart hem niet; zonder wachtwoordzin is het pakket niet te openen.
      </p>
      <FormActions>
        <Button appearance="secondary-action-button" onClick={onHide}>
          Wachtwoordzin doorgegeven, verbergen
        </Button>
      </FormActions>
    </div>
  );
}

/** Overdracht → Pakket maken: which dossiers (or all open ones), to whom on which basis, then the save dialog. */
export function OverdrachtExport({ overview, onMade }: { overview: Overview; onMade: () => void }) {
  const [gekozen, setGekozen] = useState<ReadonlySet<string>>(new Set());
  const [ontvangerSoort, setOntvangerSoort] = useState<OverdrachtOntvanger | ''>('');
  const [ontvanger, setOntvanger] = useState('');
  const [afzenderNaam, setAfzenderNaam] = useState(overview.afzender.naam);
  const [voorwaarden, setVoorwaarden] = useState<boolean[]>(overview.voorwaardenSubM.map(() => false));
  const [made, setMade] = useState<Made | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const submission = useSubmission(fields);
  const open = overview.dossiers.filter((dossier) => dossier.open);

  function make(alleOpen: boolean): void {
    setMade(null);
    setNotice(null);
    void submission.run(
      () =>
        unwrap(
          bibob.overdracht.export({
            ...(alleOpen ? { alleOpen: true as const } : { dossierIds: [...gekozen] }),
            // Sent as chosen: the service says at the field what is missing.
            ontvangerSoort: ontvangerSoort as OverdrachtOntvanger,
            ontvanger,
            afzenderNaam,
            ...(ontvangerSoort === 'bestuursorgaan' ? { voorwaardenBevestigd: voorwaarden } : {}),
          }),
        ),
      (result) => {
        if (!result.exported) {
          setNotice('Er is geen pakket gemaakt: het opslaan is geannuleerd.');
          return;
        }
        setMade(result);
        setGekozen(new Set());
        onMade();
      },
    );
  }

  return (
    <section className="overdracht-section" aria-labelledby="overdracht-maken">
      <h2 id="overdracht-maken">Pakket maken</h2>
      <p className="prose">
        Een overdrachtspakket bevat de gekozen dossiers met hun betrokkenen, bevindingen, verzoeken, beoordeling, zienswijzen, besluiten, brieven, bijlagen, tijdlijn en auditregels, in één
        versleuteld bestand. Het pakket wordt vastgelegd; gaat het naar het RIEC of een ander bestuursorgaan, dan ook in het verstrekkingsregister.
      </p>
      {made && <WachtwoordzinEenmalig made={made} onHide={() => setMade(null)} />}
      <StatusMessage tone="info">{notice}</StatusMessage>
      <SubmissionForm submission={submission} onSubmit={() => make(false)}>
        <Field label="Uw naam als afzender" value={afzenderNaam} onValueChange={setAfzenderNaam} error={submission.fieldErrors.afzenderNaam} description={overview.afzender.organisatie ? `Namens ${overview.afzender.organisatie} (uit het briefhoofd).` : 'Vul het briefhoofd in bij Instellingen om ook de gemeente als afzender te noemen.'} />
        <RadioGroup
          legend="Aan wie gaat het pakket, en op welke grond?"
          name="ontvangerSoort"
          options={overdrachtOntvangers.map((value) => ({ value, label: ontvangerKeuzes[value].label }))}
          value={ontvangerSoort}
          onValueChange={setOntvangerSoort}
          error={submission.fieldErrors.ontvangerSoort}
        />
        {ontvangerSoort !== '' && <p className="prose overdracht-toelichting">{ontvangerKeuzes[ontvangerSoort].toelichting}</p>}
        {ontvangerSoort === 'bestuursorgaan' && (
          <fieldset className={submission.fieldErrors.voorwaardenBevestigd ? 'radio-group radio-group--invalid' : 'radio-group'}>
            <legend className="radio-group__legend">De voorwaarden van art. 28 lid 2 onder m Wet Bibob</legend>
            {submission.fieldErrors.voorwaardenBevestigd && <p className="field__error">{submission.fieldErrors.voorwaardenBevestigd}</p>}
            {overview.voorwaardenSubM.map((tekst, index) => (
              <Checkbox key={tekst} label={tekst} checked={voorwaarden[index] ?? false} onCheckedChange={(checked) => setVoorwaarden((current) => current.map((value, i) => (i === index ? checked : value)))} />
            ))}
          </fieldset>
        )}
        <Field label="Ontvanger" description="De naam van de collega, het RIEC of het bestuursorgaan." value={ontvanger} onValueChange={setOntvanger} error={submission.fieldErrors.ontvanger} />
        {overview.dossiers.length === 0 ? (
          <p className="muted">Er zijn nog geen dossiers.</p>
        ) : (
          <CheckboxSet
            legend="Dossiers in het pakket"
            options={overview.dossiers.map((dossier) => ({ value: dossier.id, label: `${dossier.zaaknummer} — ${dossier.aanvragerNaam} (${faseLabel(dossier.fase)})` }))}
            selected={gekozen}
            onChange={setGekozen}
            error={submission.fieldErrors.dossierIds}
          />
        )}
        <FormActions>
          <SubmitButton busy={submission.busy}>Pakket maken van de gekozen dossiers</SubmitButton>
          <Button appearance="secondary-action-button" disabled={submission.busy || open.length === 0} onClick={() => make(true)}>
            {`Alle open dossiers overdragen (${open.length})`}
          </Button>
        </FormActions>
        {submission.fieldErrors.alleOpen && <p className="field__error">{submission.fieldErrors.alleOpen}</p>}
      </SubmissionForm>
    </section>
  );
}

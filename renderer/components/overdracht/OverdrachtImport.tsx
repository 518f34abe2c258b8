import { useState } from 'react';
import { bibob, unwrap } from '../../bridge';
import type { CallOutput } from '../../../src/contract';
import type { OverdrachtPreview } from '../../../src/contract/overdrachtCalls';
import { useSubmission } from '../../hooks/useSubmission';
import { formatDateTime } from '../../format';
import { DataTable } from '../DataTable';
import { Field } from '../Field';
import { FormActions, SubmitButton } from '../FormActions';
import { LinkButton } from '../LinkButton';
import { RadioGroup } from '../RadioGroup';
import { StatusMessage } from '../StatusMessage';
import { SubmissionForm } from '../SubmissionForm';

type Imported = CallOutput<'overdracht.import'>;

const NIEUW = 'nieuw';

function afzenderTekst(afzender: { naam: string; organisatie: string }): string {
  return afzender.organisatie ? `${afzender.naam} (${afzender.organisatie})` : afzender.naam;
}

/** What the package holds, before anything is read in: sender, date, basis, dossiers. */
function PreviewDetails({ preview }: { preview: OverdrachtPreview }) {
  return (
    <>
      <h3>Inhoud van het pakket</h3>
      <dl className="details">
        <dt>Soort pakket</dt>
        <dd>{preview.soort === 'overdracht' ? 'Overdrachtspakket' : `Reactiepakket met ${preview.notities} ${preview.notities === 1 ? 'notitie' : 'notities'}`}</dd>
        <dt>Afzender</dt>
        <dd>{afzenderTekst(preview.afzender)}</dd>
        <dt>Gemaakt op</dt>
        <dd>{formatDateTime(preview.verzondenOp)}</dd>
        <dt>Grondslag</dt>
        <dd>{preview.grondslag}</dd>
        {preview.soort === 'overdracht' && (
          <>
            <dt>Bijlagen</dt>
            <dd>{preview.bijlagen}</dd>
          </>
        )}
      </dl>
      <DataTable caption="Dossiers in het pakket" showCaption columns={['Zaaknummer bij de afzender', 'Aanvrager', 'Zaaknummer hier', 'Opmerking']}>
        {preview.dossiers.map((dossier) => (
          <tr key={dossier.id}>
            <td>{dossier.zaaknummer}</td>
            <td>{dossier.aanvragerNaam}</td>
            <td>{dossier.zaaknummerHier}</td>
            <td>{dossier.probleem ?? (dossier.zaaknummerHier === dossier.zaaknummer ? '' : 'Het zaaknummer is hier al in gebruik: het dossier krijgt een nieuw zaaknummer.')}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

/** Overdracht → Pakket inlezen: choose the file, the passphrase, the preview, the betrokkenen, then read it in. */
export function OverdrachtImport({ onImported, onOpenDossier }: { onImported: () => void; onOpenDossier: (id: string, zaaknummer: string) => void }) {
  const [bestandsnaam, setBestandsnaam] = useState<string | null>(null);
  const [wachtwoordzin, setWachtwoordzin] = useState('');
  const [preview, setPreview] = useState<OverdrachtPreview | null>(null);
  const [keuzes, setKeuzes] = useState<Record<string, string>>({});
  const [imported, setImported] = useState<Imported | null>(null);
  const choose = useSubmission(['bestand']);
  const open = useSubmission(['wachtwoordzin', 'bestand']);
  const read = useSubmission(['wachtwoordzin', 'bestand', ...(preview?.betrokkenen.map((b) => `koppelingen.${b.id}`) ?? [])]);

  function chooseFile(): void {
    setImported(null);
    void choose.run(
      () => unwrap(bibob.overdracht.chooseFile({})),
      (result) => {
        if (!result.gekozen) return;
        setBestandsnaam(result.bestandsnaam);
        setPreview(null);
        setKeuzes({});
      },
    );
  }

  function openPackage(): void {
    setImported(null);
    void open.run(
      () => unwrap(bibob.overdracht.preview({ wachtwoordzin })),
      (result) => {
        setPreview(result);
        setKeuzes({});
      },
    );
  }

  function readIn(): void {
    if (!preview) return;
    const koppelingen = preview.betrokkenen
      .filter((b) => b.kandidaten.length > 0 && keuzes[b.id] !== undefined)
      .map((b) => ({ betrokkeneId: b.id, bestaandeId: keuzes[b.id] === NIEUW ? null : keuzes[b.id]! }));
    void read.run(
      () => unwrap(bibob.overdracht.import({ wachtwoordzin, koppelingen })),
      (result) => {
        setImported(result);
        setPreview(null);
        setWachtwoordzin('');
        setBestandsnaam(null);
        onImported();
      },
    );
  }

  const blocked = preview?.dossiers.some((dossier) => dossier.probleem !== null) ?? false;
  const matched = preview?.betrokkenen.filter((b) => b.kandidaten.length > 0) ?? [];

  return (
    <section className="overdracht-section" aria-labelledby="overdracht-inlezen">
      <h2 id="overdracht-inlezen">Pakket inlezen</h2>
      <p className="prose">
        Lees een overdrachtspakket of een reactiepakket in met de wachtwoordzin die u via een ander kanaal van de afzender kreeg. U ziet eerst wie het pakket maakte, wanneer en wat erin zit;
        betrokkenen die al in deze kluis staan, koppelt u zelf of neemt u op als nieuwe betrokkene.
      </p>
      {imported && (
        <StatusMessage>
          {imported.soort === 'overdracht' ? 'Ingelezen: ' : `Reactie ingelezen (${imported.notitiesToegevoegd} ${imported.notitiesToegevoegd === 1 ? 'notitie' : 'notities'} toegevoegd): `}
          {imported.dossiers.map((dossier, index) => (
            <span key={dossier.id}>
              {index > 0 && ', '}
              <LinkButton onClick={() => onOpenDossier(dossier.id, dossier.zaaknummer)}>{dossier.zaaknummer}</LinkButton>
            </span>
          ))}
          .
        </StatusMessage>
      )}
      <SubmissionForm submission={choose} onSubmit={chooseFile}>
        <p>{bestandsnaam ? `Gekozen pakket: ${bestandsnaam}` : 'Nog geen pakket gekozen.'}</p>
        {choose.fieldErrors.bestand && <p className="field__error">{choose.fieldErrors.bestand}</p>}
        <FormActions>
          <SubmitButton busy={choose.busy}>{bestandsnaam ? 'Ander pakket kiezen' : 'Pakket kiezen'}</SubmitButton>
        </FormActions>
      </SubmissionForm>
      {bestandsnaam && (
        <SubmissionForm submission={open} onSubmit={openPackage}>
          <Field
            label="Overdrachtswachtwoordzin"
            description="Zes groepen van vijf tekens, zoals de afzender ze doorgaf. Hoofdletters, spaties en streepjes maken niet uit."
            autoComplete="off"
            spellCheck={false}
            value={wachtwoordzin}
            onValueChange={(value) => {
              setWachtwoordzin(value);
              setPreview(null);
            }}
            error={open.fieldErrors.wachtwoordzin}
          />
          {open.fieldErrors.bestand && <p className="field__error">{open.fieldErrors.bestand}</p>}
          <FormActions>
            <SubmitButton busy={open.busy}>Pakket openen</SubmitButton>
          </FormActions>
        </SubmissionForm>
      )}
      {preview && (
        <SubmissionForm submission={read} onSubmit={readIn}>
          <PreviewDetails preview={preview} />
          {matched.length > 0 && (
            <>
              <h3>Betrokkenen die misschien al in deze kluis staan</h3>
              <p className="prose">Niets wordt vanzelf samengevoegd: kies per betrokkene.</p>
              {matched.map((betrokkene) => (
                <RadioGroup
                  key={betrokkene.id}
                  legend={`${betrokkene.naam} (${betrokkene.omschrijving})`}
                  name={`koppeling-${betrokkene.id}`}
                  options={[
                    ...betrokkene.kandidaten.map((kandidaat) => ({ value: kandidaat.id, label: `Koppelen aan bestaande betrokkene ${kandidaat.naam} (${kandidaat.omschrijving})` })),
                    { value: NIEUW, label: 'Als nieuwe betrokkene' },
                  ]}
                  value={keuzes[betrokkene.id] ?? ''}
                  onValueChange={(value) => setKeuzes((current) => ({ ...current, [betrokkene.id]: value }))}
                  error={read.fieldErrors[`koppelingen.${betrokkene.id}`]}
                />
              ))}
            </>
          )}
          {read.fieldErrors.wachtwoordzin && <p className="field__error">{read.fieldErrors.wachtwoordzin}</p>}
          {read.fieldErrors.bestand && <p className="field__error">{read.fieldErrors.bestand}</p>}
          <FormActions>
            <SubmitButton busy={read.busy} disabled={blocked}>
              {preview.soort === 'overdracht' ? 'Dossiers inlezen' : 'Notities toevoegen'}
            </SubmitButton>
          </FormActions>
        </SubmissionForm>
      )}
    </section>
  );
}

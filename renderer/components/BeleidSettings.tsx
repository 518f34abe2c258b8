import { useCallback, useState } from 'react';
import { bibob, unwrap } from '../bridge';
import { MAX_BELEID_CHARS, type BeleidView } from '../../src/contract/beleidCalls';
import { formatEuro } from '../../src/domain/eigenOnderzoek/financing';
import { toepassingsgebieden, toepassingsgebiedInfo } from '../../src/domain/toepassingsgebied';
import type { Gebiedsbeleid } from '../../src/domain/beleid';
import { formatCalendarDate, formatShortDateTime } from '../format';
import { useReloadable } from '../hooks/useReloadable';
import { useSubmission } from '../hooks/useSubmission';
import { ActionForm } from './dossier/ActionForm';
import { BeleidForm } from './BeleidForm';
import type { ConfirmationProps } from './dossier/DossierSection';
import { DataTable } from './DataTable';
import { ErrorAlert } from './ErrorAlert';
import { FormActions, SubmitButton } from './FormActions';
import { JsonFileField } from './JsonFileField';
import { withPositions } from './QuestionSetsSettings';
import { StatusMessage } from './StatusMessage';
import { SubmissionForm } from './SubmissionForm';
import { TextareaField } from './TextareaField';

/** Every criterion of one toepassingsgebied as a row: what kind, its text, its article. */
function criteriaRows(criteria: Gebiedsbeleid): { soort: string; tekst: string; artikel: string }[] {
  return [
    ...criteria.categorieen.map((item) => ({ soort: 'Altijd Bibob', tekst: item.omschrijving, artikel: item.artikel })),
    ...criteria.drempels.flatMap((drempel) => [
      { soort: 'Bedragdrempel', tekst: `${drempel.omschrijving} vanaf ${formatEuro(drempel.vanafEuro * 100)}`, artikel: drempel.artikel },
      ...(drempel.verlaagd
        ? [{ soort: 'Verlaagde drempel', tekst: `${drempel.omschrijving} vanaf ${formatEuro(drempel.verlaagd.vanafEuro * 100)} als: ${drempel.verlaagd.wanneer.map((item) => item.omschrijving).join('; ')}`, artikel: drempel.verlaagd.artikel }]
        : []),
    ]),
    ...criteria.signalen.map((item) => ({ soort: 'Signaal', tekst: item.omschrijving, artikel: item.artikel })),
    ...(criteria.wisselingExploitant ? [{ soort: 'Nieuwe ondernemer of wisseling exploitant', tekst: criteria.wisselingExploitant.omschrijving, artikel: criteria.wisselingExploitant.artikel }] : []),
  ];
}

function BeleidOverview({ view }: { view: BeleidView }) {
  const { beleid } = view;
  return (
    <>
      {beleid.voorbeeld && (
        <div role="note" className="notice">
          <p className="notice__title">Voorbeeld — vervang door de beleidsregel van uw gemeente</p>
          <p>
            Dit voorbeeldbeleid is met de app meegeleverd en door geen bestuursorgaan vastgesteld. Zolang het geldt, zegt elke beleidstoets dat hij op een voorbeeld berust.
          </p>
        </div>
      )}
      <dl className="details">
        <dt>Naam</dt>
        <dd>{beleid.naam}</dd>
        <dt>Versie</dt>
        <dd>{beleid.versie}</dd>
        <dt>Vastgesteld op</dt>
        <dd>{formatCalendarDate(beleid.vastgesteldOp)}</dd>
        <dt>Opgeslagen</dt>
        <dd>{view.gewijzigdOp === null ? 'Meegeleverd met de app' : `${formatShortDateTime(view.gewijzigdOp)} door ${view.gewijzigdDoor ?? ''}`}</dd>
      </dl>
      {beleid.toelichting && <p className="prose">{beleid.toelichting}</p>}
      {toepassingsgebieden.map((gebied) => {
        const criteria = beleid.gebieden[gebied];
        const label = toepassingsgebiedInfo[gebied].label;
        if (!criteria) return <p key={gebied}>{`${label}: de beleidsregel zegt niets over dit toepassingsgebied.`}</p>;
        return (
          <DataTable key={gebied} caption={`Criteria: ${label}`} showCaption columns={['Soort', 'Criterium', 'Artikel']}>
            {criteriaRows(criteria).map((row, index) => (
              <tr key={index}>
                <td>{row.soort}</td>
                <td>{row.tekst}</td>
                <td>{row.artikel}</td>
              </tr>
            ))}
          </DataTable>
        );
      })}
    </>
  );
}

/** Saves the beleid's JSON; a refusal names each problem with its place in the file. */
async function saveJson(json: string): Promise<BeleidView> {
  try {
    return await unwrap(bibob.beleid.save({ json }));
  } catch (failure) {
    throw withPositions(failure);
  }
}

/** The editor: the whole beleidsregel as its JSON, checked by the service; every problem with its place. */
function BeleidEditor({ view, onSaved }: { view: BeleidView; onSaved: (saved: BeleidView) => void }) {
  const [json, setJson] = useState(view.json);
  const submission = useSubmission(['json']);
  return (
    <SubmissionForm submission={submission} onSubmit={() => void submission.run(() => saveJson(json), onSaved)}>
      <TextareaField
        label="Beleidsregel (JSON, formaat bibob-beleid/1)"
        description="Per toepassingsgebied: categorieën waarin Bibob altijd wordt toegepast, bedragdrempels (met een lagere drempel in een risicocategorie of -gebied), signalen en nieuwe ondernemer of wisseling van exploitant. Gewijzigde criteria horen bij een nieuwe versie."
        rows={18}
        value={json}
        onValueChange={setJson}
        error={submission.fieldErrors.json}
      />
      <FormActions>
        <SubmitButton busy={submission.busy}>Beleid opslaan</SubmitButton>
      </FormActions>
    </SubmissionForm>
  );
}

/**
 * The municipality's Bibob-beleid (issue 23 §4): the beleidsregel the beleidstoets at intake applies, with its
 * version. Until the municipality saves its own, the example shipped with the app applies, marked as such.
 */
export function BeleidSettings({ confirmation, onConfirmationChange }: ConfirmationProps) {
  const load = useCallback(() => unwrap(bibob.beleid.get({})), []);
  const { value: view, error, replace } = useReloadable(load);
  /** Counts saves, so that the editor starts again from what was saved. */
  const [saves, setSaves] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const importing = useSubmission(['bestand']);

  const saved = (next: BeleidView, how: string) => {
    replace(next);
    setSaves((count) => count + 1);
    onConfirmationChange(`${how}: ${next.beleid.naam}, versie ${next.beleid.versie}. Nieuwe beleidstoetsen gebruiken deze versie.`);
  };

  function importFile(): void {
    onConfirmationChange(null);
    if (!file) return importing.reject({ bestand: 'Kies een bestand met een beleidsregel (JSON).' });
    if (file.size > MAX_BELEID_CHARS * 4) return importing.reject({ bestand: 'Dit bestand is te groot voor een beleidsregel.' });
    void importing.run(async () => saveJson(await file.text()), (next) => saved(next, 'Het beleid is geïmporteerd'));
  }

  if (view === null) return error === null ? <p className="loading">Het Bibob-beleid wordt geladen…</p> : <ErrorAlert content={error} />;
  return (
    <>
      <ErrorAlert content={error} />
      <BeleidOverview view={view} />
      <StatusMessage>{confirmation}</StatusMessage>
      <h3>Beleid bewerken</h3>
      <BeleidForm key={`form-${saves}`} view={view} onSaved={(next) => saved(next, 'Het beleid is opgeslagen')} />
      <details className="settings-details">
        <summary>Als JSON bewerken</summary>
        <BeleidEditor key={`json-${saves}`} view={view} onSaved={(next) => saved(next, 'Het beleid is opgeslagen')} />
      </details>
      <h3>Beleid importeren of exporteren</h3>
      <p className="prose">Een beleidsregel als JSON-bestand, bijvoorbeeld van een andere gemeente of uit een andere kluis. Bij een fout wordt niets opgeslagen.</p>
      <SubmissionForm submission={importing} onSubmit={importFile}>
        <JsonFileField
          label="Bestand met de beleidsregel (JSON)"
          error={importing.fieldErrors.bestand}
          onFileChange={(chosen) => {
            setFile(chosen);
            onConfirmationChange(null);
          }}
        />
        <FormActions>
          <SubmitButton busy={importing.busy}>Beleid importeren</SubmitButton>
        </FormActions>
      </SubmissionForm>
      <ActionForm fields={[]} button="Beleid exporteren" call={() => unwrap(bibob.beleid.export({}))} onDone={(result) => result.exported && onConfirmationChange('Het beleid is geëxporteerd.')}>
        {() => null}
      </ActionForm>
    </>
  );
}

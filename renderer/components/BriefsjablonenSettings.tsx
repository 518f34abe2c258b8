import { useCallback, useMemo, useState } from 'react';
import { bibob, unwrap } from '../bridge';
import type { SjablonenView } from '../../src/contract/briefCalls';
import { briefSoorten, controleerSjabloon, veldenVan, vulBrief, vulOnderwerp, type Blok, type BriefSoortId, type VeldWaarde } from '../../src/domain/brieven';
import { formatShortDateTime } from '../format';
import { useReloadable } from '../hooks/useReloadable';
import { useSubmission } from '../hooks/useSubmission';
import { ActionForm } from './dossier/ActionForm';
import type { ConfirmationProps } from './dossier/DossierSection';
import { ErrorAlert } from './ErrorAlert';
import { Field } from './Field';
import { FormActions, SubmitButton } from './FormActions';
import { JsonFileField } from './JsonFileField';
import { SelectField } from './SelectField';
import { StatusMessage } from './StatusMessage';
import { SubmissionForm } from './SubmissionForm';
import { TextareaField } from './TextareaField';

type Sjabloon = SjablonenView['sjablonen'][number];

/** What the preview fills the fields with: the field's own name, so that the coordinator sees where each value lands. */
function voorbeeldWaarden(soort: BriefSoortId): Record<string, VeldWaarde> {
  return Object.fromEntries(
    Object.entries(veldenVan(soort)).map(([naam, veld]): [string, VeldWaarde] => [
      naam,
      veld.soort === 'tekst' ? `[${naam}]` : veld.soort === 'lijst' ? [`[${naam}] 1`, `[${naam}] 2`] : [{ soort: 'kop', tekst: `[${naam}]` }, { soort: 'alinea', tekst: `[${naam}: alinea’s]` }],
    ]),
  );
}

function Voorbeeld({ blokken }: { blokken: readonly Blok[] }) {
  return (
    <>
      {blokken.map((blok, index) =>
        blok.soort === 'kop' ? (
          <h5 key={index}>{blok.tekst}</h5>
        ) : blok.soort === 'alinea' ? (
          <p key={index}>{blok.tekst}</p>
        ) : (
          <ul key={index}>
            {blok.items.map((item, itemIndex) => (
              <li key={itemIndex}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}

/**
 * The letter templates: each letter type's text with its fields, edited with a live preview and checked while
 * typing (unknown fields, unbalanced braces, missing required fields, each at its line and column). Saving makes a
 * new version; the set can be exported and imported so that municipalities can share their templates.
 */
export function BriefsjablonenSettings({ confirmation, onConfirmationChange }: ConfirmationProps) {
  const load = useCallback(() => unwrap(bibob.sjablonen.list({})), []);
  const { value: view, error, replace, reload } = useReloadable(load);
  const [soort, setSoort] = useState<BriefSoortId>('herstelverzoek');
  const huidig = view?.sjablonen.find((entry) => entry.soort === soort) ?? null;
  return (
    <>
      <ErrorAlert content={error} />
      {view === null ? (
        error === null && <p className="loading">De sjablonen worden geladen…</p>
      ) : (
        <>
          <SelectField
            label="Brief"
            value={soort}
            onValueChange={(value) => {
              onConfirmationChange(null);
              setSoort(value as BriefSoortId);
            }}
            options={view.sjablonen.map((entry) => ({ value: entry.soort, label: `${entry.label} (${entry.versie === 0 ? 'standaard' : `versie ${entry.versie}`})` }))}
          />
          {huidig && (
            <SjabloonEditor
              key={`${huidig.soort}|${huidig.versie}`}
              sjabloon={huidig}
              onSaved={(next) => {
                replace(next);
                const versie = next.sjablonen.find((entry) => entry.soort === huidig.soort)?.versie ?? 0;
                onConfirmationChange(`Versie ${versie} van het sjabloon "${huidig.label}" is opgeslagen. Nieuwe brieven gebruiken deze versie.`);
              }}
              onEdit={() => onConfirmationChange(null)}
            />
          )}
          <StatusMessage>{confirmation}</StatusMessage>
          <SjabloonSetUitwisseling onDone={(message) => { onConfirmationChange(message); void reload(); }} onEdit={() => onConfirmationChange(null)} />
        </>
      )}
    </>
  );
}

function SjabloonEditor({ sjabloon, onSaved, onEdit }: { sjabloon: Sjabloon; onSaved: (view: SjablonenView) => void; onEdit: () => void }) {
  const soort = sjabloon.soort;
  const def = briefSoorten[soort];
  const [onderwerp, setOnderwerp] = useState(sjabloon.onderwerp);
  const [tekst, setTekst] = useState(sjabloon.tekst);
  const velden = veldenVan(soort);
  const fouten = useMemo(() => controleerSjabloon({ onderwerp, tekst }, velden, def.verplicht), [onderwerp, tekst, velden, def.verplicht]);
  const voorbeeld = useMemo(() => {
    const waarden = voorbeeldWaarden(soort);
    return { onderwerp: vulOnderwerp(onderwerp, velden, waarden), blokken: vulBrief(tekst, velden, waarden) };
  }, [onderwerp, tekst, velden, soort]);
  const plaats = (regel: number | null, kolom: number | null) => (regel === null ? '' : `regel ${regel}, kolom ${kolom}: `);
  const verplicht = new Set(def.verplicht.map((entry) => entry.veld));
  const foutenLijst = [...fouten.onderwerp.map((fout) => `Onderwerp, ${plaats(fout.regel, fout.kolom)}${fout.melding}`), ...fouten.tekst.map((fout) => `Tekst, ${plaats(fout.regel, fout.kolom)}${fout.melding}`)];
  return (
    <div className="template-editor">
      <ActionForm fields={['onderwerp', 'tekst']} button="Nieuwe versie opslaan" call={() => unwrap(bibob.sjablonen.save({ soort, onderwerp, tekst }))} onDone={onSaved}>
        {(submission) => (
          <>
            <Field label="Onderwerp" value={onderwerp} onValueChange={(value) => { onEdit(); setOnderwerp(value); }} error={submission.fieldErrors.onderwerp} />
            <TextareaField
              label="Tekst van het sjabloon"
              description="Een lege regel begint een nieuwe alinea; '# ' aan het begin maakt een kop en '- ' een opsommingsteken. Velden staan tussen accolades, zoals {aanvrager.naam}; een lijstveld staat alleen op zijn regel."
              rows={18}
              value={tekst}
              onValueChange={(value) => { onEdit(); setTekst(value); }}
              error={submission.fieldErrors.tekst}
            />
            <div aria-live="polite" className="template-errors">
              {foutenLijst.length === 0 ? (
                <p className="muted">Het sjabloon bevat geen fouten.</p>
              ) : (
                <>
                  <p><strong>{foutenLijst.length === 1 ? 'Eén fout in het sjabloon:' : `${foutenLijst.length} fouten in het sjabloon:`}</strong></p>
                  <ul>
                    {foutenLijst.map((fout) => (
                      <li key={fout}>{fout}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          </>
        )}
      </ActionForm>
      <details>
        <summary>Velden van deze brief</summary>
        <ul>
          {Object.entries(velden).map(([naam, veld]) => (
            <li key={naam}>
              <code>{`{${naam}}`}</code>
              {` — ${veld.omschrijving}${veld.soort === 'lijst' ? ' (opsomming)' : veld.soort === 'blokken' ? ' (alinea’s)' : ''}${verplicht.has(naam) ? ' — verplicht' : ''}`}
            </li>
          ))}
        </ul>
      </details>
      <section className="template-preview" aria-labelledby={`voorbeeld-${soort}`}>
        <h4 id={`voorbeeld-${soort}`}>Voorbeeld</h4>
        <p>
          <strong>{`Onderwerp: ${voorbeeld.onderwerp}`}</strong>
        </p>
        <Voorbeeld blokken={voorbeeld.blokken} />
      </section>
      <h4>Versies</h4>
      {sjabloon.versies.length === 0 ? (
        <p className="muted">Nog geen eigen versie: brieven volgen het standaardsjabloon.</p>
      ) : (
        <ul>
          {sjabloon.versies.map((versie) => (
            <li key={versie.versie}>{`Versie ${versie.versie} — ${formatShortDateTime(versie.opgeslagenOp)} door ${versie.opgeslagenDoor}`}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SjabloonSetUitwisseling({ onDone, onEdit }: { onDone: (message: string) => void; onEdit: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const submission = useSubmission(['bestand']);
  function importFile(): void {
    onEdit();
    if (!file) {
      submission.reject({ bestand: 'Kies een bestand met sjablonen (JSON).' });
      return;
    }
    if (file.size > 2_000_000) {
      submission.reject({ bestand: 'Dit bestand is te groot voor een sjabloonset (hoogstens 2 MB).' });
      return;
    }
    void submission.run(
      async () => unwrap(bibob.sjablonen.import({ json: await file.text() })),
      (result) => onDone(result.ingevoerd === 0 ? 'De sjabloonset is gelezen; alle sjablonen waren al gelijk.' : `${result.ingevoerd === 1 ? 'Eén sjabloon' : `${result.ingevoerd} sjablonen`} uit de set opgeslagen als nieuwe versie.`),
    );
  }
  return (
    <>
      <h3>Sjablonen delen</h3>
      <p className="prose">Een sjabloonset bevat alleen de teksten van de sjablonen, nooit gegevens uit een dossier. Bij een fout in de set wordt niets ingevoerd.</p>
      <ActionForm fields={[]} button="Sjabloonset exporteren" call={() => unwrap(bibob.sjablonen.export({}))} onDone={(result) => result.exported && onDone('De sjabloonset is geëxporteerd.')}>
        {() => null}
      </ActionForm>
      <SubmissionForm submission={submission} onSubmit={importFile}>
        <JsonFileField
          label="Bestand met een sjabloonset (JSON)"
          error={submission.fieldErrors.bestand}
          onFileChange={(chosen) => {
            setFile(chosen);
            onEdit();
          }}
        />
        <FormActions>
          <SubmitButton busy={submission.busy}>Sjabloonset importeren</SubmitButton>
        </FormActions>
      </SubmissionForm>
    </>
  );
}

import { useMemo, useRef, useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../bridge';
import type { RapportView } from '../../src/contract/rapportCalls';
import { categorieLabels, rapportRegels, uitkomstCategorieen, type UitkomstCategorie } from '../../src/domain/rapportage';
import { BarChart, type BarChartHandle } from '../components/BarChart';
import { CheckboxSet } from '../components/CheckboxSet';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormActions, SubmitButton } from '../components/FormActions';
import { ScreenHeading } from '../components/ScreenHeading';
import { SelectField } from '../components/SelectField';
import { StatusMessage } from '../components/StatusMessage';
import { SubmissionForm } from '../components/SubmissionForm';
import { useLoad } from '../hooks/useLoad';
import { useSubmission } from '../hooks/useSubmission';
import { DataTable } from '../components/DataTable';

const VERGELIJK = [0, 1, 2, 3, 4];

/** The annual Bibob report: the figures of a year next to earlier years, charts, the effect definition, and exports. */
export function Jaarverslag({ huidigJaar }: { huidigJaar: number }) {
  const [jaar, setJaar] = useState(huidigJaar);
  const [vergelijk, setVergelijk] = useState(2);
  const [view, setView] = useState<RapportView | null>(null);
  const [effect, setEffect] = useState<ReadonlySet<UitkomstCategorie>>(new Set());
  const [bevestiging, setBevestiging] = useState<string | null>(null);
  const submission = useSubmission(['jaar', 'vergelijkJaren']);
  const effectSubmission = useSubmission(['effect']);
  const exportSubmission = useSubmission([]);
  const grafieken = useRef<(BarChartHandle | null)[]>([]);

  function toon(next: RapportView): void {
    setView(next);
    setEffect(new Set(next.effect));
  }
  const loadError = useLoad(() => unwrap(bibob.rapport.jaar({ jaar: huidigJaar, vergelijkJaren: 2 })), toon);

  const verslagen = view?.verslagen ?? [];
  const laatste = verslagen.at(-1);
  const jaarLabels = useMemo(() => verslagen.map((verslag) => String(verslag.jaar)), [verslagen]);
  const uitkomstLabels = useMemo(() => uitkomstCategorieen.map((categorie) => categorieLabels[categorie]), []);
  const onderzoeken = useMemo(
    () => [
      { label: 'Gestart', waarden: verslagen.map((verslag) => verslag.gestart.totaal) },
      { label: 'Afgerond', waarden: verslagen.map((verslag) => verslag.afgerond.totaal) },
      { label: 'Lopend op 31 december', waarden: verslagen.map((verslag) => verslag.lopendEindeJaar.totaal) },
    ],
    [verslagen],
  );
  const uitkomsten = useMemo(() => (laatste ? [{ label: String(laatste.jaar), waarden: uitkomstCategorieen.map((categorie) => laatste.uitkomsten[categorie]) }] : []), [laatste]);
  const ratio = useMemo(() => [{ label: 'Effectiviteitsratio', waarden: verslagen.map((verslag) => Math.round((verslag.effectiviteit.ratio ?? 0) * 100)) }], [verslagen]);
  const regels = rapportRegels(verslagen);
  const jaarOpties = [...new Set([...(view?.jaren ?? []), huidigJaar])].sort((a, b) => b - a).map((entry) => ({ value: String(entry), label: String(entry) }));

  return (
    <>
      <ScreenHeading>Jaarverslag</ScreenHeading>
      <ErrorAlert content={loadError} />
      <SubmissionForm
        submission={submission}
        onSubmit={() => {
          setBevestiging(null);
          void submission.run(() => unwrap(bibob.rapport.jaar({ jaar, vergelijkJaren: vergelijk })), toon);
        }}
        className="form form--inline"
      >
        <SelectField label="Jaar" value={String(jaar)} onValueChange={(value) => setJaar(Number(value))} options={jaarOpties} error={submission.fieldErrors.jaar} />
        <SelectField
          label="Vergelijken met"
          value={String(vergelijk)}
          onValueChange={(value) => setVergelijk(Number(value))}
          options={VERGELIJK.map((aantal) => ({ value: String(aantal), label: aantal === 0 ? 'geen eerdere jaren' : aantal === 1 ? 'het jaar ervoor' : `de ${aantal} jaren ervoor` }))}
          error={submission.fieldErrors.vergelijkJaren}
        />
        <FormActions>
          <SubmitButton busy={submission.busy}>Toon verslag</SubmitButton>
        </FormActions>
      </SubmissionForm>
      <StatusMessage>{bevestiging}</StatusMessage>
      {laatste && (
        <>
          <section aria-labelledby="verslag-cijfers">
            <h2 id="verslag-cijfers">{`Cijfers ${verslagen.length === 1 ? laatste.jaar : `${verslagen[0]!.jaar}–${laatste.jaar}`}`}</h2>
            <DataTable caption="Bibob-jaarverslag" columns={['Onderdeel', ...verslagen.map((verslag) => verslag.jaar)]}>
              {regels.map((regel, index) => (
                <tr key={`${regel.onderdeel}|${index}`} className={regel.kop ? 'data-table__group' : undefined}>
                  <th scope="row">{regel.kop ? <strong>{regel.onderdeel}</strong> : regel.onderdeel}</th>
                  {regel.waarden.map((waarde, kolom) => (
                    <td key={kolom}>{waarde}</td>
                  ))}
                </tr>
              ))}
            </DataTable>
            <p className="prose">{laatste.effectiviteit.definitie}</p>
          </section>
          <section aria-labelledby="verslag-grafieken">
            <h2 id="verslag-grafieken">Grafieken</h2>
            <BarChart
              ref={(handle) => { grafieken.current[0] = handle; }}
              titel="Onderzoeken per jaar"
              labels={jaarLabels}
              reeksen={onderzoeken}
              beschrijving="Gestart, afgerond en lopend op 31 december, per jaar; de cijfers staan in de tabel."
            />
            <BarChart
              ref={(handle) => { grafieken.current[1] = handle; }}
              titel={`Afgeronde onderzoeken naar uitkomst, ${laatste.jaar}`}
              labels={uitkomstLabels}
              reeksen={uitkomsten}
              beschrijving="Aantal afgeronde onderzoeken per uitkomst; de cijfers staan in de tabel."
            />
            <BarChart
              ref={(handle) => { grafieken.current[2] = handle; }}
              titel="Effectiviteitsratio per jaar (%)"
              labels={jaarLabels}
              reeksen={ratio}
              procent
              beschrijving="Het aandeel afgeronde onderzoeken met effect, per jaar; de cijfers staan in de tabel."
            />
          </section>
          <section aria-labelledby="verslag-export">
            <h2 id="verslag-export">Exporteren</h2>
            <ErrorAlert content={exportSubmission.alert} />
            <FormActions>
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  setBevestiging(null);
                  void exportSubmission.run(() => unwrap(bibob.rapport.exportCsv({ jaar: laatste.jaar, vergelijkJaren: verslagen.length - 1 })), (result) => result.exported && setBevestiging('Het jaarverslag is geëxporteerd als CSV.'));
                }}
              >
                Exporteren als CSV
              </Button>
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  setBevestiging(null);
                  const titels = ['Onderzoeken per jaar', `Afgeronde onderzoeken naar uitkomst, ${laatste.jaar}`, 'Effectiviteitsratio per jaar (%)'];
                  const images = grafieken.current.flatMap((handle, index) => {
                    const png = handle?.png();
                    return png ? [{ titel: titels[index]!, png }] : [];
                  });
                  void exportSubmission.run(() => unwrap(bibob.rapport.exportDocx({ jaar: laatste.jaar, vergelijkJaren: verslagen.length - 1, grafieken: images })), (result) => result.exported && setBevestiging('Het jaarverslag is geëxporteerd als Word-document.'));
                }}
              >
                Exporteren als Word-document
              </Button>
            </FormActions>
          </section>
          <section aria-labelledby="verslag-effect">
            <h2 id="verslag-effect">Definitie van de effectiviteitsratio</h2>
            <SubmissionForm
              submission={effectSubmission}
              onSubmit={() => {
                setBevestiging(null);
                void effectSubmission.run(
                  async () => {
                    await unwrap(bibob.rapport.setEffect({ effect: [...effect] }));
                    return unwrap(bibob.rapport.jaar({ jaar: laatste.jaar, vergelijkJaren: verslagen.length - 1 }));
                  },
                  (next) => {
                    toon(next);
                    setBevestiging('De definitie is opgeslagen; de ratio is opnieuw berekend.');
                  },
                );
              }}
            >
              <CheckboxSet legend="Telt als effect van het Bibob-instrument" options={uitkomstCategorieen.map((categorie) => ({ value: categorie, label: categorieLabels[categorie] }))} selected={effect} onChange={setEffect} error={effectSubmission.fieldErrors.effect} />
              <FormActions>
                <SubmitButton busy={effectSubmission.busy}>Definitie opslaan</SubmitButton>
              </FormActions>
            </SubmissionForm>
          </section>
        </>
      )}
    </>
  );
}

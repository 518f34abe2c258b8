import { useState } from 'react';
import { bibob, unwrap } from '../bridge';
import type { CallOutput } from '../../src/contract';
import { Field } from '../components/Field';
import { FormActions, SubmitButton } from '../components/FormActions';
import { LinkButton } from '../components/LinkButton';
import { ScreenHeading } from '../components/ScreenHeading';
import { SubmissionForm } from '../components/SubmissionForm';
import { countOf } from '../format';
import { useSubmission } from '../hooks/useSubmission';
import { useBetrokkeneNavigation } from '../navigation';

type Hit = CallOutput<'search.query'>['hits'][number];

const soortLabels: Readonly<Record<Hit['soort'], string>> = { dossier: 'Dossier', betrokkene: 'Betrokkene' };

/** Searches the dossiers and betrokkenen in the vault; each hit opens the dossiers it appears in, a betrokkene also its own page. */
export function Search({ onOpenDossier }: { onOpenDossier: (id: string, zaaknummer: string) => void }) {
  const { openBetrokkene } = useBetrokkeneNavigation();
  const [tekst, setTekst] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const submission = useSubmission(['tekst']);

  function search(): void {
    void submission.run(
      () => unwrap(bibob.search.query({ tekst })),
      (result) => setHits(result.hits),
    );
  }

  return (
    <>
      <ScreenHeading>Zoeken</ScreenHeading>
      <SubmissionForm submission={submission} onSubmit={search} className="form form--inline">
        <Field
          type="search"
          autoComplete="off"
          spellCheck={false}
          label="Zoekterm"
          description="Zaaknummer, naam, KvK-nummer, adres of een woord uit de notities. Hoofdletters en accenten maken niet uit."
          value={tekst}
          onValueChange={setTekst}
          error={submission.fieldErrors.tekst}
        />
        <FormActions>
          <SubmitButton busy={submission.busy}>Zoeken</SubmitButton>
        </FormActions>
      </SubmissionForm>
      <div aria-live="polite" className="list-count">
        {hits !== null && <p>{hits.length === 0 ? 'Niets gevonden.' : countOf(hits.length, 'resultaat', 'resultaten')}</p>}
      </div>
      {hits !== null && hits.length > 0 && (
        <ul className="search-results" aria-label="Zoekresultaten">
          {hits.map((hit) => (
            <li key={`${hit.soort}-${hit.id}`} className="search-results__hit">
              <p className="search-results__title">
                <span className="tag">{soortLabels[hit.soort]}</span>{' '}
                {hit.soort === 'betrokkene' ? <LinkButton onClick={() => openBetrokkene(hit.id, hit.titel)}>{hit.titel}</LinkButton> : hit.titel}
              </p>
              {hit.dossiers.length === 0 ? (
                <p className="muted">In geen enkel dossier.</p>
              ) : (
                <p className="search-results__dossiers">
                  {hit.soort === 'betrokkene' && <span>In: </span>}
                  {hit.dossiers.map((dossier, index) => (
                    <span key={dossier.id}>
                      {index > 0 && ', '}
                      <LinkButton onClick={() => onOpenDossier(dossier.id, dossier.zaaknummer)}>{dossier.zaaknummer}</LinkButton>
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

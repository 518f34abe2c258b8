import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../bridge';
import type { Dossier, DossierFilter } from '../../src/contract/schemas';
import { toepassingsgebieden, type Toepassingsgebied } from '../../src/domain/toepassingsgebied';
import { phaseLabels, phases } from '../../src/domain/workflow/phases';
import { Checkbox } from '../components/Checkbox';
import { Dashboard } from '../components/Dashboard';
import { MissingAttachmentsNotice } from '../components/MissingAttachmentsNotice';
import { DossierTable } from '../components/DossierTable';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { FormActions, SubmitButton } from '../components/FormActions';
import { ScreenHeading } from '../components/ScreenHeading';
import { SelectField } from '../components/SelectField';
import { StatusMessage } from '../components/StatusMessage';
import { SubmissionForm } from '../components/SubmissionForm';
import { countOf } from '../format';
import { gebiedLabel } from '../labels';
import { useLoad } from '../hooks/useLoad';
import { useSubmission } from '../hooks/useSubmission';

interface OverviewProps {
  readonly dossiers: readonly Dossier[] | null;
  /** A confirmation from the previous screen, e.g. that a dossier was created. */
  readonly notice: string | null;
  readonly onLoaded: (dossiers: readonly Dossier[]) => void;
  readonly onNewDossier: () => void;
  readonly onOpenDossier: (id: string, zaaknummer: string) => void;
}

type Sort = NonNullable<DossierFilter['sort']>;

const faseOptions = [{ value: '', label: 'Alle fasen' }, ...phases.map((fase) => ({ value: fase, label: phaseLabels[fase] }))];
const gebiedOptions = [{ value: '', label: 'Alle toepassingsgebieden' }, ...toepassingsgebieden.map((gebied) => ({ value: gebied, label: gebiedLabel(gebied) }))];
const sortOptions: readonly { value: Sort; label: string }[] = [
  { value: 'aangemaakt', label: 'Aangemaakt (nieuwste eerst)' },
  { value: 'zaaknummer', label: 'Zaaknummer' },
  { value: 'beslisdatum', label: 'Uiterste beslisdatum (eerste eerst)' },
  { value: 'fase', label: 'Fase' },
];

/** Whether a filter leaves dossiers out (the order alone does not). */
function narrows(filter: DossierFilter): boolean {
  return Boolean(filter.fase || filter.toepassingsgebied || filter.coordinator || filter.overdue || filter.deadlineWithinDays !== undefined);
}

/** The dossiers in the vault, filtered and sorted; reloaded (without filters) each time the screen opens. */
export function Overview({ dossiers, notice, onLoaded, onNewDossier, onOpenDossier }: OverviewProps) {
  const [fase, setFase] = useState('');
  const [gebied, setGebied] = useState<Toepassingsgebied | ''>('');
  const [coordinator, setCoordinator] = useState('');
  const [binnenDagen, setBinnenDagen] = useState('');
  const [alleenVerlopen, setAlleenVerlopen] = useState(false);
  const [sort, setSort] = useState<Sort>('aangemaakt');
  /** The filter the list shows, and how many dossiers match it; null until this screen's first answer. */
  const [shown, setShown] = useState<{ filter: DossierFilter; total: number } | null>(null);
  const submission = useSubmission(['fase', 'toepassingsgebied', 'coordinator', 'deadlineWithinDays', 'overdue', 'sort']);

  const loadError = useLoad(
    () => unwrap(bibob.dossiers.list({})),
    (result) => {
      setShown({ filter: {}, total: result.total });
      onLoaded(result.dossiers);
    },
  );

  function currentFilter(): DossierFilter {
    const filter: DossierFilter = { sort };
    if (fase !== '') filter.fase = fase;
    if (gebied !== '') filter.toepassingsgebied = gebied;
    if (coordinator.trim() !== '') filter.coordinator = coordinator.trim();
    if (binnenDagen.trim() !== '') filter.deadlineWithinDays = Number(binnenDagen);
    if (alleenVerlopen) filter.overdue = true;
    return filter;
  }

  function load(filter: DossierFilter): void {
    void submission.run(
      () => unwrap(bibob.dossiers.list(filter)),
      (result) => {
        setShown({ filter, total: result.total });
        onLoaded(result.dossiers);
      },
    );
  }

  function clearFilters(): void {
    setFase('');
    setGebied('');
    setCoordinator('');
    setBinnenDagen('');
    setAlleenVerlopen(false);
    setSort('aangemaakt');
    load({});
  }

  const list = shown === null ? null : dossiers;
  const vaultEmpty = shown !== null && !narrows(shown.filter) && shown.total === 0;

  return (
    <>
      {/* "Nieuw dossier" beside the heading and the filters in one row: the list starts above the fold (1280×800). */}
      <div className="overview-heading">
        <ScreenHeading>Dossiers</ScreenHeading>
        <Button appearance="primary-action-button" onClick={onNewDossier}>
          Nieuw dossier
        </Button>
      </div>
      <StatusMessage>{notice}</StatusMessage>
      <MissingAttachmentsNotice onOpenDossier={onOpenDossier} />
      <ErrorAlert content={loadError} />
      {shown !== null && !vaultEmpty && (
        <SubmissionForm submission={submission} onSubmit={() => load(currentFilter())} className="form form--wide">
          <fieldset className="filters filters--compact">
            <legend className="filters__legend">Filters</legend>
            <div className="filters__fields">
              <SelectField label="Fase" options={faseOptions} value={fase} onValueChange={setFase} error={submission.fieldErrors.fase} />
              <SelectField
                label="Toepassingsgebied"
                options={gebiedOptions}
                value={gebied}
                onValueChange={(value) => setGebied(value as Toepassingsgebied | '')}
                error={submission.fieldErrors.toepassingsgebied}
              />
              <Field
                type="text"
                autoComplete="off"
                label="Coördinator"
                value={coordinator}
                onValueChange={setCoordinator}
                error={submission.fieldErrors.coordinator}
              />
              <Field
                type="number"
                className="textbox--narrow"
                min={0}
                max={366}
                step={1}
                label="Beslisdatum binnen (dagen)"
                value={binnenDagen}
                onValueChange={setBinnenDagen}
                error={submission.fieldErrors.deadlineWithinDays}
              />
              <SelectField
                label="Sorteren op"
                options={sortOptions}
                value={sort}
                onValueChange={(value) => setSort(value as Sort)}
                error={submission.fieldErrors.sort}
              />
              <div className="filters__choice">
                <Checkbox label="Alleen verlopen" checked={alleenVerlopen} onCheckedChange={setAlleenVerlopen} />
              </div>
            </div>
          </fieldset>
          <FormActions>
            <SubmitButton busy={submission.busy}>Filter toepassen</SubmitButton>
            {narrows(shown.filter) && (
              <Button appearance="secondary-action-button" onClick={clearFilters}>
                Filters wissen
              </Button>
            )}
          </FormActions>
        </SubmissionForm>
      )}
      {list === null || shown === null ? (
        loadError === null && <p className="loading">De dossiers worden geladen…</p>
      ) : vaultEmpty ? (
        <p>Nog geen dossiers</p>
      ) : (
        <>
          <p className="list-count" aria-live="polite">
            {list.length === 0
              ? 'Geen dossiers gevonden met deze filters.'
              : countOf(shown.total, 'dossier', 'dossiers') +
                (shown.total > list.length ? `; de eerste ${list.length} worden getoond. Verfijn de filters om de rest te zien.` : '')}
          </p>
          {list.length > 0 && <DossierTable dossiers={list} onOpen={onOpenDossier} />}
        </>
      )}
      <Dashboard onOpenDossier={onOpenDossier} />
    </>
  );
}

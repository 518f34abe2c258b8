import { useMemo, useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../bridge';
import type { VragenformulierView } from '../../../src/contract/questionnaireCalls';
import { applicableQuestions, type AnswerValue, type Answers, type PersonEntry, type Question } from '../../../src/domain/vragenformulier';
import { answerOf, groupQuestions, newPerson, withAnswer } from '../../answersDraft';
import { Field } from '../Field';
import { FormActions, SubmitButton } from '../FormActions';
import { RadioGroup } from '../RadioGroup';
import { SelectField } from '../SelectField';
import { StatusMessage } from '../StatusMessage';
import { SubmissionForm } from '../SubmissionForm';
import { TextareaField } from '../TextareaField';
import { useSubmission } from '../../hooks/useSubmission';
import type { ConfirmationProps } from './DossierSection';

interface AnswersFormProps extends ConfirmationProps {
  readonly formulier: VragenformulierView;
  readonly onChanged: (formulier: VragenformulierView) => void;
}

/** Every person named in any answer: a new person's id must differ from all of them. */
function allPersons(answers: Answers): PersonEntry[] {
  const records = [answers.algemeen, ...Object.values(answers.perPersoon)];
  return records.flatMap((record) => Object.values(record).filter((value): value is readonly PersonEntry[] => Array.isArray(value)).flat());
}

/**
 * The applicant's answers as received, question by question. Only questions that apply are shown: the skip logic
 * of the set runs on the answers as they are typed, and a block repeated per person appears for every person
 * named. Saving recomputes the completeness overview and the betrokkenen the answers name.
 */
export function AnswersForm({ formulier, onChanged, confirmation, onConfirmationChange }: AnswersFormProps) {
  const [draft, setDraft] = useState<Answers>(formulier.antwoorden as unknown as Answers);
  const submission = useSubmission([]);
  const groups = useMemo(() => {
    if (!formulier.vragenlijst) return [];
    const selection = { setId: formulier.setId, versie: formulier.versie, vragen: formulier.selectie };
    return groupQuestions(applicableQuestions(formulier.vragenlijst, selection, draft));
  }, [formulier.vragenlijst, formulier.setId, formulier.versie, formulier.selectie, draft]);

  function change(nummer: string, persoonId: string | undefined, value: AnswerValue | undefined): void {
    setDraft((current) => withAnswer(current, nummer, persoonId, value));
    onConfirmationChange(null);
  }

  function save(): void {
    void submission.run(
      () => unwrap(bibob.vragenformulier.recordAnswers({ dossierId: formulier.dossierId, antwoorden: draft })),
      (next) => {
        onChanged(next);
        onConfirmationChange('De antwoorden zijn opgeslagen. Het overzicht van wat ontbreekt is bijgewerkt.');
      },
    );
  }

  return (
    <details className="answers-form">
      <summary>Antwoorden vastleggen</summary>
      <p className="prose">Neem over wat de aanvrager heeft ingevuld. Laat een vraag leeg als die niet is beantwoord; u kunt later aanvullen.</p>
      <SubmissionForm submission={submission} onSubmit={save}>
        {groups.map((group) => (
          <fieldset key={group.sleutel} className="answers-form__group">
            <legend className="radio-group__legend">{group.titel}</legend>
            {group.vragen.map(({ question, persoon }) => (
              <AnswerControl
                key={`${question.nummer}@${persoon?.id ?? ''}`}
                question={question}
                scope={`${question.nummer}@${persoon?.id ?? ''}`}
                value={answerOf(draft, question.nummer, persoon?.id)}
                personsElsewhere={allPersons(draft)}
                onChange={(value) => change(question.nummer, persoon?.id, value)}
              />
            ))}
          </fieldset>
        ))}
        <FormActions>
          <SubmitButton busy={submission.busy}>Antwoorden opslaan</SubmitButton>
        </FormActions>
        <StatusMessage>{confirmation}</StatusMessage>
      </SubmissionForm>
    </details>
  );
}

interface AnswerControlProps {
  readonly question: Question;
  /** Unique on the page: the question number and, in a repeated block, the person. */
  readonly scope: string;
  readonly value: AnswerValue | undefined;
  readonly personsElsewhere: readonly PersonEntry[];
  readonly onChange: (value: AnswerValue | undefined) => void;
}

/** The input for one question, by its kind. */
function AnswerControl({ question, scope, value, personsElsewhere, onChange }: AnswerControlProps) {
  const label = `${question.nummer} ${question.tekst}${question.verplicht ? '' : ' (optioneel)'}`;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  switch (question.soort) {
    case 'ja-nee':
      return (
        <RadioGroup
          legend={label}
          name={`antwoord-${scope}`}
          options={[
            { value: 'ja', label: 'Ja' },
            { value: 'nee', label: 'Nee' },
          ]}
          value={text === 'ja' || text === 'nee' ? text : ''}
          onValueChange={onChange}
        />
      );
    case 'keuze':
      return (
        <SelectField label={label} value={text} onValueChange={(next) => onChange(next === '' ? undefined : next)} options={[{ value: '', label: 'Niet beantwoord' }, ...(question.opties ?? []).map((optie) => ({ value: optie.waarde, label: optie.label }))]} />
      );
    case 'bedrag':
      return (
        <Field
          type="number"
          className="textbox--narrow"
          step="0.01"
          label={`${label} (in euro)`}
          value={text}
          onValueChange={(next) => onChange(next.trim() === '' || !Number.isFinite(Number(next)) ? undefined : Number(next))}
        />
      );
    case 'datum':
      return <Field type="date" className="textbox--date" label={label} value={text} onValueChange={(next) => onChange(next === '' ? undefined : next)} />;
    case 'personen':
      return <PersonsControl label={label} persons={Array.isArray(value) ? value : []} personsElsewhere={personsElsewhere} onChange={onChange} />;
    case 'tekst':
      return <TextareaField label={label} rows={2} value={text} onValueChange={onChange} />;
  }
}

interface PersonsControlProps {
  readonly label: string;
  readonly persons: readonly PersonEntry[];
  readonly personsElsewhere: readonly PersonEntry[];
  readonly onChange: (value: AnswerValue | undefined) => void;
}

/** The persons or companies an answer names: each becomes a proposed betrokkene and, where the set says so, gets its own block. */
function PersonsControl({ label, persons, personsElsewhere, onChange }: PersonsControlProps) {
  const update = (index: number, change: Partial<PersonEntry>) => onChange(persons.map((person, at) => (at === index ? { ...person, ...change } : person)));
  return (
    <fieldset className="answers-form__persons">
      <legend className="radio-group__legend">{label}</legend>
      {persons.length === 0 && <p className="muted">Nog niemand genoemd.</p>}
      {persons.map((person, index) => (
        <div key={person.id} className="answers-form__person">
          <Field label={`Naam (persoon ${index + 1})`} value={person.naam} onValueChange={(naam) => update(index, { naam })} />
          <SelectField
            label={`Soort (persoon ${index + 1})`}
            value={person.soort ?? ''}
            onValueChange={(soort) => update(index, { soort: soort === '' ? undefined : (soort as PersonEntry['soort']) })}
            options={[
              { value: '', label: 'Onbekend' },
              { value: 'persoon', label: 'Natuurlijk persoon' },
              { value: 'rechtspersoon', label: 'Rechtspersoon' },
            ]}
          />
          <Button appearance="subtle-button" onClick={() => onChange(persons.filter((_, at) => at !== index))}>
            {`Persoon ${index + 1} verwijderen`}
          </Button>
        </div>
      ))}
      <Button appearance="secondary-action-button" onClick={() => onChange([...persons, newPerson([...personsElsewhere, ...persons])])}>
        Persoon toevoegen
      </Button>
    </fieldset>
  );
}

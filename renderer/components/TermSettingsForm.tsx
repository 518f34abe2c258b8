import { useState } from 'react';
import { bibob, unwrap } from '../bridge';
import type { Settings } from '../../src/contract/schemas';
import { useSubmission } from '../hooks/useSubmission';
import { Checkbox } from './Checkbox';
import { Field } from './Field';
import { FormActions, SubmitButton } from './FormActions';
import { StatusMessage } from './StatusMessage';
import { SubmissionForm } from './SubmissionForm';
import { TextareaField } from './TextareaField';

interface TermSettingsFormProps {
  readonly settings: Settings;
  readonly onSaved: (settings: Settings) => void;
  readonly confirmation: string | null;
  readonly onConfirmationChange: (message: string | null) => void;
}

const fields = ['zaaknummerPrefix', 'termijnen.apvWeeks', 'termijnen.apvExtensionWeeks', 'termijnen.decreedDays'] as const;

/** One date per line; blank lines are ignored. */
function parseDays(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * The municipality's own numbering and terms: the zaaknummer prefix, the APV's beslistermijn and extension, whether
 * its APV applies the Algemene termijnenwet, and the days decreed equal to holidays (art. 3 lid 3 Atw).
 */
export function TermSettingsForm({ settings, onSaved, confirmation, onConfirmationChange }: TermSettingsFormProps) {
  const [prefix, setPrefix] = useState(settings.zaaknummerPrefix);
  const [apvWeeks, setApvWeeks] = useState(String(settings.termijnen.apvWeeks));
  const [apvExtensionWeeks, setApvExtensionWeeks] = useState(String(settings.termijnen.apvExtensionWeeks));
  const [apvAtw, setApvAtw] = useState(settings.termijnen.apvAtw);
  const [art31, setArt31] = useState(settings.termijnen.art31SuspendsRedelijkeTermijn ?? true);
  const [decreedDays, setDecreedDays] = useState(settings.termijnen.decreedDays.join('\n'));
  const submission = useSubmission(fields);

  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      onConfirmationChange(null);
    };

  function save(): void {
    onConfirmationChange(null);
    void submission.run(
      () =>
        unwrap(
          bibob.settings.update({
            zaaknummerPrefix: prefix,
            termijnen: {
              apvWeeks: Number(apvWeeks),
              apvExtensionWeeks: Number(apvExtensionWeeks),
              apvAtw,
              decreedDays: parseDays(decreedDays),
              art31SuspendsRedelijkeTermijn: art31,
            },
          }),
        ),
      (saved) => {
        setDecreedDays(saved.termijnen.decreedDays.join('\n'));
        onSaved(saved);
        onConfirmationChange('Opgeslagen. De beslistermijnen van de open dossiers zijn opnieuw berekend.');
      },
    );
  }

  return (
    <SubmissionForm submission={submission} onSubmit={save}>
      <Field
        label="Voorvoegsel zaaknummer"
        description="Nieuwe dossiers krijgen het nummer <voorvoegsel>-<jaar>-<volgnummer>, bijvoorbeeld BIBOB-2027-001."
        className="textbox--narrow"
        value={prefix}
        onValueChange={edit(setPrefix)}
        error={submission.fieldErrors.zaaknummerPrefix}
      />
      <Field
        type="number"
        className="textbox--narrow"
        min={1}
        max={26}
        label="Beslistermijn volgens de APV (weken)"
        description="Voor de exploitatievergunning en andere APV-vergunningen."
        value={apvWeeks}
        onValueChange={edit(setApvWeeks)}
        error={submission.fieldErrors['termijnen.apvWeeks']}
      />
      <Field
        type="number"
        className="textbox--narrow"
        min={0}
        max={26}
        label="Verdaging volgens de APV (weken)"
        value={apvExtensionWeeks}
        onValueChange={edit(setApvExtensionWeeks)}
        error={submission.fieldErrors['termijnen.apvExtensionWeeks']}
      />
      <Checkbox label="Onze APV verklaart de Algemene termijnenwet van toepassing op deze termijnen" checked={apvAtw} onCheckedChange={edit(setApvAtw)} />
      <Checkbox
        label="De opschorting voor het LBB-advies (art. 31 Wet Bibob) ook meetellen bij een redelijke termijn (niet uitgemaakt; de agenda noemt voor de mededeling van art. 4:14 lid 3 Awb altijd de veilige, vroegste datum)"
        checked={art31}
        onCheckedChange={edit(setArt31)}
      />
      <TextareaField
        label="Dagen die bij koninklijk besluit gelijkgesteld zijn aan feestdagen (art. 3 lid 3 Algemene termijnenwet)"
        description="Eén datum per regel (jjjj-mm-dd). De lijst wordt enkele jaren vooruit in de Staatscourant bekendgemaakt; vul hem aan als er nieuwe dagen bij komen."
        rows={6}
        value={decreedDays}
        onValueChange={edit(setDecreedDays)}
        error={submission.fieldErrors['termijnen.decreedDays']}
      />
      <FormActions>
        <SubmitButton busy={submission.busy}>Zaaknummers en termijnen opslaan</SubmitButton>
      </FormActions>
      <StatusMessage>{confirmation}</StatusMessage>
    </SubmissionForm>
  );
}

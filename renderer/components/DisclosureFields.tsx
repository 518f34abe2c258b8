import { ontvangerCategorieen, ontvangerCategorieIds, type OntvangerCategorie } from '../../src/domain/verstrekking';
import type { VerstrekkingInput } from '../../src/contract/schemas';
import { Field } from './Field';
import { SelectField } from './SelectField';

interface DisclosureFieldsProps {
  readonly value: DisclosureDraft;
  readonly onChange: (value: DisclosureDraft) => void;
  readonly errors: { readonly categorie?: string | undefined; readonly ontvanger?: string | undefined };
}

export interface DisclosureDraft {
  readonly categorie: OntvangerCategorie | '';
  readonly ontvanger: string;
}

export const EMPTY_DISCLOSURE: DisclosureDraft = { categorie: '', ontvanger: '' };

/** The draft as the contract takes it; an unchosen category stays empty so that the service refuses it with its message. */
export function disclosureInput(draft: DisclosureDraft): VerstrekkingInput {
  return { categorie: draft.categorie as OntvangerCategorie, ontvanger: draft.ontvanger };
}

/**
 * To whom an export goes: a category of the closed list of art. 28 lid 2 Wet Bibob and the recipient. Exports to
 * anyone else are not allowed (art. 28 lid 1), so the app asks before every export and registers the answer.
 */
export function DisclosureFields({ value, onChange, errors }: DisclosureFieldsProps) {
  return (
    <>
      <SelectField
        label="Verstrekken aan (art. 28 lid 2 Wet Bibob)"
        value={value.categorie}
        onValueChange={(categorie) => onChange({ ...value, categorie: categorie as DisclosureDraft['categorie'] })}
        options={[{ value: '', label: 'Kies de ontvanger' }, ...ontvangerCategorieIds.map((id) => ({ value: id, label: `${id}. ${ontvangerCategorieen[id]}` }))]}
        error={errors.categorie}
      />
      <Field label="Naam van de ontvanger" value={value.ontvanger} onValueChange={(ontvanger) => onChange({ ...value, ontvanger })} error={errors.ontvanger} />
    </>
  );
}

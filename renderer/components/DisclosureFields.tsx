import { grondslagLabel, ontvangerCategorieIds, verstrekkingGrondslagIds, type VerstrekkingGrondslag } from '../../src/domain/verstrekking';
import type { VerstrekkingInput } from '../../src/contract/schemas';
import { Field } from './Field';
import { SelectField } from './SelectField';

interface DisclosureFieldsProps {
  readonly value: DisclosureDraft;
  readonly onChange: (value: DisclosureDraft) => void;
  readonly errors: { readonly categorie?: string | undefined; readonly ontvanger?: string | undefined };
  readonly alleenArtikel28?: boolean;
}

export interface DisclosureDraft {
  readonly categorie: VerstrekkingGrondslag | '';
  readonly ontvanger: string;
}

export const EMPTY_DISCLOSURE: DisclosureDraft = { categorie: '', ontvanger: '' };

/** The draft as the contract takes it; an unchosen category stays empty so that the service refuses it with its message. */
export function disclosureInput(draft: DisclosureDraft): VerstrekkingInput {
  return { categorie: draft.categorie as VerstrekkingGrondslag, ontvanger: draft.ontvanger };
}

/**
 * To whom an export goes: a category of the closed list of art. 28 lid 2 Wet Bibob, or a transfer on the law's own
 * provision (the LBB on art. 9 with 7a lid 4 or art. 7a lid 7/8 with 11a, the Belastingdienst on art. 7c), and the
 * recipient. Exports to anyone else are not allowed (art. 28 lid 1), so the app asks before every export and
 * registers the answer.
 */
export function DisclosureFields({ value, onChange, errors, alleenArtikel28 = false }: DisclosureFieldsProps) {
  const keuzes: readonly VerstrekkingGrondslag[] = alleenArtikel28 ? ontvangerCategorieIds : verstrekkingGrondslagIds;
  return (
    <>
      <SelectField
        label="Verstrekken aan (art. 28 lid 2 Wet Bibob)"
        value={value.categorie}
        onValueChange={(categorie) => onChange({ ...value, categorie: categorie as DisclosureDraft['categorie'] })}
        options={[{ value: '', label: 'Kies de ontvanger' }, ...keuzes.map((id) => ({ value: id, label: grondslagLabel(id) }))]}
        error={errors.categorie}
      />
      <Field label="Naam van de ontvanger" value={value.ontvanger} onValueChange={(ontvanger) => onChange({ ...value, ontvanger })} error={errors.ontvanger} />
    </>
  );
}

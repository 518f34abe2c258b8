import { apvBesluitsoortIds, apvVergunningVoor, type ApvVergunning, type ApvVergunningen } from '../../src/domain/brieven';
import { besluitsoort } from '../../src/domain/besluitsoorten';
import { Field } from './Field';

interface ApvVergunningenFieldsProps {
  readonly value: ApvVergunningen | undefined;
  readonly onChange: (value: ApvVergunningen) => void;
  readonly errors: Readonly<Record<string, string | undefined>>;
}

/**
 * Per kind of decision on an APV permit, how the municipality's own APV names the permit and in which article: the
 * letters say "een exploitatievergunning (artikel 2:28 APV)", never the menu's label (issue 20 §4).
 */
export function ApvVergunningenFields({ value, onChange, errors }: ApvVergunningenFieldsProps) {
  const zet = (id: string, veld: keyof ApvVergunning) => (tekst: string) => onChange({ ...value, [id]: { ...apvVergunningVoor(id, value), [veld]: tekst } });
  return (
    <>
      <h3>Vergunningen uit de APV</h3>
      <p className="prose">Hoe uw APV de vergunning noemt en in welk artikel. De brieven noemen de vergunning zo, bijvoorbeeld: een exploitatievergunning (artikel 2:28 APV).</p>
      {apvBesluitsoortIds.map((id) => {
        const huidig = apvVergunningVoor(id, value);
        const soort = besluitsoort(id)?.label ?? id;
        return (
          <fieldset key={id} className="radio-group">
            <legend className="radio-group__legend">{soort}</legend>
            <Field label={`Naam van de vergunning: ${soort}`} description="Zoals in een zin, met kleine letter: exploitatievergunning." value={huidig.naam} onValueChange={zet(id, 'naam')} error={errors[`briefhoofd.apvVergunningen.${id}.naam`]} />
            <Field label={`Artikel van de APV: ${soort}`} description="Alleen het nummer, bijvoorbeeld 2:28." value={huidig.artikel} onValueChange={zet(id, 'artikel')} error={errors[`briefhoofd.apvVergunningen.${id}.artikel`]} />
          </fieldset>
        );
      })}
    </>
  );
}

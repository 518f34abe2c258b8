import { beperkingenTekst, type Gebruiksbeperking } from '../../../src/domain/gebruiksbeperkingen';

/** The visible mark on restricted material: what the source allows, so that it does not end up in a letter by accident. */
export function RestrictionMark({ beperkingen }: { readonly beperkingen: readonly Gebruiksbeperking[] }) {
  if (beperkingen.length === 0) return null;
  return (
    <strong className="restriction-mark">
      <span className="visually-hidden">Let op, gebruiksbeperking: </span>
      {beperkingenTekst(beperkingen)}
    </strong>
  );
}

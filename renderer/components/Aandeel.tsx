import { percentageTekst } from '../../src/domain/netwerk';

/** A share, or a dash that a screen reader reads as "geen aandeel vastgelegd". */
export function Aandeel({ percentage }: { readonly percentage: number | null }) {
  if (percentage !== null) return <>{percentageTekst(percentage)}</>;
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">Geen aandeel vastgelegd</span>
    </>
  );
}

import type { Dossier } from '../../src/contract/schemas';
import { formatCalendarDate, formatDate, todayIsoDate } from '../format';
import { closedText, faseLabel, gebiedLabel, isOpenFase } from '../labels';
import { LinkButton } from './LinkButton';

interface DossierTableProps {
  readonly dossiers: readonly Dossier[];
  readonly onOpen: (id: string, zaaknummer: string) => void;
}

/** The deadline as a date, marked "(voorlopig)" and, for an open dossier past it, "verlopen" (in words, not only colour). */
export function Beslisdatum({ dossier, today }: { dossier: Dossier; today: string }) {
  if (dossier.uitersteBeslisdatum === null) return <span className="muted">Nog niet bekend</span>;
  const verlopen = isOpenFase(dossier.fase) && dossier.uitersteBeslisdatum < today;
  return (
    <>
      <time dateTime={dossier.uitersteBeslisdatum}>{formatCalendarDate(dossier.uitersteBeslisdatum)}</time>
      {dossier.beslisdatumVoorlopig && <> (voorlopig)</>}
      {verlopen && (
        <>
          {' '}
          <span className="tag tag--overdue">verlopen</span>
        </>
      )}
    </>
  );
}

/** The dossiers in one table; the zaaknummer opens a dossier. */
export function DossierTable({ dossiers, onOpen }: DossierTableProps) {
  const today = todayIsoDate();
  return (
    <table className="utrecht-table utrecht-table--html-table data-table">
      <caption>Alle dossiers</caption>
      <thead>
        <tr>
          <th scope="col">Zaaknummer</th>
          <th scope="col">Toepassingsgebied</th>
          <th scope="col">Aanvrager</th>
          <th scope="col">Fase</th>
          <th scope="col">Uiterste beslisdatum of uitkomst</th>
          <th scope="col">Aangemaakt</th>
        </tr>
      </thead>
      <tbody>
        {dossiers.map((dossier) => (
          <tr key={dossier.id}>
            <th scope="row">
              <LinkButton onClick={() => onOpen(dossier.id, dossier.zaaknummer)}>{dossier.zaaknummer}</LinkButton>
            </th>
            <td>{gebiedLabel(dossier.toepassingsgebied)}</td>
            <td>{dossier.aanvragerNaam}</td>
            <td>{faseLabel(dossier.fase)}</td>
            <td>
              {isOpenFase(dossier.fase) ? <Beslisdatum dossier={dossier} today={today} /> : <>{closedText(dossier)}</>}
            </td>
            <td>
              <time dateTime={dossier.createdAt}>{formatDate(dossier.createdAt)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import type { Dossier } from '../../src/contract/schemas';
import { toepassingsgebiedInfo } from '../../src/domain/toepassingsgebied';
import { formatDate } from '../format';

/** Every dossier in one table. */
export function DossierTable({ dossiers }: { dossiers: readonly Dossier[] }) {
  return (
    <table className="data-table">
      <caption>Alle dossiers</caption>
      <thead>
        <tr>
          <th scope="col">Zaaknummer</th>
          <th scope="col">Toepassingsgebied</th>
          <th scope="col">Aanvrager</th>
          <th scope="col">Aangemaakt</th>
        </tr>
      </thead>
      <tbody>
        {dossiers.map((dossier) => (
          <tr key={dossier.id}>
            <td>{dossier.zaaknummer}</td>
            <td>{toepassingsgebiedInfo[dossier.toepassingsgebied].label}</td>
            <td>{dossier.aanvragerNaam}</td>
            <td>
              <time dateTime={dossier.createdAt}>{formatDate(dossier.createdAt)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useCallback } from 'react';
import { bibob, unwrap } from '../bridge';
import { useReloadable } from '../hooks/useReloadable';
import { LinkButton } from './LinkButton';

/**
 * At the top of the overview, only when there is something to say: the attachments whose encrypted file is missing from the
 * vault's attachment folder. Their details are kept in the vault; the files come back from a backup.
 */
export function MissingAttachmentsNotice({ onOpenDossier }: { onOpenDossier: (id: string, zaaknummer: string) => void }) {
  const load = useCallback(() => unwrap(bibob.bijlagen.ontbrekend({})), []);
  const { value, error } = useReloadable(load);
  if (error !== null) {
    return (
      <div role="alert" className="error-alert">
        <p className="error-alert__message">{`De bijlagen van de kluis konden niet worden gecontroleerd: ${error}`}</p>
      </div>
    );
  }
  if (value === null || value.ontbrekend.length === 0) return null;
  const aantal = value.ontbrekend.length;
  return (
    <section role="alert" className="error-alert" aria-labelledby="ontbrekende-bijlagen-heading">
      <h3 id="ontbrekende-bijlagen-heading">{aantal === 1 ? 'Eén bijlage zonder bestand' : `${aantal} bijlagen zonder bestand`}</h3>
      <p className="error-alert__message">
        Van deze bijlagen ontbreekt het versleutelde bestand in de map bijlagen van de kluis. De gegevens van de bijlagen staan nog in de kluis; zet de
        bestanden terug uit een reservekopie, of importeer hetzelfde bestand opnieuw, om ze weer te kunnen openen. Een reservekopie die nu wordt
        gemaakt, bevat deze bijlagen niet en zegt dat.
      </p>
      <ul className="error-alert__details">
        {value.ontbrekend.map((bijlage) => (
          <li key={bijlage.bijlageId}>
            <LinkButton onClick={() => onOpenDossier(bijlage.dossierId, bijlage.zaaknummer)}>{bijlage.zaaknummer}</LinkButton>
            {` ${bijlage.bestandsnaam}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
